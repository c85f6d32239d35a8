"""Where everything of a timeline chart goes, in pixels, before anything is drawn.

The chart follows the usual practice of data journalism: time on a true time axis; one series
per claimant, its points joined and the series labelled at its end; undated points in a strip of
their own; a range as a bar and a vague amount ("ribuan") as a hatched band that does not set the
scale; unconfirmed points hollow, denied ones crossed. Labels are placed so that no two overlap
and none crosses an axis: their widths are estimated generously, and the chart grows to fit them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from telusur.lang.labels import amount
from telusur.link.groups import ClaimGroup, Point, claimants_of, figure, number

WIDTH = 760
FONT = 11  # px; every text of the chart has this size
CHAR = 0.62 * FONT  # a generous estimate of a character's width, so estimates never undershoot
LINE = FONT + 5  # px between two labels' baselines
LEFT, TOP, BOTTOM = 64, 18, 34
MIN_PLOT_HEIGHT = 220
LABEL_CHARS = 28
GUTTER = LABEL_CHARS * CHAR + 20  # room for the series' end labels
STRIP_GAP = 24  # between the time axis and the strip of undated points
PALETTE = ("#0b5394", "#d55e00", "#007a5e", "#a8327d", "#8a6100", "#2a8fbd", "#6b4c9a", "#333333")
OTHER = "#8a8f98"  # series beyond the palette
VAGUE = frozenset({"vague"})


@dataclass(slots=True)
class Text:
    x: float
    y: float  # the baseline
    text: str
    anchor: str = "start"  # start, middle or end
    colour: str = "#1b1f24"
    role: str = "tick"  # tick, label or note

    def box(self) -> tuple[float, float, float, float]:
        """The estimated box (x0, y0, x1, y1) the text covers."""
        width = len(self.text) * CHAR
        x0 = {"start": self.x, "middle": self.x - width / 2, "end": self.x - width}[self.anchor]
        return (x0, self.y - FONT, x0 + width, self.y + FONT * 0.3)


@dataclass(slots=True)
class Mark:
    shape: str  # dot, cross, bar or band
    x: float
    y: float  # the value, or the top of a bar or band
    y2: float  # the bottom of a bar or band (= y for a single value)
    colour: str
    hollow: bool
    index: int  # the point's place in the group's timeline
    label: str  # what the point says, for screen readers and tooltips
    tip: list[str]
    period: tuple[float, float] | None = None  # x span of a report known only by month or year


@dataclass(slots=True)
class Series:
    name: str
    colour: str
    path: list[tuple[float, float]]  # the dated points joined, in time order


@dataclass(slots=True)
class Layout:
    width: float
    height: float
    plot: tuple[float, float, float, float]  # left, top, right, bottom of the time axis's area
    strip: tuple[float, float] | None  # left and right of the undated strip
    title: str
    grid: list[float] = field(default_factory=list)  # y of the value ticks
    texts: list[Text] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    leaders: list[tuple[float, float, float, float]] = field(default_factory=list)


def lay_out(group: ClaimGroup, words: dict[str, Any], title: str) -> Layout:
    """The chart of ``group``; ``words`` are the page's interface strings (lang/<lang>/ui.toml)."""
    points = group.points
    names = _series_names(points)
    days = [_day(p.reported) for p in points]
    height = TOP + max(MIN_PLOT_HEIGHT, LINE * (len(names) + 1)) + BOTTOM
    undated = any(d is None for d in days)
    strip_width = max(60.0, len(words["undated"]) * CHAR + 8) if undated else 0.0
    right = WIDTH - GUTTER - (strip_width + STRIP_GAP if undated else 0)
    ticks, logged = _value_ticks(points)
    left = max(LEFT, max(len(number(t)) for t in ticks) * CHAR + 12)  # room for the widest tick
    plot = (left, TOP, right, height - BOTTOM)
    strip = (right + STRIP_GAP, right + STRIP_GAP + strip_width) if undated else None
    out = Layout(WIDTH, height, plot, strip, title)
    y = _value_axis(out, ticks, logged)
    spans = [b for p in points if (b := _bounds(p.reported))]
    x = _time_axis(out, [d for d in days if d is not None] + [d for b in spans for d in b], words)
    xs = _xs(points, days, x, strip)
    if strip:
        mid = (strip[0] + strip[1]) / 2
        out.texts.append(Text(mid, plot[3] + FONT + 9, words["undated"], "middle"))
    colours = {n: PALETTE[i] if i < len(PALETTE) else OTHER for i, n in enumerate(names)}
    for i, p in enumerate(points):
        out.marks.append(_mark(p, i, xs[i], y, colours[_name(p)], group.unit, words))
        out.marks[-1].period = _period(p.reported, x)
    _series(out, points, days, xs, y, colours)
    _end_labels(out, points, colours)
    return out


