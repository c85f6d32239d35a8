"""Publication date from the text, when metadata gives none.

A careful reader's steps, in order:

1. **Year.** From the latest explicit full date ("Senin (21/10/2024)", "21 Oktober 2024");
   else from a weekday written with a yearless date ("Senin (24/5)"): the first year, from the
   latest year named in the text, in which that day is that weekday; else from ``window``
   (dates known from outside the text, such as a crawl or collection span). A text that names
   no usable year gives at most a lower bound ("on or after"), never a guessed year.
2. **Lower bound.** The latest day-level event not marked as future: publication is on or
   after it, and (news being recent) within a month of it.
3. **Narrowing**, each step kept only if some day survives it:
   a weekday-dated event is reported 0-7, then usually 0-2 days later;
   "Selasa minggu ini" with a future marker means publication is on or before that Tuesday of
   the same Monday-start week; a bare past weekday ("pada hari Jumat") names a day after the
   dated background and at most two days before publication; "bulan ini" puts publication in
   the month of the latest event.
4. The earliest run of consecutive surviving days is the answer, with the spans that led to it.
5. A dated dateline ("SEOUL, Oct 18 (Reuters) -", patterns in ``lang/common/datelines.toml``)
   names the filing day itself: the answer narrows to it when it lies within.

When the cleaned text gives nothing, the photo captions cleaning removed are read after it
(``from_captions``): a caption's date ("Warga mengungsi, Selasa (11/11/2025). ANTARA FOTO/…")
is often the only full date a short article carries, and the text's weekdays narrow from it.
It is weaker evidence, as a photo may be older than the story, and is marked so: its evidence
has the field ``caption`` and no span, since the caption is not in the cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from telusur.analyse.times.parse import RawTime, parse
from telusur.analyse.times.resolve import pick_year
from telusur.analyse.times.words import lexicon
from telusur.lang import load
from telusur.records import Evidence, Published

__all__ = ["from_captions", "infer_from", "infer_published"]

RECENT_DAYS = 31  # publication follows its latest reported event within this many days
PIN_DAYS = (7, 2)  # a weekday-dated event: reported within a week, usually within two days
WEEKDAY_YEARS = 2  # years from the latest begun year in which a weekday-date match is sought
CAPTION_GAP = "\n\n"  # between the text and the removed captions read after it

Check = Callable[[date], bool]


@dataclass(frozen=True, slots=True)
class _Event:
    day: date
    raw: RawTime


def infer_published(
    text: str, lang: str, known: Published, *, window: tuple[str, str] | None = None
) -> Published:
    """``known`` when it came from metadata; otherwise the tightest interval the text supports.

    ``window`` (ISO start, end) bounds publication from outside the text and is used only to
    fix what the text leaves open, chiefly the year.
    """
    if known.how == "metadata":
        return known
    return infer_from(text, lang, parse(text, lang), window)


def infer_from(
    text: str, lang: str, parsed: list[RawTime], window: tuple[str, str] | None = None
) -> Published:
    """``infer_published`` over expressions already parsed from ``text``."""
    open_ended = lexicon(lang).open_ended
    raws = [
        r for r in parsed if r.kind not in ("date", "days") or _opening(text, r) not in open_ended
    ]
    bounds = _window(window)
    low_year = _latest_year(text, lang, raws)
    for year in _candidate_years(raws, bounds, low_year):
        got = _within_year(text, raws, year, bounds)
        if got is not None:
            return _dateline_day(text, parsed, got)
    return _coarse(text, raws, bounds, low_year)


def from_captions(
    text: str,
    lang: str,
    parsed: list[RawTime],
    captions: list[str],
    window: tuple[str, str] | None = None,
) -> Published:
    """``infer_from`` over the text with the removed ``captions`` after it: a caption's date
    anchors what the text says ("Senin", "Sabtu lalu"). Evidence in the text keeps its span;
    what the captions gave has the field ``caption`` and no span."""
    joined = "\n".join(captions)
    at = len(text) + len(CAPTION_GAP)
    extra = [r._replace(span=(r.span[0] + at, r.span[1] + at)) for r in parse(joined, lang)]
    if not extra:
        return Published(how="unknown")
    got = infer_from(text + CAPTION_GAP + joined, lang, [*parsed, *extra], window)
    if got.how != "text":
        return Published(how="unknown")
    own = [e for e in got.evidence if e.span and e.span[1] <= len(text)]
    read = [e.text for e in got.evidence if e.span and e.span[0] >= at]
    read = read or [joined[r.span[0] - at : r.span[1] - at] for r in extra if r.kind == "date"]
    notes = [Evidence(text=words, field="caption") for words in read]
    return Published(got.start, got.end, "text", [*own, *notes])


@lru_cache(maxsize=1)
def _dateline() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    table = load("common", "datelines")
    return re.compile(table["before"]), re.compile(table["after"]), int(table["reach"])


def _dateline_day(text: str, parsed: list[RawTime], got: Published) -> Published:
    """Narrow ``got`` to the day a dated dateline names ("SEOUL, Oct 18 (Reuters) -"): a wire
    story is filed on its dateline's day."""
    before, after, reach = _dateline()
    first = next((r for r in parsed if r.kind == "date"), None)
    if first is None or first.span[0] > reach or not got.start or not got.end:
        return got
    if not before.match(text[: first.span[0]]) or not after.match(text[first.span[1] :]):
        return got
    assert first.m is not None and first.d is not None
    low, high = date.fromisoformat(got.start), date.fromisoformat(got.end)
    for year in {first.y} if first.y else {low.year, high.year}:
        try:
            day = date(year, first.m, first.d)
        except ValueError:
            continue
        if low <= day <= high:
            words = text[: first.span[1]].strip()
            note = Evidence(text=words, span=(0, first.span[1]), field="dateline")
            return Published(day.isoformat(), day.isoformat(), "text", [note])
    return got


