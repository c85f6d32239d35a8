"""Denials: who denies a report or declines to confirm it, and which claims that touches.

Two kinds: "denial" ("membantah", "menepis", "berita palsu", "denied") and "not_confirmed" (a
negation shortly before a confirming verb: "belum dapat mengonfirmasi", "could not confirm").
Who denies is the subject of the cue, read like a source ("Baik Moskow maupun Pyongyang" is two
parties). A denial is linked to claims only when it clearly disputes that very figure: it
points back at a report or figure ("laporan tersebut") right after the claim's sentence, or it
repeats the figure's value. Linking is deliberately conservative.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from telusur.analyse.claims.attribution import (
    MentionIndex,
    SentenceTokens,
    Token,
    cues,
    phrase_at,
    source_from,
    tokenize,
)
from telusur.lang import load
from telusur.records import Claim, Denial, Mention

Span = tuple[int, int]
_STOP = frozenset(".;:!?,")


@dataclass(frozen=True, slots=True)
class DenialWords:
    denial: frozenset[tuple[str, ...]]
    denial_starts: frozenset[str]
    negations: frozenset[str]
    confirm_verbs: frozenset[str]
    gap: int
    figure_targets: frozenset[str]


@cache
def denial_words(lang: str) -> DenialWords:
    table = load(lang, "claims").get("denials", {})
    denial = frozenset(tuple(p.lower().split()) for p in table.get("denial", []))
    return DenialWords(
        denial=denial,
        denial_starts=frozenset(p[0] for p in denial if p),
        negations=frozenset(table.get("negations", [])),
        confirm_verbs=frozenset(table.get("confirm_verbs", [])),
        gap=int(table.get("gap", 3)),
        figure_targets=frozenset(table.get("figure_targets", [])),
    )


def find_denials(
    text: str,
    lang: str,
    sentences: list[Span],
    mentions: list[Mention],
    claims: list[Claim],
    *,
    tokens_of: SentenceTokens | None = None,
) -> list[Denial]:
    """Every denial or refusal to confirm, with who makes it and what it disputes."""
    index = MentionIndex(mentions)
    tokens_of = tokens_of or SentenceTokens(text)
    out: list[Denial] = []
    for k, sentence in enumerate(sentences):
        tokens = tokens_of(sentence)
        for start, first_end, end, kind in _merged(_cues(tokens, lang)):
            by = _by(tokens, start, lang, index)
            target_end = _target_end(tokens, end)
            target_stop = _target_end(tokens, first_end, stop_at_cue=True)
            multi = kind == "denial" and first_end - start > 1
            opening = tokens[first_end - 1].start if multi else tokens[first_end - 1].end
            target = text[opening:target_stop].strip(' ,“”"') or None
            span = (tokens[_clause_start(tokens, start, lang)].start, target_end)
            linked = _linked(text, lang, k, sentences, tokens, first_end, claims)
            if linked and target is None:
                target = linked
            out.append(
                Denial(span=span, by=by, kind=kind, target=target, text=text[span[0] : span[1]])
            )
    return out


def apply_denials(
    text: str, lang: str, sentences: list[Span], claims: list[Claim], denials: list[Denial]
) -> list[Claim]:
    """Claims with their status updated by the denials that clearly dispute them.

    A denial marks "denied", a refusal to confirm "unconfirmed"; other claims are unchanged.
    """
    out: list[Claim] = []
    for claim in claims:
        status = claim.status
        for d in denials:
            if _disputes(text, lang, sentences, d, claim):
                status = "denied" if d.kind == "denial" else _weaker(status, "unconfirmed")
        out.append(replace(claim, status=status) if status != claim.status else claim)
    return out


def _weaker(current: str, new: str) -> str:
    return current if current == "denied" else new


# --- cues -------------------------------------------------------------------------------


def _cues(tokens: list[Token], lang: str) -> list[tuple[int, int, str]]:
    """(first token, end token, kind) of each cue in a sentence."""
    words = denial_words(lang)
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        n = phrase_at(tokens, i, words.denial) if tokens[i].low in words.denial_starts else 0
        if n:
            found.append((i, i + n, "denial"))
            i += n
            continue
        if tokens[i].low in words.negations:
            for j in range(i + 1, min(len(tokens), i + 2 + words.gap)):
                if tokens[j].raw in _STOP:
                    break
                if tokens[j].low in words.confirm_verbs:
                    found.append((i, j + 1, "not_confirmed"))
                    i = j
                    break
        i += 1
    return found


def _merged(found: list[tuple[int, int, str]]) -> list[tuple[int, int, int, str]]:
    """Cues of one kind a few words apart are one act ("menolak klaim ... dan menyebutnya
    berita palsu"): (start, end of the first cue, end of the last, kind)."""
    out: list[tuple[int, int, int, str]] = []
    for start, end, kind in found:
        if out and out[-1][3] == kind and start - out[-1][2] <= 8:
            out[-1] = (out[-1][0], out[-1][1], end, kind)
        else:
            out.append((start, end, end, kind))
    return out


def _by(tokens: list[Token], start: int, lang: str, index: MentionIndex) -> list[str]:
    """Who denies: the subject before the cue, read like a source."""
    c = cues(lang)
    first = _clause_start(tokens, start, lang)
    phrase = list(tokens[first:start])
    while (
        phrase
        and phrase[-1].low not in c.demonstratives
        and (phrase[-1].low in c.fillers or phrase[-1].raw == ",")
    ):
        phrase.pop()
    found = source_from(phrase, lang, index, []) if phrase else None
    if found is not None:
        return list(found.names)
    people = [m for m in index.within(tokens[first].start, tokens[start].start) if m.type != "LOC"]
    return [people[-1].canonical] if people else []


def _clause_start(tokens: list[Token], start: int, lang: str) -> int:
    """The token opening the clause that holds the cue (after a comma with "dan", "bahwa"...)."""
    c = cues(lang)
    j = start - 1
    while j >= 0:
        t = tokens[j]
        if t.raw in _STOP or t.raw in '"“”' or t.low in c.clause_openers:
            return j + 1
        if t.low in c.coordinators and j > 0 and tokens[j - 1].raw == ",":
            return j + 1
        j -= 1
    return 0


def _target_end(tokens: list[Token], end: int, stop_at_cue: bool = False) -> int:
    """End of the disputed thing: the words after the cue up to the clause's end (or, with
    ``stop_at_cue``, up to a coordinator that starts the next act)."""
    last = tokens[end - 1].end
    for t in tokens[end : end + 12]:
        if t.raw in _STOP or (stop_at_cue and t.low in ("dan", "and")):
            break
        last = t.end
    return last


# --- linking ----------------------------------------------------------------------------


def _linked(
    text: str,
    lang: str,
    k: int,
    sentences: list[Span],
    tokens: list[Token],
    end: int,
    claims: list[Claim],
) -> str | None:
    """A short description of the disputed claims (their counted kind), when clearly linked."""
    words = denial_words(lang)
    after = [t.low for t in tokens[end : end + 3]]
    pointing = any(w in words.figure_targets for w in after) and any(
        w in cues(lang).demonstratives for w in after
    )
    if not pointing or k == 0:
        return None
    a, b = sentences[k - 1][0], sentences[k][1]
    kinds = [c.kind or c.counts for c in claims if a <= c.span[0] < b]
    named = [x for x in kinds if x]
    return named[0] if named else None


def _disputes(text: str, lang: str, sentences: list[Span], d: Denial, claim: Claim) -> bool:
    """A denial disputes a claim when it points at a report in the same or the next sentence,
    or when it repeats the claim's figure."""
    words = denial_words(lang)
    figure = text[claim.span[0] : claim.span[1]]
    if figure and figure in d.text and claim.sentence[0] <= d.span[0] <= claim.sentence[1] + 400:
        return True
    target = [t.low for t in tokenize(d.target or "", 0, len(d.target or ""))][:3]
    pointing = any(w in words.figure_targets for w in target) and any(
        w in cues(lang).demonstratives for w in target
    )
    if not pointing:
        return False
    k = next((i for i, s in enumerate(sentences) if s[0] <= d.span[0] < s[1]), None)
    if k is None:
        return False
    same = sentences[k]
    previous = sentences[k - 1] if k > 0 else same
    in_reach = same[0] <= claim.span[0] < same[1] or previous[0] <= claim.span[0] < previous[1]
    return in_reach and claim.sentence[0] <= d.span[0]
