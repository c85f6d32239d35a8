"""Whether a sentence changes its subject: where a speaker's or a report's carry-over ends.

A sentence goes on with what was just attributed unless another party acts in it: a named
party standing as the subject of its clause ("Dinas Sosial menyalurkan ..."), or a common
noun for a party acting ("Polisi menetapkan ..."). A name is no subject after a preposition
("di AS", "in Paris"), nor after a noun with no verb before it in its clause, where it is a
possessor ("penjualan LCGC Daihatsu naik", "sales of Ford rose"). The words are
``[discourse]`` in ``lang/*/claims.toml``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from telusur.analyse.claims.cues import cues, phrase_at
from telusur.analyse.doc.index import MentionIndex
from telusur.analyse.doc.tokens import Token


@dataclass(frozen=True, slots=True)
class SubjectWords:
    leads: frozenset[str]  # words before a clause's subject ("kendati", "although")
    possessor_links: frozenset[str]  # words before a possessor ("sales of Ford")
    verb_prefixes: tuple[str, ...]  # a verb's prefixes, where the language marks verbs so


def new_subject(
    tokens: list[Token],
    credited: tuple[str, ...],
    index: MentionIndex,
    types: frozenset[str],
    lang: str,
    words: SubjectWords,
) -> bool:
    """A named party (of ``types``) other than the ones ``credited`` is the sentence's subject:
    it stands before the sentence's first figure. A report's data goes on over the regions,
    parties or firms it counts; a speaker's words do not go on over another party's doings."""
    first = next((t for t in tokens if t.raw[:1].isdigit()), tokens[-1])
    for m in index.within(tokens[0].start, first.start):
        if m.type not in types or m.canonical in credited:
            continue
        k = bisect_left(tokens, m.span[0], key=lambda t: t.start)
        if _subject_position(tokens, k, lang, words):
            return True
    return False


def _subject_position(tokens: list[Token], k: int, lang: str, words: SubjectWords) -> bool:
    """Whether a name at token ``k`` can be its clause's subject or a party acting in it."""
    c = cues(lang)
    while k > 0 and (tokens[k - 1].low,) in c.determiners:
        k -= 1
    if k == 0:
        return True
    prev = tokens[k - 1]
    if prev.low in c.stop_words:
        return False  # "di AS", "in Paris": a place
    openings = _openings(lang, words)
    if not prev.raw.isalpha() or not prev.raw.islower() or prev.low in openings:
        return True
    if prev.low in words.possessor_links:
        return False
    return not words.verb_prefixes or _verb_before(tokens, k, words.verb_prefixes, openings)


_VERB_LENGTH = 5  # letters of the shortest prefixed verb ("makan" has none, "dijual" has)


def _verb_before(
    tokens: list[Token], k: int, prefixes: tuple[str, ...], openings: frozenset[str]
) -> bool:
    """Whether a word with a verb's prefix ("membuat", "dicetak") stands between the clause's
    opening and token ``k``: a name after it is the verb's object or agent, a party in the
    act."""
    for t in reversed(tokens[:k]):
        if not t.raw.isalpha() or t.low in openings:
            return False
        if len(t.low) >= _VERB_LENGTH and t.low.startswith(prefixes):
            return True
    return False


@cache
def _openings(lang: str, words: SubjectWords) -> frozenset[str]:
    """Words after which a clause's subject may stand."""
    c = cues(lang)
    return (
        c.sentence_leads
        | c.coordinators
        | c.subordinators
        | c.clause_openers
        | c.agent_markers
        | c.inverted_leads
        | words.leads
    )


_SUBJECT_REACH = 6  # words at a sentence's opening where its subject stands


def actor_subject(
    tokens: list[Token], actors: frozenset[tuple[str, ...]], leads: frozenset[str]
) -> bool:
    """A common noun for a party acting ("polisi", "pemerintah") opens the sentence as its
    subject, after nothing but its connectives ("Namun, polisi ...", "Begitu otoritas ...")
    or an opening phrase closed by a comma ("Selain PT SSS, polisi ...")."""
    for i, t in enumerate(tokens[:_SUBJECT_REACH]):
        if phrase_at(tokens, i, actors):
            before = tokens[:i]
            return all(w.low in leads or w.raw == "," for w in before) or (
                len(before) > 1 and before[-1].raw == ","
            )
        if t.raw[:1].isdigit():
            return False
    return False
