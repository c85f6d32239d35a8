"""The linker beside the store: stored articles join same-origin groups and stories as they
arrive; the link tables and claim groups are rewritten from it when a run is flushed.

The linker's indexes are saved in the database itself, so one file holds everything. Articles
stored but never linked (a run killed before its flush) are linked again when the store opens.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from telusur.contract import analysis_from_json
from telusur.link import Features, Linker, MinHasher, features_from
from telusur.link.groups import ClaimGroup, group_claims, group_json
from telusur.link.held import Held
from telusur.records import Analysis
from telusur.store.jobs import run_jobs
from telusur.store.queries import claim_json, denial_json
from telusur.store.redate import redate_undated
from telusur.store.rows import article_from_row, chunks
from telusur.store.sagas import Sagas, update_sagas
from telusur.workers import Pool

FLUSH_EVERY = 20_000  # articles between saves of the linker during a long run
SAGAS_A_JOB = 64  # sagas grouped in one piece of work
BLOB_CHUNK = 1 << 22  # bytes of the linker's saved state copied at a time

StoryClaims = tuple[list[dict[str, Any]], list[dict[str, Any]]]  # claims, denials
Rows = tuple[list[str], list[tuple[Any, ...]]]  # column names, rows
StoryRows = tuple[Rows, Rows]  # claims, denials as read


class Links:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.linker = _load(conn)
        self.hasher = MinHasher(self.linker.num_perm)
        self.pending = 0
        self.fresh: list[str] = []  # linked since the last flush
        self.held = Held(self.linker)  # linked a batch at a time, in publication order
        self.touched: set[str] = set()  # stored again with new findings, not linked again
        self.catch_up()

    def add(self, analysis: Analysis) -> None:
        article = analysis.article
        features = features_from(article, analysis, hasher=self.hasher)
        self.add_features(article.id, article.published.start, features)

    def add_features(self, article_id: str, published: str | None, features: Features) -> None:
        self.held.add(article_id, published, features)
        self.pending += 1
        self.fresh.append(article_id)

    def touch(self, article_id: str) -> None:
        """An article's findings changed without a new link: its story's groups are stale."""
        self.touched.add(article_id)

    def due(self) -> bool:
        return self.pending >= FLUSH_EVERY

    def flush(self, pool: Pool | None = None) -> None:
        """Save the linker and rewrite the link tables, the sagas of the stories that changed,
        and the claim groups of the sagas that changed (inside a transaction)."""
        if not self.pending and not self.touched:
            return
        self.held.release()
        _save(self.conn, self.linker)
        before = _links_of(self.conn)
        write_links(self.conn, self.linker)
        redate_undated(self.conn, self.linker, self.fresh, pool)
        changed = _changed_stories(self.conn, before, [*self.fresh, *self.touched])
        was, now = update_sagas(self.conn, changed)
        write_groups(self.conn, _changed_sagas(changed, was, now), pool)
        self.pending = 0
        self.fresh = []
        self.touched = set()

    def catch_up(self) -> None:
        stored = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        if stored == len(self.linker) + len(self.held):
            return
        ids = [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY rowid")]
        for article_id in ids:
            if article_id not in self.linker.index and article_id not in self.held:
                row = self.conn.execute(
                    "SELECT * FROM articles WHERE id = ?", (article_id,)
                ).fetchone()
                article = article_from_row(row)
                self.add(analysis_from_json(article, json.loads(row["analysis"])))


def _load(conn: sqlite3.Connection) -> Linker:
    if conn.execute("SELECT 1 FROM linker_state WHERE id = 1").fetchone() is None:
        return Linker()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "linker.npz"
        with conn.blobopen("linker_state", "data", 1, readonly=True) as blob, path.open("wb") as fh:
            while chunk := blob.read(BLOB_CHUNK):
                fh.write(chunk)
        return Linker.load(path)


def _save(conn: sqlite3.Connection, linker: Linker) -> None:
    """The linker's state, copied into the database a piece at a time: as one ``bytes`` it
    would double the writer's memory at every save (hundreds of megabytes at 100k articles)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "linker.npz"
        linker.save(path)
        conn.execute(
            "INSERT OR REPLACE INTO linker_state (id, articles, data) VALUES (1, ?, zeroblob(?))",
            (len(linker), path.stat().st_size),
        )
        with conn.blobopen("linker_state", "data", 1) as blob, path.open("rb") as fh:
            while chunk := fh.read(BLOB_CHUNK):
                blob.write(chunk)


