"""Cues of not confirming: a party declining to confirm or to tell ("enggan merinci",
"declined to comment", "did not say whether"), or a report said to be unverified ("belum dapat
dipastikan", "could not be independently verified"). Read by rule from ``denials.toml``'s
negations, refusals and verbs of confirming and telling, not listed phrase by phrase."""

from __future__ import annotations

from telusur.analyse.claims.cues import phrase_at
from telusur.analyse.claims.denial_words import DenialWords
from telusur.analyse.doc.tokens import Token

_STOP = frozenset(".;:!?,")


def refusing(tokens: list[Token], i: int, w: DenialWords) -> int:
    """Not confirming, said of the party itself: a negation, a few words, then a confirming
    verb ("belum dapat memastikan", "did not confirm", "declined to comment"); or a refusal
    and a verb of telling ("enggan merinci", "refused to say"), or a negation and one followed
    by "whether" ("did not say whether")."""
    refusal = phrase_at(tokens, i, w.refusals)
    if not refusal and tokens[i].low not in w.negations:
        return 0
    for j in range(i + max(refusal, 1), min(len(tokens), i + 2 + w.gap)):
        if tokens[j].raw in _STOP or tokens[j].low in w.gap_breakers:
            return 0
        if tokens[j].low in w.confirm_verbs:
            return 0 if tokens[j - 1].low in w.passive_auxiliaries else j + 1 - i
        n = phrase_at(tokens, j, w.disclose_verbs)
        if n and refusal:
            return j + n - i
        if n and _asks(tokens, j + n, w):
            return j + n - i  # the question stays the target
    return 0


def _asks(tokens: list[Token], at: int, w: DenialWords) -> bool:
    """Whether an open question follows a verb of telling, past a word or two of degree
    ("tidak memberikan penjelasan lebih lanjut apakah", "would not say exactly how")."""
    while at < len(tokens) and tokens[at].low in w.whether_gap:
        at += 1
    return at < len(tokens) and tokens[at].low in w.whether


def unverified(tokens: list[Token], i: int, w: DenialWords) -> int:
    """Not confirmed, said of the report: a negation, a few words, then a confirming verb in
    the passive ("could not be independently verified", "belum dapat dipastikan"); the
    sentence's speaker says so, or no one."""
    if tokens[i].low not in w.negations:
        return 0
    passive = False
    for j in range(i + 1, min(len(tokens), i + 3 + w.gap)):
        low = tokens[j].low
        if tokens[j].raw in _STOP or low in w.gap_breakers:
            return 0
        told = low in w.confirm_verbs or phrase_at(tokens, j, w.disclose_verbs)
        if told and not passive:
            return 0  # "enggan menjelaskan ... saat dikonfirmasi": the negation has its verb
        if low in w.confirm_passives or (passive and low in w.confirm_verbs):
            return j + 1 - i
        passive = passive or low in w.passive_auxiliaries
    return 0
