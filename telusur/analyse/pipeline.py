"""The per-article analysis: a pure function from Article to Analysis.

It does no I/O and keeps no state between calls, so it runs the same in-process, in a process
pool or inside a distributed map. Each step states what it needs and adds one kind of finding:

    sentences → mentions (+ references) → publication date → times → quantities
              → claims → denials → claim status
"""

from __future__ import annotations

from dataclasses import replace

from telusur.analyse.claims.denials import apply_denials, find_denials
from telusur.analyse.claims.discourse import attribute
from telusur.analyse.claims.find import find_claims
from telusur.analyse.doc.document import read_document
from telusur.analyse.entities.find import find_mentions, find_references
from telusur.analyse.numbers.quantities import find_quantities
from telusur.analyse.times.find import times_and_published
from telusur.records import Analysis, Article

Window = tuple[str, str] | None


def analyse(article: Article, *, window: Window = None) -> Analysis:
    """``window`` is the span the collection is known to cover (ISO dates); it only settles the
    year of a publication date that the text leaves open."""
    text, lang = article.text, article.language or "id"
    doc = read_document(text, lang, outlet=article.outlet)
    sentences = doc.sentences
    found = find_mentions(text, lang, sentences, doc.words)
    references = find_references(text, lang, found, sentences, doc.words)
    doc.mentions = sorted([*found, *references], key=lambda m: m.span)
    published, times = times_and_published(text, lang, article.published, window=window)
    quantities = find_quantities(text, lang, exclude=[t.span for t in times])
    attributions = attribute(doc)  # whom each sentence credits: read by claims and denials
    claims = find_claims(doc, quantities, times, published, attributions)
    denials = find_denials(
        text,
        lang,
        sentences,
        doc.mentions,
        claims,
        tokens_of=doc.tokens_of,
        attributions=attributions,
    )
    claims = apply_denials(text, lang, sentences, claims, denials)
    return Analysis(
        article=replace(article, published=published),
        quantities=quantities,
        times=times,
        entities=found,
        claims=claims,
        denials=denials,
    )
