"""HTML pages: main text without boilerplate, title, url, outlet and dated evidence."""

from __future__ import annotations

HEAD = (
    '<meta property="article:published_time" content="2024-10-21T08:00:00+07:00">'
    '<meta property="og:site_name" content="Kabar Pagi">'
    '<link rel="canonical" href="https://kabar.example/ekonomi/cabai-naik">'
)


def test_page_gives_text_title_url_outlet_and_date(read, make_page):
    (item,), errors = read("cabai.html", make_page(head=HEAD))
    assert errors == []
    assert (item.id, item.stem, item.format, item.titled) == ("cabai", "cabai", "html", True)
    assert item.title == "Harga cabai naik"
    assert item.url == "https://kabar.example/ekonomi/cabai-naik"
    assert item.outlet == "Kabar Pagi"
    assert item.published == "2024-10-21T08:00:00+07:00"
    assert item.published_evidence == "meta:article:published_time"
    assert "Rp80.000 per kilogram" in item.text
    assert "Beranda" not in item.text and "Hak cipta" not in item.text
    assert "\n\nPedagang mengatakan" in item.text  # paragraphs stay apart


def test_date_from_json_ld(read, make_page):
    head = (
        '<script type="application/ld+json">{"@graph": [{"datePublished": "2023-05-02"}]}</script>'
    )
    (item,), _ = read("ld.html", make_page(head=head))
    assert (item.published, item.published_evidence) == ("2023-05-02", "jsonld:datePublished")


def test_undated_page_has_no_date(read, make_page):
    (item,), _ = read("tanpa.html", make_page())
    assert item.published is None and item.published_evidence is None


def test_declared_charset_is_honoured(read, make_page):
    html = make_page(extra="Kafé di Bandung tutup lebih awal.", charset="windows-1252")
    (item,), errors = read("lama.html", html.encode("cp1252"))
    assert errors == [] and "Kafé di Bandung" in item.text


def test_undeclared_non_utf8_is_an_encoding_error(read, make_page):
    html = make_page(extra="Kafé tutup.").replace('<meta charset="utf-8">', "")
    _, (error,) = read("salah.html", html.encode("latin-1"))
    assert error.code == "E105" and "byte 0xe9" in error.reason


def test_page_without_article_text(read):
    _, (error,) = read(
        "kosong.html", "<html><head><title>Kosong</title></head><body></body></html>"
    )
    assert error.code == "E102" and "kosong.html" in error.origin


def test_markup_that_is_not_html(read):
    _, (error,) = read("rusak.html", "<<<>>> <<< >>>")
    assert error.code == "E107" and "not parseable as HTML" in error.reason


def test_extractor_crash_is_an_error_and_the_next_page_is_read(tmp_path, make_page, monkeypatch):
    import trafilatura

    from telusur.readers import read_paths

    real = trafilatura.bare_extraction

    def fragile(tree, **options):
        if "Meledak" in tree.findtext(".//title"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(tree, **options)

    monkeypatch.setattr(trafilatura, "bare_extraction", fragile)
    (tmp_path / "a.html").write_text(make_page(title="Meledak"), encoding="utf-8")
    (tmp_path / "b.html").write_text(make_page(), encoding="utf-8")
    error, item = read_paths([str(tmp_path)])
    assert error.code == "E107" and "RecursionError" in error.reason  # type: ignore[union-attr]
    assert item.id == "b"  # type: ignore[union-attr]
