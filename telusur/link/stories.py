"""Stories: articles about one developing event, grown one article at a time.

An article joins the story of the stored article it resembles most (shared names, shared
figures, title and lede words, all weighted by rarity, discounted by the days between them) when
that resemblance clears a threshold; otherwise it opens a story. Copies of one report always share
a story. Recurring topics (daily gold prices, monthly inflation) stay apart because their common
words weigh little and their figures and dates differ.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

Weights = Callable[[np.ndarray], np.ndarray]

JOIN = 0.3  # pair resemblance needed to join a story
DAY_GRACE = 1  # a follow-up the next day is not discounted
DAY_SCALE = 3.0  # beyond that, resemblance falls by e every three days
WINDOW_DAYS = 21  # candidates further apart in time are not considered
ENTITY_W, WORD_W, FACT_W = 0.3, 0.4, 0.3


@dataclass(slots=True)
class PairScore:
    entities: float
    words: float
    facts: float
    days: int | None
    total: float


@dataclass(slots=True)
class Story:
    id: str
    headline: str
    start: str | None
    end: str | None
    outlets: list[str]
    articles: list[str]
    evidence: list[dict[str, object]] = field(default_factory=list)


def dice(a: np.ndarray, b: np.ndarray, weights: Weights) -> float:
    """Weighted Dice overlap of two token sets."""
    if not len(a) or not len(b):
        return 0.0
    total = weights(a).sum() + weights(b).sum()
    if total <= 0:
        return 0.0
    return float(2.0 * weights(np.intersect1d(a, b)).sum() / total)


def time_factor(day_a: int, day_b: int) -> tuple[float, int | None]:
    if day_a < 0 or day_b < 0:
        return 1.0, None
    gap = abs(day_a - day_b)
    return math.exp(-max(0, gap - DAY_GRACE) / DAY_SCALE), gap


def pair_score(
    ents: tuple[np.ndarray, np.ndarray],
    words: tuple[np.ndarray, np.ndarray],
    facts: tuple[np.ndarray, np.ndarray],
    days: tuple[int, int],
    weights: Weights,
) -> PairScore:
    e = dice(*ents, weights)
    w = dice(*words, weights)
    f = dice(*facts, weights)
    factor, gap = time_factor(*days)
    return PairScore(e, w, f, gap, (ENTITY_W * e + WORD_W * w + FACT_W * f) * factor)


class StoryTable:
    """Per-story arrays (first article, date range, size, headline) and member chains."""

    def __init__(self) -> None:
        self.first = np.zeros(256, np.int32)
        self.start = np.zeros(256, np.int32)
        self.end = np.zeros(256, np.int32)
        self.count = np.zeros(256, np.int32)
        self.head = np.zeros(256, np.int32)  # newest member
        self.next_member = np.zeros(1024, np.int32)  # per document: previous member or -1
        self.headlines: list[str] = []

    def __len__(self) -> int:
        return len(self.headlines)

    def open(self, doc: int, day: int, headline: str) -> int:
        sid = len(self.headlines)
        if sid == len(self.first):
            for name in ("first", "start", "end", "count", "head"):
                setattr(self, name, np.resize(getattr(self, name), 2 * sid))
        self.first[sid] = doc
        self.start[sid] = self.end[sid] = day
        self.count[sid] = 0
        self.head[sid] = -1
        self.headlines.append(headline)
        self.join(sid, doc, day)
        return sid

    def join(self, sid: int, doc: int, day: int) -> None:
        if doc >= len(self.next_member):
            self.next_member = np.resize(self.next_member, max(doc + 1, 2 * len(self.next_member)))
        self.next_member[doc] = self.head[sid]
        self.head[sid] = doc
        self.count[sid] += 1
        if day >= 0:
            self.start[sid] = day if self.start[sid] < 0 else min(self.start[sid], day)
            self.end[sid] = max(self.end[sid], day)

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
        table.headlines = list(headlines)
        return table
