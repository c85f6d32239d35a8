"""Claim groups: the claims about one measure across a saga's stories (``telusur.link.sagas``)
and both languages, with a timeline, independent support and the denials that dispute them.

Input is stored claims joined with their article's facts (reported date, outlet, origin group,
story, saga); the function is pure so the store, batch mode and tests group the same way. A
claim without a saga is grouped within its story (a story alone is its own saga); the story
stays a facet of each point.
A claimant repeated by ten outlets that copy one report is one claimant from one origin group.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import xxhash

from telusur.link.keys import measure, subject

DISPUTE_DAYS = 0  # days apart two parties' different figures are at odds, not a count grown


@dataclass(slots=True)
class Point:
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    status: str
    sources: list[str]
    channel: str | None
    reported: str | None
    when: list[str] | None
    article: str
    span: list[int]
    sentence: list[int]
    origin: str
    outlet: str | None
    copies: list[str] = field(
        default_factory=list
    )  # same-origin articles collapsed into this point
    order: str = ""  # the middle of the days it may have been reported on: the timeline's order
    story: str | None = None  # the story of its article: a facet once a timeline spans stories


@dataclass(slots=True)
class Change:
    """A party giving a new figure in place of its own earlier one."""

    before: Point
    after: Point

    def describe(self) -> str:
        return (
            f"revised from {figure(self.before)} to {figure(self.after)} "
            f"({_said(self.after)}, {self.after.reported or 'date unknown'})"
        )


@dataclass(slots=True)
class Disagreement:
    """A party's figure differing from the one another party gave last: not a revision, since
    neither withdrew its own."""

    earlier: Point
    later: Point

    def describe(self) -> str:
        now, then = self.later, self.earlier
        return f"{_said(now)} gives {_figured(now)} where {_said(then)} gave {_figured(then)}"


@dataclass(slots=True)
class ClaimGroup:
    id: str
    story: str | None
    about: str | None
    kind: str
    unit: str
    points: list[Point]
    denials: list[dict[str, Any]] = field(default_factory=list)
    saga: str | None = None  # the saga whose stories the timeline spans (its id, a story's)

    @property
    def claimants(self) -> list[str]:
        """Distinct parties the figures are attributed to. An outlet printing a figure in its
        own voice is a printer, not a claimant."""
        return sorted({c for p in self.points for c in p.sources})

    @property
    def origin_groups(self) -> int:
        return len({p.origin for p in self.points})

    @property
    def changes(self) -> list[Change]:
        """Revisions: each party's figure against its own previous one, in timeline order."""
        out: list[Change] = []
        last: dict[str, Point] = {}
        for p in self.points:
            for who in claimants_of(p):
                before = last.get(who)
                fresh = not out or out[-1].after is not p  # one revision per point
                if before is not None and span_of(before) != span_of(p) and fresh:
                    out.append(Change(before, p))
                last[who] = p
        return out

    @property
    def disagreements(self) -> list[Disagreement]:
        """Each attributed point whose figure differs from the latest figure, given on the same
        day (DISPUTE_DAYS), of a claimant it does not share; one entry per pair of claimants and
        figures. An outlet's own voice is not a party here: it revises, it does not dispute.
        Days apart, a different figure is as likely the same count grown (a rising toll)."""
        out: list[Disagreement] = []
        seen: set[tuple[Any, ...]] = set()
        latest: dict[str, Point] = {}
        for p in self.points:
            if not p.sources:
                continue
            mine = set(p.sources)
            for who, q in latest.items():
                if mine.intersection(q.sources) or span_of(q) == span_of(p) or not _close(q, p):
                    continue
                key = (who, span_of(q), tuple(sorted(mine)), span_of(p))
                if key not in seen:
                    seen.add(key)
                    out.append(Disagreement(q, p))
            for who in mine:
                latest[who] = p
        return out


def _close(earlier: Point, later: Point) -> bool:
    """Reported within DISPUTE_DAYS of each other, both dated."""
    a, b = _day(earlier), _day(later)
    return a is not None and b is not None and b - a <= timedelta(days=DISPUTE_DAYS)


def _day(p: Point) -> date | None:
    """The day a point was reported on, when known to the day ("2025" or "2025-03" is not)."""
    day = p.reported or ""
    return date.fromisoformat(day) if len(day) == 10 else None


