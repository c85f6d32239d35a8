"""Tables for people, JSON Lines for machines."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO


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
