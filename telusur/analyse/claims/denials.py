"""Denials: who denies a report or declines to confirm it, and which claims that touches.

Two kinds: "denial" (a party rejects a report: "membantah", "menolak tuduhan", "itu tidak benar",
"denied", "dismissed the claims") and "not_confirmed" (a party cannot or will not confirm it:
"belum dapat memastikan", "enggan berkomentar", "could not independently verify", "declined to
comment"). The vocabulary is ``lang/*/denials.toml``; a negation right before a denying word
makes it an admission ("tak membantah", "did not deny") and no cue. Most cues are read by rule
rather than listed: a negation before a confirming verb ("belum dapat memastikan"), or before it
in the passive (the speaker's "could not be verified"); a refusal before a verb of telling
("enggan merinci", "declined to say"); a verb of insisting before a firm negation ("insisted
there was no", "menegaskan tidak ada").

Who denies depends on the cue (``deniers``). A cue no named party stands behind is not
reported.

A denial is linked to claims only when it clearly disputes that very figure: it points back at
a report or figure ("laporan tersebut") right after the claim's sentence, or it repeats the
figure's value. Linking is deliberately conservative.
"""

from __future__ import annotations

from dataclasses import replace

from telusur.analyse.claims.attribution import (
    MentionIndex,
    SentenceTokens,
    Token,
    tokenize,
)
from telusur.analyse.claims.cues import cues
from telusur.analyse.claims.denial_cues import Cue, clause_start, find_cues, merged
from telusur.analyse.claims.denial_words import denial_words
from telusur.analyse.claims.deniers import Speakers, _by, _subject
from telusur.analyse.claims.discourse import attribute
from telusur.analyse.claims.records import Attribution
from telusur.analyse.doc.document import read_document
from telusur.records import Claim, Denial, Mention

Span = tuple[int, int]
_STOP = frozenset(".;:!?,")
_LEAD = 1  # the sentence index a lead may have (the headline may be the first sentence)
_APOSTROPHES = frozenset("'’")


def find_denials(
    text: str,
    lang: str,
    sentences: list[Span],
    mentions: list[Mention],
    claims: list[Claim],
    *,
    tokens_of: SentenceTokens | None = None,
    attributions: list[list[Attribution]] | None = None,
) -> list[Denial]:
    """Every denial or refusal to confirm that a named party stands behind, with what it
    disputes. ``attributions``: whom each sentence credits, when the claim stage has worked
    it out already (else it is worked out here, and only for an article holding a cue)."""
    index = MentionIndex(mentions)
    tokens_of = tokens_of or SentenceTokens(text)
    speakers = Speakers(
        (lambda: attributions)
        if attributions is not None
        else lambda: attribute(read_document(text, lang, sentences=sentences, mentions=mentions))
    )
    out: list[Denial] = []
    for k, sentence in enumerate(sentences):
        tokens = tokens_of(sentence)
        for cue, last in merged(find_cues(tokens, lang)):
            if _in_name(tokens[cue.start], index):
                continue  # "Pemprov DKI Bantah Potong Kabel ...": a headline read as one name
            by = _by(tokens, cue, lang, index, speakers, k)
            if not by and cue.role == "subject" and k + 1 < len(sentences) and k <= _LEAD:
                by = _named_next(tokens, cue, tokens_of(sentences[k + 1]), index)
            if not by:
                continue
            out.append(_denial(text, lang, k, sentences, tokens, cue, last, by, claims))
    return out


def _named_next(
    tokens: list[Token], cue: Cue, following: list[Token], index: MentionIndex
) -> list[str]:
    """ "Chancellor Gordon Brown's closest ally has denied ..." then "Ed Balls, ..., said": a
    lead describing the person who denies, named as the subject of the next sentence."""
    for m in index.within(tokens[0].start, tokens[cue.start].start):
        if m.type == "PER" and not _possessor(tokens, m.span[1]):
            return []  # a person named in the lead itself, whom the rule for subjects missed
    if not following:
        return []
    first = index.covering(following[0].start, following[0].end)
    if first is None or first.type != "PER" or first.span[0] != following[0].start:
        return []
    return [first.canonical]


def _possessor(tokens: list[Token], end: int) -> bool:
    """Whether a possessive mark follows a name ending at ``end`` ("Brown's")."""
    t = next((t for t in tokens if t.end > end), None)
    return t is not None and t.raw[max(0, end - t.start) :][:1] in _APOSTROPHES


def _in_name(t: Token, index: MentionIndex) -> bool:
    m = index.covering(t.start, t.end)
    return m is not None and m.span[0] < t.start


def _denial(
    text: str,
    lang: str,
    k: int,
    sentences: list[Span],
    tokens: list[Token],
    cue: Cue,
    last: int,
    by: list[str],
    claims: list[Claim],
) -> Denial:
    target_end = _target_end(tokens, last)
    target_stop = _target_end(tokens, cue.end, stop_at_cue=True)
    opening = tokens[cue.end - 1].end
    target = text[opening:target_stop].strip(' ,“”"') or None
    subject = _subject(tokens, cue.start, lang) if cue.role == "subject" else None
    start = tokens.index(subject[0]) if subject else clause_start(tokens, cue.start, lang)
    span = (tokens[min(start, cue.start)].start, max(target_end, tokens[cue.end - 1].end))
    linked = _linked(lang, k, sentences, tokens, cue.end, claims)
    if linked and target is None:
        target = linked
    return Denial(span=span, by=by, kind=cue.kind, target=target, text=text[span[0] : span[1]])


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


def _points_at_figure(lang: str, words: list[str]) -> bool:
    """ "laporan tersebut", "the figures": the words after a cue name a report or figure."""
    return any(x in denial_words(lang).figure_targets for x in words) and any(
        x in cues(lang).demonstratives for x in words
    )


def _linked(
    lang: str, k: int, sentences: list[Span], tokens: list[Token], end: int, claims: list[Claim]
) -> str | None:
    """A short description of the disputed claims (their counted kind), when clearly linked."""
    if k == 0 or not _points_at_figure(lang, [t.low for t in tokens[end : end + 3]]):
        return None
    a, b = sentences[k - 1][0], sentences[k][1]
    kinds = [c.kind or c.counts for c in claims if a <= c.span[0] < b]
    named = [x for x in kinds if x]
    return named[0] if named else None


def _disputes(text: str, lang: str, sentences: list[Span], d: Denial, claim: Claim) -> bool:
    """A denial disputes a claim when it points at a report in the same or the next sentence,
    or when it repeats the claim's figure."""
    figure = text[claim.span[0] : claim.span[1]]
    inside = d.span[0] <= claim.span[0] < d.span[1]
    said = (d.target or "") if inside else d.text  # "Mr Ebbers, 63, insisted ...": not the age
    if figure and figure in said and claim.sentence[0] <= d.span[0] <= claim.sentence[1] + 400:
        return True
    target = [t.low for t in tokenize(d.target or "", 0, len(d.target or ""))][:3]
    if not _points_at_figure(lang, target):
        return False
    k = next((i for i, s in enumerate(sentences) if s[0] <= d.span[0] < s[1]), None)
    if k is None:
        return False
    same = sentences[k]
    previous = sentences[k - 1] if k > 0 else same
    in_reach = same[0] <= claim.span[0] < same[1] or previous[0] <= claim.span[0] < previous[1]
    return in_reach and claim.sentence[0] <= d.span[0]