def _said(p: Point) -> str:
    return ", ".join(claimants_of(p))


def _figured(p: Point) -> str:
    return f"{figure(p)} ({p.reported or 'date unknown'})"


def claimants_of(p: Point) -> list[str]:
    """Who a point is shown as said by: its claimants, else the outlet printing it."""
    return p.sources or [p.outlet or p.article]


def span_of(p: Point) -> tuple[float | None, float | None]:
    return (p.low, p.high) if p.value is None else (p.value, p.value)


def figure(p: Point) -> str:
    return figure_of({"value": p.value, "low": p.low, "high": p.high})


def figure_of(d: dict[str, Any]) -> str:
    """A claim's or point's figure as people read it: "1,500" or "25,000–30,000"."""
    if d["value"] is not None:
        return number(d["value"])
    return f"{number(d['low'])}–{number(d['high'])}"


def number(value: float | None) -> str:
    """Thousands separated, no exponent: 48,000,000,000 rather than 4.8e+10."""
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def group_claims(
    claims: Iterable[dict[str, Any]], denials: Iterable[dict[str, Any]] = ()
) -> list[ClaimGroup]:
    """Group claims by saga, subject, measure and unit; order each timeline by report date.

    Each claim dict carries the claim fields (docs/json.md) plus ``article``, ``reported``,
    ``outlet``, ``origin``, ``story`` and ``saga`` (the story when absent). Subjects and
    measures are read across languages (``keys``): "North Korean soldiers" and "tentara Korea
    Utara" meet. Claims without a known
    kind are grouped by their counted words, lower-cased, or the measure the data names them.
    """
    buckets: dict[tuple[Any, ...], list[Point]] = {}
    for c in claims:
        measured = group_key(c)
        if measured is None:
            continue
        key = (saga_of(c), *measured)
        buckets.setdefault(key, []).append(_point(c))
    groups = [
        ClaimGroup(_group_id(key), None, key[1], key[2], key[3], _timeline(points), saga=key[0])
        for key, points in buckets.items()
    ]
    for g in groups:
        g.story = _first_story(g.points)
    _attach(groups, list(denials))
    return sorted(groups, key=lambda g: (-len(g.points), g.id))


def group_key(c: dict[str, Any]) -> tuple[str | None, str, str] | None:
    """What a claim measures, across languages: (subject, measure, unit); None without one."""
    kind = measure(c.get("kind"), c.get("counts"))
    if not kind:
        return None
    return subject(c.get("about"), c.get("counts")), kind, c["unit"]


def saga_of(c: dict[str, Any]) -> str | None:
    """A claim's or denial's saga; its story when it has none (a story alone is a saga)."""
    return c.get("saga") or c.get("story")


def _first_story(points: list[Point]) -> str | None:
    """The story of the timeline's first point: where the saga's figure begins."""
    return next((p.story for p in points if p.story), None)


def _point(c: dict[str, Any]) -> Point:
    reported, order = _reported(c)
    return Point(
        value=c["value"],
        low=c["low"],
        high=c["high"],
        qualifier=c["qualifier"],
        status=c["status"],
        sources=list(c["sources"]),
        channel=c.get("channel"),
        reported=reported,
        when=c.get("when"),
        article=c["article"],
        span=list(c["span"]),
        sentence=list(c["sentence"]),
        origin=c.get("origin") or c["article"],
        outlet=c.get("outlet"),
        order=order,
        story=c.get("story"),
    )


def _reported(c: dict[str, Any]) -> tuple[str | None, str]:
    """When the figure was reported, and the day to order it by.

    A single day the claim is tied to, if it is not after the article's publication; otherwise
    the publication date: its first day, or the whole year or month when that is all that is
    known ("2025"), which is ordered by its middle.
    """
    when, published = c.get("when"), c.get("reported")
    if when and when[0] == when[1] and (published is None or when[0] <= published):
        return str(when[0]), str(when[0])
    if published is None:
        return None, ""
    until = c.get("reported_end") or published
    label = _coarse(published, until)
    return label, label if len(label) == 10 else _middle(published, until)


