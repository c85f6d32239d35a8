"""Plan the input as splits: pieces one task can read on its own, in constant memory.

* JSON Lines files larger than the split size are cut into byte ranges. A streaming pre-scan
  counts newlines chunk by chunk (memory stays at one chunk) and ends each range at a line start,
  so every range holds whole lines and knows the number of its first line: items are named
  ``path:line`` exactly as a whole-file read names them.
* WARC files larger than the split size are cut by record offsets found in a streaming pre-scan
  (warcio skips record bodies without loading them). A ``.warc.gz`` is only cut where a gzip
  member starts, as in the usual one-member-per-record archives; otherwise it is read whole.
* Every other file (text, HTML, feeds, CSV, small JSONL or WARC) is read whole, several small
  files to a split, through the same readers ``telusur ingest`` uses.

Splits come out in the order ``read_paths`` reads the input, so storing their results in order
gives the store the same rows as ``telusur ingest``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

import xxhash
from warcio.archiveiterator import ArchiveIterator

from telusur.readers.detect import extension_format

SPLIT_BYTES = 8 << 20  # bytes of JSONL or WARC per split
FILES_PER_SPLIT = 64  # small files grouped into one split
_CHUNK = 1 << 20
_GZIP = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class Split:
    """A piece of input: ``files`` read whole, or one byte range [start, end) of ``path``."""

    kind: str  # files | jsonl | warc
    paths: tuple[str, ...]
    start: int = 0
    end: int = 0
    first_line: int = 1  # jsonl: number of the range's first line
    stamp: str = ""  # sizes and mtimes of the inputs, so a changed input is read again

    @property
    def key(self) -> str:
        """Stable name of the split's partition: same input, same key."""
        parts = (self.kind, *self.paths, str(self.start), str(self.end), self.stamp)
        return xxhash.xxh64_hexdigest("\x1f".join(parts).encode("utf-8", "surrogatepass"))

    def describe(self) -> str:
        if self.kind == "files":
            more = f" (+{len(self.paths) - 1} files)" if len(self.paths) > 1 else ""
            return f"{self.paths[0]}{more}"
        return f"{self.paths[0]}[{self.start}:{self.end}]"


def plan(
    inputs: Iterable[str],
    *,
    split_bytes: int = SPLIT_BYTES,
    files_per_split: int = FILES_PER_SPLIT,
) -> list[Split]:
    """Splits of files and directories (walked like ``read_paths``: sorted, hidden skipped)."""
    splits: list[Split] = []
    small: list[str] = []
    for path in _files(inputs):
        big = _big_kind(path, split_bytes)
        if big is None:
            small.append(path)
            if len(small) >= files_per_split:
                splits.append(_files_split(small))
                small = []
            continue
        if small:
            splits.append(_files_split(small))
            small = []
        cut = jsonl_ranges if big == "jsonl" else warc_ranges
        splits.extend(cut(path, split_bytes))
    if small:
        splits.append(_files_split(small))
    return splits


def _files(inputs: Iterable[str]) -> Iterator[str]:
    """Files in input order; a missing path is passed on so the reader reports it."""
    for path in inputs:
        if not os.path.isdir(path):
            yield path
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(n for n in subfolders if not n.startswith("."))
            for name in sorted(names):
                if not name.startswith(".") and extension_format(name):
                    yield os.path.join(folder, name)


def _big_kind(path: str, split_bytes: int) -> str | None:
    try:
        size = os.path.getsize(path)
    except OSError:
        return None
    if size <= split_bytes:
        return None
    name = path.lower()
    plain = not _starts_with(path, (_GZIP, b"\xff\xfe", b"\xfe\xff"))  # not gzip, not UTF-16
    if name.endswith((".jsonl", ".ndjson")) and plain:
        return "jsonl"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    return None


def _starts_with(path: str, heads: tuple[bytes, ...]) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4).startswith(heads)


def stamp(paths: Iterable[str]) -> str:
    out = []
    for path in paths:
        try:
            st = os.stat(path)
            out.append(f"{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            out.append("-")
    return ",".join(out)


def _files_split(paths: list[str]) -> Split:
    return Split("files", tuple(paths), stamp=stamp(paths))


def jsonl_ranges(path: str, split_bytes: int) -> list[Split]:
    """Byte ranges of about ``split_bytes``, each starting at a line start, with line numbers."""
    splits = []
    mark = stamp([path])
    start, first_line = 0, 1  # of the range being grown
    base, lines = 0, 0  # file offset of the chunk; newlines before it
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            at = 0  # position in the chunk up to which newlines are counted into ``lines``
            while (cut := chunk.find(b"\n", max(start + split_bytes - 1 - base, at))) >= 0:
                lines += chunk.count(b"\n", at, cut + 1)
                at = cut + 1
                splits.append(Split("jsonl", (path,), start, base + at, first_line, mark))
                start, first_line = base + at, lines + 1
            lines += chunk.count(b"\n", at)
            base += len(chunk)
    if base > start:
        splits.append(Split("jsonl", (path,), start, base, first_line, mark))
    return splits


def warc_ranges(path: str, split_bytes: int) -> list[Split]:
    """Record-aligned ranges found by a streaming pre-scan; the whole file when it cannot be cut."""
    mark = stamp([path])
    cuts = [0]
    with open(path, "rb") as fh:
        try:
            records = ArchiveIterator(fh)
            for _ in records:
                offset = records.get_record_offset()
                if offset - cuts[-1] >= split_bytes and _member_start(path, offset):
                    cuts.append(offset)
        except Exception:  # a damaged archive is read whole, so its reader reports the damage
            cuts = [0]
        size = os.fstat(fh.fileno()).st_size
    if len(cuts) == 1:
        return [Split("files", (path,), stamp=mark)]
    bounds = [*cuts, size]
    return [Split("warc", (path,), a, b, 1, mark) for a, b in pairwise(bounds)]


def _member_start(path: str, offset: int) -> bool:
    """A record that can be read on its own: plain WARC, or the start of a gzip member."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        head = fh.read(5)
    return head.startswith((b"WARC/", _GZIP))
