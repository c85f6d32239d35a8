"""`telusur analyze`: print each article's analysis without storing it."""

from __future__ import annotations

import argparse
from typing import Any

from telusur.cli.common import add_json, add_reading, add_window, csv_map, window
from telusur.cli.output import emit_json, say
from telusur.contract import analysis_json
from telusur.ingest import analysed
from telusur.readers import read_paths
from telusur.records import Analysis, ReadError


def register(sub: Any) -> None:
    analyze = sub.add_parser("analyze", help="analyse articles and print the result (no store)")
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="file, directory or - (stdin)")
    add_reading(analyze)
    add_window(analyze)
    add_json(analyze)
    analyze.set_defaults(run=run_analyze)


def run_analyze(args: argparse.Namespace) -> int:
    items = read_paths(args.paths, max_bytes=args.max_bytes, csv_map=csv_map(args.csv_map))
    good = bad = 0
    for result in analysed(items, window(args.window)):
        if isinstance(result, ReadError):
            bad += 1
            say(f"telusur: skipped {result}")
            continue
        good += 1
        if args.json:
            emit_json([analysis_json(result)])
        else:
            _print_human(result)
    if bad:
        say(f"analysed {good}, failed {bad}")
    return 0 if good else 1


def _print_human(result: Analysis) -> None:
    art = result.article
    pub = art.published
    print(f"== {art.id}  [{art.language}]  {art.outlet or '-'}  {art.title or '(no title)'}")
    print(f"   published: {pub.start}..{pub.end} ({pub.how})")
    for q in result.quantities:
        print(f"   figure  {q.text!r:32} {q.qualifier:9} {q.unit:7} counts={q.counts!r}")
    for t in result.times:
        when = f"{t.start}..{t.end}" if t.start or t.end else "-"
        print(f"   time    {t.text!r:32} {when} ({t.granularity})")
    for c in result.claims:
        src = ", ".join(c.sources) or "(article)"
        print(f"   claim   {c.value or (c.low, c.high)} {c.counts} about={c.about} by={src}")
    for d in result.denials:
        print(f"   denial  by={', '.join(d.by)} {d.kind}: {d.text!r}")
