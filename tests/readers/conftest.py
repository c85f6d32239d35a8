"""Fixtures that build small inputs in tmp_path and read them back."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from telusur.readers import read_bytes, read_paths
from telusur.records import RawItem, ReadError

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title} - Kabar Pagi</title>
{head}</head><body><nav>Beranda | Ekonomi | Olahraga</nav><article><h1>{title}</h1>
<p>Harga cabai rawit di Pasar Minggu naik menjadi Rp80.000 per kilogram.</p>
<p>Pedagang mengatakan pasokan dari Jawa Tengah berkurang karena hujan.</p>
<p>Dinas perdagangan memperkirakan harga turun dalam dua pekan.</p>
<p>{extra}</p></article><footer>Hak cipta 2024 Kabar Pagi</footer></body></html>"""


Found = tuple[list[RawItem], list[ReadError]]


@pytest.fixture
def make_page() -> Callable[..., str]:
    def _page(
        title: str = "Harga cabai naik", head: str = "", extra: str = "", charset: str = "utf-8"
    ) -> str:
        return PAGE.format(title=title, head=head, extra=extra, charset=charset)

    return _page


def split(found: list[RawItem | ReadError]) -> tuple[list[RawItem], list[ReadError]]:
    items = [x for x in found if isinstance(x, RawItem)]
    errors = [x for x in found if isinstance(x, ReadError)]
    return items, errors


@pytest.fixture
def read(tmp_path: Path) -> Callable[..., Found]:
    """Write ``name`` with ``content`` in tmp_path and read it back."""

    def _read(name: str, content: str | bytes, **options: object) -> Found:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return split(list(read_paths([str(path)], **options)))  # type: ignore[arg-type]

    return _read


@pytest.fixture
def read_data() -> Callable[..., Found]:
    """Read in-memory bytes, as the feed watcher and stdin do."""

    def _read(data: bytes, origin: str = "mem", **options: object) -> Found:
        return split(list(read_bytes(data, origin, **options)))  # type: ignore[arg-type]

    return _read


@pytest.fixture
def make_warc() -> Callable[..., bytes]:
    return warc_bytes


def warc_bytes(records: list[tuple[str, int, str, bytes]], gz: bool = True) -> bytes:
    """A WARC of (url, status, content type, body) response records plus one request record."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for url, status, content_type, body in records:
        http = StatusAndHeaders(
            f"{status} OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http
        )
        writer.write_record(record)
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET /")))
    return out.getvalue()
