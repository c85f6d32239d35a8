"""The bundled sample corpus is complete, readable in every input format, and its annotation agrees
with the files: every annotated span, boilerplate line, time and alias can be found in its article.

These tests read the sample files directly (standard library, warcio, feedparser), not through
the readers, so that a reader bug cannot hide a broken sample, nor a broken sample a reader bug.
"""

from __future__ import annotations

import csv
import html
import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import feedparser
import pytest
from warcio.archiveiterator import ArchiveIterator

FORMATS = {
    "txt": "*.txt",
    "jsonl": "*.jsonl",
    "html": "*.html",
    "rss": "*-rss.xml",
    "atom": "*-atom.xml",
    "warc": "*.warc.gz",
    "csv": "*.csv",
}
QUALIFIERS = {
    "exact",
    "approx",
    "more_than",
    "less_than",
    "at_least",
    "at_most",
    "range",
    "vague",
    "ratio",
    "fraction",
}
STATUSES = {"asserted", "unconfirmed", "denied"}
BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figure",
    "figcaption",
    "article",
    "section",
    "aside",
    "header",
    "footer",
    "nav",
    "main",
    "title",
    "span",
    "time",
}
ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


class _Text(HTMLParser):
    """Visible text of an HTML page or fragment, one space at each block boundary."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _visible(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def _norm(text: str) -> str:
    return " ".join(html.unescape(text).split())


def _read_txt(path: Path) -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8")}


def _read_html(path: Path) -> dict[str, str]:
    return {path.stem: _visible(path.read_text(encoding="utf-8"))}


def _read_jsonl(path: Path) -> dict[str, str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {row["id"]: f"{row['title']}\n\n{row['text']}" for row in rows}


def _read_csv(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["id"]: f"{row['title']}\n\n{row['text']}" for row in csv.DictReader(fh)}


def _read_rss(path: Path) -> dict[str, str]:
    out = {}
    for item in ET.parse(path).getroot().iter("item"):
        body = _visible(item.findtext(CONTENT, ""))
        out[item.findtext("guid", "")] = f"{item.findtext('title')}\n\n{body}"
    return out


def _atom_content(entry: ET.Element) -> str:
    content = entry.find(f"{ATOM}content")
    if content is None:
        return entry.findtext(f"{ATOM}summary", "")
    if content.get("type") == "xhtml":
        return " ".join(content.itertext())
    return _visible(content.text or "")


def _read_atom(path: Path) -> dict[str, str]:
    entries = ET.parse(path).getroot().iter(f"{ATOM}entry")
    return {
        e.findtext(f"{ATOM}id", ""): f"{e.findtext(f'{ATOM}title')}\n\n{_atom_content(e)}"
        for e in entries
    }


def _warc_records(path: Path) -> list[tuple[str, str, str, bytes]]:
    """(record type, target URI, HTTP content type, payload) for every record."""
    out = []
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            http = record.http_headers
            ctype = http.get_header("Content-Type", "") if http else ""
            out.append((record.rec_type, uri, ctype, record.content_stream().read()))
    return out


def _read_warc(path: Path) -> dict[str, str]:
    return {
        uri: _visible(body.decode("utf-8"))
        for kind, uri, ctype, body in _warc_records(path)
        if kind == "response" and ctype.startswith("text/html")
    }


READERS = {
    "txt": _read_txt,
    "html": _read_html,
    "jsonl": _read_jsonl,
    "csv": _read_csv,
    "rss": _read_rss,
    "atom": _read_atom,
    "warc": _read_warc,
}


@pytest.fixture(scope="module")
def expected(samples_dir: Path) -> dict[str, Any]:
    return json.loads((samples_dir.parent / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def texts(samples_dir: Path) -> dict[str, tuple[str, str]]:
    """Article key -> (file name, normalised raw text), over every sample input."""
    found: dict[str, tuple[str, str]] = {}
    for fmt, pattern in FORMATS.items():
        for path in sorted(samples_dir.glob(pattern)):
            for key, text in READERS[fmt](path).items():
                assert key not in found, f"{key} appears in {found[key][0]} and {path.name}"
                found[key] = (path.name, _norm(text))
    return found


def _text(texts: dict[str, tuple[str, str]], key: str) -> str:
    assert key in texts, f"article {key!r} of expected.json is in no sample file"
    return texts[key][1]


def _names(expected: dict[str, Any]) -> set[str]:
    return {e["canonical"] for e in expected["entities"]} | set(expected["unnamed_sources"])


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def test_every_input_format_is_present(samples_dir: Path) -> None:
    for fmt, pattern in FORMATS.items():
        assert list(samples_dir.glob(pattern)), f"no {fmt} sample ({pattern})"
    for name in ("README.md", "expected.json", "make_warc.py"):
        assert (samples_dir.parent / name).is_file()


def test_expected_has_the_seed_annotation_shape(expected: dict[str, Any]) -> None:
    for key in (
        "articles",
        "same_origin",
        "stories",
        "entities",
        "claims",
        "denials",
        "times",
        "timeline",
    ):
        assert expected[key], key
    for article in expected["articles"].values():
        for key in ("title", "outlet", "dateline", "credit", "published_between", "boilerplate"):
            assert key in article


def test_every_article_is_read_from_the_file_it_names(
    expected: dict[str, Any], texts: dict[str, tuple[str, str]]
) -> None:
    assert set(expected["articles"]) == set(texts)
    for key, article in expected["articles"].items():
        assert texts[key][0] == article["file"], key
        if article["title"]:
            assert _norm(article["title"]) in texts[key][1], key


def test_articles_are_short_news_reports(
    expected: dict[str, Any], texts: dict[str, tuple[str, str]]
) -> None:
    for key, article in expected["articles"].items():
        if article["format"] in ("html", "warc"):
            continue  # page chrome (menus, footers) would inflate the count
        words = len(texts[key][1].split())
        words -= sum(len(line.split()) for line in article["boilerplate"])
        assert 150 <= words <= 420, (key, words)


def test_content_hash_articles_are_keyed_by_url(expected: dict[str, Any]) -> None:
    hashed = {k: a for k, a in expected["articles"].items() if a["id_kind"] == "content_hash"}
    assert hashed
    for key, article in hashed.items():
        assert key == article["url"] and article["format"] == "warc"


def test_every_claim_is_found_in_its_article(
    expected: dict[str, Any], texts: dict[str, tuple[str, str]]
) -> None:
    for claim in expected["claims"]:
        assert _norm(claim["where"]) in _text(texts, claim["article"]), claim


def test_every_boilerplate_line_time_and_denial_is_found(
    expected: dict[str, Any], texts: dict[str, tuple[str, str]]
) -> None:
    for key, article in expected["articles"].items():
        for line in article["boilerplate"]:
            assert _norm(line) in _text(texts, key), (key, line)
    for item in expected["times"]:
        assert _norm(item["text"]) in _text(texts, item["article"]), item
    for denial in expected["denials"]:
        assert _norm(denial["where"]) in _text(texts, denial["article"]), denial


def test_no_claim_comes_from_a_boilerplate_line(expected: dict[str, Any]) -> None:
    for claim in expected["claims"]:
        lines = expected["articles"][claim["article"]]["boilerplate"]
        assert not any(claim["where"] in line for line in lines), claim


def test_claims_are_well_formed(expected: dict[str, Any]) -> None:
    names = _names(expected)
    for claim in expected["claims"]:
        assert claim["article"] in expected["articles"]
        assert claim["qualifier"] in QUALIFIERS and claim["status"] in STATUSES, claim
        value = claim["value"]
        if claim["qualifier"] in ("range", "vague"):
            assert isinstance(value, list) and value[0] <= value[1], claim
        else:
            assert isinstance(value, int | float), claim
        for name in _as_list(claim["source"]) + _as_list(claim["about"]):
            assert name in names, (name, claim["where"])
        if claim["when"] is not None:
            start, end = (date.fromisoformat(d) for d in claim["when"])
            assert start <= end, claim


def test_denials_and_times_are_well_formed(expected: dict[str, Any]) -> None:
    names = _names(expected)
    for denial in expected["denials"]:
        assert denial["kind"] in ("denial", "not_confirmed")
        assert all(name in names for name in _as_list(denial["by"])), denial
    kinds = {d["kind"] for d in expected["denials"]}
    assert kinds == {"denial", "not_confirmed"}
    for item in expected["times"]:
        start, end = (date.fromisoformat(d) for d in item["value"])
        assert start <= end, item
    for article in expected["articles"].values():
        start, end = (date.fromisoformat(d) for d in article["published_between"])
        assert start <= end


def test_every_alias_occurs_in_some_article(
    expected: dict[str, Any], texts: dict[str, tuple[str, str]]
) -> None:
    corpus = "\n".join(text for _, text in texts.values())
    for entity in expected["entities"]:
        for alias in entity["aliases"]:
            assert alias in corpus, (entity["canonical"], alias)


def test_stories_partition_the_articles(expected: dict[str, Any]) -> None:
    seen = [key for story in expected["stories"] for key in story["articles"]]
    assert sorted(seen) == sorted(expected["articles"])
    for group in expected["same_origin"] + expected["not_same_origin"]:
        assert set(group["articles"]) <= set(expected["articles"])


def test_timeline_points_are_backed_by_claims(expected: dict[str, Any]) -> None:
    backed = {(json.dumps(c["value"]), c["source"]) for c in expected["claims"]}
    timelines = [expected["timeline"], *expected["other_timelines"]]
    for point in (p for t in timelines for p in t["points_in_order"]):
        assert (json.dumps(point["value"]), point["source"]) in backed, point
        date.fromisoformat(point["reported"])


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _containment(a: str, b: str) -> float:
    """Share of a's word 5-grams found in b (b may carry page chrome around the article)."""
    sa = _shingles(a)
    return len(sa & _shingles(b)) / len(sa)


