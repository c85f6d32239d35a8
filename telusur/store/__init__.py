"""SQLite storage of articles and their analyses."""

from telusur.store.db import NEW, UNCHANGED, UPDATED, Store, db_path

__all__ = ["NEW", "UNCHANGED", "UPDATED", "Store", "db_path"]
