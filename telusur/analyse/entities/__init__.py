"""Names: mentions, references back to them, canonical entities."""
