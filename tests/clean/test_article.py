"""The cleaning stage on the reference seeds and the whole corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from telusur.clean import clean
from telusur.clean.text import normalise
from telusur.readers import read_paths
from telusur.readers.html import read_html
from telusur.records import RawItem

pytestmark = pytest.mark.corpus


def _seed(path: Path) -> RawItem:
    text = path.read_text(encoding="utf-8")
    return RawItem(text=text, origin=str(path), format="txt", id=path.stem, stem=path.stem)


def test_seeds_match_gold(seeds_dir: Path, gold: dict[str, Any]) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        want = gold["articles"][path.stem]
        article = clean(_seed(path))
        assert set(article.boilerplate) == set(want["boilerplate"]), path.stem
        original = {
            line for line in normalise(path.read_text(encoding="utf-8")).split("\n") if line
        }
        kept = set(article.text.split("\n"))
        gone = original - kept - {article.rubric}
        assert gone == set(want["boilerplate"]), path.stem
        for field in ("title", "rubric", "outlet", "dateline", "credit"):
            if field in want:
                assert getattr(article, field) == want[field], (path.stem, field)
        assert article.language == "id"
        assert article.published.how == "unknown"


def test_corpus_cleans_without_a_crash(corpus_dir: Path) -> None:
    total = with_boilerplate = 0
    for raw in read_paths(str(p) for p in sorted(corpus_dir.glob("*.jsonl"))):
        assert isinstance(raw, RawItem), raw
        article = clean(raw)
        total += 1
        with_boilerplate += bool(article.boilerplate)
        assert article.text.strip()
        assert article.language in ("id", "ms", "en")
        if raw.published:
            assert article.published.how == "metadata"
    print(f"\n{total} corpus articles cleaned, {with_boilerplate} with boilerplate removed")
    assert total > 0


def test_a_pages_rubric_above_its_headline_leaves_the_text() -> None:
    html = (
        "<html><head><title>Lima Pelajaran dari Sekolah Apung</title></head><body><article>"
        "<p>Kompasiana Humaniora Pendidikan</p><h1>Lima Pelajaran dari Sekolah Apung</h1>"
        "<p>Setiap pagi, dua perahu kayu menjemput 34 murid dari rumah panggung di danau.</p>"
        "<p>Saya mengajar di sekolah apung itu sejak 2021, dan inilah yang saya pelajari.</p>"
        "</article></body></html>"
    )
    item = next(read_html(html.encode(), "page.html"))
    assert isinstance(item, RawItem)
    article = clean(item)
    assert article.text.startswith("Lima Pelajaran dari Sekolah Apung\n\nSetiap pagi")
    assert "Kompasiana Humaniora Pendidikan" in article.boilerplate
