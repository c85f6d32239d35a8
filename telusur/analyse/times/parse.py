"""Find time expressions as written, before any calendar arithmetic.

A left-to-right scan over tokens: at a token that can open an expression (a number chunk or a
word from the time vocabulary) a small grammar tries the longest reading; the scan resumes after
it. Every step moves forward, so the cost is linear in the text. Resolution to dates lives in
``resolve``.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from telusur.analyse.times.words import (
    Lexicon,
    Token,
    lexicon,
    lower,
    match,
    tokenize,
    triggers,
)

YEAR_MIN, YEAR_MAX = 1900, 2100
BETWEEN_ONLY = "between"  # a joiner's value in the lexicon: a range after "between" only
SENTENCE_END = frozenset({".", "!", "?", "\n"})
BEFORE, AFTER = 48, 40  # characters read around a trigger (the longest forms need 40)
MAX_BACK = 5  # tokens an expression may open before its core word
_REST_OF_WORD = re.compile(r"\S*")
EVENT_UNITS = frozenset({"day", "week", "month", "year"})  # "sehari / sebulan setelah X"
AHEAD_DAYS = {"day": 1, "week": 7}  # "in three weeks": the anchor plus 21 days (GUIDELINES.md)
PERIOD_UNITS = frozenset({"week", "month", "quarter", "year"})  # "the end of the year"


class RawTime(NamedTuple):
    """One expression as read. Fields left None are filled from the anchor when resolving.

    A named tuple rather than a frozen dataclass: the grammar builds and copies several per
    expression, and a tuple is about four times cheaper to make.

    kind: date (one day), days (a day range), month, months (a month range), months_to (the
    ``n`` months ending with month ``m``), year, years,
    rel (a unit relative to publication: ``n`` units from it), recent / ahead (the ``n`` units
    up to / from publication), weekday, quarter, half, season, holiday (``m``/``d`` of a day
    that falls on the same date every year), event (``n`` units from the
    time the sentence's main clause is about: "sehari setelah"), scene (``n`` days from the day
    the narrative last named: "malam itu", "the next day"; never from publication).
    """

    span: tuple[int, int]
    kind: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    unit: str | None = None
    n: int = 0
    yrel: int | None = None  # year relative to the publication year ("November tahun lalu": -1)
    wd: int | None = None  # weekday, Monday = 0
    week: int | None = None  # the weekday's week relative to the publication week
    tense: int = 0  # -1 past marker, +1 future marker, 0 none
    part: str | None = None  # early | mid | late
    season: tuple[int, int] | None = None
    nearest: bool = False  # "the June summit": the occurrence nearest publication, either side


PART_KINDS = frozenset({"month", "year", "rel", "quarter", "half"})  # what a part applies to
RUN_UP = "run-up"  # the part of a yearly day's occurrence that leads up to it ("before Christmas")

Step = tuple[RawTime, int] | None  # an expression and the token index after it


def _respan(raw: RawTime, start: int, end: int) -> RawTime:
    """``raw`` with a new span: what ``_replace(span=...)`` does, at a third of its cost."""
    return RawTime((start, end), *raw[1:])


def parse(text: str, lang: str) -> list[RawTime]:
    """Every time expression in ``text``, in order, not overlapping.

    The trigger pattern finds core words and date-like numbers; only a short window around
    each is tokenised and parsed, so plain prose costs one regex pass.
    """
    lex = lexicon(lang)
    out: list[RawTime] = []
    done = 0
    low = lower(text)
    scan = low if len(low) == len(text) else text
    seen = _Seen(scan, scan is not text)
    for m in triggers(lex, scan):  # the pattern reads the character before
        at = m.start()  # in ``scan``, one past the character before
        if at < done or (scan[at : m.end() - 1] in lex.capitalised and text[at].islower()):
            continue  # before a parse, or "may" the verb rather than May the month
        raw = _parse_near(text, scan, at, done, lex, seen)
        if raw is not None:
            if out and not raw.tense and out[-1].tense and _linked(low, out[-1], raw, lex):
                raw = raw._replace(tense=out[-1].tense)  # "will play in March and August"
            out.append(raw)
            done = raw.span[1]
    from telusur.analyse.times.weeks import month_weeks  # it reads RawTime from here

    return month_weeks(text, lang, out, low)


def _linked(low: str, first: RawTime, second: RawTime, lex: Lexicon) -> bool:
    """Two times joined by "and" / "or" alone: the second shares the first's tense."""
    gap = low[first.span[1] : second.span[0]].replace(",", " ").split()
    return len(gap) == 1 and gap[0] in lex.month_links


class _Seen:
    """The tokens of the windows read so far, kept as one run: triggers come in order and
    their windows overlap (about three times over), so each part of the text is tokenised
    once. A window starts after a space, at the end of a token or at a trigger (after a space
    or a mark) and ends at a space, so its tokens are those the run holds between its ends."""

    __slots__ = ("hi", "lo", "lowered", "scan", "toks")

    def __init__(self, scan: str, lowered: bool) -> None:
        self.scan = scan
        self.lowered = lowered
        self.lo = self.hi = -1
        self.toks: list[Token] = []

    def window(self, lo: int, end: int) -> list[Token]:
        if not self.lo <= lo <= self.hi:
            self.lo, self.hi = lo, end
            self.toks = tokenize(self.scan, lo, end, lowered=self.lowered)
            return self.toks[:]
        if end > self.hi:
            self.toks += tokenize(self.scan, self.hi, end, lowered=self.lowered)
            self.hi = end
        first = bisect.bisect_left(self.toks, (lo,))
        return self.toks[first : bisect.bisect_left(self.toks, (end,), first)]


