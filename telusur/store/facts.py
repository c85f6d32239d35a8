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
from telusur.store.rows import PARAMS_A_QUERY

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

    LIMIT = 50_000  # entries kept at most (~16 MB); past that the memory starts again empty

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.aliases: set[tuple[int, str]] = set()
        self._new_aliases: list[tuple[int, str]] = []

    def forget(self) -> None:
        self.ids, self.aliases, self._new_aliases = {}, set(), []

    def id(self, conn: sqlite3.Connection, canonical: str, type_: str | None) -> int:
        self.learn(conn, [(canonical, type_)])
        return self.ids[canonical]

    def learn(self, conn: sqlite3.Connection, names: list[tuple[str, str | None]]) -> None:
        """Know the ids of ``names`` (canonical, type), creating the missing entities in the
        order given, each with the type it first comes with (as one by one)."""
        todo: dict[str, str | None] = {}
        for canonical, type_ in names:
            if canonical not in self.ids and canonical not in todo:
                todo[canonical] = type_
        if not todo:
            return
        if len(self.ids) + len(todo) > self.LIMIT:
            self.forget()
        found = _entity_ids(conn, list(todo))
        missing = [(c, t) for c, t in todo.items() if c not in found]
        if missing:
            conn.executemany("INSERT INTO entities (canonical, type) VALUES (?, ?)", missing)
            found.update(_entity_ids(conn, [c for c, _ in missing]))
        self.ids.update(found)

    def alias(self, eid: int, text: str) -> None:
        """Note an alias; ``write_aliases`` stores those not stored yet."""
        if (eid, text) not in self.aliases:
            if len(self.aliases) >= self.LIMIT:
                self.aliases = set()
            self.aliases.add((eid, text))
            self._new_aliases.append((eid, text))

    def write_aliases(self, conn: sqlite3.Connection) -> None:
        if self._new_aliases:
            conn.executemany(
                "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)",
                self._new_aliases,
            )
            self._new_aliases = []


def _entity_ids(conn: sqlite3.Connection, names: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in range(0, len(names), PARAMS_A_QUERY):
        some = names[part : part + PARAMS_A_QUERY]
        marks = ",".join("?" * len(some))
        out.update(
            conn.execute(f"SELECT canonical, id FROM entities WHERE canonical IN ({marks})", some)
        )
    return out


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
    """An article's rows, a statement per table rather than per row: the writer is the one
    process every article passes through."""
    for table in () if fresh else ("mentions", "claims", "denials"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    _mentions(conn, article_id, rows.mentions, entities or Entities())
    _claims(conn, article_id, rows.claims)
    if rows.denials:
        conn.executemany(
            "INSERT INTO denials (article_id, start, end, by, kind, target, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(article_id, *d) for d in rows.denials],
        )


def _claims(
    conn: sqlite3.Connection, article_id: str, claims: list[tuple[ClaimRow, list[str]]]
) -> None:
    """The claims with the ids SQLite would give them one by one (the largest id so far plus
    one), so that their sources can be written in the same pass."""
    if not claims:
        return
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM claims").fetchone()[0]
    conn.executemany(
        _CLAIM_SQL, [(first + seq, article_id, seq, *row) for seq, (row, _) in enumerate(claims)]
    )
    sources = [(first + seq, s) for seq, (_, names) in enumerate(claims) for s in names]
    if sources:
        conn.executemany("INSERT INTO claim_sources (claim_id, source) VALUES (?, ?)", sources)


def entity_id(conn: sqlite3.Connection, canonical: str, type_: str | None) -> int:
    return Entities().id(conn, canonical, type_)


def _mentions(
    conn: sqlite3.Connection, article_id: str, mentions: list[MentionRow], entities: Entities
) -> None:
    if not mentions:
        return
    entities.learn(conn, [(canonical, type_) for _, _, _, canonical, type_ in mentions])
    rows = []
    for start, end, text, canonical, _ in mentions:
        eid = entities.ids[canonical]
        entities.alias(eid, text)
        rows.append((article_id, start, end, text, eid))
    entities.write_aliases(conn)
    conn.executemany(
        "INSERT INTO mentions (article_id, start, end, text, entity_id) VALUES (?, ?, ?, ?, ?)",
        rows,
    )


_CLAIM_SQL = (
    "INSERT INTO claims (id, article_id, seq, start, end, sentence_start, sentence_end, value, "
    "low, high, qualifier, unit, counts, kind, about, sources, channel, when_start, "
    f"when_end, hedge, status) VALUES ({', '.join('?' * 21)})"
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
