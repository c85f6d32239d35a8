"""Who a pronoun or a description stands for: "katanya", "ia", "mereka", "badan tersebut",
"pejabat Korea Selatan itu", "the agency", "he".

A description noun first looks for where the same noun introduced a name earlier ("seorang
pejabat kementerian pertahanan Korea Selatan ... kata pejabat tersebut"); otherwise a
reference takes the most recent mention of a fitting type within a few sentences.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from telusur.analyse.doc.phrases import Tokens, tokenize
from telusur.analyse.entities.lexicon import Lexicon, lexicon
from telusur.records import Mention

Span = tuple[int, int]

REACH = 1500  # characters back within which a reference finds its party
_PARTY = ("PER", "ORG", "GPE")
_NOUN_GAP = 4  # words allowed between a noun and its demonstrative ("pejabat Korea Selatan itu")


def resolve_reference(
    mentions: Sequence[Mention], position: int, kind: str | Sequence[str] = "party"
) -> Mention | None:
    """The most recent mention ending before ``position`` whose type fits ``kind``: a type
    (PER, ORG, GPE, LOC), "party" (any of PER, ORG, GPE), or several types in order of
    preference. ``mentions`` must be in text order (as ``find_mentions`` returns them)."""
    return _resolve(mentions, [m.span[1] for m in mentions], position, kind)


def _resolve(
    mentions: Sequence[Mention], ends: list[int], position: int, kind: str | Sequence[str]
) -> Mention | None:
    kinds = (kind,) if isinstance(kind, str) else tuple(kind)
    last = bisect_right(ends, position)
    for wanted in kinds:
        for i in range(last - 1, -1, -1):
            m = mentions[i]
            if m.span[1] < position - REACH:
                break
            if m.type == wanted or (wanted == "party" and m.type in _PARTY):
                return m
    return None


def find_references(
    text: str,
    lang: str,
    mentions: Sequence[Mention],
    sentences: list[Span] | None = None,
    words: Tokens | None = None,
) -> list[Mention]:
    """Pronouns and descriptions in ``text`` as mentions of the entity they stand for (their
    span and surface are the reference's own). Unresolved references are left out.
    ``words``: ``phrases.tokenize_plain(text)`` when already made."""
    lex = lexicon(lang)
    toks = tokenize(text) if words is None else words
    starts = [m.span[0] for m in mentions]
    ends = [m.span[1] for m in mentions]
    out: list[Mention] = []
    after = 0  # the first token past the last reference read
    cues = lex.reference_cues
    for k in [j for j, word in enumerate(toks.norms) if word in cues]:  # most words are none
        found = None if k < after else _reference(toks, k, lex, mentions, starts, ends)
        if found is None:
            continue
        first, end, target = found
        if sentences and toks.norms[k] in lex.subject_references and target is not None:
            target = _subject(mentions, starts, sentences, toks.starts[k], target)
        if sentences and target is not None and target.type == "ORG":
            target = _topic(mentions, starts, sentences, toks.starts[k], target)
        if target is not None:
            span = (toks.starts[first], toks.ends[end - 1])
            out.append(Mention(span, text[span[0] : span[1]], target.type, target.canonical))
        after = end
    return out


def _reference(
    toks: Tokens,
    k: int,
    lex: Lexicon,
    mentions: Sequence[Mention],
    starts: list[int],
    ends: list[int],
) -> tuple[int, int, Mention | None] | None:
    """(first token, end token, party) when a reference starts at token ``k``."""
    if _inside(mentions, starts, toks.starts[k]):
        return None
    pronoun = lex.references.match(toks.norms, k)
    if pronoun:
        return k, pronoun[0], _resolve(mentions, ends, toks.starts[k], pronoun[1])
    noun = lex.reference_nouns.match(toks.norms, k)
    if not noun:
        return None
    end = _demonstrative_end(toks, noun[0], lex, mentions, starts)
    determined = k > 0 and toks.norms[k - 1] in lex.determiners
    if end is None and not determined:
        return None
    first = k - 1 if end is None else k
    end = noun[0] if end is None else end
    target = _introduced(toks, k, noun[0], lex, mentions, starts) or _resolve(
        mentions, ends, toks.starts[k], noun[1]
    )
    return first, end, target


def _subject(
    mentions: Sequence[Mention], starts: list[int], sentences: list[Span], pos: int, near: Mention
) -> Mention:
    """ "Shares in Phytopharm fell ... after it said": the pronoun stands for the first party of
    its kind in its own sentence (the subject) rather than the nearest one before it."""
    k = bisect_right(sentences, pos, key=lambda s: s[0]) - 1
    if k < 0:
        return near
    i = bisect_left(starts, sentences[k][0])
    while i < len(mentions) and mentions[i].span[1] <= pos:
        if mentions[i].type == near.type:
            return mentions[i]
        i += 1
    return near


def _topic(
    mentions: Sequence[Mention], starts: list[int], sentences: list[Span], pos: int, near: Mention
) -> Mention:
    """ "Shares in Acme rose on the London Stock Exchange. The company said ...": a body
    referred to from a later sentence is the first body of the sentence it was last named in
    (its subject or topic), not a body named later in that sentence's adjuncts."""
    at = bisect_right(sentences, near.span[0], key=lambda s: s[0]) - 1
    if at < 0 or sentences[at][0] <= pos < sentences[at][1]:
        return near
    i = bisect_left(starts, sentences[at][0])
    while i < len(mentions) and mentions[i].span[0] < near.span[0]:
        if mentions[i].type == near.type:
            return mentions[i]
        i += 1
    return near


def _demonstrative_end(
    toks: Tokens, j: int, lex: Lexicon, mentions: Sequence[Mention], starts: list[int]
) -> int | None:
    """Token after "tersebut"/"itu" closing a description, with only names in between."""
    for m in range(j, min(len(toks), j + _NOUN_GAP + 1)):
        if toks.norms[m] in lex.demonstratives:
            return m + 1
        if not _inside(mentions, starts, toks.starts[m]):
            return None
    return None


def _introduced(
    toks: Tokens, k: int, j: int, lex: Lexicon, mentions: Sequence[Mention], starts: list[int]
) -> Mention | None:
    """The name an earlier use of the same noun introduced ("seorang pejabat <ORG>")."""
    noun = " ".join(toks.norms[k:j])
    width = j - k
    for m in range(k - 1, -1, -1):
        if toks.starts[k] - toks.starts[m] > REACH:
            return None
        if " ".join(toks.norms[m : m + width]) != noun:
            continue
        if _demonstrative_end(toks, m + width, lex, mentions, starts) is not None:
            continue  # an earlier reference, not where the name was introduced
        after = toks.ends[m + width - 1]
        i = bisect_left(starts, after)
        if i < len(mentions) and mentions[i].span[0] - after <= 2:
            return mentions[i]
    return None


def _inside(mentions: Sequence[Mention], starts: list[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and mentions[i].span[0] <= pos < mentions[i].span[1]
