"""`telusur claims`, `telusur entities` and `telusur entity NAME`."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from typing import Any

from telusur.cli.common import add_db, add_json
from telusur.cli.output import add_paging, emit_json, listing, table
from telusur.errors import UsageError
from telusur.link.groups import figure_of
from telusur.store import Store, db_path
from telusur.store import queries as q


def register(sub: Any) -> None:
    claims = sub.add_parser("claims", help="figures found, with who says them and when")
    claims.add_argument("query", nargs="?", help="full-text search over the claims' articles")
    claims.add_argument("--source", help="claimant (canonical name or alias)")
    claims.add_argument("--about", help="the actor the figure is about")
    claims.add_argument("--article", help="one article id")
    add_paging(claims)
    add_db(claims)
    add_json(claims)
    claims.set_defaults(run=run_claims)

    ents = sub.add_parser("entities", help="canonical entities with their aliases")
    add_paging(ents)
    add_db(ents)
    add_json(ents)
    ents.set_defaults(run=run_entities)

    ent = sub.add_parser("entity", help="one entity: aliases, claims it makes, claims about it")
    ent.add_argument("name")
    add_db(ent)
    add_json(ent)
    ent.set_defaults(run=run_entity)


def _claim_rows(found: Sequence[dict[str, Any]]) -> list[tuple[object, ...]]:
    return [
        (
            c["article"],
            c["reported"],
            figure_of(c),
            c["qualifier"],
            c["unit"],
            c["counts"],
            c["about"],
            ", ".join(c["sources"]) or "(article)",
            c["status"],
            "..".join(c["when"]) if c["when"] else "",
        )
        for c in found
    ]


CLAIM_HEADERS = (
    "article",
    "reported",
    "figure",
    "qualifier",
    "unit",
    "counts",
    "about",
    "sources",
    "status",
    "when",
)


def run_claims(args: argparse.Namespace) -> int:
    with Store(db_path(args.db), readonly=True) as store:

        def stream(limit: int, offset: int) -> Iterator[dict[str, Any]]:
            filt = q.ClaimFilter(
                query=args.query,
                source=args.source,
                about=args.about,
                article=args.article,
                limit=limit,
                offset=offset,
            )
            return q.each_claim(store.conn, filt)

        return listing(
            lambda limit, offset: list(stream(limit, offset)),
            args,
            emit_json,
            lambda rows: table(CLAIM_HEADERS, _claim_rows(rows)),
            stream,
        )


def run_entities(args: argparse.Namespace) -> int:
    with Store(db_path(args.db), readonly=True) as store:
        return listing(
            lambda limit, offset: q.entities(store.conn, limit=limit, offset=offset),
            args,
            emit_json,
            _entities_table,
        )


def _entities_table(found: Sequence[dict[str, Any]]) -> None:
    table(
        ("canonical", "type", "mentions", "articles", "aliases"),
        [
            (e["canonical"], e["type"], e["mentions"], e["articles"], ", ".join(e["aliases"]))
            for e in found
        ],
    )


def run_entity(args: argparse.Namespace) -> int:
    with Store(db_path(args.db), readonly=True) as store:
        found = q.entity(store.conn, args.name)
    if found is None:
        raise UsageError(f"no entity named {args.name!r}", "E303")
    if args.json:
        emit_json([found])
        return 0
    print(f"{found['canonical']} ({found['type']})")
    print(f"aliases: {', '.join(found['aliases'])}")
    for label, key in (("claims it makes", "claims_made"), ("claims about it", "claims_about")):
        print(f"\n{label}: {len(found[key])}")
        if found[key]:
            table(CLAIM_HEADERS, _claim_rows(found[key]))
    return 0
