"""Line keys and learnable lines: what may be learned as an outlet's boilerplate."""

from __future__ import annotations

from telusur.clean import learned


def test_key_masks_figures_dates_case_and_spaces() -> None:
    a = learned.key("Reporter: Budi Santoso | Senin, 12 Mei 2019 10:30 WIB")
    b = learned.key("reporter:  Budi Santoso | Rabu, 4 September 2019 08:05 WIB")
    assert a == b
    assert learned.key("Ikuti kami di kanal berita") != learned.key("Ikuti kami di kanal video")


def test_story_lines_are_never_learnable() -> None:
    assert learned.learnable("Ikuti kanal WhatsApp kami untuk kabar terbaru")
    assert learned.learnable("Editor: Budi Santoso")
    assert not learned.learnable('"Kami menolak," kata Budi.')  # a quotation
    assert not learned.learnable("Menurut BPS, inflasi 3 persen")  # a figure with its source
    assert not learned.learnable("Harga emas batangan dijual dengan potongan pajak.")  # narrative
    assert not learned.learnable("34/pmk.10/2017.")  # figures alone are data
    assert not learned.learnable("")
    assert not learned.learnable("x" * 400)


def test_strip_keeps_the_headline_and_records_what_left() -> None:
    footer = "Ikuti kanal WhatsApp kami untuk kabar terbaru"
    text = f"{footer}\n\nBanjir merendam rumah warga.\n\n{footer}"
    keys = frozenset({learned.key(footer)})
    out, removed = learned.strip(text, keys)
    assert out == f"{footer}\n\nBanjir merendam rumah warga."
    assert removed == [footer]
    assert learned.strip(text, frozenset()) == (text, [])


def test_article_keys_are_the_same_after_learned_lines_left() -> None:
    footer = "Ikuti kanal WhatsApp kami untuk kabar terbaru"
    text = f"Judul\n\nBanjir merendam rumah warga.\n\n{footer}"
    out, removed = learned.strip(text, frozenset({learned.key(footer)}))
    assert learned.article_keys(text) == learned.article_keys(out, removed)
    assert learned.key("Judul") not in learned.article_keys(text)
