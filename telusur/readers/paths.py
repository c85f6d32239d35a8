"""Read files, directories and stdin into RawItems, reporting unreadable input as ReadErrors.

Nothing here raises for bad input: each problem becomes one ``ReadError`` naming the file (and line
or record) with a stable code, and reading goes on with the next item. Directories are walked
recursively in sorted order; hidden files and folders, and files whose extension is not a known
input format (e.g. ``README.md``), are skipped. A file named explicitly is always read.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import BinaryIO

from telusur.errors import E_BINARY, E_EMPTY, E_FORMAT, E_MISSING, E_TOO_LARGE, InputError
from telusur.readers.csvfile import check_csv_map, read_csv
from telusur.readers.decode import bom_encoding, looks_binary
from telusur.readers.detect import extension_format, sniff
from telusur.readers.feed import read_feed
from telusur.readers.html import read_html
from telusur.readers.jsonl import read_json_document, read_jsonl
from telusur.readers.limits import Bounded, Counted, Limits, guarded
from telusur.readers.text import read_text
from telusur.readers.warc import read_warc
from telusur.records import RawItem, ReadError

FORMATS = ("txt", "jsonl", "html", "feed", "warc", "csv")
_HEAD = 8192
_GZIP = b"\x1f\x8b"
_GZIP_LAYERS = 3  # a file gzipped twice is read; deeper nesting is refused
_LINE_FORMATS = ("jsonl", "csv")  # read line by line: a binary line is one bad line
_UNREADABLE = InputError.code

Item = RawItem | ReadError


@dataclass(frozen=True, slots=True)
class _Options:
    limits: Limits = field(default_factory=Limits)
    csv_map: Mapping[str, str] = field(default_factory=dict)

    @property
    def max_bytes(self) -> int:
        return self.limits.max_bytes


def _limits(max_bytes: int | None, limits: Limits | None) -> Limits:
    """``max_bytes``, when given, overrides the one in ``limits``."""
    limits = limits or Limits()
    return limits if max_bytes is None else replace(limits, max_bytes=max_bytes)


def read_paths(
    paths: Iterable[str],
    *,
    max_bytes: int | None = None,
    csv_map: dict[str, str] | None = None,
    limits: Limits | None = None,
) -> Iterator[Item]:
    """Every article in the given files, directories (recursive) or ``-`` (stdin)."""
    check_csv_map(csv_map)
    options = _Options(_limits(max_bytes, limits), dict(csv_map or {}))
    for path in paths:
        if path == "-":
            yield from read_stream(
                sys.stdin.buffer, "<stdin>", csv_map=csv_map, limits=options.limits
            )
        elif os.path.isdir(path):
            for file in _walk(path):
                if isinstance(file, ReadError):
                    yield file
                else:
                    yield from _read_file(file, options)
        elif os.path.exists(path):
            yield from _read_file(path, options)
        else:
            yield ReadError(path, "no such file or directory", E_MISSING)


def read_bytes(
    data: bytes,
    origin: str,
    *,
    name: str | None = None,
    fmt: str | None = None,
    charset: str | None = None,
    max_bytes: int | None = None,
    csv_map: dict[str, str] | None = None,
    limits: Limits | None = None,
) -> Iterator[Item]:
    """Articles in an in-memory input (an HTTP body, a pasted page); ``fmt`` skips detection."""
    return read_stream(
        io.BytesIO(data),
        origin,
        name=name,
        fmt=fmt,
        charset=charset,
        max_bytes=max_bytes,
        csv_map=csv_map,
        limits=limits,
    )


def read_stream(
    stream: BinaryIO,
    origin: str,
    *,
    name: str | None = None,
    fmt: str | None = None,
    charset: str | None = None,
    max_bytes: int | None = None,
    csv_map: Mapping[str, str] | None = None,
    limits: Limits | None = None,
) -> Iterator[Item]:
    """Articles in a binary stream; formats that can be streamed never load it whole."""
    if fmt is not None and fmt not in FORMATS:
        yield ReadError(origin, f"unknown format {fmt!r} (known: {', '.join(FORMATS)})", E_FORMAT)
        return
    options = _Options(_limits(max_bytes, limits), dict(csv_map or {}))
    items = _read_stream(stream, origin, name, fmt, charset, options)
    yield from guarded(items, origin, options.limits)


def _read_stream(
    stream: BinaryIO,
    origin: str,
    name: str | None,
    fmt: str | None,
    charset: str | None,
    options: _Options,
) -> Iterator[Item]:
    try:
        yield from _dispatch(stream, origin, name, fmt, charset, options)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield ReadError(origin, f"cannot read: {_reason(exc)}", _UNREADABLE)


def _dispatch(
    stream: BinaryIO,
    origin: str,
    name: str | None,
    fmt: str | None,
    charset: str | None,
    options: _Options,
    counted: Counted | None = None,
    layers: int = 0,
) -> Iterator[Item]:
    head, stream = _peek(stream)
    if not head:
        yield ReadError(origin, "file is empty", E_EMPTY)
        return
    if head.startswith(_GZIP) and not _gzipped_warc(head):
        if layers >= _GZIP_LAYERS:
            yield ReadError(origin, f"gzip nested over {_GZIP_LAYERS} layers deep", E_FORMAT)
            return
        counted = counted or Counted(stream)  # the bytes on disk, under every gzip layer
        source = stream if layers else counted
        unpacked = gzip.GzipFile(fileobj=source, mode="rb")
        inner: BinaryIO = io.BufferedReader(Bounded(unpacked, counted, options.limits))  # type: ignore[type-var]
        plain = name[:-3] if name and name.lower().endswith(".gz") else name
        yield from _dispatch(inner, origin, plain, fmt, charset, options, counted, layers + 1)
        return
    if head.startswith(_GZIP) or head.startswith(b"WARC/"):
        fmt = "warc"
    encoding = bom_encoding(head)
    text = head.decode(encoding or "utf-8", "ignore")
    if fmt != "warc" and encoding != "utf-16" and _binary(head, fmt or sniff(text, name)):
        yield ReadError(origin, "binary content (NUL or control bytes), not text", E_BINARY)
        return
    fmt = fmt or sniff(text, name)
    if fmt == "jsonl" and (text.lstrip().startswith("[") or _suffix(name) == ".json"):
        fmt = "json"
    yield from _read_format(stream, origin, name, fmt, encoding, charset, options)


def _read_format(
    stream: BinaryIO,
    origin: str,
    name: str | None,
    fmt: str,
    encoding: str | None,
    charset: str | None,
    options: _Options,
) -> Iterator[Item]:
    limit, depth = options.max_bytes, options.limits.max_depth
    if fmt == "warc":
        yield from read_warc(stream, origin, max_bytes=limit)
    elif fmt == "json":
        yield from read_json_document(
            stream, origin, max_bytes=limit, encoding=encoding, max_depth=depth
        )
    elif fmt == "jsonl":
        yield from read_jsonl(stream, origin, max_bytes=limit, encoding=encoding, max_depth=depth)
    elif fmt == "csv":
        tab = _suffix(name) == ".tsv"
        yield from read_csv(
            stream, origin, max_bytes=limit, csv_map=options.csv_map, encoding=encoding, tab=tab
        )
    else:
        data = stream.read(limit + 1)
        if len(data) > limit:
            yield ReadError(
                origin, f"file is over the {limit:,}-byte limit (max_bytes)", E_TOO_LARGE
            )
        else:
            yield from _read_whole(data, origin, name, fmt, charset, options.limits)


def _read_whole(
    data: bytes, origin: str, name: str | None, fmt: str, charset: str | None, limits: Limits
) -> Iterator[Item]:
    stem = _stem(name)
    if fmt == "feed":
        yield from read_feed(data, origin)
    elif fmt == "html":
        yield from read_html(
            data, origin, stem=stem, charset=charset, max_attributes=limits.max_attributes
        )
    else:
        yield from read_text(data, origin, stem=stem)


def _read_file(path: str, options: _Options) -> Iterator[Item]:
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is drained
    except OSError as exc:
        yield ReadError(path, f"cannot open: {_reason(exc)}", _UNREADABLE)
        return
    with stream:
        yield from read_stream(
            stream, path, name=path, csv_map=options.csv_map, limits=options.limits
        )


def _walk(root: str) -> Iterator[str | ReadError]:
    problems: list[OSError] = []
    for folder, subfolders, files in os.walk(root, onerror=problems.append):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and extension_format(name):
                yield os.path.join(folder, name)
        while problems:
            exc = problems.pop(0)
            yield ReadError(str(exc.filename or root), f"cannot list: {_reason(exc)}", _UNREADABLE)


def _peek(stream: BinaryIO) -> tuple[bytes, BinaryIO]:
    """The first bytes, and a stream that still starts at the beginning."""
    head = stream.read(_HEAD)
    if stream.seekable():
        stream.seek(0)
        return head, stream
    return head, io.BufferedReader(_Prefixed(head, stream))  # type: ignore[type-var]


class _Prefixed(io.RawIOBase):
    """A non-seekable stream with its already-read head put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self._position = 0

    def tell(self) -> int:
        """Bytes delivered so far (warcio asks, to name record offsets)."""
        return self._position

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
        else:
            chunk = self._rest.read(len(buffer))
            size = len(chunk)
            buffer[:size] = chunk
        self._position += size
        return size


def _binary(head: bytes, fmt: str) -> bool:
    """Formats read line by line skip a binary line on its own; the file is binary only when
    most of its first lines are."""
    if fmt not in _LINE_FORMATS:
        return looks_binary(head)
    lines = head.split(b"\n")
    clean = [line for line in lines if b"\x00" not in line]
    return len(clean) * 2 < len(lines) or looks_binary(b"\n".join(clean))


def _gzipped_warc(head: bytes) -> bool:
    try:
        start = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
    except zlib.error:
        return False
    return start.startswith(b"WARC/")


def _suffix(name: str | None) -> str:
    return PurePath(name).suffix.lower() if name else ""


def _stem(name: str | None) -> str | None:
    if not name:
        return None
    path = PurePath(name)
    if path.suffix.lower() == ".gz":
        path = PurePath(path.stem)
    return path.stem or None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return " ".join(str(exc).split())[:200] or type(exc).__name__
