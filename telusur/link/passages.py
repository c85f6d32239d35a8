"""Shared passages: which sentences of one article are found, in nearly the same words, in another.

Origin is shared text, not shared facts: two renderings of one report keep most sentences of the
shorter one, while two reporters covering one event share names and figures but few sentences.
Each sentence is kept as the four smallest hashes of its word 4-grams (a bottom-4 sketch, 16 bits
each), and a sentence is aligned when two of them are found in the other text: a lightly edited
sentence still meets its source, a shared stock phrase alone does not, and the linker holds nine
bytes per sentence instead of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from telusur.link.text import shingles, tokens

SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+")
MIN_WORDS = 6  # shorter sentences (datelines, captions, "kata dia") say nothing of origin
GRAM = 4
PER_SENTENCE = 4  # hashes kept per sentence
MATCHES = 2  # a sentence is aligned when this many of its hashes are found in the other text
MAX_SENTENCES = 80  # a longer article is judged on its first sentences
REWORDED_GRAM = 3  # word n-grams a reworded sentence is matched by, against the whole other text
REWORDED_SHARE = 0.5  # share of a sentence's n-grams found in the other text to align it
SKETCH_ENOUGH = 0.6  # an explanation shows the full texts' alignment below this sketch share


@dataclass(slots=True)
class Sketch:
    """Per-sentence hashes (``PER_SENTENCE`` a sentence, in order) and word counts."""

    hashes: np.ndarray  # uint16, PER_SENTENCE * len(words)
    words: np.ndarray  # uint8 word count of each kept sentence (at most 255)
    index: np.ndarray  # uint16 position of each kept sentence among the text's sentences

    @property
    def total(self) -> int:
        return int(self.words.sum(dtype=np.int64))


@dataclass(slots=True)
class Alignment:
    """What two texts share: the share of each text's words in aligned sentences, and the pairs
    of aligned sentences (positions among each text's sentences)."""

    share_a: float
    share_b: float
    aligned: int = 0  # sentences of ``a`` found in ``b``
    pairs: list[tuple[int, int]] = field(default_factory=list)  # filled when ``pairs=True``

    @property
    def smaller(self) -> float:
        """Share of the text that is most contained in the other."""
        return max(self.share_a, self.share_b)

    @property
    def larger(self) -> float:
        return min(self.share_a, self.share_b)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text's sentences (paragraph breaks end a sentence too)."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def sketch(text: str) -> Sketch:
    hashes, words, index = [], [], []
    for k, (s, e) in enumerate(sentence_spans(text)[:MAX_SENTENCES]):
        toks = tokens(text[s:e])
        if len(toks) < MIN_WORDS:
            continue
        grams = shingles(toks, GRAM)  # sorted, distinct
        low = grams[:PER_SENTENCE]
        if len(low) < PER_SENTENCE:
            low = np.resize(low, PER_SENTENCE)
        hashes.append(low)
        words.append(min(len(toks), 255))
        index.append(k)
    if not hashes:
        return Sketch(np.zeros(0, np.uint16), np.zeros(0, np.uint8), np.zeros(0, np.uint16))
    return Sketch(
        (np.concatenate(hashes) >> np.uint32(16)).astype(np.uint16),
        np.array(words, np.uint8),
        np.array(index, np.uint16),
    )


def align(a: Sketch, b: Sketch, pairs: bool = False) -> Alignment:
    """Sentences of ``a`` and ``b`` found in the other text, and the share of each text's words
    they hold; with ``pairs``, which sentence of ``b`` each aligned sentence of ``a`` meets."""
    if not len(a.words) or not len(b.words):
        return Alignment(0.0, 0.0)
    hit_a = _hits(a.hashes, b.hashes)
    hit_b = _hits(b.hashes, a.hashes)
    share_a = float(a.words[hit_a].sum(dtype=np.int64)) / a.total
    share_b = float(b.words[hit_b].sum(dtype=np.int64)) / b.total
    found = _pairs(a, b, hit_a) if pairs else []
    return Alignment(share_a, share_b, int(hit_a.sum()), found)


def reworded(text_a: str, text_b: str, pairs: bool = False) -> Alignment:
    """Sentences aligned on the full texts: a sentence is found in the other text when half of
    its word 3-grams are there, wherever they stand. A copy edited by another desk (words
    changed, a sentence split in two or merged) keeps that much of most sentences, which the
    sketch's four hashes a sentence may miss; two reporters' own sentences rarely do. With
    ``pairs``, each found sentence of ``a`` with the sentence of ``b`` sharing most 3-grams."""
    (sents_a, all_a), (sents_b, all_b) = _grams(text_a), _grams(text_b)
    hit_a = [_found(g, all_b) for _, _, g in sents_a]
    hit_b = [_found(g, all_a) for _, _, g in sents_b]
    found = []
    if pairs and sents_b:
        for (i, _, grams), hit in zip(sents_a, hit_a, strict=True):
            if hit:
                j = max(sents_b, key=lambda s: (len(grams & s[2]), -s[0]))[0]
                found.append((i, j))
    return Alignment(_share(sents_a, hit_a), _share(sents_b, hit_b), sum(hit_a), found)


GramSentence = tuple[int, int, frozenset[tuple[str, ...]]]  # position, words, word n-grams
GRAMS_KEPT = 64  # texts whose n-grams are kept: an article is aligned with several candidates


@lru_cache(maxsize=GRAMS_KEPT)
def _grams(text: str) -> tuple[list[GramSentence], frozenset[tuple[str, ...]]]:
    """The text's sentences with their n-grams, and all its n-grams (never changed: they are
    shared by every call on the same text)."""
    sentences = _gram_sentences(text)
    return sentences, frozenset().union(*(g for _, _, g in sentences))


def _gram_sentences(text: str) -> list[GramSentence]:
    out = []
    for k, (s, e) in enumerate(sentence_spans(text)[:MAX_SENTENCES]):
        words = tokens(text[s:e])
        if len(words) >= MIN_WORDS:
            n = REWORDED_GRAM
            grams = frozenset(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
            out.append((k, len(words), grams))
    return out


def _found(mine: frozenset[tuple[str, ...]], theirs: frozenset[tuple[str, ...]]) -> bool:
    return bool(mine) and len(mine & theirs) >= REWORDED_SHARE * len(mine)


def _share(sentences: list[GramSentence], hit: list[bool]) -> float:
    total = sum(n for _, n, _ in sentences)
    return (
        sum(n for (_, n, _), h in zip(sentences, hit, strict=True) if h) / total if total else 0.0
    )


def matched_hashes(mine: Sketch, hashes: np.ndarray, seg: np.ndarray, n: int) -> np.ndarray:
    """How many of each of ``n`` candidates' hashes (concatenated, ``seg`` their candidate) are
    in ``mine``: a cheap bound before aligning, since an aligned sentence needs ``MATCHES``."""
    if not len(hashes) or not len(mine.hashes):
        return np.zeros(n, np.int64)
    return np.bincount(seg[_isin(hashes, mine.hashes)], minlength=n)


def _hits(mine: np.ndarray, theirs: np.ndarray) -> np.ndarray:
    found = _isin(mine, theirs).reshape(-1, PER_SENTENCE).sum(axis=1)
    return found >= MATCHES


def _isin(values: np.ndarray, among: np.ndarray) -> np.ndarray:
    """``np.isin(values, among)`` for a non-empty ``among``, by a binary search in it sorted:
    on arrays of a few hundred hashes, as here, ten times faster than ``np.isin``."""
    ordered = np.sort(among)
    at = np.searchsorted(ordered, values)
    np.minimum(at, len(ordered) - 1, out=at)
    return ordered[at] == values


def _pairs(a: Sketch, b: Sketch, hit_a: np.ndarray) -> list[tuple[int, int]]:
    """Each aligned sentence of ``a`` with the sentence of ``b`` holding most of its hashes."""
    if not len(a.index) or not len(b.index):
        return []
    sentence_of: dict[int, list[int]] = {}
    for k, h in enumerate(b.hashes.tolist()):
        sentence_of.setdefault(h, []).append(k // PER_SENTENCE)
    out = []
    for i in np.flatnonzero(hit_a).tolist():
        votes: dict[int, int] = {}
        for h in a.hashes[i * PER_SENTENCE : (i + 1) * PER_SENTENCE].tolist():
            for j in set(sentence_of.get(h, [])):
                votes[j] = votes.get(j, 0) + 1
        best = max(votes, key=lambda j: (votes[j], -j))
        out.append((int(a.index[i]), int(b.index[best])))
    return out


def explain(text_a: str, text_b: str) -> dict[str, object]:
    """Why two texts are taken as one report: the share of each text in aligned sentences, and
    the aligned sentence pairs with their character spans; the full texts' alignment when the
    sketches find too little of them (the second look across outlets, ``telusur.link.origin``)."""
    al = align(sketch(text_a), sketch(text_b), pairs=True)
    if al.smaller < SKETCH_ENOUGH:
        full = reworded(text_a, text_b, pairs=True)
        al = full if full.smaller > al.smaller else al
    spans_a, spans_b = sentence_spans(text_a), sentence_spans(text_b)
    return {
        "share": round(al.share_a, 3),
        "share_other": round(al.share_b, 3),
        "sentences": [
            {
                "span": list(spans_a[i]),
                "text": text_a[slice(*spans_a[i])],
                "other_span": list(spans_b[j]),
                "other_text": text_b[slice(*spans_b[j])],
            }
            for i, j in al.pairs
        ],
    }
