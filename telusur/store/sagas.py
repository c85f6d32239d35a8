"""Sagas in the store: profiles of the stories that changed, their links to the stories they
share rare names and a measure with, and every story's saga (``telusur.link.sagas``).

Only the stories a flush changed are profiled and linked again; candidates are found through
the index of names, so the work follows what arrived, not the size of the store. Stories
never profiled (a store written before sagas) are profiled at the first flush.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable

from telusur.link.groups import group_key
from telusur.link.keys import subject
from telusur.link.sagas import (
    Profile,
    SagaLink,
    link,
    measure_key,
    measure_parts,
    rare_cap,
    thread,
)
from telusur.store.rows import chunks

Sagas = dict[str, str]  # story -> saga


def update_sagas(conn: sqlite3.Connection, changed: Iterable[str]) -> tuple[Sagas, Sagas]:
    """Profile and link the ``changed`` stories again; returns every story's saga before and
    after (a story missing from ``before`` was its own saga)."""
    before: Sagas = dict(conn.execute("SELECT story, saga FROM story_sagas").fetchall())
    live = dict(conn.execute("SELECT id, start FROM stories").fetchall())
    todo = sorted((set(changed) | (live.keys() - before.keys())) & live.keys())
    _forget(conn, sorted((before.keys() - live.keys()) | set(todo)))
    for part in chunks(todo):
        _write_profiles(conn, part)
    stored = conn.execute("SELECT count(*) FROM article_links").fetchone()[0]
    rare = _Rare(conn, int(rare_cap(stored)))
    profiles = _Profiles(conn)
    profiles.read(todo)  # in one pass: each is read again as some other story's candidate
    for story in todo:
        found = _links_of(conn, story, rare, profiles)
        rows = [lk for lk in found if lk.a in live and lk.b in live]
        conn.executemany(
            "INSERT OR REPLACE INTO saga_links (a, b, names, measures) VALUES (?, ?, ?, ?)",
            [(lk.a, lk.b, json.dumps(lk.names), json.dumps(lk.measures)) for lk in rows],
        )
    pairs = conn.execute("SELECT a, b FROM saga_links").fetchall()
    after = thread(live.items(), pairs)
    fresh = set(todo)  # their rows were forgotten above
    moved = [(s, g) for s, g in after.items() if s in fresh or before.get(s) != g]
    conn.executemany("INSERT OR REPLACE INTO story_sagas (story, saga) VALUES (?, ?)", moved)
    return before, after


def _forget(conn: sqlite3.Connection, stories: list[str]) -> None:
    for part in chunks(stories):
        marks = ",".join("?" * len(part))
        for sql in (
            f"DELETE FROM story_names WHERE story IN ({marks})",
            f"DELETE FROM story_measures WHERE story IN ({marks})",
            f"DELETE FROM saga_links WHERE a IN ({marks})",
            f"DELETE FROM saga_links WHERE b IN ({marks})",
            f"DELETE FROM story_sagas WHERE story IN ({marks})",
        ):
            conn.execute(sql, part)


def _write_profiles(conn: sqlite3.Connection, stories: list[str]) -> None:
    """Each story's names (with the articles carrying each) and measure keys, from its
    articles' mentions and claims; a demonym named as an entity is its country ("Belarusian"
    is Belarus, as in claim groups). A party the story only quotes (a claim's source and no
    measure's subject: the analyst of every market report, the agency a wire credits) is its
    voice, not one of its names."""
    keys = _measures(conn, stories)
    conn.executemany("INSERT INTO story_measures (story, measure) VALUES (?, ?)", sorted(keys))
    subjects = {(story, measure_parts(key)[0]) for story, key in keys}
    voices = _voices(conn, stories) - subjects
    marks = ",".join("?" * len(stories))
    carried: dict[tuple[str, str], set[str]] = {}
    named: dict[str, str] = {}  # a name -> the name it is carried as, read once a flush
    for story, article, name in _plain(conn).execute(
        "SELECT DISTINCT l.story, m.article_id, e.canonical FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id JOIN article_links l ON l.article_id = m.article_id "
        f"WHERE l.story IN ({marks})",
        stories,
    ):
        if (story, name) not in voices:
            if (carried_as := named.get(name)) is None:
                carried_as = named[name] = subject(name, None) or name
            carried.setdefault((story, carried_as), set()).add(article)
    conn.executemany(
        "INSERT INTO story_names (story, name, articles) VALUES (?, ?, ?)",
        [(story, name, len(arts)) for (story, name), arts in sorted(carried.items())],
    )


def _measures(conn: sqlite3.Connection, stories: list[str]) -> set[tuple[str, str]]:
    """(story, measure key) of the stories' claims; each distinct measured figure is keyed
    once (a story's many claims of one measure are one row)."""
    marks = ",".join("?" * len(stories))
    keys = set()
    keyed: dict[tuple[str | None, ...], str | None] = {}
    for story, kind, counts, about, unit in _plain(conn).execute(
        "SELECT DISTINCT l.story, c.kind, c.counts, c.about, c.unit FROM claims c "
        f"JOIN article_links l ON l.article_id = c.article_id WHERE l.story IN ({marks})",
        stories,
    ):
        figure = (kind, counts, about, unit)
        if figure not in keyed:
            measured = group_key({"kind": kind, "counts": counts, "about": about, "unit": unit})
            keyed[figure] = measure_key(*measured) if measured else None
        if key := keyed[figure]:
            keys.add((story, key))
    return keys


def _plain(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """A cursor yielding plain tuples: rows read by position need no ``sqlite3.Row``."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor


def _voices(conn: sqlite3.Connection, stories: list[str]) -> set[tuple[str, str]]:
    """(story, party) of every source the stories' claims are attributed to, the channels
    they came through ("kepada Reuters") and the wires their articles credit."""
    marks = ",".join("?" * len(stories))
    found = set()
    for party, tables in (
        (
            "cs.source",
            "claim_sources cs JOIN claims c ON c.id = cs.claim_id "
            "JOIN article_links l ON l.article_id = c.article_id",
        ),
        ("c.channel", "claims c JOIN article_links l ON l.article_id = c.article_id"),
        ("a.credit", "articles a JOIN article_links l ON l.article_id = a.id"),
    ):  # most claims have no channel and most articles credit none: only parties are read
        found |= set(
            _plain(conn).execute(
                f"SELECT DISTINCT l.story, {party} FROM {tables} "
                f"WHERE l.story IN ({marks}) AND {party} IS NOT NULL",
                stories,
            )
        )
    return found


class _Rare:
    """Whether a name is in at most ``cap`` stored articles, each name read once a flush and
    no further than ``cap`` of its stories (a common name's thousands are never summed)."""

    def __init__(self, conn: sqlite3.Connection, cap: int) -> None:
        self.conn, self.cap, self.known = conn, cap, dict[str, bool]()

    def __call__(self, name: str) -> bool:
        if name not in self.known:
            row = self.conn.execute(
                "SELECT sum(articles) FROM (SELECT articles FROM story_names WHERE name = ? "
                "LIMIT ?)",
                (name, self.cap + 1),
            ).fetchone()
            self.known[name] = (row[0] or 0) <= self.cap
        return self.known[name]


class _Profiles:
    """Story profiles read once a flush: the profiles do not change while sagas are linked."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn, self.known = conn, dict[str, Profile | None]()

    def read(self, stories: list[str]) -> dict[str, Profile]:
        todo = [s for s in stories if s not in self.known]
        if todo:
            found = _profiles(self.conn, todo)
            self.known.update({s: found.get(s) for s in todo})
        return {s: p for s in stories if (p := self.known[s]) is not None}


def _links_of(
    conn: sqlite3.Connection, story: str, is_rare: _Rare, profiles: _Profiles
) -> list[SagaLink]:
    """The story's saga links: candidates share at least two of its rare own names."""
    mine = profiles.read([story]).get(story)
    if mine is None:
        return []
    rare = {name for name in mine.own() if is_rare(name)}
    if len(rare) < 2:
        return []
    marks = ",".join("?" * len(rare))
    hits = Counter(
        r[0]
        for r in conn.execute(
            f"SELECT story FROM story_names WHERE name IN ({marks}) AND story != ?",
            [*sorted(rare), story],
        )
    )
    cands = sorted(s for s, n in hits.items() if n >= 2)
    others = profiles.read(cands)
    found = (link(mine, others[s], is_rare) for s in cands if s in others)
    return [lk for lk in found if lk is not None]


def _profiles(conn: sqlite3.Connection, stories: list[str]) -> dict[str, Profile]:
    out: dict[str, Profile] = {}
    for part in chunks(stories):
        marks = ",".join("?" * len(part))
        for r in conn.execute(
            f"SELECT id, start, end, articles FROM stories WHERE id IN ({marks})", part
        ):
            out[r[0]] = Profile(r[0], r[1], r[2], r[3])
        for story, name, n in conn.execute(
            f"SELECT story, name, articles FROM story_names WHERE story IN ({marks})", part
        ):
            if story in out:
                out[story].names[name] = n
        for story, key in conn.execute(
            f"SELECT story, measure FROM story_measures WHERE story IN ({marks})", part
        ):
            if story in out:
                out[story].measures.add(key)
    return out
