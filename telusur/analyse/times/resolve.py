"""Calendar arithmetic: turn a ``RawTime`` into a start and end date.

Rules a reader of the news applies, written down once:

- A yearless date or month with no marker is read as the occurrence no more than two months
  after publication (so "28 Desember" in a January article is last December); "lalu" puts it
  on or before publication (a month strictly before the publication month), "mendatang" /
  "depan" / a future marker after it.
- A bare weekday is the latest such day on or before publication; with a future marker the
  first one on or after it; "Jumat lalu" strictly before it. Weeks start on Monday.
- Parts: a month splits into days 1-10 / 11-20 / 21-end, a year into Jan-Apr / May-Aug /
  Sep-Dec, a week into Mon-Tue / Wed-Thu / the weekend.
- A season that spans the new year ("musim dingin": December-February) starts in the year named;
  "this" season is the occurrence nearest publication (in September, the summer just ended).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from telusur.analyse.times.parse import RawTime

Resolved = tuple[date, date, str, str]  # start, end, granularity, anchor

AHEAD_DAYS = 62  # how far after publication an unmarked yearless date may fall
SCENE_REACH = 1200  # characters a dated day stays the time the narrative is about


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + k
    return total // 12, total % 12 + 1


def shift(day: date, unit: str, n: int) -> date:
    """``day`` moved by ``n`` calendar units, clamped to the month's end."""
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(days=7 * n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}.get(unit, 12) * n
    y, m = add_months(day.year, day.month, months)
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def from_scene(raw: RawTime, start: date, end: date, anchor: str) -> Resolved:
    """An event ``raw.n`` units from the days ``start``..``end`` its sentence is about."""
    unit = raw.unit or "day"
    first, last = shift(start, unit, raw.n), shift(end, unit, raw.n)
    if unit in ("day", "week"):
        return first, last, "day" if first == last else "interval", anchor
    lo, hi = unit_bounds(first, unit)[0], unit_bounds(last, unit)[1]
    return lo, hi, unit, anchor


def unit_bounds(day: date, unit: str) -> tuple[date, date]:
    """The calendar unit (week, month, quarter, half, year, decade) containing ``day``."""
    if unit == "day":
        return day, day
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if unit == "decade":
        y = day.year - day.year % 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    size = {"month": 1, "quarter": 3, "half": 6}[unit]
    first = (day.month - 1) // size * size + 1
    return date(day.year, first, 1), month_end(day.year, first + size - 1)


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not 1 <= y <= 9999:
        return None
    if d > calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, d)


def pick_year(m: int, d: int, pub: date, tense: int) -> int:
    """The year of a yearless day, read from publication and the tense marker."""
    y = pub.year
    this = _safe_date(y, m, min(d, 28) if m == 2 and d == 29 else d) or date(y, m, 28)
    if tense < 0:
        return y if this <= pub else y - 1
    if tense > 0:
        return y if this >= pub else y + 1
    return y if this <= pub + timedelta(days=AHEAD_DAYS) else y - 1


def pick_month_year(m: int, pub: date, tense: int, named: bool = True) -> int:
    """``named``: the marker is the month's own ("next February"); a future marker of the
    clause ("the vote would be in February") leaves the month of publication this year's."""
    y = pub.year
    if tense < 0:
        return y if m < pub.month else y - 1
    if tense > 0:
        return y if m > pub.month or (m == pub.month and not named) else y + 1
    return y if date(y, m, 1) <= pub + timedelta(days=AHEAD_DAYS) else y - 1


def nearest_month_year(m: int, pub: date) -> int:
    """The year of the month ``m`` nearest ``pub``, before or after it: "the June summit"
    written in February is June ahead, "the January sales" written in March the one just past.
    """
    years = (pub.year - 1, pub.year, pub.year + 1)
    return min(years, key=lambda y: _distance((date(y, m, 1), month_end(y, m)), pub))


def resolve(raw: RawTime, pub: date | None, ctx_year: int | None) -> Resolved | None:
    """Dates for ``raw`` against one publication day (None: unknown) and a context year."""
    fn = _KINDS.get(raw.kind)
    got = fn(raw, pub, ctx_year) if fn else None
    if got is None or raw.part is None:
        return got
    start, end, _, anchor = got
    if raw.part == "run-up":
        return run_up(start), start - timedelta(days=1), "interval", anchor
    if raw.part in SPLIT_AT_PUBLICATION:
        start, end = split_at(start, end, raw.part, pub)
    else:
        start, end = part_of(start, end, raw.part, named=raw.kind in ("year", "years"))
    return start, end, "interval", anchor


def run_up(day: date) -> date:
    """Where the days leading up to ``day`` begin: its month's first day, or the previous
    month's when it is the first ("before Christmas": 1 to 24 December)."""
    first = day.replace(day=1)
    return first if day.day > 1 else (first - timedelta(days=1)).replace(day=1)


