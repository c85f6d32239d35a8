"""Rows for what the analysis found: entities (shared across articles), mentions, claims, denials.

An article's rows are replaced whole when the article changes, so they never go stale. The rows
are built apart from the database (``fact_rows``), so that worker processes can build them and
hand the single writer plain tuples.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from telusur.records import Analysis, Claim

MentionRow = tuple[int, int, str, str, str | None]  # start, end, text, canonical, type
ClaimRow = tuple[Any, ...]  # the claims columns after article_id and seq
DenialRow = tuple[Any, ...]  # the denials columns after article_id


@dataclass(slots=True)
class FactRows:
    mentions: list[MentionRow] = field(default_factory=list)
    claims: list[tuple[ClaimRow, list[str]]] = field(default_factory=list)  # row, its sources
    denials: list[DenialRow] = field(default_factory=list)


def fact_rows(analysis: Analysis) -> FactRows:
    return FactRows(
        mentions=[(m.span[0], m.span[1], m.text, m.canonical, m.type) for m in analysis.entities],
        claims=[(_claim_row(c), list(c.sources)) for c in analysis.claims],
        denials=[
            (d.span[0], d.span[1], json.dumps(d.by, ensure_ascii=False), d.kind, d.target, d.text)
            for d in analysis.denials
        ],
    )


class Entities:
    """Entity ids and aliases already in the database, so that storing a mention costs no
    look-up. Only valid while the transactions that wrote them stand: ``forget`` on rollback."""

    LIMIT = 200_000  # entries kept at most; past that the memory starts again empty

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.aliases: set[tuple[int, str]] = set()

    def forget(self) -> None:
        self.ids, self.aliases = {}, set()

    def id(self, conn: sqlite3.Connection, canonical: str, type_: str | None) -> int:
        known = self.ids.get(canonical)
        if known is None:
            if len(self.ids) >= self.LIMIT:
                self.forget()
            known = self.ids[canonical] = entity_id(conn, canonical, type_)
        return known

    def alias(self, conn: sqlite3.Connection, eid: int, text: str) -> None:
        if (eid, text) not in self.aliases:
            if len(self.aliases) >= self.LIMIT:
                self.aliases = set()
            conn.execute(
                "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)", (eid, text)
            )
            self.aliases.add((eid, text))


def replace_facts(conn: sqlite3.Connection, analysis: Analysis, *, fresh: bool = False) -> None:
    """Write an article's rows; ``fresh`` says the article is new, so nothing needs deleting."""
    write_facts(conn, analysis.article.id, fact_rows(analysis), fresh=fresh)


def write_facts(
    conn: sqlite3.Connection,
    article_id: str,
    rows: FactRows,
    *,
    fresh: bool = False,
    entities: Entities | None = None,
) -> None:
    for table in () if fresh else ("mentions", "claims", "denials"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    _mentions(conn, article_id, rows.mentions, entities or Entities())
    for seq, (claim, sources) in enumerate(rows.claims):
        cur = conn.execute(_CLAIM_SQL, (article_id, seq, *claim))
        if sources:
            conn.executemany(
                "INSERT INTO claim_sources (claim_id, source) VALUES (?, ?)",
                [(cur.lastrowid, s) for s in sources],
            )
    if rows.denials:
        conn.executemany(
            "INSERT INTO denials (article_id, start, end, by, kind, target, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(article_id, *d) for d in rows.denials],
        )


def entity_id(conn: sqlite3.Connection, canonical: str, type_: str | None) -> int:
    row = conn.execute("SELECT id FROM entities WHERE canonical = ?", (canonical,)).fetchone()
    if row:
        return int(row[0])
    cur = conn.execute("INSERT INTO entities (canonical, type) VALUES (?, ?)", (canonical, type_))
    return int(cur.lastrowid or 0)


def _mentions(
    conn: sqlite3.Connection, article_id: str, mentions: list[MentionRow], entities: Entities
) -> None:
    rows = []
    for start, end, text, canonical, type_ in mentions:
        eid = entities.id(conn, canonical, type_)
        entities.alias(conn, eid, text)
        rows.append((article_id, start, end, text, eid))
    conn.executemany(
        "INSERT INTO mentions (article_id, start, end, text, entity_id) VALUES (?, ?, ?, ?, ?)",
        rows,
    )


_CLAIM_SQL = (
    "INSERT INTO claims (article_id, seq, start, end, sentence_start, sentence_end, value, "
    "low, high, qualifier, unit, counts, kind, about, sources, channel, when_start, "
    "when_end, hedge, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _claim_row(c: Claim) -> ClaimRow:
    when = c.when or (None, None)
    return (
        c.span[0],
        c.span[1],
        c.sentence[0],
        c.sentence[1],
        c.value,
        c.low,
        c.high,
        c.qualifier,
        c.unit,
        c.counts,
        c.kind,
        c.about,
        json.dumps(c.sources, ensure_ascii=False),
        c.channel,
        when[0],
        when[1],
        c.hedge,
        c.status,
    )