def _name(p: Point) -> str:
    return ", ".join(claimants_of(p))


def _series_names(points: list[Point]) -> list[str]:
    return list(dict.fromkeys(_name(p) for p in points))


def _day(reported: str | None) -> date | None:
    """A report date as a day: a month or a year as its middle."""
    if not reported:
        return None
    if len(reported) >= 10:
        return date.fromisoformat(reported[:10])
    if len(reported) == 7:
        return date.fromisoformat(reported + "-15")
    return date(int(reported[:4]), 7, 1)


def _bounds(reported: str | None) -> tuple[date, date] | None:
    """The first and last day of a report known only by its month or year."""
    if not reported or len(reported) >= 10:
        return None
    if len(reported) == 7:
        first = date.fromisoformat(reported + "-01")
        return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(1)
    return date(int(reported[:4]), 1, 1), date(int(reported[:4]), 12, 31)


def _period(reported: str | None, x: Any) -> tuple[float, float] | None:
    """Where such a report lies on the time axis: the point sits at the middle of its month or
    year, and a whisker shows the whole of it."""
    bounds = _bounds(reported)
    return (x(bounds[0]), x(bounds[1])) if bounds else None


# The value axis ---------------------------------------------------------------------------------


def _extent(points: list[Point]) -> tuple[float, float]:
    """The values that set the scale: measurements and ranges; a vague amount's band is clipped
    to them, since its bounds are a convention, not a measurement."""
    firm = [p for p in points if p.qualifier not in VAGUE] or points
    values = [v for p in firm for v in (p.value, p.low, p.high) if v is not None]
    return (min(values), max(values)) if values else (0.0, 1.0)


def _value_ticks(points: list[Point]) -> tuple[list[float], bool]:
    """The value ticks, on a log scale when the figures span two orders of magnitude or more."""
    lo, hi = _extent(points)
    logged = lo > 0 and hi / lo >= 100
    return (_log_ticks(lo, hi) if logged else _linear_ticks(min(lo, 0.0), hi)), logged


def _value_axis(out: Layout, ticks: list[float], logged: bool) -> Any:
    left, top, _, bottom = out.plot
    first, last = ticks[0], ticks[-1]
    f = (lambda v: math.log10(v)) if logged else (lambda v: v)

    def y(v: float | None) -> float:
        v = first if v is None or (logged and v <= 0) else min(max(v, first), last)
        return bottom - (bottom - top) * (f(v) - f(first)) / (f(last) - f(first))

    for t in ticks:
        out.grid.append(y(t))
        out.texts.append(Text(left - 6, y(t) + FONT * 0.35, number(t), "end"))
    return y


