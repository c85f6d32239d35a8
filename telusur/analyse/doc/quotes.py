"""Quotations and their extents, over sentences and paragraphs.

A quotation may run over several sentences, and over paragraphs: news style reopens the
quotation mark at each new paragraph of one speaker's quote and closes it only at the end. A
quotation left open at a paragraph's end goes on when the next paragraph opens with a quotation
mark, and ends with its paragraph otherwise, so one stray mark never swallows an article.
Straight marks alternate open/close within a paragraph; curly ones say which they are. Where
paragraphs were run together, the reopening mark stands after a sentence's end inside an open
quotation: the quotation goes on over it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

Span = tuple[int, int]

_OPENERS = frozenset("“«„")
_CLOSERS = frozenset("”»")
_STRAIGHT = '"'
_MARK = re.compile('["“”«»„]')


class Quote(NamedTuple):
    """A quotation from its opening mark to its closing one (or its paragraph's end)."""

    start: int
    end: int
    closed: bool  # False when it ran to the end of a paragraph without a closing mark


def find_quotes(text: str, paragraphs: list[Span]) -> list[Quote]:
    quotes: list[Quote] = []
    carried: int | None = None  # where a quotation left open at a paragraph's end began
    for p_start, p_end in paragraphs:
        opened = carried if carried is not None and _opens(text, p_start) else None
        if carried is not None and opened is None:
            quotes.append(Quote(carried, _end_before(text, p_start), False))
        carried = None
        for mark in _MARK.finditer(text, p_start, p_end):
            pos, ch = mark.start(), mark.group()
            if opened is None:
                if ch in _OPENERS or ch == _STRAIGHT:
                    opened = pos
            elif ch in _CLOSERS or (ch == _STRAIGHT and pos != p_start and not _reopens(text, pos)):
                quotes.append(Quote(opened, pos + 1, True))
                opened = None
        if opened is not None:
            carried = opened
    if carried is not None:
        quotes.append(Quote(carried, _end_before(text, len(text)), False))
    return quotes


def _reopens(text: str, pos: int) -> bool:
    """A straight mark opening a sentence inside an open quotation ('... mushroomed. "Liberal
    Democrats would ...'): the paragraph break before it was lost, and the quotation goes on.
    A closing mark clings to the word before it, an opening one to the word after it."""
    return (
        pos >= 2
        and text[pos - 1] == " "
        and text[pos - 2] in ".!?"
        and pos + 1 < len(text)
        and text[pos + 1].isalnum()
    )


def _opens(text: str, start: int) -> bool:
    return start < len(text) and text[start] in _OPENERS | {_STRAIGHT}


def _end_before(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def paragraphs_of(text: str) -> list[Span]:
    """Spans of the non-empty lines: cleaning leaves one paragraph per line."""
    spans: list[Span] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        lo, hi = start, end
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            spans.append((lo, hi))
        start = end + 1
    return spans
