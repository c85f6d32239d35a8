"""Sagas: the stories of one long development, threaded across weeks and months.

A story is one developing event; a war's troop figure runs for a year and falls into many
stories, each a burst of reports. Two stories are one saga when they share their own
distinctive names (names in a good part of each story's articles, and rare across the store,
so a country or a ministry every report names does not thread a topic together) AND a measure
whose subject is one of those rare names (the key a claim group is keyed by: "Korea Utara" /
troops / count), within ``GAP_DAYS`` of each other. Both conditions are needed: separate events
of one topic (two verdicts of one court, two matches of one league) share common names or a
measure, rarely both several rare names and a measure of a rare subject; recurring reports
(the rupiah's daily close, a country's monthly inflation) measure common subjects, and the
analysts they quote are names, not subjects. Every link keeps the names and measures that made
it, so a saga lists its evidence.

The rule is pure: the store feeds it profiles of the stories that changed and their
candidates; a story alone is its own saga, named by its id. A saga is named by its earliest
story (by start date, then id), so its id is one of its stories' ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from telusur.link.keys import named_measures, periodic_measures

SAGA_NAMES = 2  # distinctive names two stories must share
OWN_SHARE = 0.2  # share of a story's articles that must carry a name for it to be the story's
RARE_MIN = 30  # a name in this many stored articles or fewer is distinctive in any store
RARE_SHARE = 0.002  # ... or in this share of the stored articles, in a large store
GAP_DAYS = 183  # the days between two stories a saga bridges (its chain may run longer)
MEASURE_SEP = "\x1f"


@dataclass(slots=True)
class Profile:
    """What a story offers a saga: its span, its names (with how many of its articles carry
    each) and its measure keys (``measure_key``)."""

    id: str
    start: str | None
    end: str | None
    articles: int
    names: dict[str, int] = field(default_factory=dict)
    measures: set[str] = field(default_factory=set)

    def own(self) -> set[str]:
        """Names carried by at least ``OWN_SHARE`` of the story's articles."""
        need = max(1.0, OWN_SHARE * self.articles)
        return {n for n, k in self.names.items() if k >= need}


@dataclass(slots=True)
class SagaLink:
    """Why two stories are one saga: the rare names and the measures they share."""

    a: str
    b: str
    names: list[str]
    measures: list[list[str]]

    def as_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "names": self.names, "measures": self.measures}


def measure_key(subject: str | None, kind: str, unit: str) -> str | None:
    """One claim group key as text. A measure without a subject threads nothing, nor does one
    the data does not name (a bare percentage or sum of a country is any day's market report),
    nor one published on a schedule (an index's next close is the next issue of a report)."""
    if not subject or kind not in named_measures() or kind in periodic_measures():
        return None
    return MEASURE_SEP.join((subject, kind, unit))


def measure_parts(key: str) -> list[str]:
    return key.split(MEASURE_SEP)


def rare_cap(stored: int) -> float:
    """Articles a name may be in and still be distinctive, in a store of ``stored``."""
    return max(RARE_MIN, RARE_SHARE * stored)


def link(mine: Profile, other: Profile, rare: Callable[[str], bool]) -> SagaLink | None:
    """The saga link between two stories, or None when they are not one development."""
    if mine.id == other.id or not _near(mine, other):
        return None
    names = sorted(n for n in mine.own() & other.own() if rare(n))
    if len(names) < SAGA_NAMES:
        return None
    measures = [
        m for m in sorted(mine.measures & other.measures) if m.split(MEASURE_SEP)[0] in names
    ]
    if not measures:
        return None
    a, b = sorted((mine.id, other.id))
    return SagaLink(a, b, names, [measure_parts(m) for m in measures])


def _near(x: Profile, y: Profile) -> bool:
    """Within ``GAP_DAYS`` (end of one to start of the other); an undated story is near."""
    if not (x.start and x.end and y.start and y.end):
        return True
    later, earlier_end = max(x.start, y.start), (x.end if x.start <= y.start else y.end)
    gap = dt.date.fromisoformat(later[:10]) - dt.date.fromisoformat(earlier_end[:10])
    return gap.days <= GAP_DAYS


def thread(
    stories: Iterable[tuple[str, str | None]], links: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """Saga id of every story: ``stories`` as (id, start), ``links`` as story pairs; each
    connected set is named by its earliest story."""
    start = dict(stories)
    parent = {s: s for s in start}

    def find(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    for a, b in links:
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                keep, drop = sorted((ra, rb), key=lambda s: (start[s] is None, start[s] or "", s))
                parent[drop] = keep
    return {s: find(s) for s in parent}