def _coarse(start: str, end: str) -> str:
    """A whole calendar year or month as "YYYY" or "YYYY-MM"; any other interval by its start."""
    first, last = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    if first == last:
        return start[:10]
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return start[:4]
    whole_month = first.day == 1 and (last + timedelta(days=1)).day == 1
    if whole_month and (first.year, first.month) == (last.year, last.month):
        return start[:7]
    return start[:10]


def _middle(start: str, end: str) -> str:
    first, last = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    return (first + (last - first) / 2).isoformat()


def _timeline(points: list[Point]) -> list[Point]:
    """Points by report date; copies of one report saying the same collapse into one point."""
    ordered = sorted(points, key=lambda p: (p.reported is None, p.order, p.article, p.span[0]))
    kept: dict[tuple[Any, ...], Point] = {}
    for p in ordered:
        key = (p.origin, span_of(p), tuple(p.sources), p.status)
        if key in kept:
            if p.article != kept[key].article and p.article not in kept[key].copies:
                kept[key].copies.append(p.article)
            continue
        kept[key] = p
    return list(kept.values())


def _group_id(key: tuple[Any, ...]) -> str:
    return "g" + xxhash.xxh3_64_hexdigest("\x1f".join(str(k) for k in key).encode())[:12]


def _attach(groups: list[ClaimGroup], denials: list[dict[str, Any]]) -> None:
    """A denial joins the groups of its saga whose kind it names, or whose figures it disputes
    in its own article."""
    for d in denials:
        target = (d.get("target") or "").lower()
        for g in groups:
            if g.saga != saga_of(d):
                continue
            in_article = any(p.article == d["article"] for p in g.points)
            if (target and g.kind.lower() in target) or (in_article and not target):
                g.denials.append(d)


def point_json(p: Point) -> dict[str, Any]:
    return {
        "value": p.value,
        "low": p.low,
        "high": p.high,
        "qualifier": p.qualifier,
        "sources": p.sources,
        "channel": p.channel,
        "reported": p.reported,
        "when": p.when,
        "article": p.article,
        "span": p.span,
        "sentence": p.sentence,
        "status": p.status,
        "outlet": p.outlet,
        "origin": p.origin,
        "copies": p.copies,
        "story": p.story,
    }


def group_json(g: ClaimGroup) -> dict[str, Any]:
    """One claim group as `telusur groups --json` prints it (docs/json.md)."""
    return {
        "id": g.id,
        "about": g.about,
        "counts": g.kind,
        "unit": g.unit,
        "story": g.story,
        "saga": g.saga,
        "claimants": g.claimants,
        "origin_groups": g.origin_groups,
        "denials": g.denials,
        "points": [point_json(p) for p in g.points],
        "changes": [c.describe() for c in g.changes],
        "revisions": [_pair(c.describe(), c.before, c.after) for c in g.changes],
        "disagreements": [_pair(d.describe(), d.earlier, d.later) for d in g.disagreements],
    }


def _pair(text: str, before: Point, after: Point) -> dict[str, Any]:
    """A change described, with its two points as evidence: articles, parties and figures."""
    return {"text": text, "before": _evidence(before), "after": _evidence(after)}


def _evidence(p: Point) -> dict[str, Any]:
    return {
        "figure": figure(p),
        "claimants": claimants_of(p),
        "reported": p.reported,
        "article": p.article,
        "span": p.span,
    }


def refreshed(data: dict[str, Any]) -> dict[str, Any]:
    """A stored group as this version prints it: groups stored before revisions were told apart
    from disagreements are recomputed from their points; those stored before sagas are their
    story's alone."""
    if "disagreements" not in data:
        return group_json(group_from_json(data))
    return data if "saga" in data else {**data, "saga": data.get("story")}


def group_from_json(data: dict[str, Any]) -> ClaimGroup:
    """A stored group back as a ClaimGroup, for charts and exports."""
    points = [
        Point(**{k: v for k, v in p.items() if k in Point.__dataclass_fields__})
        for p in data["points"]
    ]
    return ClaimGroup(
        data["id"],
        data.get("story"),
        data.get("about"),
        data["counts"],
        data["unit"],
        points,
        list(data.get("denials", [])),
        data.get("saga") or data.get("story"),
    )
