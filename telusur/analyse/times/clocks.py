"""Clock times attached to their day ("Rabu, 18 September 2019 sekitar pukul 05.00",
"pukul 10.00 WIB, Senin (21/10)", "at 9am on Friday").

A clock time says when on a day something happened; alone it dates nothing. It is given the
interval of the day named next to it in the same sentence (just before it, else just after it),
else of the day the narrative last named within reach ("... hari Rabu. Operasi dilakukan sekitar
pukul 7.30 pagi"), with granularity ``clock``, and is left out when no day was named. Vocabulary:
the ``[clock]`` table of ``lang/<lang>/time.toml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from telusur.analyse.times.durations import uncovered
from telusur.analyse.times.resolve import SCENE_REACH
from telusur.analyse.times.words import (
    LEAD_MARKS,
    Keys,
    Twins,
    lowered_as,
    scanned,
    twins,
    word_keys,
    word_tree,
)
from telusur.lang import load
from telusur.records import TimeRef

__all__ = ["CLOCK", "find_clocks"]

CLOCK = "clock"
_BEFORE, _AFTER = 80, 40  # how far the day may be named before or after the clock time
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]|\n")


@cache
def _needed(lang: str) -> tuple[str, ...]:
    """The first word of every lead and zone: a clock time holds one of them, so a text with
    none is not scanned (most Indonesian articles)."""
    return tuple(sorted({w.lower().split()[0] for w in _words(lang) if w.split()}))


@cache
def _pattern(lang: str) -> Twins | None:
    """A clock time: a lead word and HH.MM ("pukul 05.00"), or HH.MM, HHMM or HH with a zone
    or am/pm after it ("10:30 GMT", "1700 GMT", "9am")."""
    body = _body(lang)
    return twins(LEAD_MARKS, rf"({body})(?!\w)") if body else None  # on " " + lowered text


@cache
def _candidates(lang: str) -> re.Pattern[str] | None:
    """The pattern led by a literal space, with no test after it: on plain text whose lead
    characters are spaces it matches wherever the pattern does (``words.led_matches``). None
    when a lead or zone word holds a lead character itself."""
    body = _body(lang)
    if not body or any(c in w for w in _words(lang) for c in LEAD_MARKS):
        return None
    return re.compile(rf" (?:{body})", re.ASCII)


@cache
def _keys(lang: str) -> Keys | None:
    """Where a clock time may match plain text (``word_keys``): a lead word or the hour."""
    leads = load(lang, "time").get("clock", {}).get("before", [])
    return word_keys([w.lower() for w in leads], digits=True)


def _words(lang: str) -> list[str]:
    table = load(lang, "time").get("clock", {})
    return [*table.get("before", []), *table.get("after", [])]


def _body(lang: str) -> str | None:
    table = load(lang, "time").get("clock", {})
    leads = {" ".join(w.lower().split()) for w in table.get("before", [])}
    zones = {" ".join(w.lower().split()) for w in table.get("after", [])}
    if not leads or not zones:
        return None
    parts = {" ".join(w.lower().split()) for w in table.get("parts_of_day", [])}
    hour = r"(?:[01]?\d|2[0-3])"
    part = rf"(?:\s+{word_tree(parts)})" if parts else ""
    led = rf"{word_tree(leads)}\s+{hour}[.:][0-5]\d(?:\s*{word_tree(zones)}|{part})?"
    military = r"(?:[01]\d|2[0-3])[0-5]\d"  # "1700 GMT"
    zoned = rf"(?:{military}|{hour}(?:[.:][0-5]\d)?)\s*{word_tree(zones)}"
    if not parts:
        return f"{led}|{zoned}"
    return rf"{led}|{word_tree(leads)}\s+{hour}{part}|{zoned}"  # "jam 2 siang"


def find_clocks(text: str, lang: str, times: list[TimeRef]) -> list[TimeRef]:
    """Each clock time next to a day of ``times`` in its sentence (and outside them), dated to
    that day."""
    patterns = _pattern(lang)
    if patterns is None:
        return []
    lowered = lowered_as(text)
    if not any(word in lowered for word in _needed(lang)):
        return []
    days = [t for t in times if t.start and t.start == t.end and t.granularity == "day"]
    found = []
    free = uncovered(times)
    for hit in scanned(patterns, _candidates(lang), lowered, _keys(lang)):
        start, end = hit.start(1) - 1, hit.end(1) - 1
        day = _day_of(text, start, end, days) if free((start, end)) else None
        if day is not None:
            found.append(replace(day, span=(start, end), text=text[start:end], granularity=CLOCK))
    return found


def _day_of(text: str, start: int, end: int, days: list[TimeRef]) -> TimeRef | None:
    before = [t for t in days if start - _BEFORE <= t.span[1] <= start]
    if before and not _SENTENCE_END.search(text, before[-1].span[1], start + 1):
        return before[-1]
    after = [t for t in days if end <= t.span[0] <= end + _AFTER]
    if after and not _SENTENCE_END.search(text, end, after[0].span[0] + 1):
        return after[0]
    earlier = [t for t in days if start - SCENE_REACH <= t.span[1] <= start]
    return earlier[-1] if earlier else None
