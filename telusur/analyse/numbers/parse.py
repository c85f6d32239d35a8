"""Parse one number expression, in digits or in words, in Indonesian (Malay) or English.

Digit shapes follow the language. Indonesian groups thousands with dots and marks decimals with a
comma (1.500 = 1500, 1,5 = 1.5); English does the reverse. A thousands group always has exactly
three digits, so a lone separator followed by one, two, or four or more digits is a decimal
whatever the language: Indonesian outlets print "2.8 milyar" and "5.06 persen" in English style.
Two or more separators of one kind with three-digit groups are thousands in either language.

Number words follow a small grammar whose vocabulary comes from ``lang/<lang>/numbers.toml``:
"dua ratus lima puluh ribu", "seratus dua belas", "twenty-five thousand", "half a million".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from telusur.lang import load

MAX_DIGITS = 40  # longer digit runs are identifiers, not amounts

# Which word kind may follow which (None: the start). See numbers.toml for the kinds.
_FOLLOWS: Mapping[str | None, frozenset[str]] = MappingProxyType(
    {
        None: frozenset({"digit", "teen", "tens", "hundred_one", "scale_one", "article", "half"}),
        "digit": frozenset({"teen_suffix", "tens_suffix", "hundred", "scale", "half"}),
        "tens_digit": frozenset({"hundred", "scale"}),
        "teen": frozenset({"hundred", "scale"}),
        "teen_suffix": frozenset({"scale"}),
        "tens": frozenset({"digit", "scale"}),
        "tens_suffix": frozenset({"digit", "scale"}),
        "hundred": frozenset({"digit", "teen", "tens", "and", "scale"}),
        "hundred_one": frozenset({"digit", "teen", "tens", "and", "scale"}),
        "and": frozenset({"digit", "teen", "tens"}),
        "scale": frozenset({"digit", "teen", "tens", "hundred_one", "scale_one"}),
        "scale_one": frozenset({"digit", "teen", "tens", "hundred_one", "scale_one"}),
        "half": frozenset({"scale", "article"}),
        "digit_half": frozenset({"scale"}),
        "article": frozenset({"hundred", "scale"}),
    }
)
_ENDS = frozenset(
    {
        "digit",
        "tens_digit",
        "teen",
        "teen_suffix",
        "tens",
        "tens_suffix",
        "hundred",
        "hundred_one",
        "scale",
        "scale_one",
        "digit_half",
    }
)
_SPLIT = re.compile(r"[\s\-‐–]+")
_DIGITS_THEN_LETTERS = re.compile(r"([0-9][0-9.,]*)([^\W\d_]*)")


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The number vocabulary of one language, frozen."""

    decimal: str  # "," or "."
    words: Mapping[str, tuple[str, float]]  # word -> (kind, value)
    money_scales: Mapping[str, float]  # case-sensitive short scales after a currency
    fractions: Mapping[str, float]
    denominators: Mapping[str, float]

    def scale(self, word: str) -> float | None:
        """The multiplier of a scale word ("juta", "bn"), or None."""
        entry = self.words.get(word)
        return entry[1] if entry is not None and entry[0] == "scale" else None


@cache
def number_words(lang: str) -> NumberWords:
    """The frozen number vocabulary for ``lang`` (``ms`` shares Indonesian)."""
    data = load(lang, "numbers")
    words: dict[str, tuple[str, float]] = {}
    for kind, table in data.get("words", {}).items():
        for word, value in table.items():
            words[word] = (kind, float(value))
    return NumberWords(
        decimal=data.get("decimal", "."),
        words=MappingProxyType(words),
        money_scales=MappingProxyType(
            {k: float(v) for k, v in data.get("money_scales", {}).items()}
        ),
        fractions=MappingProxyType({k: float(v) for k, v in data.get("fractions", {}).items()}),
        denominators=MappingProxyType(
            {k: float(v) for k, v in data.get("denominators", {}).items()}
        ),
    )


