"""Stable article ids.

An article keeps the id its source gives it (a JSON/CSV ``id``, a feed guid). Failing that, a file
holding exactly one article is named by its file stem. Otherwise the id is a hash of url and text,
so re-reading the same input always yields the same id.
"""

from __future__ import annotations

import xxhash


def content_id(url: str | None, text: str) -> str:
    return "h_" + xxhash.xxh64_hexdigest(f"{url or ''}\n{text}".encode("utf-8", "surrogatepass"))


def given_id(value: object) -> str | None:
    """A usable id from a source field: non-empty strings and integers."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
