"""The exported claim and article rows, read from the store in a stable order.

A claim row is what `telusur claims --json` prints (docs/json.md) plus the article's title, url and
how its date is known, the claim's ``seq`` within its article and the sentence as text, so a row
can be read on its own. Rows stream: one query, no list of every claim in memory.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from telusur.errors import UsageError
from telusur.store.queries import claim_json, denial_json

CLAIM_FIELDS = (
    "article",
    "seq",
    "outlet",
    "reported",
    "reported_how",
    "title",
    "url",
    "span",
    "sentence",
    "text",
    "sentence_text",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "counts",
    "kind",
    "about",
    "sources",
    "channel",
    "when",
    "hedge",
    "status",
    "origin",
    "story",
    "saga",
)

ARTICLE_FIELDS = (
    "id",
    "outlet",
    "title",
    "url",
    "published_start",
    "published_end",
    "published_how",
    "language",
    "dateline",
    "credit",
    "length",
    "format",
    "origin",
    "claims",
)

_CLAIMS_SQL = """
SELECT c.*, a.text AS text, a.published_start, a.published_how, a.outlet, a.title, a.url,
       l.origin AS origin_group, l.story AS story, coalesce(ss.saga, l.story) AS saga
FROM claims c JOIN articles a ON a.id = c.article_id
LEFT JOIN article_links l ON l.article_id = c.article_id
LEFT JOIN story_sagas ss ON ss.story = l.story {where}
ORDER BY a.published_start IS NULL, a.published_start, c.article_id, c.seq
"""

_ARTICLES_SQL = """
SELECT a.id, a.outlet, a.title, a.url, a.published_start, a.published_end, a.published_how,
       a.language, a.dateline, a.credit, length(a.text) AS length, a.format, a.origin,
       (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
FROM articles a {where}
ORDER BY a.published_start IS NULL, a.published_start, a.id
"""


def claim_rows(
    conn: sqlite3.Connection, story: str | None = None, *, saga: bool = False
) -> Iterator[dict[str, Any]]:
    """Claims by their article's publication date (unknown last), then article and position;
    with ``saga``, those of every story of ``story``'s saga."""
    where, params = _story_filter(conn, story, "c.article_id", saga)
    sql = _CLAIMS_SQL.format(where=where)
    for row in conn.execute(sql, params):
        yield _claim(row)


def article_rows(conn: sqlite3.Connection, story: str | None = None) -> Iterator[dict[str, Any]]:
    where, params = _story_filter(conn, story, "a.id")
    for row in conn.execute(_ARTICLES_SQL.format(where=where), params):
        yield {name: row[name] for name in ARTICLE_FIELDS}


def denial_rows(
    conn: sqlite3.Connection, story: str | None = None, *, saga: bool = False
) -> list[dict[str, Any]]:
    """Denials as claim grouping takes them: article, span, by, kind, target, text, story, saga."""
    where, params = _story_filter(conn, story, "d.article_id", saga)
    sql = (
        "SELECT d.*, l.story, coalesce(ss.saga, l.story) AS saga FROM denials d "
        "LEFT JOIN article_links l ON l.article_id = d.article_id "
        f"LEFT JOIN story_sagas ss ON ss.story = l.story {where} ORDER BY d.article_id, d.start"
    )
    return [denial_json(r) for r in conn.execute(sql, params)]


def _claim(row: sqlite3.Row) -> dict[str, Any]:
    """The claim as `telusur claims --json` gives it, plus the article facts an export needs."""
    base = claim_json(row)
    extra = {
        "seq": row["seq"],
        "reported_how": row["published_how"],
        "title": row["title"],
        "url": row["url"],
        "sentence_text": row["text"][row["sentence_start"] : row["sentence_end"]],
        "origin": row["origin_group"] or row["article_id"],
        "story": row["story"],
        "saga": row["saga"],
    }
    merged = {**base, **extra}
    return {name: merged[name] for name in CLAIM_FIELDS}


def _story_filter(
    conn: sqlite3.Connection, story: str | None, column: str, saga: bool = False
) -> tuple[str, tuple[str, ...]]:
    """Rows of one story (with ``saga``, of every story of its saga), by the store's links."""
    if story is None:
        return "", ()
    if conn.execute("SELECT 1 FROM stories WHERE id = ?", (story,)).fetchone() is None:
        raise UsageError(f"--story {story!r}: no such story in this store", "E311")
    if not saga:
        return f"WHERE {column} IN (SELECT article_id FROM article_links WHERE story = ?)", (story,)
    row = conn.execute("SELECT saga FROM story_sagas WHERE story = ?", (story,)).fetchone()
    whole = row[0] if row else story
    stories = "SELECT story FROM story_sagas WHERE saga = ? UNION SELECT ?"
    return (
        f"WHERE {column} IN (SELECT article_id FROM article_links WHERE story IN ({stories}))",
        (whole, story),
    )
