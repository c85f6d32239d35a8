"""Quality gates on the seeds and on hand-labelled development sets from the shared corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from telusur.records import Article

from .evaluate import bcubed, corpus_articles, labels, link_all, origin_pairs, pair_scores, story_of


def seed_articles(seeds_dir: Path) -> list[Article]:
    return [
        Article(id=p.stem, text=p.read_text(encoding="utf-8"), format="txt", origin=str(p))
        for p in sorted(seeds_dir.glob("*.txt"))
    ]


def test_seed_renderings_form_the_only_origin_group(seeds_dir: Path, gold: dict[str, Any]) -> None:
    linker = link_all(seed_articles(seeds_dir))
    want = {frozenset(g["articles"]) for g in gold["same_origin"]}
    assert origin_pairs(linker) == want


@pytest.mark.xfail(
    reason="seeds share too few figures and names for the text stand-ins", strict=False
)
def test_seeds_are_one_story(seeds_dir: Path, gold: dict[str, Any]) -> None:
    linker = link_all(seed_articles(seeds_dir))
    assert len(set(story_of(linker, gold["stories"][0]["articles"]).values())) == 1


@pytest.mark.corpus
def test_insei_stories_and_copies(corpus_dir: Path) -> None:
    lab = labels()
    linker = link_all(corpus_articles(corpus_dir / "id_insei_economy_2017-2025.jsonl"))
    gold = {a: str(i) for i, story in enumerate(lab["insei_stories"]) for a in story}
    p, r, f = bcubed(story_of(linker, gold), gold)
    print(f"insei stories BCubed P={p:.3f} R={r:.3f} F1={f:.3f}")
    op, orec, of = pair_scores(
        origin_pairs(linker, set(gold)), {frozenset(x) for x in lab["insei_copies"]}
    )
    print(f"insei same-origin pairs P={op:.3f} R={orec:.3f} F1={of:.3f}")
    assert p >= 0.78 and r >= 0.74 and f >= 0.76
    assert op >= 0.55 and orec >= 0.8


@pytest.mark.corpus
def test_bbc_duplicates(corpus_dir: Path) -> None:
    linker = link_all(corpus_articles(corpus_dir / "en_bbc_2004-2005.jsonl"))
    p, r, f = pair_scores(origin_pairs(linker), {frozenset(x) for x in labels()["bbc_copies"]})
    print(f"bbc same-origin pairs P={p:.3f} R={r:.3f} F1={f:.3f}")
    assert r >= 0.98 and p >= 0.5