SPLIT_AT_PUBLICATION = frozenset({"later", "earlier"})


def split_at(start: date, end: date, part: str, pub: date | None) -> tuple[date, date]:
    """ "later this year": publication to the year's end; "earlier this month": the month's start
    to publication. A period publication is not in stays whole."""
    if pub is None or not start <= pub <= end:
        return start, end
    return (pub, end) if part == "later" else (start, pub)


def _year_for(raw: RawTime, pub: date | None, ctx: int | None) -> tuple[int, str] | None:
    """The year of a month-level or quarter-level expression and how it was known."""
    if raw.y is not None:
        return raw.y, "absolute"
    if raw.yrel is not None:
        return (pub.year + raw.yrel, "published") if pub else None
    if pub is not None:
        m = raw.m if raw.m is not None else 1
        if raw.nearest and raw.tense == 0:
            return nearest_month_year(m, pub), "published"
        if raw.kind in ("month", "months"):
            return pick_month_year(m, pub, raw.tense, named=raw.n != 0), "published"
        if raw.kind in ("quarter", "half") and raw.n and raw.tense <= 0:
            # "the fourth quarter" written in February is the one just past: read as the month
            # that opens it; with a future marker the year of publication, as it may be current
            first = (raw.n - 1) * (3 if raw.kind == "quarter" else 6) + 1
            return pick_month_year(first, pub, raw.tense, named=False), "published"
        return pub.year, "published"
    return (ctx, "context") if ctx is not None else None


