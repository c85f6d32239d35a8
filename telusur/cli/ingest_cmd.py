"""`telusur ingest` and `telusur watch`: bring articles into the store."""

from __future__ import annotations

import argparse
import time
from contextlib import closing
from typing import Any

from telusur.cli.common import add_db, add_json, add_reading, add_window, csv_map, window
from telusur.cli.output import emit_json, say
from telusur.cli.progress import bar
from telusur.errors import UsageError
from telusur.ingest import (
    DEFAULT_BATCH,
    Summary,
    default_workers,
    prepared,
    store_all,
    workers_for,
)
from telusur.readers import read_paths
from telusur.records import RawItem, ReadError
from telusur.store import Store, db_path, learned

INTERRUPTED = 130  # the shell's code for a run stopped by Ctrl-C


def register(sub: Any) -> None:
    ingest = sub.add_parser("ingest", help="read articles into the store")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="file, directory or - (stdin)")
    add_db(ingest)
    add_reading(ingest)
    add_window(ingest)
    add_json(ingest)
    ingest.add_argument("--batch-size", type=int, default=DEFAULT_BATCH, metavar="N")
    add_workers(ingest)
    ingest.set_defaults(run=run_ingest)

    watch = sub.add_parser("watch", help="poll RSS/Atom feeds and ingest new items")
    watch.add_argument("urls", nargs="+", metavar="URL")
    watch.add_argument("--every", default="10m", help="poll interval, e.g. 30s, 10m, 1h")
    add_db(watch)
    add_workers(watch)
    watch.set_defaults(run=run_watch)


def add_workers(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="processes analysing articles (default: one per core); the output is the same",
    )


def workers(args: argparse.Namespace) -> int:
    n = default_workers() if args.workers is None else args.workers
    if n < 1:
        raise UsageError(f"--workers {n}: expected at least 1", "E310")
    return n


def run_ingest(args: argparse.Namespace) -> int:
    items = read_paths(args.paths, max_bytes=args.max_bytes, csv_map=csv_map(args.csv_map))
    started = time.perf_counter()
    try:
        with (
            Store(db_path(args.db)) as store,
            bar(args.paths) as progress,
            workers_for(workers(args)) as pool,
        ):
            results = prepared(
                items,
                window(args.window),
                pool=pool,
                num_perm=store.hasher().num_perm,
                learned_lines=learned.snapshot(store.conn),
            )
            with closing(results):
                summary = store_all(
                    results,
                    store,
                    batch_size=args.batch_size,
                    on_error=_report_error,
                    on_item=lambda: progress.update(1),
                    pool=pool,
                )
    except KeyboardInterrupt:
        say("telusur: interrupted; every committed batch is kept, and the next run goes on")
        return INTERRUPTED
    _report(summary, time.perf_counter() - started, args.json)
    return 0 if summary.stored else 1


def _report_error(error: ReadError) -> None:
    say(f"telusur: skipped {error}")


def _report(summary: Summary, seconds: float, as_json: bool) -> None:
    if as_json:
        emit_json([{**summary.as_dict(), "seconds": round(seconds, 3)}])
        return
    rate = (summary.stored + summary.failed) / seconds if seconds > 0 else 0.0
    say(
        f"ingested {summary.new}, updated {summary.updated}, unchanged {summary.unchanged}, "
        f"failed {summary.failed}; boilerplate lines removed: {summary.boilerplate_lines}; "
        f"{seconds:.1f} s ({rate:.0f} articles/s)"
    )
    for note in summary.notes:
        say(f"telusur: stored with a note: {note}")
    for article_id in summary.updated_ids[:20]:
        say(f"  updated: {article_id}")
    if not summary.stored:
        say("telusur: nothing could be ingested")


def run_watch(args: argparse.Namespace) -> int:
    from telusur.watch import parse_every, watch

    path = db_path(args.db)

    with workers_for(workers(args)) as pool:

        def ingest_items(items: list[RawItem]) -> None:
            with Store(path) as store:
                results = prepared(
                    items,
                    pool=pool,
                    num_perm=store.hasher().num_perm,
                    learned_lines=learned.snapshot(store.conn),
                )
                with closing(results):
                    summary = store_all(results, store, on_error=_report_error, pool=pool)
            say(f"{len(items)} new feed items: ingested {summary.new}, updated {summary.updated}")

        watch(args.urls, parse_every(args.every), ingest_items)
    return 0
