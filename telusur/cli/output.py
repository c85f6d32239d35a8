"""Tables for people, JSON Lines for machines."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO, TypeVar

T = TypeVar("T")


def emit_json(records: Iterable[dict[str, Any]], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def clip(value: object, width: int) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    widths: Sequence[int] | None = None,
    out: TextIO | None = None,
) -> None:
    """Fixed-width columns; the widest column absorbs what the terminal lacks."""
    out = out or sys.stdout
    body = [[clip(c, 200) for c in row] for row in rows]
    cols = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(headers)]
    if widths:
        cols = [min(c, w) for c, w in zip(cols, widths, strict=True)]
    budget = shutil.get_terminal_size((120, 20)).columns - 2 * (len(cols) - 1)
    while sum(cols) > budget and max(cols) > 12:
        cols[cols.index(max(cols))] -= 1
    _line(headers, cols, out)
    _line(["-" * c for c in cols], cols, out)
    for row in body:
        _line(row, cols, out)


def _line(cells: Sequence[str], cols: Sequence[int], out: TextIO) -> None:
    out.write("  ".join(clip(c, w).ljust(w) for c, w in zip(cells, cols, strict=True)).rstrip())
    out.write("\n")


def say(message: str) -> None:
    """Progress and summaries go to stderr so stdout stays machine-readable."""
    print(message, file=sys.stderr)


TABLE_ROWS = 100  # rows a table for people shows when no --limit is given
PAGE = 1000  # rows read at a time when every row is written


def every(fetch: Callable[[int, int], Sequence[T]], offset: int, limit: int | None) -> Iterator[T]:
    """Rows from ``offset``, a page at a time, until ``limit`` rows or the end: machine output
    is whole unless a limit is asked for."""
    left = limit
    while left is None or left > 0:
        size = PAGE if left is None else min(PAGE, left)
        page = fetch(size, offset)
        yield from page
        if len(page) < size:
            return
        offset += len(page)
        left = None if left is None else left - len(page)


def first(
    fetch: Callable[[int, int], Sequence[T]], offset: int, limit: int | None
) -> tuple[Sequence[T], str | None]:
    """The rows a table shows, and a note when more remain (so a table never ends silently)."""
    size = TABLE_ROWS if limit is None else limit
    page = fetch(size + 1, offset)
    if len(page) <= size:
        return page, None
    nxt = offset + size
    return page[:size], (
        f"showing rows {offset + 1}–{nxt}; more with --offset {nxt}, "
        f"or all of them with --json or a larger --limit"
    )


ALL = 2**62  # a limit no store reaches, still an SQLite integer once an offset is added


def listing(
    fetch: Callable[[int, int], Sequence[T]],
    args: Any,
    write_json: Callable[[Iterable[T]], None],
    write_table: Callable[[Sequence[T]], None],
    stream: Callable[[int, int], Iterable[T]] | None = None,
) -> int:
    """A list command's output: every row as JSON Lines, or a table that says when it is cut.
    ``stream(limit, offset)`` reads rows in one pass where paging would re-read the store."""
    if args.json:
        rows = (
            stream(ALL if args.limit is None else args.limit, args.offset)
            if stream
            else every(fetch, args.offset, args.limit)
        )
        write_json(rows)
        return 0
    shown, note = first(fetch, args.offset, args.limit)
    write_table(shown)
    if note:
        say(note)
    return 0


def add_paging(parser: Any) -> None:
    parser.add_argument(
        "--limit",
        type=_count,
        default=None,
        metavar="N",
        help=f"at most N rows (default: every row with --json, the first {TABLE_ROWS} in a table)",
    )
    parser.add_argument("--offset", type=_count, default=0, metavar="N", help="skip N rows")


def _count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}")
    return n
