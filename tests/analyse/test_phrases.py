"""Word tokens shared between stages: a shared tokenisation must read like a fresh one."""

from __future__ import annotations

import pytest

from telusur.analyse.doc.phrases import tokenize, tokenize_plain, unglue
from telusur.analyse.entities.find import find_mentions, find_references


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo bertemu Menteri Keuangan di Jakarta.",
        "Laporan dari webBadan Pusat Statistik menyebut inflasi naik.",
        "The U.S. envoy met Kim Jong-un's aides in Seoul.",
    ],
)
def test_unglue_of_plain_tokens_equals_tokenize(text: str) -> None:
    glued = frozenset({"web"})
    assert unglue(tokenize_plain(text), text, glued) == tokenize(text, glued)
    assert tokenize_plain(text) == tokenize(text)


def test_unglue_leaves_the_shared_tokens_untouched() -> None:
    text = "Data dari webBadan Pusat Statistik."
    plain = tokenize_plain(text)
    split = unglue(plain, text, frozenset({"web"}))
    assert len(split) == len(plain) + 1
    assert plain == tokenize_plain(text)


def test_mentions_and_references_with_shared_words_match_fresh_ones() -> None:
    text = "Menteri Luar Negeri Retno Marsudi tiba di Seoul. Ia bertemu Presiden Korea Selatan."
    words = tokenize_plain(text)
    fresh = find_mentions(text, "id")
    shared = find_mentions(text, "id", None, words)
    assert shared == fresh
    assert find_references(text, "id", shared, None, words) == find_references(text, "id", fresh)