def _parse_near(
    text: str, scan: str, pos: int, done: int, lex: Lexicon, seen: _Seen
) -> RawTime | None:
    lo = max(done, pos - BEFORE)
    while lo < pos and not text[lo - 1].isspace() and lo > done:
        lo += 1
    end = min(len(text), pos + AFTER)
    cut = _REST_OF_WORD.match(scan, end)  # end the window after a whole token
    end = cut.end() if cut is not None else end
    toks = seen.window(lo, end)
    t = bisect.bisect_left(toks, (pos,))  # the first token starting at or after ``pos``
    if t == len(toks):
        return None
    s = t
    while s > 0 and t - s < MAX_BACK and toks[s - 1][2] in lex.back:
        s -= 1
    parser = _Parser(text, toks, lex)
    for k in range(s, t + 1):
        step = parser.at(k)
        if step is not None and step[0].span[1] > pos:
            return step[0]
    return None


def _future(toks: list[Token], i: int, left: int, lex: Lexicon) -> int | None:
    """1 when one of the ``left`` tokens before ``i`` is a future marker ("will", "is to"),
    0 when a sentence ends first, None when the tokens run out."""
    for k in range(i - 1, i - 1 - left, -1):
        if k < 0:
            return None
        w = toks[k][2]
        if w in SENTENCE_END:
            return 0
        if w in lex.future:
            if k == 0:
                return None  # the word before it decides ("had been expected")
            if not _pluperfect(toks, k, lex):
                return 1
        elif k > 0 and (toks[k - 1][2], w) in lex.future_pairs:
            return 1
    return 0


def _decade(raw: RawTime) -> bool:
    """ "the 1990s": a period of ten years that starts a decade."""
    return raw.kind == "years" and raw.y is not None and raw.y % 10 == 0 and raw.y2 == raw.y + 9


