"""Stories: articles about one developing event, grown one article at a time.

An article joins the story of the stored article it resembles most (shared names, shared
figures with what they count, title and lede words, all weighted by rarity, discounted by the
days between them) when that resemblance clears a threshold; otherwise it opens a story. Copies of
one report always share a story. Recurring topics (daily gold prices, monthly inflation) stay apart
because their common words weigh little and their figures and dates differ. A developing story
may run for months: a pair sharing several rare names and a figure with its counted kind keeps
most of its resemblance across a long gap. An unknown date costs nothing. One outlet's report of
another day whose many figures mostly differ is that outlet's recurring report (the midday index
and currency close), however many names the two share. A report of a later day that cites
several of an earlier report's figures as the previous values (``recited``), as each day's
close cites the day before's, is its next issue, whichever outlets wrote them.

When no single stored article is close enough, two members of one story that each resemble the
article a little, on its own day, add up as independent evidence (``combined``); members of
other days do not, so a daily report's past issues do not pull in the next one.

A developing story's reports change vocabulary from angle to angle, so one event may open two
stories before an article shows they are one: it resembles members of both strongly (``MERGE``),
and those members resemble each other (``MERGE_BETWEEN``). Then the two stories become one. The
second test keeps a round-up or a report touching two topics (a minute's silence at a match for
a statesman's death) from joining stories that have nothing else in common.

Candidates are scored in one batch: every family's overlap is a few numpy calls over all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

import numpy as np

from telusur.lang import LANGUAGES, load
from telusur.link.ragged import grown
from telusur.link.strings import Strings

Weights = Callable[[np.ndarray], np.ndarray]

JOIN = 0.3  # pair resemblance needed to join a story
MERGE = 0.45  # resemblance to a second story that makes the two one (with MERGE_BETWEEN)
MERGE_BETWEEN = 0.4  # resemblance the two stories' nearest members must have to each other
DAY_GRACE = 1  # a follow-up the next day is not discounted
DAY_SCALE = 3.0  # beyond that, resemblance falls by e every three days
WINDOW_DAYS = 21  # candidates further apart in time need a strong overlap to be considered
LONG_WINDOW_DAYS = 366  # a developing story is followed for up to a year
LONG_SCALE = 365.0  # strong pairs lose resemblance by e per year
LONG_KEEP = 0.8  # share of a strong pair's resemblance kept however short the gap
POOL_KEEP = 1.0  # a story whose own names the article shares has quiet days: it keeps it all
STRONG_NAMES = 5  # shared names that, with a shared figure and kind, make a pair strong
STRONG_FIGURES = 1
RECURRING_FIGURES = 8  # figures on each side for a pair to be judged a recurring report
FIGURES_DIFFER = 0.5  # figure resemblance below which such a pair's figures differ
RECURRING_KEEP = 0.3
OUTLET_FIGURES = 12  # figures on each side for one outlet's two reports to be judged recurring
RECITED = 3  # figures of an earlier report cited as previous values: its next issue
RECITED_DIGITS = 3  # a figure of fewer digits (a count, a day) is too common to tell
CUE_CHARS = 40  # how far before a figure its "previous" word may stand
COMBINED_TOP, COMBINED_MIN = 3, 0.12  # members of one story whose resemblance adds up
ENTITY_W, WORD_W, FACT_W = 0.45, 0.25, 0.3
# How many never-seen tokens in common are conclusive by themselves, per family.
ENOUGH_NAMES, ENOUGH_WORDS, ENOUGH_FIGURES = 8, 16, 3


@dataclass(slots=True)
class PairScore:
    entities: float
    words: float
    facts: float
    days: int | None
    total: float


@dataclass(slots=True)
class Overlap:
    """Weighted overlap of one article's tokens with each candidate's (arrays over candidates)."""

    shared: np.ndarray  # weight of the shared tokens
    count: np.ndarray  # how many tokens are shared
    mine: float  # weight of the article's own tokens
    theirs: np.ndarray  # weight of each candidate's tokens
    size: int  # how many tokens the article has
    sizes: np.ndarray  # how many tokens each candidate has
    enough: float  # shared weight that is conclusive on its own (some never-seen tokens)

    def cover(self) -> np.ndarray:
        """Shared weight over the lighter side's (the overlap coefficient)."""
        small = np.minimum(self.mine, self.theirs)
        return np.divide(self.shared, small, out=np.zeros_like(small), where=small > 0)

    def proportion(self) -> np.ndarray:
        """Mean of weighted Dice and the overlap coefficient: a short report inside a longer
        one still resembles it."""
        total = self.mine + self.theirs
        dice = np.divide(2.0 * self.shared, total, out=np.zeros_like(total), where=total > 0)
        return (dice + np.minimum(self.cover(), 1.0)) / 2.0

    def resemblance(self) -> np.ndarray:
        """The proportion, or the shared weight against ``enough`` if higher: many rare names in
        common say one event even when both articles name many others."""
        absolute = np.minimum(self.shared / max(self.enough, 1e-9), 1.0)
        return np.maximum(self.proportion(), absolute)


