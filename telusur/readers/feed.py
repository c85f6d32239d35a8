"""RSS and Atom feeds via feedparser: one RawItem per entry.

The entry's full content is preferred to its summary; markup becomes plain text with paragraph
breaks. The guid is the id. Malformed XML is tolerated when feedparser still recovers entries
(``bozo``); a feed with no entries is an error.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import feedparser

from telusur.errors import E_EMPTY, E_MARKUP
from telusur.readers.ids import content_id, given_id
from telusur.readers.markup import html_to_text, tidy
from telusur.records import RawItem, ReadError

_PLAIN = ("text/plain", "")


def read_feed(data: bytes, origin: str) -> Iterator[RawItem | ReadError]:
    try:
        parsed = feedparser.parse(
            io.BytesIO(data), resolve_relative_uris=False, sanitize_html=False
        )
    except Exception as exc:  # feedparser failing on one hostile feed must not stop the batch
        yield ReadError(origin, f"feed parsing failed: {type(exc).__name__}: {exc}", E_MARKUP)
        return
    if not parsed.entries:
        if parsed.bozo:
            reason = _one_line(parsed.get("bozo_exception"))
            yield ReadError(origin, f"malformed feed XML: {reason}", E_MARKUP)
        else:
            yield ReadError(origin, "feed has no entries", E_EMPTY)
        return
    fmt = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{origin}#{number}"
        try:
            yield _entry(entry, where, fmt, outlet)
        except Exception as exc:  # one hostile entry fails alone
            yield ReadError(where, f"feed entry unreadable: {type(exc).__name__}: {exc}", E_MARKUP)


def _entry(entry: Any, origin: str, fmt: str, outlet: str | None) -> RawItem | ReadError:
    text = _body(entry)
    if not text:
        return ReadError(origin, "feed entry has no content or summary", E_EMPTY)
    link = entry.get("link") or None
    published, stamp = _date(entry)
    return RawItem(
        text=text,
        origin=origin,
        format=fmt,
        id=given_id(entry.get("id")) or content_id(link, text),
        title=_as_text(entry.get("title_detail")) or tidy(entry.get("title", "")) or None,
        url=link,
        published=published,
        published_evidence=f"{fmt}:{stamp}" if stamp else None,
        outlet=outlet,
        titled=True,
    )


def _body(entry: Any) -> str:
    for detail in entry.get("content", []):
        text = _as_text(detail)
        if text:
            return text
    return _as_text(entry.get("summary_detail")) or tidy(entry.get("summary", ""))


def _as_text(detail: Any) -> str:
    if not detail or not detail.get("value"):
        return ""
    value = str(detail["value"])
    return tidy(value) if detail.get("type", "") in _PLAIN else html_to_text(value)


def _date(entry: Any) -> tuple[str | None, str | None]:
    for key in ("published", "updated", "created"):
        if entry.get(key):
            return str(entry[key]), key
    return None, None


def _one_line(exc: object) -> str:
    text = " ".join(str(exc or "unknown parse error").split())
    return text[:200]