def _window(window: tuple[str, str] | None) -> tuple[date, date] | None:
    if window is None:
        return None
    return date.fromisoformat(window[0]), date.fromisoformat(window[1])


def _latest_year(text: str, lang: str, raws: list[RawTime]) -> int | None:
    """The latest year the text shows to have begun: a past full date, a year marked past
    ("2016 lalu") or opened with "sejak". A bare year may be a plan ("hingga 2030")."""
    since = lexicon(lang).since
    years = []
    for r in raws:
        y = r.y2 or r.y
        if y is None or r.tense > 0:
            continue
        opening = _opening(text, r)
        if (r.kind == "date" and r.d is not None) or r.tense < 0 or opening in since:
            years.append(r.y or y)
    return max(years) if years else None


def _opening(text: str, raw: RawTime) -> str:
    words = text[raw.span[0] : raw.span[1]].split(maxsplit=1)
    return words[0].lower() if words else ""


def _candidate_years(
    raws: list[RawTime], bounds: tuple[date, date] | None, low_year: int | None
) -> list[int]:
    full = [r for r in raws if r.kind == "date" and r.y is not None and r.tense <= 0]
    if full:
        return [max(full, key=_key).y or 0]
    pinned = [r for r in raws if r.kind == "date" and r.wd is not None and r.tense <= 0]
    if pinned:
        latest = pinned[-1]
        assert latest.m is not None and latest.d is not None and latest.wd is not None
        years = _span_years(bounds, low_year)
        return [y for y in years if _weekday_of(y, latest.m, latest.d) == latest.wd][:1]
    if any(r.kind in ("date", "days") and r.tense <= 0 for r in raws) and bounds is not None:
        return list(range(bounds[0].year, bounds[1].year + 1))
    return []


def _key(raw: RawTime) -> tuple[int, int, int]:
    return raw.y or 0, raw.m or 0, raw.d or 0


def _span_years(bounds: tuple[date, date] | None, low_year: int | None) -> list[int]:
    if bounds is not None:
        return list(range(bounds[0].year, bounds[1].year + 1))
    if low_year is None:
        return []
    return list(range(low_year, low_year + WEEKDAY_YEARS))[:2]


def _weekday_of(y: int, m: int, d: int) -> int | None:
    try:
        return date(y, m, d).weekday()
    except ValueError:
        return None


def _events(raws: list[RawTime], year: int, proxy: date | None = None) -> list[_Event]:
    """Day-level events not marked as future. A yearless one is put in ``year``, or, when a
    full date is known (``proxy``), in the year a reader would give it next to that date."""
    out: list[_Event] = []
    for r in raws:
        if r.kind not in ("date", "days") or r.tense > 0 or r.m is None or r.d is None:
            continue
        m, d = (r.m2, r.d2) if r.kind == "days" and r.m2 and r.d2 else (r.m, r.d)
        y = r.y2 or r.y or (pick_year(m, d, proxy, r.tense) if proxy else year)
        try:
            out.append(_Event(date(y, m, d), r))
        except ValueError:
            continue
    return out


