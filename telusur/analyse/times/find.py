"""Time expressions in an article, resolved to dates.

``find_times`` reads the expressions (``timeparse``), then resolves each against the
publication date (``resolve``). When publication is an inferred interval rather than a known
day, every relative expression is resolved at both ends of the interval and widened to cover
both, and marked uncertain. "sehari setelah X" is measured from the day the narrative was last
about (anchor "event"), else from publication. When publication is unknown, a yearless date
takes its year from the nearest earlier explicit year in the text (anchor "context");
relative expressions keep their span but no dates. A relative expression inside a quote is
measured from the day the quote was said when its attribution dates it.
"""

from __future__ import annotations

from datetime import date, timedelta

from telusur.analyse.times.clocks import CLOCK, find_clocks
from telusur.analyse.times.compare import Period, compared
from telusur.analyse.times.durations import DURATION, find_durations
from telusur.analyse.times.parse import RawTime, parse
from telusur.analyse.times.published import from_captions, infer_from
from telusur.analyse.times.resolve import SCENE_REACH, Resolved, from_scene, month_end, resolve
from telusur.analyse.times.words import lexicon
from telusur.records import Published, TimeRef

__all__ = ["dating", "find_times", "publication_bounds", "times_and_published"]

Scene = tuple[date, date, int]  # the last dated day (or days) and where it was written


def publication_bounds(published: Published) -> tuple[date, date] | None:
    """The first and last possible publication day, or None when either is unknown."""
    if not published.start or not published.end:
        return None
    try:
        start = date.fromisoformat(published.start[:10])
        end = date.fromisoformat(published.end[:10])
    except ValueError:
        return None
    return (start, end) if start <= end else (end, start)


def find_times(text: str, lang: str, published: Published) -> list[TimeRef]:
    """Every time expression in ``text`` with its span and dates (see the module docstring)."""
    times = resolve_all(text, parse(text, lang), published, lang)
    return _with_clocks_and_durations(text, lang, times)


def times_and_published(
    text: str,
    lang: str,
    known: Published,
    *,
    window: tuple[str, str] | None = None,
    settled: bool = False,
    captions: tuple[str, ...] = (),
) -> tuple[Published, list[TimeRef]]:
    """Publication (``infer_published``) and times (``find_times``) from one parse.

    ``settled`` takes ``known`` as found, as for a later part of a long article. ``captions``
    are the photo captions cleaning removed: read only when the text gives no date."""
    parsed = parse(text, lang)
    given = settled or known.how in ("metadata", "story", "copy")  # settled outside the text
    published = known if given else infer_from(text, lang, parsed, window)
    if not given and published.how == "unknown" and captions:
        published = from_captions(text, lang, parsed, list(captions), window)
    times = resolve_all(text, parsed, published, lang)
    return published, _with_clocks_and_durations(text, lang, times)


def dating(times: list[TimeRef]) -> list[TimeRef]:
    """The times that date something on their own: not durations, which have no interval, nor
    clock times, which repeat the day named beside them."""
    return [t for t in times if t.granularity not in (DURATION, CLOCK)]


def _with_clocks_and_durations(text: str, lang: str, times: list[TimeRef]) -> list[TimeRef]:
    """Both finders skip what ``times`` already covers, and never meet each other: a clock time
    has no unit word after its count."""
    extra = [*find_clocks(text, lang, times), *find_durations(text, lang, times)]
    return sorted([*times, *extra], key=lambda t: t.span) if extra else times


