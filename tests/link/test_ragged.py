"""Ragged rows keep their contents as the buffer grows; ``grown`` copies and pads with zeros."""

from __future__ import annotations

import numpy as np

from telusur.link.ragged import Ragged, gather, grown


def test_rows_survive_growth() -> None:
    rag = Ragged(np.uint32)
    rows = [np.arange(n % 40, dtype=np.uint32) + n for n in range(3000)]
    for row in rows:
        rag.append(row)
    assert len(rag) == 3000
    assert all(np.array_equal(rag[i], rows[i]) for i in (0, 1, 1023, 1024, 2999))
    data, seg = gather(rag, np.array([5, 41]))
    assert data.tolist() == rows[5].tolist() + rows[41].tolist()
    assert seg.tolist() == [0] * 5 + [1] * 1


def test_grown_keeps_rows_and_pads_with_zeros() -> None:
    sigs = np.arange(6, dtype=np.uint16).reshape(3, 2)
    out = grown(sigs, 5)
    assert out.shape == (5, 2) and out.dtype == np.uint16
    assert out[:3].tolist() == sigs.tolist() and not out[3:].any()
