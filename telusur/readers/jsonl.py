"""JSON Lines: one JSON object per line, streamed (the size limit applies per line).

Accepted fields (case-insensitive; the first present wins):

- ``id``
- ``title`` | ``headline``
- ``text`` | ``content`` | ``body`` (required; a list of strings is joined as paragraphs)
- ``url`` | ``link``
- ``published`` | ``date`` | ``datetime`` | ``pubDate``
- ``source`` | ``outlet`` | ``site``

Blank lines are skipped. A line that is not valid JSON, or not an object, or has no text, is
reported as ``file.jsonl:17`` and the following lines are still read. A ``.json`` file holding a
single array or object is read whole (within the size limit).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from telusur.errors import E_JSON, E_TOO_LARGE
from telusur.readers.decode import decode
from telusur.readers.fields import lowered, record_to_item
from telusur.readers.limits import MAX_DEPTH, depth_error, json_depth_error
from telusur.readers.lines import iter_lines
from telusur.records import RawItem, ReadError

FORMAT = "jsonl"


def read_jsonl(
    stream: BinaryIO,
    origin: str,
    *,
    max_bytes: int,
    encoding: str | None = None,
    max_depth: int = MAX_DEPTH,
) -> Iterator[RawItem | ReadError]:
    for line in iter_lines(stream, max_bytes, encoding, blank=False):
        where = f"{origin}:{line.number}"
        if line.problem:
            yield ReadError(where, line.problem[1], line.problem[0])
        elif line.text.strip():
            yield _parse_line(line.text, where, max_depth)


def read_json_document(
    stream: BinaryIO,
    origin: str,
    *,
    max_bytes: int,
    encoding: str | None = None,
    max_depth: int = MAX_DEPTH,
) -> Iterator[RawItem | ReadError]:
    """A ``.json`` file: a whole array or object, else JSON Lines."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield ReadError(origin, f"file is over the {max_bytes:,}-byte limit", E_TOO_LARGE)
        return
    lines = io.BytesIO(data)
    text = decode(data, origin)
    if isinstance(text, ReadError) or json_depth_error(text, max_depth):
        if _line_records(data):  # JSON Lines after all: each bad line fails alone
            yield from read_jsonl(
                lines, origin, max_bytes=max_bytes, encoding=encoding, max_depth=max_depth
            )
        else:
            yield text if isinstance(text, ReadError) else depth_error(origin, _too_deep(max_depth))
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl(
            lines, origin, max_bytes=max_bytes, encoding=encoding, max_depth=max_depth
        )
        return
    records = document if isinstance(document, list) else [document]
    for index, record in enumerate(records):
        yield _to_item(record, f"{origin}[{index}]")


def _line_records(data: bytes) -> bool:
    """Several lines that each open a JSON value: JSON Lines, not one pretty-printed document."""
    return sum(1 for line in data.split(b"\n", 100)[:100] if line[:1] in (b"{", b"[")) >= 2


def _too_deep(limit: int) -> str:
    return f"JSON nested deeper than {limit} levels (max_depth)"


def _parse_line(text: str, where: str, max_depth: int) -> RawItem | ReadError:
    deep = json_depth_error(text, max_depth)
    if deep:
        return depth_error(where, deep)
    try:
        record = json.loads(text)
    except RecursionError:
        return depth_error(where, "JSON nested too deep to read")
    except json.JSONDecodeError as exc:
        truncated = exc.msg.startswith("Unterminated") or exc.pos >= len(text.rstrip())
        what = "truncated JSON" if truncated else "invalid JSON"
        return ReadError(where, f"{what} at column {exc.colno}: {exc.msg}", E_JSON)
    return _to_item(record, where)


def _to_item(record: object, where: str) -> RawItem | ReadError:
    if not isinstance(record, dict):
        return ReadError(where, f"expected a JSON object, got {type(record).__name__}", E_JSON)
    return record_to_item(lowered(record), where, FORMAT)
