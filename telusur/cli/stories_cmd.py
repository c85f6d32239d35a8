"""`telusur stories`, `story ID`, `groups`, `timeline` and `sources`: what links across articles."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from telusur.cli.common import add_db, add_json
from telusur.cli.output import add_paging, emit_json, listing, say, table
from telusur.errors import UsageError
from telusur.lang.labels import amount, is_measure, kind_label
from telusur.link.groups import figure_of, number
from telusur.store import Store, db_path
from telusur.store import queries as q


def register(sub: Any) -> None:
    stories = sub.add_parser("stories", help="stories: articles about one developing event")
    stories.add_argument("query", nargs="?", help="full-text search over the stories' articles")
    stories.add_argument("--saga", help="only the stories of this saga")
    add_paging(stories)
    stories.set_defaults(run=run_stories)

    story = sub.add_parser("story", help="one story: articles, figures, timelines, denials")
    story.add_argument("id", nargs="?", help="a story id (default: the largest story)")
    story.set_defaults(run=run_story)

    groups = sub.add_parser("groups", help="claim groups: each figure's timeline and support")
    groups.add_argument("query", nargs="?", help="match the actor, the measure or a claimant")
    groups.add_argument("--story", help="the groups of this story's saga holding a point of it")
    groups.add_argument("--saga", help="the groups of this saga")
    add_paging(groups)
    groups.set_defaults(run=run_groups)

    timeline = sub.add_parser("timeline", help="a figure's timeline, as a table or a chart")
    timeline.add_argument(
        "target",
        metavar="QUERY|GROUP",
        nargs="?",
        help="a claim group id or a query (default: the best supported figure of --story, "
        "or of the largest story)",
    )
    timeline.add_argument("--story", help="a story id (with no QUERY|GROUP)")
    timeline.add_argument("--png", metavar="FILE", help="draw the chart into a PNG file")
    timeline.set_defaults(run=run_timeline)

    saga = sub.add_parser("saga", help="one saga: its stories and what joined them")
    saga.add_argument("id", help="a saga id (a story's `saga`)")
    saga.set_defaults(run=run_saga)

    sources = sub.add_parser("sources", help="outlets, who copies whom, and the wires credited")
    sources.set_defaults(run=run_sources)

    for parser in (stories, story, groups, timeline, saga, sources):
        add_db(parser)
        add_json(parser)


def _open(args: argparse.Namespace) -> Store:
    return Store(db_path(args.db), readonly=True)


def run_stories(args: argparse.Namespace) -> int:
    with _open(args) as store:
        return listing(
            lambda limit, offset: q.stories(
                store.conn, query=args.query, saga=args.saga, limit=limit, offset=offset
            ),
            args,
            emit_json,
            _stories_table,
        )


def _stories_table(found: Sequence[dict[str, Any]]) -> None:
    table(
        ("story", "saga", "articles", "from", "to", "outlets", "headline"),
        [
            (
                s["id"],
                "" if s["saga"] == s["id"] else s["saga"],
                s["articles"],
                s["start"],
                s["end"],
                ", ".join(s["outlets"]),
                s["headline"],
            )
            for s in found
        ],
    )


def run_saga(args: argparse.Namespace) -> int:
    with _open(args) as store:
        found = q.saga(store.conn, args.id)
    if found is None:
        raise UsageError(f"no saga with id {args.id!r}", "E305")
    if args.json:
        emit_json([found])
        return 0
    print(f"saga {found['id']}: {found['start']} … {found['end']}, {found['articles']} articles")
    _stories_table(found["stories"])
    print(f"\njoined by ({len(found['links'])}):")
    for lk in found["links"]:
        measures = "; ".join(f"{m['about']} {m['counts']}" for m in lk["measures"])
        print(f"  {lk['a']} + {lk['b']}: names {', '.join(lk['names'])}; measures {measures}")
    return 0


def _largest(store: Store) -> str:
    found = q.stories(store.conn, limit=1)
    if not found:
        raise UsageError(f"no stories in {store.path}: ingest some articles first", "E305")
    return str(found[0]["id"])


def by_support(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Measures only, best supported first: independent origins, claimants, then reports."""
    measures = [g for g in groups if is_measure(g["counts"])]
    return sorted(
        measures, key=lambda g: (-g["origin_groups"], -len(g["claimants"]), -len(g["points"]))
    )


