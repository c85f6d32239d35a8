"""What a figure counts, normalised across wording and language.

"tentara", "pasukan", "prajurit" and "troops" are one measure ("troops"); "korban tewas",
"meninggal dunia" and "killed" another ("dead"). Claims about the same measure can then be
grouped whatever the outlet wrote. The vocabulary is data: ``lang/common/kinds.toml``.
(``counted`` finds the counted words; this module names their kind.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from telusur.lang import load

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@dataclass(frozen=True, slots=True)
class _Term:
    words: tuple[str, ...]
    kind: str
    rank: int
    measure: bool


@cache
def _terms() -> tuple[_Term, ...]:
    """Every term of every kind, longest first so a phrase beats its own head word."""
    table = load("common", "kinds").get("kinds", {})
    terms = [
        _Term(tuple(t.lower().split()), name, int(spec.get("rank", 0)), bool(spec.get("measure")))
        for name, spec in table.items()
        for t in spec.get("terms", [])
    ]
    return tuple(sorted(terms, key=lambda t: -len(t.words)))


@cache
def _by_first() -> dict[str, tuple[tuple[int, _Term], ...]]:
    """First word -> (rank in ``_terms()``, term): only terms whose head is present are tried."""
    index: dict[str, list[tuple[int, _Term]]] = {}
    for k, term in enumerate(_terms()):
        if term.words:
            index.setdefault(term.words[0], []).append((k, term))
    return {word: tuple(found) for word, found in index.items()}


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(load("common", "kinds").get("suffixes", []))


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _matches(words: list[str], term: _Term, at: int) -> bool:
    """A term at ``at``; a word may carry a possessive suffix ("tentaranya")."""
    n = len(term.words)
    if at + n > len(words):
        return False
    for word, want in zip(words[at : at + n], term.words, strict=True):
        if word != want and not any(word == want + s for s in _suffixes()):
            return False
    return True


def _bases(words: list[str]) -> dict[str, list[int]]:
    """Each word and its forms without a possessive suffix -> the positions they stand at."""
    at: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        at.setdefault(word, []).append(i)
        for s in _suffixes():
            if word.endswith(s) and len(word) > len(s):
                at.setdefault(word[: -len(s)], []).append(i)
    return at


def _found(words: list[str], measure_only: bool) -> list[tuple[_Term, int]]:
    """Non-overlapping term matches, longer terms claiming their words first."""
    hits: list[tuple[_Term, int]] = []
    taken = [False] * len(words)
    bases = _bases(words)
    by_first = _by_first()
    present = dict(pair for word in bases for pair in by_first.get(word, ()))
    for k in sorted(present):
        term = present[k]
        if measure_only and not term.measure:
            continue
        n = len(term.words)
        for at in sorted(set(bases.get(term.words[0], ()))):
            if not any(taken[at : at + n]) and _matches(words, term, at):
                hits.append((term, at))
                taken[at : at + n] = [True] * n
    return hits


def kind_of(counts: str | None) -> str | None:
    """The normalised kind of the counted words, or None when no known kind is named."""
    if not counts:
        return None
    hits = _found(_words(counts), measure_only=False)
    if not hits:
        return None
    best = max(hits, key=lambda h: (h[0].rank, len(h[0].words), -h[1]))
    return best[0].kind


@cache
def _refinements() -> dict[str, frozenset[str]]:
    table = load("common", "kinds").get("kinds", {})
    return {name: frozenset(spec.get("refined_by", [])) for name, spec in table.items()}


def narrowable(kind: str | None) -> bool:
    """Whether the words around a figure of this kind may name a narrower one."""
    return bool(_refinements().get(kind or ""))


def refined(kind: str | None, after: str, before: str) -> str | None:
    """A broad kind ("people") narrowed by the words after the figure ("meninggal dunia"), else
    by those before it in its clause ("korban hilang mencapai"), when they name a kind it may
    narrow to."""
    allowed = _refinements().get(kind or "")
    if not allowed:
        return kind
    for words, last in ((after, False), (before, True)):
        hits = [(at, t) for t, at in _found(_words(words), False) if t.kind in allowed]
        if hits:  # the kind named nearest the figure
            nearest = max(hits, key=lambda h: h[0]) if last else min(hits, key=lambda h: h[0])
            return nearest[1].kind
    return kind


def undergone(kind: str | None) -> bool:
    """Whether the kind counts people something happened to (the dead, the displaced)."""
    return kind in _undergone()


@cache
def _undergone() -> frozenset[str]:
    return frozenset(load("common", "kinds").get("undergone", []))


def measure_before(text: str) -> str | None:
    """The measure named closest to the end of ``text`` ("inflasi Mei sebesar" -> "inflation").

    Used for figures whose counted words are only a unit (a percentage, a sum of money).
    """
    hits = _found(_words(text), measure_only=True)
    if not hits:
        return None
    best = max(hits, key=lambda h: (h[1] + len(h[0].words), len(h[0].words)))
    return best[0].kind


def unit_kind(unit: str) -> str | None:
    """A fallback kind from the unit alone: sums of money and shares ("USD/barrel": money); a
    currency per another currency ("IDR/USD") is an exchange rate."""
    base, _, per = unit.partition("/")
    kind = _unit_kinds().get(base)
    if kind is not None and per:
        pair = load("common", "kinds").get("rates", {}).get(f"{kind}/{_unit_kinds().get(per)}")
        if pair is not None:
            return str(pair)
    return kind


@cache
def _unit_kinds() -> dict[str, str]:
    """Unit -> its fallback kind (kinds.toml's ``units``)."""
    table = load("common", "kinds").get("units", {})
    return {unit: str(kind) for kind, members in table.items() for unit in members}
