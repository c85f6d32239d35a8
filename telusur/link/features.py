"""The compact per-article features that linking needs, computed once per article.

Everything is hashed to 32-bit tokens in text order, so the linker keeps numbers, not strings.
The real analysis (claims with their normalised kinds, quantities, canonical entity mentions) is
used when given, even when it found none; without one a language-neutral stand-in is derived
from the text (see ``telusur.link.text``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from telusur.link.fixtures import fixture_tokens
from telusur.link.minhash import MinHasher
from telusur.link.passages import Sketch, sketch
from telusur.link.text import figures, name_runs, shingles, token_hash, tokens
from telusur.records import Analysis, Article

LEDE_WORDS = 40  # title plus the opening words stand for what the article is about
MAX_TOKENS = 24  # per family: enough to compare, small enough to keep a million in memory
FACT_SEED, KIND_SEED, ENTITY_SEED, WORD_SEED = 11, 12, 13, 14
EPOCH = dt.date(1970, 1, 1)


@dataclass(slots=True)
class Features:
    """What the linker keeps of one article."""

    signature: np.ndarray  # uint32 MinHash of the cleaned text's shingles
    shingles: int  # how many distinct shingles the signature summarises
    facts: np.ndarray  # uint32 figure tokens (value alone), first appearance order
    fact_kinds: np.ndarray  # uint32 figure+counted-kind tokens, same order as they appear
    values: np.ndarray  # float64 figures behind ``facts``, for evidence
    entities: np.ndarray  # uint32 canonical entity tokens, first appearance order
    words: np.ndarray  # uint32 distinct title and lede word tokens
    passages: Sketch | None = None  # per-sentence hashes: what text the article shares
    fixtures: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint32))  # who meets whom
    day: int = -1  # days since 1970-01-01; -1 when the date is unknown
    outlet: str | None = None
    credit: str | None = None
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    text: str = ""  # the cleaned text, held only while recent, for translation checks


def value_token(value: float) -> str:
    """Figure key to four significant digits: renderings round the same figure alike."""
    return f"{abs(value):.4g}"


def kind_token(kind: str | None) -> str:
    """The counted word cut to its first five letters, so inflected forms mostly meet."""
    return (kind or "").lower()[:5]


def fact_arrays(
    facts: Iterable[tuple[float, str | None]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct figures (value tokens, with their values) and distinct figure+kind tokens."""
    seen: set[str] = set()
    vals: list[float] = []
    fact_tok: list[int] = []
    kind_tok: list[int] = []
    for value, kind in facts:
        v = value_token(value)
        key = f"{v}|{kind_token(kind)}"
        if key not in seen:
            seen.add(key)
            kind_tok.append(token_hash(key, KIND_SEED))
        if v not in seen:
            seen.add(v)
            vals.append(value)
            fact_tok.append(token_hash(v, FACT_SEED))
    return (
        np.array(fact_tok[:MAX_TOKENS], np.uint32),
        np.array(kind_tok[:MAX_TOKENS], np.uint32),
        np.array(vals[:MAX_TOKENS], np.float64),
    )


def ordered_tokens(items: Iterable[str], seed: int, limit: int = MAX_TOKENS) -> np.ndarray:
    out: list[int] = []
    seen: set[int] = set()
    for item in items:
        h = token_hash(item, seed)
        if h not in seen:
            seen.add(h)
            out.append(h)
            if len(out) == limit:
                break
    return np.array(out, np.uint32)


def day_number(iso: str | None) -> int:
    if not iso:
        return -1
    try:
        return (dt.date.fromisoformat(iso[:10]) - EPOCH).days
    except ValueError:
        return -1


def analysis_facts(analysis: Analysis) -> list[tuple[float, str | None]]:
    """(value, counted kind) from the analysis: claims' normalised kinds first, then quantities."""
    out: list[tuple[float, str | None]] = []
    for claim in analysis.claims:
        value = claim.value if claim.value is not None else claim.low
        if value is not None:
            out.append((value, claim.kind or claim.counts))
    for q in sorted(analysis.quantities, key=lambda q: q.span):
        value = q.value if q.value is not None else q.low
        if value is not None:
            out.append((value, q.counts or q.unit))
    return out


def features_from(
    article: Article,
    analysis: Analysis | None = None,
    *,
    hasher: MinHasher | None = None,
    facts: Sequence[tuple[float, str | None]] | None = None,
    entities: Sequence[str] | None = None,
) -> Features:
    """Per-article features; ``facts``/``entities`` or an ``analysis`` replace the stand-ins."""
    hasher = hasher or MinHasher()
    words = tokens(article.text)
    shingle_set = shingles(words)
    if facts is None:  # an analysis that found no figure is believed, not second-guessed
        facts = analysis_facts(analysis) if analysis else figures(article.text, article.language)
    if entities is None:
        entities = (
            [m.canonical for m in sorted(analysis.entities, key=lambda m: m.span)]
            if analysis
            else name_runs(article.text)
        )
    aliases = {m.text: m.canonical for m in analysis.entities} if analysis else None
    fact_tok, kind_tok, values = fact_arrays(facts)
    title = article.title or ""
    lede = [w for w in tokens(title) + words[:LEDE_WORDS] if not w.isdigit()]
    return Features(
        signature=hasher.signature(shingle_set),
        shingles=len(shingle_set),
        facts=fact_tok,
        fact_kinds=kind_tok,
        values=values,
        entities=ordered_tokens((e.lower() for e in entities), ENTITY_SEED),
        words=ordered_tokens(lede, WORD_SEED, 2 * MAX_TOKENS),
        passages=sketch(article.text),
        fixtures=fixture_tokens(title, article.text, entities, aliases),
        day=day_number(article.published.start),
        outlet=article.outlet,
        credit=article.credit,
        title=title,  # a story's headline is a member's real title, never the text's words
        text=article.text,
    )
