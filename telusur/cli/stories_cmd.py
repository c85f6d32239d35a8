"""`telusur stories`, `story ID`, `groups`, `timeline` and `sources`: what links across articles."""

from __future__ import annotations

import argparse
from typing import Any

from telusur.cli.common import add_db, add_json
from telusur.cli.output import emit_json, table
from telusur.errors import UsageError
from telusur.link.groups import figure_of
from telusur.store import Store, db_path
from telusur.store import queries as q


def register(sub: Any) -> None:
    stories = sub.add_parser("stories", help="stories: articles about one developing event")
    stories.add_argument("query", nargs="?", help="full-text search over the stories' articles")
    stories.add_argument("--limit", type=int, default=100)
    stories.add_argument("--offset", type=int, default=0)
    stories.set_defaults(run=run_stories)

    story = sub.add_parser("story", help="one story: articles, figures, timelines, denials")
    story.add_argument("id")
    story.set_defaults(run=run_story)

    groups = sub.add_parser("groups", help="claim groups: each figure's timeline and support")
    groups.add_argument("query", nargs="?", help="match the actor, the measure or a claimant")
    groups.add_argument("--story")
    groups.add_argument("--limit", type=int, default=100)
    groups.set_defaults(run=run_groups)

    timeline = sub.add_parser("timeline", help="a figure's timeline, as a table or a chart")
    timeline.add_argument("target", metavar="QUERY|GROUP", help="a claim group id or a query")
    timeline.add_argument("--png", metavar="FILE", help="draw the chart into a PNG file")
    timeline.set_defaults(run=run_timeline)

    sources = sub.add_parser("sources", help="outlets, who copies whom, and the wires credited")
    sources.set_defaults(run=run_sources)

    for parser in (stories, story, groups, timeline, sources):
        add_db(parser)
        add_json(parser)


def _open(args: argparse.Namespace) -> Store:
    return Store(db_path(args.db), readonly=True)


def run_stories(args: argparse.Namespace) -> int:
    with _open(args) as store:
        found = q.stories(store.conn, query=args.query, limit=args.limit, offset=args.offset)
    if args.json:
        emit_json(found)
    else:
        table(
            ("story", "articles", "from", "to", "outlets", "headline"),
            [
                (
                    s["id"],
                    s["articles"],
                    s["start"],
                    s["end"],
                    ", ".join(s["outlets"]),
                    s["headline"],
                )
                for s in found
            ],
        )
    return 0


def run_story(args: argparse.Namespace) -> int:
    with _open(args) as store:
        found = q.story(store.conn, args.id)
    if found is None:
        raise UsageError(f"no story with id {args.id!r}", "E305")
    if args.json:
        emit_json([found])
        return 0
    print(
        f"{found['headline']}\n{found['start']} … {found['end']}  ({', '.join(found['outlets'])})"
    )
    print("\narticles:")
    table(
        ("id", "published", "outlet", "origin", "title"),
        [
            (a["id"], a["published"], a["outlet"], a["origin"], a["title"])
            for a in found["article_list"]
        ],
    )
    print("\nfigures:")
    _groups_table(found["groups"])
    for d in found["denials"]:
        print(f"denial  {', '.join(d['by'])} ({d['kind']}): {d['text']}")
    return 0


def _groups_table(groups: list[dict[str, Any]]) -> None:
    table(
        ("group", "about", "counts", "latest", "values", "claimants", "origins", "denials"),
        [
            (
                g["id"],
                g["about"],
                g["counts"],
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
        found = q.groups(store.conn, query=args.query, story=args.story, limit=args.limit)
    if args.json:
        emit_json(found)
    else:
        _groups_table(found)
    return 0


def run_timeline(args: argparse.Namespace) -> int:
    with _open(args) as store:
        one = q.group(store.conn, args.target)
        found = [one] if one else q.groups(store.conn, query=args.target, limit=1)
    if not found:
        raise UsageError(f"no claim group matches {args.target!r}", "E306")
    group = found[0]
    if args.png:
        from telusur.plot import timeline_png

        timeline_png(group, args.png)
    if args.json:
        emit_json([group])
        return 0
    print(
        f"{group['about']} — {group['counts']} ({group['unit']}); claimants: "
        f"{', '.join(group['claimants'])}; independent origin groups: {group['origin_groups']}"
    )
    table(
        ("reported", "figure", "qualifier", "status", "sources", "channel", "article", "copies"),
        [
            (
                p["reported"],
                figure_of(p),
                p["qualifier"],
                p["status"],
                ", ".join(p["sources"]),
                p["channel"],
                p["article"],
                len(p["copies"]),
            )
            for p in group["points"]
        ],
    )
    for change in group["changes"]:
        print(f"  {change}")
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