def _date(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    assert raw.m is not None and raw.d is not None
    if raw.y is not None:
        day = _safe_date(raw.y, raw.m, raw.d)
        return (day, day, "day", "absolute") if day else None
    if raw.yrel is not None and pub is not None:
        y, anchor = pub.year + raw.yrel, "published"
    elif pub is not None:
        y, anchor = pick_year(raw.m, raw.d, pub, raw.tense), "published"
    elif ctx is not None:
        y, anchor = ctx, "context"
    else:
        return None
    day = _safe_date(y, raw.m, raw.d)
    return (day, day, "day", anchor) if day else None


def _days(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    assert raw.m is not None and raw.d is not None and raw.m2 is not None and raw.d2 is not None
    first = _date(RawTime(raw.span, "date", y=raw.y, m=raw.m, d=raw.d, tense=raw.tense), pub, ctx)
    if first is None:
        return None
    y = first[0].year + (1 if raw.y is None and raw.m2 < raw.m else 0)
    last = _safe_date(raw.y2 or y, raw.m2, raw.d2)
    if last is None or last < first[0]:
        return None
    return first[0], last, "interval", first[3]


def _month(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    assert raw.m is not None
    got = _year_for(raw, pub, ctx)
    if got is None:
        return None
    y, anchor = got
    if raw.kind == "months" and raw.m2 is not None:
        return date(y, raw.m, 1), month_end(raw.y2 or y, raw.m2), "interval", anchor
    return date(y, raw.m, 1), month_end(y, raw.m), "month", anchor


def _months_to(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    """The ``n`` months ending with the month named, whose year is read as a month's."""
    last = _month(raw._replace(kind="month"), pub, ctx)
    if last is None:
        return None
    y, m = add_months(last[0].year, last[0].month, 1 - raw.n)
    return date(y, m, 1), last[1], "interval", last[3]


def _year(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    assert raw.y is not None
    if raw.kind == "years" and raw.y2 is not None:
        return date(raw.y, 1, 1), date(raw.y2, 12, 31), "interval", "absolute"
    return date(raw.y, 1, 1), date(raw.y, 12, 31), "year", "absolute"


def _rel(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    if pub is None or raw.unit is None or raw.unit == "weekend":
        return None
    start, end = unit_bounds(shift(pub, raw.unit, raw.n), raw.unit)
    return start, end, raw.unit, "published"


def _recent(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    if pub is None or raw.unit is None:
        return None
    if raw.kind == "recent":
        return shift(pub, raw.unit, -raw.n), pub, "interval", "published"
    return pub, shift(pub, raw.unit, raw.n), "interval", "published"


def _weekday(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    if pub is None or raw.wd is None:
        return None
    if raw.week is not None:
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=raw.week)
        day = monday + timedelta(days=raw.wd)
    elif raw.tense > 0:
        day = pub + timedelta(days=(raw.wd - pub.weekday()) % 7)
    else:
        back = (pub.weekday() - raw.wd) % 7
        day = pub - timedelta(days=back or (7 if raw.tense < 0 else 0))
    return day, day, "day", "published"


def _weekdays(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    """The first day as a weekday resolves, and the ``n`` days after it ("from Friday to
    Sunday", "the weekend")."""
    got = _weekday(raw, pub, ctx)
    if got is None:
        return None
    return got[0], got[0] + timedelta(days=raw.n), "interval", "published"


def _quarter(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    got = _year_for(raw, pub, ctx)
    if got is None:
        return None
    y, anchor = got
    size = 3 if raw.kind == "quarter" else 6
    first = (raw.n - 1) * size + 1
    return date(y, first, 1), month_end(y, first + size - 1), raw.kind, anchor


def _season(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    assert raw.season is not None
    first, last = raw.season

    def occurrence(y: int) -> tuple[date, date]:
        end_year = y + 1 if last < first else y
        return date(y, first, 1), month_end(end_year, last)

    if raw.y is not None:
        s, e = occurrence(raw.y)
        return s, e, "season", "absolute"
    if pub is None:
        return None
    candidates = [occurrence(y) for y in range(pub.year - 2, pub.year + 2)]
    if raw.n < 0:
        s, e = [c for c in candidates if c[1] < pub][-1]
    elif raw.n > 0:
        s, e = next(c for c in candidates if c[0] > pub)
    else:  # "musim panas ini" in September is the summer just ended, in March the coming one
        s, e = min(candidates, key=lambda c: _distance(c, pub))
    return s, e, "season", "published"


def _holiday(raw: RawTime, pub: date | None, ctx: int | None) -> Resolved | None:
    """The year named, else the occurrence nearest publication; "lalu" the one on or before
    it, "depan" the one after."""
    assert raw.m is not None and raw.d is not None
    if raw.y is not None:
        return _day_of_year(raw.y, raw.m, raw.d, "absolute")
    if pub is None:
        return None
    days = [d for y in range(pub.year - 1, pub.year + 2) if (d := _valid_day(y, raw.m, raw.d))]
    if raw.n < 0:
        day = max((d for d in days if d <= pub), default=None)
    elif raw.n > 0:
        day = min((d for d in days if d > pub), default=None)
    else:
        day = min(days, key=lambda d: abs((d - pub).days), default=None)
    return (day, day, "day", "published") if day else None


def _day_of_year(y: int, m: int, d: int, anchor: str) -> Resolved | None:
    day = _valid_day(y, m, d)
    return (day, day, "day", anchor) if day else None


def _valid_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _distance(interval: tuple[date, date], day: date) -> int:
    """Days between ``day`` and an interval; 0 inside it."""
    start, end = interval
    return max((start - day).days, (day - end).days, 0)


_KINDS = {
    "date": _date,
    "days": _days,
    "month": _month,
    "months": _month,
    "months_to": _months_to,
    "year": _year,
    "years": _year,
    "rel": _rel,
    "recent": _recent,
    "ahead": _recent,
    "weekday": _weekday,
    "weekdays": _weekdays,
    "quarter": _quarter,
    "half": _quarter,
    "season": _season,
    "holiday": _holiday,
}


# The years of a decade a reader means by its early, middle and late part.
DECADE_PARTS = {"early": (0, 3), "start": (0, 3), "mid": (4, 6), "late": (7, 9), "end": (7, 9)}


def part_of(start: date, end: date, part: str, *, named: bool = False) -> tuple[date, date]:
    """The early, middle or late part of an interval, in the units a reader would use: the
    start and end of "tahun ini" / "this year" are its first and last month (GUIDELINES.md),
    of a named year ("early 2025") its first and last third. Where a language tells the edge
    from the third ("the end of 2005", "late 2005"), ``start`` and ``end`` are the edge month."""
    length = (end - start).days + 1
    part = {"start": "early", "end": "late"}.get(part, part) if length <= 31 else part
    if end.year - start.year == 9 and start.year % 10 == 0 and part in DECADE_PARTS:
        first, last = DECADE_PARTS[part]  # "the late 1990s": 1997-1999
        return date(start.year + first, 1, 1), date(start.year + last, 12, 31)
    if length == 7:  # a week: Mon-Tue, Wed-Thu, the weekend
        offsets = {"early": (0, 1), "mid": (2, 3), "late": (5, 6)}[part]
        return start + timedelta(days=offsets[0]), start + timedelta(days=offsets[1])
    if length <= 31:  # a month: 1-10, 11-20, 21-end
        bounds = {"early": (1, 10), "mid": (11, 20), "late": (21, end.day)}[part]
        return start.replace(day=bounds[0]), start.replace(day=min(bounds[1], end.day))
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if part in ("start", "end"):  # "the end of 2005", "the start of the quarter": one month
        edge = start if part == "start" else date(end.year, end.month, 1)
        return edge, month_end(edge.year, edge.month)
    if months == 12 and part != "mid" and not named:
        edge = start if part == "early" else date(end.year, end.month, 1)
        return edge, month_end(edge.year, edge.month)
    third = max(1, months // 3)
    k = {"early": 0, "mid": 1, "late": 2}[part]
    y, m = add_months(start.year, start.month, k * third)
    y2, m2 = add_months(start.year, start.month, months - 1 if k == 2 else (k + 1) * third - 1)
    return date(y, m, 1), month_end(y2, m2)
