"""Entry point of the ``telusur`` command: one sub-command per module, one error handler."""

from __future__ import annotations

import argparse
import logging
import sys

from telusur import __version__
from telusur.cli import (
    analyze_cmd,
    batch_cmd,
    claims_cmd,
    export_cmd,
    ingest_cmd,
    read_cmd,
    serve_cmd,
    stories_cmd,
)
from telusur.errors import TelusurError

COMMANDS = (
    ingest_cmd,
    read_cmd,
    analyze_cmd,
    claims_cmd,
    stories_cmd,
    serve_cmd,
    batch_cmd,
    export_cmd,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="telusur",
        description="Trace every figure in the news back to who said it.",
    )
    parser.add_argument("--version", action="version", version=f"telusur {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    # trafilatura logs its own parse failures; ours already name the file and the reason
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except TelusurError as exc:
        print(f"telusur: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("telusur: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
