"""Feed markup to text keeps paragraphs and line breaks and drops scripts."""

from __future__ import annotations

from telusur.readers.markup import html_to_text


def test_paragraphs_breaks_and_entities():
    markup = "<p>Satu &amp; dua.</p><!-- iklan --><p>Tiga<br>empat</p><script>x()</script>"
    assert html_to_text(markup) == "Satu & dua.\n\nTiga\nempat"


def test_plain_text_is_tidied():
    assert html_to_text("  Harga   naik \n\n\n\n turun  ") == "Harga naik\n\nturun"
