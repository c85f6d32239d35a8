"""The frozen vocabulary the quantity finder reads: built once per language from the TOML data.

Everything here is data (``lang/<lang>/numbers.toml`` and ``lang/common/units.toml``) turned into
frozen sets, read-only mappings and one precompiled candidate pattern per language.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from telusur.analyse.numbers.parse import NumberWords, number_words
from telusur.analyse.times.words import Keys, word_keys
from telusur.lang import load

# The next token after a position: a word, or a symbol unit; spaces only in between.
NEXT_TOKEN = re.compile(r"[ \t\u00a0]*([^\W\d_]+(?:[$.][^\W\d_]+)*\$?|[%°‰$€£¥₩₹₽฿₱])")

# Word kinds that can open a number written in words.
_START_KINDS = frozenset({"digit", "teen", "tens", "hundred_one", "scale_one", "half"})
_A_KINDS = frozenset({"hundred", "scale"})


@dataclass(frozen=True, slots=True)
class CountedWords:
    """What may form the counted noun phrase after a figure."""

    max_words: int
    stop: frozenset[str]
    head_only: frozenset[str]
    verb_prefixes: tuple[str, ...]
    verb_suffixes: tuple[str, ...]
    not_verbs: frozenset[str]
    possessive: str
    keep_nya: frozenset[str]
    of_words: frozenset[str]
    determiners: frozenset[str]


@dataclass(frozen=True, slots=True)
class QuantityWords:
    """All vocabulary of one language for finding quantities."""

    numbers: NumberWords
    candidates: re.Pattern[str]  # matched at a known start
    word_starts: re.Pattern[str]  # searched in the text with separators turned into spaces
    word_keys: Keys | None  # where ``word_starts`` may match (times' ``word_keys``)
    vague: Mapping[str, tuple[float, float]]
    vague_multiplier: Mapping[str, tuple[float, float]]
    of_scales: Mapping[str, float]
    of_link: str | None  # "of" in "hundreds of thousands"
    vocab: frozenset[str]  # every word a figure written in words can hold
    qualifiers: Mapping[str, str]
    qualifier_ends: frozenset[str]  # last words of qualifier phrases and range prefixes
    qualifiers_after: Mapping[str, str]
    range_prefixes: frozenset[str]
    connector: re.Pattern[str]  # a range connector between figures, spaces included
    prefix_connector: re.Pattern[str]  # the same, after a range prefix ("antara X dan Y")
    ratio_after: tuple[str, ...]
    ratio_initials: frozenset[str]
    reject_before: frozenset[str]
    time_after: frozenset[str]
    clock_after: frozenset[str]
    months: frozenset[str]
    months_before: frozenset[str]
    change_from: frozenset[str]
    change_verbs: frozenset[str]  # "rose from A to B" is a change; "from A to B" alone a range
    left_cues: frozenset[str]  # the last words of every cue read before a figure
    left_marked: frozenset[str]  # every word before a figure that says something about it
    score_cues: frozenset[str]
    one_words: frozenset[str]
    one_not_after: frozenset[str]
    referring: frozenset[str]  # "the two men": a small number after these points back
    one_not_before: frozenset[str]
    standalone_skip: frozenset[str]
    one_counted: frozenset[str]  # ... yet "only one episode" counts
    one_counted_after: frozenset[str]
    ordinal: frozenset[str]
    fraction_not_after: frozenset[str]
    currency_prefix: Mapping[str, str]
    currency_suffix: Mapping[str, str]
    units: Mapping[str, str]
    suffix_parts: Mapping[str, int]  # first token of a currency or unit phrase -> most tokens
    counted: CountedWords
    capitalised_names: bool  # "Radio 4", "Six Nations": a bare figure inside a name is no figure
    negative: frozenset[str]  # "minus 10"; also allows a glued minus sign ("-3%")
    glued_measures: Mapping[str, str]  # "5000m": metres, not millions, before these words
    measure_after: frozenset[str]
    glued_money: Mapping[str, tuple[str, float]]  # "97p" = 0.97 GBP
    minor_money: Mapping[str, tuple[str, float]]  # "64 pence", "21 sen": a currency's hundredth
    rate_links: frozenset[str]  # "$50 a barrel", "£4.99 per month"
    rate_nouns: frozenset[str]  # denominators that are no unit of their own ("per share")
    rate_not_before: frozenset[str]  # "a year earlier" is a time, not a rate
    share_links: tuple[str, ...]  # "eight out of 10": a share, the figure over the whole


@cache
def quantity_words(lang: str) -> QuantityWords:
    """The vocabulary for ``lang`` ("id", "ms" or "en"), built once."""
    folder = "id" if lang == "ms" else lang
    data = load(folder, "numbers")
    units = load("common", "units")
    numbers = number_words(folder)
    ctx = data.get("context", {})
    rng = data.get("range", {})
    return QuantityWords(
        numbers=numbers,
        candidates=_candidate_pattern(numbers, data),
        word_starts=re.compile(rf" (?:{_trie(_start_words(numbers, data))})(?!\w)"),
        word_keys=word_keys(_start_words(numbers, data), digits=False),
        vague=_pairs(data.get("vague", {})),
        vague_multiplier=_pairs(data.get("vague_multiplier", {})),
        of_scales=MappingProxyType({k: float(v) for k, v in data.get("of_scales", {}).items()}),
        of_link="of" if data.get("of_scales") else None,
        vocab=frozenset(
            [
                *numbers.words,
                *numbers.denominators,
                *numbers.fractions,
                *data.get("of_scales", {}),
                *data.get("vague", {}),
                *(["of"] if data.get("of_scales") else []),
            ]
        ),
        qualifiers=MappingProxyType(dict(data.get("qualifiers", {}))),
        qualifier_ends=frozenset(
            p.split()[-1] for p in [*data.get("qualifiers", {}), *rng.get("prefixes", ())]
        ),
        qualifiers_after=MappingProxyType(dict(data.get("qualifiers_after", {}))),
        range_prefixes=frozenset(rng.get("prefixes", ())),
        connector=_connector_pattern(rng.get("connectors", ())),
        prefix_connector=_connector_pattern(
            [*rng.get("connectors", ()), *rng.get("prefix_connectors", ())]
        ),
        ratio_after=tuple(sorted(data.get("ratio", {}).get("after", ()), key=len, reverse=True)),
        ratio_initials=frozenset(p[0] for p in data.get("ratio", {}).get("after", ())),
        reject_before=frozenset(ctx.get("reject_before", ())),
        time_after=frozenset(ctx.get("time_after", ())),
        clock_after=frozenset(ctx.get("clock_after", ())),
        months=frozenset(ctx.get("months", ())),
        months_before=frozenset(ctx.get("months_before", ())),
        change_from=frozenset(ctx.get("change_from", ())),
        change_verbs=frozenset(ctx.get("change_verbs", ())),
        left_cues=frozenset(
            [p.split()[-1] for p in ctx.get("reject_before", ()) if p.strip()]
            + list(ctx.get("months_before", ()))
            + list(ctx.get("change_from", ()))
        ),
        left_marked=frozenset(
            [
                *units.get("currency_prefix", {}),
                *ctx.get("negative", ()),
                *[p.split()[-1] for p in ctx.get("reject_before", ()) if p.strip()],
                *ctx.get("months_before", ()),
                *ctx.get("change_from", ()),
                *[p.split()[-1] for p in [*data.get("qualifiers", {}), *rng.get("prefixes", ())]],
            ]
        ),
        score_cues=frozenset(ctx.get("score_cues", ())),
        one_words=frozenset(ctx.get("one_words", ())),
        one_not_after=frozenset(ctx.get("one_not_after", ())),
        referring=frozenset(ctx.get("referring", ())),
        one_not_before=frozenset(ctx.get("one_not_before", ())),
        standalone_skip=frozenset(ctx.get("standalone_skip", ())),
        one_counted=frozenset(ctx.get("one_counted", ())),
        one_counted_after=frozenset(ctx.get("one_counted_after", ())),
        ordinal=frozenset(ctx.get("ordinal", ())),
        fraction_not_after=frozenset(ctx.get("fraction_not_after", ())),
        currency_prefix=MappingProxyType(dict(units.get("currency_prefix", {}))),
        currency_suffix=MappingProxyType(dict(units.get("currency_suffix", {}))),
        units=MappingProxyType(dict(units.get("units", {}))),
        suffix_parts=_suffix_parts([*units.get("currency_suffix", {}), *units.get("units", {})]),
        counted=_counted(data.get("counted", {}), numbers),
        capitalised_names=bool(ctx.get("capitalised_names", False)),
        negative=frozenset(ctx.get("negative", ())),
        glued_measures=MappingProxyType(dict(data.get("glued_measures", {}).get("units", {}))),
        measure_after=frozenset(data.get("glued_measures", {}).get("before", ())),
        glued_money=MappingProxyType(
            {k: (str(v[0]), float(v[1])) for k, v in data.get("glued_money", {}).items()}
        ),
        minor_money=MappingProxyType(
            {k: (str(v[0]), float(v[1])) for k, v in data.get("minor_money", {}).items()}
        ),
        rate_links=frozenset(data.get("rates", {}).get("links", ())),
        rate_nouns=frozenset(data.get("rates", {}).get("nouns", ())),
        rate_not_before=frozenset(data.get("rates", {}).get("not_before", ())),
        share_links=tuple(data.get("shares", {}).get("links", ())),
    )


def _pairs(table: Mapping[str, Any]) -> Mapping[str, tuple[float, float]]:
    return MappingProxyType({k: (float(v[0]), float(v[1])) for k, v in table.items()})


def _counted(data: Mapping[str, Any], numbers: NumberWords) -> CountedWords:
    """The counted-phrase vocabulary; number words also end a phrase."""
    return CountedWords(
        max_words=int(data.get("max_words", 3)),
        stop=frozenset([*data.get("stop", ()), *numbers.words, *numbers.fractions]),
        head_only=frozenset(data.get("head_only", ())),
        verb_prefixes=tuple(data.get("verb_prefixes", ())),
        verb_suffixes=tuple(data.get("verb_suffixes", ())),
        not_verbs=frozenset(data.get("not_verbs", ())),
        possessive=str(data.get("possessive", "")),
        keep_nya=frozenset(data.get("keep_nya", ())),
        of_words=frozenset(data.get("of_words", ())),
        determiners=frozenset(data.get("determiners", ())),
    )


def _candidate_pattern(numbers: NumberWords, data: Mapping[str, Any]) -> re.Pattern[str]:
    """What a figure can start with: a digit run, a word that opens a number, a vague or
    fraction word, or a fraction character. Matched on lower-cased text at known starts.

    Digit runs are ``[0-9]+([.,][0-9]+)*``: each separator must be followed by a digit, so the
    match is unambiguous and linear. Words are compiled as a trie.
    """
    words = _start_words(numbers, data)
    symbols = "".join(sorted(w for w in numbers.fractions if not w.isalpha()))
    parts = [r"(?P<d>[0-9]+(?:[.,][0-9]+)*)", rf"(?<!\w)(?P<w>{_trie(words)})(?!\w)"]
    if symbols:
        parts.append(f"(?P<f>[{re.escape(symbols)}])")
    return re.compile("|".join(parts))


def _start_words(numbers: NumberWords, data: Mapping[str, Any]) -> set[str]:
    """Words (and "a hundred"-like pairs) that can open a figure written in words."""
    words = {w for w, (kind, _) in numbers.words.items() if kind in _START_KINDS}
    words |= {w for w in numbers.fractions if w.isalpha()}
    words |= set(data.get("vague", {})) | set(data.get("vague_multiplier", {}))
    if "article" in data.get("words", {}):  # "a hundred", "a million", "a third"
        heads = [w for w, (kind, _) in numbers.words.items() if kind in _A_KINDS]
        words |= {f"a {w}" for w in [*heads, *numbers.denominators] if len(w) > 3}
    return words


def _suffix_parts(phrases: Sequence[str]) -> Mapping[str, int]:
    """For each token a currency or unit phrase starts with, how many tokens the longest such
    phrase has (tokens as ``NEXT_TOKEN`` reads them), so that the finder reads no further."""
    starts = {_first_token(p) for p in phrases}
    parts: dict[str, int] = {}
    for phrase in phrases:
        tokens = suffix_tokens(phrase, 0)
        if tokens and tokens[0][2] in starts and join_tokens(tokens) == phrase:
            parts[tokens[0][2]] = max(parts.get(tokens[0][2], 0), len(tokens))
    return MappingProxyType(parts)


def suffix_tokens(low: str, pos: int, limit: int = 3) -> list[tuple[int, int, str]]:
    """Up to ``limit`` tokens of a currency or unit phrase after ``pos``: the first token, then
    tokens separated by spaces or glued symbols ("dolar as", "°c", "km/jam")."""
    first = NEXT_TOKEN.match(low, pos)
    if first is None:
        return []
    parts = [(first.start(1), first.end(1), first.group(1))]
    at = first.end(1)
    while len(parts) < limit:
        match = NEXT_TOKEN.match(low, at)
        if match is None or (match.start(1) == at and match.group(1)[0].isalpha()):
            break
        parts.append((match.start(1), match.end(1), match.group(1)))
        at = match.end(1)
    return parts


def join_tokens(parts: Sequence[tuple[int, int, str]]) -> str:
    """Tokens joined as written: glued tokens stay glued ("°c"), spaced ones get one space."""
    out = parts[0][2]
    for (_, prev_end, _), (start, _, word) in itertools.pairwise(parts):
        out += word if start == prev_end else " " + word
    return out


def _first_token(phrase: str) -> str:
    """The first token as the quantity finder reads it: "%" of "%", "°" of "°c", "dolar" of
    "dolar as"."""
    head = phrase.split()[0]
    return head if head[0].isalpha() else head[0]


def _connector_pattern(connectors: Iterable[str]) -> re.Pattern[str]:
    """Spaces, one connector, spaces. Word connectors need a space on each side."""
    words = sorted((c for c in connectors if c[0].isalpha()), key=len, reverse=True)
    marks = sorted((c for c in connectors if not c[0].isalpha()), key=len, reverse=True)
    alternatives = [rf"[ \t\u00a0]+{re.escape(w)}[ \t\u00a0]+" for w in words]
    alternatives += [rf"[ \t\u00a0]*{re.escape(m)}[ \t\u00a0]*" for m in marks]
    return re.compile("|".join(alternatives) or r"(?!)")


def _trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _emit(node: Mapping[str, Any]) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return f"(?:{body})?"
    return body
