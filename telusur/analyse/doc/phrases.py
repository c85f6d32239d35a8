"""Word tokens with offsets, one normal form for names, and phrase tables matched word by word.

Every table of names or cues is a :class:`PhraseTable` keyed by the normal form, so "Kim
Jong-un", "kim jong un" and "KIM JONG UN" meet, and a lookup costs a few dict probes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")

# Words keep inner hyphens, dots and apostrophes ("Jong-un", "U.S", "O'Brien") but not a
# possessive "'s" or a contraction ("We've"), which English glues to words.
_TOKEN = re.compile(
    r"['’](?:[sStTdDmM]|ve|ll|re)\b"  # a clitic ("Korea's", "We've"): matched to be dropped
    r"|([^\W_]+(?:[-.][^\W_]+|['’](?!(?:[sStTdDmM]|ve|ll|re)\b)[^\W_]+)*)"
)
_GLUED = re.compile(r"[a-z]{3}[A-Z][a-z]")
_WORDS = re.compile(r"[^\W_]+")
_FOLD = str.maketrans({"-": " ", ".": " ", "'": " ", "’": " "})


def norm(text: str) -> str:
    """Lower case, accents and punctuation removed, single spaces: the key of every table."""
    if text.isascii():
        folded = text.lower().translate(_FOLD)
        return " ".join(folded.split()) if " " in folded else folded
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    return " ".join(_WORDS.findall(stripped.casefold()))


@dataclass(slots=True)
class Tokens:
    """Parallel lists over the words of a text (lists, not objects: this runs per word)."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    norms: list[str]

    def __len__(self) -> int:
        return len(self.texts)


def tokenize(text: str, glued: frozenset[str] = frozenset()) -> Tokens:
    """Word tokens of ``text``. A lower-case word in ``glued`` fused to a capitalised one
    ("webBadan", an extraction artefact) is split in two."""
    return unglue(tokenize_plain(text), text, glued)


def tokenize_plain(text: str) -> Tokens:
    """Word tokens of ``text`` with no glued words split: share it through ``unglue``."""
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    for m in _TOKEN.finditer(text):
        if m.lastindex:
            starts.append(m.start())
            ends.append(m.end())
            texts.append(m.group())
    return Tokens(starts, ends, texts, _norms(texts))


def unglue(toks: Tokens, text: str, glued: frozenset[str]) -> Tokens:
    """``toks`` (of ``text``) with glued words split, or ``toks`` itself when there are none."""
    if not glued or not _GLUED.search(text):
        return toks
    starts, ends, texts = list(toks.starts), list(toks.ends), list(toks.texts)
    _split_glued(starts, ends, texts, glued)
    return Tokens(starts, ends, texts, _norms(texts))


def _norms(texts: list[str]) -> list[str]:
    return [t.lower() if t.isalnum() and t.isascii() else norm(t) for t in texts]


def _split_glued(
    starts: list[int], ends: list[int], texts: list[str], glued: frozenset[str]
) -> None:
    for i in range(len(texts) - 1, -1, -1):
        word = texts[i]
        if word[0].islower() and not word.islower():
            cut = _glue_point(word, glued)
            if cut:
                starts.insert(i + 1, starts[i] + cut)
                ends.insert(i, starts[i] + cut)
                texts[i : i + 1] = [word[:cut], word[cut:]]


def _glue_point(word: str, glued: frozenset[str]) -> int:
    for i in range(3, min(len(word) - 2, 16)):
        if word[i].isupper() and word[i + 1].islower():
            return i if word[:i] in glued else 0
    return 0


class PhraseTable(Generic[V]):
    """Phrases (normal form) to values, matched longest first at a token position."""

    __slots__ = ("_max", "_table")

    def __init__(self, items: Iterable[tuple[str, V]]) -> None:
        self._table: dict[str, V] = {}
        self._max: dict[str, int] = {}
        for phrase, value in items:
            key = norm(phrase)
            if not key:
                continue
            self._table.setdefault(key, value)
            first, words = key.split(" ", 1)[0], key.count(" ") + 1
            self._max[first] = max(self._max.get(first, 0), words)

    @classmethod
    def of(cls, mapping: Mapping[str, V]) -> PhraseTable[V]:
        return cls(mapping.items())

    def __contains__(self, key: str) -> bool:
        return key in self._table

    def get(self, key: str) -> V | None:
        return self._table.get(key)

    def starts(self, word: str) -> bool:
        return word.split(" ", 1)[0] in self._max

    def first_words(self) -> frozenset[str]:
        return frozenset(self._max)

    def match(self, norms: list[str], i: int, stop: int | None = None) -> tuple[int, V] | None:
        """(end token index, value) of the longest phrase starting at token ``i``; none at or
        past the end, where a caller looking just after a name may land."""
        if i >= len(norms):
            return None
        first = norms[i]
        longest = self._max.get(first)
        if longest is None:
            if " " not in first:
                return None
            longest = self._max.get(first.split(" ", 1)[0])
            if longest is None:
                return None
        last = min(len(norms) if stop is None else stop, i + longest)
        for j in range(last, i, -1):
            key = norms[i] if j == i + 1 else " ".join(norms[i:j])
            value = self._table.get(key)
            if value is not None:
                return j, value
        return None

    def ends_at(self, norms: list[str], j: int, longest: int = 3) -> V | None:
        """Value of the longest phrase that ends just before token ``j``."""
        for i in range(max(0, j - longest), j):
            value = self._table.get(" ".join(norms[i:j]))
            if value is not None:
                return value
        return None


def phrase_set(words: Iterable[str]) -> PhraseTable[bool]:
    return PhraseTable((w, True) for w in words)
