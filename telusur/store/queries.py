"""Read queries over claims and entities. Every value is bound as a parameter, never spliced."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from telusur.store.db import fts_query


@dataclass(slots=True)
class ClaimFilter:
    query: str | None = None  # full-text over the claim's article
    source: str | None = None  # canonical name (or alias) of a claimant
    about: str | None = None
    article: str | None = None
    date_from: str | None = None  # on the article's publication date
    date_to: str | None = None
    limit: int = 100
    offset: int = 0


def claim_json(row: sqlite3.Row) -> dict[str, Any]:
    """One claim as `telusur claims --json` prints it."""
    when = [row["when_start"], row["when_end"]] if row["when_start"] else None
    return {
        "article": row["article_id"],
        "span": [row["start"], row["end"]],
        "sentence": [row["sentence_start"], row["sentence_end"]],
        "text": row["text"][row["start"] : row["end"]],
        "value": row["value"],
        "low": row["low"],
        "high": row["high"],
        "qualifier": row["qualifier"],
        "unit": row["unit"],
        "counts": row["counts"],
        "kind": row["kind"],
        "about": row["about"],
        "sources": json.loads(row["sources"]),
        "channel": row["channel"],
        "when": when,
        "hedge": row["hedge"],
        "status": row["status"],
        "reported": row["published_start"],
        "outlet": row["outlet"],
    }


def _canonical(conn: sqlite3.Connection, name: str) -> str:
    """A name as users type it (any alias, any case) to the canonical entity name."""
    row = conn.execute(
        "SELECT e.canonical FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id "
        "WHERE e.canonical = ?1 COLLATE NOCASE OR a.alias = ?1 COLLATE NOCASE "
        "GROUP BY e.id ORDER BY count(*) DESC LIMIT 1",
        (name,),
    ).fetchone()
    return str(row[0]) if row else name


def claims(conn: sqlite3.Connection, f: ClaimFilter) -> list[dict[str, Any]]:
    where, params = ["1"], []
    if f.query:
        where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(fts_query(f.query))
    if f.source:
        where.append("c.id IN (SELECT claim_id FROM claim_sources WHERE source = ?)")
        params.append(_canonical(conn, f.source))
    if f.about:
        where.append("c.about = ?")
        params.append(_canonical(conn, f.about))
    if f.article:
        where.append("c.article_id = ?")
        params.append(f.article)
    if f.date_from:
        where.append("a.published_end >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("a.published_start <= ?")
        params.append(f.date_to)
    sql = (
        "SELECT c.*, a.text, a.published_start, a.outlet FROM claims c "
        f"JOIN articles a ON a.id = c.article_id WHERE {' AND '.join(where)} "
        "ORDER BY a.published_start IS NULL, a.published_start, c.article_id, c.seq "
        "LIMIT ? OFFSET ?"
    )
    return [claim_json(r) for r in conn.execute(sql, (*params, f.limit, f.offset))]


def entities(
    conn: sqlite3.Connection, *, limit: int = 100, offset: int = 0
) -> list[dict[str, Any]]:
    sql = (
        "SELECT e.id, e.canonical, e.type, count(m.article_id) AS mentions, "
        "count(DISTINCT m.article_id) AS articles FROM entities e "
        "LEFT JOIN mentions m ON m.entity_id = e.id GROUP BY e.id "
        "ORDER BY mentions DESC, e.canonical LIMIT ? OFFSET ?"
    )
    out = []
    for row in conn.execute(sql, (limit, offset)):
        out.append(
            {
                "id": row["id"],
                "canonical": row["canonical"],
                "type": row["type"],
                "aliases": _aliases(conn, row["id"]),
                "mentions": row["mentions"],
                "articles": row["articles"],
            }
        )
    return out


def entity(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    canonical = _canonical(conn, name)
    row = conn.execute("SELECT * FROM entities WHERE canonical = ?", (canonical,)).fetchone()
    if row is None:
        return None
    return {
        "id": row["id"],
        "canonical": row["canonical"],
        "type": row["type"],
        "aliases": _aliases(conn, row["id"]),
        "claims_made": claims(conn, ClaimFilter(source=canonical, limit=1000)),
        "claims_about": claims(conn, ClaimFilter(about=canonical, limit=1000)),
    }


def _aliases(conn: sqlite3.Connection, entity_id: int) -> list[str]:
    rows = conn.execute(
        "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias", (entity_id,)
    )
    return [r[0] for r in rows]


def sources(conn: sqlite3.Connection) -> dict[str, Any]:
    """Outlets with their article counts and date range, and the wires they credit."""
    outlets = conn.execute(
        "SELECT outlet, count(*) AS articles, min(published_start) AS first, "
        "max(published_end) AS last FROM articles GROUP BY outlet ORDER BY articles DESC"
    ).fetchall()
    credits = conn.execute(
        "SELECT outlet, credit, count(*) AS n FROM articles WHERE credit IS NOT NULL "
        "GROUP BY outlet, credit ORDER BY n DESC"
    ).fetchall()
    return {"outlets": [dict(r) for r in outlets], "credits": [dict(r) for r in credits]}
