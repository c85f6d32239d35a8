"""Sentence spans: abbreviations, decimals, initials, quotations, headlines, lower-cased text."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telusur.analyse.doc.sentences import is_lowercased, split_sentences


def sentences(text: str, lang: str = "id") -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a figure with a decimal point ends a sentence; a dotted abbreviation does not
        (
            "Sales were up 0.5%. In December, sales fell. Growth in the U.S. held.",
            "en",
            ["Sales were up 0.5%.", "In December, sales fell.", "Growth in the U.S. held."],
        ),
        # abbreviations are data, not sentence ends
        (
            "Harga naik Rp. 5.000 per kilo. Pedagang mengeluh.",
            "id",
            ["Harga naik Rp. 5.000 per kilo.", "Pedagang mengeluh."],
        ),
        (
            "Ia tinggal di Jl. Mawar No. 5 dengan Prof. Budi. Besok ia pindah.",
            "id",
            ["Ia tinggal di Jl. Mawar No. 5 dengan Prof. Budi.", "Besok ia pindah."],
        ),
        (
            "Warga Kec. Cidahu, Kab. Sukabumi panik.",
            "id",
            ["Warga Kec. Cidahu, Kab. Sukabumi panik."],
        ),
        (
            "Sayur, buah, dll. dijual murah. Pembeli ramai.",
            "id",
            ["Sayur, buah, dll. dijual murah.", "Pembeli ramai."],
        ),
        ("Dana dikirim a.n. Budi. Lalu dicek.", "id", ["Dana dikirim a.n. Budi.", "Lalu dicek."]),
        (
            "Mr. Smith flew to the U.S. last week. He said so.",
            "en",
            ["Mr. Smith flew to the U.S. last week.", "He said so."],
        ),
        # decimals and thousands separators
        (
            "Pasukan berjumlah 1.500 orang. Angka naik 2,3 persen.",
            "id",
            ["Pasukan berjumlah 1.500 orang.", "Angka naik 2,3 persen."],
        ),
        # initials
        (
            "Bandara A. Yani ditutup. Penerbangan dialihkan.",
            "id",
            ["Bandara A. Yani ditutup.", "Penerbangan dialihkan."],
        ),
        (
            "Pidato H. Ahmad selesai. Hadirin pulang.",
            "id",
            ["Pidato H. Ahmad selesai.", "Hadirin pulang."],
        ),
        # a quotation of several sentences stays with its attribution
        (
            '"Kami siap. Semua sudah diatur," kata Budi. Ia lalu pergi.',
            "id",
            ['"Kami siap. Semua sudah diatur," kata Budi.', "Ia lalu pergi."],
        ),
        (
            "“Ini langkah awal. Kami waspada,” ujar Rina.",
            "id",
            ["“Ini langkah awal. Kami waspada,” ujar Rina."],
        ),
        (
            'Kata dia: "Kami menolak." Lalu rapat bubar.',
            "id",
            ['Kata dia: "Kami menolak."', "Lalu rapat bubar."],
        ),
        # headlines and rubric lines end at the line break
        (
            "Korut Kirim 3.000 Tentara ke Rusia\nPasukan itu tiba pekan lalu.",
            "id",
            ["Korut Kirim 3.000 Tentara ke Rusia", "Pasukan itu tiba pekan lalu."],
        ),
        (
            "Ekonomi\n\nHarga Cabai Naik Lagi\nPedagang mengeluh.",
            "id",
            ["Ekonomi", "Harga Cabai Naik Lagi", "Pedagang mengeluh."],
        ),
        # ellipsis, question and exclamation marks
        ("Apa benar? Tidak! Itu bohong.", "id", ["Apa benar?", "Tidak!", "Itu bohong."]),
        ("Ia ragu... lalu diam. Rapat usai.", "id", ["Ia ragu... lalu diam.", "Rapat usai."]),
        # text whose capitals were removed: punctuation alone decides
        ("harga emas naik. pedagang senang.", "id", ["harga emas naik.", "pedagang senang."]),
        ("", "id", []),
        ("   \n\n  ", "en", []),
    ],
)
def test_split_sentences(text: str, lang: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


def test_spans_are_stripped_and_ordered() -> None:
    text = "  Satu dua.   Tiga empat.\n\n Lima  "
    spans = split_sentences(text, "id")
    assert [text[a:b] for a, b in spans] == ["Satu dua.", "Tiga empat.", "Lima"]
    assert all(a < b for a, b in spans)
    assert all(p[1] <= q[0] for p, q in pairwise(spans))


def test_lowercased_detection() -> None:
    assert is_lowercased("harga emas antam naik lagi hari ini menurut pegadaian.")
    assert not is_lowercased("Harga emas Antam naik lagi hari ini menurut Pegadaian.")


def test_unclosed_quote_does_not_swallow_the_text() -> None:
    text = '"Kami siap. ' + "Harga naik. " * 200
    assert len(split_sentences(text, "id")) > 100


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_valid_spans(text: str) -> None:
    spans = split_sentences(text, "id")
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)


@pytest.mark.timeout(20)
def test_adversarial_megabyte_is_linear() -> None:
    chunks = ['"', "A. ", "Dr. ", "1.5", "... ", "?\n", "“x", "Jl.", "\n\n", "!!! "]
    text = "".join(chunks[i % len(chunks)] * 7 for i in range(1, 40_000))[:1_000_000]
    assert split_sentences(text, "id")
    assert split_sentences("." * 1_000_000, "en") is not None


@pytest.mark.corpus
def test_corpus_articles_split(corpus_dir: Path) -> None:
    path = corpus_dir / "id_indosum_devfolds_2016-2018.jsonl"
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(200), fh, strict=False)]
    for text in texts:
        spans = split_sentences(text, "id")
        assert spans and sum(b - a for a, b in spans) <= len(text)
