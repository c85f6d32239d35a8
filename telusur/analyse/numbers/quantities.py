"""Find every quantity in a text: figures with their qualifier, unit and what they count.

One precompiled pattern finds where a figure can start (a digit run, a number word, a vague or
fraction word). A figure is then read outwards by small parsers over bounded windows: the words
before it (currency, qualifier, range prefix, context that makes it a reference), the figure with
its scale word, a range's second figure, the unit or currency after it, and the counted noun
phrase. Every window is bounded, so the whole pass is linear in the text.

Not quantities: years, dates, times of day, phone numbers, law and article numbers, ordinals,
version numbers and codes ("KN-23", "G20", "Covid-19"). Sports scores are kept with unit
"score" (low and high hold the two sides as written). "salah satu" (one of) and the plain
pronoun "one" are not counts; "beberapa"/"several" count only before a scale word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from telusur.analyse.numbers.counted import counted_phrase
from telusur.analyse.numbers.parse import parse_digits, read_words
from telusur.analyse.numbers.words import (
    NEXT_TOKEN,
    QuantityWords,
    join_tokens,
    quantity_words,
    suffix_tokens,
)
from telusur.analyse.times.words import key_starts, keyed_matches, lower, word_marks
from telusur.records import Quantity, Span

_SPACES = " \t\u00a0"
_ASCII_SEPARATORS = "\n\t\r(\"'[/"
_SEPARATORS = _ASCII_SEPARATORS + "\u00a0“‘«"
_NONSPACE = re.compile(r"\S+")
_NEXT = NEXT_TOKEN
_NUMBER_WORD = re.compile(r"[ \t\u00a0]*(?:-[ \t\u00a0]*)?([^\W\d_]+)")
_CODE_TAIL = re.compile(r"[\w.,/\-]*(?:[ \t]?[-–][ \t]?[\w.,/\-]+)*")
_PHONE_TAIL = re.compile(r"[0-9 ()\-]*")
_OF = re.compile(r"[ \t\u00a0]+of\b")
_CLOCK = re.compile(r"[0-2]?[0-9][.:][0-5][0-9]")
_OPENERS = "\"'“‘([«"
_DASHES = frozenset("-–—:")
_LEFT_WINDOW = 48
# Digit tokens repeat across texts ("1", "10", "2024"): their values are kept, not re-parsed.
_parse_digits = lru_cache(maxsize=8192)(parse_digits)
_MAX_WORDS = 12
_MAX_PLAIN_DIGITS = 6  # longer bare integers are phone numbers and identifiers
_YEARS = (1800, 2100)  # a bare four-digit figure in this span is a year


@dataclass(slots=True)
class _Left:
    """What the words just before a figure say about it."""

    reject: bool = False
    currency: str | None = None
    start: int = 0  # where the quantity's span starts (qualifier, prefix or currency)
    qualifier: str | None = None
    range_prefix: bool = False
    before: Sequence[str] = ()  # up to five words before the figure
    from_before: bool = False
    after_name: bool = False  # the word before is capitalised mid-sentence ("Boeing 737-800")
    phone: bool = False  # "+62 ..."
    negative: bool = False  # "minus 10", "-3%"


@dataclass(slots=True)
class _Figure:
    """One figure as read: a value or a band, its unit, and where it ends."""

    start: int
    end: int
    low: float
    high: float
    kind: str  # digits | words | vague | fraction
    raw: float  # value before its scale word
    scale: float  # 1 when no scale word
    unit: str | None  # currency code or unit; None for a plain count
    token: str = ""  # the digit run, for shape checks (years, clocks, scores)
    unit_start: int = -1
    next_at: int = -1  # where ``next`` was read: several readers ask for the token after ``end``
    next: re.Match[str] | None = None


def _next(low: str, figure: _Figure, pos: int) -> re.Match[str] | None:
    """The token after ``pos``, read once for the figure's end."""
    if pos != figure.end:
        return _NEXT.match(low, pos)
    if figure.next_at != pos:
        figure.next_at, figure.next = pos, _NEXT.match(low, pos)
    return figure.next


# A quantity read (or None) and where to resume; a plain tuple, as one is made for every
# candidate.
_Found = tuple[Quantity | None, int]


