"""Read queries over claims and entities. Every value is bound as a parameter, never spliced."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from telusur.link.groups import refreshed
from telusur.link.passages import explain

_NOT_WORDS = str.maketrans({c: " " for c in (*range(32), 127, ord('"'))})


def fts_query(text: str) -> str:
    """Quote each word so user input is always a literal FTS5 query, never syntax.

    Control characters are dropped: FTS5 reads its query as a C string, so a NUL would end a
    quoted word early and make the query invalid."""
    words = [w for w in text.translate(_NOT_WORDS).split() if w]
    return " ".join(f'"{w}"' for w in words) or '""'


@dataclass(slots=True)
class ClaimFilter:
    query: str | None = None  # full-text over the claim's article
    source: str | None = None  # canonical name (or alias) of a claimant
    about: str | None = None
    article: str | None = None
    story: str | None = None
    date_from: str | None = None  # on the article's publication date
    date_to: str | None = None
    limit: int = 100
    offset: int = 0


def claim_json(row: sqlite3.Row | Mapping[str, Any]) -> dict[str, Any]:
    """One claim as `telusur claims --json` prints it; ``text`` when the row has the article's."""
    when = [row["when_start"], row["when_end"]] if row["when_start"] else None
    text = row["text"] if "text" in row.keys() else None  # noqa: SIM118 (Row "in" tests values)
    return {
        "article": row["article_id"],
        "span": [row["start"], row["end"]],
        "sentence": [row["sentence_start"], row["sentence_end"]],
        "text": text[row["start"] : row["end"]] if text is not None else None,
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
    """Claims in report order (``each_claim`` as a list)."""
    return list(each_claim(conn, f))


def each_claim(conn: sqlite3.Connection, f: ClaimFilter) -> Iterator[dict[str, Any]]:
    """Claims in report order, read as they are written out. The page of articles is cut first,
    so a search touching much of the store reads only the articles it shows: each holds at least
    one matching claim, hence ``offset + limit`` of them always cover the page of claims."""
    arts, art_params = _article_conditions(f)
    cl, cl_params = _claim_conditions(conn, f)
    sql = (  # the page is cut on narrow rows; article text is read for the page alone
        f"WITH page AS (SELECT a.id, a.published_start AS day FROM articles a{_walk(conn, f)} "
        f"WHERE {arts} AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND {cl}) "
        "ORDER BY a.published_start IS NULL, a.published_start, a.id LIMIT ?) "
        "SELECT c.*, a.text, a.published_start, a.outlet FROM page "
        "JOIN articles a ON a.id = page.id "
        f"JOIN claims c ON c.article_id = page.id WHERE {cl} "
        "ORDER BY page.day IS NULL, page.day, page.id, c.seq "
        "LIMIT ? OFFSET ?"
    )
    params = (*art_params, *cl_params, f.offset + f.limit, *cl_params, f.limit, f.offset)
    for r in conn.execute(sql, params):
        yield claim_json(r)


def _walk(conn: sqlite3.Connection, f: ClaimFilter) -> str:
    """For a text search, walk articles in listing order and stop at the page: a common word
    matches a large share of the store, and sorting all its matches would cost far more."""
    if not f.query or f.article:
        return ""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_listing'"
    ).fetchone()
    return " INDEXED BY articles_listing" if found else ""


