"""Bounds on the work of one article's analysis, so hostile or huge input costs linear time.

Several stages compare each figure, name or cue with the whole sentence or the whole article.
That is cheap on news, where the longest of the 28,000 corpus and devcorpus articles has
25,482 characters, the longest sentence 5,017 and the most figures in one sentence 133, but
quadratic on a megabyte of "5% ".
Rather than make every stage defend itself, the pipeline bounds what any stage is given:

- an article over ``CHUNK_CHARS`` is analysed in chunks cut at paragraph (else sentence, else
  space) boundaries; later chunks take the publication date found in the first;
- the claim stages see sentences of at most ``SENTENCE_CHARS`` holding at most
  ``SENTENCE_FIGURES`` figures: a longer or denser one is cut into pieces;
- figures are read, and judged as claims, up to the ``CHUNK_FIGURES``-th number of a chunk
  (numbers inside time expressions aside); past it the chunk's numbers are left unread and the
  analysis carries a note (E124) saying where it stopped. A megabyte of "5% " holds 80 times
  the numbers of news, so without this bound it costs 20 times news however linear each
  stage is;
- a deadline, checked between stages and chunks, ends the analysis with a coded error.

Every bound lies above anything the corpus holds, so news is analysed exactly as before: the
densest 32,000 characters of the 28,259 corpus and devcorpus articles hold 197 numbers.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import fields
from functools import cache
from typing import Any

from telusur.errors import E_BUDGET, E_DENSE, TelusurError
from telusur.records import Quantity, TimeRef

Span = tuple[int, int]

CHUNK_CHARS = 32_000
SENTENCE_CHARS = 8_000
SENTENCE_FIGURES = 256
CHUNK_FIGURES = 600
BUDGET_SECONDS = 60.0  # per article
REQUEST_SECONDS = 120.0  # per POST /api/ingest, over all its articles (E123 past it)
_SPAN_FIELDS = frozenset({"span", "sentence", "counts_span"})


class OverBudget(TelusurError):
    code = E_BUDGET


class Deadline:
    """When one article's analysis must stop; ``None`` seconds means never."""

    def __init__(self, seconds: float | None, what: str = "article") -> None:
        self._end = None if seconds is None else time.monotonic() + seconds
        self._seconds = seconds
        self._what = what

    def check(self, stage: str) -> None:
        if self._end is not None and time.monotonic() > self._end:
            raise OverBudget(
                f"analysis of the {self._what} ran over its {self._seconds:g}-second budget "
                f"(stopped before {stage})"
            )


def chunks(text: str, size: int = CHUNK_CHARS) -> list[Span]:
    """Consecutive spans covering ``text``, each at most ``size`` long when a boundary allows."""
    out: list[Span] = []
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def _cut(text: str, start: int, limit: int) -> int:
    """The last good boundary in (start, limit]: a paragraph, a sentence end, a space."""
    for mark in ("\n\n", ". ", "\n", " "):
        at = text.rfind(mark, start + 1, limit)
        if at > start:
            return at + len(mark)
    return limit


def claim_sentences(
    text: str,
    sentences: list[Span],
    quantities: list[Quantity],
    size: int = SENTENCE_CHARS,
    most: int = SENTENCE_FIGURES,
) -> list[Span]:
    """Sentences for the claim stages: one longer than ``size``, or holding more than ``most``
    figures, is cut into pieces (before a figure, at a space) that hold neither."""
    starts = sorted(q.span[0] for q in quantities)
    out: list[Span] = []
    for a, b in sentences:
        first, last = bisect_left(starts, a), bisect_left(starts, b)
        if b - a <= size and last - first <= most:
            out.append((a, b))
            continue
        while b - a > size or last - first > most:
            limit = min(a + size, starts[first + most] if last - first > most else b)
            end = _cut(text, a, limit) if limit > a + 1 else a + 1
            out.append((a, end))
            a, first = end, bisect_left(starts, end)
        out.append((a, b))
    return out


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def figure_reach(text: str, times: list[TimeRef], most: int = CHUNK_FIGURES) -> int:
    """Where the reading of a chunk's figures stops: the start of its first number past
    ``most`` (numbers inside a time expression are not counted), else the chunk's end."""
    inside = sorted(t.span for t in times)
    starts = [t[0] for t in inside]
    seen = 0
    for found in _NUMBER.finditer(text):
        at = found.start()
        k = bisect_left(starts, at + 1) - 1
        if k >= 0 and inside[k][1] > at:
            continue
        seen += 1
        if seen > most:
            return at
    return len(text)


def dense_note(reach: int, offset: int, most: int = CHUNK_FIGURES) -> str:
    return (
        f"numbers from character {reach + offset:,} on were not read as figures: more than "
        f"{most} numbers in {CHUNK_CHARS:,} characters [{E_DENSE}]"
    )


def shift(found: Iterable[Any], offset: int) -> None:
    """Move the spans of a chunk's findings, in place, to the whole article's text."""
    for record in found:
        for name in _span_fields(record.__class__):
            value = getattr(record, name)
            if value is not None:
                setattr(record, name, (value[0] + offset, value[1] + offset))


@cache
def _span_fields(cls: Any) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name in _SPAN_FIELDS)