def write_links(conn: sqlite3.Connection, linker: Linker) -> None:
    conn.execute("DELETE FROM article_links")
    conn.execute("DELETE FROM origin_groups")
    conn.execute("DELETE FROM stories")
    rows = []
    for members in linker.story_members():
        story = linker.story(members[0])
        conn.execute(
            "INSERT INTO stories (id, headline, start, end, outlets, articles) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                story.id,
                story.headline,
                story.start,
                story.end,
                json.dumps(story.outlets, ensure_ascii=False),
                len(story.articles),
            ),
        )
        for article_id in members:
            result = linker.result_of(article_id)
            rows.append((article_id, result.origin, result.story))
    conn.executemany("INSERT INTO article_links (article_id, origin, story) VALUES (?, ?, ?)", rows)
    for group in linker.origin_groups():
        conn.execute(
            "INSERT INTO origin_groups (id, credit, articles, links) VALUES (?, ?, ?, ?)",
            (
                group.id,
                group.credit,
                json.dumps(group.articles),
                json.dumps(group.links, ensure_ascii=False, default=str),
            ),
        )


def _links_of(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT * FROM article_links")}


def _changed_stories(
    conn: sqlite3.Connection, before: dict[str, tuple[str, str]], changed: list[str]
) -> set[str]:
    """Stories whose groups may differ: those of changed articles, and those an article joined
    or left, or in which its origin group changed."""
    after = _links_of(conn)
    stories = {after[a][1] for a in changed if a in after}
    for article_id, link in after.items():
        old = before.get(article_id)
        if old != link:
            stories.add(link[1])
            if old is not None:
                stories.add(old[1])
    stories |= {old[1] for a, old in before.items() if a not in after}
    return stories


def _changed_sagas(stories: set[str], was: Sagas, now: Sagas) -> set[str]:
    """Sagas whose groups may differ: those the changed stories were and are in, and those a
    story joined or left (a story missing from a map is its own saga)."""
    out = {m.get(s, s) for s in stories for m in (was, now)}
    for story, saga in now.items():
        old = was.get(story, story)
        if old != saga:
            out |= {old, saga}
    out |= {saga for story, saga in was.items() if story not in now}
    return out


def write_groups(
    conn: sqlite3.Connection, sagas: set[str] | None = None, pool: Pool | None = None
) -> None:
    """Rewrite the claim groups of ``sagas`` (all when None): groups never span sagas.

    The store reads each few sagas' claims; grouping them and writing their JSON is pure
    work, done on the ``pool``'s workers when there is one.
    """
    if sagas is None:
        conn.execute("DELETE FROM claim_groups")
        sagas = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT coalesce(ss.saga, s.id) FROM stories s "
                "LEFT JOIN story_sagas ss ON ss.story = s.id"
            )
        }
    jobs = (_saga_claims(conn, part) for part in chunks(sorted(sagas), SAGAS_A_JOB))
    for rows in run_jobs(pool, group_rows, jobs):
        conn.executemany(
            "INSERT INTO claim_groups (id, story, about, kind, unit, points, claimants, "
            "origin_groups, denials, latest, data, saga) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


_JOIN = "LEFT JOIN story_sagas ss ON ss.story = l.story"
_SAGA = "coalesce(ss.saga, l.story)"  # a story with no row is its own saga


def _saga_claims(conn: sqlite3.Connection, sagas: list[str]) -> StoryRows:
    """Claims and denials of ``sagas`` as read, their stale groups deleted; read story by
    story, so the story index serves."""
    marks = ",".join("?" * len(sagas))
    conn.execute(f"DELETE FROM claim_groups WHERE saga IN ({marks})", sagas)
    claims: Rows = ([], [])
    denials: Rows = ([], [])
    for part in chunks(_stories_of(conn, sagas)):
        more = ",".join("?" * len(part))
        found, denied = _claim_rows(conn, f"WHERE l.story IN ({more})", tuple(part))
        claims = (found[0], claims[1] + found[1])
        denials = (denied[0], denials[1] + denied[1])
    return claims, denials


def _stories_of(conn: sqlite3.Connection, sagas: list[str]) -> list[str]:
    """The stories of ``sagas``: those threaded into them, and each saga's own story when it
    has no row yet (a story alone, or one stored before sagas)."""
    marks = ",".join("?" * len(sagas))
    threaded = {
        r[0]: r[1]
        for r in conn.execute(
            f"SELECT story, saga FROM story_sagas WHERE saga IN ({marks}) OR story IN ({marks})",
            [*sagas, *sagas],
        )
    }
    wanted = set(sagas)
    alone = [g for g in sagas if g not in threaded]
    return sorted({s for s, g in threaded.items() if g in wanted} | set(alone))


def group_rows(job: StoryRows) -> list[tuple[Any, ...]]:
    """The claim_groups rows of some stories' claims and denials (as read)."""
    rows = []
    for group in group_claims(*_decoded(job)):
        data = group_json(group)
        latest = data["points"][-1] if data["points"] else None
        rows.append(
            (
                group.id,
                group.story,
                group.about,
                group.kind,
                group.unit,
                len(group.points),
                len(group.claimants),
                group.origin_groups,
                len(group.denials),
                json.dumps(latest, ensure_ascii=False),
                json.dumps(data, ensure_ascii=False),
                group.saga,
            )
        )
    return rows


def compute_groups(conn: sqlite3.Connection, story: str | None = None) -> list[ClaimGroup]:
    where, params = ("WHERE l.story = ?", (story,)) if story else ("", ())
    return _groups_of(conn, where, params)


def _groups_of(conn: sqlite3.Connection, where: str, params: tuple[str, ...]) -> list[ClaimGroup]:
    return group_claims(*_claims_and_denials(conn, where, params))


def _claims_and_denials(
    conn: sqlite3.Connection, where: str, params: tuple[str, ...]
) -> StoryClaims:
    return _decoded(_claim_rows(conn, where, params))


def _claim_rows(conn: sqlite3.Connection, where: str, params: tuple[str, ...]) -> StoryRows:
    """The claims and denials as plain rows: a worker turns them into JSON (``_decoded``)."""
    return (
        _rows(
            conn,
            "SELECT c.*, a.published_start, a.published_end, a.outlet, l.origin, l.story, "
            f"{_SAGA} AS saga FROM claims c "
            "JOIN articles a ON a.id = c.article_id JOIN article_links l ON l.article_id = a.id "
            f"{_JOIN} {where} ORDER BY c.article_id, c.seq",
            params,
        ),
        _rows(
            conn,
            f"SELECT d.*, l.story, {_SAGA} AS saga FROM denials d "
            f"JOIN article_links l ON l.article_id = d.article_id {_JOIN} {where} "
            "ORDER BY d.rowid",
            params,
        ),
    )


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[str, ...]) -> Rows:
    cur = conn.cursor()
    cur.row_factory = None  # tuples: they cross to a worker process
    cur.execute(sql, params)
    return [d[0] for d in cur.description], cur.fetchall()


def _decoded(job: StoryRows) -> StoryClaims:
    (claim_cols, claims), (denial_cols, denials) = job
    return (
        [_claim(_named(claim_cols, r)) for r in claims],
        [denial_json(_named(denial_cols, r)) for r in denials],
    )


def _named(cols: list[str], row: tuple[Any, ...]) -> dict[str, Any]:
    """A row by column name; the first of two columns of one name wins, as in sqlite3.Row."""
    out: dict[str, Any] = {}
    for col, value in zip(cols, row, strict=True):
        out.setdefault(col, value)
    return out


def _claim(r: dict[str, Any]) -> dict[str, Any]:
    return {
        **claim_json(r),
        "reported_end": r["published_end"],
        "origin": r["origin"],
        "story": r["story"],
        "saga": r["saga"],
    }
