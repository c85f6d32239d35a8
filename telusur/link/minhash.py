"""Compact MinHash: one uint32 minimum per permutation, from 32-bit shingle hashes.

Permutations are multiply-shift hashes ``(a * x + b) >> 32`` on 64-bit words (a odd), a
2-universal family that numpy evaluates for all shingles and permutations at once.
"""

from __future__ import annotations

import numpy as np

EMPTY = np.uint32(0xFFFFFFFF)


class MinHasher:
    """Signatures of ``num_perm`` permutations, reproducible from ``seed``."""

    def __init__(self, num_perm: int = 128, seed: int = 1) -> None:
        rng = np.random.default_rng(seed)
        self.num_perm = num_perm
        self.seed = seed
        self._a = rng.integers(1, 2**63, num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self._b = rng.integers(0, 2**63, num_perm, dtype=np.uint64)

    def signature(self, shingle_hashes: np.ndarray, chunk: int = 4096) -> np.ndarray:
        """The uint32 signature; all ``0xFFFFFFFF`` for an empty set."""
        sig = np.full(self.num_perm, EMPTY, np.uint32)
        x = shingle_hashes.astype(np.uint64)
        with np.errstate(over="ignore"):
            for start in range(0, len(x), chunk):
                part = x[start : start + chunk, None]
                hashed = ((part * self._a[None, :] + self._b[None, :]) >> np.uint64(32)).astype(
                    np.uint32
                )
                np.minimum(sig, hashed.min(axis=0), out=sig)
        return sig


def jaccard(sig: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of one signature to each row of ``others``.

    Works on full or truncated (e.g. low 16 bits) signatures alike: a chance collision of
    truncated values adds about 2**-bits to every estimate.
    """
    if others.ndim == 1:
        others = others[None, :]
    return (others == sig[None, :]).mean(axis=1)


def containment(
    j: np.ndarray | float, size_a: np.ndarray | int, size_b: np.ndarray | int
) -> np.ndarray:
    """Share of set A inside set B, from their Jaccard estimate and sizes.

    |A ∩ B| = J (|A| + |B|) / (1 + J); containment of A in B is that over |A|.
    """
    j = np.asarray(j, np.float64)
    a = np.maximum(np.asarray(size_a, np.float64), 1.0)
    inter = j * (a + np.asarray(size_b, np.float64)) / (1.0 + j)
    return np.minimum(inter / a, 1.0)
