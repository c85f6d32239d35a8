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


def date_from_copy(article: Article, original: str, dated: Published) -> Analysis | None:
    """The article analysed as published within the lag after ``original``'s date ``dated``,
    or None when that date is open-ended."""
    if not dated.start or not dated.end:
        return None
    try:
        end = date.fromisoformat(dated.end[:10]) + timedelta(days=COPY_LAG_DAYS)
    except ValueError:
        return None
    note = Evidence(text=f"copy of {original}", field="copy", article=original)
    published = Published(dated.start[:10], end.isoformat(), "copy", [note])
    return analyse(replace(article, published=published))