def find_quantities(
    text: str, lang: str, exclude: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """Every quantity in ``text`` (``lang``: "id", "ms" or "en"), in order.

    ``exclude`` holds spans already taken (dates found by the time extractor); no quantity is
    read from a figure inside them.
    """
    words = quantity_words(lang)
    low = _lower(text)
    blocked = sorted(exclude)
    block_starts = [s for s, _ in blocked]
    found: list[Quantity] = []
    pos = 0
    last_score = -10
    for start in _starts(low, words):
        if start < pos:
            continue
        match = words.candidates.match(low, start)
        if match is None:
            continue
        if blocked and _blocked(start, match.end(), blocked, block_starts):
            pos = match.end()
            continue
        quantity, resume = _read(text, low, match, words, last_score)
        if quantity is not None and not (
            blocked and _blocked(*quantity.span, blocked, block_starts)
        ):
            found.append(quantity)
            if quantity.unit == "score":
                last_score = quantity.span[1]
        pos = max(resume, match.end())
    return found


def _starts(low: str, words: QuantityWords) -> list[int]:
    """Where figures may start, in order. String searches, not a regex scan: ``str.find`` and
    a literal-led pattern skip through the text in C, which a character-class scan does not."""
    starts = _digit_starts(low)
    spaced = " " + _spaced(low)
    if words.word_keys is None:
        starts.extend(m.start() for m in words.word_starts.finditer(spaced))
    else:  # tried only where a number word stands: ``word_marks`` keeps the offsets
        keyed = key_starts(word_marks(" " + low), words.word_keys)
        starts.extend(m.start() for m in keyed_matches(words.word_starts, spaced, keyed))
    if not low.isascii():
        for symbol in words.numbers.fractions:
            if not symbol.isalpha():
                at = low.find(symbol)
                while at >= 0:
                    starts.append(at)
                    at = low.find(symbol, at + 1)
    starts.sort()
    return starts


# Bytes: ASCII digits to "0", everything else to a space.
_DIGIT_MARKS = bytes(48 if 48 <= i <= 57 else 32 for i in range(256))


def _digit_starts(low: str) -> list[int]:
    """Where runs of ASCII digits start. The text is turned into bytes of one per character
    (any other character is "?") and then into marks, so that one search finds each run, where
    a search per digit would stop at every digit."""
    marks = (b" " + low.encode("ascii", "replace")).translate(_DIGIT_MARKS)
    starts: list[int] = []
    at = marks.find(b" 0")
    while at >= 0:
        starts.append(at)  # the leading space shifts the marks by one
        at = marks.find(b" 0", at + 2)
    return starts


def _spaced(low: str) -> str:
    """The text with the characters that can precede a number word turned into spaces."""
    for mark in _SEPARATORS if not low.isascii() else _ASCII_SEPARATORS:
        if mark in low:
            low = low.replace(mark, " ")
    return low


def _lower(text: str) -> str:
    """``text`` lower-cased with offsets preserved."""
    low = lower(text)  # made once for the time finders too
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _blocked(start: int, end: int, blocked: Sequence[Span], starts: Sequence[int]) -> bool:
    """Whether one of the (up to three) taken spans that start before ``end`` reaches past
    ``start``; unrolled, as this runs for every candidate."""
    i = bisect.bisect_left(starts, end)
    return (
        (i > 0 and blocked[i - 1][1] > start)
        or (i > 1 and blocked[i - 2][1] > start)
        or (i > 2 and blocked[i - 3][1] > start)
    )


def _read(
    text: str, low: str, match: re.Match[str], words: QuantityWords, last_score: int
) -> _Found:
    """The quantity starting at a candidate match, and where to resume the search."""
    left = _left(text, low, match.start(), words)
    if left.reject:
        if left.phone:
            tail = _PHONE_TAIL.match(low, match.end())
            return (None, tail.end() if tail is not None else match.end())
        return (None, _skip_code(low, match.end()))
    first = _figure(text, low, match, words, left.currency, left)
    if first is None:
        return (None, _skip_code(low, match.end()))
    return _assemble(text, low, first, left, words, last_score)


# -- the words before a figure ----------------------------------------------------------------


def _left(text: str, low: str, start: int, words: QuantityWords) -> _Left:
    """Read the words before ``start``; ``str.split`` on a short window keeps this cheap."""
    base = max(0, start - _LEFT_WINDOW)
    window = low[base:start]
    tokens = window.split()
    if tokens and base > 0 and not low[base - 1].isspace() and not window[0].isspace():
        tokens.pop(0)
    left = _Left(start=start)
    if not tokens:
        return left
    end = start
    if not window[-1].isspace():
        attached = tokens.pop()
        end = start - len(attached)
        if not _attached(attached, end, words, left):
            left.reject = True
            left.phone = attached.endswith("+")
            return left
        if attached in ("-", "−") and words.negative:
            left.negative, left.start = True, end
    elif tokens[-1] not in words.left_marked and tokens[-1].isalpha():
        # The common case, a plain word before the figure: it can only make it part of a name.
        last_start = base + len(window.rstrip()) - len(tokens[-1])
        left.after_name = (
            text[last_start].isupper() and last_start > 0 and text[last_start - 1] != "\n"
        )
        left.before = tokens[-5:]
        return left
    if tokens:
        last_end = base + len(low[base:end].rstrip())
        last_start = last_end - len(tokens[-1])
        bare = tokens[-1].lstrip(_OPENERS)
        if left.currency is None and bare in words.currency_prefix:
            left.currency = words.currency_prefix[bare]
            left.start = last_end - len(bare)
            tokens.pop()
            end = last_start
        else:
            left.after_name = (
                text[last_start].isupper() and last_start > 0 and text[last_start - 1] != "\n"
            )
    _context(tokens, words, left)
    _qualifier(tokens, low, base, end, words, left)
    return left


def _attached(token: str, start: int, words: QuantityWords, left: _Left) -> bool:
    """Read what is glued to the figure's left; False when it makes the figure a code."""
    bare = token.lstrip(_OPENERS)
    if not bare:
        return True
    if bare in words.currency_prefix:
        left.currency, left.start = words.currency_prefix[bare], start + len(token) - len(bare)
        return True
    last = bare[-1]
    if last in "-‐" and len(bare) == 1:
        return True
    return not (last.isalnum() or last in "-‐+#/@_.,&")


def _context(tokens: list[str], words: QuantityWords, left: _Left) -> None:
    """Rejecting cues (references, ordinals, month before a day); keep words for score cues."""
    left.before = tokens[-5:]
    if tokens and tokens[-1] in words.negative:
        left.negative = True
    if not tokens or (tokens[-1] not in words.left_cues and tokens[-1].isalpha()):
        return  # a plain word no cue ends with: the common case, kept short
    plain = [w.strip(_OPENERS).rstrip(".:,") for w in tokens[-2:]]
    prev = plain[-1]
    if prev in words.reject_before or " ".join(plain) in words.reject_before:
        left.reject = tokens[-1][-1] not in ",;"
    if prev in words.months_before and tokens[-1][-1].isalpha():
        left.reject = True
    if prev == "-" and len(plain) > 1 and plain[-2] in words.ordinal:
        left.reject = True  # "ke - 55" in re-joined text
    left.from_before = prev in words.change_from


def _qualifier(
    tokens: list[str], low: str, base: int, end: int, words: QuantityWords, left: _Left
) -> None:
    """The longest qualifier phrase (or range prefix) ending right before the figure."""
    if not tokens or tokens[-1].lstrip(_OPENERS) not in words.qualifier_ends:
        return
    for n in (3, 2, 1):
        if len(tokens) < n:
            continue
        chunk = tokens[-n:]
        if any(not w[-1].isalpha() for w in chunk):
            continue
        first = chunk[0].lstrip(_OPENERS)
        phrase = " ".join([first, *chunk[1:]])
        is_prefix = phrase in words.range_prefixes
        if not is_prefix and phrase not in words.qualifiers:
            continue
        window = low[base:end]
        at = len(window)
        for word in reversed(chunk):
            at = window.rfind(word, 0, at)
        offset = base + at + len(chunk[0]) - len(first)
        if is_prefix:
            left.range_prefix, left.start = True, offset
        else:
            left.qualifier, left.start = words.qualifiers[phrase], offset
        return


# -- the figure itself --------------------------------------------------------------------------


def _figure(
    text: str,
    low: str,
    match: re.Match[str],
    words: QuantityWords,
    currency: str | None,
    left: _Left,
) -> _Figure | None:
    kind = match.lastgroup
    if kind == "d":
        return _digits(text, low, match, words, currency)
    if kind == "w":
        return _worded(text, low, match.start(), words, left)
    value = words.numbers.fractions[match.group()]
    return _Figure(match.start(), match.end(), value, value, "fraction", value, 1.0, None)


def _digits(
    text: str, low: str, match: re.Match[str], words: QuantityWords, currency: str | None
) -> _Figure | None:
    token = match.group("d")
    start, end = match.span()
    after = low[end : end + 2]
    if after[:1] == "/" and after[1:2].isdigit():
        return None  # 21/10/2024, 8/128
    if len(token) > 1 and token[0] == "0" and token[1].isdigit():
        return None  # 021 6546316, 08111967016, 03.275.487.1: numbers, not amounts
    if token.isdigit() and currency is None and len(token) > _MAX_PLAIN_DIGITS:
        return None
    value = _parse_digits(token, words.numbers.decimal)
    if value is None:
        return None
    figure = _Figure(start, end, value, value, "digits", value, 1.0, currency, token)
    if figure.end < len(low) and low[end] in "½¼¾⅓⅔":
        figure.low = figure.high = value + words.numbers.fractions.get(low[end], 0.0)
        figure.end += 1
    return _scaled(text, low, figure, words, currency)


def _scaled(
    text: str, low: str, figure: _Figure, words: QuantityWords, currency: str | None
) -> _Figure | None:
    """Apply a scale word after digits ("2,5 juta", "$1.13bn", "Rp 5 T"); reject codes ("5G")."""
    match = _next(low, figure, figure.end)
    if match is None:
        return figure
    word = match.group(1)
    glued = match.start(1) == figure.end
    factor = words.numbers.scale(word)
    minor = words.minor_money.get(word) or (words.glued_money.get(word) if glued else None)
    if minor is not None and currency is None and text[match.start(1)].islower():
        figure.unit, scale = minor  # "97p", "64 pence", "21 sen": a currency's hundredths
        figure.low = figure.high = figure.raw * scale
        figure.end = match.end(1)
        return figure
    if glued and currency is None and _glued_measure(low, match.end(1), word, words):
        figure.unit, figure.unit_start, figure.end = (
            words.glued_measures[word],
            figure.end,
            match.end(1),
        )
        return figure
    if factor is None and currency is not None:
        factor = words.numbers.money_scales.get(text[match.start(1) : match.end(1)])
    if factor is not None and (glued or match.start(1) > figure.end):
        figure.scale = factor
        figure.low = figure.high = figure.raw * factor
        figure.end = match.end(1)
        return figure
    if glued and word[0].isalpha() and _suffix(low, figure.end, words, match) is None:
        return None  # 5G, 3rd, 2.5L, 1990an
    return figure


def _glued_measure(low: str, pos: int, word: str, words: QuantityWords) -> bool:
    """ "5000m champion", "the 60m final": metres, where money would need a currency."""
    if word not in words.glued_measures:
        return False
    following = _NEXT.match(low, pos)
    return following is not None and following.group(1) in words.measure_after


def _worded(text: str, low: str, start: int, words: QuantityWords, left: _Left) -> _Figure | None:
    """A figure in words: a number, a vague amount or a fraction."""
    tokens: list[tuple[int, int, str]] = []
    pos = start
    while len(tokens) < _MAX_WORDS:
        match = _NUMBER_WORD.match(low, pos)
        if match is None or (tokens and "\n" in low[pos : match.start(1)]):
            break
        if tokens and match.group(1) not in words.vocab:
            break
        tokens.append((match.start(1), match.end(1), match.group(1)))
        pos = match.end()
    names = [w for _, _, w in tokens]
    first = names[0]
    if first in words.vague or first in words.vague_multiplier:
        return _vague(low, tokens, words)
    read = read_words(names, words.numbers)
    if read is None:
        return _fraction(low, tokens, words)
    used, value = read
    if used < len(names) and names[used] in words.numbers.denominators and value >= 1:
        return _fraction(low, tokens, words)
    if used == 1 and not _single_word_ok(low, tokens, words, left):
        return None
    end = tokens[used - 1][1]
    return _Figure(start, end, value, value, "words", value, 1.0, None)


def _single_word_ok(
    low: str, tokens: list[tuple[int, int, str]], words: QuantityWords, left: _Left
) -> bool:
    """ "satu" in "salah satu", "satu sama lain", "satu-satunya"; English "one"."""
    start, end, word = tokens[0]
    if word in words.standalone_skip:
        return word in words.one_counted and _counted_one(low, start, end, words)
    if word not in words.one_words:
        return True
    before = low[max(0, start - 12) : start].split()
    if before and before[-1] in words.one_not_after:
        return False
    if low.startswith("-", end):
        return False
    following = _NEXT.match(low, end)
    return following is None or following.group(1) not in words.one_not_before


def _counted_one(low: str, start: int, end: int, words: QuantityWords) -> bool:
    """ "only one episode", "just one person": "one" counts after a word that stresses it."""
    before = low[max(0, start - 12) : start].split()
    if not before or before[-1] not in words.one_counted_after:
        return False
    following = _NEXT.match(low, end)
    return (
        following is not None
        and following.start(1) > end
        and following.group(1).isalpha()
        and following.group(1) not in words.counted.stop
    )


def _vague(low: str, tokens: list[tuple[int, int, str]], words: QuantityWords) -> _Figure | None:
    """ "puluhan ribu", "ratusan", "tens of thousands", "beberapa juta"."""
    first = tokens[0][2]
    low_v, high_v = words.vague.get(first) or words.vague_multiplier[first]
    start, end = tokens[0][0], tokens[0][1]
    factor = None
    rest = tokens[1:]
    if len(rest) > 1 and rest[0][2] == words.of_link:
        factor = words.of_scales.get(rest[1][2])
        if factor is not None:
            end = rest[1][1]
    if factor is None and rest:
        entry = words.numbers.words.get(rest[0][2])
        if entry is not None and entry[0] in ("scale", "hundred"):
            factor, end = entry[1], rest[0][1]
    if factor is None and first not in words.vague:
        return None  # "beberapa" alone is not a quantity
    if factor is not None:
        low_v, high_v = low_v * factor, (high_v + 1) * factor - 1
    return _Figure(start, end, low_v, high_v, "vague", low_v, factor or 1.0, None)


def _fraction(low: str, tokens: list[tuple[int, int, str]], words: QuantityWords) -> _Figure | None:
    """ "setengah", "tiga perempat", "two-thirds", "a quarter of"."""
    numbers = words.numbers
    names = [w for _, _, w in tokens]
    if names[0] in numbers.fractions:
        value = numbers.fractions[names[0]]
        end = tokens[0][1]
    else:
        read = read_words(names, numbers) if names[0] not in ("a", "an") else (1, 1.0)
        if read is None or read[0] >= len(names) or names[read[0]] not in numbers.denominators:
            return None
        value = read[1] / numbers.denominators[names[read[0]]]
        end = tokens[read[0]][1]
    if words.of_link and names[0] in ("a", "an", "half") and not _OF.match(low, end):
        return None  # "a quarter" and "half-time" are periods, not shares
    before = low[max(0, tokens[0][0] - 12) : tokens[0][0]].split()
    if before and before[-1] in words.fraction_not_after:
        return None  # "the first half of the year"
    return _Figure(tokens[0][0], end, value, value, "fraction", value, 1.0, None)


# -- after the figure -----------------------------------------------------------------------------


def _suffix(
    low: str, pos: int, words: QuantityWords, first: re.Match[str] | None
) -> tuple[str, str, int, int] | None:
    """The currency or unit written after ``pos`` (``first``: the token there): (kind, code,
    start, end); longest wins."""
    if first is None:
        return None
    limit = words.suffix_parts.get(first.group(1))
    if limit is None:
        return None  # no phrase starts with this token: the common case
    parts = suffix_tokens(low, pos, limit) if limit > 1 else [(*first.span(1), first.group(1))]
    for n in range(len(parts), 0, -1):
        phrase = join_tokens(parts[:n]) if n > 1 else parts[0][2]
        for kind, table in (("currency", words.currency_suffix), ("unit", words.units)):
            code = table.get(phrase)
            if code is not None:
                return kind, code, parts[0][0], parts[n - 1][1]
    return None


def _with_unit(low: str, figure: _Figure, words: QuantityWords) -> None:
    """Extend ``figure`` over the currency or unit after it ("5 juta dolar AS", "30 persen")."""
    pos = figure.end
    if figure.kind == "vague" and words.of_link:
        link = _NEXT.match(low, pos)
        if link is not None and link.group(1) == words.of_link:
            pos = link.end(1)
    found = _suffix(low, pos, words, _next(low, figure, pos))
    if found is None and low.startswith("-", pos) and figure.unit is None:
        # "a 25-yard drive", "a nine-year sentence"
        found = _suffix(low, pos + 1, words, _NEXT.match(low, pos + 1))
        if found is not None and found[0] != "unit":
            found = None
    if found is not None:
        kind, code, start, end = found
        if kind == "currency" and figure.unit not in (None, code):
            return
        figure.unit, figure.unit_start, figure.end = code, start, end
    if figure.unit is not None and words.rate_links:
        _rate(low, figure, words)


def _rate(low: str, figure: _Figure, words: QuantityWords) -> None:
    """A sum per something: "$50 a barrel", "£4.99 per month" -> unit "USD/barrel"; a sum per
    another currency is a rate of exchange: "Rp14.060 per dolar AS", "Rp14.060/USD" -> "IDR/USD"."""
    if figure.unit is None or figure.unit in words.units.values():
        return
    if low.startswith("/", figure.end):  # glued: "Rp14.060/USD", "Rp10.000/kg"
        glued = _suffix(low, figure.end + 1, words, _NEXT.match(low, figure.end + 1))
        if glued is not None and glued[2] == figure.end + 1 and glued[1] != figure.unit:
            figure.unit, figure.end = f"{figure.unit}/{glued[1]}", glued[3]
        return
    link = _next(low, figure, figure.end)
    if link is None or link.group(1) not in words.rate_links:
        return
    noun = _NEXT.match(low, link.end(1))
    if noun is None or noun.start(1) == link.end(1):
        return
    found = _suffix(low, link.end(1), words, noun)
    if found is not None and found[1] == figure.unit:
        return  # "Rp5.000 per rupiah" measures nothing
    per, end = (found[1], found[3]) if found is not None else (None, noun.end(1))
    if per is None and noun.group(1) in words.rate_nouns:
        per = noun.group(1)
    after = _NEXT.match(low, end)
    if after is not None and after.group(1) in words.rate_not_before:
        return  # "£610m a year earlier": a time, not a rate
    if per is not None:
        figure.unit, figure.end = f"{figure.unit}/{per}", end


def _second(
    text: str, low: str, first: _Figure, left: _Left, words: QuantityWords
) -> tuple[_Figure, str] | None:
    """The second figure of a range ("25.000 hingga 30.000", "antara 8 dan 13", "2-3 juta")."""
    at = _past_aside(low, first.end) if left.from_before and words.change_verbs else first.end
    connector = (words.prefix_connector if left.range_prefix else words.connector).match(low, at)
    if connector is None:
        return None
    joint = connector.group().strip()
    if joint == "to" and left.from_before and not words.change_verbs:
        return None  # "dari 5% ke 6%": split where no verb tells a change from a range
    pos, currency = connector.end(), None
    prefix = _NEXT.match(low, pos)
    if prefix is not None and prefix.start(1) == pos:
        word = prefix.group(1) + ("." if low.startswith(".", prefix.end(1)) else "")
        for form in (word, prefix.group(1)):
            if form in words.currency_prefix:
                currency = words.currency_prefix[form]
                pos = prefix.start(1) + len(form)
                pos += len(low) - pos - len(low[pos:].lstrip(_SPACES)) if pos < len(low) else 0
                break
    match = words.candidates.match(low, pos)
    if match is None or match.group("f") is not None:
        return None
    second = _figure(text, low, match, words, currency, _Left(start=pos))
    if second is None:
        return None
    _with_unit(low, second, words)
    return second, joint


_ASIDE = re.compile(r"[ \t\u00a0]*\([^()\n]{1,24}\)")


def _past_aside(low: str, pos: int) -> int:
    """After a short aside in brackets: "from 97p ($1.87) to 44p" (a conversion)."""
    match = _ASIDE.match(low, pos)
    return match.end() if match is not None else pos


def _join_range(first: _Figure, second: _Figure) -> bool:
    """Share scale and unit across a range; False when the two figures do not form one."""
    if first.unit and second.unit and second.unit.startswith(first.unit + "/"):
        first.unit = second.unit  # "Rp42.000 sampai Rp47.500 per kg": one rate's range
    if first.unit and second.unit and first.unit != second.unit:
        return False
    if first.scale == 1 and second.scale != 1 and first.kind in ("digits", "words"):
        first.low = first.high = first.raw * second.scale
    elif second.scale == 1 and first.scale != 1 and second.raw * first.scale >= first.low:
        second.low = second.high = second.raw * first.scale
    unit = first.unit or second.unit
    first.unit = second.unit = unit
    return first.low <= second.high


def _is_year(figure: _Figure) -> bool:
    token = figure.token
    return (
        len(token) == 4
        and token.isdigit()
        and _YEARS[0] <= figure.raw <= _YEARS[1]
        and figure.unit is None
        and figure.scale == 1
    )


def _model_code(joint: str, left: _Left, first: _Figure, second: _Figure) -> bool:
    """A model number such as "Boeing 737-800": a glued dash between bare integers after a name."""
    glued = joint == "-" and second.start == first.end + 1
    return glued and left.after_name and first.token.isdigit() and second.token.isdigit()


def _is_score_pair(first: _Figure, second: _Figure) -> bool:
    return (
        first.token.isdigit()
        and second.token.isdigit()
        and first.unit is None
        and second.unit is None
        and first.scale == second.scale == 1
        and first.raw <= 200
        and second.raw <= 200
    )


def _dated(low: str, pos: int, words: QuantityWords, day: float) -> bool:
    """A month name follows, maybe after more days ("8 dan 13 Oktober", "14, 20 and 27 April")."""
    if not (1 <= day <= 31 and day == int(day)):
        return False
    joined = False
    for _ in range(5):
        match = _DATE_STEP.match(low, pos)
        if match is None:
            return False
        token = match.group(2)
        if token in words.months:
            return True
        if token.isdigit():
            if not joined and match.group(1) is None:
                return False  # "1 2": days in a list are joined by a comma, dash or word
            joined = False
        elif token in _DATE_JOINS:
            joined = True
        else:
            return False
        pos = match.end()
    return False


_DATE_STEP = re.compile(r"[ \t\u00a0]*(?:([,\-–—/&])[ \t\u00a0]*)?([^\W\d_]+|[0-9]+)")
_DATE_JOINS = frozenset({"dan", "and", "hingga", "sampai", "to", "s", "d"})


def _clock(low: str, figure: _Figure, end: int, words: QuantityWords) -> bool:
    """A time of day: "10.30 WIB", "pukul 07.00", "21.00 dan 22.00 WIB"."""
    nxt = _next(low, figure, end)
    word = nxt.group(1) if nxt is not None else ""
    if word in words.time_after:
        return True
    if len(figure.token) not in (4, 5) or not _CLOCK.fullmatch(figure.token):
        return False
    if word in words.clock_after:
        return True
    # Indonesian writes decimals with a comma, so a bare h.mm is a clock time.
    return words.numbers.decimal == "," and "." in figure.token and figure.unit is None


def _assemble(
    text: str, low: str, first: _Figure, left: _Left, words: QuantityWords, last_score: int
) -> _Found:
    _with_unit(low, first, words)
    if words.capitalised_names and _in_name(text, first, left, words):
        return (None, first.end)
    if _hyphen_name(text, first, left, words) or _refers_back(low, first, left, words):
        return (None, first.end)
    chain = _CHAIN.match(text, first.start) if first.kind == "digits" else None
    if chain is not None and not left.currency:
        return (None, chain.end())  # "4-3-3", "21 - 04 - 2017": a formation, a date, a code
    if _enumerator(text, first):
        return (None, first.end)
    paired = _second(text, low, first, left, words)
    if paired is not None:
        second, joint = paired
        if _is_year(first) and (_is_year(second) or second.token.isdigit()):
            return (None, second.end)
        if _dated(low, second.end, words, second.raw) or _clock(low, second, second.end, words):
            return (None, second.end)
        if joint in _DASHES and _is_score_pair(first, second):
            chained = 0 <= first.start - last_score <= 3
            if chained or first.raw > second.raw or _score_cue(left, words):
                return (_score(text, left, first, second), second.end)
        if joint == "to" and words.change_verbs and _moved(left, words):
            if left.from_before:  # "rose from 5% to 6%": one change, both values kept
                return _changed(text, first, second, left)
            return _single(text, low, first, left, words)  # "fell 0.4% to 13,176": two figures
        if _model_code(joint, left, first, second):
            return (None, _skip_code(low, second.end))
        if _join_range(first, second):
            return _ranged(text, low, first, second, left, words)
    if low.startswith(":", first.end) and first.token.isdigit():
        return _colon(text, low, first, left, words)
    if first.kind == "digits" and (_is_year(first) or _clock(low, first, first.end, words)):
        return (None, first.end)
    if first.unit is None and first.scale == 1 and _dated(low, first.end, words, first.raw):
        return (None, first.end)
    return _single(text, low, first, left, words)


def _moved(left: _Left, words: QuantityWords) -> bool:
    """A change verb just before the figure, or before its "from" ("fell from", "rose 3% to")."""
    plain = [w.strip(_OPENERS).rstrip(".:,") for w in left.before]
    if left.from_before:
        return any(w in words.change_verbs for w in plain[:-1])
    if plain and plain[-1] == "by":
        plain.pop()
    return bool(plain) and plain[-1] in words.change_verbs


def _changed(text: str, first: _Figure, second: _Figure, left: _Left) -> _Found:
    """ "from 97p to 44p": qualifier change, low the value before, high and value the one after."""
    unit = second.unit or first.unit or "count"
    start = left.start if left.currency else first.start
    quantity = Quantity(
        span=(start, second.end),
        text=text[start : second.end],
        value=second.high,
        low=first.low,
        high=second.high,
        qualifier="change",
        unit=unit,
    )
    return (quantity, second.end)


def _in_name(text: str, figure: _Figure, left: _Left, words: QuantityWords) -> bool:
    """ "Radio 4's", "Maroon 5 and", "Rover 25 to", "Six Nations", "BBC Four": a name's figure."""
    if figure.unit or figure.scale != 1 or left.currency or left.qualifier or left.negative:
        return False
    if figure.kind == "words":
        return text[figure.start].isupper() and _mid_sentence(text, figure.start)
    if figure.kind != "digits" or not figure.token.isdigit() or not left.after_name:
        return False
    before = text[figure.start - 2 : figure.start]
    if len(before) < 2 or not before[1].isspace() or not before[0].isalnum():
        return False  # "Lomas, 15": an age after a comma
    if left.before and left.before[-1].strip(_OPENERS) in words.counted.stop:
        return False  # "Another 50 jobs" at a sentence's start
    if text[figure.end : figure.end + 1] in "-–:/":
        return False  # "Arsenal 3-0": a score or a range after a name
    following = _NEXT.match(text, figure.end)
    if following is None or following.start(1) > figure.end + 1:
        return text[figure.end : figure.end + 1] not in "%°"
    word = following.group(1)
    possessive = left.before and left.before[-1].endswith("'s")
    if possessive:
        return False
    return word[0].isupper() or word in words.counted.stop


_CHAIN = re.compile(r"\d+(?: ?[-–] ?\d+){2,}\b")
_ENUMERATED = 20  # the longest list numbered "(1) ... (2) ..." that a sentence holds


def _enumerator(text: str, figure: _Figure) -> bool:
    """ "(1) proses ..., (2) koordinasi ...": a list's numbering, as its neighbour shows."""
    if text[figure.start - 1 : figure.start] != "(" or text[figure.end : figure.end + 1] != ")":
        return False
    token = text[figure.start : figure.end]
    if not token.isdigit() or not 0 < int(token) <= _ENUMERATED:
        return False
    n = int(token)
    near = text[max(0, figure.start - 400) : figure.end + 400]
    return f"({n + 1})" in near or (n > 1 and f"({n - 1})" in near)


_REFERRING_MAX = 2  # "the two men", "the two firms": the pair already met (three may be news)


def _refers_back(low: str, figure: _Figure, left: _Left, words: QuantityWords) -> bool:
    """ "the two men", "between the two exchanges": "two" written as a word after a definite
    article names the pair of parties already met; it counts nothing new."""
    if figure.kind != "words" or figure.unit or left.qualifier or figure.high > _REFERRING_MAX:
        return False
    if not left.before or left.before[-1] not in words.referring:
        return False
    following = _NEXT.match(low, figure.end)
    return following is not None and following.start(1) == figure.end + 1


_HYPHEN_WORD = re.compile(r" ?[-–] ?([A-Z][a-z]+)\b")


def _hyphen_name(text: str, figure: _Figure, left: _Left, words: QuantityWords) -> bool:
    """ "7-Eleven", "7 - Eleven": digits joined by a hyphen to a capitalised word are a name."""
    if figure.unit or left.currency or figure.kind != "digits" or not figure.token.isdigit():
        return False
    match = _HYPHEN_WORD.match(text, figure.end)
    return match is not None and match.group(1).lower() not in words.currency_prefix


def _mid_sentence(text: str, start: int) -> bool:
    prev = text[:start].rstrip(_SPACES)
    return bool(prev) and prev[-1] not in ".!?:;\"'“‘”’([-–—\n"


def _colon(text: str, low: str, first: _Figure, left: _Left, words: QuantityWords) -> _Found:
    """ "2:1" after a score cue is a score; otherwise "10:30" is a clock time."""
    match = _COLON_PAIR.match(low, first.end)
    if match is None:
        if first.kind == "digits" and _is_year(first):
            return (None, first.end)  # "Film 2005: ...": a year, as anywhere else
        return _single(text, low, first, left, words)
    end = match.end()
    value = float(match.group(1))
    if first.raw <= 200 and value <= 200 and _score_cue(left, words):
        second = _Figure(
            match.start(1), end, value, value, "digits", value, 1.0, None, match.group(1)
        )
        return (_score(text, left, first, second), end)
    return (None, end)


_COLON_PAIR = re.compile(r":([0-9]{1,3})(?![0-9])")


def _score_cue(left: _Left, words: QuantityWords) -> bool:
    return any(w.strip(_OPENERS).rstrip(".:,") in words.score_cues for w in left.before)


def _score(text: str, left: _Left, first: _Figure, second: _Figure) -> Quantity:
    start = first.start
    return Quantity(
        span=(start, second.end),
        text=text[start : second.end],
        value=None,
        low=first.raw,
        high=second.raw,
        qualifier="exact",
        unit="score",
    )


def _ranged(
    text: str, low: str, first: _Figure, second: _Figure, left: _Left, words: QuantityWords
) -> _Found:
    vague = first.kind == "vague" or second.kind == "vague"
    unit = first.unit or "count"
    start = left.start if left.range_prefix or left.currency or left.qualifier else first.start
    counts = _counts(text, low, second.end, second, words)
    quantity = Quantity(
        span=(start, second.end),
        text=text[start : second.end],
        value=None,
        low=first.low,
        high=second.high,
        qualifier="vague" if vague else "range",
        unit=unit,
        counts=counts[0] if counts else None,
        counts_span=counts[1] if counts else None,
    )
    return (quantity, second.end)


def _single(text: str, low: str, figure: _Figure, left: _Left, words: QuantityWords) -> _Found:
    start = first_start = figure.start
    if left.currency or left.qualifier or left.negative:
        start = min(left.start, start) if left.negative else left.start
    if left.negative and figure.kind == "digits":
        figure.low, figure.high = -figure.high, -figure.low
        if not left.currency and not left.qualifier:
            start = _sign_start(low, start, words)
    end = figure.end
    qualifier = left.qualifier or "exact"
    unit = figure.unit or "count"
    counts: tuple[str, Span] | None = None
    ratio = _ratio(low, figure, words) if figure.unit is None else None
    share = _share(low, figure, words) if figure.unit is None and not left.currency else None
    if share is not None:
        figure.low = figure.high = figure.low / share[0]
        qualifier, unit, end = "fraction", "fraction", share[1]
        figure.kind = "fraction"
    elif ratio is not None:
        qualifier, unit, end = "ratio", "times", ratio[1]
        counts = (text[ratio[0] : ratio[1]], ratio)
    else:
        after = _qualifier_after(low, end, words, _next(low, figure, end))
        if after is not None and figure.kind in ("digits", "words"):
            qualifier, end = after
        counts = _counts(text, low, end, figure, words)
    if figure.kind == "vague":
        qualifier = "vague"
    elif figure.kind == "fraction" and figure.unit is None:
        qualifier, unit = "fraction", "fraction"
    single = figure.low == figure.high
    del first_start
    quantity = Quantity(
        span=(start, end),
        text=text[start:end],
        value=figure.low if single else None,
        low=figure.low,
        high=figure.high,
        qualifier=qualifier,
        unit=unit,
        counts=counts[0] if counts else None,
        counts_span=counts[1] if counts else None,
    )
    return (quantity, end)


def _sign_start(low: str, start: int, words: QuantityWords) -> int:
    """Where "minus 10" starts: the sign word, or the glued sign already in ``start``."""
    head = low[max(0, start - 12) : start].rstrip(_SPACES)
    for word in words.negative:
        if head.endswith(word):
            return start - (len(low[max(0, start - 12) : start]) - len(head)) - len(word)
    return start


_WHOLE = re.compile(r" (\d[\d,]*|[a-z]+)\b")


def _share(low: str, figure: _Figure, words: QuantityWords) -> tuple[float, int] | None:
    """ "eight out of 10 voters": (the whole, where its number ends); the figure is a share."""
    for link in words.share_links:
        if low.startswith(f" {link}", figure.end):
            match = _WHOLE.match(low, figure.end + 1 + len(link))
            if match is None:
                return None
            token = match.group(1)
            whole = parse_digits(token, words.numbers.decimal) if token[0].isdigit() else None
            if whole is None and token.isalpha():
                read = read_words([token], words.numbers)
                whole = read[1] if read and read[0] == 1 else None
            if whole and whole > figure.low:
                return whole, match.end(1)
    return None


def _ratio(low: str, figure: _Figure, words: QuantityWords) -> Span | None:
    """The span of a multiplicative word after the figure ("kali lipat", "-fold")."""
    if figure.kind not in ("digits", "words"):
        return None
    pos = figure.end
    while pos < len(low) and low[pos] in _SPACES:
        pos += 1
    if low[pos : pos + 1] not in words.ratio_initials:
        return None
    for phrase in words.ratio_after:
        end = pos + len(phrase)
        if low.startswith(phrase, pos) and (end >= len(low) or not low[end].isalnum()):
            return pos, end
    return None


def _qualifier_after(
    low: str, pos: int, words: QuantityWords, first: re.Match[str] | None
) -> tuple[str, int] | None:
    """ "50 persen lebih," / "10,000 or more": a qualifier written after the figure
    (``first``: the token after ``pos``)."""
    if first is None or first.start(1) == pos:
        return None
    phrase, end = first.group(1), first.end(1)
    second = _NEXT.match(low, end)
    if second is not None and f"{phrase} {second.group(1)}" in words.qualifiers_after:
        return words.qualifiers_after[f"{phrase} {second.group(1)}"], second.end(1)
    if phrase not in words.qualifiers_after:
        return None
    rest = low[end : end + 3].lstrip(_SPACES)
    if rest[:1].isalnum():
        return None  # "5 persen lebih tinggi" compares; it does not qualify
    return words.qualifiers_after[phrase], end


def _counts(
    text: str, low: str, end: int, figure: _Figure, words: QuantityWords
) -> tuple[str, Span] | None:
    unit = figure.unit
    money = unit.split("/", 1)[0] if unit is not None else None  # a rate's sum: "IDR/USD"
    if money is not None and money.isupper() and len(money) == 3:
        if figure.unit_start < 0:
            return None  # money written with a symbol: nothing else is counted
        return text[figure.unit_start : figure.end], (figure.unit_start, figure.end)
    if unit in ("percent", "percentage_point", "basis_point", "point"):
        return counted_phrase(text, low, end, words.counted, need_of=True)
    via_of = figure.kind in ("fraction", "vague") or unit is not None
    return counted_phrase(text, low, end, words.counted, via_of=via_of)


def _skip_code(low: str, pos: int) -> int:
    """The end of a code or reference glued to a rejected figure ("-214", ".2.1", "/2024")."""
    match = _CODE_TAIL.match(low, pos)
    return match.end() if match is not None else pos
