"""Document frequencies of tokens in a fixed hashed table, for IDF weights that follow the store.

A token seen in most articles (a common word, a recurring outlet phrase, the figure 2024) weighs
little; a rare entity or figure weighs much. The table never grows: collisions only blur counts.
"""

from __future__ import annotations

import numpy as np

PRIOR_DOCS = 20.0  # with few articles stored every token weighs about the same


class DocFreq:
    def __init__(self, bits: int = 21) -> None:
        self.counts = np.zeros(1 << bits, np.uint32)
        self.docs = 0

    def add(self, tokens: np.ndarray) -> None:
        slots = np.unique(tokens & np.uint32(len(self.counts) - 1))
        self.counts[slots] += 1
        self.docs += 1

    def count(self, tokens: np.ndarray) -> np.ndarray:
        return self.counts[tokens & np.uint32(len(self.counts) - 1)]

    def idf(self, tokens: np.ndarray) -> np.ndarray:
        df = self.counts[tokens & np.uint32(len(self.counts) - 1)].astype(np.float64)
        return np.log((self.docs + PRIOR_DOCS) / (df + 1.0))

    def rarest(self) -> float:
        """The weight of a token never seen before."""
        return float(np.log(self.docs + PRIOR_DOCS))

    def state(self) -> dict[str, np.ndarray]:
        return {"counts": self.counts, "docs": np.array([self.docs])}

    @classmethod
    def from_state(cls, state: dict[str, np.ndarray]) -> DocFreq:
        df = cls()
        df.counts = np.array(state["counts"])
        df.docs = int(state["docs"][0])
        return df