def _article_conditions(f: ClaimFilter) -> tuple[str, list[Any]]:
    where, params = ["1"], []
    if f.query:
        where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(fts_query(f.query))
    if f.article:
        where.append("a.id = ?")
        params.append(f.article)
    if f.story:
        where.append("a.id IN (SELECT article_id FROM article_links WHERE story = ?)")
        params.append(f.story)
    if f.date_from:
        where.append("a.published_end >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("a.published_start <= ?")
        params.append(f.date_to)
    return " AND ".join(where), params


def _claim_conditions(conn: sqlite3.Connection, f: ClaimFilter) -> tuple[str, list[Any]]:
    where, params = ["1"], []
    if f.source:
        where.append("c.id IN (SELECT claim_id FROM claim_sources WHERE source = ?)")
        params.append(_canonical(conn, f.source))
    if f.about:
        where.append("c.about = ?")
        params.append(_canonical(conn, f.about))
    return " AND ".join(where), params


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
    return {
        "outlets": [dict(r) for r in outlets],
        "credits": [dict(r) for r in credits],
        "copies": copies(conn),
    }


def stories(
    conn: sqlite3.Connection,
    *,
    query: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    saga: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stories, largest first; ``query`` searches their articles' text; ``saga`` keeps the
    stories of one saga."""
    where, params = ["1"], []
    if saga:
        where.append(f"{_story_saga(conn)} = ?")
        params.append(saga)
    if query:
        where.append(
            "s.id IN (SELECT l.story FROM article_links l JOIN articles a ON a.id = l.article_id "
            "WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))"
        )
        params.append(fts_query(query))
    if date_from:
        where.append("(s.end IS NULL OR s.end >= ?)")
        params.append(date_from)
    if date_to:
        where.append("(s.start IS NULL OR s.start <= ?)")
        params.append(date_to)
    sql = (
        f"SELECT s.*, {_story_saga(conn)} AS saga FROM stories s {_saga_join(conn)} "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY s.articles DESC, s.end DESC, s.id LIMIT ? OFFSET ?"
    )
    return [_story_json(r) for r in conn.execute(sql, (*params, limit, offset))]


def _story_json(r: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": r["id"],
        "headline": r["headline"],
        "start": r["start"],
        "end": r["end"],
        "outlets": json.loads(r["outlets"]),
        "articles": r["articles"],
        "saga": r["saga"],
    }


def sagas_stored(conn: sqlite3.Connection) -> bool:
    """Whether the store keeps sagas (schema 9): before, each story is its own saga."""
    return bool(conn.execute("PRAGMA user_version").fetchone()[0] >= 9)


def _saga_join(conn: sqlite3.Connection) -> str:
    return "LEFT JOIN story_sagas ss ON ss.story = s.id" if sagas_stored(conn) else ""


def _story_saga(conn: sqlite3.Connection) -> str:
    return "coalesce(ss.saga, s.id)" if sagas_stored(conn) else "s.id"


def saga_of(conn: sqlite3.Connection, story_id: str) -> str:
    """The saga a story belongs to (its own id when alone or not yet threaded)."""
    if not sagas_stored(conn):
        return story_id
    row = conn.execute("SELECT saga FROM story_sagas WHERE story = ?", (story_id,)).fetchone()
    return str(row[0]) if row else story_id


def saga(conn: sqlite3.Connection, saga_id: str) -> dict[str, Any] | None:
    """A saga with its evidence: its stories (earliest first) and each link that joined two of
    them, with the rare names and the measures they share."""
    members = sorted(
        stories(conn, saga=saga_id, limit=-1),
        key=lambda s: (s["start"] is None, s["start"], s["id"]),
    )
    if not members:
        return None
    ids = [m["id"] for m in members]
    links = []
    if sagas_stored(conn) and len(ids) > 1:
        marks = ",".join("?" * len(ids))
        rows = conn.execute(
            f"SELECT * FROM saga_links WHERE a IN ({marks}) ORDER BY a, b", ids
        ).fetchall()
        links = [
            {
                "a": r["a"],
                "b": r["b"],
                "names": json.loads(r["names"]),
                "measures": [
                    dict(zip(("about", "counts", "unit"), m, strict=True))
                    for m in json.loads(r["measures"])
                ],
            }
            for r in rows
        ]
    starts = [m["start"] for m in members if m["start"]]
    ends = [m["end"] for m in members if m["end"]]
    return {
        "id": saga_id,
        "start": min(starts) if starts else None,
        "end": max(ends) if ends else None,
        "articles": sum(m["articles"] for m in members),
        "stories": members,
        "links": links,
    }


def story(
    conn: sqlite3.Connection,
    story_id: str,
    *,
    timelines: bool = True,
    article_limit: int | None = None,
    article_offset: int = 0,
) -> dict[str, Any] | None:
    """A story with its articles, its claim groups (figures) and its denials. Without
    ``timelines`` the groups are summaries (``group_summaries``); ``article_limit`` pages the
    article list, and ``article_next_offset`` says where the next page starts."""
    row = conn.execute(
        f"SELECT s.*, {_story_saga(conn)} AS saga FROM stories s {_saga_join(conn)} WHERE s.id = ?",
        (story_id,),
    ).fetchone()
    if row is None:
        return None
    limit = -1 if article_limit is None else article_limit
    members = conn.execute(
        "SELECT a.id, a.title, a.outlet, a.published_start, a.credit, l.origin "
        "FROM article_links l JOIN articles a ON a.id = l.article_id WHERE l.story = ? "
        "ORDER BY a.published_start IS NULL, a.published_start, a.id LIMIT ? OFFSET ?",
        (story_id, limit, article_offset),
    ).fetchall()
    denials = conn.execute(
        "SELECT d.* FROM denials d JOIN article_links l ON l.article_id = d.article_id "
        "WHERE l.story = ? ORDER BY d.article_id, d.start",
        (story_id,),
    )
    found = _story_json(row)
    more = article_limit is not None and article_offset + len(members) < found["articles"]
    return {
        **found,
        "article_list": [
            {
                "id": m["id"],
                "title": m["title"],
                "outlet": m["outlet"],
                "published": m["published_start"],
                "credit": m["credit"],
                "origin": m["origin"],
            }
            for m in members
        ],
        "article_next_offset": article_offset + len(members) if more else None,
        "groups": (
            groups(conn, story=story_id, limit=-1) if timelines else group_summaries(conn, story_id)
        ),
        "denials": [denial_json(d) for d in denials],
    }


def denial_json(d: sqlite3.Row | Mapping[str, Any]) -> dict[str, Any]:
    """One stored denial as the JSON contract gives it; with its ``story`` and ``saga`` when the
    row has them."""
    out = {
        "article": d["article_id"],
        "span": [d["start"], d["end"]],
        "by": json.loads(d["by"]),
        "kind": d["kind"],
        "target": d["target"],
        "text": d["text"],
    }
    for key in ("story", "saga"):
        if key in d.keys():  # noqa: SIM118 (Row "in" tests values)
            out[key] = d[key]
    return out


def groups(
    conn: sqlite3.Connection,
    *,
    query: str | None = None,
    story: str | None = None,
    saga: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Claim groups with their timelines; ``query`` matches the actor, the measure or a claimant;
    ``story`` keeps the groups of its saga that hold a point of it, ``saga`` those of a saga."""
    where, params = ["1"], []
    if story:
        clause, more = _of_story(conn, story)
        where.append(clause)
        params.extend(more)
    if saga:
        where.append("saga = ?" if sagas_stored(conn) else "story = ?")
        params.append(saga)
    if query:
        where.append("(about LIKE ? OR kind LIKE ? OR data LIKE ?)")
        params.extend([f"%{query}%"] * 3)
    sql = (
        f"SELECT data FROM claim_groups WHERE {' AND '.join(where)} "
        "ORDER BY points DESC, claimants DESC, id LIMIT ? OFFSET ?"
    )
    return [refreshed(json.loads(r[0])) for r in conn.execute(sql, (*params, limit, offset))]


def _of_story(conn: sqlite3.Connection, story: str) -> tuple[str, list[str]]:
    """Groups of a story: its saga's groups with a point of the story (its own, before sagas)."""
    if not sagas_stored(conn):
        return "story = ?", [story]
    has_point = (
        "EXISTS (SELECT 1 FROM json_each(data, '$.points') AS p "
        "WHERE json_extract(p.value, '$.story') = ?)"
    )
    return f"saga = ? AND (story = ? OR {has_point})", [saga_of(conn, story), story, story]


def group(conn: sqlite3.Connection, group_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT data FROM claim_groups WHERE id = ?", (group_id,)).fetchone()
    return refreshed(json.loads(row[0])) if row else None


def group_data(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """Claim groups' stored JSON text by id, unparsed, for callers that cache by content."""
    marks = ",".join("?" * len(ids))
    sql = f"SELECT id, data FROM claim_groups WHERE id IN ({marks})"
    return {r[0]: r[1] for r in conn.execute(sql, ids)}


# Before schema 5 a group's span and claimant names are read out of its timeline (slower).
_SUMMARY_V5 = "low, high, claimant_names"
_SUMMARY_V4 = (
    "(SELECT min(coalesce(json_extract(p.value, '$.value'), json_extract(p.value, '$.low'), "
    "json_extract(p.value, '$.high'))) FROM json_each(data, '$.points') AS p) AS low, "
    "(SELECT max(coalesce(json_extract(p.value, '$.value'), json_extract(p.value, '$.high'), "
    "json_extract(p.value, '$.low'))) FROM json_each(data, '$.points') AS p) AS high, "
    "coalesce(json_extract(data, '$.claimants'), '[]') AS claimant_names"
)


def group_summaries(
    conn: sqlite3.Connection, story: str, *, limit: int = -1, offset: int = 0
) -> list[dict[str, Any]]:
    """A story's claim groups without their timelines, in the order of ``groups``: what a table
    of figures shows. The full timeline of each is ``group(id)``."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    derived = _SUMMARY_V5 if version >= 5 else _SUMMARY_V4
    saga = ", saga" if version >= 9 else ", story AS saga"
    clause, params = _of_story(conn, story)
    sql = (
        "SELECT id, story, about, kind, unit, points, claimants, origin_groups, denials, "
        f"latest, {derived}{saga} FROM claim_groups WHERE {clause} "
        "ORDER BY points DESC, claimants DESC, id LIMIT ? OFFSET ?"
    )
    return [_summary_json(r) for r in conn.execute(sql, (*params, limit, offset))]


def _summary_json(r: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": r["id"],
        "about": r["about"],
        "counts": r["kind"],
        "unit": r["unit"],
        "story": r["story"],
        "saga": r["saga"],
        "point_count": r["points"],
        "claimants": json.loads(r["claimant_names"]),
        "origin_groups": r["origin_groups"],
        "denial_count": r["denials"],
        "latest": json.loads(r["latest"]) if r["latest"] else None,
        "low": r["low"],
        "high": r["high"],
    }


def copies(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Same-origin groups: which articles carry one report, their outlets and the wire credited."""
    out = []
    for r in conn.execute("SELECT * FROM origin_groups ORDER BY id"):
        ids = json.loads(r["articles"])
        marks = ",".join("?" * len(ids))
        outlets = dict(
            conn.execute(f"SELECT id, outlet FROM articles WHERE id IN ({marks})", ids).fetchall()
        )
        out.append(
            {
                "id": r["id"],
                "credit": r["credit"],
                "articles": [{"id": i, "outlet": outlets.get(i)} for i in ids],
                "links": json.loads(r["links"]),
            }
        )
    return out


def links_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, str]]:
    """Each article's story and same-origin group."""
    out: dict[str, dict[str, str]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ",".join("?" * len(part))
        for r in conn.execute(
            f"SELECT article_id, origin, story FROM article_links WHERE article_id IN ({marks})",
            part,
        ):
            out[r[0]] = {"story": r[2], "origin": r[1]}
    return out


def origin_of(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """The article's same-origin group and why: each link it takes part in, with the share of
    each text found in the other and the aligned sentence pairs (spans in each cleaned text)."""
    row = conn.execute(
        "SELECT origin FROM article_links WHERE article_id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    group = conn.execute("SELECT * FROM origin_groups WHERE id = ?", (row[0],)).fetchone()
    if group is None:
        return {"group": row[0], "articles": [article_id], "links": []}
    links = []
    for link in json.loads(group["links"]):
        if article_id not in (link["a"], link["other"]):
            continue
        other = link["other"] if link["a"] == article_id else link["a"]
        links.append(_explained(conn, article_id, other, link))
    return {"group": group["id"], "articles": json.loads(group["articles"]), "links": links}


def _explained(
    conn: sqlite3.Connection, article_id: str, other: str, link: dict[str, Any]
) -> dict[str, Any]:
    texts = dict(
        conn.execute("SELECT id, text FROM articles WHERE id IN (?, ?)", (article_id, other))
    )
    why = {
        "other": other,
        "why": link["why"],
        "jaccard": link.get("jaccard"),
        "shared_figures": link.get("shared_figures", []),
    }
    if link["why"] == "rendering" or other not in texts:
        mine = link["a"] == article_id
        share, theirs = link.get("share", 0.0), link.get("share_other", 0.0)
        return {
            **why,
            "share": share if mine else theirs,
            "share_other": theirs if mine else share,
            "sentences": [],
        }
    return {**why, **explain(texts[article_id], texts[other])}
