"""CSV: header names, csv_map, large and multi-line fields, bad rows."""

from __future__ import annotations

import csv
import io


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue()


def test_header_names_and_multiline_fields(read):
    content = _csv(
        [
            ["id", "Title", "text", "url", "date", "site"],
            [
                "c1",
                "Panen raya",
                "Petani panen.\n\nHarga gabah turun.",
                "https://x.example/1",
                "2024-03-01",
                "Warta",
            ],
            ["c2", "", "Nelayan melaut lagi.", "", "", ""],
        ]
    )
    (first, second), errors = read("berita.csv", content)
    assert errors == []
    assert (first.id, first.title, first.published, first.outlet) == (
        "c1",
        "Panen raya",
        "2024-03-01",
        "Warta",
    )
    assert first.text == "Petani panen.\n\nHarga gabah turun." and first.format == "csv"
    assert first.origin.endswith("berita.csv:2") and second.origin.endswith("berita.csv:5")
    assert second.title is None and second.titled


def test_csv_map_names_other_columns(read):
    content = _csv([["kode", "judul", "isi"], ["k9", "Gempa", "Gempa mengguncang Garut."]], ";")
    (item,), errors = read(
        "lokal.csv", content, csv_map={"isi": "text", "judul": "title", "kode": "id"}
    )
    assert errors == [] and (item.id, item.title) == ("k9", "Gempa")


def test_tsv_and_large_fields(read):
    big = "Angka inflasi naik. " * 20_000  # over csv's default 128 KiB field limit
    (item,), errors = read("besar.tsv", _csv([["id", "text"], ["t1", big]], "\t"))
    assert errors == [] and item.text == big


def test_header_without_text_column_is_one_error(read):
    _, (error,) = read("salah.csv", _csv([["judul", "isi"], ["A", "B"]]))
    assert error.code == "E110" and "no text column" in error.reason


def test_bad_rows_are_reported_and_the_rest_read(read):
    content = _csv(
        [
            ["id", "text"],
            ["r1", "Baik."],
            ["r2", "Terlalu", "banyak"],
            ["r3", ""],
            ["r4", "Baik juga."],
        ]
    )
    items, errors = read("campur.csv", content)
    assert [item.id for item in items] == ["r1", "r4"]
    assert [(e.origin.rsplit(":", 1)[1], e.code) for e in errors] == [("3", "E110"), ("4", "E102")]


def test_undecodable_row(read):
    content = b"id,text\nr1,Baik.\nr2,Caf\xe9\nr3,Oke.\n"
    items, (error,) = read("enc.csv", content)
    assert [item.id for item in items] == ["r1", "r3"]
    assert error.code == "E105" and error.origin.endswith("enc.csv:3")