def isin(data: np.ndarray, mine: np.ndarray) -> np.ndarray:
    """Which of ``data`` are in ``mine`` (a few dozen tokens): a binary search each."""
    if not len(mine):
        return np.zeros(len(data), bool)
    ordered = np.sort(mine)
    at = np.minimum(np.searchsorted(ordered, data), len(ordered) - 1)
    return ordered[at] == data


def overlap(
    mine: np.ndarray, data: np.ndarray, seg: np.ndarray, n: int, w: Weights, enough: float
) -> Overlap:
    """``data``/``seg``: every candidate's tokens and the candidate each belongs to."""
    weights = w(data)
    hit = isin(data, mine)
    return Overlap(
        np.bincount(seg, weights=weights * hit, minlength=n),
        np.bincount(seg, weights=hit, minlength=n),
        float(w(mine).sum()),
        np.bincount(seg, weights=weights, minlength=n),
        len(mine),
        np.bincount(seg, minlength=n),
        enough,
    )


def time_factors(
    day: int,
    days: np.ndarray,
    strong: np.ndarray,
    recurring: np.ndarray,
    keep: float = LONG_KEEP,
) -> np.ndarray:
    """Discount for the days between two articles; strong pairs decay over months, not days;
    a recurring report on another day keeps little."""
    gap = np.abs(days.astype(np.float64) - day)
    short = np.exp(-np.maximum(0.0, gap - DAY_GRACE) / DAY_SCALE)
    long = np.where(strong, keep * np.exp(-gap / LONG_SCALE), 0.0)
    factor = np.maximum(short, long) * np.where(recurring & (gap >= 1), RECURRING_KEEP, 1.0)
    return np.where((days < 0) | (day < 0), 1.0, factor)


NUMBER = re.compile(r"\d[\d.,]*\d|\d")


@cache
def _previous_cue() -> re.Pattern[str]:
    words = {w for lang in LANGUAGES for w in load(lang, "recurring").get("previous", [])}
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)(?:{alternatives})(?!\w)")


