"""The publication year of an undated article, read from the dated figures of its story.

An article with no date in its metadata or text may still say *when* its figures happened
relative to publication: "the 11,000 sent last year", "pada November tahun lalu". Alone that
fixes nothing. But when another article of the same story dates the same figure absolutely
(the same counted thing about the same party, a compatible value, "in 2024"), only one
publication year makes the two agree. The article is re-read under each candidate year; the
year under which the most of its relatively dated figures agree with dated figures of its
story, and no other year does as well, becomes its publication interval (``how`` "story"),
with both figures as evidence. Anything less decisive leaves the date unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from telusur.analyse.pipeline import analyse
from telusur.records import Analysis, Article, Claim, Evidence, Published

CLOSE = 0.1  # a figure given as exact or approximate stands for its value ±10%
OPEN_REACH = 1.5  # "more than N" reaches at most 1.5 N; "fewer than N" down to N / 1.5
MAX_SPAN_DAYS = 400  # a dated figure must be dated to a year or finer to fix another
MIN_VALUE = 100  # smaller figures (and shares) recur by chance across unrelated reports
SHARE_UNITS = frozenset({"percent", "ratio"})


@dataclass(frozen=True, slots=True)
class Agreement:
    """A relatively dated figure of the article and the dated figure of the story it matches."""

    claim: Claim
    time_text: str
    time_span: tuple[int, int]
    peer: dict[str, Any]


def date_from_story(
    article: Article, peers: Sequence[dict[str, Any]], *, window: tuple[str, str] | None = None
) -> Analysis | None:
    """The article analysed under its story-given publication year, or None when undecided.

    ``peers`` are claims (as ``telusur claims --json`` gives them) of dated articles of the
    same story; ``window`` bounds the candidate years and the interval returned.
    """
    dated = [p for p in peers if p.get("when") and p["article"] != article.id and _narrow(p)]
    years = _candidates(dated)
    allowed = [y for y in years if _allowed(y, window)]
    if len(years) < 2 or not allowed:
        return None
    middle = years[len(years) // 2]
    first = analyse(replace(article, published=_year(middle, None)))
    if not any(_same_measure(c, p) for c in first.claims for p in dated):
        return None  # no figure any reading could date: the other years need not be read
    readings = {
        y: first if y == middle else analyse(replace(article, published=_year(y, None)))
        for y in years
    }
    relative = _relative_claims(readings)
    scored = {y: _agreements(readings[y], relative, dated) for y in years}
    best = max(len(a) for a in scored.values())
    winners = [y for y, a in scored.items() if len(a) == best]
    if best == 0 or len(winners) != 1 or winners[0] not in allowed:
        return None  # no agreement, a tie, or the best year lies outside the window
    year = winners[0]
    published = replace(_year(year, window), evidence=_evidence(scored[year]))
    if (published.start, published.end) != (f"{year}-01-01", f"{year}-12-31"):
        return analyse(replace(article, published=published))  # the window cut the year
    reading = readings[year]  # evidence changes nothing that was read
    return replace(reading, article=replace(reading.article, published=published))


def _candidates(dated: Sequence[dict[str, Any]]) -> list[int]:
    """The years the story's dated figures were reported in, and the years either side."""
    years: set[int] = set()
    for p in dated:
        reported = p.get("reported")
        if reported:
            y = int(reported[:4])
            years |= {y - 1, y, y + 1}
    return sorted(years)


def _allowed(year: int, window: tuple[str, str] | None) -> bool:
    return window is None or int(window[0][:4]) <= year <= int(window[1][:4])


def _year(year: int, window: tuple[str, str] | None) -> Published:
    start, end = f"{year}-01-01", f"{year}-12-31"
    if window is not None:
        start, end = max(start, window[0][:10]), min(end, window[1][:10])
    return Published(start, end, "story")


def _narrow(p: dict[str, Any]) -> bool:
    start, end = (date.fromisoformat(d[:10]) for d in p["when"])
    return (end - start).days <= MAX_SPAN_DAYS


def _relative_claims(readings: dict[int, Analysis]) -> set[int]:
    """Indexes of the claims whose time moves with the publication year."""
    first = next(iter(readings.values())).claims
    moving: set[int] = set()
    for analysis in readings.values():
        if len(analysis.claims) != len(first):
            return set()  # readings must line up claim for claim
        for i, (a, b) in enumerate(zip(first, analysis.claims, strict=True)):
            if a.when != b.when:
                moving.add(i)
    return moving


def _agreements(
    analysis: Analysis, relative: set[int], dated: Sequence[dict[str, Any]]
) -> list[Agreement]:
    found = []
    for i in sorted(relative):
        claim = analysis.claims[i]
        if claim.when is None:
            continue
        peer = next((p for p in dated if _same_figure(claim, p)), None)
        if peer is None:
            continue
        time = next(
            (t for t in analysis.times if (t.start, t.end) == tuple(claim.when)),
            None,
        )
        if time is not None:
            found.append(Agreement(claim, time.text, time.span, peer))
    return found


def _same_figure(claim: Claim, peer: dict[str, Any]) -> bool:
    """The same figure at overlapping times."""
    assert claim.when is not None
    when = peer["when"]
    if claim.when[0] > when[1] or when[0] > claim.when[1]:
        return False
    return _same_measure(claim, peer)


def _same_measure(claim: Claim, peer: dict[str, Any]) -> bool:
    """The same measure of the same party at a compatible, distinctive value, whenever it
    was: shares and small numbers agree by chance too often to date anything."""
    if claim.kind is None or claim.kind != peer.get("kind"):
        return False
    if not (_distinctive(claim.unit, claim.high) and _distinctive(peer["unit"], peer.get("high"))):
        return False
    if claim.about and peer.get("about") and claim.about != peer["about"]:
        return False
    mine = _reach(claim.value, claim.low, claim.high, claim.qualifier)
    theirs = _reach(peer.get("value"), peer.get("low"), peer.get("high"), peer["qualifier"])
    return mine is not None and theirs is not None and mine[0] <= theirs[1] and theirs[0] <= mine[1]


def _distinctive(unit: str, high: float | None) -> bool:
    return unit not in SHARE_UNITS and high is not None and high >= MIN_VALUE


def _reach(
    value: float | None, low: float | None, high: float | None, qualifier: str
) -> tuple[float, float] | None:
    """The values a figure is compatible with; None for vague amounts."""
    if qualifier == "vague":
        return None
    if value is None:
        return (low, high) if low is not None and high is not None else None
    if qualifier in ("more_than", "at_least"):
        return value, value * OPEN_REACH
    if qualifier in ("less_than", "at_most"):
        return value / OPEN_REACH, value
    return value * (1 - CLOSE), value * (1 + CLOSE)


def _evidence(agreements: list[Agreement]) -> list[Evidence]:
    out = []
    for a in agreements:
        out.append(Evidence(a.time_text, a.time_span))
        peer = a.peer
        out.append(Evidence(peer.get("text") or "", tuple(peer["span"]), article=peer["article"]))
    return out