def _linear_ticks(lo: float, hi: float) -> list[float]:
    """Round steps (1, 2, 2.5 or 5 times a power of ten), four to six of them."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 2.5, 5, 10) if s * power >= raw)
    start = math.floor(lo / step) * step
    count = math.ceil((hi - start) / step - 1e-9)
    return [start + i * step for i in range(count + 1)]


def _log_ticks(lo: float, hi: float) -> list[float]:
    a, b = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
    if b == a:
        b += 1
    return [10.0**k for k in range(a, b + 1)]


# The time axis ----------------------------------------------------------------------------------

STEPS = (  # tick spacing: (unit, count)
    ("day", 1), ("day", 2), ("day", 7), ("day", 14),
    ("month", 1), ("month", 2), ("month", 3), ("month", 6),
    ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 25),
)  # fmt: skip


def _time_axis(out: Layout, days: list[date], words: dict[str, Any]) -> Any:
    left, _, right, bottom = out.plot
    if not days:
        return lambda d: (left + right) / 2
    first, last = min(days).toordinal(), max(days).toordinal()
    span = max(last - first, 2)
    edge = 6 * CHAR  # room for half a tick label beside the first and the last report
    pad = max(span * 0.06, 0.5, edge * span / max(right - left - 2 * edge, 1))
    start, total = first - pad, span + 2 * pad

    def x(d: date) -> float:
        return left + (right - left) * (d.toordinal() - start) / total

    lo, hi = date.fromordinal(math.ceil(start)), date.fromordinal(math.floor(start + total))
    ticks, unit = _ticks(lo, hi, (right - left) / total, words)
    inside = [d for d in ticks if _fits(Text(x(d), 0, _labels([d], unit, words)[0], "middle"), out)]
    for d, label in zip(inside, _labels(inside, unit, words), strict=True):
        text = Text(x(d), bottom + FONT + 9, label, "middle")
        if _fits(text, out):
            out.texts.append(text)
    return x


def _fits(text: Text, out: Layout) -> bool:
    """A tick label stays between the value axis and the end of the time axis."""
    x0, _, x1, _ = text.box()
    return x0 >= out.plot[0] + 2 and x1 <= out.plot[2]


def _ticks(start: date, end: date, per_day: float, words: dict[str, Any]) -> tuple[list[date], str]:
    """The finest ticks whose labels keep clear of each other (``per_day``: pixels a day)."""
    for unit, n in STEPS:
        ticks = list(_tick_days(start, end, unit, n))
        labels = _labels(ticks, unit, words)
        widest = max((len(s) for s in labels), default=0) * CHAR + 12
        gaps = [(b - a).days * per_day for a, b in pairwise(ticks)]
        if min(gaps, default=widest) >= widest:
            return ticks, unit
    return [], "year"


def _tick_days(start: date, end: date, unit: str, n: int) -> Any:
    if unit == "day":
        d = start
        if n >= 7:
            d += timedelta(days=(7 - d.weekday()) % 7)  # weeks start on Monday
        while d <= end:
            yield d
            d += timedelta(days=n)
        return
    if unit == "month":
        k = start.year * 12 + start.month - 1 + (start.day > 1)
        while (d := date(k // 12, k % 12 + 1, 1)) <= end:
            if (d.month - 1) % n == 0:
                yield d
            k += 1
        return
    y = start.year + (start.timetuple().tm_yday > 1)
    while date(y, 1, 1) <= end:
        if y % n == 0:
            yield date(y, 1, 1)
        y += 1


def _labels(ticks: list[date], unit: str, words: dict[str, Any]) -> list[str]:
    """ "4 Nov" with the year on the first tick and where it changes; "Nov 2025"; "2025"."""
    months = words["months"]
    out, year = [], None
    for d in ticks:
        if unit == "year":
            out.append(str(d.year))
        elif unit == "month":
            out.append(f"{months[d.month - 1]} {d.year}" if d.year != year else months[d.month - 1])
        else:
            out.append(f"{d.day} {months[d.month - 1]}" + (f" {d.year}" if d.year != year else ""))
        year = d.year
    return out


# Marks, series and labels -----------------------------------------------------------------------


def _xs(
    points: list[Point], days: list[date | None], x: Any, strip: tuple[float, float] | None
) -> list[float]:
    """Each point's x; points sharing a day are set side by side so none hides another."""
    base: list[float] = []
    undated = [i for i, d in enumerate(days) if d is None]
    for i, d in enumerate(days):
        if d is not None:
            base.append(x(d))
        else:
            assert strip is not None
            k = undated.index(i)
            base.append(strip[0] + (strip[1] - strip[0]) * (k + 1) / (len(undated) + 1))
    out = list(base)
    by_x: dict[int, list[int]] = {}
    for i, bx in enumerate(base):
        if days[i] is not None:
            by_x.setdefault(round(bx), []).append(i)
    for members in by_x.values():
        step = min(9.0, 40 / len(members))
        for k, i in enumerate(members):
            out[i] = base[i] + (k - (len(members) - 1) / 2) * step
    return out


