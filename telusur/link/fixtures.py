"""Fixtures: the pairs of named sides an article's event sets against each other.

Two matches of one tournament, two hearings of one court with other parties, share the
tournament's or the court's names, its place and its vocabulary; what tells them apart is who
meets whom. An article's fixtures are read where a connector ("vs", "melawan", "hadapi", from
``lang/*/fixtures.toml``) stands between two runs of capitalised words in its title or lede, each
side kept as the words of the article's own entity names it holds (so "Hari Ini Indonesia Vs
Filipina" is Indonesia against Filipina, and "Timnas U-16 Indonesia" meets "Indonesia").

Each fixture is kept as tokens of its cross pairs of side words (order-free), so two
fixtures with a word in common on each side share a token. Two articles that both name
fixtures and share none report separate events; an article naming none says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import numpy as np

from telusur.lang import LANGUAGES, load
from telusur.link.text import token_hash

FIXTURE_SEED = 15
SIDE_WORDS = 4  # capitalised words read on each side of a connector
LEDE_CHARS = 600  # the title and the text's opening hold the article's own event
MAX_TOKENS = 24
PIECE = re.compile(r"[\w'-]+|[^\w\s]|\n")  # a line break ends a side too
WORD = re.compile(r"[^\W\d_]{2,}")


@cache
def connectors() -> frozenset[str]:
    words = set(load("common", "fixtures").get("connectors", []))
    for lang in LANGUAGES:
        words.update(load(lang, "fixtures").get("connectors", []))
    return frozenset(words)


def name_words(names: Iterable[str]) -> set[str]:
    """The lower-case words of the article's entity names (digits and single letters left out)."""
    return {w for name in names for w in WORD.findall(name.lower())}


def sides(text: str, names: set[str]) -> list[tuple[set[str], set[str]]]:
    """Each connector's two sides in ``text`` as sets of name words, where both have one."""
    pieces = PIECE.findall(text)
    joins = connectors()
    out = []
    for i, piece in enumerate(pieces):
        if piece.lower().rstrip(".") not in joins or not 0 < i < len(pieces) - 1:
            continue
        left = _run(pieces[max(0, i - SIDE_WORDS) : i][::-1], names)
        right = _run(pieces[i + 1 : i + 1 + SIDE_WORDS], names)
        if left and right and not left & right:
            out.append((left, right))
    return out


def _run(pieces: list[str], names: set[str]) -> set[str]:
    """Name words of the capitalised run next to a connector (``pieces`` outward from it)."""
    words: set[str] = set()
    for piece in pieces:
        if not piece[:1].isupper():
            break
        words.update(w for w in WORD.findall(piece.lower()) if w in names)
    return words


def fixture_tokens(title: str, text: str, names: Iterable[str]) -> np.ndarray:
    """Order-free tokens of each fixture's cross pairs of side words, in reading order."""
    known = name_words(names)
    out: list[int] = []
    for left, right in sides(f"{title}\n{text[:LEDE_CHARS]}", known):
        for a in sorted(left):
            for b in sorted(right):
                h = token_hash("|".join(sorted((a, b))), FIXTURE_SEED)
                if h not in out:
                    out.append(h)
    return np.array(out[:MAX_TOKENS], np.uint32)


def distinct(mine: np.ndarray, count: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """Which candidates report another event: both sides name fixtures (``count`` of each
    candidate's tokens) and none of them is shared (``shared`` tokens in common)."""
    return (len(mine) > 0) & (count > 0) & (shared == 0)
