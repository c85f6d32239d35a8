"""Language-neutral text units for linking: word tokens, shingles, figures and name runs.

Nothing here knows a language: words are ``\\w+`` runs, figures are digit groups, names are runs
of capitalised words. The per-article analysis supplies better facts and entities when present.
"""

from __future__ import annotations

import re

import numpy as np
import xxhash

WORD = re.compile(r"\w+")
# A figure: digit groups with thousand separators and an optional decimal part, then the next word.
FIGURE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+)(?:([.,])(\d{1,2}))?(?![\d])\s*%?\s*([^\W\d_]+)?"
)
NAME_RUN = re.compile(r"(?:[A-Z][\w'-]+)(?:[ \t]+[A-Z][\w'-]+)*")
SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)$")
MASK32 = 0xFFFFFFFF
_MIX = np.uint64(0x9E3779B97F4A7C15)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return WORD.findall(text.lower())


def token_hash(token: str, seed: int = 0) -> int:
    return xxhash.xxh32_intdigest(token.encode(), seed=seed)


def token_hashes(words: list[str], seed: int = 0) -> np.ndarray:
    return np.fromiter(
        (xxhash.xxh32_intdigest(w.encode(), seed=seed) for w in words), np.uint32, len(words)
    )


def shingles(words: list[str], size: int = 5) -> np.ndarray:
    """Distinct 32-bit hashes of overlapping word ``size``-grams (unigrams for very short texts)."""
    if not words:
        return np.zeros(0, np.uint32)
    base = token_hashes(words).astype(np.uint64)
    if len(words) < size:
        return np.unique(base.astype(np.uint32))
    n = len(words) - size + 1
    acc = np.zeros(n, np.uint64)
    with np.errstate(over="ignore"):
        for i in range(size):
            acc = (acc ^ base[i : i + n]) * _MIX
        folded = (acc >> np.uint64(32)) ^ (acc & np.uint64(MASK32))
    return np.unique(folded.astype(np.uint32))


DOT_THOUSANDS = re.compile(r"\d\.\d{3}(?!\d)")
COMMA_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")


def decimal_comma(text: str, language: str | None) -> bool:
    """Whether a comma marks decimals (Indonesian, Malay), by language or by the text's habits."""
    if language in ("id", "ms"):
        return True
    if language:
        return False
    return len(DOT_THOUSANDS.findall(text)) >= len(COMMA_THOUSANDS.findall(text))


def parse_figure(whole: str, frac: str | None, comma_decimal: bool) -> float:
    """Value of a figure; a single ``,ddd`` group is a decimal part where commas mark decimals."""
    decimal = None
    if comma_decimal and whole.count(",") == 1 and "." not in whole:
        whole, decimal = whole.split(",")
    value = float(whole.replace(".", "").replace(",", ""))
    for part in (decimal, frac):
        if part:
            value += float(part) / (10 ** len(part))
    return value


def figures(text: str, language: str | None = None) -> list[tuple[float, str]]:
    """(value, next word) pairs in text order: a stand-in for the analysis' quantities."""
    comma = decimal_comma(text, language)
    out: list[tuple[float, str]] = []
    for m in FIGURE.finditer(text):
        value = parse_figure(m.group(1), m.group(3), comma)
        out.append((value, (m.group(4) or "").lower()))
    return out


def name_runs(text: str) -> list[str]:
    """Runs of capitalised words not at a sentence start: a stand-in for canonical entities."""
    out: list[str] = []
    for m in NAME_RUN.finditer(text):
        run = m.group()
        if " " in run or not SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]):
            out.append(run.lower())  # a lone capitalised word opening a sentence says nothing
    return out
