"""Limits on what one input may cost, and the guard that enforces them around every reader.

A hostile input (a gzip bomb, a million empty records, a line nested a thousand deep) must cost
bounded time and memory and end in coded errors, never a traceback: the run goes on with the next
input, and every good item read before the limit is kept. Defaults are documented in
docs/errors.md and were chosen far above any real news input.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from telusur.errors import E_DEPTH, E_INPUT_LIMIT, E_ITEMS, E_UNREAD_FAILURES, InputError
from telusur.records import RawItem, ReadError

MAX_BYTES = 50_000_000  # per file, line, row or record
MAX_INPUT_BYTES = 20_000_000_000  # decompressed bytes per input
MAX_RATIO = 100  # decompressed bytes per compressed byte, checked past RATIO_GRACE
RATIO_GRACE = 65_536
MAX_ITEMS = 5_000_000  # items and errors per input
MAX_FAILURES = 1000  # failures recorded per input; the rest are counted only
MAX_DEPTH = 64  # JSON nesting
MAX_ATTRIBUTES = 1000  # attributes on one HTML element

Item = RawItem | ReadError


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = MAX_BYTES
    max_input_bytes: int = MAX_INPUT_BYTES
    max_ratio: int = MAX_RATIO
    max_items: int = MAX_ITEMS
    max_failures: int = MAX_FAILURES
    max_depth: int = MAX_DEPTH
    max_attributes: int = MAX_ATTRIBUTES


def guarded(items: Iterator[Item], origin: str, limits: Limits) -> Iterator[Item]:
    """Items of one input, with its item and failure limits kept and any crash made an error.

    A reader that raises ends its input with one coded error; what it yielded before is kept.
    """
    count = failures = 0
    try:
        for item in items:
            count += 1
            if count > limits.max_items:
                yield ReadError(
                    origin,
                    f"input holds over {limits.max_items:,} items; the rest is not read",
                    E_ITEMS,
                )
                return
            if isinstance(item, ReadError):
                failures += 1
                item.recorded = failures <= limits.max_failures
                yield item
            else:
                yield scrubbed(item)
    except InputError as exc:
        failures += 1
        yield ReadError(origin, exc.args[0], exc.code)
    except Exception as exc:  # one hostile input never stops the run
        failures += 1
        yield ReadError(origin, f"reading failed: {type(exc).__name__}: {one_line(exc)}")
    finally:
        close = getattr(items, "close", None)
        if close:
            close()
    if failures > limits.max_failures:
        hidden = failures - limits.max_failures
        yield ReadError(
            origin,
            f"{hidden:,} more failures in this input were counted but not recorded",
            E_UNREAD_FAILURES,
        )


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_string(value: str) -> str:
    """Lone surrogates (from JSON escapes such as ``\\udc80``) become U+FFFD; the length stays."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)
    return value


def scrubbed(item: RawItem) -> RawItem:
    """An item whose every string can be stored and printed as UTF-8."""
    for name in ("text", "origin", "id", "title", "url", "published", "outlet", "stem"):
        value = getattr(item, name)
        if isinstance(value, str):
            setattr(item, name, clean_string(value))
    return item


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def json_depth_error(text: str, limit: int) -> str | None:
    """Why a JSON text nests too deep for the limit, or None; cheap unless it has many brackets."""
    if text.count("[") + text.count("{") <= limit:
        return None
    depth = 0
    for match in _BRACKETS.finditer(text):
        mark = match.group()
        if mark in "[{":
            depth += 1
            if depth > limit:
                return f"JSON nested deeper than {limit} levels (max_depth)"
        elif mark in "]}":
            depth -= 1
    return None


def depth_error(where: str, reason: str) -> ReadError:
    return ReadError(where, reason, E_DEPTH)


class Counted(io.RawIOBase):
    """A compressed stream that counts the bytes taken from it."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self._raw.read(len(buffer))
        size = len(chunk)
        buffer[:size] = chunk
        self.count += size
        return size


class Bounded(io.RawIOBase):
    """A decompressed stream that stops with a coded error past the input's byte or ratio limit.

    ``compressed`` counts the bytes read from the file itself, so nested gzip layers are bounded
    against what is really on disk.
    """

    def __init__(
        self, inner: io.BufferedIOBase, compressed: Counted | None, limits: Limits
    ) -> None:
        self._inner = inner
        self._compressed = compressed
        self._limits = limits
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self._inner.read(len(buffer))
        size = len(chunk)
        buffer[:size] = chunk
        self.count += size
        self._check()
        return size

    def _check(self) -> None:
        limits = self._limits
        if self.count > limits.max_input_bytes:
            raise InputError(
                f"input is over {limits.max_input_bytes:,} bytes once decompressed "
                "(max_input_bytes); reading stopped",
                E_INPUT_LIMIT,
            )
        packed = self._compressed.count if self._compressed else 0
        if packed and self.count > RATIO_GRACE and self.count > limits.max_ratio * packed:
            raise InputError(
                f"input decompresses over {limits.max_ratio} times its size (a compression "
                "bomb?); reading stopped",
                E_INPUT_LIMIT,
            )
