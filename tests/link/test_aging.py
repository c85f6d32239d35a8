"""Aging: postings linking can no longer read are dropped, and lookups still come back in order."""

from __future__ import annotations

import numpy as np

from telusur.link import Linker, MinHasher, aging, features_from
from telusur.link.postings import Postings

from .test_linker import BASE, art


def _filled(days: np.ndarray, keys_per_doc: int) -> Postings:
    post = Postings(slots_log2=4)
    for doc in range(len(days)):
        post.add(np.array([doc % 5 + 100 * k for k in range(keys_per_doc)], np.uint32), doc)
    return post


def test_chunks_never_cut_a_document() -> None:
    post = _filled(np.zeros(100, np.int32), 3)
    spans = post.doc_chunks(chunk=10)
    assert spans[0] == (0, 12) and spans[-1][1] == post.size
    assert all(post.ranks(a, b).tolist() == [0, 1, 2] * ((b - a) // 3) for a, b in spans)


def test_old_articles_keep_few_bands_and_no_topics() -> None:
    days = np.array([0] * 50 + [-1] * 10 + [800] * 40, np.int32)  # 50 old, 10 undated, 40 new
    bands = _filled(days, 12)
    aging.forget_bands(bands, days, today=800)
    assert bands.size == 50 * aging.OLD_BANDS + 50 * 12
    assert 3 in bands.get(3, limit=1000)  # an old article is still found by its first bands
    assert 3 not in bands.get(3 + 100 * (aging.OLD_BANDS + 1), limit=1000)
    assert bands.get(1100 + 4, limit=3) == [99, 94, 89]  # newest first, as before
    topics = _filled(days, 2)
    aging.forget_topics(topics, days, today=800)
    assert sorted(set(topics.get(0, limit=1000) + topics.get(100, limit=1000))) == list(
        range(50, 100, 5)
    )


def test_an_unlinked_article_is_found_by_the_next() -> None:
    linker, h = Linker(), MinHasher()
    linker.add_unlinked("a", features_from(art("a", BASE * 3), hasher=h))
    copy = linker.add("b", features_from(art("b", BASE * 3, outlet="b.com"), hasher=h))
    assert copy.origin == "a" and copy.story == "a"


def test_one_article_dated_years_ahead_does_not_age_the_store() -> None:
    days = np.array([18000 + n // 300 for n in range(3000)] + [30000], np.int32)
    assert aging.today(days) == 18009  # not 30000
    assert aging.today(np.full(5, -1, np.int32)) == -1


def test_an_aged_store_still_links_a_copy_and_keeps_few_old_bands() -> None:
    linker, h = Linker(), MinHasher()
    texts = [f"Laporan {k}: " + BASE.replace("5,75", f"{k},5") * 3 for k in range(6)]
    days = [f"2024-{m:02d}-10" for m in range(1, 7)]
    for k, (text, day) in enumerate(zip(texts, days, strict=True)):
        linker._aged_at = [0, 0]  # judge the postings after every article
        linker.add(f"a{k}", features_from(art(f"a{k}", text, day), hasher=h))
    # today is late May (a high quantile of six monthly dates): the four older keep 8 bands
    assert linker.lsh.postings.size == 4 * aging.OLD_BANDS + 2 * 32
    copy = linker.add("b", features_from(art("b", texts[-1], days[-1], "b.com"), hasher=h))
    assert copy.origin == "a5"
