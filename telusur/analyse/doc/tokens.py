"""Word and punctuation tokens of a span of text, with their offsets, made once per sentence.

Attribution, claims and denials all read the same sentences, so the document keeps one
:class:`SentenceTokens` for the article and every stage asks it for a sentence's tokens.
"""

from __future__ import annotations

import re
from typing import NamedTuple

Span = tuple[int, int]

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")


class Token(NamedTuple):
    """A word or punctuation mark (a tuple: sentences make many, and cheaply)."""

    start: int
    end: int
    raw: str
    low: str


# ``tuple.__new__`` builds a Token in C, without the Python frame of ``Token(...)``: sentences
# make hundreds of thousands of them.
_new_token = tuple.__new__


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Words and punctuation marks of ``text[start:end]`` with their offsets."""
    return [
        _new_token(Token, (*m.span(), word, word.lower()))
        for m in _TOKEN.finditer(text, start, end)
        for word in (m.group(),)
    ]


def words_of(text: str, start: int, end: int) -> list[str]:
    """The lower-cased tokens of ``text[start:end]`` without offsets (cheaper than ``tokenize``
    where only the words near a figure matter)."""
    return [word.lower() for word in _TOKEN.findall(text, start, end)]


class SentenceTokens:
    """The tokens of spans of one text, made once: attribution, claims and denials all read
    the same sentences. Callers must not change the lists they get."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._made: dict[Span, list[Token]] = {}

    def __call__(self, span: Span) -> list[Token]:
        tokens = self._made.get(span)
        if tokens is None:
            tokens = self._made[span] = tokenize(self.text, *span)
        return tokens
