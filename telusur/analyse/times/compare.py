"""Comparative anchors: "bulan sebelumnya", "periode yang sama tahun lalu", "the previous
quarter". A reader resolves them against the period the sentence compares ("Ekspor Agustus 2024
turun dari bulan sebelumnya" is July 2024), not against publication. The words are data
(``[comparative]`` in ``lang/<lang>/time.toml``).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from telusur.analyse.times.parse import RawTime
from telusur.analyse.times.resolve import Resolved, add_months, month_end
from telusur.lang import load

__all__ = ["compared"]

SAME_REACH = 30  # characters between "periode yang sama" and its "tahun lalu"
UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}
PERIOD_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}
Period = tuple[date, date, int]  # the compared period and where it ends in the text


@lru_cache(maxsize=8)
def _words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    table = load(lang, "time").get("comparative", {})
    words = ("previous", "same", "earlier")
    previous, same, earlier = (tuple(table.get(name, [])) for name in words)
    return previous, same, earlier


def compared(text: str, lang: str, raw: RawTime, period: Period | None) -> Resolved | None:
    """``raw`` resolved against the compared ``period`` of its sentence, or None when it is
    not a comparative anchor or the sentence names no period."""
    if raw.kind != "rel" or raw.n >= 0 or raw.unit not in UNIT_MONTHS or period is None:
        return None
    between = text[period[2] : raw.span[0]]
    if any(stop in between for stop in (". ", "\n")):
        return None
    previous, same, earlier = _words(lang)
    words = text[raw.span[0] : raw.span[1]].lower()
    before = text[max(0, raw.span[0] - SAME_REACH) : raw.span[0]].lower()
    start, end, _ = period
    length = (end.year - start.year) * 12 + end.month - start.month + 1
    shift = raw.n * UNIT_MONTHS[raw.unit]
    split = words.split()
    if any(p in split for p in previous) and length == UNIT_MONTHS[raw.unit]:
        return _shifted(start, length, shift)
    if split and split[-1] in earlier and length < UNIT_MONTHS[raw.unit]:
        return _shifted(start, length, shift)  # "in October to December ... a year earlier"
    if any(s in before for s in same):
        return _shifted(start, length, shift)
    return None


def _shifted(start: date, length: int, shift: int) -> Resolved:
    y, m = add_months(start.year, start.month, shift)
    y2, m2 = add_months(y, m, length - 1)
    granularity = "month" if length == 1 else "interval"
    return date(y, m, 1), month_end(y2, m2), granularity, "context"
