"""JSON Lines: accepted field names, ids, and one error per bad line."""

from __future__ import annotations

import json


def _lines(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_accepted_field_names_are_mapped(read):
    content = _lines(
        {
            "ID": "a-1",
            "headline": "Ekspor naik",
            "body": "Ekspor batu bara naik 12 persen.",
            "link": "https://berita.example/a-1",
            "pubDate": "2024-10-21",
            "outlet": "Berita Contoh",
        }
    )
    (item,), errors = read("berita.jsonl", content)
    assert errors == []
    assert (item.id, item.title, item.url, item.published, item.outlet) == (
        "a-1",
        "Ekspor naik",
        "https://berita.example/a-1",
        "2024-10-21",
        "Berita Contoh",
    )
    assert item.text == "Ekspor batu bara naik 12 persen."
    assert item.origin.endswith("berita.jsonl:1") and item.format == "jsonl"
    assert item.published_evidence == "jsonl:pubdate" and item.titled


def test_text_wins_over_content_and_lists_become_paragraphs(read):
    content = _lines(
        {"id": 1, "text": "Utama.", "content": "Cadangan."},
        {"id": 2, "content": ["Paragraf satu.", "Paragraf dua."]},
    )
    (first, second), _ = read("a.jsonl", content)
    assert (first.id, first.text) == ("1", "Utama.")
    assert second.text == "Paragraf satu.\n\nParagraf dua."


def test_null_title_is_titled_but_a_missing_one_is_not(read):
    (given, absent), _ = read("t.jsonl", _lines({"title": None, "text": "A."}, {"text": "B."}))
    assert given.titled and given.title is None
    assert not absent.titled


def test_id_falls_back_to_a_stable_content_hash(read):
    record = {"url": "https://berita.example/x", "text": "Kurs rupiah melemah."}
    (first,), _ = read("a.jsonl", _lines(record))
    (again,), _ = read("b.jsonl", _lines(record))
    assert first.id == again.id and first.id.startswith("h_")
    assert first.stem is None


def test_bad_lines_are_reported_with_their_number_and_the_rest_read(read):
    content = (
        _lines(
            {"id": "ok-1", "text": "Satu."},
            '{"id": "rusak", "text": "tanpa penutup',
            "",
            "[1, 2]",
            {"id": "kosong", "text": "   "},
            {"id": "no-text", "title": "Hanya judul"},
            "bukan json",
            {"id": "ok-2", "text": "Dua."},
        )
        + '{"id": "terpotong", "te'
    )
    items, errors = read("campur.jsonl", content)
    assert [item.id for item in items] == ["ok-1", "ok-2"]
    where = {error.origin.rsplit(":", 1)[1]: error for error in errors}
    assert sorted(where, key=int) == ["2", "4", "5", "6", "7", "9"]
    assert where["2"].code == "E106" and "truncated JSON" in where["2"].reason
    assert where["4"].code == "E106" and "JSON object" in where["4"].reason
    assert where["5"].code == where["6"].code == "E102"
    assert "invalid JSON" in where["7"].reason
    assert "truncated JSON" in where["9"].reason


def test_undecodable_line_is_an_error_for_that_line_only(read):
    content = b'{"id": "a", "text": "Baik."}\n{"id": "b", "text": "Caf\xe9"}\n'
    content += b'{"id": "c", "text": "Oke."}\n'
    items, (error,) = read("enc.jsonl", content)
    assert [item.id for item in items] == ["a", "c"]
    assert error.origin.endswith("enc.jsonl:2") and error.code == "E105"
    assert f"byte offset {content.index(0xE9)}" in error.reason


def test_size_limit_applies_per_line(read):
    long_line = json.dumps({"id": "panjang", "text": "kata " * 200})
    content = _lines({"id": "a", "text": "Pendek."}, long_line, {"id": "b", "text": "Pendek."})
    items, (error,) = read("besar.jsonl", content, max_bytes=300)
    assert [item.id for item in items] == ["a", "b"]
    assert error.code == "E104" and error.origin.endswith(":2")


def test_utf16_jsonl_with_bom(read):
    content = _lines({"id": "u", "text": "Dua ribu rupiah."}).encode("utf-16")
    (item,), errors = read("u16.jsonl", content)
    assert errors == [] and item.id == "u"


def test_json_array_file(read):
    content = json.dumps([{"id": "x", "text": "Satu."}, {"id": "y", "text": "Dua."}], indent=1)
    items, errors = read("daftar.json", content)
    assert errors == [] and [item.id for item in items] == ["x", "y"]
    assert items[1].origin.endswith("daftar.json[1]")


def test_json_array_on_stdin_without_a_name(read_data):
    items, errors = read_data(b'[{"id": "p", "text": "Satu."}]', "<stdin>")
    assert errors == [] and [item.id for item in items] == ["p"]
