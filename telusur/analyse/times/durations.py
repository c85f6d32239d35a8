"""Durations ("selama tiga hari", "24 jam", "for five years"): a length of time, not a date.

A duration has no interval (granularity ``duration``, anchor ``none``), so no timeline places
it, and the number inside it stays a figure for the claims ("divonis 5 tahun penjara"). What is
already a dated expression ("tiga hari lalu", "the past two weeks") is left to it. Vocabulary:
the ``[durations]`` table of ``lang/<lang>/time.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from telusur.analyse.times.words import (
    LEAD_MARKS,
    Keys,
    Twins,
    lowered_as,
    scanned,
    tokenize,
    twins,
    word_keys,
    word_tree,
)
from telusur.lang import load
from telusur.records import TimeRef

__all__ = ["DURATION", "find_durations", "uncovered"]

DURATION = "duration"
_BEFORE, _AFTER = 60, 30  # characters read before a count (three words) and after a unit (one)


@dataclass(frozen=True, slots=True)
class _Words:
    age_words: frozenset[str]  # within three words before the count: "berusia 12 dan 10 tahun"
    not_before: frozenset[str]  # right before the count: "pemuda 24 tahun", "pekan ke-3"
    not_after: frozenset[str]  # right after the unit: "45 years old", "tiga menit kemudian"
    patterns: Twins | None  # a count, then a unit word, in lower-cased text
    candidates: re.Pattern[str] | None  # where they may match, in plain text (``led_matches``)
    keys: Keys | None  # where they may match, in plain text (``word_keys``)


@cache
def _words(lang: str) -> _Words:
    table = load(lang, "time").get("durations", {})
    numbers, units = table.get("numbers", []), table.get("units", [])
    return _Words(
        frozenset(table.get("age_words", [])),
        frozenset(table.get("not_before", [])),
        frozenset(table.get("not_after", [])),
        _pattern(numbers, units),
        _candidates(numbers, units),
        word_keys([n.lower() for n in numbers], digits=True)
        if units
        else None,  # a count opens every match
    )


def _parts(numbers: list[str], units: list[str]) -> tuple[str, str]:
    spelled = word_tree({" ".join(n.lower().split()) for n in numbers})
    count = rf"\d+(?:[.,]\d+)?|{spelled}" if spelled else r"\d+(?:[.,]\d+)?"
    return count, word_tree({u.lower() for u in units})


def _pattern(numbers: list[str], units: list[str]) -> Twins | None:
    """Matched against " " + the lower-cased text: the lead character comes first."""
    if not units:
        return None
    count, unit = _parts(numbers, units)
    return twins(LEAD_MARKS, rf"({count})(?:\s+|-)({unit})(?![\w-])")  # "three-hour" too


def _candidates(numbers: list[str], units: list[str]) -> re.Pattern[str] | None:
    """The pattern with its lead and the dash after the count read as spaces, and no test
    after the unit: it matches wherever the pattern does, once lead characters are spaces.
    None when a word of the vocabulary holds a lead character itself."""
    if not units or any(c in w for w in [*numbers, *units] for c in LEAD_MARKS):
        return None
    count, unit = _parts(numbers, units)
    return re.compile(rf" (?:{count})\s+(?:{unit})", re.ASCII)


def find_durations(text: str, lang: str, times: list[TimeRef]) -> list[TimeRef]:
    """Every duration of ``text`` that no time expression in ``times`` already covers."""
    words = _words(lang)
    if words.patterns is None:
        return []
    lowered = lowered_as(text)
    free = uncovered(times)
    found: list[TimeRef] = []
    for hit in scanned(words.patterns, words.candidates, lowered, words.keys):
        span = (hit.start(1) - 1, hit.end(2) - 1)
        if free(span) and not _excluded(lowered, span, words):  # the cheap test first
            found.append(TimeRef(span, text[span[0] : span[1]], None, None, DURATION, "none"))
    return found


def _excluded(lowered: str, span: tuple[int, int], words: _Words) -> bool:
    """An age, an ordinal, or a time counted from an event rather than a length of time. A
    count of years in brackets ("Feby (33 tahun)") is an age in either language."""
    start, end = span
    before = [t[2] for t in tokenize(lowered, max(0, start - _BEFORE), start, lowered=True)[-3:]]
    following = tokenize(lowered, end, min(len(lowered), end + _AFTER), lowered=True)[:1]
    after = following[0][2] if following else ""
    if any(w in words.age_words for w in before) or after in words.not_after:
        return True
    if before and before[-1] in words.not_before:
        return True
    return bool(before) and before[-1] == "(" and after == ")"


def uncovered(times: list[TimeRef]) -> Callable[[tuple[int, int]], bool]:
    """Whether a span overlaps none of ``times`` (a bisection over their sorted spans)."""
    taken = sorted(t.span for t in times)
    starts, reach = [a for a, _ in taken], list(accumulate((b for _, b in taken), max))

    def free(span: tuple[int, int]) -> bool:
        k = bisect_left(starts, span[1])  # the spans starting before this one ends
        return k == 0 or reach[k - 1] <= span[0]

    return free
