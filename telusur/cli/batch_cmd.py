"""`telusur batch`: analyse large inputs in parallel into Parquet tables, then maybe the store."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tqdm import tqdm

from telusur.cli.common import DEFAULT_MAX_BYTES
from telusur.cli.output import emit_json, say
from telusur.errors import UsageError
from telusur.records import ReadError


def register(sub: Any) -> None:
    p = sub.add_parser("batch", help="analyse large inputs in parallel into Parquet tables")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file or directory")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the Parquet tables")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler")
    where.add_argument("--workers", type=int, metavar="N", help="local worker processes")
    p.add_argument("--db", metavar="FILE", help="also load the tables into this SQLite store")
    p.add_argument(
        "--split-bytes",
        type=int,
        default=None,
        metavar="N",
        help="bytes of JSONL or WARC per partition (default: 8 MiB)",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="refuse files (or lines, records) larger than N bytes",
    )
    p.add_argument(
        "--retries",
        type=int,
        default=2,
        metavar="N",
        help="times a failed partition is retried before it is reported",
    )
    p.add_argument(
        "--no-link", action="store_true", help="skip the linking step (groups and stories)"
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from telusur.batch import load, run_batch  # pyarrow and dask load only when used
    from telusur.batch.splits import SPLIT_BYTES

    if "-" in args.inputs:
        raise UsageError("telusur batch reads files and directories, not stdin", "E310")
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1", "E310")
    with _progress("partitions") as bar:
        summary = run_batch(
            args.inputs,
            args.out,
            scheduler=args.scheduler,
            workers=args.workers,
            split_bytes=args.split_bytes or SPLIT_BYTES,
            max_bytes=args.max_bytes,
            retries=args.retries,
            on_partition=lambda: bar.update(1),
        )
    report: dict[str, Any] = {"out": args.out, **summary.as_dict()}
    for failed in summary.failed:
        say(f"telusur: partition {failed['split']} failed: {failed['error']}")
    if not args.no_link:
        from telusur.batch.link import link_tables

        report["linked"] = link_tables(args.out)
    if args.db:
        with _progress("articles") as bar:
            stored = load(args.out, args.db, on_error=_skipped, on_item=lambda: bar.update(1))
        report["store"] = {k: v for k, v in stored.as_dict().items() if k != "errors"}
    _print(report, args.json)
    return 1 if summary.failed else 0


def _skipped(error: ReadError) -> None:
    say(f"telusur: skipped {error}")


def _progress(unit: str) -> tqdm:
    return tqdm(unit=f" {unit}", file=sys.stderr, disable=None, leave=False)


def _print(report: dict[str, Any], as_json: bool) -> None:
    if as_json:
        emit_json([report])
        return
    rows = report["rows"]
    say(
        f"partitions {report['partitions']}: written {report['written']}, "
        f"skipped (complete) {report['skipped']}, failed {len(report['failed'])}; "
        f"articles {rows.get('articles', 0)}, claims {rows.get('claims', 0)}, "
        f"failures {rows.get('failures', 0)} → {report['out']}"
    )
    if "store" in report:
        s = report["store"]
        say(
            f"store: ingested {s['ingested']}, updated {s['updated']}, "
            f"unchanged {s['unchanged']}, failed {s['failed']}"
        )
