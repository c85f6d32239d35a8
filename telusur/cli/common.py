"""Options shared by several commands."""

from __future__ import annotations

import argparse

from telusur.errors import UsageError

DEFAULT_MAX_BYTES = 50_000_000


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="FILE", help="SQLite store (default: $TELUSUR_DB or ./telusur.db)"
    )


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="JSON Lines for machines")


def add_reading(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="refuse files (or streamed records) larger than N bytes (default: 50 MB)",
    )
    parser.add_argument(
        "--csv-map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a CSV column to a field (id, title, text, url, published, outlet)",
    )


def csv_map(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        column, sep, name = pair.partition("=")
        if not sep or not column or not name:
            raise UsageError(f"--csv-map {pair!r}: expected COLUMN=FIELD", "E301")
        mapping[column] = name
    return mapping
