"""Render cleaned text with its spans marked, escaping every character of article text.

Spans may overlap (a figure inside a sentence inside a denial), so the text is cut at every span
boundary and each piece carries the classes of all spans covering it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    css: str  # entity | figure | time | source | denial | target
    anchor: str | None = None  # an id to jump to
    title: str | None = None  # a tooltip


def render(text: str, marks: Iterable[Mark]) -> Markup:
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    starting: dict[int, list[Mark]] = {}
    for m in valid:
        starting.setdefault(m.start, []).append(m)
    out: list[str] = []
    for left, right in itertools.pairwise(cuts):
        covering = [m for m in valid if m.start <= left and right <= m.end]
        out.extend(_anchor(m) for m in starting.get(left, ()) if m.anchor)
        out.append(_piece(text[left:right], covering))
    return Markup("".join(out))


def _anchor(mark: Mark) -> str:
    return f'<a class="anchor" id="{escape(mark.anchor)}"></a>'


def _piece(chunk: str, covering: list[Mark]) -> str:
    if not covering:
        return str(escape(chunk))
    classes = " ".join(sorted({m.css for m in covering}))
    tips = "; ".join(m.title for m in covering if m.title)
    title = f' title="{escape(tips)}"' if tips else ""
    return f'<span class="{escape(classes)}"{title}>{escape(chunk)}</span>'
