"""Exports of the store's claims (and articles) in stable shapes: see docs/batch.md."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any, TextIO

from telusur.export.claimreview import claim_reviews
from telusur.export.files import (
    ARTICLES_SCHEMA,
    CLAIMS_SCHEMA,
    FLAT_CLAIM_FIELDS,
    flat,
    write_csv,
    write_jsonl,
    write_parquet,
)
from telusur.export.rows import ARTICLE_FIELDS, CLAIM_FIELDS, article_rows, claim_rows

FORMATS = ("jsonl", "csv", "parquet", "claimreview")
FOLDER_FORMATS = ("csv", "parquet")  # claims and articles, two files in a folder

__all__ = [
    "ARTICLE_FIELDS",
    "CLAIM_FIELDS",
    "FORMATS",
    "article_rows",
    "claim_reviews",
    "claim_rows",
    "export",
]


def export(
    conn: sqlite3.Connection,
    fmt: str,
    out: str | None,
    *,
    story: str | None = None,
    today: str | None = None,
) -> dict[str, Any]:
    """Write one export; ``out`` is a folder for csv and parquet, else a file (None: stdout)."""
    if fmt in FOLDER_FORMATS:
        folder = Path(out or "export")
        claims = (flat(c) for c in claim_rows(conn, story))
        if fmt == "csv":
            n = write_csv(claims, FLAT_CLAIM_FIELDS, folder / "claims.csv")
            m = write_csv(article_rows(conn, story), ARTICLE_FIELDS, folder / "articles.csv")
        else:
            n = write_parquet(claims, CLAIMS_SCHEMA, folder / "claims.parquet")
            m = write_parquet(
                article_rows(conn, story), ARTICLES_SCHEMA, folder / "articles.parquet"
            )
        return {"format": fmt, "out": str(folder), "claims": n, "articles": m}
    with _text_out(out) as fh:
        if fmt == "jsonl":
            n = write_jsonl(claim_rows(conn, story), fh)
            return {"format": fmt, "out": out or "-", "claims": n}
        reviews = list(claim_reviews(conn, story=story, today=today))
        json.dump(reviews, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
        return {"format": fmt, "out": out or "-", "claim_reviews": len(reviews)}


class _text_out:
    """A file (written under a temporary name, then renamed) or stdout."""

    def __init__(self, path: str | None) -> None:
        self.path = Path(path) if path and path != "-" else None
        self.fh: TextIO = sys.stdout

    def __enter__(self) -> TextIO:
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fh = open(self._tmp(), "w", encoding="utf-8")
        return self.fh

    def _tmp(self) -> Path:
        assert self.path is not None
        return self.path.with_name(f".{self.path.name}.tmp")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if self.path is None:
            self.fh.flush()
            return
        self.fh.close()
        if exc_type is None:
            self._tmp().replace(self.path)
        else:
            self._tmp().unlink(missing_ok=True)
