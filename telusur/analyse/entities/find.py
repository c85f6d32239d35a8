"""Entity mentions with canonical names: people (PER), organisations (ORG), states and
governments (GPE) and other places (LOC).

``find_mentions`` scans a text (``mentions.py``) and settles one canonical name per entity
across the document (``canonical.py``); ``find_references`` and ``resolve_reference``
(``corefs.py``) say who a pronoun or "badan tersebut" stands for.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from telusur.analyse.doc.phrases import Tokens
from telusur.analyse.entities.canonical import EntityIndex, canonicalize, clean_name
from telusur.analyse.entities.corefs import find_references, resolve_reference
from telusur.analyse.entities.mentions import Candidate, Scan, scan
from telusur.lang import load
from telusur.records import Mention

__all__ = [
    "EntityIndex",
    "canonicalize",
    "find_mentions",
    "find_references",
    "resolve_reference",
]

Span = tuple[int, int]

_OPEN = re.compile(r"\s*\(\s*$")
_CLOSE = re.compile(r"^\s*\)")
_COORDINATED = re.compile(r"^\s*(?:,|dan|and|serta|atau|or)\s*(?:dan\s+|and\s+)?$")


def find_mentions(
    text: str, lang: str, sentences: list[Span] | None = None, words: Tokens | None = None
) -> list[Mention]:
    """Mentions of people, organisations, states and places in ``text``, in order. ``words``
    (``phrases.tokenize_plain(text)``) lets ``find_references`` share one tokenisation."""
    return settle(scan(text, lang, sentences, words), lang)


def settle(found: Scan, lang: str, index: EntityIndex | None = None) -> list[Mention]:
    """Give every candidate its canonical name, strongest evidence first: alias tables and
    acronym pairs, then new full names in the body, then single words (surnames, typos),
    then headline words, which are kept only when the body or the tables know them."""
    index = index or EntityIndex(lang)
    cands = found.candidates
    _link_acronyms(found)
    text = found.text
    for c in cands:
        if c.known and c.canonical and c.type:
            index.add(text[c.start : c.end], c.canonical, c.type)
    previous = {id(c): p for p, c in zip([None, *cands], cands, strict=False)}
    body = [c for c in cands if not c.known and not c.headline]
    _outweigh_places(body, text)
    _things(body, text, lang)
    _compass_places(body, text, lang)
    for c in sorted(body, key=lambda c: c.first - c.last):  # longer names first
        _settle_one(c, text, index, lang, previous[id(c)])
    for c in cands:
        if c.headline and not c.known:
            resolved = index.resolve(text[c.start : c.end])
            c.canonical, c.type = resolved if resolved else (None, None)
    return [
        Mention((c.start, c.end), text[c.start : c.end], c.type, c.canonical)
        for c in cands
        if c.type and c.canonical
    ]


def _outweigh_places(cands: list[Candidate], text: str) -> None:
    """A word typed a place only by the preposition before it ("shares in Marconi") takes the
    type the same word has where it stands with stronger evidence ("a Marconi spokesman")."""
    strong = {text[c.start : c.end]: c.type for c in cands if c.type and not c.placed}
    for c in cands:
        if c.placed:
            c.type = strong.get(text[c.start : c.end], c.type)


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n][\"”’']?)\s*$")


def _things(cands: list[Candidate], text: str, lang: str) -> None:
    """ "Laura Ashley, which floated ...": a name read as a person's that opens its sentence and
    is followed by a relative word for things is a body, wherever the article names it."""
    words = _thing_relatives(lang)
    if not words:
        return
    bodies = set()
    for c in cands:
        if c.type != "PER" or not _SENTENCE_OPEN.search(text[max(0, c.start - 40) : c.start]):
            continue
        after = text[c.end : c.end + 20].lstrip(" ,").split(" ", 1)[0].lower()
        if text[c.end : c.end + 1] == "," and after in words:
            bodies.add(text[c.start : c.end])
    for c in cands:
        if c.type == "PER" and text[c.start : c.end] in bodies:
            c.type = "ORG"


def _compass_places(cands: list[Candidate], text: str, lang: str) -> None:
    """ "the South East", "the East Midlands": a name made only of compass words is a region,
    never a person (a pronoun after it must not be read as standing for it)."""
    words = _compass_words(lang)
    for c in cands:
        if c.type == "PER" and all(w in words for w in text[c.start : c.end].lower().split()):
            c.type = "LOC"


@cache
def _compass_words(lang: str) -> frozenset[str]:
    table = load(lang, "entities").get("place", {})
    return frozenset(w.lower() for w in table.get("compass", []))


@cache
def _thing_relatives(lang: str) -> frozenset[str]:
    table = load(lang, "entities").get("organisation", {})
    return frozenset(w.lower() for w in table.get("thing_relatives", []))


def _settle_one(
    c: Candidate, text: str, index: EntityIndex, lang: str, prev: Candidate | None
) -> None:
    surface = text[c.start : c.end]
    resolved = index.resolve(surface)
    if resolved and (c.type is None or c.type == resolved[1] or c.last - c.first == 1):
        c.canonical, c.type = resolved
        return
    if c.type is None and _coordinated(c, text, prev):
        c.type = "LOC"
    if c.type is None:
        return
    c.canonical = clean_name(surface, c.type, lang)
    index.add(surface, c.canonical, c.type)


def _coordinated(c: Candidate, text: str, prev: Candidate | None) -> bool:
    """ "kota Usuriysk dan Khabarovsk": a word listed with a place is a place."""
    if prev is None or prev.type not in ("LOC", "GPE") or prev.end > c.start:
        return False
    return bool(_COORDINATED.match(text[prev.end : c.start]))


def _link_acronyms(found: Scan) -> None:
    """ "Badan Intelijen Nasional (NIS)" and "NIS (Badan ...)": one canonical for both."""
    text, cands = found.text, found.candidates
    for a, b in pairwise(cands):
        if not (_OPEN.search(text[a.end : b.start]) and _CLOSE.match(text[b.end : b.end + 3])):
            continue
        short, long_ = (b, a) if b.last - b.first == 1 else (a, b)
        if short.last - short.first != 1 or long_.last - long_.first < 2:
            continue
        if short.known or long_.known:
            owner = short if short.known else long_
            canonical, type_ = owner.canonical, owner.type or "ORG"
        else:  # an unknown pair names an organisation: people are rarely given acronyms
            canonical, type_ = text[short.start : short.end], "ORG"
        for c in (short, long_):
            c.canonical, c.type, c.known = canonical, type_, True
