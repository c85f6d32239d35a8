"""Boilerplate learned per outlet from the collection, kept in the store.

Every stored article of a known outlet (else of its site) adds its learnable lines' keys
(``telusur.clean.learned``) to the outlet's counts. A line carried by at least ``MIN_ARTICLES``
of the outlet's articles and by a ``SHARE`` of them is learned: from then on it leaves the text
of every article of that outlet, on record in the article's removed lines as rule-removed
boilerplate is. When a line is learned, the stored articles that carry it (found by their kept
keys, without reading any text) are cleaned and analysed again; an arriving article that
carries a learned line is too, unless it was cleaned with the learned sets as a run began
(``snapshot``, ``stripped``): workers clean that way, so the writer analyses it only once.

A learned line stays learned: articles stored later never bring a removed line back.
"""

from __future__ import annotations

import json
import sqlite3
import weakref
from array import array
from collections.abc import Mapping
from dataclasses import replace
from urllib.parse import urlsplit

from telusur.analyse.pipeline import analyse
from telusur.clean import learned as lines
from telusur.records import Article
from telusur.store.db import Store
from telusur.store.record import Record, record_of
from telusur.store.rows import article_from_fields, article_from_row

MIN_ARTICLES = 10  # a line of fewer articles is a coincidence
SHARE = 0.2  # of the outlet's articles: a running subheading or a series' line stays below

_caught_up: weakref.WeakSet[Store] = weakref.WeakSet()  # stores whose articles are all counted

_BUMP = (
    "INSERT INTO outlet_lines (outlet, key, articles) VALUES (?, ?, 1) "
    "ON CONFLICT (outlet, key) DO UPDATE SET articles = articles + 1 RETURNING articles, learned"
)


def put(store: Store, record: Record) -> tuple[str, Record]:
    """``Store.put_record`` with its outlet's lines learned on the way (see module docstring);
    returns the outcome and the record as stored (its learned lines gone)."""
    if store not in _caught_up:
        catch_up(store)
    outlet = group_of(record.row.get("outlet"), record.row.get("url"))
    if outlet is None:
        return store.put_record(record), record
    kept, keys = record.line_keys or line_keys(record)
    fresh = observe(store.conn, record.id, outlet, keys)
    if fresh:
        reclean(store, outlet, fresh, skip=record.id)
    # only lines still in the text can go: those a worker stripped already are in its removed
    if kept and _any_learned(store.conn, outlet, sorted(kept)):
        record = _restrip(store, record, learned_keys(store.conn, outlet))
    return store.put_record(record), record


def line_keys(record: Record) -> tuple[frozenset[int], list[int]]:
    """The keys of the learnable lines in the record's text, and of all of its learnable lines
    (those cleaning removed too), sorted: pure, so a worker finds them."""
    kept = lines.text_keys(record.row["text"])
    return frozenset(kept), sorted(kept | lines.removed_keys(json.loads(record.row["boilerplate"])))


def with_line_keys(record: Record) -> Record:
    """The record carrying its line keys, when its outlet (or site) learns lines."""
    if group_of(record.row.get("outlet"), record.row.get("url")) is not None:
        record.line_keys = line_keys(record)
    return record


def catch_up(store: Store) -> int:
    """Count the stored articles not counted yet (those of a store written before lines were
    learned), then clean again those that carry a line this made learned; returns how many
    were counted. Done once per open store, before its first article is put."""
    _caught_up.add(store)
    conn = store.conn
    rows = conn.execute(
        "SELECT id, outlet, url, text, boilerplate FROM articles "
        "WHERE (outlet IS NOT NULL OR url IS NOT NULL) "
        "AND id NOT IN (SELECT article_id FROM line_keys) ORDER BY rowid"
    ).fetchall()
    fresh: dict[str, set[int]] = {}
    for article_id, outlet, url, text, removed in rows:
        group = group_of(outlet, url)
        if group is not None:
            keys = lines.article_keys(text, json.loads(removed))
            fresh.setdefault(group, set()).update(observe(conn, article_id, group, keys))
    for group, made in fresh.items():
        if made:
            reclean(store, group, made)
    return len(rows)


def group_of(outlet: str | None, url: str | None) -> str | None:
    """What lines are learned for: the outlet, else the site (the URL's host without "www.")."""
    if outlet:
        return outlet
    host = urlsplit(url if url and "//" in url else f"//{url or ''}").hostname or ""
    return f"site:{host.removeprefix('www.')}" if host else None


