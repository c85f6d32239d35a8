"""Publication date from metadata only; inferring it from the text happens later in analysis.

Accepted: ISO dates and datetimes (with "T" or a space, any offset), RFC 822 dates from feeds,
and, as a fallback, anything dateparser reads. The calendar day is the one written in the value
(its own time zone), not converted to UTC: that is the day the outlet printed.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_tz

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
