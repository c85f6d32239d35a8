"""Stream an input line by line with a per-line size limit, keeping line numbers and byte offsets.

JSON Lines and CSV are read this way so that memory stays bounded by the longest line, not the
file, and so that an undecodable line is reported on its own and the rest go on.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from telusur.errors import E_BINARY, E_ENCODING, E_TOO_LARGE
from telusur.readers.decode import encoding_error

_SKIP_CHUNK = 1 << 20


@dataclass(slots=True)
class Line:
    number: int  # 1-based
    text: str  # with its line ending; empty when there is a problem
    problem: tuple[str, str] | None = None  # (code, reason)


def iter_lines(
    stream: BinaryIO, max_bytes: int, encoding: str | None, *, blank: bool = True
) -> Iterator[Line]:
    """Lines of a UTF-8 (optionally BOM) or UTF-16 (BOM) stream; ``blank=False`` skips empty
    lines cheaply (a stream of millions of them is a known way to waste a reader's time)."""
    if encoding == "utf-16":
        yield from _utf16_lines(stream, max_bytes)
    else:
        yield from _utf8_lines(stream, max_bytes, blank)


def _utf8_lines(stream: BinaryIO, max_bytes: int, blank: bool = True) -> Iterator[Line]:
    offset = 0
    number = 0
    while raw := stream.readline(max_bytes + 1):
        number += 1
        start = offset
        offset += len(raw)
        if not blank and raw in (b"\n", b"\r\n"):
            continue
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            offset += _skip_rest(stream)
            yield Line(number, "", (E_TOO_LARGE, f"line is over the {max_bytes:,}-byte limit"))
            continue
        if b"\x00" in raw:
            yield Line(number, "", (E_BINARY, "binary content (a NUL byte) in the line"))
            continue
        bom = 3 if number == 1 and raw.startswith(b"\xef\xbb\xbf") else 0
        try:
            yield Line(number, raw[bom:].decode("utf-8"))
        except UnicodeDecodeError as exc:
            error = encoding_error("", exc, "utf-8", start + bom)
            yield Line(number, "", (E_ENCODING, error.reason))


def _skip_rest(stream: BinaryIO) -> int:
    skipped = 0
    while chunk := stream.readline(_SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _utf16_lines(stream: BinaryIO, max_bytes: int) -> Iterator[Line]:
    text = io.TextIOWrapper(stream, encoding="utf-16", newline="")
    number = 0
    try:
        while line := text.readline(max_bytes + 1):
            number += 1
            if len(line) > max_bytes and not line.endswith("\n"):
                yield Line(number, "", (E_TOO_LARGE, f"line is over the {max_bytes:,}-byte limit"))
                while (rest := text.readline(_SKIP_CHUNK)) and not rest.endswith("\n"):
                    pass
                continue
            if "\x00" in line:
                yield Line(number, "", (E_BINARY, "binary content (a NUL byte) in the line"))
                continue
            yield Line(number, line)
    except UnicodeDecodeError:
        yield Line(
            number + 1, "", (E_ENCODING, "not valid UTF-16 text (convert the file to UTF-8)")
        )
    finally:
        text.detach()
