"""Fixtures: the pairs of named sides an article's event sets against each other.

Two matches of one tournament, two hearings of one court with other parties, share the
tournament's or the court's names, its place and its vocabulary; what tells them apart is who
meets whom. An article's fixtures are read where a connector ("vs", "melawan", "hadapi", "beat",
"drew with": one word or more, from ``lang/*/fixtures.toml``) stands between two runs of
capitalised words in its title or, when the title names none, its lede: a fixture in the title
is the article's own event, while a lede may go on to the group's other matches. Each side is
kept as the words of the canonical entities it names, so "China" in one article and "Tiongkok"
in another are one side, and "Timnas U-16 Indonesia" meets "Indonesia".

Each fixture is kept as tokens of its cross pairs of side words (order-free), so two fixtures
with a word in common on each side share a token. A side named only by a word for any team
("Timnas", "team": ``generic`` in the data) could be anyone's: it is kept as the other side
alone, and meets every fixture holding that side. Two articles that both name fixtures and share
none report separate events; an article naming none says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
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
# Token kinds in the top two bits: a pair of sides, a side met by a fixture, a side met by a
# generic side. A query reads sides as generic ones and the reverse (``query``), so a fixture
# with a generic side meets any fixture holding its other side, and two full fixtures meet only
# by a pair.
PAIR, SIDE, OPEN = np.uint32(0), np.uint32(1 << 30), np.uint32(2 << 30)
KIND = np.uint32(3 << 30)


@cache
def _data() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    joins: set[tuple[str, ...]] = set()
    generic: set[str] = set()
    for lang in ("common", *LANGUAGES):
        table = load(lang, "fixtures")
        joins.update(tuple(c.split()) for c in table.get("connectors", []))
        generic.update(table.get("generic", []))
    return frozenset(joins), frozenset(generic)


def connectors() -> frozenset[tuple[str, ...]]:
    """Connectors as tuples of their words ("drew with" is two)."""
    return _data()[0]


@cache
def _longest() -> int:
    return max((len(c) for c in connectors()), default=1)


def generic_words() -> frozenset[str]:
    return _data()[1]


def name_words(names: Iterable[str]) -> set[str]:
    """The lower-case words of the article's entity names (digits and single letters left out)."""
    return {w for name in names for w in WORD.findall(name.lower())}


class SideNames:
    """How a capitalised run reads as a side: the canonical names it holds or is an alias of."""

    def __init__(self, names: Iterable[str], aliases: Mapping[str, str] | None = None) -> None:
        self.words = name_words(names)
        self.aliases: dict[tuple[str, ...], set[str]] = {}
        for surface, canonical in (aliases or {}).items():
            key = tuple(WORD.findall(surface.lower()))
            if key:
                self.aliases.setdefault(key, set()).update(name_words([canonical]))

    def side(self, words: list[str]) -> set[str]:
        out = {w for w in words if w in self.words}
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                out |= self.aliases.get(tuple(words[i:j]), set())
        return out


def sides(text: str, names: SideNames | set[str]) -> list[tuple[set[str], set[str]]]:
    """Each connector's two sides in ``text`` as sets of name words, where both have one (a
    generic side is kept as the set holding only its generic words)."""
    known = names if isinstance(names, SideNames) else SideNames(names)
    pieces = PIECE.findall(text)
    joins = connectors()
    out = []
    for i in range(1, len(pieces) - 1):
        size = _connector_at(pieces, i, joins)
        if not size or i + size >= len(pieces):
            continue
        left = _run(pieces[max(0, i - SIDE_WORDS) : i][::-1], known, outward=True)
        right = _run(pieces[i + size : i + size + SIDE_WORDS], known)
        if left and right and not left & right:
            out.append((left, right))
    return out


def _connector_at(pieces: list[str], i: int, joins: frozenset[tuple[str, ...]]) -> int:
    """How many pieces from ``i`` make a connector (the longest), or 0."""
    for size in range(min(_longest(), len(pieces) - i), 0, -1):
        if tuple(p.lower().rstrip(".") for p in pieces[i : i + size]) in joins:
            return size
    return 0


def _run(pieces: list[str], names: SideNames, outward: bool = False) -> set[str]:
    """Side words of the capitalised run next to a connector (``pieces`` from it, ``outward``
    when read backwards): its canonical names, else its generic team words."""
    run: list[str] = []
    for piece in pieces:
        if not piece[:1].isupper():
            break
        run.append(piece)
    words = [w for piece in (run[::-1] if outward else run) for w in WORD.findall(piece.lower())]
    generic = generic_words()
    named = {w for w in names.side(words) if w not in generic}
    return named or {w for w in words if w in generic}


def fixture_tokens(
    title: str, text: str, names: Iterable[str], aliases: Mapping[str, str] | None = None
) -> np.ndarray:
    """Tokens of each fixture in reading order: order-free cross pairs of side words, and each
    side alone (the title's fixtures when it names any, else the lede's). ``aliases`` maps the
    article's names as written to their canonical entity."""
    known = SideNames(names, aliases)
    found = sides(title, known) or sides(f"{title}\n{text[:LEDE_CHARS]}", known)
    generic = generic_words()
    out: list[int] = []

    def put(token: int) -> None:
        if token not in out:
            out.append(token)

    for left, right in found:
        open_side = [s for s in (left, right) if s <= generic]
        if len(open_side) == 2:
            continue  # two generic sides name no one
        for a in sorted(left):
            for b in sorted(right):
                if not open_side:
                    put(_tagged("|".join(sorted((a, b))), PAIR))
        for side in (left, right):
            if side in open_side:
                continue
            for w in sorted(side):
                if open_side:
                    put(_tagged(w, OPEN))
                put(_tagged(w, SIDE))
    return np.array(out[:MAX_TOKENS], np.uint32)


def _tagged(key: str, kind: np.uint32) -> int:
    return int((np.uint32(token_hash(key, FIXTURE_SEED)) & ~KIND) | kind)


def query(tokens: np.ndarray) -> np.ndarray:
    """The tokens another article's fixtures are looked up by: sides read as generic sides'
    and generic sides' as sides, pairs as themselves."""
    kind = tokens & KIND
    swapped = np.where(kind == SIDE, OPEN, np.where(kind == OPEN, SIDE, kind))
    return ((tokens & ~KIND) | swapped).astype(np.uint32)


def distinct(mine: np.ndarray, count: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """Which candidates report another event: both sides name fixtures (``count`` of each
    candidate's tokens) and none of them meets one of ``mine`` (``shared``, counted with
    ``query(mine)``)."""
    return (len(mine) > 0) & (count > 0) & (shared == 0)
