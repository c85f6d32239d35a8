"""Format detection from the first bytes, with the extension as a hint."""

from __future__ import annotations

import pytest

from telusur.readers import sniff
from telusur.readers.detect import extension_format


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel>', "x.txt", "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom">', None, "feed"),
        ("<!-- arsip -->\n<!DOCTYPE html><html><head>", "page.xml", "html"),
        ("<html><body><p>Halo</p>", None, "html"),
        ("<div>Potongan</div>", None, "html"),
        ("WARC/1.0\r\nWARC-Type: warcinfo", None, "warc"),
        ('{"id": 1, "text": "a"}\n', None, "jsonl"),
        ('{"id": 1, "text": "a"}\n', "notes.txt", "txt"),
        ("id,title,text\n1,Judul,Isi\n", None, "csv"),
        ("judul;isi\nA;B\n", "data.csv", "csv"),
        ("Jakarta - Presiden berpidato.", None, "txt"),
        ("Tanpa tanda kurung siku", "page.html", "txt"),
    ],
)
def test_sniff(head: str, name: str | None, expected: str):
    assert sniff(head, name) == expected


def test_extension_looks_through_gzip():
    assert extension_format("arsip/crawl-01.warc.gz") == "warc"
    assert extension_format("dump.jsonl.gz") == "jsonl"
    assert extension_format("README.md") is None
