"""WARC: only 200 HTML responses, target URI as url, record offsets as origin."""

from __future__ import annotations

import io
import subprocess
import sys


def test_html_responses_are_read_and_the_rest_skipped(read, make_page, make_warc):
    data = make_warc(
        [
            ("https://kabar.example/a", 200, "text/html; charset=utf-8", make_page().encode()),
            ("https://kabar.example/logo.png", 200, "image/png", b"\x89PNG\x00"),
            ("https://kabar.example/hilang", 404, "text/html", b"<html>404</html>"),
            ("https://kabar.example/b", 200, "text/html", make_page(title="Harga bawang").encode()),
        ]
    )
    items, errors = read("crawl.warc.gz", data)
    assert errors == []
    assert [item.url for item in items] == ["https://kabar.example/a", "https://kabar.example/b"]
    assert items[1].title == "Harga bawang" and items[1].format == "warc"
    offsets = [int(item.origin.rsplit("#", 1)[1]) for item in items]
    assert offsets[0] == 0 and offsets[1] > offsets[0]
    assert all(item.id.startswith("h_") for item in items)


def test_uncompressed_warc(read, make_page, make_warc):
    data = make_warc(
        [("https://kabar.example/c", 200, "text/html", make_page().encode())], gz=False
    )
    (item,), errors = read("crawl.warc", data)
    assert errors == [] and item.url == "https://kabar.example/c"


def test_size_limit_applies_per_record(read, make_page, make_warc):
    small = make_page().encode()
    big = make_page(extra="Paragraf panjang. " * 2000).encode()
    data = make_warc(
        [
            ("https://k.example/1", 200, "text/html", big),
            ("https://k.example/2", 200, "text/html", small),
        ]
    )
    items, (error,) = read("batas.warc.gz", data, max_bytes=len(small) + 500)
    assert [item.url for item in items] == ["https://k.example/2"]
    assert error.code == "E104" and "#" in error.origin


def test_truncated_warc_reports_and_keeps_earlier_records(read, make_page, make_warc):
    one = make_warc([("https://k.example/1", 200, "text/html", make_page().encode())], gz=False)
    two = make_warc([("https://k.example/2", 200, "text/html", make_page().encode())], gz=False)
    items, errors = read("putus.warc", one + two[: len(two) // 3])
    assert [item.url for item in items] == ["https://k.example/1"]
    (error,) = errors
    assert error.code == "E109" and "truncated" in error.reason
    assert error.origin.startswith(items[0].origin.split("#")[0] + "#")


def test_truncated_gzip_warc(read, make_page, make_warc):
    one = make_warc([("https://k.example/1", 200, "text/html", make_page().encode())])
    two = make_warc([("https://k.example/2", 200, "text/html", make_page().encode())])
    items, errors = read("putus.warc.gz", one + two[: len(two) // 2])
    assert [item.url for item in items] == ["https://k.example/1"]
    assert [error.code for error in errors] == ["E109"]


def test_warc_from_a_pipe_keeps_record_offsets(make_page, make_warc):
    from telusur.readers import read_bytes, read_stream

    data = make_warc(
        [(f"https://k.example/{n}", 200, "text/html", make_page().encode()) for n in (1, 2)]
    )
    piped = [item.origin for item in read_stream(_Pipe(data), "<stdin>")]
    seekable = [item.origin for item in read_bytes(data, "<stdin>")]
    assert piped == seekable and len(piped) == 2 and piped[0] == "<stdin>#0"


class _Pipe(io.BufferedReader):
    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))

    def seekable(self) -> bool:
        return False


def test_a_repaired_target_uri_is_read_without_its_raw_text_on_stderr(
    tmp_path, make_page, make_warc
):
    """warcio logs the raw URI it repairs; with no handler Python would print it to stderr,
    control characters and all."""
    data = make_warc(
        [("https://kabar.example/a b\x1b[31m", 200, "text/html", make_page().encode())], gz=False
    )
    (tmp_path / "crawl.warc").write_bytes(data)
    run = subprocess.run(
        [sys.executable, "-m", "telusur", "analyze", str(tmp_path / "crawl.warc"), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and "kabar.example/a%20b" in run.stdout
    assert run.stderr == ""
