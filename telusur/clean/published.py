"""Publication date from the page's metadata, else its URL; inferring it from the text happens
later in analysis.

Accepted: ISO dates and datetimes (with "T" or a space, any offset), RFC 822 dates from feeds,
and, as a fallback, anything dateparser reads. The calendar day is the one written in the value
(its own time zone), not converted to UTC: that is the day the outlet printed. A URL's day
("/2024/10/18/", CNN Indonesia's "/20241018141054-12-...") follows the outlet patterns in
``lang/common/url_dates.toml``; it is metadata too, kept with the URL as its evidence.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_tz
from functools import lru_cache
from urllib.parse import urlsplit

from telusur.lang import load
from telusur.records import Evidence, Published

_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s]\d)")
_COMPACT_DAY = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:$|T)")


def from_metadata(value: str | None, field: str | None) -> Published:
    """``Published(how="metadata")`` for a parseable value, else ``Published(how="unknown")``."""
    if not value or not value.strip():
        return Published()
    day = parse_day(value)
    if day is None:
        return Published()
    iso = day.isoformat()
    return Published(
        start=iso,
        end=iso,
        how="metadata",
        evidence=[Evidence(text=value, field=field or "published")],
    )


def from_page(value: str | None, field: str | None, url: str | None) -> Published:
    """``from_metadata``; when that finds no day, the day the URL carries, if any."""
    found = from_metadata(value, field)
    if found.how != "unknown" or not url:
        return found
    hit = url_day(url)
    if hit is None:
        return found
    day, written = hit
    iso = day.isoformat()
    return Published(
        start=iso, end=iso, how="metadata", evidence=[Evidence(text=written, field="url")]
    )


@lru_cache(maxsize=1)
def _url_patterns() -> tuple[re.Pattern[str], ...]:
    table = load("common", "url_dates")
    return tuple(re.compile(p, re.IGNORECASE) for p in table.get("patterns", []))


def url_day(url: str) -> tuple[date, str] | None:
    """The publication day a URL's path (or query) writes, with the words that write it."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    where = parts.path + ("?" + parts.query if parts.query else "")
    for pattern in _url_patterns():
        for m in pattern.finditer(where):
            day = _day(int(m["y"]), int(m["m"]), int(m["d"]))
            if day is not None:
                return day, m.group(0)
    return None


def parse_day(value: str) -> date | None:
    """The calendar day a metadata date names, or None."""
    for regex in (_ISO_DAY, _COMPACT_DAY):
        m = regex.match(value)
        if m:
            return _day(int(m[1]), int(m[2]), int(m[3]))
    parts = parsedate_tz(value)
    if parts is not None:
        return _day(parts[0], parts[1], parts[2])
    return _fallback(value)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _fallback(value: str) -> date | None:
    """dateparser for the rest ("21 Oktober 2024", "Oct 21, 2024"); imported only when needed."""
    if not any(c.isdigit() for c in value) or len(value) > 80:
        return None
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    found: datetime | None = dateparser.parse(value, languages=["id", "en"], settings=settings)
    return found.date() if found else None
