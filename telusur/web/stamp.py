"""When the store last changed, read from the files alone, to key cached pages.

A write to the store (an ingest in another process, or through the API) changes the database
file or its write-ahead log, so a page cached under the old stamp is never served again.
"""

from __future__ import annotations

import os


def store_stamp(db_path: str) -> tuple[int, ...]:
    """Modification times and sizes of the database and its write-ahead log."""
    out: list[int] = []
    for path in (db_path, db_path + "-wal"):
        try:
            st = os.stat(path)
        except OSError:
            out += [0, 0]
            continue
        out += [st.st_mtime_ns, st.st_size]
    return tuple(out)
