"""Time expressions, their resolution, and the publication date."""