def _within_year(
    text: str, raws: list[RawTime], year: int, bounds: tuple[date, date] | None
) -> Published | None:
    full = [e for e in _events(raws, year) if e.raw.y is not None]
    proxy = max((e.day for e in full), default=None)
    events = [e for e in _events(raws, year, proxy) if e.day.year >= year - 1]
    if not events:
        return None
    latest = max(events, key=lambda e: e.day)
    days = [latest.day + timedelta(days=k) for k in range(RECENT_DAYS + 1)]
    if bounds is not None:
        days = [d for d in days if bounds[0] <= d <= bounds[1]]
    if not days:
        return None
    used = [latest.raw]
    for check, raw in _checks(raws, events, latest):
        kept = [d for d in days if check(d)]
        if kept:
            days = kept
            used.append(raw)
    first, last = _first_run(days)
    if len(used) == 1:  # only a lower bound: the text says nothing about how much later
        end = bounds[1].isoformat() if bounds is not None else None
        return Published(first.isoformat(), end, "text", _evidence(text, used))
    return Published(first.isoformat(), last.isoformat(), "text", _evidence(text, used))


def _checks(
    raws: list[RawTime], events: list[_Event], latest: _Event
) -> list[tuple[Check, RawTime]]:
    out: list[tuple[Check, RawTime]] = []
    pins = [e for e in events if e.raw.wd is not None]
    if pins:
        pin = max(pins, key=lambda e: e.day)
        out += [(_after(pin.day, PIN_DAYS[0]), pin.raw), (_after(pin.day, PIN_DAYS[1]), pin.raw)]
    background = max((e.day for e in events if e.raw.wd is None), default=None)
    for r in raws:
        if r.kind == "weekday" and r.wd is not None:
            out += _weekday_checks(r, r.wd, background)
    for r in raws:
        if r.kind == "rel" and r.unit == "month" and r.n == 0 and r.part is None:
            out.append((_same_month(latest.day), r))
            break
    out.sort(key=lambda pair: _PRIORITY.get(pair[0].__name__, 9))
    return out


def _after(day: date, most: int) -> Check:
    def pin(d: date) -> bool:
        return 0 <= (d - day).days <= most

    return pin


def _weekday_checks(r: RawTime, wd: int, background: date | None) -> list[tuple[Check, RawTime]]:
    if r.week == 0 and r.tense > 0:

        def this_week(d: date) -> bool:
            return d.weekday() <= wd

        return [(this_week, r)]
    if r.week is not None or r.tense > 0:
        return []

    def named_day(d: date) -> date:
        back = (d.weekday() - wd) % 7
        return d - timedelta(days=back or (7 if r.tense < 0 else 0))

    out: list[tuple[Check, RawTime]] = []
    if background is not None:

        def after_background(d: date) -> bool:
            return named_day(d) >= background

        out.append((after_background, r))

    def recent_weekday(d: date) -> bool:
        return (d - named_day(d)).days <= PIN_DAYS[1]

    out.append((recent_weekday, r))
    return out


def _same_month(day: date) -> Check:
    def month(d: date) -> bool:
        return (d.year, d.month) == (day.year, day.month)

    return month


_PRIORITY = {"pin": 0, "this_week": 1, "after_background": 2, "recent_weekday": 3, "month": 4}


def _first_run(days: list[date]) -> tuple[date, date]:
    first = last = days[0]
    for d in days[1:]:
        if (d - last).days > 1:
            break
        last = d
    return first, last


def _coarse(
    text: str, raws: list[RawTime], bounds: tuple[date, date] | None, low_year: int | None
) -> Published:
    """No day-level anchor: the window, cut by the latest year named; or only a lower bound."""
    used = [r for r in raws if r.y is not None and r.tense <= 0 and low_year in (r.y, r.y2)]
    lower = date(low_year, 1, 1) if low_year is not None else None
    yearless = _yearless_lower(raws, low_year)
    if yearless is not None:
        lower = yearless[0]
        used.append(yearless[1])
    if lower is None:  # the text supports nothing; a window alone is not evidence
        return Published(how="unknown")
    if bounds is not None:
        start = max(bounds[0], lower)
        if start <= bounds[1]:
            end = bounds[1].isoformat()
            return Published(start.isoformat(), end, "text", _evidence(text, used))
    return Published(lower.isoformat(), None, "text", _evidence(text, used))


def _yearless_lower(raws: list[RawTime], low_year: int | None) -> tuple[date, RawTime] | None:
    """A yearless past day in the latest named year raises the lower bound ("11 Februari")."""
    if low_year is None:
        return None
    events = [e for e in _events(raws, low_year) if e.raw.y is None and e.day.year == low_year]
    if not events:
        return None
    latest = max(events, key=lambda e: e.day)
    return latest.day, latest.raw


def _evidence(text: str, raws: list[RawTime]) -> list[Evidence]:
    seen: set[tuple[int, int]] = set()
    out: list[Evidence] = []
    for r in raws:
        if r.span not in seen:
            seen.add(r.span)
            out.append(Evidence(text[r.span[0] : r.span[1]], r.span))
    out.sort(key=lambda e: e.span or (0, 0))
    return out
