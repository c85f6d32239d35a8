"""Undated articles dated when links are flushed: first from the collection's own dated
articles (``telusur.link.collection_dates``), then (or more narrowly) from a dated copy of the
same report (``telusur.link.copy_dates``), then from their story's other articles
(``telusur.link.story_dates``), for the articles and stories new since the last flush."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from telusur.contract import findings
from telusur.errors import TelusurError
from telusur.link import Linker
from telusur.link.collection_dates import collection_window, date_from_collection
from telusur.link.copy_dates import date_from_copy
from telusur.link.story_dates import date_from_story
from telusur.records import Analysis, Article, Published, to_dict
from telusur.store.facts import FactRows, fact_rows, write_facts
from telusur.store.jobs import run_jobs
from telusur.store.queries import claim_json
from telusur.store.rows import article_from_row, chunks
from telusur.workers import Pool

WINDOW_JOB = 16  # undated articles read again in one job of the pool


def redate_undated(
    conn: sqlite3.Connection, linker: Linker, fresh: Iterable[str], pool: Pool | None = None
) -> int:
    """Date what can be dated in the stories of ``fresh`` articles; returns how many were.

    Each story's undated articles are re-read under candidate years, on the ``pool``'s
    workers when there is one; the results are written in story order either way.
    """
    fresh = list(fresh)
    dated = redate_from_collection(conn, fresh, pool)
    dated += redate_from_copies(conn, linker, fresh, pool)
    stories = sorted({linker.result_of(a).story for a in fresh if a in linker.index})
    jobs = (job for story in stories if (job := _job(conn, linker.story(story).articles)))
    for results in run_jobs(pool, date_articles, jobs):
        for result in results:
            _write(conn, result)
            dated += 1
    return dated


def redate_from_collection(
    conn: sqlite3.Connection, fresh: list[str], pool: Pool | None = None
) -> int:
    """Date the undated ``fresh`` articles whose text the collection's dated span settles,
    read again on the ``pool``'s workers when there is one."""
    first, last = conn.execute(
        "SELECT min(published_start), max(published_end) FROM articles "
        "WHERE published_how IN ('metadata', 'text') "
        "AND NOT published_evidence LIKE '%\"collection\"%'"
    ).fetchone()
    window = collection_window(first, last)
    if window is None:
        return 0
    undated = _undated(conn, fresh)
    jobs = ((_articles(conn, part), window) for part in chunks(undated, WINDOW_JOB))
    dated = 0
    for results in run_jobs(pool, date_in_window, jobs):
        for result in results:
            _write(conn, result)
            dated += 1
    return dated


def date_in_window(job: tuple[list[Article], tuple[str, str]]) -> list[Redated]:
    """The articles of a job that the collection's window dates."""
    articles, window = job
    found = (_quietly(date_from_collection, article, window) for article in articles)
    return [redated(a) for a in found if a is not None]


def _articles(conn: sqlite3.Connection, ids: list[str]) -> list[Article]:
    rows = (conn.execute("SELECT * FROM articles WHERE id = ?", (i,)).fetchone() for i in ids)
    return [article_from_row(row) for row in rows]


def redate_from_copies(
    conn: sqlite3.Connection, linker: Linker, fresh: list[str], pool: Pool | None = None
) -> int:
    """Date the ``fresh`` articles, undated or dated only with the collection's help, that copy
    an article dated by metadata or text (the earliest such copy), read again on the
    ``pool``'s workers when there is one.

    The original is looked up once per same-origin group, not once per article: a wire story
    copied a thousand times must cost a thousand dates, not a million comparisons."""
    by_root: dict[int, list[str]] = {}
    for article_id in _loosely_dated(conn, [a for a in fresh if a in linker.index]):
        by_root.setdefault(linker.origins.find(linker.index[article_id]), []).append(article_id)
    dated = 0
    for results in run_jobs(pool, date_copies, _copy_jobs(conn, linker, by_root)):
        for result in results:
            _write(conn, result)
            dated += 1
    return dated


CopyJob = tuple[list[Article], str, Published]  # copies, their original's id and date


def _copy_jobs(
    conn: sqlite3.Connection, linker: Linker, by_root: dict[int, list[str]]
) -> Iterator[CopyJob]:
    """A copy dated here is dated "copy", never an original, so the look-ups ahead of the
    writes see what they would after them."""
    for root, copies in by_root.items():
        original = _earliest_original(conn, [linker.ids[d] for d in linker.origins.members(root)])
        if original is not None:
            known = Published(original[1], original[2], original[3])
            yield _articles(conn, copies), original[0], known


