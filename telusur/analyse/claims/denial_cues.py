"""Denial cues: the words of one denial or refusal to confirm in a sentence, its kind, and
which role in the sentence stands behind it. Who that party is, and which claims it touches,
is ``denials``'s."""

from __future__ import annotations

from dataclasses import dataclass

from telusur.analyse.claims.cues import cues, phrase_at
from telusur.analyse.claims.denial_words import DenialWords, denial_words
from telusur.analyse.claims.refusals import refusing, unverified
from telusur.analyse.doc.tokens import Token

_STOP = frozenset(".;:!?,")
_QUOTES = frozenset("\"“”'‘’«»")
_PASSIVE_SUBJECT = 3  # words before a passive disputing verb where the report disputed stands


@dataclass(frozen=True, slots=True)
class Cue:
    """Words of one denial in a sentence: tokens ``start:end``, its kind, and who stands behind
    it: the subject of a denying verb (``subject``), the sentence's speaker (``speaker``), or the
    agent after a passive verb (``agent``)."""

    start: int
    end: int
    kind: str
    role: str


def find_cues(tokens: list[Token], lang: str) -> list[Cue]:
    """The denial cues of a sentence, in text order, the longest reading at each word."""
    found: list[Cue] = []
    i = 0
    w = denial_words(lang)
    if w.anchors.isdisjoint([t.low for t in tokens]):
        return []
    last = len(tokens) - 1
    while i < len(tokens):
        low = tokens[i].low
        may = low in w.starts or (
            i < last and tokens[i + 1].low in w.noun_starts and low in w.false_markers
        )
        cue = _cue_at(tokens, i, lang) if may else None
        if cue is None:
            i += 1
            continue
        if not _cancelled(tokens, cue, lang):
            found.append(cue)
        i = cue.end
    return found


def _cue_at(tokens: list[Token], i: int, lang: str) -> Cue | None:
    w = denial_words(lang)
    readings = [
        (phrase_at(tokens, i, w.not_verified), "not_confirmed", "speaker"),
        (phrase_at(tokens, i, w.not_confirmed), "not_confirmed", "subject"),
        (phrase_at(tokens, i, w.not_confirmed_said), "not_confirmed", "speaker"),
        (_self_denial(tokens, i, w), "denial", "subject"),
        (_called_false(tokens, i, w, lang), "denial", "speaker"),
        (phrase_at(tokens, i, w.wrong_to), "denial", "speaker"),
        (phrase_at(tokens, i, w.denial), "denial", "subject"),
        (_insisting(tokens, i, w), "denial", "subject"),
        (_disputing(tokens, i, w), "denial", "subject"),
        (_standing_by(tokens, i, w), "denial", "subject"),
        (_defending(tokens, i, w), "denial", "speaker"),
        (refusing(tokens, i, w), "not_confirmed", "subject"),
        (unverified(tokens, i, w), "not_confirmed", "speaker"),
    ]
    n, kind, role = max(readings, key=lambda r: r[0])  # the first of the longest
    if not n:
        return None
    if tokens[i].low in w.passive and (w.agent_optional or agent_follows(tokens, i + 1, w)):
        role = "agent"
    return Cue(i, i + n, kind, role)


def _called_false(tokens: list[Token], i: int, w: DenialWords, lang: str) -> int:
    """ "kabar itu tidak benar", "Itu hoaks", "That is untrue": a report called false."""
    if tokens[i].low in w.false_markers:
        n = phrase_at(tokens, i + 1, w.false_nouns)
        if n:
            return n + 1
    n = phrase_at(tokens, i, w.false_report)
    if not n:
        return 0
    if i + n < len(tokens) and tokens[i + n].low in w.judging_after:
        return (
            0  # "it is wrong to deny people ...": an action judged ("wrong to suggest": `wrong_to`)
        )
    if i > 0 and tokens[i - 1].low in w.claim_nouns and tokens[i].low not in w.passive_auxiliaries:
        return 0  # a report described as false ("termakan kabar tidak benar"), not "were false"
    opening = clause_start(tokens, i, lang)
    c = cues(lang)
    pointing = w.claim_nouns | w.expletives | w.self_references | c.demonstratives
    if opening == i or any(t.low in pointing for t in tokens[opening:i]):
        return n
    if _pointer_opens(tokens, opening, pointing):
        return n  # '"That is not true," said X': the pointer, read as a clause opener
    if i > 0 and tokens[i - 1].low in c.pronouns:
        return n  # "said she had no evidence": the pronoun is the clause's subject
    if i > 0 and tokens[i - 1].low in w.saying_verbs:
        return n  # "seraya menyebut tidak ada bukti": what is said is the clause
    if _report_before_commas(tokens, opening, w, lang):
        return n
    # "reports that she had likened ... were inaccurate": the clause tells a report's content;
    # 'the article was "false and misleading"': past the quotation mark opening the words
    j = opening - 1
    while j >= 0 and tokens[j].raw in _QUOTES:
        j -= 1
    return n if j > 0 and tokens[j - 1].low in w.claim_nouns else 0


