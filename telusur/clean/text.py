"""Light normalisation of raw article text into lines.

Only layout changes: line endings become ``\\n``, non-breaking and other odd spaces become plain
spaces, zero-width characters go, runs of spaces shrink to one and lines are stripped. Words,
punctuation and quote marks are never rewritten, so every later span still quotes the source.
Blank lines are kept as paragraph separators (at most one in a row).
"""

from __future__ import annotations

import re

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACE = r"\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Runs of two or more spaces, or any odd space: a lone plain space is left alone (and fast).
_SPACES = re.compile(rf"[ {_ODD_SPACE}]{{2,}}|[{_ODD_SPACE}]")


def normalise(text: str) -> str:
    """The text with line endings, spaces and blank runs normalised (see module docstring)."""
    text = _SPACES.sub(" ", _ZERO_WIDTH.sub("", _NEWLINES.sub("\n", text)))
    return join_lines(line.strip(" ") for line in text.split("\n"))


def join_lines(lines: object) -> str:
    """Lines joined with ``\\n``; blank runs become one blank line, none at either end."""
    out: list[str] = []
    for line in lines:  # type: ignore[attr-defined]
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
