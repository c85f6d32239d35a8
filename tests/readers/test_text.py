"""Plain text: one article per file, encodings, binary and empty files."""

from __future__ import annotations

import codecs

TEXT = "Jakarta - Harga beras naik 5 persen.\n\nPedagang mengeluhkan pasokan."


def test_plain_text_is_one_untitled_article_named_by_its_stem(read):
    (item,), errors = read("001_berita.txt", TEXT)
    assert errors == []
    assert (item.id, item.stem, item.format, item.titled, item.title) == (
        "001_berita",
        "001_berita",
        "txt",
        False,
        None,
    )
    assert item.text == TEXT


def test_windows_line_endings_become_newlines(read):
    (item,), _ = read("crlf.txt", TEXT.replace("\n", "\r\n"))
    assert item.text == TEXT


def test_utf8_bom_and_utf16_bom_are_accepted(read):
    (bom8,), _ = read("a.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    (bom16,), _ = read("b.txt", TEXT.encode("utf-16"))  # BOM included
    assert bom8.text == TEXT and bom16.text == TEXT


def test_latin1_text_is_an_encoding_error_naming_the_offset(read):
    _, (error,) = read("lama.txt", "Kafé buka.".encode("latin-1"))
    assert error.code == "E105"
    assert "byte 0xe9 at byte offset 3" in error.reason


def test_binary_file_is_refused(read):
    _, (error,) = read("gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert error.code == "E103"


def test_empty_and_blank_files_are_errors(read):
    _, (empty,) = read("kosong.txt", b"")
    _, (blank,) = read("spasi.txt", "  \n\n \t ")
    assert empty.code == blank.code == "E102"
    assert "kosong.txt" in str(empty)
