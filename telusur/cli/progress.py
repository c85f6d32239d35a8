"""The ingest progress bar: articles/s, and the time left when the input's size can be told."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tqdm import tqdm

ONE_EACH = {".txt", ".text", ".html", ".htm", ".xhtml"}  # one article a file
LINE_EACH = {".jsonl", ".ndjson"}  # one article a line
ROW_EACH = {".csv", ".tsv"}  # one article a row after the header


def bar(paths: list[str]) -> tqdm:
    """A bar on stderr (hidden when stderr is no terminal), with a total when one can be told."""
    return tqdm(
        total=expected(paths),
        unit=" articles",
        file=sys.stderr,
        disable=None,
        leave=False,
        dynamic_ncols=True,
    )


def expected(paths: list[str]) -> int | None:
    """How many articles the inputs hold, counted cheaply; None when some input cannot be told
    (stdin, feeds, WARC, compressed files), so the bar shows no estimate rather than a wrong one."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        files = _files(Path(path))
        for f in files:
            n = _articles_in(f)
            if n is None:
                return None
            total += n
    return total


def _files(path: Path) -> list[Path]:
    if not path.is_dir():
        return [path]
    found = []
    for root, dirs, names in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root) / n for n in names if not n.startswith(".")]
    return found


def _articles_in(path: Path) -> int | None:
    suffix = path.suffix.lower()
    try:
        if suffix in ONE_EACH:
            return 1
        if suffix in LINE_EACH | ROW_EACH:
            lines = _lines(path)
            return max(lines - 1, 0) if suffix in ROW_EACH else lines
    except OSError:
        return 0  # the reader reports it
    return None


def _lines(path: Path) -> int:
    count, last = 0, b"\n"
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")