def test_wire_copies_are_near_duplicates_and_the_rewrite_is_not(
    expected: dict[str, Any], texts: dict[str, tuple[str, str]]
) -> None:
    group = expected["same_origin"][0]["articles"]
    copy_a, copy_b, rewrite = (_text(texts, key) for key in group)
    assert _containment(copy_a, copy_b) > 0.6
    assert _containment(copy_a, rewrite) < 0.15  # same facts, different words: the hard case


def test_warc_opens_with_warcio_and_mixes_html_with_records_to_skip(samples_dir: Path) -> None:
    records = _warc_records(samples_dir / "archive.warc.gz")
    kinds = [kind for kind, _, _, _ in records]
    html_pages = [r for r in records if r[0] == "response" and r[2].startswith("text/html")]
    other = [r for r in records if r[0] == "response" and not r[2].startswith("text/html")]
    assert kinds[0] == "warcinfo" and "request" in kinds
    assert len(html_pages) == 2 and other


def test_warc_generator_reproduces_the_archive(samples_dir: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_warc", samples_dir.parent / "make_warc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.build(tmp_path / "archive.warc.gz")
    assert _warc_records(fresh) == _warc_records(samples_dir / "archive.warc.gz")


def test_feeds_parse_cleanly_and_carry_ids_and_dates(samples_dir: Path) -> None:
    for name in ("suarateluk-rss.xml", "asiacurrent-atom.xml"):
        feed = feedparser.parse(str(samples_dir / name))
        assert not feed.bozo and len(feed.entries) >= 2, name
        assert all(e.id and e.get("published") and e.content for e in feed.entries), name


def test_tables_have_the_documented_columns(samples_dir: Path) -> None:
    columns = ["id", "title", "text", "url", "published"]
    with (samples_dir / "harianlintas.csv").open(encoding="utf-8", newline="") as fh:
        assert csv.DictReader(fh).fieldnames == [*columns, "outlet"]
    for line in (samples_dir / "wartanusa.jsonl").read_text(encoding="utf-8").splitlines():
        assert list(json.loads(line)) == [*columns, "source"]
