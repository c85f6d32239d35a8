"""Time vocabulary read from ``lang/<lang>/time.toml`` and the tokeniser both sides share.

Phrases in the data are tokenised with the same rule as the text, so "s.d." or "hari ini"
match token by token; tables are frozen once per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any

from telusur.lang import load

# A number chunk keeps its separators ("21/10/2024", "1.500", "2,3", "8–13") so that a
# decimal or grouped figure is one token and can never be read as a date. Each branch
# consumes what the next cannot, so matching is linear.
TOKEN = re.compile(r"(\d+(?:[.,/\-–]\d+)*)|([^\W\d_]+)|(\S)")
# The same on plain text (see ``plain``), with ASCII mode's classes listed.
ASCII_TOKEN = re.compile(r"([0-9]+(?:[.,/\-–][0-9]+)*)|([A-Za-z]+)|([^\t\n\x0b\x0c\r ])")
KINDS = ("", "n", "w", "p")  # by the group that matched

Token = tuple[int, int, str, str]  # start, end, lower-cased text, kind: n(umber) w(ord) p(unct)
Phrase = tuple[str, ...]
PREFIX = object()  # marks a proper prefix of a phrase in a phrase table


def tokenize(
    text: str, start: int = 0, end: int | None = None, lowered: bool = False
) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``; ``lowered``: already lower-case."""
    stop = len(text) if end is None else end
    pattern = ASCII_TOKEN if plain(text) or _plain_part(text, start, stop) else TOKEN
    found = pattern.finditer(text, start, stop)
    if lowered:
        return [(m.start(), m.end(), m.group(), KINDS[m.lastindex or 0]) for m in found]
    return [(m.start(), m.end(), m.group().lower(), KINDS[m.lastindex or 0]) for m in found]