def observe(conn: sqlite3.Connection, article_id: str, outlet: str, keys: list[int]) -> set[int]:
    """Count one article's keys for its outlet (once: an article seen before with other keys
    is taken back first); returns the keys it made learned."""
    blob = array("q", keys).tobytes()
    old = conn.execute(
        "SELECT outlet, keys FROM line_keys WHERE article_id = ?", (article_id,)
    ).fetchone()
    if old is not None:
        if old[0] == outlet and old[1] == blob:
            return set()
        _forget(conn, old[0], array("q", old[1]).tolist())
    conn.execute("INSERT OR REPLACE INTO line_keys VALUES (?, ?, ?)", (article_id, outlet, blob))
    total = conn.execute(
        "INSERT INTO outlet_counts VALUES (?, 1) ON CONFLICT (outlet) "
        "DO UPDATE SET articles = articles + 1 RETURNING articles",
        (outlet,),
    ).fetchone()[0]
    need = max(MIN_ARTICLES, SHARE * total)
    fresh: set[int] = set()
    for key in keys:
        count, known = conn.execute(_BUMP, (outlet, key)).fetchone()
        if not known and count >= need:
            fresh.add(key)
    conn.executemany(
        "UPDATE outlet_lines SET learned = 1 WHERE outlet = ? AND key = ?",
        [(outlet, k) for k in fresh],
    )
    return fresh


def _forget(conn: sqlite3.Connection, outlet: str, keys: list[int]) -> None:
    conn.execute("UPDATE outlet_counts SET articles = articles - 1 WHERE outlet = ?", (outlet,))
    conn.executemany(
        "UPDATE outlet_lines SET articles = articles - 1 WHERE outlet = ? AND key = ?",
        [(outlet, k) for k in keys],
    )
    conn.execute(
        "DELETE FROM outlet_lines WHERE outlet = ? AND articles <= 0 AND NOT learned", (outlet,)
    )


def learned_keys(conn: sqlite3.Connection, outlet: str) -> frozenset[int]:
    """The outlet's learned line keys."""
    rows = conn.execute("SELECT key FROM outlet_lines WHERE outlet = ? AND learned", (outlet,))
    return frozenset(r[0] for r in rows)


def snapshot(conn: sqlite3.Connection) -> dict[str, frozenset[int]]:
    """Every outlet's learned line keys as they stand: what a run's workers strip as they clean
    (lines learned during the run are stripped by the writer, as before)."""
    found: dict[str, set[int]] = {}
    for outlet, key in conn.execute("SELECT outlet, key FROM outlet_lines WHERE learned"):
        found.setdefault(outlet, set()).add(key)
    return {outlet: frozenset(keys) for outlet, keys in found.items()}


def stripped(article: Article, learned: Mapping[str, frozenset[int]]) -> Article:
    """A cleaned article without its outlet's lines in ``learned`` (a ``snapshot``), as the
    writer would strip them."""
    keys = learned.get(group_of(article.outlet, article.url) or "")
    return (_stripped(article, keys) or article) if keys else article


def _any_learned(conn: sqlite3.Connection, outlet: str, keys: list[int]) -> bool:
    marks = ",".join("?" * len(keys))
    row = conn.execute(
        f"SELECT 1 FROM outlet_lines WHERE outlet = ? AND learned AND key IN ({marks}) LIMIT 1",
        (outlet, *keys),
    ).fetchone()
    return row is not None


def reclean(store: Store, outlet: str, fresh: set[int], skip: str | None = None) -> int:
    """Clean again the outlet's stored articles that carry a line of ``fresh``; returns how many
    changed. Their keys say which, so no other article is read."""
    conn = store.conn
    rows = conn.execute("SELECT article_id, keys FROM line_keys WHERE outlet = ?", (outlet,))
    ids = [a for a, blob in rows if a != skip and not fresh.isdisjoint(array("q", blob))]
    learned = learned_keys(conn, outlet)
    changed = 0
    for article_id in ids:
        row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        article = _stripped(article_from_row(row), learned) if row is not None else None
        if article is None:
            continue
        try:
            store.put_record(record_of(analyse(article)))
        except Exception:  # an article that fails again keeps its stored cleaning
            continue
        _touch(store, article_id)
        changed += 1
    return changed


def _restrip(store: Store, record: Record, learned: frozenset[int]) -> Record:
    """The record of an arriving article without its learned lines (analysed again)."""
    row = record.row
    article = article_from_fields(
        row, json.loads(row["published_evidence"]), json.loads(row["boilerplate"])
    )
    stripped = _stripped(article, learned)
    if stripped is None:
        return record
    hasher = store.hasher() if record.features is not None else None
    return record_of(analyse(stripped), hasher)


def _stripped(article: Article, learned: frozenset[int]) -> Article | None:
    text, removed = lines.strip(article.text, learned)
    if not removed:
        return None
    return replace(article, text=text, boilerplate=[*article.boilerplate, *removed])


def _touch(store: Store, article_id: str) -> None:
    """Its findings changed: its story's groups are rewritten when links are next saved."""
    if store._links is not None:
        store._links.touch(article_id)