def _pluperfect(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """ "had expected", "had been expected": an expectation the clause reports as past."""
    if toks[k][2] not in lex.expectations:
        return False  # "had been due to open on Friday" may still lie ahead
    before = toks[k - 1][2]
    if before == "been" and k > 1:
        before = toks[k - 2][2]
    return before in lex.past_auxiliaries


def _opening(toks: list[Token], lex: Lexicon) -> int:
    """What ``_future`` left open on tokens that start a line or the text: a future marker
    opening them has no word before it and counts."""
    return int(bool(toks) and toks[0][2] in lex.future)


def _int(tok: Token) -> int | None:
    return int(tok[2]) if tok[3] == "n" and tok[2].isdigit() and len(tok[2]) <= 4 else None


def _int_or_none(word: str) -> int | None:
    """The year read from the text before the tokens (they may start after it)."""
    return int(word) if word.isdigit() else None


def _year(value: int | None) -> bool:
    return value is not None and YEAR_MIN <= value <= YEAR_MAX


def _valid(y: int | None, m: int, d: int) -> bool:
    if not 1 <= m <= 12 or not 1 <= d <= 31:
        return False
    return not (d > 29 and m == 2) and not (d == 31 and m in (4, 6, 9, 11))


class _Parser:
    """The grammar over one token list; methods return ``(RawTime, next index)`` or None."""

    __slots__ = ("lex", "n", "ranged", "text", "toks")

    def __init__(self, text: str, toks: list[Token], lex: Lexicon) -> None:
        self.text = text
        self.toks = toks
        self.lex = lex
        self.n = len(toks)
        self.ranged = False  # after "between": "and" joins a range there only

    # -- helpers -----------------------------------------------------------------------------
    def word(self, i: int) -> str:
        return self.toks[i][2] if 0 <= i < self.n else ""

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.toks[i][0], self.toks[j - 1][1]

    def month_at(self, i: int, abbr: bool) -> int | None:
        w = self.word(i)
        if w in self.lex.capitalised and not self.text[self.toks[i][0]].isupper():
            return None
        if w in self.lex.months:
            return self.lex.months[w]
        if abbr and w in self.lex.month_abbr:
            return self.lex.month_abbr[w]
        return None

    def year_at(self, i: int) -> int | None:
        v = _int(self.toks[i]) if i < self.n else None
        if _year(v) and self.word(i + 1) not in self.lex.not_year_after:
            return v
        return None

    def count_at(self, i: int) -> tuple[int | None, int]:
        """A small count ("3", "dua", "beberapa") and the index after it."""
        if i < self.n and self.toks[i][3] == "n":
            v = _int(self.toks[i])
            return (v, i + 1) if v is not None and 0 < v <= 100 else (None, i)
        v, j = match(self.toks, i, self.lex.numbers, self.lex.longest)
        return (int(v), j) if v is not None else (None, i)

    def after(self, i: int) -> tuple[tuple[str, str] | None, int]:
        return match(self.toks, i, self.lex.rel_after, self.lex.longest)

    def joiner(self, k: int) -> tuple[bool, int]:
        """Whether a range joiner stands at ``k`` and the index after it. A joiner that is
        also a plain "and" ("results for 2004 and 2005") makes a range after "between" only."""
        joined, k2 = match(self.toks, k, self.lex.joiners, self.lex.longest)
        if joined is None or (joined == BETWEEN_ONLY and not self.ranged):
            return False, k
        return True, k2

    def number_before(self, i: int) -> bool:
        if i <= 0:
            return False
        prev = self.toks[i - 1]
        return prev[3] == "n" or match(self.toks, i - 1, self.lex.numbers, 1)[0] is not None

    def tense_before(self, i: int) -> int:
        """+1 when a future marker stands earlier in the sentence, else 0. When the window's
        tokens run out first, the words before it are read from the text."""
        left = self.lex.lookback
        found = _future(self.toks, i, left, self.lex)
        if found is not None:
            return found
        if not self.toks or self.toks[0][0] == 0:
            return _opening(self.toks, self.lex)
        stop = self.toks[0][0]
        begin = max(0, stop - 8 * left)
        newline = self.text.rfind("\n", begin, stop)
        extra = tokenize(self.text, newline + 1 if newline >= 0 else begin, stop)
        toks = extra + self.toks[:i]
        found = _future(toks, len(toks), left, self.lex)
        return found if found is not None else _opening(toks, self.lex)

    def ahead(self, j: int, k: int, unit: str) -> bool:
        """ "in" before the count at ``j`` in a clause with a future marker."""
        if unit not in AHEAD_DAYS or self.word(j - 1) not in self.lex.ahead_in:
            return False
        return self.tense_before(j) > 0 or self.future_after(k)

    def future_after(self, k: int) -> bool:
        """A future marker later in the same sentence ("In four days, Unison will start")."""
        for i in range(k, min(self.n, k + self.lex.lookback)):
            w = self.toks[i][2]
            if w in SENTENCE_END:
                return False
            if w in self.lex.future:
                return True
        return False

    def end_markers(self, raw: RawTime, j: int) -> tuple[RawTime, int]:
        """Absorb a trailing "lalu", "kemarin", "mendatang", "ini" or a time of day."""
        meaning, k = self.after(j)
        if meaning is not None and meaning[0] in ("previous", "next", "this"):
            tense = {"previous": -1, "next": 1, "this": 0}[meaning[0]]
            raw = raw._replace(tense=tense or raw.tense)
            if raw.kind == "month":  # "Desember mendatang": named, not a tense of the clause
                raw = raw._replace(n=tense)
            j = k
        if self.word(j) in self.lex.times_of_day:
            j += 1
        return _respan(raw, raw.span[0], self.toks[j - 1][1]), j

    # -- entry -------------------------------------------------------------------------------
    def at(self, i: int) -> Step:
        j = i
        while self.word(j) in self.lex.prepositions and j - i < 2:
            j += 1
        if self.word(j) in self.lex.between:
            step = self.between(j + 1)
        else:
            step = self.part(j) or self.base(j)
        if step is None:
            return None
        raw, k = step
        return _respan(raw, self.toks[i][0], raw.span[1]), k

    def between(self, j: int) -> Step:
        start = j - 1
        if self.word(j) in self.lex.day_word:
            j += 1
        self.ranged = True
        try:
            step = self.number(j) if j < self.n and self.toks[j][3] == "n" else self.month(j, True)
        finally:
            self.ranged = False
        if step is None or step[0].kind not in ("days", "months", "years"):
            return None
        raw, k = step
        return _respan(raw, self.toks[start][0], raw.span[1]), k

    def part(self, j: int) -> Step:
        value, k = match(self.toks, j, self.lex.parts, self.lex.longest)
        if value is None:
            return None
        if self.word(k) == "-":
            k += 1
        step = self.base(k, cued=True) or self.current_unit(k)
        if step is None or (step[0].kind not in PART_KINDS and not _decade(step[0])):
            return None  # "the late 1990s" takes a part too
        raw, end = step
        if raw.kind == "rel" and (raw.n not in (-1, 0, 1) or raw.unit == "day"):
            return None
        return raw._replace(part=str(value), span=(self.toks[j][0], raw.span[1])), end

    def current_unit(self, k: int) -> Step:
        """ "the year" after a part ("the end of the year"): the current one."""
        unit = self.lex.units.get(self.word(k + 1))
        if self.word(k) not in self.lex.parts_current or unit not in PERIOD_UNITS:
            return None
        return RawTime(self.span(k, k + 2), "rel", unit=unit, n=0), k + 2

    def base(self, j: int, cued: bool = False) -> Step:
        if j >= self.n:
            return None
        cued = cued or self.word(j - 1) in self.lex.cues
        tok = self.toks[j]
        if tok[3] == "n":
            return self.number(j, cued)
        return (
            self.days(j)
            or self.weekday(j)
            or self.month(j, cued)
            or self.word_led(j)
            or self.counted(j)
            or self.before_led(j)
            or self.nearest_weekend(j)
            or self.season(j)
            or self.holiday(j)
            or self.cued_holiday(j)
            or self.ordinal_quarter(j)
        )

    # -- day words and weekdays --------------------------------------------------------------
    def days(self, j: int) -> Step:
        if self.number_before(j):
            return None
        value, k = match(self.toks, j, self.lex.days, self.lex.longest)
        if value is not None:
            return RawTime(self.span(j, k), "rel", unit="day", n=int(value)), k
        value, k = match(self.toks, j, self.lex.scene_days, self.lex.longest)
        if value is None:
            return None
        return RawTime(self.span(j, k), "scene", unit="day", n=int(value)), k

    def weekday(self, j: int) -> Step:
        start = j
        if self.word(j) in self.lex.weekday_before:
            j += 1
        w = self.word(j)
        if w not in self.lex.weekdays:
            return None
        if w in self.lex.ambiguous_weekdays and not self.weekday_supported(start, j):
            return None
        wd = self.lex.weekdays[w]
        k = j + 1
        if self.word(k) in self.lex.times_of_day and self.word(k + 1) == "(":
            k += 1  # "Jumat pagi (28/10)"
        dated = self.weekday_date(k)
        if dated is not None:
            raw, k = dated
            raw = raw._replace(wd=wd, span=self.span(start, k), tense=self.tense_before(start))
            return self.end_markers(raw, k)
        raw = RawTime(self.span(start, k), "weekday", wd=wd, tense=self.tense_before(start))
        joined, k2 = self.joiner(k)
        last = self.lex.weekdays.get(self.word(k2)) if joined else None
        if last is not None:  # "from Friday to Sunday": the days from one to the other
            span = self.span(start, k2 + 1)
            raw = raw._replace(kind="weekdays", n=(last - wd) % 7, span=span)
            return self.end_markers(raw, k2 + 1)
        unit = self.lex.units.get(self.word(k))
        if unit == "week":
            meaning, m = self.after(k + 1)
            if meaning is not None:
                week = {"previous": -1, "this": 0, "next": 1}.get(meaning[0])
                if week is not None:
                    raw = raw._replace(week=week, span=self.span(start, m))
                    return self.end_markers(raw, m)
        return self.end_markers(raw, k)

    def weekday_supported(self, start: int, j: int) -> bool:
        nxt = self.word(j + 1)
        if self.lex.units.get(nxt) or self.after(j + 1)[0]:
            return False
        if start < j or nxt in ("(", ","):
            return True
        return self.word(j - 1) in self.lex.prepositions or self.word(j - 1) == ","

    def weekday_date(self, k: int) -> Step:
        """The date written after a weekday: "(21/10/2024)", "(24/5)", ", 1 Oktober 2025"."""
        if self.word(k) == "(":
            inner = self.paren_date(k + 1)
            if inner is not None and self.word(inner[1]) == ")":
                return inner[0], inner[1] + 1
            return None
        if self.word(k) == ",":
            k += 1
        step = self.number(k, cued=True) if k < self.n and self.toks[k][3] == "n" else None
        if step is None and self.lex.month_day:
            step = self.month(k, cued=True)
        if step is not None and step[0].kind == "date":
            return step
        return None

    def paren_date(self, k: int) -> Step:
        if k >= self.n or self.toks[k][3] != "n":
            return None
        parts = self.toks[k][2].split("/")
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            d, m = int(parts[0]), int(parts[1])
            y = None
            if self.word(k + 1) == "/" and _year(
                _int(self.toks[k + 2]) if k + 2 < self.n else None
            ):
                y = int(self.toks[k + 2][2])
                k += 2
            if _valid(y, m, d):
                return RawTime(self.span(k, k + 1), "date", y=y, m=m, d=d), k + 1
            return None
        step = self.number(k, cued=True)
        return step if step is not None and step[0].kind == "date" else None

    # -- numbers -----------------------------------------------------------------------------
    def number(self, j: int, cued: bool = False) -> Step:
        tok = self.toks[j]
        text = tok[2]
        if "," in text:
            return None
        if text.isdigit():
            return self.plain_number(j, cued)
        seps = [sep for sep in ("/", "-", ".", "–") if sep in text]
        if len(seps) != 1 or len(text) > 10:
            return None
        return self.numeric_date(j, text.split(seps[0]), seps[0])

    def numeric_date(self, j: int, parts: list[str], sep: str) -> Step:
        if len(parts) == 3 and sep != "–":
            return self.dmy(j, parts, sep)
        if sep == "/" and len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 2:
            y = int(parts[0])  # "1998/99", "2002/03": a year running into the next
            if _year(y) and int(parts[1]) == (y + 1) % 100:
                return RawTime(self.span(j, j + 1), "years", y=y, y2=y + 1), j + 1
        if len(parts) != 2 or sep == "/" or sep == ".":
            return None
        a, b = int(parts[0]), int(parts[1])
        if _year(a) and _year(b) and len(parts[0]) == 4 and 0 < b - a <= 50:
            return RawTime(self.span(j, j + 1), "years", y=a, y2=b), j + 1
        if 1 <= a < b <= 31:
            return self.day_range_tail(j, j + 1, a, b)
        return None

    def dmy(self, j: int, parts: list[str], sep: str) -> Step:
        sizes = [len(p) for p in parts]
        if sep == "." and sizes[2] != 4:
            return None
        if sizes[0] == 4 and sep == "-":
            y, m, d = int(parts[0]), int(parts[1]), int(parts[2])
        elif sizes[2] in (2, 4) and sizes[0] <= 2 and sizes[1] <= 2:
            d, m, y = int(parts[0]), int(parts[1]), int(parts[2])
            y = y + 2000 if sizes[2] == 2 else y
        else:
            return None
        if not (_year(y) and _valid(y, m, d)):
            return None
        tense = self.tense_before(j)
        return RawTime(self.span(j, j + 1), "date", y=y, m=m, d=d, tense=tense), j + 1

    def plain_number(self, j: int, cued: bool) -> Step:
        v = int(self.toks[j][2]) if len(self.toks[j][2]) <= 4 else None
        if v is None:
            return None
        return (
            self.decade(j, v)
            or self.day_month(j, v)
            or self.counted(j)
            or self.year_range(j, v)
            or (
                self.year(j, v)
                if cued or self.after(j + 1)[0] or self.year_cued(j) or self.bare_year(j)
                else None
            )
        )

    def bare_year(self, j: int) -> bool:
        """Where counts of a thousand and more take a comma ("1,500 troops"), a bare four-digit
        number is a year unless a plural noun follows it ("2005 will be", "forecasts 2005
        revenue", "the original 1984 song"; not "1500 troops")."""
        if not self.lex.bare_years:
            return False
        if j + 1 >= self.n or self.toks[j + 1][3] != "w":
            return True
        start, end = self.toks[j + 1][:2]
        if start == self.toks[j][1]:
            return False  # a unit glued on: "1500m"
        word = self.text[start:end]
        return not (word.islower() and word.endswith("s") and len(word) > 2)

    def year_cued(self, j: int) -> bool:
        """A determiner before ("the 2006 film", "its 2004 accounts") or another year linked
        to it ("for 2005 and 2006") makes a bare four-digit number a year."""
        if self.word(j - 1) in self.lex.year_cues:
            return True
        if self.word(j - 1) == "s" and self.word(j - 2) in self.lex.apostrophes:
            return True  # "Clapton's 1991 hit", "the firm's 2004 results"
        links = self.lex.month_links
        if self.word(j + 1) in links and self.year_at(j + 2) is not None:
            return True
        if self.word(j - 1) not in links:
            return False
        words = self.text[max(0, self.toks[j - 1][0] - 8) : self.toks[j - 1][0]].split()
        return bool(words) and len(words[-1]) == 4 and _year(_int_or_none(words[-1]))

    def decade(self, j: int, y: int) -> Step:
        """ "the 1970s", "tahun 1970-an": a year ending in 0 with a decade suffix glued on."""
        if not _year(y) or y % 10 or len(self.toks[j][2]) != 4:
            return None
        for suffix in self.lex.decade_suffixes:
            glued = all(
                self.word(j + 1 + i) == w and self.toks[j + i][1] == self.toks[j + 1 + i][0]
                for i, w in enumerate(suffix)
            )
            if glued:
                k = j + 1 + len(suffix)
                return RawTime(self.span(j, k), "years", y=y, y2=y + 9), k
        return None

    def day_month(self, j: int, d: int) -> Step:
        if not 1 <= d <= 31 or len(self.toks[j][2]) > 2:
            return None
        joined, k = match(self.toks, j + 1, self.lex.joiners, self.lex.longest)
        if joined and k < self.n:  # "9 and 10 July": two days, kept together with their month
            d2 = _int(self.toks[k])
            if d2 is not None and d < d2 <= 31 and self.month_at(k + 1, True):
                return self.day_range_tail(j, k + 1, d, d2)
        m = self.month_at(j + 1, True)
        if m is None or not _valid(None, m, d):
            return None
        k = j + 3 if self.word(j + 2) == "." and self.year_at(j + 3) else j + 2
        tail = self.month_range_tail(j, k, d, m)
        if tail is not None:
            return tail
        y = self.year_at(k)
        if y is not None:
            raw = RawTime(self.span(j, k + 1), "date", y=y, m=m, d=d, tense=self.tense_before(j))
            return self.end_markers(raw, k + 1)
        raw = RawTime(self.span(j, k), "date", m=m, d=d, tense=self.tense_before(j))
        return self.year_markers(raw, k)

    def month_range_tail(self, j: int, k: int, d: int, m: int) -> Step:
        """ "8 Oktober - 13 November 2024": a day range across months."""
        joined, k2 = self.joiner(k)
        if not joined or k2 >= self.n:
            return None
        d2 = _int(self.toks[k2])
        m2 = self.month_at(k2 + 1, True)
        if d2 is None or m2 is None or not _valid(None, m2, d2) or m2 < m:
            return None
        y = self.year_at(k2 + 2)
        end = k2 + 3 if y is not None else k2 + 2
        raw = RawTime(self.span(j, end), "days", y=y, m=m, d=d, y2=y, m2=m2, d2=d2)
        return raw, end

    def day_range_tail(self, j: int, k: int, d: int, d2: int) -> Step:
        """The month (and year) closing "8 dan 13 Oktober" / "8–13 Oktober 2024"."""
        m = self.month_at(k, True)
        if m is None or not _valid(None, m, d2):
            return None
        y = self.year_at(k + 1)
        end = k + 2 if y is not None else k + 1
        raw = RawTime(self.span(j, end), "days", y=y, m=m, d=d, y2=y, m2=m, d2=d2)
        return raw, end

    def counted(self, j: int) -> Step:
        """ "3 hari lalu", "dua tahun terakhir", "beberapa bulan ke depan", "six days later"
        (from the day the narrative last named)."""
        count, k = self.count_at(j)
        if count is None:
            return None
        if self.word(k) == "-" and self.word(k + 2) in self.lex.period_to:
            k += 1  # "the three-months to January"
        unit = self.lex.units.get(self.word(k))
        if unit is None and self.word(k) in self.lex.unit_multiples:
            unit, times = self.lex.unit_multiples[self.word(k)]  # "a fortnight": two weeks
            count *= times
        if unit is None:
            return None
        ending = self.months_to(j, k, unit, count)
        if ending is not None:
            return ending
        meaning, m = self.after(k + 1)
        if meaning is not None and self.period_at(m):
            return None  # "two weeks earlier this month": the word opens the next expression
        if meaning is None and self.word(k + 1) in self.lex.scene_after and unit in EVENT_UNITS:
            return RawTime(self.span(j, k + 2), "scene", unit=unit, n=count), k + 2
        if meaning is None and self.ahead(j, k + 1, unit):
            n = count * AHEAD_DAYS[unit]  # "in four days, they will": a day, as "in a week"
            return RawTime(self.span(j, k + 1), "rel", unit="day", n=n), k + 1
        if meaning is None:
            return self.event(j, k + 1, unit, count)
        if meaning[1] == "this":
            return None
        return self.relative(j, m, unit, meaning[1], count, counted=True)

    def months_to(self, j: int, k: int, unit: str, count: int) -> Step:
        """ "the three months to December", "12 months to March 2005": the months that end
        with the one named (its year read as a month's)."""
        if unit not in ("month", "year") or self.word(k + 1) not in self.lex.period_to:
            return None
        m = self.month_at(k + 2, False)
        if m is None:
            return None
        y = self.year_at(k + 3)
        end = k + 4 if y is not None else k + 3
        n = count * 12 if unit == "year" else count
        raw = RawTime(self.span(j, end), "months_to", y=y, m=m, n=n, tense=self.tense_before(j))
        return raw, end

    def period_at(self, i: int) -> bool:
        """ "this month", "last year" at ``i``."""
        before, k = match(self.toks, i, self.lex.rel_before, self.lex.longest)
        return before is not None and self.word(k) in self.lex.units

    def event(self, start: int, k: int, unit: str, count: int) -> Step:
        """ "sehari setelah X": X dated ``count`` units from the main clause's time."""
        if unit not in EVENT_UNITS:
            return None
        ev, m = match(self.toks, k, self.lex.rel_event, self.lex.longest)
        if ev is None or not self.mid_clause(start):
            return None
        n = -count if ev == "after" else count
        return RawTime(self.span(start, m), "event", unit=unit, n=n), m

    def mid_clause(self, i: int) -> bool:
        """A word right before: the expression follows a main clause it is measured from."""
        at = self.toks[i][0]
        while at > 0 and self.text[at - 1] in " \t":
            at -= 1
        return at > 0 and self.text[at - 1].isalnum()

    def relative(
        self, j: int, k: int, unit: str, meaning: str, count: int, counted: bool = False
    ) -> Step:
        """``counted``: the count was written ("sepekan lalu", "five weeks ago"): counted weeks
        back are a day, the anchor minus seven days each (GUIDELINES.md), where "pekan lalu" /
        "last week" is the week before."""
        span = self.span(j, k)
        if counted and unit == "week" and meaning == "previous":
            return RawTime(span, "rel", unit="day", n=-7 * count), k
        if meaning == "previous":
            return RawTime(span, "rel", unit=unit, n=-count), k
        if meaning == "next":
            return RawTime(span, "rel", unit=unit, n=count), k
        if meaning == "this":
            return RawTime(span, "rel", unit=unit, n=0), k
        if meaning in ("recent", "ahead"):
            return RawTime(span, meaning, unit=unit, n=count), k
        return None

    def year_range(self, j: int, y: int) -> Step:
        if not _year(y):
            return None
        joined, k = self.joiner(j + 1)
        y2 = self.year_at(k) if joined and k < self.n else None
        if y2 is None or not 0 < y2 - y <= 50:
            return None
        return RawTime(self.span(j, k + 1), "years", y=y, y2=y2), k + 1

    def year(self, j: int, y: int) -> Step:
        if not _year(y) or self.year_at(j) is None or len(self.toks[j][2]) != 4:
            return None
        return self.end_markers(RawTime(self.span(j, j + 1), "year", y=y), j + 1)

    def year_markers(self, raw: RawTime, k: int) -> Step:
        """ "November tahun lalu", "Juni lalu", "Oktober ini", "October last year"."""
        if self.word(k) in self.lex.year_word:
            meaning, m = self.after(k + 1)
            if meaning is not None and meaning[0] in ("previous", "this", "next"):
                yrel = {"previous": -1, "this": 0, "next": 1}[meaning[0]]
                return raw._replace(yrel=yrel, span=(raw.span[0], self.toks[m - 1][1])), m
            y = self.year_at(k + 1)
            if y is not None:
                return raw._replace(y=y, span=(raw.span[0], self.toks[k + 1][1])), k + 2
        before, m = match(self.toks, k, self.lex.rel_before, self.lex.longest)
        if before is not None and self.lex.units.get(self.word(m)) == "year":
            offset = {"previous": -1, "this": 0, "next": 1}.get(before[0])
            if offset is not None:
                return raw._replace(yrel=offset, span=(raw.span[0], self.toks[m][1])), m + 1
        return self.end_markers(raw, k)

    # -- months ------------------------------------------------------------------------------
    def month(self, j: int, cued: bool) -> Step:
        m = self.month_at(j, True)
        if m is None:
            return None
        full = self.word(j) in self.lex.months
        if full and self.word(j) not in self.lex.capitalised:  # "a February poll", not "for May"
            cued = cued or self.word(j - 1) in self.lex.month_cues
        elif full and self.word(j - 1) in self.lex.capitalised_cues and self.attributive(j, j + 1):
            cued = True  # "a May election" (capitalised, see month_at), not "the May government"
        k = j + 1
        if not full and self.word(k) == ".":
            k += 1
        if self.lex.month_day:
            dated = self.month_day(j, k, m)
            if dated is not None:
                return dated
        joined, k2 = self.joiner(k)
        m2 = self.month_at(k2, True) if joined else None
        if m2 is not None and m2 > m:
            y = self.year_at(k2 + 1)
            end = k2 + 2 if y is not None else k2 + 1
            return RawTime(self.span(j, end), "months", y=y, m=m, y2=y, m2=m2), end
        y = self.year_at(k)
        if y is not None:
            return self.end_markers(RawTime(self.span(j, k + 1), "month", y=y, m=m), k + 1)
        if self.word(k) in self.lex.month_year_links and self.year_at(k + 1):
            y = self.year_at(k + 1)  # "February in 1974", "May of 2003"
            return RawTime(self.span(j, k + 2), "month", y=y, m=m), k + 2
        if self.word(k) == "," and self.year_at(k + 1):
            return RawTime(self.span(j, k + 2), "month", y=self.year_at(k + 1), m=m), k + 2
        raw = RawTime(self.span(j, k), "month", m=m, tense=self.tense_before(j))
        if full and self.attributive(j, k):  # "the June gig will", "the January sales were"
            raw = raw._replace(nearest=True, tense=raw.tense or self.verb_tense(k))
        step = self.year_markers(raw, k)
        if step is not None and (step[1] > k or (full and (cued or self.linked(j, k)))):
            return step
        return None

    def attributive(self, j: int, k: int) -> bool:
        """A month name between a determiner and a word, as in "the June summit" or "a May
        election": an event named by its month."""
        return (
            self.word(j - 1) in self.lex.nearest_month_cues
            and k < self.n
            and self.toks[k][3] == "w"
            and self.word(k) not in self.lex.not_attributive
        )

    def verb_tense(self, k: int) -> int:
        """+1 or -1 when a future or past marker is the first one after ``k`` in its sentence
        (the verb of "the June gig will open", "the January sales were poor"), else 0."""
        for i in range(k, min(self.n, k + self.lex.lookback)):
            w = self.toks[i][2]
            if w in SENTENCE_END:
                return 0
            if w in self.lex.future:
                return 1
            if w in self.lex.past:
                return -1
        return 0

    def linked(self, j: int, k: int) -> bool:
        """A full month name linked to another one ("Maret sama April", "March or April")."""
        links = self.lex.month_links
        if self.word(k) in links and self.month_at(k + 1, False) is not None:
            return True
        return self.word(j - 1) in links and self.month_before(self.toks[j - 1][0])

    def month_before(self, pos: int) -> bool:
        """Whether the word before ``pos`` is a full month name; read from the text, as the
        tokens may start after it."""
        words = self.text[max(0, pos - 16) : pos].split()
        if not words:
            return False
        word = words[-1]
        low = word.lower()
        return low in self.lex.months and (low not in self.lex.capitalised or word[0].isupper())

    def month_day(self, j: int, k: int, m: int) -> Step:
        d = _int(self.toks[k]) if k < self.n else None
        if d is None or not _valid(None, m, d) or len(self.toks[k][2]) > 2:
            return None
        if self.word(k + 1) == "," and self.year_at(k + 2):
            y = self.year_at(k + 2)
            return self.end_markers(RawTime(self.span(j, k + 3), "date", y=y, m=m, d=d), k + 3)
        y = self.year_at(k + 1)
        if y is not None:
            return self.end_markers(RawTime(self.span(j, k + 2), "date", y=y, m=m, d=d), k + 2)
        if self.lex.units.get(self.word(k + 1)) or self.word(k + 1) in self.lex.not_year_after:
            return None
        raw = RawTime(self.span(j, k + 1), "date", m=m, d=d, tense=self.tense_before(j))
        return self.year_markers(raw, k + 1)

    # -- word-led: "bulan Juni", "tahun 2024", "pekan lalu", "setahun terakhir", "kuartal I" ----
    def word_led(self, j: int) -> Step:
        w = self.word(j)
        if w in self.lex.month_word and self.month_at(j + 1, False):
            step = self.month(j + 1, True)
            if step is not None:
                return _respan(step[0], self.toks[j][0], step[0].span[1]), step[1]
        if w in self.lex.year_word and self.year_at(j + 1) is not None:
            y = int(self.toks[j + 1][2])
            step = self.decade(j + 1, y) or self.year_range(j + 1, y) or self.year(j + 1, y)
            if step is not None:
                return _respan(step[0], self.toks[j][0], step[0].span[1]), step[1]
        if w in self.lex.units_one:
            meaning, k = self.after(j + 1)
            if meaning is None:
                return self.event(j, j + 1, self.lex.units_one[w], 1)
            return self.relative(j, k, self.lex.units_one[w], meaning[1], 1, counted=True)
        unit = self.lex.units.get(w)
        if unit is None or self.number_before(j):
            return None
        if unit in ("quarter", "half"):
            quarter = self.quarter(j, j + 1, unit)
            if quarter is not None:
                return quarter
        meaning, k = self.after(j + 1)
        if meaning is None:
            if j > 0 and self.word(j - 1) in self.lex.event_one:
                return self.event(j - 1, j + 1, unit, 1) or self.bare_unit(j, unit)
            return self.bare_unit(j, unit)
        return self.relative(j, k, unit, meaning[0], 1)

    def bare_unit(self, j: int, unit: str) -> Step:
        """ "awal bulan", "akhir tahun": a part word before a bare unit means the current one."""
        part = match(self.toks, j - 1, self.lex.parts, 1)[0] if j > 0 else None
        if part is not None and unit in ("week", "month", "year"):
            return RawTime(self.span(j, j + 1), "rel", unit=unit, n=0), j + 1
        return None

    def glued(self, i: int, j: int) -> bool:
        """Tokens ``i`` to ``j`` written with no space between them."""
        return all(self.toks[t][1] == self.toks[t + 1][0] for t in range(i, j))

    def quarter(self, start: int, k: int, unit: str) -> Step:
        w = self.word(k)
        q = self.lex.ordinals.get(w)
        if q is None:
            q, _ = match(self.toks, k, self.lex.numbers, self.lex.longest)
        limit = 4 if unit == "quarter" else 2
        if q is None or not 1 <= int(q) <= limit:
            return None
        raw = RawTime(self.span(start, k + 1), unit, n=int(q), tense=self.tense_before(start))
        k += 1
        if self.word(k) == "of":
            k += 1
            if self.word(k) == "the" and self.lex.units.get(self.word(k + 1)) == "year":
                return raw._replace(yrel=0, span=self.span(start, k + 2)), k + 2
        y = self.year_at(k)
        if y is not None:
            return raw._replace(y=y, span=self.span(start, k + 1)), k + 1
        if self.word(k) in ("-", "/") and k + 1 < self.n and self.glued(k - 1, k + 1):
            y = self.year_at(k + 1)  # "kuartal IV-2023", "kuartal III/2025"
            if y is not None:
                return raw._replace(y=y, span=self.span(start, k + 2)), k + 2
        step = self.year_markers(raw, k)
        return step if step is not None else (raw, k)

    def ordinal_quarter(self, j: int) -> Step:
        q = self.lex.ordinals.get(self.word(j))
        unit = self.lex.units.get(self.word(j + 1))
        if q is None or unit not in ("quarter", "half"):
            return None
        return (
            self.quarter(j, j, unit) if self.word(j).startswith("q") else self.quarter_en(j, unit)
        )

    def quarter_en(self, j: int, unit: str) -> Step:
        """ "the first quarter of 2024", "third quarter"."""
        q = self.lex.ordinals[self.word(j)]
        raw = RawTime(self.span(j, j + 2), unit, n=q, tense=self.tense_before(j))
        k = j + 2
        if self.word(k) == "of":
            y = self.year_at(k + 1)
            if y is not None:
                return raw._replace(y=y, span=self.span(j, k + 2)), k + 2
            before, m = match(self.toks, k + 1, self.lex.rel_before, self.lex.longest)
            if before is not None and self.lex.units.get(self.word(m)) == "year":
                yrel = {"previous": -1, "this": 0, "next": 1}.get(before[0], 0)
                return raw._replace(yrel=yrel, span=self.span(j, m + 1)), m + 1
        return raw, k

    # -- English-style words before: "last week", "the past three years", "next Friday" --------
    def before_led(self, j: int) -> Step:
        before, k = match(self.toks, j, self.lex.rel_before, self.lex.longest)
        if before is None:
            return None
        count, k2 = self.count_at(k)
        unit = self.lex.units.get(self.word(k2))
        if count is not None and unit is not None:
            return self.relative(j, k2 + 1, unit, before[1], count)
        if unit is not None and count is None:
            if unit == "weekend":
                raw = RawTime(self.span(j, k2 + 1), "rel", unit="week", n=_offset(before[0]))
                return raw._replace(part="late"), k2 + 1
            return self.relative(j, k2 + 1, unit, before[0], 1)
        return self.before_named(j, k, before[0])

    def nearest_weekend(self, j: int) -> Step:
        """ "over the weekend": the latest one, or with a future marker the coming one."""
        value, k = match(self.toks, j, self.lex.nearest_weekend, self.lex.longest)
        if value is None or self.word(j - 1) not in self.lex.weekend_cues:
            return None  # "the weekend edition": a kind of thing, not a time
        if self.word(k) in self.lex.weekend_named:
            return None  # "the weekend of 9 and 10 July": the days that follow date it
        raw = RawTime(self.span(j, k), "weekdays", wd=5, n=1, tense=self.tense_before(j))
        return raw, k

    def before_named(self, j: int, k: int, meaning: str) -> Step:
        offset = _offset(meaning)
        w = self.word(k)
        if w in self.lex.weekdays:
            week = None if meaning != "this" else 0
            tense = {-1: -1, 1: 1}.get(offset, 0)
            return RawTime(
                self.span(j, k + 1), "weekday", wd=self.lex.weekdays[w], week=week, tense=tense
            ), k + 1
        if w in self.lex.months:
            month = self.lex.months[w]
            return RawTime(self.span(j, k + 1), "month", m=month, tense=offset, n=offset), k + 1
        season, k2 = match(self.toks, k, self.lex.seasons, self.lex.longest)
        if season is not None:
            return RawTime(self.span(j, k2), "season", season=season, n=offset), k2
        return None

    # -- seasons -----------------------------------------------------------------------------
    def season(self, j: int) -> Step:
        season, k = match(self.toks, j, self.lex.seasons, self.lex.longest)
        if season is None or self.word(j) in self.lex.marked_seasons:
            return None
        return self.yearly(j, k, RawTime(self.span(j, k), "season", season=season))

    def holiday(self, j: int) -> Step:
        """ "Hari Pahlawan", "malam pergantian tahun", "Christmas Eve": a fixed-date day."""
        day, k = match(self.toks, j, self.lex.holidays, self.lex.longest)
        if day is None:
            return None
        step = self.yearly(j, k, RawTime(self.span(j, k), "holiday", m=day[0], d=day[1]))
        return self.run_up(j, step)

    def run_up(self, j: int, step: Step) -> Step:
        """ "before Christmas": the days leading up to the day (``RUN_UP``), not the day."""
        if step is None or self.word(j - 1) not in self.lex.run_up:
            return step
        return step[0]._replace(part=RUN_UP), step[1]

    def cued_holiday(self, j: int) -> Step:
        """ "Christmas 2004", "since Christmas": a name that alone is as often a season or a
        theme ("Christmas cards") is a day only with its year or a cue before it."""
        day, k = match(self.toks, j, self.lex.cued_holidays, self.lex.longest)
        if day is None:
            return None
        raw = RawTime(self.span(j, k), "holiday", m=day[0], d=day[1])
        if self.year_at(k) is not None:
            return self.run_up(j, self.yearly(j, k, raw))
        before = self.word(j - 1)
        if before not in self.lex.holiday_cues:
            return None
        return self.run_up(j, (raw._replace(n=-1 if before in self.lex.since else 0), k))

    def yearly(self, j: int, k: int, raw: RawTime) -> Step:
        """What comes back every year takes the year named after it ("musim panas 2019"), or
        a marker of the one before, this one or the next ("Hari Pahlawan mendatang")."""
        y = self.year_at(k)
        if y is not None:
            return raw._replace(y=y, span=self.span(j, k + 1)), k + 1
        y = self.year_at(k + 1) if self.word(k) in self.lex.season_year_links else None
        if y is not None:  # "the summer of 2003"
            return raw._replace(y=y, span=self.span(j, k + 2)), k + 2
        meaning, m = self.after(k)
        if meaning is not None and meaning[0] in ("previous", "this", "next"):
            return raw._replace(n=_offset(meaning[0]), span=self.span(j, m)), m
        return raw, k


def _offset(meaning: str) -> int:
    return {"previous": -1, "this": 0, "next": 1}.get(meaning, 0)