def phrase(key: str) -> Phrase:
    return tuple(t[2] for t in tokenize(key))


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    months: Mapping[str, int]
    month_abbr: Mapping[str, int]
    weekdays: Mapping[str, int]
    ambiguous_weekdays: frozenset[str]
    weekday_before: frozenset[str]
    times_of_day: frozenset[str]
    days: Mapping[Phrase, int]
    scene_days: Mapping[Phrase, int]  # "malam itu": days from the day the narrative is about
    scene_after: frozenset[str]  # "later" of "six days later": counted from that day too
    units: Mapping[str, str]
    units_one: Mapping[str, str]
    rel_after: Mapping[Phrase, tuple[str, str]]
    rel_before: Mapping[Phrase, tuple[str, str]]
    rel_event: Mapping[Phrase, str]  # "setelah": dates the event after it from the main clause
    nearest_weekend: Mapping[Phrase, bool]  # "the weekend": the nearest one in the tense
    weekend_cues: frozenset[str]  # "over", "at": the word before "the weekend" that makes it a time
    weekend_named: frozenset[str]  # "of" after "the weekend": its days are named next
    future_pairs: frozenset[tuple[str, str]]  # "is to": a future of two words
    ahead_in: frozenset[str]  # "in" of "in four days" in a future clause: a day ahead
    event_one: frozenset[str]  # "a"/"the" before a bare unit and an event word: a count of one
    numbers: Mapping[Phrase, int]
    parts: Mapping[Phrase, str]
    ordinals: Mapping[str, int]
    seasons: Mapping[Phrase, tuple[int, int]]
    holidays: Mapping[Phrase, tuple[int, int]]  # a fixed-date day: (month, day)
    cued_holidays: Mapping[Phrase, tuple[int, int]]  # "Christmas": a day with a year or a cue
    holiday_cues: frozenset[str]  # "since": the word before that makes such a name its day
    run_up: frozenset[str]  # "before" of "before Christmas": the days leading up to it
    scene_weekday: frozenset[str]  # "that" of "on that Wednesday": the day named before
    unit_multiples: Mapping[str, tuple[str, int]]  # "fortnight": two weeks
    month_cues: frozenset[str]  # "a February poll": words before a bare month name only
    nearest_month_cues: frozenset[str]  # "the June summit": the nearest June, either side
    capitalised_cues: frozenset[str]  # "a" of "a May election": "May" a month there too
    not_attributive: frozenset[str]  # words after such a month that name no event by it
    season_year_links: frozenset[str]  # "of" in "the summer of 2003": the season's year after it
    marked_seasons: frozenset[str]  # "fall": a season only after "last", "this", "next"
    period_to: frozenset[str]  # "to" in "the three months to December": the months ending then
    prepositions: frozenset[str]
    cues: frozenset[str]
    day_word: frozenset[str]
    month_word: frozenset[str]
    year_word: frozenset[str]
    between: frozenset[str]
    joiners: Mapping[Phrase, bool]
    not_year_after: frozenset[str]
    year_cues: frozenset[str]  # words that make a bare four-digit number a year: "a 2007 deadline"
    apostrophes: frozenset[str]  # of a possessive "'s" before a bare year ("Clapton's 1991 hit")
    past_auxiliaries: frozenset[str]  # "had" of "had been expected": no future marker then
    expectations: frozenset[str]  # "expected": the markers a past auxiliary so turns
    future: frozenset[str]
    past: frozenset[str]
    lookback: int
    longest: int  # longest phrase in any table, in tokens
    starts: frozenset[str]  # first tokens that can open an expression (numbers apart)
    month_day: bool  # "October 21" as well as "21 October"
    bare_years: bool  # counts of a thousand and more take a comma: a bare "2005" is a year
    capitalised: frozenset[str]  # month names that are also common words ("may")
    month_year_links: frozenset[str]  # "in" of "February in 1974": a month's year after it
    decade_suffixes: frozenset[Phrase]  # "s" of "1970s", "-an" of "1970-an"
    since: frozenset[str]  # "sejak": the year after it has begun
    open_ended: frozenset[str]  # "hingga", "mulai": the date after it may lie ahead
    range_openers: frozenset[str]  # "hingga", "until": a time opened so ends the range before it
    month_links: frozenset[str]  # "sama", "or": two month names so linked support each other
    back: frozenset[str]  # words that may open an expression before its core word
    parts_current: frozenset[str]  # "the" in "the end of the year": the current unit
    trigger: re.Pattern[str]  # where an expression may have its core word or number
    listed_trigger: re.Pattern[str]  # the same, led by the listed non-word characters
    plain_trigger: re.Pattern[str]  # the listed one in ASCII mode, for plain text
    ascii_trigger: re.Pattern[str]  # the same led by ASCII characters only, for ASCII text
    trigger_keys: Keys | None  # where the trigger may match plain text (word_keys)


def _pairs(table: Mapping[str, Any]) -> dict[Phrase, Any]:
    return {phrase(k): v for k, v in table.items()}


def _meanings(table: Mapping[str, str]) -> dict[Phrase, tuple[str, str]]:
    out = {}
    for key, value in _pairs(table).items():
        bare, _, counted = value.partition("/")
        out[key] = (bare, counted or bare)
    return out


def _frozen(table: Mapping[Any, Any]) -> Mapping[Any, Any]:
    return MappingProxyType(dict(table))


