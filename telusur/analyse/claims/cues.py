"""One language's attribution vocabulary (``lang/*/claims.toml``) and the phrase lookups on it."""

from __future__ import annotations

from functools import cache
from typing import Any

from telusur.analyse.claims.records import Cues
from telusur.analyse.doc.tokens import Token
from telusur.lang import load

# A phrase table, hashable so that its first-word index is built once.
Phrases = frozenset[tuple[str, ...]] | tuple[tuple[str, ...], ...]

_QUOTES = frozenset("\"“”'‘’«»")


_CLAUSE_PUNCT = frozenset(".;:!?()[]—–-") | _QUOTES


def _phrases(table: dict[str, Any], key: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.lower().split()) for p in table.get(key, []))


def _words(table: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in table.get(key, []))


@cache
def cues(lang: str) -> Cues:
    """The attribution vocabulary of ``lang`` (Malay reads Indonesian)."""
    data = load(lang, "claims")
    att = data.get("attribution", {})
    status = data.get("status", {})
    plural = _words(att, "plural_verbs")
    verbs = _phrases(att, "subject_verbs") | {(v,) for v in plural}
    openers = {
        key: _phrases(att, key)
        for key in ("after_verbs", "source_after", "medium_after", "agent_verbs")
    }
    pronouns = _words(att, "pronouns")
    others = {p[0] for table in openers.values() for p in table if p} | pronouns
    others |= {
        p[0] for key in ("verdicts", "demands", "participles") for p in _phrases(att, key) if p
    }
    others |= {p[0] for p in verbs if len(p) == 1}
    return Cues(
        subject_verbs=verbs,
        after_verbs=openers["after_verbs"],
        source_after=openers["source_after"],
        medium_after=openers["medium_after"],
        agent_verbs=openers["agent_verbs"],
        back_references=_phrases(att, "back_references"),
        agent_markers=_words(att, "agent_markers"),
        documents=_phrases(att, "documents"),
        report_nouns=_phrases(att, "report_nouns"),
        determiners=_phrases(att, "determiners"),
        source_nouns=_phrases(att, "source_nouns"),
        roles=_phrases(att, "roles"),
        institutions=_words(att, "institutions"),
        collectives=_words(att, "collectives"),
        object_verbs=_words(att, "object_verbs"),
        amount_words=_words(att, "amount_words"),
        verdicts=_phrases(att, "verdicts"),
        demands=_phrases(att, "demands"),
        court_words=_words(att, "court_words"),
        penalties=_words(att, "penalties"),
        prosecutor_words=_words(att, "prosecutor_words"),
        court=str(att.get("court", "")),
        prosecutor=str(att.get("prosecutor", "")),
        definite=_words(att, "definite"),
        bare_references=_words(att, "bare_references"),
        fillers=_words(att, "fillers"),
        coordinators=_words(att, "coordinators"),
        pronouns=pronouns,
        group_pronouns=_words(att, "group_pronouns"),
        demonstratives=_words(att, "demonstratives"),
        phrase_stops=_words(att, "phrase_stops") | {v[0] for v in verbs if len(v) == 1},
        stop_words=_words(att, "phrase_stops"),
        place_words=_words(att, "place_words"),
        channel_before=_phrases(att, "channel_before"),
        citing=_phrases(att, "citing"),
        commissioners=_phrases(att, "commissioners"),
        adjunct_openers=_words(att, "adjunct_openers"),
        respondents=_phrases(att, "respondents"),
        shares=_words(att, "shares"),
        laws=_phrases(att, "laws"),
        auxiliaries=_words(att, "auxiliaries"),
        report_links=_words(att, "report_links"),
        clause_openers=_words(att, "clause_openers"),
        relative=_words(att, "relative"),
        inverted_leads=_words(att, "inverted_leads"),
        time_leads=_phrases(att, "time_leads"),
        passive_auxiliaries=_words(att, "passive_auxiliaries"),
        subordinators=_words(att, "subordinators"),
        plural_verbs=plural,
        object_pronouns=_words(att, "object_pronouns"),
        participles=_phrases(att, "participles"),
        sentence_leads=_words(att, "sentence_leads"),
        anonymous=tuple(tuple(p.lower().split()) for p in status.get("anonymous", [])),
        unconfirmed=tuple(tuple(p.lower().split()) for p in status.get("unconfirmed", [])),
        hedged=_phrases(status, "hedged"),
        cue_starts=frozenset(p[0] for p in verbs if p) | others,
        phrase_only=frozenset(p[0] for p in verbs if len(p) > 1) - others,
    )


@cache
def _starts(phrases: Phrases) -> tuple[dict[str, int], dict[str, tuple]]:
    """First word -> longest phrase length, and first word -> phrases: lookups stay O(1)."""
    longest: dict[str, int] = {}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        if p:
            longest[p[0]] = max(longest.get(p[0], 0), len(p))
            by_first.setdefault(p[0], []).append(p)
    return longest, {k: tuple(v) for k, v in by_first.items()}


def phrase_at(tokens: list[Token], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Length of the longest phrase of ``phrases`` starting at token ``i`` (0: none)."""
    if i >= len(tokens):
        return 0
    most = _starts(phrases)[0].get(tokens[i].low)
    if most is None:  # the common case: no phrase starts with this word
        return 0
    lows = tuple(t.low for t in tokens[i : i + most])
    for n in range(len(lows), 0, -1):
        if lows[:n] in phrases:
            return n
    return 0


def contains(tokens: list[Token], phrases: Phrases) -> bool:
    """Whether any of ``phrases`` occurs in ``tokens``."""
    by_first = _starts(phrases)[1]
    lows = [t.low for t in tokens]
    if by_first.keys().isdisjoint(lows):
        return False
    for i, low in enumerate(lows):
        for phrase in by_first.get(low, ()):
            if tuple(lows[i : i + len(phrase)]) == phrase:
                return True
    return False


def _strip_front(tokens: list[Token], table: frozenset[tuple[str, ...]]) -> list[Token]:
    while tokens:
        n = phrase_at(tokens, 0, table)
        if not n:
            break
        tokens = tokens[n:]
    return tokens