@lru_cache(maxsize=64)
def figures_in(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The figures written in ``text`` (as written, of ``RECITED_DIGITS`` digits or more), and
    those of them a "previous" word (``lang/*/recurring.toml``) stands just before."""
    cue = _previous_cue()
    every, previous = set(), set()
    for m in NUMBER.finditer(text):
        figure = m.group()
        if sum(c.isdigit() for c in figure) < RECITED_DIGITS:
            continue
        every.add(figure)
        if cue.search(text, max(0, m.start() - CUE_CHARS), m.start()):
            previous.add(figure)
    return frozenset(every), frozenset(previous)


def recited(later: str, earlier: str) -> int:
    """How many figures of the ``earlier`` report the ``later`` one cites as previous values
    ("naik dari posisi penutupan sebelumnya Rp14.060/USD"): a report of a later day citing
    several is the next issue of a recurring report (the next day's market close), and shares
    those figures because it reads the same measures again, not because it tells one
    development. A follow-up of one event cites an earlier count or two at most."""
    every, _ = figures_in(earlier)
    return len(figures_in(later)[1] & every)


def strong_pairs(ents: Overlap, kinds: Overlap) -> np.ndarray:
    """Several rare names and a figure with its counted kind in common: one developing event."""
    return (ents.count >= STRONG_NAMES) & (kinds.count >= STRONG_FIGURES)


def recurring_pairs(
    kinds: Overlap, strong: np.ndarray, same_outlet: np.ndarray | None = None
) -> np.ndarray:
    """Both sides full of figures that mostly differ, and few names in common: the same report
    (a price list, a market close) on another day rather than one event. One outlet's two
    reports listing many figures each are judged so whatever names they share: its daily market
    report names the same index, currency and exchange each day."""
    differ = kinds.proportion() < FIGURES_DIFFER
    full = (kinds.sizes >= RECURRING_FIGURES) & (kinds.size >= RECURRING_FIGURES)
    listed = (kinds.sizes >= OUTLET_FIGURES) & (kinds.size >= OUTLET_FIGURES)
    own = np.zeros_like(strong) if same_outlet is None else same_outlet & listed
    return differ & ((full & ~strong) | own)


def scores(
    ents: Overlap,
    words: Overlap,
    kinds: Overlap,
    day: int,
    days: np.ndarray,
    strong: np.ndarray | None = None,
    same_outlet: np.ndarray | None = None,
    keep: float = LONG_KEEP,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Total resemblance of each candidate, with the entity, word and figure parts; ``strong``
    (one developing event, whatever the figures) defaults to ``strong_pairs``; ``same_outlet``
    marks candidates from the article's own outlet."""
    e, w, f = ents.resemblance(), words.resemblance(), kinds.resemblance()
    strong = strong_pairs(ents, kinds) if strong is None else strong
    factor = time_factors(day, days, strong, recurring_pairs(kinds, strong, same_outlet), keep)
    return (ENTITY_W * e + WORD_W * w + FACT_W * f) * factor, e, w, f


@dataclass(slots=True)
class Story:
    id: str
    headline: str
    start: str | None
    end: str | None
    outlets: list[str]
    articles: list[str]
    evidence: list[dict[str, object]] = field(default_factory=list)


class StoryTable:
    """Per-story arrays (first article, date range, size, headline) and member chains."""

    def __init__(self) -> None:
        self.first = np.zeros(256, np.int32)
        self.start = np.zeros(256, np.int32)
        self.end = np.zeros(256, np.int32)
        self.count = np.zeros(256, np.int32)
        self.head = np.zeros(256, np.int32)  # newest member
        self.next_member = np.zeros(1024, np.int32)  # per document: previous member or -1
        self.headlines = Strings()  # one a story: compact, as stories near articles in number

    def __len__(self) -> int:
        return len(self.headlines)

    def open(self, doc: int, day: int, headline: str) -> int:
        sid = len(self.headlines)
        if sid == len(self.first):
            for name in ("first", "start", "end", "count", "head"):
                setattr(self, name, grown(getattr(self, name), 2 * sid))
        self.first[sid] = doc
        self.start[sid] = self.end[sid] = day
        self.count[sid] = 0
        self.head[sid] = -1
        self.headlines.append(headline)
        self.join(sid, doc, day)
        return sid

    def join(self, sid: int, doc: int, day: int, headline: str = "") -> None:
        if headline and not self.headlines[sid]:  # the first member with a title names it
            self.headlines[sid] = headline
        if doc >= len(self.next_member):
            self.next_member = grown(self.next_member, max(doc + 1, 2 * len(self.next_member)))
        self.next_member[doc] = self.head[sid]
        self.head[sid] = doc
        self.count[sid] += 1
        if day >= 0:
            self.start[sid] = day if self.start[sid] < 0 else min(self.start[sid], day)
            self.end[sid] = max(self.end[sid], day)

    def merge(self, a: int, b: int, story_of: np.ndarray) -> int:
        """One story of stories ``a`` and ``b`` (an article found belonging to both): the
        smaller one's members are relabelled in ``story_of``; the merged story is named by the
        earlier first member. Returns the surviving story."""
        if a == b:
            return a
        keep, gone = (a, b) if self.count[a] >= self.count[b] else (b, a)
        moved = self.members(gone)
        story_of[moved] = keep
        prev = -1
        for doc in sorted(self.members(keep) + moved):  # one chain, oldest first
            self.next_member[doc] = prev
            prev = doc
        self.head[keep], self.head[gone] = prev, -1
        self.count[keep] += self.count[gone]
        self.count[gone] = 0
        if self.first[gone] < self.first[keep]:
            self.first[keep] = self.first[gone]
            self.headlines[keep] = self.headlines[gone] or self.headlines[keep]
        for day in (self.start[gone], self.end[gone]):
            if day >= 0:
                self.start[keep] = day if self.start[keep] < 0 else min(self.start[keep], day)
                self.end[keep] = max(self.end[keep], day)
        return keep

    def members(self, sid: int) -> list[int]:
        out: list[int] = []
        doc = int(self.head[sid])
        while doc >= 0:
            out.append(doc)
            doc = int(self.next_member[doc])
        return out[::-1]

    def state(self) -> dict[str, np.ndarray]:
        n = len(self)
        return {
            "first": self.first[:n],
            "start": self.start[:n],
            "end": self.end[:n],
            "count": self.count[:n],
            "head": self.head[:n],
            "next_member": self.next_member,
        }

    @classmethod
    def from_state(cls, state: dict[str, np.ndarray], headlines: list[str]) -> StoryTable:
        table = cls()
        for name in ("first", "start", "end", "count", "head", "next_member"):
            arr = np.array(state[name])
            if len(arr):
                setattr(table, name, arr)
        table.headlines = Strings(headlines)
        return table


def combined(totals: np.ndarray, sids: np.ndarray, near: np.ndarray) -> np.ndarray:
    """Each story's best candidate with the resemblance of its ``COMBINED_TOP`` best candidates
    (each at least ``COMBINED_MIN``) taken as independent evidence, 1 - prod(1 - t): a report on
    a new angle of a developing event may resemble two of its members a little, and each alone
    too little to join. Only candidates ``near`` in time count (the same day): a daily
    report of other days is not made one event by its many past issues."""
    out = totals.copy()
    for sid in np.unique(sids[near]):
        at = np.flatnonzero((sids == sid) & near)
        t = np.sort(totals[at])[::-1][:COMBINED_TOP]
        t = t[t >= COMBINED_MIN]
        if len(t) >= 2:
            out[at[np.argmax(totals[at])]] = 1.0 - np.prod(1.0 - t)
    return out