@cache
def lexicon(lang: str) -> Lexicon:
    """The time vocabulary of a language; English when the language has none."""
    data = load(lang, "time") or load("en", "time")
    ctx = data.get("context", {})
    rules = data.get("weekday_rules", {})
    tense = data.get("tense", {})
    f: dict[str, Any] = {
        "months": data.get("months", {}),
        "month_abbr": data.get("month_abbr", {}),
        "weekdays": {phrase(k)[0]: v for k, v in data.get("weekdays", {}).items()},
        "days": _pairs(data.get("days", {})),
        "scene_days": _pairs(data.get("scene_days", {})),
        "units": data.get("units", {}),
        "units_one": data.get("units_one", {}),
        "rel_after": _meanings(data.get("relative_after", {})),
        "rel_before": _meanings(data.get("relative_before", {})),
        "rel_event": _pairs(data.get("relative_event", {})),
        "numbers": _pairs(data.get("numbers", {})),
        "parts": _pairs(data.get("parts", {})),
        "ordinals": data.get("ordinals", {}),
        "seasons": {k: (v[0], v[1]) for k, v in _pairs(data.get("seasons", {})).items()},
        "holidays": {k: (v[0], v[1]) for k, v in _pairs(data.get("holidays", {})).items()},
        "cued_holidays": {
            k: (v[0], v[1])
            for k, v in _pairs(data.get("cued_holidays", {}).get("days", {})).items()
        },
        "unit_multiples": {k: (v[0], int(v[1])) for k, v in data.get("unit_multiples", {}).items()},
        "nearest_weekend": {phrase(w): True for w in data.get("weekend", {}).get("nearest", [])},
        "joiners": {
            phrase(j): "between" if j in ctx.get("between_only", []) else True
            for j in ctx.get("range_joiners", [])
        },
    }
    sets = {
        "ambiguous_weekdays": rules.get("ambiguous", []),
        "weekday_before": rules.get("before", []),
        "times_of_day": rules.get("times_of_day", []),
        "prepositions": ctx.get("prepositions", []),
        "cues": ctx.get("month_year_cues", []),
        "day_word": ctx.get("day_word", []),
        "month_word": ctx.get("month_word", []),
        "year_word": ctx.get("year_word", []),
        "between": ctx.get("between", []),
        "not_year_after": ctx.get("not_year_after", []),
        "year_cues": ctx.get("year_cues", []),
        "future": tense.get("future", []),
        "past": tense.get("past", []),
        "event_one": data.get("relative_event_one", {}).get("words", []),
        "ahead_in": tense.get("ahead_in", []),
        "weekend_cues": data.get("weekend", {}).get("after", []),
        "weekend_named": data.get("weekend", {}).get("named_by", []),
        "holiday_cues": data.get("cued_holidays", {}).get("after", []),
        "run_up": ctx.get("run_up", []),
        "scene_weekday": ctx.get("scene_weekday", []),
        "month_cues": ctx.get("month_cues", []),
        "apostrophes": ctx.get("apostrophes", []),
        "past_auxiliaries": tense.get("past_auxiliaries", []),
        "expectations": tense.get("expectations", []),
        "nearest_month_cues": ctx.get("nearest_month_cues", []),
        "capitalised_cues": ctx.get("capitalised_cues", []),
        "not_attributive": ctx.get("not_attributive", []),
        "season_year_links": ctx.get("season_year_links", []),
        "marked_seasons": ctx.get("marked_seasons", []),
        "period_to": ctx.get("period_to", []),
    }
    phrased = (
        "days",
        "scene_days",
        "rel_after",
        "rel_before",
        "rel_event",
        "numbers",
        "parts",
        "seasons",
        "holidays",
        "cued_holidays",
        "joiners",
        "nearest_weekend",
    )
    longest = max((len(k) for name in phrased for k in f[name]), default=1)
    starts: set[str] = set(f["months"]) | set(f["month_abbr"]) | set(f["weekdays"])
    starts |= set(f["units_one"]) | set(f["units"]) | set(f["unit_multiples"])
    named = ("days", "scene_days", "rel_before", "numbers", "parts", "seasons", "holidays")
    for name in (*named, "cued_holidays"):
        starts |= {k[0] for k in f[name]}
    for name in (
        "prepositions",
        "between",
        "weekday_before",
        "day_word",
        "month_word",
        "year_word",
    ):
        starts |= set(sets[name])
    starts |= {o for o in f["ordinals"] if not o.isdigit()}
    fields: dict[str, Any] = {
        k: _frozen(with_prefixes(v) if k in phrased else v) for k, v in f.items()
    }
    fields.update({k: frozenset(v) for k, v in sets.items()})
    return Lexicon(
        **fields,
        lookback=int(tense.get("lookback", 8)),
        longest=longest,
        starts=frozenset(starts),
        month_day=bool(data.get("order", {}).get("month_day", False)),
        bare_years=bool(ctx.get("bare_years", False)),
        capitalised=frozenset(ctx.get("capitalised", [])),
        month_year_links=frozenset(ctx.get("month_year_links", [])),
        scene_after=frozenset(data.get("scene_after", {}).get("words", [])),
        decade_suffixes=frozenset(phrase(s) for s in ctx.get("decade_suffixes", [])),
        since=frozenset(ctx.get("since", [])),
        open_ended=frozenset(tense.get("open_ended", [])),
        month_links=frozenset(ctx.get("month_links", [])),
        future_pairs=frozenset(
            (q[0], q[1]) for q in map(phrase, tense.get("future_pairs", [])) if len(q) == 2
        ),
        range_openers=frozenset(tense.get("open_ended", [])) & set(ctx.get("range_joiners", [])),
        back=frozenset(_back_words(f, sets)),
        parts_current=frozenset(data.get("parts_current", {}).get("words", [])),
        trigger=_trigger(f, r"[^\w]"),
        listed_trigger=_trigger(f, _LEADS_CLASS),
        plain_trigger=_trigger(f, _LEADS_CLASS, re.ASCII),
        ascii_trigger=_trigger(f, _ASCII_LEADS_CLASS, re.ASCII),
        trigger_keys=word_keys(_trigger_words(f) | _glued_parts(f), digits=True),
    )


