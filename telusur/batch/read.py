"""Read one split into RawItems and ReadErrors with the same readers and names as ingest."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from telusur.batch.splits import Split
from telusur.readers import MAX_BYTES, read_paths
from telusur.readers.jsonl import read_jsonl
from telusur.readers.warc import read_warc
from telusur.records import RawItem, ReadError

Item = RawItem | ReadError


class RangeReader(io.RawIOBase):
    """Bytes [start, end) of a file as a stream that starts at 0, read lazily."""

    def __init__(self, fh: BinaryIO, start: int, end: int) -> None:
        self._fh = fh
        self._left = end - start
        self._position = 0
        fh.seek(start)

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        size = min(len(buffer), self._left)
        if size <= 0:
            return 0
        chunk = self._fh.read(size)
        buffer[: len(chunk)] = chunk
        self._left -= len(chunk)
        self._position += len(chunk)
        return len(chunk)


def read_split(split: Split, *, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    if split.kind == "files":
        yield from read_paths(split.paths, max_bytes=max_bytes)
        return
    path = split.paths[0]
    with open(path, "rb") as fh:
        stream = io.BufferedReader(RangeReader(fh, split.start, split.end), 1 << 16)  # type: ignore[type-var]
        if split.kind == "jsonl":
            for item in read_jsonl(stream, path, max_bytes=max_bytes):
                item.origin = _shift(item.origin, path, ":", split.first_line - 1)
                yield item
        else:
            for item in read_warc(stream, path, max_bytes=max_bytes):
                item.origin = _shift(item.origin, path, "#", split.start)
                yield item


def _shift(origin: str, path: str, sep: str, by: int) -> str:
    """``path:7`` read from a range → the number the whole file gives (line or offset)."""
    rest = origin[len(path) :]
    if not by or not rest.startswith(sep):
        return origin
    number, tail = _digits(rest[1:])
    return f"{path}{sep}{number + by}{tail}" if number is not None else origin


def _digits(text: str) -> tuple[int | None, str]:
    end = 0
    while end < len(text) and text[end].isdigit():
        end += 1
    return (int(text[:end]), text[end:]) if end else (None, text)
