"""`telusur export`: claims (and articles) from the store in stable, documented shapes."""

from __future__ import annotations

import argparse
from typing import Any

from telusur.cli.common import add_db
from telusur.cli.output import say
from telusur.store import Store, db_path

FORMATS = ("jsonl", "csv", "parquet", "claimreview")  # as telusur.export.FORMATS


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="export claims as JSON Lines, CSV, Parquet or ClaimReview")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--story", metavar="ID", help="only the claims of one story")
    p.add_argument(
        "--out",
        metavar="PATH",
        help="a file for jsonl and claimreview (default: stdout); "
        "a folder for csv and parquet (default: ./export)",
    )
    add_db(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from telusur.export import export  # pyarrow loads only when used

    with Store(db_path(args.db), readonly=True) as store:
        report = export(store.conn, args.format, args.out, story=args.story)
    counts = ", ".join(f"{k} {v}" for k, v in report.items() if isinstance(v, int))
    say(f"exported {counts} as {report['format']} → {report['out']}")
    return 0
