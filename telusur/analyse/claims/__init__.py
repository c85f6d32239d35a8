"""Claims: who says each figure, its status, and denials."""