def _back_words(f: dict[str, Any], sets: dict[str, Any]) -> set[str]:
    words: set[str] = set()
    named = ("prepositions", "between", "day_word", "month_word", "year_word", "weekday_before")
    for name in named:
        words |= set(sets[name])
    for name in ("parts", "rel_before", "numbers"):
        words |= {w for key in f[name] for w in key}
    words |= set(f["ordinals"])
    words.add("-")  # "mid-January"
    return words


# The characters that end a word, listed: every non-word character of the ASCII, Latin,
# punctuation and symbol blocks and of CJK and full-width punctuation. The regex engine tests a
# listed set with a bitmap, where ``[^\w]`` consults Unicode's tables at every character, which
# made it the larger half of the trigger scan.
_LEADS = frozenset(
    chr(c)
    for block in ((0, 0x2C00), (0x3000, 0x3040), (0xFF00, 0xFFF0))
    for c in range(*block)
    if not (chr(c).isalnum() or chr(c) == "_")
)
_LEADS_CLASS = "[" + "".join(re.escape(c) for c in sorted(_LEADS)) + "]"
_ASCII_LEADS_CLASS = "[" + "".join(re.escape(c) for c in sorted(_LEADS) if c.isascii()) + "]"


# What may stand before a count or a clock time: a space or an opening mark. A pattern led by
# it lets the engine skip to those characters instead of trying every position.
LEAD_MARKS = "([\"'“‘«-–"
LEAD = "[\\s" + "".join(re.escape(c) for c in LEAD_MARKS) + "]"
# What ``\s`` means in ASCII mode, listed: a class of listed characters alone is one table
# test per character, where a category costs a call.
_ASCII_SPACES = "\t\n\x0b\x0c\r "


@dataclass(frozen=True, slots=True)
class Twins:
    """One pattern led by a class of characters, compiled for any text, for plain text (ASCII
    mode, the class's spaces listed) and for ASCII text (its non-ASCII characters dropped too).
    Each variant reads the texts it is picked for exactly as the first does, only faster."""

    unicode: re.Pattern[str]
    plain: re.Pattern[str]
    ascii: re.Pattern[str]

    def pick(self, text: str) -> re.Pattern[str]:
        if not plain(text):
            return self.unicode
        return self.ascii if text.isascii() else self.plain


# On plain text every lead character is one of these; turned into spaces they let a pattern
# led by a literal space find candidates, which the engine skips to far faster than to a class.
_TO_SPACE = _ASCII_SPACES.replace(" ", "") + LEAD_MARKS


@lru_cache(maxsize=2)
def lead_spaced(text: str) -> str:
    """Plain ``text`` with every lead character (see ``LEAD``) turned into a space; offsets kept
    (made once for the clock-time and the duration scan of one article)."""
    for c in _TO_SPACE:
        if c in text:
            text = text.replace(c, " ")
    return text