def resolve_all(
    text: str, parsed: list[RawTime], published: Published, lang: str = "id"
) -> list[TimeRef]:
    bounds = publication_bounds(published)
    inferred = published.how != "metadata"
    out: list[TimeRef] = []
    ctx: int | None = None
    scene: Scene | None = None
    period: Period | None = None
    named: dict[int, date] = {}  # weekday -> the day a date beside it named ("Sabtu (27/5)")
    for i, raw in enumerate(parsed):
        if raw.kind in ("event", "scene"):
            got = _from_scene(raw, scene, bounds if raw.kind == "event" else None)
            if got is None and raw.kind == "scene":
                continue  # "malam itu" with no day named before: nothing to date it from
        else:
            said = _quote_day(text, parsed, i, bounds, ctx) if raw.kind == "rel" else None
            got = (raw.kind == "rel" and raw.n < 0 and compared(text, lang, raw, period)) or (
                resolve_between(raw, said or bounds, ctx)
            )
            if raw.kind == "date" and raw.y is None and raw.yrel is None:
                got = _in_scene_year(text, raw, got, scene)
            got = _named_weekday(raw, got, named, bounds)
            if raw.kind == "weekday" and scene is not None:
                got = _that_weekday(text, raw, got, scene, lang)
        out.append(_timeref(text, raw, got, inferred))
        if got is not None and raw.kind == "date" and raw.wd is not None and got[0] == got[1]:
            named[got[0].weekday()] = got[0]
        if got is not None and got[2] != "day":
            period = _period(got, raw) or period
        if got is not None and got[3] == "absolute":
            ctx = got[1].year
        if got is not None and got[2] == "day":
            scene = (got[0], got[1], raw.span[1])
    lex = lexicon(lang)
    return _ranges(text, out, lex.range_openers, lex.since)


def _ranges(
    text: str, times: list[TimeRef], openers: frozenset[str], since: frozenset[str]
) -> list[TimeRef]:
    """ "hari ini hingga 26 Juni tahun depan": a time, then one opened by "until" right after
    it, is one interval from the first's start to the second's end. After "sejak" ("since
    Sunday night until Wednesday") the two stay two days: each dates what began or ended."""
    out: list[TimeRef] = []
    for t in times:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.start is not None
            and t.end is not None
            and prev.start <= t.end
            and t.text.split(None, 1)[0].lower() in openers
            and text[prev.span[1] : t.span[0]].isspace()
            and not _after_since(text, prev, since)
        ):
            start = prev.span[0]
            out[-1] = TimeRef(
                span=(start, t.span[1]),
                text=text[start : t.span[1]],
                start=prev.start,
                end=t.end,
                granularity="interval",
                anchor=prev.anchor if prev.anchor == t.anchor else "published",
                uncertain=prev.uncertain or t.uncertain,
            )
        else:
            out.append(t)
    return out


def _after_since(text: str, t: TimeRef, since: frozenset[str]) -> bool:
    """Whether ``t`` is opened by "sejak"/"since", in its span or right before it."""
    before = text[max(0, t.span[0] - 16) : t.span[0]].split()
    first = t.text.split(None, 1)[0]
    return first.lower() in since or (bool(before) and before[-1].lower() in since)


def _period(got: Resolved | None, raw: RawTime) -> Period | None:
    """A whole month, quarter, half or year just named: what a comparison in its sentence
    compares against."""
    if got is None or got[0].day != 1 or got[1] != month_end(got[1].year, got[1].month):
        return None
    months = (got[1].year - got[0].year) * 12 + got[1].month - got[0].month + 1
    return (got[0], got[1], raw.span[1]) if months in (1, 3, 6, 12) else None


SCENE_YEAR_DAYS = 62  # a yearless day this soon after the paragraph's dated day is in its year


def _in_scene_year(
    text: str, raw: RawTime, got: Resolved | None, scene: Scene | None
) -> Resolved | None:
    """A yearless day read in the year of the day its paragraph is about: "hingga 26 Juni tahun
    depan. ... pada 27 Juni" is the 27 June after that one, not this year's."""
    if got is None or scene is None or got[0] != got[1] or "\n" in text[scene[2] : raw.span[0]]:
        return got
    about = scene[1]
    if about.year == got[0].year:
        return got
    try:
        day = got[0].replace(year=about.year)
    except ValueError:
        return got
    if 0 <= (day - about).days <= SCENE_YEAR_DAYS:
        return day, day, got[2], "context"
    return got


def _that_weekday(
    text: str, raw: RawTime, got: Resolved | None, scene: Scene, lang: str
) -> Resolved | None:
    """ "on 16 March ... at 1230 GMT on that Wednesday": a weekday after "that" is the day
    named before when it falls on that weekday."""
    day = scene[0]
    if scene[1] != day or day.weekday() != raw.wd:
        return got
    before = text[max(0, raw.span[0] - 12) : raw.span[0]].split()
    if not before or before[-1].lower() not in lexicon(lang).scene_weekday:
        return got
    return day, day, "day", "context"


