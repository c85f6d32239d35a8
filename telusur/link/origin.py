"""Same-origin groups: articles carrying one report, joined by union-find with their evidence.

Origin is judged from shared text only: MinHash finds the candidates, and the sentences the two
texts share (``telusur.link.passages``) decide. Two outlets' texts that the sentence sketches find
sharing a few sentences but too few are aligned again on their full words (``reworded``): another
desk's edit of a syndicated story or a release changes words in most sentences, while two
reporters' own texts share a quote or a sentence at most. One outlet's own reports are not given
this second look: they reuse the outlet's background paragraphs, reworded, in each new report.
Shared figures and names never make an origin on their own: independent reports of one event
share them too. A group's id is its earliest article, so ids stay stable as groups grow.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from telusur.link.passages import Alignment, reworded
from telusur.link.ragged import grown

COPY = 0.9  # estimated Jaccard of exact copies (boilerplate and edits aside)
SHARED = 0.6  # share of the more contained text's words in sentences found in the other
COPY_SHARE = 0.9  # both texts this much in shared sentences: a copy
MIN_ALIGNED = 2  # fewer shared sentences say little, however short the texts


@dataclass(slots=True)
class OriginLink:
    """Why two articles are taken as one report."""

    other: str
    why: str  # copy | near_copy | contained | rendering
    jaccard: float
    containment: float
    shared_figures: list[float]
    share: float = 0.0  # share of this article's words in sentences found in the other
    share_other: float = 0.0  # ... and of the other's words found in this one

    def as_dict(self) -> dict[str, object]:
        return {
            "other": self.other,
            "why": self.why,
            "share": round(self.share, 3),
            "share_other": round(self.share_other, 3),
            "jaccard": round(self.jaccard, 3),
            "containment": round(self.containment, 3),
            "shared_figures": self.shared_figures,
        }


def text_verdict(j: float, al: Alignment) -> str | None:
    """Copy class from the shared sentences (and MinHash for whole copies), or None when the
    texts do not share enough of their words."""
    if j >= COPY and (al.aligned >= MIN_ALIGNED or al.larger >= COPY_SHARE):
        return "copy"
    if al.aligned < MIN_ALIGNED or al.smaller < SHARED:
        return None
    if al.larger >= COPY_SHARE:
        return "copy"
    return "near_copy" if al.larger >= SHARED else "contained"


def second_look(j: float, al: Alignment, text: str, theirs: str, same_outlet: bool) -> Alignment:
    """The full texts' alignment when two outlets' texts align some sentences by their sketches
    but too few to decide, and it finds more; else the sketches' (see the module docstring)."""
    if same_outlet or not text or not theirs or al.aligned < MIN_ALIGNED:
        return al
    if text_verdict(j, al) is not None:
        return al
    full = reworded(text, theirs)
    return full if full.smaller > al.smaller else al


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
