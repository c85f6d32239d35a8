"""`telusur ingest` and `telusur watch`: bring articles into the store."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tqdm import tqdm

from telusur.cli.common import add_db, add_json, add_reading, add_window, csv_map, window
from telusur.cli.output import emit_json, say
from telusur.ingest import DEFAULT_BATCH, Summary, analysed, store_all
from telusur.readers import read_paths
from telusur.records import RawItem, ReadError
from telusur.store import Store, db_path


def register(sub: Any) -> None:
    ingest = sub.add_parser("ingest", help="read articles into the store")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="file, directory or - (stdin)")
    add_db(ingest)
    add_reading(ingest)
    add_window(ingest)
    add_json(ingest)
    ingest.add_argument("--batch-size", type=int, default=DEFAULT_BATCH, metavar="N")
    ingest.set_defaults(run=run_ingest)

    watch = sub.add_parser("watch", help="poll RSS/Atom feeds and ingest new items")
    watch.add_argument("urls", nargs="+", metavar="URL")
    watch.add_argument("--every", default="10m", help="poll interval, e.g. 30s, 10m, 1h")
    add_db(watch)
    watch.set_defaults(run=run_watch)


def run_ingest(args: argparse.Namespace) -> int:
    items = read_paths(args.paths, max_bytes=args.max_bytes, csv_map=csv_map(args.csv_map))
    with Store(db_path(args.db)) as store, _progress() as bar:
        summary = store_all(
            analysed(items, window(args.window)),
            store,
            batch_size=args.batch_size,
            on_error=_report_error,
            on_item=lambda: bar.update(1),
        )
    _report(summary, args.json)
    return 0 if summary.stored else 1


def _progress() -> tqdm:
    return tqdm(unit=" articles", file=sys.stderr, disable=None, leave=False)


def _report_error(error: ReadError) -> None:
    say(f"telusur: skipped {error}")


def _report(summary: Summary, as_json: bool) -> None:
    if as_json:
        emit_json([summary.as_dict()])
        return
    say(
        f"ingested {summary.new}, updated {summary.updated}, unchanged {summary.unchanged}, "
        f"failed {summary.failed}; boilerplate lines removed: {summary.boilerplate_lines}"
    )
    for article_id in summary.updated_ids[:20]:
        say(f"  updated: {article_id}")
    if not summary.stored:
        say("telusur: nothing could be ingested")


def run_watch(args: argparse.Namespace) -> int:
    from telusur.watch import parse_every, watch

    path = db_path(args.db)

    def ingest_items(items: list[RawItem]) -> None:
        with Store(path) as store:
            summary = store_all(analysed(items), store, on_error=_report_error)
        say(f"{len(items)} new feed items: ingested {summary.new}, updated {summary.updated}")

    watch(args.urls, parse_every(args.every), ingest_items)
    return 0
