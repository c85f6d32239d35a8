"""A large JSON Lines input and a read-only count of what a store holds, for the tests that stop
an ingest midway (kill -9, Ctrl-C)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path


def write_jsonl(path: Path, total: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(total):
            text = (
                f"Banjir di Desa Contoh {i} merendam {100 + i} rumah warga pada Senin. "
                f"Kepala BPBD setempat mengatakan {i % 40} orang mengungsi.\n\n" * 3
            )
            fh.write(json.dumps({"id": f"k{i}", "title": f"Banjir {i}", "text": text}) + "\n")


def stored_count(db: Path) -> int:
    """Articles in the store, or 0 when it cannot be read yet."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
