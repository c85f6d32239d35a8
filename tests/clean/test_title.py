"""Title and rubric of plain text."""

from __future__ import annotations

from telusur.clean import clean
from telusur.records import RawItem


def _plain(text: str) -> RawItem:
    return RawItem(text=text, origin="t.txt", format="txt", id="t")


def test_headline_then_lede() -> None:
    a = clean(_plain("Harga Beras Naik di Lima Kota\n\nHarga beras naik lagi pekan ini.\n\nIsi."))
    assert (a.title, a.rubric) == ("Harga Beras Naik di Lima Kota", None)
    assert a.text.startswith("Harga Beras Naik di Lima Kota\n")


def test_rubric_then_headline_then_lede() -> None:
    text = "Krisis Pangan\nPemerintah Impor Beras dari Tiga Negara\nImpor dimulai bulan depan\nIsi."
    a = clean(_plain(text))
    assert a.rubric == "Krisis Pangan"
    assert a.title == "Pemerintah Impor Beras dari Tiga Negara"
    assert a.text.startswith(a.title)
    assert "Krisis Pangan" not in a.text


def test_no_title_when_the_first_line_is_body_text() -> None:
    a = clean(_plain("Pemerintah mengimpor beras pada Senin, kata menteri.\n\nIsi kedua."))
    assert a.title is None and a.rubric is None


def test_marker_line_is_not_a_title() -> None:
    a = clean(_plain("KABARKOTA.ID - Harga beras naik\n\nIsi kedua."))
    assert a.title is None


def test_sentence_case_question_is_a_lede_not_a_title() -> None:
    a = clean(_plain("Apakah kamu sering merasa lapar di sore hari?\n\nIsi kedua."))
    assert a.title is None


def test_structured_title_is_prepended_unless_the_body_starts_with_it() -> None:
    raw = RawItem(text="Isi berita.", origin="x", format="jsonl", title="Judul Berita", titled=True)
    assert clean(raw).text == "Judul Berita\n\nIsi berita."
    raw.text = "judul berita isi berita."
    assert clean(raw).text == "judul berita isi berita."
    raw.title = ""
    assert clean(raw).title is None