def _pointer_opens(tokens: list[Token], opening: int, pointing: frozenset[str]) -> bool:
    """Whether the word before a clause is a pointer ("that", "this") opening the sentence or
    a quotation: the subject called false, not a complementiser."""
    k = opening - 1
    if k < 0 or tokens[k].low not in pointing:
        return False
    return k == 0 or tokens[k - 1].raw in _QUOTES or tokens[k - 1].raw in _STOP


_COMMA_CLAUSES = 2  # clauses between commas a report may stand back from its "is untrue"


def _report_before_commas(tokens: list[Token], opening: int, w: DenialWords, lang: str) -> bool:
    """ "klaim soal artis kami, Jungkook, yang tersebar ... adalah tidak benar": the report
    stands before an apposition or a relative clause set off by commas."""
    j = opening - 1
    for _ in range(_COMMA_CLAUSES):
        if j < 1 or tokens[j].raw != ",":
            return False
        start = clause_start(tokens, j, lang)
        if any(t.low in w.claim_nouns for t in tokens[start:j]):
            return True
        j = start - 1
    return False


def _self_denial(tokens: list[Token], i: int, w: DenialWords) -> int:
    """ "pihaknya sama sekali tidak meminta": a firm negation after a self-reference."""
    n = phrase_at(tokens, i, w.self_denial)
    if n and i + n < len(tokens) and tokens[i + n].low in w.self_denial_stop:
        return 0
    j = i - 1
    while n and j >= 0 and tokens[j].low in w.between:
        j -= 1
    return n if n and j >= 0 and tokens[j].low in w.self_references else 0


def _insisting(tokens: list[Token], i: int, w: DenialWords) -> int:
    """A verb of insisting and, a few words on, a firm negation ("insisted he had done no
    deals", "insists there is no", "mengaku tidak tahu", "menegaskan tidak pernah"); not a
    pledge ("insisted it would not", "menegaskan tidak akan")."""
    n = phrase_at(tokens, i, w.insist_verbs)
    if not n:
        return 0
    for j in range(i + n, min(len(tokens), i + n + 1 + w.insist_gap)):
        if tokens[j].raw in _STOP or tokens[j].raw in _QUOTES or tokens[j].low in w.pledges:
            return 0
        m = phrase_at(tokens, j, w.firm_negations)
        if m and tokens[j - 1].low in w.negation_preps:
            return 0  # "the price of not investing"
        if m:
            after = j + m
            if after < len(tokens) and tokens[after].low in w.pledges | w.negation_breakers:
                return 0
            return after - i
    return _insisting_far(tokens, i + n, w) - i if w.statement_negations else 0


_INSIST_CLAUSE = 10  # words a longer subject may take before its negated copula


def _insisting_far(tokens: list[Token], start: int, w: DenialWords) -> int:
    """ "insisted his attack on Labour was not a publicity stunt": past a longer subject, a
    copula and a negation right after it; the end of the negation, or 0."""
    for j in range(start, min(len(tokens) - 1, start + _INSIST_CLAUSE)):
        t = tokens[j]
        if t.raw in _STOP or t.raw in _QUOTES or t.low in w.pledges:
            return 0
        if t.low in w.copulas and tokens[j + 1].low in w.statement_negations:
            after = j + 2
            pledge = after < len(tokens) and tokens[after].low in w.pledges | w.gap_breakers
            return 0 if pledge else after
    return 0


def _disputing(tokens: list[Token], i: int, w: DenialWords) -> int:
    """A disputing verb with a report as its object ("menolak isu", "rejected the idea")."""
    n = phrase_at(tokens, i, w.dispute_verbs)
    if not n:
        return 0
    head = i  # past the auxiliaries ("has also been questioned by")
    while head > 0 and tokens[head - 1].low in w.between | w.passive_auxiliaries:
        head -= 1
    before = tokens[max(0, head - _PASSIVE_SUBJECT) : head]
    if (
        tokens[i].low in w.passive
        and agent_follows(tokens, i + n, w)
        and any(t.low in w.claim_nouns for t in before)
    ):
        return n  # "This argument was rejected by Mr Blair": the report disputed is the subject
    if i + n < len(tokens) and tokens[i + n].low in w.object_stops:
        return 0
    for j in range(i + n, min(len(tokens), i + n + _AS_REACH + 1)):
        if tokens[j].raw in _STOP:
            return 0
        nouns = w.claim_nouns
        if j <= i + n + w.object_gap and (
            tokens[j].low in nouns or _reduplicated(tokens[j].low, nouns)
        ):
            return j + 1 - i
        if tokens[j].low in w.dismissed_as and j > i + n:
            # "dismissed them as ...": called worthless, whatever it is; past a short object
            # ("dismissed Yukos' legal wrangling as meaningless") only when no role or phrase
            # follows ("dismissed its chief executive as part of a shake-up")
            near = j <= i + n + w.object_gap
            after = tokens[j + 1].low if j + 1 < len(tokens) else ""
            return j + 1 - i if near or after not in w.not_dismissal else 0
    return 0


