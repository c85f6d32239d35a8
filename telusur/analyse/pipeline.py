"""The per-article analysis: a pure function from Article to Analysis.

It does no I/O and keeps no state between calls, so it runs the same in-process, in a process
pool or inside a distributed map. The article is read into one document (``doc``) that every
step reads and adds to; each step states what it needs and adds one kind of finding:

    document (paragraphs, sentences, tokens, quotations) → mentions (+ references)
              → publication date → times → quantities → attributions → claims → denials
              → claim status

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
    dense_note,
    figure_reach,
    shift,
)
from telusur.analyse.claims.denials import apply_denials, find_denials
from telusur.analyse.claims.discourse import attribute
from telusur.analyse.claims.find import find_claims
from telusur.analyse.doc.document import read_document
from telusur.analyse.entities.find import find_mentions, find_references
from telusur.analyse.numbers.quantities import find_quantities
from telusur.analyse.times.find import dating, times_and_published
from telusur.clean.boilerplate import captions
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
    notes: list[str] = field(default_factory=list)

    def extend(self, other: _Found, offset: int) -> None:
        for name in ("quantities", "times", "entities", "claims", "denials"):
            shift(getattr(other, name), offset)
            getattr(self, name).extend(getattr(other, name))
        self.notes.extend(other.notes)


def analyse(
    article: Article, *, window: Window = None, budget: float | None = BUDGET_SECONDS
) -> Analysis:
    """``window`` is the span the collection is known to cover (ISO dates); it only settles the
    year of a publication date that the text leaves open. ``budget`` is in seconds."""
    text, lang = article.text, article.language or "id"
    deadline = Deadline(budget)
    parts = chunks(text)
    a, b = parts[0]
    found = _findings(text[a:b], lang, article, article.published, window, deadline, a)
    for a, b in parts[1:]:
        deadline.check("a later part of the text")
        later = _findings(text[a:b], lang, article, found.published, window, deadline, a, True)
        found.extend(later, a)
    return Analysis(
        article=replace(article, published=found.published),
        quantities=found.quantities,
        times=found.times,
        entities=found.entities,
        claims=found.claims,
        denials=found.denials,
        notes=found.notes,
    )


def published_of(article: Article, *, window: Window = None) -> Published:
    """The publication date ``analyse`` would settle, read without the rest of the analysis:
    deciding whether a new reading can date an article costs its times, not its claims."""
    a, b = chunks(article.text)[0]
    text, lang = article.text[a:b], article.language or "id"
    return _dated(text, lang, article, article.published, window)[0]


def _dated(
    text: str, lang: str, article: Article, known: Published, window: Window, settled: bool = False
) -> tuple[Published, list[TimeRef]]:
    """Publication and times of one chunk; the first also reads the removed captions' dates."""
    pics = () if settled else captions(article.boilerplate)
    return times_and_published(text, lang, known, window=window, settled=settled, captions=pics)


def _findings(
    text: str,
    lang: str,
    article: Article,
    known: Published,
    window: Window,
    deadline: Deadline,
    offset: int,
    settled: bool = False,
) -> _Found:
    """One chunk's findings; ``offset`` is where the chunk starts in the article."""
    doc = read_document(text, lang, outlet=article.outlet)
    found = find_mentions(text, lang, doc.sentences, doc.words)
    references = find_references(text, lang, found, doc.sentences, doc.words)
    doc.mentions = sorted([*found, *references], key=lambda m: m.span)
    deadline.check("times")
    published, times = _dated(text, lang, article, known, window, settled)
    dated = dating(times)  # a duration's count is a figure; a clock time repeats its day
    reach = figure_reach(text, dated)
    quantities = find_quantities(text[:reach], lang, exclude=[t.span for t in dated])
    deadline.check("claims")
    sentences = [s for s in doc.sentences if s[0] < reach]
    doc = doc.with_sentences(claim_sentences(text, sentences, quantities))
    attributions = attribute(doc)  # whom each sentence credits: read by claims and denials
    claims = find_claims(doc, quantities, dated, published, attributions)
    deadline.check("denials")
    denials = find_denials(
        text,
        lang,
        doc.sentences,
        doc.mentions,
        claims,
        tokens_of=doc.tokens_of,
        attributions=attributions,
    )
    claims = apply_denials(text, lang, doc.sentences, claims, denials)
    notes = [dense_note(reach, offset)] if reach < len(text) else []
    return _Found(published, quantities, times, found, claims, denials, notes)
