"""Clock times attached to their day ("Rabu, 18 September 2019 sekitar pukul 05.00",
"pukul 10.00 WIB, Senin (21/10)", "at 9am on Friday").

A clock time says when on a day something happened; alone it dates nothing. It is given the
interval of the day named next to it in the same sentence (just before it, else just after it),
with granularity ``clock``, and is left out when no day is named there. Vocabulary: the
``[clock]`` table of ``lang/<lang>/time.toml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from telusur.lang import load
from telusur.records import TimeRef

__all__ = ["CLOCK", "find_clocks"]

CLOCK = "clock"
_BEFORE, _AFTER = 80, 40  # how far the day may be named before or after the clock time
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]|\n")


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A clock time: a lead word and HH.MM ("pukul 05.00"), or HH.MM or HH with a zone or
    am/pm after it ("10:30 GMT", "9am")."""
    table = load(lang, "time").get("clock", {})
    leads, zones = table.get("before", []), table.get("after", [])
    if not leads and not zones:
        return None
    lead = "|".join(re.escape(w) for w in leads) or "(?!)"
    zone = "|".join(re.escape(w) for w in sorted(zones, key=len, reverse=True)) or "(?!)"
    hour = r"(?:[01]?\d|2[0-3])"
    led = rf"(?:{lead})\s+{hour}[.:][0-5]\d(?:\s*(?:{zone}))?"
    zoned = rf"{hour}(?:[.:][0-5]\d)?\s*(?:{zone})"
    return re.compile(rf"(?<![\w.,:/])(?:{led}|{zoned})(?![\w])", re.IGNORECASE)


def find_clocks(text: str, lang: str, times: list[TimeRef]) -> list[TimeRef]:
    """Each clock time next to a day of ``times`` in its sentence, dated to that day."""
    pattern = _pattern(lang)
    if pattern is None:
        return []
    days = [t for t in times if t.start and t.start == t.end and t.granularity == "day"]
    found = []
    for hit in pattern.finditer(text):
        day = _day_of(text, hit.start(), hit.end(), days)
        if day is not None:
            span = (hit.start(), hit.end())
            found.append(replace(day, span=span, text=hit.group(), granularity=CLOCK))
    return found


def _day_of(text: str, start: int, end: int, days: list[TimeRef]) -> TimeRef | None:
    before = [t for t in days if start - _BEFORE <= t.span[1] <= start]
    if before and not _SENTENCE_END.search(text, before[-1].span[1], start + 1):
        return before[-1]
    after = [t for t in days if end <= t.span[0] <= end + _AFTER]
    if after and not _SENTENCE_END.search(text, end, after[0].span[0] + 1):
        return after[0]
    return None
