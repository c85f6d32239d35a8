"""WARC and WARC.gz web archives, streamed record by record with warcio.

Only ``response`` records with HTTP status 200 and an HTML content type are read; the rest are
skipped silently. Memory stays constant however large the archive: records are read one at a
time and a record over the size limit is skipped without being loaded. Items are named
``file.warc.gz#<record offset>`` and take their URL from ``WARC-Target-URI``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from telusur.errors import E_TOO_LARGE, E_WARC
from telusur.readers.html import read_html
from telusur.records import RawItem, ReadError

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# warcio logs what it repairs (a Target-URI with spaces) with the input's raw text; with no handler
# set, Python prints that to stderr, control characters and all. The record is still read.
_WARCIO_LOG = logging.getLogger("warcio")
_WARCIO_LOG.addHandler(logging.NullHandler())
_WARCIO_LOG.propagate = False


def read_warc(stream: BinaryIO, origin: str, *, max_bytes: int) -> Iterator[RawItem | ReadError]:
    records = ArchiveIterator(stream)
    records.INC_RECORD = ""  # warcio's multi-line warning; counted and reported below instead
    last = None
    try:
        for record in records:
            if not _wanted(record):
                continue
            data = _content(record, max_bytes)  # before the offset: asking for it skips the content
            last = records.get_record_offset()
            where = f"{origin}#{last}"
            if data is None:
                yield ReadError(where, f"record is over the {max_bytes:,}-byte limit", E_TOO_LARGE)
            elif _truncated(record):
                yield ReadError(
                    where, "record is truncated (shorter than its Content-Length)", E_WARC
                )
            else:
                yield from _to_items(record, data, where)
    except Exception as exc:  # warcio failing on one hostile record ends this archive only
        after = f" (after the record at offset {last})" if last is not None else ""
        reason = f"bad WARC record{after}, reading stopped: {_one_line(exc)}"
        yield ReadError(origin, reason, E_WARC)
    if records.err_count:
        reason = (
            f"{records.err_count} record(s) not followed by a blank line (wrong Content-Length?)"
        )
        yield ReadError(origin, reason, E_WARC)


def _wanted(record: Any) -> bool:
    http = record.http_headers
    if record.rec_type != "response" or http is None or http.get_statuscode() != "200":
        return False
    return _mime(http.get_header("Content-Type")) in _HTML_TYPES


def _content(record: Any, max_bytes: int) -> bytes | None:
    """The HTTP body, or None when it is over the limit (then it is never loaded)."""
    length = record.rec_headers.get_header("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        return None
    data: bytes = record.content_stream().read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _truncated(record: Any) -> bool:
    """The archive ended inside this record: its declared length was not all there."""
    return bool(getattr(record.raw_stream, "limit", 0))


def _to_items(record: Any, data: bytes, where: str) -> Iterator[RawItem | ReadError]:
    content_type = record.http_headers.get_header("Content-Type") or ""
    yield from read_html(
        data,
        where,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        charset=_charset(content_type),
        fmt="warc",
    )


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
