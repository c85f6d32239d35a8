"""The per-article analysis: a pure function from Article to Analysis.

It does no I/O and keeps no state between calls, so it runs the same in-process, in a process
pool or inside a distributed map. Each step states what it needs and adds one kind of finding:

    sentences → mentions (+ references) → publication date → times → quantities
              → claims → denials → claim status

The work is bounded (``telusur.analyse.bounds``): a long article is analysed in chunks, the claim
stages see bounded sentences, and a deadline ends a runaway analysis with a coded error.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from telusur.analyse.bounds import (
    BUDGET_SECONDS,
    Deadline,
    chunks,
    claim_sentences,
    shift,
)
from telusur.analyse.claims.attribution import SentenceTokens
from telusur.analyse.claims.denials import apply_denials, find_denials
from telusur.analyse.claims.find import find_claims
from telusur.analyse.doc.phrases import tokenize_plain
from telusur.analyse.doc.sentences import split_sentences
from telusur.analyse.entities.find import find_mentions, find_references
from telusur.analyse.numbers.quantities import find_quantities
from telusur.analyse.times.find import times_and_published
from telusur.records import Analysis, Article, Claim, Denial, Mention, Published, Quantity, TimeRef

Window = tuple[str, str] | None


@dataclass(slots=True)
class _Found:
    published: Published
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    denials: list[Denial] = field(default_factory=list)

    def extend(self, other: _Found, offset: int) -> None:
        for name in ("quantities", "times", "entities", "claims", "denials"):
            shift(getattr(other, name), offset)
            getattr(self, name).extend(getattr(other, name))


def analyse(
    article: Article, *, window: Window = None, budget: float | None = BUDGET_SECONDS
) -> Analysis:
    """``window`` is the span the collection is known to cover (ISO dates); it only settles the
    year of a publication date that the text leaves open. ``budget`` is in seconds."""
    text, lang = article.text, article.language or "id"
    deadline = Deadline(budget)
    parts = chunks(text)
    a, b = parts[0]
    found = _findings(text[a:b], lang, article.published, window, deadline)
    for a, b in parts[1:]:
        deadline.check("a later part of the text")
        found.extend(_findings(text[a:b], lang, found.published, window, deadline, True), a)
    return Analysis(
        article=replace(article, published=found.published),
        quantities=found.quantities,
        times=found.times,
        entities=found.entities,
        claims=found.claims,
        denials=found.denials,
    )


def _findings(
    text: str,
    lang: str,
    known: Published,
    window: Window,
    deadline: Deadline,
    settled: bool = False,
) -> _Found:
    sentences = split_sentences(text, lang)
    words = tokenize_plain(text)  # one word tokenisation for names and references
    found = find_mentions(text, lang, sentences, words)
    references = find_references(text, lang, found, sentences, words)
    mentions = sorted([*found, *references], key=lambda m: m.span)
    deadline.check("times")
    published, times = times_and_published(text, lang, known, window=window, settled=settled)
    quantities = find_quantities(text, lang, exclude=[t.span for t in times])
    deadline.check("claims")
    bounded = claim_sentences(text, sentences, quantities)
    tokens_of = SentenceTokens(text)  # one tokenisation per sentence for the claim stages
    claims = find_claims(
        text, lang, bounded, quantities, times, mentions, published, tokens_of=tokens_of
    )
    deadline.check("denials")
    denials = find_denials(text, lang, bounded, mentions, claims, tokens_of=tokens_of)
    claims = apply_denials(text, lang, bounded, claims, denials)
    return _Found(published, quantities, times, found, claims, denials)