def _mark(
    p: Point, i: int, x: float, y: Any, colour: str, unit: str, words: dict[str, Any]
) -> Mark:
    shape = "band" if p.qualifier in VAGUE else "bar" if p.value is None else "dot"
    if shape == "dot" and p.status == "denied":
        shape = "cross"
    top = y(p.value if p.value is not None else p.high)
    low = y(p.value if p.value is not None else p.low)
    status = words.get(p.status, p.status)
    when = p.reported or words["undated"]
    copies = f" (+{len(p.copies)})" if p.copies else ""
    shown = amount(figure(p), unit)
    tip = [f"{shown} · {status}", _name(p) + copies, when]
    label = f"{shown}, {_name(p)}, {when}, {status}"
    hollow = p.status == "unconfirmed"
    return Mark(shape, x, top, low, colour, hollow, i, label, tip)


def _series(
    out: Layout,
    points: list[Point],
    days: list[date | None],
    xs: list[float],
    y: Any,
    colours: dict[str, str],
) -> None:
    paths: dict[str, list[tuple[float, float]]] = {}
    for i, p in enumerate(points):
        if days[i] is None or p.qualifier in VAGUE:
            continue
        mid = p.value if p.value is not None else ((p.low or 0) + (p.high or 0)) / 2
        paths.setdefault(_name(p), []).append((xs[i], y(mid)))
    for name, colour in colours.items():
        out.series.append(Series(name, colour, sorted(paths.get(name, []))))


def _end_labels(out: Layout, points: list[Point], colours: dict[str, str]) -> None:
    """Each series named once, beside the chart at the height of its last point; labels that
    would collide are moved apart, with a short leader back to that height."""
    last: dict[str, int] = {}
    for i, p in enumerate(points):
        last[_name(p)] = i
    marks = out.marks
    wanted = sorted(
        (marks[i].y2 if marks[i].shape == "band" else marks[i].y, n) for n, i in last.items()
    )
    top, bottom = out.plot[1] + FONT, out.plot[3]
    ys = [max(top, min(bottom, w)) for w, _ in wanted]
    for k in range(1, len(ys)):
        ys[k] = max(ys[k], ys[k - 1] + LINE)
    if ys and ys[-1] > bottom:  # pushed past the bottom: move the lowest ones back up
        ys[-1] = bottom
        for k in range(len(ys) - 2, -1, -1):
            ys[k] = min(ys[k], ys[k + 1] - LINE)
    x = (out.strip[1] if out.strip else out.plot[2]) + 10
    for (want, name), at in zip(wanted, ys, strict=True):
        text = _clip(f"{name}: {figure(points[last[name]])}")
        out.texts.append(Text(x + 6, at + FONT * 0.35, text, "start", colours[name], "label"))
        if abs(want - at) > 1:  # a label moved off its point's height
            out.leaders.append((out.plot[2] + 2, want, x + 4, at))


def _clip(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def overlaps(texts: list[Text]) -> list[tuple[str, str]]:
    """Pairs of texts whose estimated boxes intersect (none should)."""
    out = []
    for k, a in enumerate(texts):
        ax0, ay0, ax1, ay1 = a.box()
        for b in texts[k + 1 :]:
            bx0, by0, bx1, by1 = b.box()
            if ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1:
                out.append((a.text, b.text))
    return out
