"""The cleaning stage on the reference seeds and the whole corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from telusur.clean import clean
from telusur.clean.text import normalise
from telusur.readers import read_paths
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