_AS_REACH = 6  # words of an object between a disputing verb and "as" ("dismissed X as")


def _standing_by(tokens: list[Token], i: int, w: DenialWords) -> int:
    """Standing by what was said or done against a challenge ("stands by its report", "I stand
    by everything I said"): not by a person ("stood by her husband")."""
    n = phrase_at(tokens, i, w.stand_by)
    if not n:
        return 0
    for j in range(i + n, min(len(tokens), i + n + 1 + w.object_gap)):
        if tokens[j].raw in _STOP:
            return 0
        if tokens[j].low in w.stood_by or tokens[j].low in w.claim_nouns:
            return j + 1 - i
    return 0


def _defending(tokens: list[Token], i: int, w: DenialWords) -> int:
    """A speaker saying their own words were not what they are called ("said his comments were
    not racist", "his statement had not been written by ..."): the cue opens at the noun, the
    possessive before it."""
    if i == 0 or tokens[i].low not in w.own_statements or tokens[i - 1].low not in w.possessives:
        return 0
    j = i + 1
    while j < len(tokens) and tokens[j].low in w.copulas:
        j += 1
    if j >= len(tokens) or tokens[j].low not in w.statement_negations:
        return 0
    if j == i + 1 and not tokens[j].low.endswith(("n't", "n’t")):
        return 0  # a copula first ("were not"), unless contracted with it ("weren't")
    if j + 1 < len(tokens) and tokens[j + 1].low in w.gap_breakers:
        return 0  # "were not only ...": no defence
    return j + 1 - i


def _reduplicated(low: str, nouns: frozenset[str]) -> bool:
    """A plural written by doubling a word ("isu-isu", "tuduhan-tuduhan")."""
    first, dash, second = low.partition("-")
    return bool(dash) and first == second and first in nouns


def _cancelled(tokens: list[Token], cue: Cue, lang: str) -> bool:
    """An admission ("tak membantah", "did not deny", "tidak merahasiakan") or a description
    ("sesuatu yang tidak benar") rather than a denial."""
    if cue.start == 0 or cue.role == "agent" or (cue.kind != "denial" and cue.role == "speaker"):
        return False
    w = denial_words(lang)
    if tokens[cue.start].low in w.negations and cue.role != "speaker":
        return False  # the cue is itself a negation ("sama sekali tidak")
    before = tokens[cue.start - 1].low
    if before in w.cancel_gap and cue.start > 1 and cue.role != "speaker":
        before = tokens[cue.start - 2].low  # "did not even deny", "tidak lagi menampik"
    if cue.role == "speaker":
        return before in w.false_report_cancel
    return before in w.cancel or _depriving(tokens, cue, w)


def _depriving(tokens: list[Token], cue: Cue, w: DenialWords) -> bool:
    """ "denied his side a victory", "denied Luscombe the chance": keeping something from
    someone, not denying a report."""
    if cue.end - cue.start != 1 or tokens[cue.start].low not in w.deprive_verbs:
        return False
    after = [t.low for t in tokens[cue.end : cue.end + 3]]
    if len(after) < 2:
        return False
    first = tokens[cue.end]
    if after[0] in w.deprive_objects or (first.raw[:1].isupper() and after[0] not in ("i",)):
        return after[1] in w.deprive_articles
    return after[0] in w.deprive_possessives and len(after) == 3 and after[2] in w.deprive_articles


def merged(found: list[Cue]) -> list[tuple[Cue, int]]:
    """Cues of one kind a few words apart are one act ("menolak klaim ... dan menyebutnya
    berita palsu"): each first cue with the end of the last."""
    out: list[tuple[Cue, int]] = []
    for cue in found:
        if out and out[-1][0].kind == cue.kind and cue.start - out[-1][1] <= 8:
            out[-1] = (out[-1][0], cue.end)
        else:
            out.append((cue, cue.end))
    return out


def agent_follows(tokens: list[Token], i: int, w: DenialWords) -> bool:
    return i < len(tokens) and tokens[i].low in w.agent_markers


def clause_start(tokens: list[Token], start: int, lang: str) -> int:
    """The token opening the clause that holds the cue (after a comma with "dan", "bahwa"...)."""
    c = cues(lang)
    j = start - 1
    while j >= 0:
        t = tokens[j]
        if t.raw in _STOP or t.raw in _QUOTES or t.low in c.clause_openers:
            return j + 1
        if t.low in c.coordinators and j > 0 and tokens[j - 1].raw == ",":
            return j + 1
        j -= 1
    return 0
