"""`telusur articles`, `telusur article ID` and `telusur stats`: read the store."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from typing import Any

from telusur.cli.common import add_db, add_json
from telusur.cli.output import add_paging, emit_json, listing, table
from telusur.contract import article_full, article_summary
from telusur.errors import UsageError
from telusur.records import Article
from telusur.store import Store, db_path
from telusur.store.queries import links_of, origin_of


def register(sub: Any) -> None:
    articles = sub.add_parser("articles", help="list or search stored articles")
    articles.add_argument("query", nargs="?", help="full-text search over title and text")
    add_paging(articles)
    add_db(articles)
    add_json(articles)
    articles.set_defaults(run=run_articles)

    article = sub.add_parser("article", help="one article: cleaned text and removed boilerplate")
    article.add_argument("id")
    add_db(article)
    add_json(article)
    article.set_defaults(run=run_article)

    stats = sub.add_parser("stats", help="what the store holds")
    add_db(stats)
    add_json(stats)
    stats.set_defaults(run=run_stats)


def run_articles(args: argparse.Namespace) -> int:
    with Store(db_path(args.db), readonly=True) as store:

        def fetch(limit: int, offset: int) -> list[dict[str, Any]]:
            found = store.articles(args.query, limit=limit, offset=offset)
            links = links_of(store.conn, [a.id for a in found])
            none = {"story": None, "origin": None}
            return [{**article_summary(a), **links.get(a.id, none), "_a": a} for a in found]

        return listing(fetch, args, _articles_json, _articles_table)


def _articles_json(rows: Iterable[dict[str, Any]]) -> None:
    emit_json({k: v for k, v in r.items() if k != "_a"} for r in rows)


def _articles_table(rows: Sequence[dict[str, Any]]) -> None:
    table(
        ("id", "outlet", "title", "published", "how", "lang", "dateline", "credit", "chars"),
        (_row(r["_a"]) for r in rows),
        widths=(24, 16, 60, 23, 8, 4, 12, 16, 6),
    )


def _row(a: Article) -> tuple[object, ...]:
    pub = a.published
    when = pub.start if pub.start == pub.end else f"{pub.start}..{pub.end}"
    return (
        a.id,
        a.outlet,
        a.title,
        when if pub.start else "",
        pub.how,
        a.language,
        a.dateline,
        a.credit,
        len(a.text),
    )


def run_article(args: argparse.Namespace) -> int:
    with Store(db_path(args.db), readonly=True) as store:
        article = store.article(args.id)
        if article is None:
            raise UsageError(f"no article with id {args.id!r} in {store.path}", "E302")
        analysis = store.analysis(args.id)
        origin = origin_of(store.conn, args.id)
    if args.json:
        emit_json([{**article_full(article), **analysis, "origin": origin}])
        return 0
    print(f"{article.id}  {article.outlet or '-'}  {article.published.start or 'date unknown'}")
    if article.title:
        print(article.title)
    print()
    print(article.text)
    if article.boilerplate:
        print("\n--- removed boilerplate ---")
        for line in article.boilerplate:
            print(f"  {line}")
    _print_origin(origin)
    return 0


def _print_origin(origin: dict[str, Any] | None) -> None:
    if not origin or not origin["links"]:
        return
    print(f"\n--- same origin as {', '.join(a for a in origin['articles'])} ---")
    for link in origin["links"]:
        print(
            f"  {link['other']}: {link['why']}, {link['share']:.0%} of this text and "
            f"{link['share_other']:.0%} of the other's in {len(link['sentences'])} shared sentences"
        )


def run_stats(args: argparse.Namespace) -> int:
    with Store(db_path(args.db), readonly=True) as store:
        stats = store.stats()
    if args.json:
        emit_json([stats])
    else:
        for key, value in stats.items():
            shown = json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value
            print(f"{key:28} {shown}")
    return 0
