"""Postings that linking can no longer use are dropped as the store grows, so memory follows the
window that linking reads rather than the whole store.

Topic candidates are only taken within a year of an article (``stories.LONG_WINDOW_DAYS``), so a
dated article's topic postings are dropped once it is a year older than where the store has got
to (``today``). Copies older than a few days are linked only when their texts are nearly
identical (estimated Jaccard ``EXACT``), and such a pair shares almost every LSH band: an older
article keeps ``OLD_BANDS`` of its bands, which still find a pair of Jaccard 0.97 with odds of
1 - 1e-7. Undated articles keep everything, and nothing is dropped while no article is dated.
Postings are judged only once an index holds ``FIRST`` of them (about 130,000 articles), and then
each time it has doubled since, so the cost stays a constant share of adding them. Only an
article a year or more older than the store's newest, linked after them, sees less than it would
have.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from telusur.link.postings import Postings
from telusur.link.stories import LONG_WINDOW_DAYS

FIRST = 1 << 22  # postings an index holds before any is dropped
RECENT = 10_000  # the newest articles whose dates say where the store has got to
FULL_BANDS_DAYS = 30  # an article keeps every LSH band this long before today
OLD_BANDS = 8  # bands an older article keeps: 1 - (1 - 0.97**4)**8 of its near-exact copies met


def today(days: np.ndarray) -> int:
    """Where the store has got to: a high quantile of the last articles' dates, so one article
    misdated years ahead does not age the whole store (-1 when none is dated)."""
    dated = days[-RECENT:]
    dated = dated[dated >= 0]
    return int(np.quantile(dated, 0.9)) if len(dated) else -1


def due(post: Postings, at: int) -> bool:
    return post.size >= at


def next_at(post: Postings) -> int:
    """When the index is next judged: once it has doubled."""
    return max(FIRST, 2 * post.size)


def _older(post: Postings, start: int, stop: int, days: np.ndarray, before: int) -> np.ndarray:
    d = days[post.docs(start, stop)]
    return (d >= 0) & (d < before)


def forget_topics(post: Postings, days: np.ndarray, today: int) -> None:
    """Drop the topic postings of dated articles more than a year before ``today``."""
    before = today - LONG_WINDOW_DAYS
    _keep(post, lambda a, b: ~_older(post, a, b, days, before))


def forget_bands(post: Postings, days: np.ndarray, today: int) -> None:
    """Keep only the first ``OLD_BANDS`` band postings of dated articles more than
    ``FULL_BANDS_DAYS`` before ``today``."""
    before = today - FULL_BANDS_DAYS
    _keep(post, lambda a, b: ~_older(post, a, b, days, before) | (post.ranks(a, b) < OLD_BANDS))


def _keep(post: Postings, kept: Callable[[int, int], np.ndarray]) -> None:
    """Keep the postings ``kept`` marks, judged a chunk of documents at a time."""
    post.keep(np.concatenate([kept(a, b) for a, b in post.doc_chunks()] or [np.ones(0, bool)]))
