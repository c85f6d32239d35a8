"""Variable-length rows of numbers in one growing buffer plus offsets (no per-row objects)."""

from __future__ import annotations

import numpy as np


def grown(arr: np.ndarray, length: int) -> np.ndarray:
    """``arr`` with room for ``length`` rows: the old rows copied, the new ones zero. Unlike
    ``np.resize`` (which fills the new rows with repeats) the zero pages stay unwritten until
    used, so a buffer that doubles holds memory for its rows, not for its capacity."""
    out = np.zeros((length, *arr.shape[1:]), arr.dtype)
    n = min(length, len(arr))
    out[:n] = arr[:n]
    return out


class Ragged:
    def __init__(self, dtype: type | np.dtype = np.uint32) -> None:
        self._data = np.zeros(1024, dtype)
        self._ends = np.zeros(1024, np.int64)
        self.rows = 0

    def __len__(self) -> int:
        return self.rows

    @property
    def nbytes(self) -> int:
        return self._data.nbytes + self._ends.nbytes

    def append(self, row: np.ndarray) -> None:
        start = self._ends[self.rows - 1] if self.rows else 0
        end = start + len(row)
        if end > len(self._data):
            self._data = grown(self._data, max(end, 2 * len(self._data)))
        if self.rows == len(self._ends):
            self._ends = grown(self._ends, 2 * len(self._ends))
        self._data[start:end] = row
        self._ends[self.rows] = end
        self.rows += 1

    def __getitem__(self, i: int) -> np.ndarray:
        start = self._ends[i - 1] if i else 0
        return self._data[start : self._ends[i]]

    def state(self) -> dict[str, np.ndarray]:
        n = self.rows
        return {"data": self._data[: self._ends[n - 1] if n else 0], "ends": self._ends[:n]}

    @classmethod
    def from_state(cls, state: dict[str, np.ndarray]) -> Ragged:
        rag = cls(state["data"].dtype)
        rag._data = np.array(state["data"]) if len(state["data"]) else rag._data
        rag._ends = np.array(state["ends"]) if len(state["ends"]) else rag._ends
        rag.rows = len(state["ends"])
        return rag


def gather(rag: Ragged, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows ``rows`` concatenated, and the row number (0..len(rows)-1) of every value: one copy
    for a batch of candidates instead of one small array each."""
    ends = rag._ends[rows]
    starts = np.where(rows > 0, rag._ends[np.maximum(rows - 1, 0)], 0)
    lengths = ends - starts
    total = int(lengths.sum())
    if not total:
        return rag._data[:0], np.zeros(0, np.int64)
    seg = np.repeat(np.arange(len(rows)), lengths)
    shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    return rag._data[np.arange(total) + shift], seg
