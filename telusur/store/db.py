"""The SQLite store: one file, WAL mode, versioned schema, batched writes.

Writes happen in explicit transactions of one batch each, so a crash or kill leaves every
completed batch intact and the database consistent.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from telusur.errors import StoreError
from telusur.link import MinHasher
from telusur.records import Analysis, Article, ReadError
from telusur.store.facts import Entities, write_facts
from telusur.store.links import Links
from telusur.store.queries import fts_query
from telusur.store.record import Record, record_of
from telusur.store.rows import ARTICLE_COLUMNS, article_from_row
from telusur.store.schema import migrate
from telusur.workers import Pool

DEFAULT_DB = "telusur.db"

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


def db_path(explicit: str | None) -> str:
    """--db, else $TELUSUR_DB, else ./telusur.db."""
    return explicit or os.environ.get("TELUSUR_DB") or DEFAULT_DB


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """Access to one database file. Not shared across threads."""

    def __init__(self, path: str, *, readonly: bool = False) -> None:
        self.path = path
        self._links: Links | None = None
        self._entities = Entities()
        self.conn = _connect(path, readonly)
        try:
            if readonly:
                _check_readable(self.conn, path)
            else:
                migrate(self.conn, path)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{path}: not a usable database ({exc})", "E203") from exc

    def close(self) -> None:
        self.conn.close()

    @property
    def links(self) -> Links:
        """The cross-article linker, opened on first use (only writers need it)."""
        if self._links is None:
            self._links = Links(self.conn)
        return self._links

    def link(self, analysis: Analysis) -> None:
        """Add a stored article to the linker; ``flush_links`` writes what it found."""
        self.links.add(analysis)

    def link_record(self, record: Record) -> None:
        """As ``link``, with the features the record carries (computed when it has none)."""
        if record.features is None:
            raise ValueError(f"{record.id}: a record without features cannot be linked")
        self.links.add_features(record.id, record.published, record.features)

    def hasher(self) -> MinHasher:
        """The MinHasher whose signatures this store's linker compares."""
        return self.links.hasher

    def links_due(self) -> bool:
        return self._links is not None and self._links.due()

    def flush_links(self, pool: Pool | None = None) -> None:
        """Persist the linker and rewrite stories, origin groups and claim groups (their pure
        parts on the ``pool``'s workers when one is given)."""
        if self._links is not None and (self._links.pending or self._links.touched):
            with self.batch():
                self._links.flush(pool)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction: all of the batch is stored, or none of it."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._entities.forget()  # the ids it knew may have been rolled back
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a batch: undo one item's writes alone when it fails."""
        self.conn.execute("SAVEPOINT item")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK TO item")
            self.conn.execute("RELEASE item")
            self._entities.forget()  # entities the item created are gone with it
            raise
        self.conn.execute("RELEASE item")

    def put(self, analysis: Analysis) -> str:
        """Insert or replace one article; says whether it was new, updated or unchanged."""
        return self.put_record(record_of(analysis))

    def put_record(self, record: Record) -> str:
        """``put`` for an article already turned into rows (``record_of``)."""
        row = record.row
        old = self.conn.execute(
            "SELECT digest, analysis, published_how FROM articles WHERE id = ?", (row["id"],)
        ).fetchone()
        if old is not None and old["digest"] == row["digest"]:
            # Same article, newer analysis: refresh it, unless its date came from its story or
            # a copy, which one article's analysis cannot give back.
            if old["analysis"] != row["analysis"] and old["published_how"] not in ("story", "copy"):
                self.conn.execute(
                    "UPDATE articles SET analysis = ? WHERE id = ?", (row["analysis"], row["id"])
                )
                write_facts(self.conn, record.id, record.facts, entities=self._entities)
                if self._links is not None:  # its story's groups are rewritten at the flush
                    self._links.touch(record.id)
            return UNCHANGED
        now = _now()
        if old is None:
            cols = (*ARTICLE_COLUMNS, "ingested_at", "updated_at")
            marks = ", ".join(f":{c}" for c in cols)
            sql = f"INSERT INTO articles ({', '.join(cols)}) VALUES ({marks})"
            self.conn.execute(sql, {**row, "ingested_at": now, "updated_at": now})
            write_facts(self.conn, record.id, record.facts, fresh=True, entities=self._entities)
            return NEW
        sets = ", ".join(f"{c} = :{c}" for c in (*ARTICLE_COLUMNS[1:], "updated_at"))
        self.conn.execute(f"UPDATE articles SET {sets} WHERE id = :id", {**row, "updated_at": now})
        write_facts(self.conn, record.id, record.facts, entities=self._entities)
        return UPDATED

    def record_failure(self, error: ReadError) -> None:
        self.conn.execute(
            "INSERT INTO failures (origin, code, reason, seen_at) VALUES (?, ?, ?, ?)",
            (error.origin, error.code, error.reason, _now()),
        )

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return article_from_row(row) if row else None

    def analysis(self, article_id: str) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT analysis FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return json.loads(row["analysis"]) if row else {}

    def articles(
        self, query: str | None = None, *, limit: int = 100, offset: int = 0
    ) -> list[Article]:
        """Articles by publication date, or by FTS5 rank when a query is given."""
        if query:
            sql = (
                "SELECT a.* FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
                "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"
            )
            params: tuple[Any, ...] = (fts_query(query), limit, offset)
        else:
            sql = (
                "SELECT * FROM articles ORDER BY published_start IS NULL, published_start, id "
                "LIMIT ? OFFSET ?"
            )
            params = (limit, offset)
        return [article_from_row(r) for r in self.conn.execute(sql, params)]

    def ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]

    def stats(self) -> dict[str, Any]:
        one = self.conn.execute
        by_lang = dict(one("SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1"))
        by_how = dict(one("SELECT published_how, count(*) FROM articles GROUP BY 1"))
        outlets = one("SELECT count(DISTINCT outlet) FROM articles").fetchone()[0]
        removed = one(  # through the index: only articles that had boilerplate are read
            "SELECT coalesce(sum(removed_lines), 0) FROM articles WHERE removed_lines > 0"
        ).fetchone()[0]
        return {
            "db": self.path,
            "articles": one("SELECT count(*) FROM articles").fetchone()[0],
            "outlets": outlets,
            "languages": by_lang,
            "published": by_how,
            "boilerplate_lines_removed": removed,
            "failures": one("SELECT count(*) FROM failures").fetchone()[0],
        }


def _connect(path: str, readonly: bool) -> sqlite3.Connection:
    if readonly and not Path(path).exists():
        raise StoreError(f"{path}: no such database; run `telusur ingest` first", "E201")
    try:
        uri = f"file:{path}?mode=ro" if readonly else path
        # A web server opens a store on one thread and may close it on another.
        conn = sqlite3.connect(
            uri, uri=readonly, isolation_level=None, timeout=30, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        if not readonly:
            _wal(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable database ({exc})", "E203") from exc


_WAL_TRIES = 50  # x 0.1 s: switching a new file to WAL wants it alone, and ignores the timeout


def _wal(conn: sqlite3.Connection) -> None:
    """Switch to write-ahead logging, waiting while another writer holds a new file."""
    for _ in range(_WAL_TRIES - 1):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise
            time.sleep(0.1)
    conn.execute("PRAGMA journal_mode=WAL")


def _check_readable(conn: sqlite3.Connection, path: str) -> None:
    try:
        conn.execute("SELECT 1 FROM articles LIMIT 1")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a Telusur database ({exc})", "E203") from exc
