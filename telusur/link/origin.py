"""Same-origin groups: articles carrying one report, joined by union-find with their evidence.

Text copies are confirmed from MinHash estimates (Jaccard for copies and versions, containment for
a longer article holding a shorter one); renderings that share few words by their fact
fingerprint. A group's id is its earliest article, so ids stay stable as groups grow.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from telusur.link.ragged import grown

COPY = 0.9  # estimated Jaccard of exact copies (boilerplate and edits aside)
NEAR_COPY = 0.5
CONTAINED = 0.8  # share of the shorter article's shingles found in the longer one
MIN_SHINGLES = 25  # shorter than this, a text match says little


@dataclass(slots=True)
class OriginLink:
    """Why two articles are taken as one report."""

    other: str
    why: str  # copy | near_copy | contained | same_facts
    jaccard: float
    containment: float
    shared_figures: list[float]

    def as_dict(self) -> dict[str, object]:
        return {
            "other": self.other,
            "why": self.why,
            "jaccard": round(self.jaccard, 3),
            "containment": round(self.containment, 3),
            "shared_figures": self.shared_figures,
        }


def text_verdict(j: float, contained: float, smaller: int) -> str | None:
    """Copy class from MinHash estimates, or None when the texts are not copies."""
    if smaller < MIN_SHINGLES:
        return "copy" if j >= COPY and smaller > 0 else None
    if j >= COPY:
        return "copy"
    if j >= NEAR_COPY:
        return "near_copy"
    if contained >= CONTAINED:
        return "contained"
    return None


class OriginGroups:
    """Union-find over document numbers; the root is always the earliest document."""

    def __init__(self) -> None:
        self.parent = np.zeros(1024, np.int32)
        self.size = 0
        self.links: dict[int, list[tuple[int, int, OriginLink]]] = {}  # root -> edges

    def new(self) -> int:
        if self.size == len(self.parent):
            self.parent = grown(self.parent, 2 * len(self.parent))
        doc = self.size
        self.parent[doc] = doc
        self.size += 1
        return doc

    def find(self, doc: int) -> int:
        root = doc
        while self.parent[root] != root:
            root = int(self.parent[root])
        while self.parent[doc] != root:  # path compression
            self.parent[doc], doc = root, int(self.parent[doc])
        return root

    def union(self, a: int, b: int, link: OriginLink) -> int:
        ra, rb = self.find(a), self.find(b)
        root, child = (ra, rb) if ra <= rb else (rb, ra)
        edges = self.links.pop(child, []) if child != root else []
        if child != root:
            self.parent[child] = root
        self.links.setdefault(root, []).extend([*edges, (a, b, link)])
        return root

    def members(self, root: int) -> list[int]:
        docs = {root}
        for a, b, _ in self.links.get(root, []):
            docs.update((a, b))
        return sorted(docs)

    def groups(self) -> list[list[int]]:
        """Every group of two or more documents."""
        return [self.members(r) for r in sorted(self.links)]


def credited_wire(credits: list[str | None]) -> str | None:
    """The wire most members credit, if any does."""
    named = Counter(c for c in credits if c)
    return named.most_common(1)[0][0] if named else None
