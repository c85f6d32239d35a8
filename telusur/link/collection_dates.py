"""Publication dates that a collection's own dated articles settle.

A text that says "Jumat (13/10)" but names no year is dated once the year is known. Without
``--window``, the collection itself tells: its articles dated by metadata or by their own text
span some days, and an undated report of the same collection lies near them. The window is
those days widened by ``REACH_DAYS`` each side; it only settles what the text leaves open (the
year), never overrides a date the text gives, and an article it cannot settle stays unknown.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from telusur.analyse.pipeline import analyse, published_of
from telusur.records import Analysis, Article, Evidence, Published

__all__ = ["REACH_DAYS", "collection_window", "date_from_collection"]

REACH_DAYS = 183  # an undated report lies within half a year of the collection's dated ones


def collection_window(first: str | None, last: str | None) -> tuple[str, str] | None:
    """The window around the dated days ``first``..``last`` (ISO), or None when none are."""
    if not first or not last:
        return None
    try:
        low, high = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    except ValueError:
        return None
    reach = timedelta(days=REACH_DAYS)
    return (low - reach).isoformat(), (high + reach).isoformat()


def date_from_collection(article: Article, window: tuple[str, str]) -> Analysis | None:
    """The article analysed under the collection's window, or None when its text still gives
    no date under it. Most undated texts stay undated under any window, so the date is read
    first and the whole analysis is run only for those it dates."""
    undated = replace(article, published=Published())
    if published_of(undated, window=window).how != "text":
        return None
    got = analyse(undated, window=window)
    pub = got.article.published
    if pub.how != "text" or not pub.start:
        return None
    note = Evidence(text=f"collection dated {window[0]}..{window[1]}", field="collection")
    dated = replace(pub, evidence=[*pub.evidence, note])
    return replace(got, article=replace(got.article, published=dated))
