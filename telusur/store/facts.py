"""Rows for what the analysis found: entities (shared across articles), mentions, claims, denials.

An article's rows are replaced whole when the article changes, so they never go stale.
"""

from __future__ import annotations

import json
import sqlite3

from telusur.records import Analysis, Claim, Mention


def replace_facts(conn: sqlite3.Connection, analysis: Analysis, *, fresh: bool = False) -> None:
    """Write an article's rows; ``fresh`` says the article is new, so nothing needs deleting."""
    article_id = analysis.article.id
    for table in () if fresh else ("mentions", "claims", "denials"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    _mentions(conn, article_id, analysis.entities)
    for seq, claim in enumerate(analysis.claims):
        _claim(conn, article_id, seq, claim)
    if not analysis.denials:
        return
    conn.executemany(
        "INSERT INTO denials (article_id, start, end, by, kind, target, text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                d.span[0],
                d.span[1],
                json.dumps(d.by, ensure_ascii=False),
                d.kind,
                d.target,
                d.text,
            )
            for d in analysis.denials
        ],
    )


def entity_id(conn: sqlite3.Connection, canonical: str, type_: str | None) -> int:
    row = conn.execute("SELECT id FROM entities WHERE canonical = ?", (canonical,)).fetchone()
    if row:
        return int(row[0])
    cur = conn.execute("INSERT INTO entities (canonical, type) VALUES (?, ?)", (canonical, type_))
    return int(cur.lastrowid or 0)


def _mentions(conn: sqlite3.Connection, article_id: str, mentions: list[Mention]) -> None:
    rows = []
    for m in mentions:
        eid = entity_id(conn, m.canonical, m.type)
        conn.execute(
            "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)", (eid, m.text)
        )
        rows.append((article_id, m.span[0], m.span[1], m.text, eid))
    conn.executemany(
        "INSERT INTO mentions (article_id, start, end, text, entity_id) VALUES (?, ?, ?, ?, ?)",
        rows,
    )


def _claim(conn: sqlite3.Connection, article_id: str, seq: int, c: Claim) -> None:
    when = c.when or (None, None)
    cur = conn.execute(
        "INSERT INTO claims (article_id, seq, start, end, sentence_start, sentence_end, value, "
        "low, high, qualifier, unit, counts, kind, about, sources, channel, when_start, "
        "when_end, hedge, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)",
        (
            article_id,
            seq,
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
        ),
    )
    conn.executemany(
        "INSERT INTO claim_sources (claim_id, source) VALUES (?, ?)",
        [(cur.lastrowid, s) for s in c.sources],
    )
