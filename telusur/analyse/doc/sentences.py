"""Sentence spans for Indonesian and English news text.

One left-to-right pass over candidate boundaries (final punctuation or a line break). A
boundary is refused after an abbreviation or an initial, before a lower-case continuation
(``"...," kata X.``) and inside a quotation that closes on the same line, so a quoted
statement stays with its attribution. A line break always ends a sentence: headlines, ledes
and rubric lines carry no final punctuation. Abbreviations are data (``entities.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from telusur.lang import load

Span = tuple[int, int]

# Final punctuation with any closing quotes or brackets, followed by white space; or a line break.
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)|\n")
# Quotations closed on the same line, bounded so a stray quote cannot swallow a paragraph.
_QUOTED = re.compile(r"\"[^\"\n]{1,600}\"|“[^“”\n]{1,600}”|«[^«»\n]{1,600}»")
_LONGEST_WORD = 40
_CLOSERS = "\"'”’»)]"
_NO_START = ",;:)]}"
_LOWERCASED_RATIO = 0.003  # capitals per character; cased news has about 3 %
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ]")  # Latin capitals (the lower half of Ā-ſ is rare)


@cache
def abbreviations(lang: str) -> frozenset[str]:
    """Lower-cased words that take a period without ending a sentence."""
    return frozenset(w.lower() for w in load(lang, "entities").get("abbreviations", []))


def is_lowercased(text: str) -> bool:
    """True for text whose capitals were removed (case is then no evidence of anything)."""
    sample = text[:3000]
    return len(_CAPITAL.findall(sample)) <= len(sample) * _LOWERCASED_RATIO


def split_sentences(text: str, lang: str) -> list[Span]:
    """Spans of the sentences of ``text``, stripped of surrounding white space."""
    abbrevs = abbreviations(lang)
    cased = not is_lowercased(text)
    quoted = _quote_interiors(text)
    spans: list[Span] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if match.group() == "\n":
            if cased and _wrapped_line(text, match.start(), end):
                continue
        elif _inside(quoted, match.start(), end) or not _ends_sentence(
            text, match.start(), end, abbrevs, cased
        ):
            continue
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, len(text))
    return spans


def _quote_interiors(text: str) -> list[Span]:
    """(start, end) of the inside of each closed quotation, in order."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]


def _inside(regions: list[Span], pos: int, end: int) -> bool:
    """Whether punctuation at ``pos:end`` lies inside a quotation without closing it."""
    lo, hi = 0, len(regions)
    while lo < hi:
        mid = (lo + hi) // 2
        if regions[mid][1] <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo == len(regions):
        return False
    begin, finish = regions[lo]
    return begin <= pos and end <= finish


def _ends_sentence(text: str, punct: int, end: int, abbrevs: frozenset[str], cased: bool) -> bool:
    """Decide a punctuation candidate from the word before it and the character after it."""
    nxt = _next_char(text, end)
    if nxt is None:
        return True
    if nxt in _NO_START:
        return False
    if cased and nxt.islower():
        return False
    mark = text[punct:end].rstrip(_CLOSERS)
    if mark != ".":
        return True
    return not _abbreviated(text, punct, abbrevs)


def _abbreviated(text: str, punct: int, abbrevs: frozenset[str]) -> bool:
    """An abbreviation, an initial (``A. Yani``), a dotted form (``a.n.``) or a list number."""
    end = punct
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    begin = end
    while begin > 0 and end - begin < _LONGEST_WORD and not text[begin - 1].isspace():
        begin -= 1
    word = text[begin:end].lstrip("(\"'“‘[")
    if not word:
        return False
    if word.lower() in abbrevs or ("." in word and not any(ch.isdigit() for ch in word)):
        return True  # "a.n.", "U.S." but not a figure ("0.5%.", "Rp1.5.")
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    if not (word.isdigit() and len(word) <= 2):
        return False
    while begin > 0 and text[begin - 1] in " \t":
        begin -= 1
    return begin == 0 or text[begin - 1] == "\n"  # "1. Pertama" opens a list item


def _next_char(text: str, pos: int) -> str | None:
    n = len(text)
    while pos < n and text[pos].isspace():
        if text[pos] == "\n":
            return "\n"
        pos += 1
    return text[pos] if pos < n else None


def _wrapped_line(text: str, newline: int, end: int) -> bool:
    """A single line break inside a sentence (hard-wrapped text): the next line goes on in
    lower case after a line that has no final punctuation."""
    nxt = end
    n = len(text)
    while nxt < n and text[nxt] in " \t":
        nxt += 1
    if nxt >= n or not text[nxt].islower():
        return False
    prev = newline - 1
    while prev >= 0 and text[prev] in " \t":
        prev -= 1
    return prev >= 0 and text[prev] not in ".!?…:\n"


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
