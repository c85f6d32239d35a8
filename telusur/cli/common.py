"""Options shared by several commands."""

from __future__ import annotations

import argparse
from datetime import date

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


def add_window(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--window",
        metavar="FROM..TO",
        help="dates the collection is known to span (e.g. 2024-10-01..2025-07-31); "
        "settles the year of publication dates inferred from the text",
    )


def window(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    start, _, end = value.partition("..")
    try:
        lo, hi = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:
        lo = hi = date.max
    if lo == date.max or lo > hi:
        raise UsageError(f"--window {value!r}: expected FROM..TO as ISO dates, FROM <= TO", "E304")
    return lo.isoformat(), hi.isoformat()


def csv_map(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        column, sep, name = pair.partition("=")
        if not sep or not column or not name:
            raise UsageError(f"--csv-map {pair!r}: expected COLUMN=FIELD", "E301")
        mapping[column] = name
    return mapping
