"""Lines learned per outlet: a line that recurs across many of one outlet's articles is its
boilerplate, whatever it says (the line-frequency idea of web-scale cleaning pipelines).

This module is the pure part: a line's key (digits and date words masked, case and spaces
folded, hashed), which lines may be learned at all, and the removal of learned lines from an
article's text. The counts and the learned sets live in the store (``telusur.store.learned``).

A line is never learned when it reads as the story: the headline (the first line), a line with
a quotation or a figure and a reporting word (as ``lines`` protects), or a narrative sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import xxhash

from telusur.clean import lines as line_rules
from telusur.clean.text import join_lines

MAX_LEN = line_rules.MAX_LEN  # longer lines are body
NARRATIVE_WORDS = 6  # a sentence this long, with its end, is narrative
DIGITS = re.compile(r"\d+")
WORDY = re.compile(r"\W*[^\W\d_]{2,}\W*")  # a word without figures: lines of figures alone are data
SPACES = re.compile(r"\s+")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


@cache
def _date_words() -> re.Pattern[str]:
    words = sorted((w for w in line_rules.vocab().date_words if w.isalpha()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" if words else "(?!)")


def masked(line: str) -> str:
    """The line as compared across articles: lower case, digits and date words masked, spaces
    folded, so a byline's or a timestamp's changing figures do not make it new."""
    low = DIGITS.sub("0", SPACES.sub(" ", line.lower()).strip())
    return _date_words().sub("D", low)


def key(line: str) -> int:
    """A signed 64-bit hash of the masked line (SQLite's INTEGER)."""
    return xxhash.xxh64_intdigest(masked(line).encode("utf-8", "surrogatepass")) - (1 << 63)


def learnable(line: str) -> bool:
    """Whether a (non-headline) line may be learned: short, with a word, and not body text."""
    if not line or len(line) > MAX_LEN or not any(WORDY.fullmatch(t) for t in line.split()):
        return False
    if line_rules.reads_as_body(line):
        return False
    return not _narrative(line)


def _narrative(line: str) -> bool:
    """A full sentence of running text: a story's sentence, even when an outlet repeats it."""
    return len(line.split()) >= NARRATIVE_WORDS and SENTENCE_END.search(line) is not None


def article_keys(text: str, removed: Iterable[str] = ()) -> list[int]:
    """The distinct keys of an article's learnable lines: those of its text after the headline,
    and the lines that cleaning removed (so re-cleaning an article leaves its keys as they
    were). Sorted, for storing and comparing."""
    return sorted(text_keys(text) | removed_keys(removed))


def text_keys(text: str) -> set[int]:
    """The keys of the learnable lines still in an article's text, after its headline."""
    filled = [line for line in text.split("\n") if line]
    return {key(line) for line in filled[1:] if learnable(line)}


def removed_keys(removed: Iterable[str]) -> set[int]:
    """The keys of the learnable lines cleaning removed (a removed block is not a line)."""
    return {key(line) for line in removed if "\n" not in line and learnable(line)}


def strip(text: str, learned: frozenset[int] | set[int]) -> tuple[str, list[str]]:
    """``(text, removed lines)``: the text without its learned lines; the headline stays."""
    if not learned:
        return text, []
    lines = text.split("\n")
    kept: list[str] = []
    removed: list[str] = []
    seen_first = False
    for line in lines:
        if line and seen_first and learnable(line) and key(line) in learned:
            removed.append(line)
            continue
        seen_first = seen_first or bool(line)
        kept.append(line)
    return (join_lines(kept), removed) if removed else (text, [])
