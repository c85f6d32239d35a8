"""Sentence tokens shared by attribution, claims and denials."""

from __future__ import annotations

from telusur.analyse.attribution import SentenceTokens, tokenize, words_of


def test_tokens_keep_offsets_into_the_whole_text() -> None:
    text = "Harga naik. “Kami minta 5 persen,” kata Budi."
    start = text.index("“")
    tokens = tokenize(text, start, len(text))
    assert [t.raw for t in tokens][:3] == ["“", "Kami", "minta"]
    assert all(text[t.start : t.end] == t.raw for t in tokens)
    assert tokens[-2].low == "budi"


def test_sentence_tokens_are_made_once_and_equal_a_fresh_tokenisation() -> None:
    text = "Menurut BPS, inflasi Mei 2,5 persen. Kata dia, harga stabil."
    tokens_of = SentenceTokens(text)
    span = (0, text.index(".") + 1)
    first = tokens_of(span)
    assert first is tokens_of(span)
    assert first == tokenize(text, *span)


def test_words_of_are_the_lower_cased_tokens() -> None:
    text = "Sebanyak 1.500 Tentara Korut dikirim"
    assert words_of(text, 0, len(text)) == [t.low for t in tokenize(text, 0, len(text))]
