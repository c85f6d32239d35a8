"""Publication dates inherited from copies: an undated article of a same-origin group was
published on or after its dated original, within ``COPY_LAG_DAYS``.

Copies of one report (a wire story and its republications, a release and the articles written
from it) appear together: republication lags the original by hours or days. The interval is
kept with the original as evidence (``how`` "copy"), and it is never the ground for another.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from telusur.analyse.pipeline import analyse
from telusur.records import Analysis, Article, Evidence, Published

__all__ = ["COPY_LAG_DAYS", "date_from_copy"]

COPY_LAG_DAYS = 7  # a copy follows its original within a week


def date_from_copy(
    article: Article, original: str, dated: Published, current: Published | None = None
) -> Analysis | None:
    """The article analysed as published within the lag after ``original``'s date ``dated``
    (narrowed by the interval ``current`` its own text gave, when they overlap), or None when
    that date is open-ended or tells nothing more than ``current``."""
    if not dated.start or not dated.end:
        return None
    try:
        low = date.fromisoformat(dated.start[:10])
        high = date.fromisoformat(dated.end[:10]) + timedelta(days=COPY_LAG_DAYS)
    except ValueError:
        return None
    now = _interval(current)
    if now is not None:
        start, end = max(low, now[0]), min(high, now[1] or high)
        if start > end or (start, end) == (now[0], now[1]):
            return None
        low, high = start, end
    note = Evidence(text=f"copy of {original}", field="copy", article=original)
    kept = current.evidence if current is not None and now is not None else []
    published = Published(low.isoformat(), high.isoformat(), "copy", [*kept, note])
    return analyse(replace(article, published=published))


def _interval(pub: Published | None) -> tuple[date, date | None] | None:
    if pub is None or not pub.start:
        return None
    try:
        return date.fromisoformat(pub.start[:10]), (
            date.fromisoformat(pub.end[:10]) if pub.end else None
        )
    except ValueError:
        return None