def date_copies(job: CopyJob) -> list[Redated]:
    """The copies of one report that their original's date dates."""
    articles, original, known = job
    found = (_quietly(date_from_copy, a, original, known, a.published) for a in articles)
    return [redated(a) for a in found if a is not None]


def _earliest_original(conn: sqlite3.Connection, members: list[str]) -> tuple[str, ...] | None:
    """The group's earliest member dated by its metadata or text (never by the collection)."""
    found: list[tuple[str, ...]] = []
    for part in chunks(members):
        row = conn.execute(
            "SELECT id, published_start, published_end, published_how FROM articles "
            "WHERE published_how IN ('metadata', 'text') AND published_end IS NOT NULL "
            "AND NOT published_evidence LIKE '%\"collection\"%' "
            f"AND id IN ({','.join('?' * len(part))}) ORDER BY published_start, id LIMIT 1",
            part,
        ).fetchone()
        if row is not None:
            found.append(tuple(row))
    return min(found, key=lambda r: (r[1], r[0])) if found else None


Job = tuple[list[Article], list[dict[str, object]]]  # undated articles, the story's dated claims


def _job(conn: sqlite3.Connection, members: list[str]) -> Job | None:
    undated = _undated(conn, members)
    peers = _dated_claims(conn, members) if undated else []
    if not peers:
        return None
    return _articles(conn, undated), peers


def date_articles(job: Job) -> list[Redated]:
    """The articles of one story that its dated claims date."""
    articles, peers = job
    found = (_quietly(date_from_story, article, peers) for article in articles)
    return [redated(a) for a in found if a is not None]


def _quietly(date: Callable[..., Analysis | None], *args: Any) -> Analysis | None:
    """A re-reading that fails (over its time budget, say) leaves the article as stored: it was
    analysed once already, and dating it is a refinement, never a reason to stop the flush."""
    try:
        return date(*args)
    except TelusurError:
        return None


_LOOSE = "(published_how = 'unknown' OR published_evidence LIKE '%\"collection\"%')"


def _loosely_dated(conn: sqlite3.Connection, ids: list[str]) -> list[str]:
    """Undated, or dated only with the collection's help."""
    return _ids_where(conn, ids, _LOOSE)


def _undated(conn: sqlite3.Connection, ids: list[str]) -> list[str]:
    return _ids_where(conn, ids, "published_how = 'unknown'")


def _ids_where(conn: sqlite3.Connection, ids: list[str], condition: str) -> list[str]:
    out: list[str] = []
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        query = f"SELECT id FROM articles WHERE {condition} AND id IN ({marks})"
        out += [r[0] for r in conn.execute(query, part)]
    return sorted(out)


def _dated_claims(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, object]]:
    """Claims of articles dated by their metadata or text: a date inferred from the story is
    never the ground for another."""
    out = []
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        out += [
            claim_json(r)
            for r in conn.execute(
                "SELECT c.*, a.published_start, a.outlet, a.text FROM claims c "
                "JOIN articles a ON a.id = c.article_id "
                f"WHERE a.published_how IN ('metadata', 'text') AND a.id IN ({marks}) "
                "ORDER BY c.article_id, c.seq",
                part,
            )
        ]
    return out


@dataclass(slots=True)
class Redated:
    """What a re-dating writes of an article, built where it was re-read (a worker, when the
    flush has a pool) so that the writer only writes it."""

    id: str
    start: str | None
    end: str | None
    how: str
    evidence: str  # JSON
    analysis: str  # JSON
    facts: FactRows


def redated(analysis: Analysis) -> Redated:
    pub = analysis.article.published
    return Redated(
        analysis.article.id,
        pub.start,
        pub.end,
        pub.how,
        json.dumps([to_dict(e) for e in pub.evidence], ensure_ascii=False),
        json.dumps(findings(analysis), ensure_ascii=False),
        fact_rows(analysis),
    )


def _write(conn: sqlite3.Connection, r: Redated) -> None:
    """The new date and analysis; the digest stays that of the article as read, so reading
    the same article again is still "unchanged"."""
    conn.execute(
        "UPDATE articles SET published_start = ?, published_end = ?, published_how = ?, "
        "published_evidence = ?, analysis = ? WHERE id = ?",
        (r.start, r.end, r.how, r.evidence, r.analysis, r.id),
    )
    write_facts(conn, r.id, r.facts)
