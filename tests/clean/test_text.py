"""Light text normalisation."""

from __future__ import annotations

from telusur.clean.text import normalise


def test_layout_is_normalised_but_words_are_not() -> None:
    raw = "  Judul\u00a0 berita \r\n\r\n\r\n“Kutipan,”\u200b kata dia.  \rAkhir\n\n"
    assert normalise(raw) == "Judul berita\n\n“Kutipan,” kata dia.\nAkhir"
