"""The origin checks' fast look-ups give what the plain ones give."""

from __future__ import annotations

import numpy as np

from telusur.link.lsh import LSHIndex
from telusur.link.passages import _isin


def test_membership_by_binary_search_is_numpys() -> None:
    rng = np.random.default_rng(5)
    for n, m in ((1, 1), (4, 1), (40, 300), (320, 80), (7, 7)):
        values = rng.integers(0, 300, n).astype(np.uint16)
        among = rng.integers(0, 300, m).astype(np.uint16)
        assert (_isin(values, among) == np.isin(values, among)).all()
    top = np.array([65535, 0], np.uint16)  # past the largest value, and before the smallest
    assert _isin(top, np.array([5], np.uint16)).tolist() == [False, False]


def test_an_lsh_query_finds_every_band_bucket_member() -> None:
    rng = np.random.default_rng(9)
    index = LSHIndex(bucket_limit=3)
    sigs = rng.integers(0, 4, (60, 128)).astype(np.uint32)  # few values: many shared bands
    for doc, sig in enumerate(sigs):
        index.add(sig, doc)
    for sig in sigs[:10]:
        keys = index.keys(sig)
        assert keys is not None
        one_by_one = {d for key in keys.tolist() for d in index.postings.get(key, 3)}
        assert index.query(sig) == one_by_one
