"""Schema versions and forward migrations, tracked in ``PRAGMA user_version``.

Each migration is applied once, in order, inside a transaction; a database written by a newer
Telusur is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3

from telusur.errors import StoreError

MIGRATIONS: tuple[str, ...] = (
    # 1: articles with their cleaned text, facts and analysis; full-text index over title and text.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        digest TEXT NOT NULL,
        format TEXT NOT NULL,
        origin TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        rubric TEXT,
        dateline TEXT,
        credit TEXT,
        language TEXT,
        published_start TEXT,
        published_end TEXT,
        published_how TEXT NOT NULL DEFAULT 'unknown',
        published_evidence TEXT NOT NULL DEFAULT '[]',
        text TEXT NOT NULL,
        boilerplate TEXT NOT NULL DEFAULT '[]',
        analysis TEXT NOT NULL DEFAULT '{}',
        ingested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_published ON articles(published_start);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TABLE failures (
        origin TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        seen_at TEXT NOT NULL
    );
    """,
)

LATEST = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, name: str) -> int:
    """Bring the schema up to date; returns the version now in force."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise StoreError(
            f"{name}: schema version {version} is newer than this Telusur knows ({LATEST}); "
            "upgrade Telusur",
            "E202",
        )
    for number in range(version + 1, LATEST + 1):
        script = MIGRATIONS[number - 1]
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    return LATEST
