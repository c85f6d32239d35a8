"""Title and rubric of plain text, where no title field exists.

Plain-text copies of web articles come in three shapes (the reference seeds show all three):

* a headline line, then the lede;
* a short rubric (section or topic label), then the headline, then the lede;
* no title at all: the first line is already body text.

A headline line is short, has no sentence-final full stop, does not open with an outlet marker
("TRIBUNNEWS.COM - ...") or a label ("Reporter: ...", "(Kredit: ...)") and is followed by more
text. A long line, a question or a quotation must also be in title case: sentence-case ones of
that kind are ledes ("Apakah kamu sering ...?"). A rubric is a very short line of that
kind followed by a longer headline-like line written in title case (most words capitalised,
as Indonesian and many English headlines are), which tells it apart from a sentence-case lede.
"""

from __future__ import annotations

import re

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
MIN_TITLE_WORDS = 3
MAX_PLAIN_WORDS = 12  # longer headlines must be in title case
MAX_RUBRIC_WORDS = 6
# A headline ends in a letter, digit, closing quote or bracket, "?" or "!": never ". , ; :".
_ENDS_LIKE_SENTENCE = re.compile(r"[.,;:\-–—]$")
_STARTS_LIKE_HEADLINE = re.compile(r"[\"“‘']?[A-Z0-9]")
_LABEL = re.compile(r"[^\s:]{1,20}:(?:\s|$)")
_QUESTION_OR_QUOTE = re.compile(r"^[\"“‘']|\?$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_CASE_SHARE = 0.5


def looks_like_headline(line: str, is_marker_line: bool) -> bool:
    words = line.split()
    shaped = (
        not is_marker_line
        and MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS
        and len(line) <= MAX_TITLE_CHARS
        and _STARTS_LIKE_HEADLINE.match(line) is not None
        and _ENDS_LIKE_SENTENCE.search(line) is None
        and _LABEL.match(line) is None
    )
    if not shaped:
        return False
    if len(words) > MAX_PLAIN_WORDS or _QUESTION_OR_QUOTE.search(line):
        return title_cased(line)
    return True


def split_title(paragraphs: list[str], is_marker_line: list[bool]) -> tuple[str | None, str | None]:
    """``(title, rubric)`` from the leading non-empty lines of a plain-text article."""
    if len(paragraphs) < 2:
        return None, None
    first, second = paragraphs[0], paragraphs[1]
    if (
        len(paragraphs) >= 3
        and looks_like_rubric(first, is_marker_line[0])
        and looks_like_headline(second, is_marker_line[1])
        and len(second.split()) > len(first.split())
        and title_cased(second)
    ):
        return second, first
    if looks_like_headline(first, is_marker_line[0]):
        return first, None
    return None, None


def looks_like_rubric(line: str, is_marker_line: bool) -> bool:
    """A topic or section label: one to a few capitalised words, no sentence punctuation."""
    return (
        not is_marker_line
        and 1 <= len(line.split()) <= MAX_RUBRIC_WORDS
        and _STARTS_LIKE_HEADLINE.match(line) is not None
        and _ENDS_LIKE_SENTENCE.search(line) is None
        and _LABEL.match(line) is None
        and not line.endswith("?")
    )


def title_cased(line: str) -> bool:
    """Whether most words start with a capital letter."""
    words = _WORD.findall(line)
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)
