"""Plain text: the whole file is one article.

The title is left to cleaning's heuristics (``titled=False``); the id is the file stem.
"""

from __future__ import annotations

from collections.abc import Iterator

from telusur.errors import E_EMPTY
from telusur.readers.decode import decode
from telusur.readers.ids import content_id
from telusur.records import RawItem, ReadError


def read_text(
    data: bytes, origin: str, *, stem: str | None = None
) -> Iterator[RawItem | ReadError]:
    text = decode(data, origin)
    if isinstance(text, ReadError):
        yield text
    elif not text.strip():
        yield ReadError(origin, "file has no text (only whitespace)", E_EMPTY)
    else:
        yield RawItem(
            text=text,
            origin=origin,
            format="txt",
            id=stem or content_id(None, text),
            stem=stem,
            titled=False,
        )