def led_matches(
    pattern: re.Pattern[str], candidates: re.Pattern[str], scan: str, spaced: str
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(scan)`` yields, for a pattern led by ``LEAD``. ``candidates``
    (led by a literal space) must match ``spaced`` (``lead_spaced(scan)``) wherever ``pattern``
    matches ``scan``; only there is ``pattern`` tried."""
    pos = 0
    while (found := candidates.search(spaced, pos)) is not None:
        hit = pattern.match(scan, found.start())
        if hit is None:
            pos = found.start() + 1
        else:
            yield hit
            pos = hit.end()


def scanned(
    patterns: Twins,
    candidates: re.Pattern[str] | None,
    lowered: str,
    keys: Keys | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of ``patterns`` over " " + ``lowered`` (offsets one past the text's): on plain
    text tried only where one of ``keys`` stands (``keyed_matches``), else through the
    ``candidates`` pre-search when there is one (``led_matches``)."""
    scan = " " + lowered
    pattern = patterns.pick(lowered)
    if keys is not None and plain(lowered):
        return keyed_matches(pattern, scan, key_starts(word_marks(scan), keys))
    if candidates is not None and plain(lowered):
        return led_matches(pattern, candidates, scan, lead_spaced(scan))
    return pattern.finditer(scan)


# Bytes: ASCII word characters kept, every other byte a space.
_WORD_BYTES = bytes(
    i if chr(i).isascii() and (chr(i).isalnum() or i == 95) else 32 for i in range(256)
)
# Bytes: ASCII digits to "0", every other byte kept.
_ZERO_DIGITS = bytes(48 if 48 <= i <= 57 else i for i in range(256))
_WORD_START = re.compile(r"[A-Za-z0-9_]+")
Keys = tuple[frozenset[bytes], bool]  # word runs, and whether a digit opens a match too


@lru_cache(maxsize=2)
def word_marks(scan: str) -> bytes:
    """Plain ``scan`` as bytes, one per character, with every non-word character a space (in
    plain text a non-ASCII character is a listed mark, so "?" from the encoding is one too),
    and one more space at the end; offsets kept. Made once for the scans of one article."""
    return (scan.encode("ascii", "replace") + b" ").translate(_WORD_BYTES)


def word_keys(words: Iterable[str], digits: bool) -> Keys | None:
    """Where a pattern led by a non-word character may match in ``word_marks``: a space, then
    the first run of word characters of one of ``words``, then a space; or, with ``digits``,
    a space and a digit. Only for patterns that need a non-word character after each word's
    first run (a word boundary, a space, a lookahead for none). None when a word opens with no
    ASCII word character."""
    runs = set()
    for word in words:
        run = _WORD_START.match(word)
        if run is None:
            return None
        runs.add(run.group().encode())
    return frozenset(runs), digits


@lru_cache(maxsize=2)
def _runs(marks: bytes) -> frozenset[bytes]:
    """The word runs of ``marks``: a key is searched for only when its run is among them."""
    return frozenset(marks.split())


@lru_cache(maxsize=2)
def _digit_starts(marks: bytes) -> tuple[int, ...]:
    """Where a space stands before a digit in ``marks``."""
    zeros = marks.translate(_ZERO_DIGITS)
    found = []
    at = zeros.find(b" 0")
    while at >= 0:
        found.append(at)
        at = zeros.find(b" 0", at + 2)
    return tuple(found)


def key_starts(marks: bytes, keys: Keys) -> list[int]:
    """Every offset where one of ``keys`` stands in ``marks``, in order. Only the runs the text
    holds are searched for, each by ``bytes.find`` (in C); a pattern led by a class instead
    stops at every space."""
    runs, digits = keys
    found = list(_digit_starts(marks)) if digits else []
    for run in runs.intersection(_runs(marks)):
        key = b" " + run + b" "
        at = marks.find(key)
        while at >= 0:
            found.append(at)
            at = marks.find(key, at + len(key) - 1)
    found.sort()
    return found


def keyed_matches(
    pattern: re.Pattern[str], scan: str, starts: list[int]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(scan)`` yields when every match starts at one of ``starts``
    (sorted): the pattern is tried there only."""
    end = 0
    for at in starts:
        if at >= end:
            hit = pattern.match(scan, at)
            if hit is not None:
                yield hit
                end = hit.end()


def twins(marks: str, body: str) -> Twins:
    """``body`` led by a space or one of ``marks`` (see ``Twins``)."""
    listed = "".join(re.escape(c) for c in marks)
    ascii_listed = "".join(re.escape(c) for c in marks if c.isascii())
    spaces = re.escape(_ASCII_SPACES)
    return Twins(
        re.compile(rf"[\s{listed}]{body}"),
        re.compile(rf"[{spaces}{listed}]{body}", re.ASCII),
        re.compile(rf"[{spaces}{ascii_listed}]{body}", re.ASCII),
    )


def trigger_for(lex: Lexicon, text: str) -> re.Pattern[str]:
    """The fastest trigger pattern that reads ``text`` as the Unicode one does: in ASCII mode
    on plain text, led by the listed characters when every non-word character of ``text`` is
    listed."""
    if plain(text):
        return lex.ascii_trigger if text.isascii() else lex.plain_trigger
    if text.isascii() or _UNLISTED.search(text) is None:
        return lex.listed_trigger
    return lex.trigger


# Plain text: every character ASCII but the four separators \x1c-\x1f (which Unicode counts as
# space), or a listed non-ASCII mark that is neither a word character nor a space. On it,
# ``\w``, ``\d``, ``\s`` and ``\b`` mean the same in ASCII mode, where the regex engine tests
# a table instead of Unicode's database: tokenising and scanning take about a third less time.
_MARKS = "".join(re.escape(c) for c in sorted(_LEADS) if not c.isascii() and not c.isspace())
_UNPLAIN = re.compile(rf"[^\x00-\x1b\x20-\x7f{_MARKS}]")
_SEPARATORS = re.compile(r"[\x1c-\x1f]")  # all an ASCII text may hold that is not plain
# A character neither ASCII, nor listed, nor a word character: the listed lead would miss it.
_UNLISTED = re.compile(rf"[^\x00-\x7f{_LEADS_CLASS[1:-1]}\w]")


@lru_cache(maxsize=4)
def plain(text: str) -> bool:
    """Whether ASCII-mode patterns read ``text`` as Unicode ones do (kept for the few texts
    every finder of one article asks about)."""
    return _plain_part(text, 0, len(text))


def _plain_part(text: str, start: int, end: int) -> bool:
    # ``isascii`` costs nothing (a str knows it), and a small class scans fastest
    check = _SEPARATORS if text.isascii() else _UNPLAIN
    return check.search(text, start, end) is None


def _trigger_words(f: dict[str, Any]) -> set[str]:
    """The core words of the trigger (the numbers apart)."""
    words = set(f["months"]) | set(f["month_abbr"]) | set(f["weekdays"]) | set(f["units"])
    words |= set(f["units_one"]) | set(f["unit_multiples"])
    phrases = ("days", "scene_days", "seasons", "holidays", "cued_holidays")
    return words | {" ".join(k) for name in phrases for k in f[name]}


def _glued_parts(f: dict[str, Any]) -> set[str]:
    """One-word parts that open the trigger when a hyphen and a digit follow ("mid-2003"): the
    year after a hyphen opens none, as it may be the end of a range."""
    return {k[0] for k in f["parts"] if len(k) == 1}


def triggers(lex: Lexicon, scan: str) -> Iterator[re.Match[str]]:
    """The trigger's matches over " " + ``scan`` (lower-cased text, or the text when lowering
    moves offsets): on plain text tried only where a key stands (``keyed_matches``)."""
    spaced = " " + scan
    pattern = trigger_for(lex, scan)
    if lex.trigger_keys is not None and plain(scan):
        return keyed_matches(pattern, spaced, key_starts(word_marks(spaced), lex.trigger_keys))
    return pattern.finditer(spaced)


def _trigger(f: dict[str, Any], lead: str, flags: int = 0) -> re.Pattern[str]:
    """One pattern for every core word and date-like number, so the scan skips plain prose.

    Matched against lower-cased text; words are folded into a prefix tree so the regex
    engine does not try hundreds of alternatives at each position.
    """
    words = _trigger_words(f)
    months = set(f["months"]) | set(f["month_abbr"])
    units = set(f["units"]) | set(f["units_one"])
    # A count before a unit is a time only with a relative word after it ("3 hari lalu",
    # "dua hari setelah"); "12 tahun" alone is an age or a duration.
    # Where relative words may also stand before ("the past 12 months"), any count may open.
    relative = {k[0] for name in ("rel_after", "rel_event") for k in f[name]}
    after = "" if f["rel_before"] else rf"\s+{_tree(relative)}"
    numbers = (  # the digit test first: most positions fail it at once; then not in a figure
        r"(?=\d)(?<![.,/\-–])(?:\d{1,4}(?:/\d{1,4}){1,2}|\d{1,4}(?:[\-–]\d{1,4}){2}"
        r"|\d{1,2}\.\d{1,2}\.\d{4}|(?:19|20)\d\d(?![\w,.]\d)"
        rf"|\d{{1,3}}(?=(?:\s*(?:[-–]|\w+)\s*\d{{1,2}})?\s+{_tree(months)}\b"
        rf"|\s+{_tree(units)}{after}\b))"
    )
    # Led by the non-word character before the match: the engine then tries only positions
    # after a space or a mark (a fast character-set skip) instead of every character. Callers
    # scan the text with one space put in front, so a match's start is the original offset.
    glued = rf"|{_tree(_glued_parts(f))}(?=-\d)" if _glued_parts(f) else ""
    return re.compile(rf"{lead}(?:{_tree(words)}\b{glued}|{numbers})", flags)


@lru_cache(maxsize=4)
def lower(text: str) -> str:
    """``text.lower()``, made once for the several finders that read one article."""
    return text.lower()


def lowered_as(text: str) -> str:
    """The lower-cased text when it keeps every offset (it does not for a few letters, such as
    "İ"), else the text itself."""
    low = lower(text)
    return low if len(low) == len(text) else text


def word_tree(words: set[str]) -> str:
    """A regex for exactly ``words``, factored by common prefixes, so the engine does not try
    every alternative at each position."""
    return _tree(words)


def _tree(words: set[str]) -> str:
    """A regex for exactly ``words``, factored by common prefixes."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node(trie)


def _node(node: dict[str, Any]) -> str:
    alts = []
    optional = "" in node
    for ch in sorted(k for k in node if k):
        head = r"\s+" if ch == " " else re.escape(ch)
        alts.append(head + _node(node[ch]))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


def match(
    tokens: list[Token], i: int, table: Mapping[Phrase, Any], longest: int
) -> tuple[Any, int]:
    """The value of the longest phrase of ``table`` starting at token ``i`` and the index after it.

    Tables hold every proper prefix of their phrases (value ``PREFIX``), so a miss costs one
    lookup. Returns ``(None, i)`` when nothing matches.
    """
    n = len(tokens)
    if i >= n:
        return None, i
    key: Phrase = (tokens[i][2],)
    value = table.get(key)
    if value is None:  # the common case, kept short: most tokens open no phrase
        return None, i
    found, end = (None, i) if value is PREFIX else (value, i + 1)
    for k in range(i + 1, min(n, i + longest)):
        key = (*key, tokens[k][2])
        value = table.get(key)
        if value is None:
            break
        if value is not PREFIX:
            found, end = value, k + 1
    return found, end


def with_prefixes(table: Mapping[Phrase, Any]) -> dict[Phrase, Any]:
    out: dict[Phrase, Any] = {}
    for key in table:
        for size in range(1, len(key)):
            out.setdefault(key[:size], PREFIX)
    out.update(table)
    return out