QUOTE_CLOSERS = frozenset('"”’»')
QUOTE_REACH = 80  # characters from a quote's end to the day its speaker said it


def _quote_day(
    text: str, parsed: list[RawTime], i: int, bounds: tuple[date, date] | None, ctx: int | None
) -> tuple[date, date] | None:
    """The day a quote holding ``parsed[i]`` was said: '"Kemarin rekor baru," kata Agung,
    Selasa, 10 September 2019' measures "kemarin" from that Tuesday, not from publication."""
    end = parsed[i].span[1]
    for later in parsed[i + 1 : i + 4]:
        between = text[end : later.span[0]]
        if "\n" in between or later.kind != "date":
            return None
        closing = max((between.rfind(c) for c in QUOTE_CLOSERS), default=-1)
        if closing < 0 or len(between) - closing > QUOTE_REACH:
            continue
        got = resolve_between(later, bounds, ctx)
        if got is not None and got[0] == got[1]:
            return got[0], got[1]
        return None
    return None


NAMED_WEEKDAY_DAYS = 7  # how far from publication a dated weekday may lend its date


def _named_weekday(
    raw: RawTime,
    got: Resolved | None,
    named: dict[int, date],
    bounds: tuple[date, date] | None,
) -> Resolved | None:
    """A bare weekday the article has dated ahead of publication is that day: after "final
    Piala FA, Sabtu (27/5)" in a schedule published on the 26th, "Sabtu" is the 27th, not the
    Saturday before. A dated day behind the bare reading ("dibandingkan jumat (7/2) ... pada
    jumat") is the week before: the bare day stays the latest."""
    if raw.kind != "weekday" or raw.week is not None or raw.tense < 0 or got is None:
        return got
    day = named.get(raw.wd) if raw.wd is not None else None
    if day is None or bounds is None or day <= got[1]:
        return got
    if day > bounds[1] + timedelta(NAMED_WEEKDAY_DAYS):
        return got
    return day, day, "day", "context"


def _from_scene(
    raw: RawTime, scene: Scene | None, bounds: tuple[date, date] | None
) -> Resolved | None:
    """ "sehari setelah X": measured from the day the text was last about, else publication."""
    if scene is not None and raw.span[0] - scene[2] <= SCENE_REACH:
        return from_scene(raw, scene[0], scene[1], "event")
    if bounds is None:
        return None
    return from_scene(raw, bounds[0], bounds[1], "published")


def resolve_between(
    raw: RawTime, bounds: tuple[date, date] | None, ctx: int | None
) -> Resolved | None:
    """Resolve at both ends of the publication interval and keep the union."""
    if bounds is None:
        return resolve(raw, None, ctx)
    first = resolve(raw, bounds[0], ctx)
    if bounds[0] == bounds[1] or first is None:
        return first
    last = resolve(raw, bounds[1], ctx)
    if last is None:
        return first
    return min(first[0], last[0]), max(first[1], last[1]), first[2], first[3]


def _timeref(text: str, raw: RawTime, got: Resolved | None, inferred: bool) -> TimeRef:
    start, end = raw.span
    if got is None:
        return TimeRef((start, end), text[start:end], None, None, _granularity(raw), "published")
    return TimeRef(
        span=(start, end),
        text=text[start:end],
        start=got[0].isoformat(),
        end=got[1].isoformat(),
        granularity=got[2],
        anchor=got[3],
        uncertain=inferred and got[3] in ("published", "event"),
    )


def _granularity(raw: RawTime) -> str:
    if raw.part is not None or raw.kind in (
        "days",
        "months",
        "months_to",
        "years",
        "recent",
        "ahead",
        "weekdays",
    ):
        return "interval"
    if raw.kind == "rel":
        return raw.unit or "interval"
    return {"date": "day", "weekday": "day", "holiday": "day"}.get(raw.kind, raw.kind)