def run_story(args: argparse.Namespace) -> int:
    with _open(args) as store:
        story_id = args.id or _largest(store)
        found = q.story(store.conn, story_id)
        path = store.path
    if found is None:
        raise UsageError(f"no story with id {story_id!r}", "E305")
    if args.json:
        emit_json([found])
        return 0
    print(f"story {found['id']}: {found['headline']}")
    print(f"{found['start']} … {found['end']}; {found['articles']} articles from ", end="")
    print(", ".join(found["outlets"]))
    measures = by_support(found["groups"])
    print(f"\nfigures ({len(measures)}), best supported first:")
    _figures_table(measures)
    others = len(found["groups"]) - len(measures)
    if others:
        print(f"(and {others} figures whose counted words name no known measure: --json has them)")
    print(f"\ndenials ({len(found['denials'])}):")
    for d in found["denials"]:
        print(f"  {', '.join(d['by']) or '?'} ({d['kind']}): {d['text']}")
    print(f"\narticles ({found['articles']}):")
    table(
        ("id", "published", "outlet", "origin", "title"),
        [
            (a["id"], a["published"], a["outlet"], a["origin"], a["title"])
            for a in found["article_list"]
        ],
    )
    print(f"\nweb page: telusur serve --db {path}, then {_page_url(found['id'])}")
    return 0


def _page_url(story_id: str) -> str:
    return f"http://127.0.0.1:8000/story/{quote(story_id, safe='')}?lang=en"


def _figures_table(groups: Sequence[dict[str, Any]]) -> None:
    table(
        ("group", "figure", "about", "latest", "range", "claimants", "origins", "denials"),
        [
            (
                g["id"],
                kind_label(g["counts"], "en"),
                g["about"] or "",
                amount(figure_of(g["points"][-1]), g["unit"]),
                amount(_range(g["points"]), g["unit"]),
                len(g["claimants"]),
                g["origin_groups"],
                len(g["denials"]),
            )
            for g in groups
        ],
    )


def _range(points: list[dict[str, Any]]) -> str:
    values = [v for p in points for v in (p["value"], p["low"], p["high"]) if v is not None]
    lo, hi = min(values, default=None), max(values, default=None)
    return number(lo) if lo == hi else f"{number(lo)}–{number(hi)}"


def _groups_table(groups: Sequence[dict[str, Any]]) -> None:
    table(
        ("group", "about", "counts", "latest", "values", "claimants", "origins", "denials"),
        [
            (
                g["id"],
                g["about"],
                kind_label(g["counts"], "en"),
                figure_of(g["points"][-1]),
                " → ".join(figure_of(p) for p in g["points"]),
                len(g["claimants"]),
                g["origin_groups"],
                len(g["denials"]),
            )
            for g in groups
        ],
    )


def run_groups(args: argparse.Namespace) -> int:
    with _open(args) as store:
        return listing(
            lambda limit, offset: q.groups(
                store.conn,
                query=args.query,
                story=args.story,
                saga=args.saga,
                limit=limit,
                offset=offset,
            ),
            args,
            emit_json,
            _groups_table,
        )


def _timeline_group(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    """The group asked for; with no target, the best supported figure of the story."""
    if args.target:
        one = q.group(store.conn, args.target)
        found = [one] if one else q.groups(store.conn, query=args.target, limit=1)
        if not found:
            raise UsageError(f"no claim group matches {args.target!r}", "E306")
        return found[0]
    story = args.story or _largest(store)
    best = by_support(q.groups(store.conn, story=story, limit=-1))
    if not best:
        raise UsageError(f"story {story!r} has no figure with a known measure", "E306")
    return best[0]


def run_timeline(args: argparse.Namespace) -> int:
    with _open(args) as store:
        group = _timeline_group(store, args)
    if args.png:
        from telusur.web.charts.png import timeline_png

        timeline_png(group, args.png)
        say(f"chart written to {args.png}")
    if args.json:
        emit_json([group])
        return 0
    about = f"{group['about']} — " if group["about"] else ""
    label = kind_label(group["counts"], "en")
    print(f"timeline of {about}{label} ({group['unit']}), group {group['id']}")
    print(
        f"{len(group['claimants'])} independent claimants, {group['origin_groups']} independent "
        f"origins, {len(group['denials'])} denials"
    )
    table(
        ("reported", "figure", "qualifier", "status", "said by", "article", "copies"),
        [
            (
                p["reported"] or "undated",
                figure_of(p),
                p["qualifier"],
                p["status"],
                ", ".join(p["sources"]) or f"({p['outlet'] or 'article'})",
                p["article"],
                len(p["copies"]),
            )
            for p in group["points"]
        ],
    )
    for title in ("revisions", "disagreements"):
        if group[title]:
            print(f"  {title}:")
            for change in group[title]:
                print(f"    {change['text']}")
    return 0


def run_sources(args: argparse.Namespace) -> int:
    with _open(args) as store:
        found = q.sources(store.conn)
    if args.json:
        emit_json([found])
        return 0
    table(
        ("outlet", "articles", "first", "last"),
        [(o["outlet"], o["articles"], o["first"], o["last"]) for o in found["outlets"]],
    )
    print("\ncopies (same-origin groups):")
    for g in found["copies"]:
        members = ", ".join(f"{a['id']} ({a['outlet']})" for a in g["articles"])
        print(f"  {g['id']}: {members}" + (f"; wire: {g['credit']}" if g["credit"] else ""))
    print("\nwires credited:")
    for c in found["credits"]:
        print(f"  {c['outlet']} credits {c['credit']} ({c['n']})")
    return 0
