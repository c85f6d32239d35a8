"""Fact fingerprints: do two articles state the same figures and names in a similar order?

This finds renderings of one report that share few words (independent translations, rewrites,
a longer article built around another): the figures and the names survive rewording.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

Weights = Callable[[np.ndarray], np.ndarray]

MIN_SHARED_FACTS = 3
FACT_OVERLAP = 0.75
MANY_FACTS = 8  # this many shared figures in order are one report whatever the names
MIN_SHARED_NAMES = 5  # with fewer figures, a rendering also repeats this many names
NAME_OVERLAP = 0.5  # ... and most of the lighter side's names
ORDER_AGREEMENT = 0.6
MIN_SHARED_WEIGHT = 7.5  # about three figures each found in under a tenth of the articles
FIGURES_AGREE = 0.75  # a text match must not change the figures (templates reused day by day)


class Fingerprint(NamedTuple):
    facts: np.ndarray  # figure tokens in order
    kinds: np.ndarray  # figure+counted-kind tokens in order
    entities: np.ndarray  # entity tokens in order


@dataclass(slots=True)
class FactMatch:
    shared_facts: int
    shared_weight: float
    fact_overlap: float  # weighted share of the smaller article's figures found in the other
    entity_overlap: float
    order: float  # share of the shared figures and names that appear in the same order
    shared_names: int = 0

    @property
    def same_report(self) -> bool:
        """The same figures in the same order, and either many of them or many names too: a few
        shared figures alone are one event covered twice (a press release, an official
        statistic), not one report."""
        figures = (
            self.shared_facts >= MIN_SHARED_FACTS
            and self.shared_weight >= MIN_SHARED_WEIGHT
            and self.fact_overlap >= FACT_OVERLAP
            and self.order >= ORDER_AGREEMENT
        )
        named = self.shared_names >= MIN_SHARED_NAMES and self.entity_overlap >= NAME_OVERLAP
        return figures and (self.shared_facts >= MANY_FACTS or named)

    @property
    def figures_agree(self) -> bool:
        return figures_agree(self.shared_facts, self.fact_overlap)

    @property
    def score(self) -> float:
        return (self.fact_overlap + self.entity_overlap + self.order) / 3.0


def figures_agree(shared_facts: int, fact_overlap: float) -> bool:
    """No figure evidence against a text match (too few figures to judge counts as agreeing)."""
    return (shared_facts < MIN_SHARED_FACTS and fact_overlap == 0) or fact_overlap >= FIGURES_AGREE


def may_match(shared_facts: int, shared_weight: float, fact_overlap: float) -> bool:
    """The figure tests of ``same_report``, from batch overlaps: only these pairs are compared."""
    return (
        shared_facts >= MIN_SHARED_FACTS
        and shared_weight >= MIN_SHARED_WEIGHT
        and fact_overlap >= FACT_OVERLAP
    )


def weighted_overlap(a: np.ndarray, b: np.ndarray, weights: Weights) -> tuple[float, np.ndarray]:
    """Weight of the shared tokens over the lighter side's total (overlap coefficient)."""
    if not len(a) or not len(b):
        return 0.0, np.zeros(0, np.uint32)
    shared = np.intersect1d(a, b)
    wa, wb = weights(a).sum(), weights(b).sum()
    denom = min(wa, wb)
    if denom <= 0:
        return 0.0, shared
    return float(weights(shared).sum() / denom), shared


def order_agreement(a: np.ndarray, b: np.ndarray, shared: np.ndarray) -> float:
    """Longest common ordering of the shared tokens, as a share of them (1.0: same order)."""
    if len(shared) < 2:
        return 1.0 if len(shared) else 0.0
    pos_b = {int(t): i for i, t in enumerate(b.tolist())}
    keep = set(shared.tolist())
    seq = [pos_b[t] for t in a.tolist() if t in keep]
    tails: list[int] = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails) / len(seq)


def compare(
    a: Fingerprint, b: Fingerprint, fact_weights: Weights, entity_weights: Weights
) -> FactMatch:
    """Figures count twice: by value alone, and by value with the counted word."""
    facts_a, ents_a, facts_b, ents_b = a.facts, a.entities, b.facts, b.entities
    value_ov, shared_f = weighted_overlap(facts_a, facts_b, fact_weights)
    kind_ov, _ = weighted_overlap(a.kinds, b.kinds, fact_weights)
    fact_ov = (value_ov + kind_ov) / 2.0
    ent_ov, shared_e = weighted_overlap(ents_a, ents_b, entity_weights)
    n_f, n_e = len(shared_f), len(shared_e)
    order = 0.0
    if n_f + n_e:
        order_f = order_agreement(facts_a, facts_b, shared_f)
        order_e = order_agreement(ents_a, ents_b, shared_e)
        order = (n_f * order_f + n_e * order_e) / (n_f + n_e)
    return FactMatch(
        len(shared_f), float(fact_weights(shared_f).sum()), fact_ov, ent_ov, order, n_e
    )
