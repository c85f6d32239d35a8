"""Postings: every document posted under a key comes back newest first, however the table grew."""

from __future__ import annotations

import numpy as np

from telusur.link.postings import Postings


def test_lookups_survive_growth_and_rehash() -> None:
    post = Postings(slots_log2=2)  # tiny head table: many rehashes and long shared chains
    for doc in range(3000):
        post.add(np.array([doc % 7, 1000 + doc], np.uint32), doc)
    assert post.get(3, limit=5) == [2999, 2992, 2985, 2978, 2971]
    assert post.get(1000 + 17) == [17]
    assert post.get(99_999) == []
    many = post.get_many(np.array([3, 1017, 99_999], np.uint32), limit=5)
    assert sorted(many.tolist()) == sorted([2999, 2992, 2985, 2978, 2971, 17])


def test_saved_state_reads_back() -> None:
    post = Postings()
    for doc in range(50):
        post.add(np.array([doc % 3], np.uint32), doc)
    again = Postings.from_state(post.state())
    assert again.get(1, limit=3) == post.get(1, limit=3) == [49, 46, 43]


def test_a_posting_costs_its_key_its_chain_and_a_share_of_the_head_table() -> None:
    """A million articles post dozens of keys each: the document is kept once per article,
    not once per posting (8 bytes a posting and 2 to 4 of head table, where a document each
    made it 14 to 16)."""
    post = Postings(16)
    rng = np.random.default_rng(0)
    for doc in range(20_000):
        post.add(rng.integers(0, 2**32, 32, dtype=np.uint32), doc)
    used = post.size * (4 + 4) + len(post._heads) * 4 + post.runs * 8
    assert used / post.size < 12
    assert post.get_many(post._keys[:3]).tolist() == [0, 0, 0]
    again = Postings.from_state(post.state())
    assert again.runs == post.runs == 20_000
    assert again.get(int(post._keys[post.size - 1])) == [19_999]