def parse_digits(token: str, decimal: str) -> float | None:
    """The value of a digit token such as ``13.000``, ``1,5`` or ``2.293,08``; None if malformed.

    ``decimal`` is the language's decimal mark. Version-like shapes (``2.1.3``) are malformed.
    """
    if not token or len(token) > MAX_DIGITS or not token.isascii():
        return None
    if token.isdigit():
        return float(token)
    group = "." if decimal == "," else ","
    if token.count(decimal) > 1:  # "2,000,000" in Indonesian text: grouped the other way
        return _grouped(token.split(decimal))
    if decimal in token:
        head, _, tail = token.rpartition(decimal)
        whole = head if head.isdigit() else _grouped(head.split(group))
        if whole is None or not tail.isdigit():
            return None
        return float(f"{int(float(whole))}.{tail}")
    parts = token.split(group)
    value = _grouped(parts)
    if value is not None:
        return value
    if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():  # lone separator, not 3
        return float(f"{parts[0]}.{parts[1]}")
    return None


def _grouped(parts: Sequence[str]) -> float | None:
    """``["13", "000"]`` -> 13000.0 when the parts are well-formed thousands groups."""
    if len(parts) < 2 or not 1 <= len(parts[0]) <= 3 or not parts[0].isdigit():
        return None
    for part in parts[1:]:
        if len(part) != 3 or not part.isdigit():
            return None
    return float("".join(parts))


def read_words(words: Sequence[str], table: NumberWords) -> tuple[int, float] | None:
    """The longest prefix of ``words`` (lower-cased) that spells a number: (length, value)."""
    best: tuple[int, float] | None = None
    total = group = pending = 0.0
    prev: str | None = None
    for i, word in enumerate(words):
        entry = table.words.get(word)
        if entry is None:
            break
        kind, value = entry
        if kind not in _FOLLOWS[prev]:
            break
        total, group, pending, prev = _step(kind, value, prev, total, group, pending)
        if prev in _ENDS:
            best = (i + 1, total + group + pending)
    return best


def _step(
    kind: str, value: float, prev: str | None, total: float, group: float, pending: float
) -> tuple[float, float, float, str]:
    """Apply one number word to the running (total, group, pending) and name the new state."""
    state = kind
    if kind == "digit":
        if prev in ("tens", "tens_suffix"):
            pending, state = pending + value, "tens_digit"
        else:
            pending = value
    elif kind in ("teen", "tens"):
        pending = value
    elif kind == "teen_suffix":
        pending += value
    elif kind == "tens_suffix":
        pending *= value
    elif kind == "hundred":
        group, pending = group + (pending or 1) * value, 0.0
    elif kind == "hundred_one":
        group += value
    elif kind == "half":
        pending += value
        state = "digit_half" if prev is not None else "half"
    elif kind == "article":
        pending = pending or value
    elif kind in ("scale", "scale_one"):
        amount = group + pending
        if kind == "scale_one" or amount == 0:
            amount += 1
        total = (total + amount) * value if value > total else total + amount * value
        group = pending = 0.0
    return total, group, pending, state


def parse_number(text: str, lang: str) -> float | None:
    """The value of one number expression: ``"1.500"``, ``"Rp"``-less ``"2,5 juta"``, ``"5jt"``,
    ``"dua ratus lima puluh ribu"``, ``"setengah"``, ``"tiga perempat"``; None when ``text`` is
    not wholly a number."""
    table = number_words(lang)
    words = [w for w in _SPLIT.split(text.strip().lower()) if w]
    if not words:
        return None
    if words[0][0].isdigit():
        return _digits_with_scales(words, table)
    if len(words) == 1 and words[0] in table.fractions:
        return table.fractions[words[0]]
    read = read_words(words, table)
    if read is None:
        return None
    used, value = read
    if used == len(words):
        return value
    if used == len(words) - 1 and words[-1] in table.denominators:
        return value / table.denominators[words[-1]]
    return None


def _digits_with_scales(words: Sequence[str], table: NumberWords) -> float | None:
    """``["2,5", "juta"]`` or ``["5jt"]`` -> 2500000.0 / 5000000.0."""
    match = _DIGITS_THEN_LETTERS.fullmatch(words[0])
    if match is None:
        return None
    value = parse_digits(match.group(1), table.decimal)
    if value is None:
        return None
    scales = [match.group(2)] if match.group(2) else []
    scales.extend(words[1:])
    for word in scales:
        factor = table.scale(word)
        if factor is None:
            return None
        value *= factor
    return value
