"""Each hostile input of the hardening round, as found: the run goes on, the good articles in
the same run are stored, and the bad item gets its code."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pytest

from telusur.ingest import Summary, analysed, store_all
from telusur.readers import Limits, read_paths
from telusur.store import Store

GOOD = '{"id": "good", "text": "Sebanyak 12 orang tewas dalam banjir di Sukamaju."}\n'


def _ingest(tmp_path: Path, *files: tuple[str, bytes], limits: Limits | None = None) -> Summary:
    """Ingest the files and then a good article; the good one must always be stored."""
    paths = []
    for name, data in files:
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(str(path))
    (tmp_path / "zz-good.jsonl").write_text(GOOD, encoding="utf-8")
    paths.append(str(tmp_path / "zz-good.jsonl"))
    with Store(str(tmp_path / "t.db")) as store:
        summary = store_all(analysed(read_paths(paths, limits=limits)), store)
        assert store.article("good") is not None
    return summary


def _codes(summary: Summary) -> list[str]:
    return [e.code for e in summary.errors]


def _ids(tmp_path: Path) -> set[str]:
    conn = sqlite3.connect(tmp_path / "t.db")
    return {row[0] for row in conn.execute("SELECT id FROM articles")}


def test_json_nested_a_thousand_deep_fails_alone(tmp_path: Path) -> None:
    data = '{"id":"a","text":"12 orang"}\n' + "[" * 1000 + "]" * 1000 + "\n"
    summary = _ingest(tmp_path, ("d.jsonl", data.encode()))
    assert _codes(summary) == ["E113"] and "d.jsonl:2" in summary.errors[0].origin
    assert "a" in _ids(tmp_path)


@pytest.mark.parametrize("charset", ["hex", "rot13", "base64", "zlib", "uu", "idna"])
def test_html_declaring_a_non_text_charset_is_read_or_refused(tmp_path: Path, charset: str) -> None:
    page = (
        f'<html><head><meta charset="{charset}"><title>Banjir</title></head><body><article>'
        "<p>Sebanyak 12 orang tewas dalam banjir di Sukamaju pada hari Senin pagi.</p>"
        "<p>Badan penanggulangan bencana mengatakan 300 rumah terendam air.</p>"
        "</article></body></html>"
    )
    summary = _ingest(tmp_path, ("h.html", page.encode()))
    assert summary.stored >= 1
    assert set(_codes(summary)) <= {"E105", "E102"}


def test_a_file_gzipped_twice_is_read(tmp_path: Path) -> None:
    data = gzip.compress(gzip.compress(b"Sebanyak 12 orang tewas dalam banjir.\n"))
    summary = _ingest(tmp_path, ("x.txt.gz", data))
    assert summary.failed == 0 and summary.stored == 2


def test_gzip_nested_deeper_is_refused(tmp_path: Path) -> None:
    data = b"Sebanyak 12 orang.\n"
    for _ in range(5):
        data = gzip.compress(data)
    assert _codes(_ingest(tmp_path, ("x.txt.gz", data))) == ["E108"]


def test_csv_header_with_a_carriage_return(tmp_path: Path) -> None:
    summary = _ingest(tmp_path, ("x.csv", b'id,te\rxt\n1,"12 orang"\n'))
    assert _codes(summary) == ["E110"]


def test_warc_response_without_http_headers(tmp_path: Path) -> None:
    data = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n"
    assert _codes(_ingest(tmp_path, ("x.warc", data))) == ["E109"]


def test_rss_with_broken_cdata_and_content_encoded(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>'
        "<item><title>a</title><guid>http://berita.example/a/1</guid><content:encoded>"
        "<![CDATA[<p>Sebanyak 12 orang tewas.</p>]]</content:encoded></item>"
        "<item><title>b</title><content:encoded><![CDATA[<p>13 orang]]]]></content:encoded>"
        "</item></channel></rss>"
    )
    summary = _ingest(tmp_path, ("f.rss", feed.encode()))
    assert set(_codes(summary)) <= {"E102", "E107"}


@pytest.mark.parametrize("field", ["id", "source", "url"])
def test_a_lone_surrogate_is_stored_replaced(tmp_path: Path, field: str) -> None:
    line = f'{{"id": "s", "{field}": "ab\\udc80c", "text": "Sebanyak 12 orang tewas."}}\n'
    summary = _ingest(tmp_path, ("s.jsonl", line.encode()))
    assert summary.failed == 0 and summary.stored == 2
    stored = "ab\ufffdc" if field == "id" else "s"
    assert stored in _ids(tmp_path)


def test_a_nul_byte_is_one_bad_line_not_a_binary_file(tmp_path: Path) -> None:
    data = (
        b'{"id":"a","text":"Sebanyak 12 orang tewas."}\n\x00\n'
        b'{"id":"b","text":"Sebanyak 13 orang."}\n'
    )
    summary = _ingest(tmp_path, ("n.jsonl", data))
    assert _codes(summary) == ["E103"] and summary.errors[0].origin.endswith("n.jsonl:2")
    assert {"a", "b"} <= _ids(tmp_path)


def test_a_nul_byte_in_a_csv_row_is_one_bad_row(tmp_path: Path) -> None:
    data = b'id,text\na,"Sebanyak 12 orang."\nb,"x\x00y"\nc,"Sebanyak 13 orang."\n'
    summary = _ingest(tmp_path, ("n.csv", data))
    assert _codes(summary) == ["E103"]
    assert {"a", "c"} <= _ids(tmp_path)


def test_a_markup_first_line_in_json_lines_is_one_bad_line(tmp_path: Path) -> None:
    data = (
        b'<div class="x">\n{"id":"a","text":"Sebanyak 12 orang tewas."}\n'
        b'{"id":"b","text":"Sebanyak 13 orang."}\n'
    )
    summary = _ingest(tmp_path, ("m.jsonl", data))
    assert _codes(summary) == ["E106"] and summary.errors[0].origin.endswith("m.jsonl:1")
    assert {"a", "b"} <= _ids(tmp_path)


def test_an_undecodable_first_line_starting_with_markup_is_one_bad_line(tmp_path: Path) -> None:
    """Found by the long fuzz run: junk bytes after a "<" sent the whole file to the HTML
    reader, which refused it, good line and all."""
    data = b"<k)\xb0\x96\xb3 junk\n" + b'{"id":"a","text":"Sebanyak 12 orang tewas."}\n'
    summary = _ingest(tmp_path, ("j.jsonl", data))
    assert _codes(summary) == ["E105"] and summary.errors[0].origin.endswith("j.jsonl:1")
    assert "a" in _ids(tmp_path)


def test_an_html_page_named_jsonl_is_read_as_html(tmp_path: Path) -> None:
    page = b"<html><head><title>Banjir</title></head><body><p>Sebanyak 12 orang tewas.</p>"
    summary = _ingest(tmp_path, ("page.jsonl", page + b"</body></html>\n"))
    assert summary.errors == [] and summary.new == 2


def test_a_stray_line_above_a_csv_header_is_skipped_not_the_file(tmp_path: Path) -> None:
    data = b'Ekspor berita\nid,text\na,"Sebanyak 12 orang."\nb,"Sebanyak 13 orang."\n'
    summary = _ingest(tmp_path, ("s.csv", data))
    assert _codes(summary) == ["E110"] and summary.errors[0].origin.endswith("s.csv:1")
    assert {"a", "b"} <= _ids(tmp_path)


def test_a_csv_without_a_text_column_says_which_columns_it_has(tmp_path: Path) -> None:
    summary = _ingest(tmp_path, ("t.csv", b"id,judul\na,b\nc,d\n"))
    assert _codes(summary) == ["E110"] and "has: id, judul" in summary.errors[0].reason


def test_a_real_binary_file_named_jsonl_is_one_error(tmp_path: Path) -> None:
    data = bytes(range(256)) * 64
    assert _codes(_ingest(tmp_path, ("png.jsonl", data))) == ["E103"]


def test_a_gzip_bomb_of_newlines_stops_early(tmp_path: Path) -> None:
    data = gzip.compress(b"\n" * 50_000_000, compresslevel=9)  # about 50 KB on disk
    summary = _ingest(tmp_path, ("bomb.jsonl.gz", data))
    assert _codes(summary) == ["E111"]


def test_decompressed_bytes_are_limited(tmp_path: Path) -> None:
    data = gzip.compress((GOOD.replace("good", "x") * 2000).encode())
    limits = Limits(max_input_bytes=10_000)
    summary = _ingest(tmp_path, ("big.jsonl.gz", data), limits=limits)
    assert "E111" in _codes(summary) and "x" in _ids(tmp_path)


def test_empty_records_are_counted_but_recorded_only_up_to_the_limit(tmp_path: Path) -> None:
    data = gzip.compress(b"{}\n" * 5000)
    summary = _ingest(tmp_path, ("e.jsonl.gz", data), limits=Limits(max_failures=10))
    assert summary.failed == 5001  # 5000 empty records and the note on the unrecorded ones
    assert _codes(summary) == ["E102"] * 10 + ["E115"]
    conn = sqlite3.connect(tmp_path / "t.db")
    assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 11


def test_items_per_input_are_limited(tmp_path: Path) -> None:
    data = "".join(GOOD.replace("good", f"n{i}") for i in range(20)).encode()
    summary = _ingest(tmp_path, ("many.jsonl", data), limits=Limits(max_items=5))
    assert _codes(summary) == ["E112"] and summary.stored == 6


def test_an_element_with_too_many_attributes(tmp_path: Path) -> None:
    attributes = " ".join(f'a{i}="{i}"' for i in range(50))
    page = (
        f"<html><body><p {attributes}>Sebanyak 12 orang tewas dalam banjir itu.</p></body></html>"
    )
    summary = _ingest(tmp_path, ("a.html", page.encode()), limits=Limits(max_attributes=20))
    assert _codes(summary) == ["E114"]


def test_error_lines_escape_control_characters(tmp_path: Path) -> None:
    summary = _ingest(tmp_path, ("c\x1b[31m.jsonl", b'{"id": "a", "text": ""}\n'))
    shown = str(summary.errors[0])
    assert "\x1b" not in shown and "\\x1b" in shown
