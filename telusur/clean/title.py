"""Title and rubric of plain text, where no title field exists.

Plain-text copies of web articles come in three shapes (the reference seeds show all three):

* a headline line, then the lede;
* a short rubric (section or topic label), then the headline, then the lede;
* no title at all: the first line is already body text.

A headline line is short, has no sentence-final full stop, does not open with an outlet marker
("TRIBUNNEWS.COM - ...") and is followed by more text. A rubric is a very short line of that
kind followed by a longer headline-like line written in title case (most words capitalised,
as Indonesian and many English headlines are), which tells it apart from a sentence-case lede.
"""

from __future__ import annotations

import re

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
MAX_RUBRIC_WORDS = 6
# A headline ends in a letter, digit, closing quote or bracket, "?" or "!": never ". , ; :".
_ENDS_LIKE_SENTENCE = re.compile(r"[.,;:\-–—]$")
_STARTS_LIKE_HEADLINE = re.compile(r"[\"“‘'(\[]?[A-Z0-9]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_CASE_SHARE = 0.5


def looks_like_headline(line: str, is_marker_line: bool) -> bool:
    words = line.split()
    return (
        not is_marker_line
        and 2 <= len(words) <= MAX_TITLE_WORDS
        and len(line) <= MAX_TITLE_CHARS
        and _STARTS_LIKE_HEADLINE.match(line) is not None
        and _ENDS_LIKE_SENTENCE.search(line) is None
    )


def split_title(paragraphs: list[str], is_marker_line: list[bool]) -> tuple[str | None, str | None]:
    """``(title, rubric)`` from the leading non-empty lines of a plain-text article."""
    if len(paragraphs) < 2:
        return None, None
    first, second = paragraphs[0], paragraphs[1]
    if not looks_like_headline(first, is_marker_line[0]):
        return None, None
    if (
        len(paragraphs) >= 3
        and len(first.split()) <= MAX_RUBRIC_WORDS
        and looks_like_headline(second, is_marker_line[1])
        and len(second.split()) > len(first.split())
        and title_cased(second)
    ):
        return second, first
    return first, None


def title_cased(line: str) -> bool:
    """Whether most words start with a capital letter."""
    words = _WORD.findall(line)
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)
