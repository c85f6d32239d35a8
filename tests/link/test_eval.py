"""Quality gates on the seeds and on hand-labelled development sets from the shared corpus.

Features come from the real per-article analysis, as the store builds them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .evaluate import (
    bcubed,
    corpus_analyses,
    labels,
    link_all,
    origin_pairs,
    pair_scores,
    sample_analyses,
    sample_gold,
    seed_analyses,
    story_of,
)


def test_seed_renderings_form_the_only_origin_group(seeds_dir: Path, gold: dict[str, Any]) -> None:
    linker = link_all(seed_analyses(seeds_dir))
    want = {frozenset(g["articles"]) for g in gold["same_origin"]}
    assert origin_pairs(linker) == want


def test_seeds_are_one_story(seeds_dir: Path, gold: dict[str, Any]) -> None:
    linker = link_all(seed_analyses(seeds_dir))
    assert len(set(story_of(linker, gold["stories"][0]["articles"]).values())) == 1


@pytest.mark.corpus
def test_insei_stories_and_copies(corpus_dir: Path) -> None:
    lab = labels()
    linker = link_all(corpus_analyses(corpus_dir / "id_insei_economy_2017-2025.jsonl"))
    gold = {a: str(i) for i, story in enumerate(lab["insei_stories"]) for a in story}
    p, r, f = bcubed(story_of(linker, gold), gold)
    print(f"insei stories BCubed P={p:.3f} R={r:.3f} F1={f:.3f}")
    op, orec, of = pair_scores(
        origin_pairs(linker, set(gold)), {frozenset(x) for x in lab["insei_copies"]}
    )
    print(f"insei same-origin pairs P={op:.3f} R={orec:.3f} F1={of:.3f}")
    assert p >= 0.9 and r >= 0.9 and f >= 0.9
    # These labels hold near-verbatim copies only; rewrites of one release, which the shared
    # sentences now join (and the devcorpus set counts as one origin), read as misses here.
    # Measured P 0.727, R 0.889: the three pairs added by the full-text second look are one
    # outlet's rewrite of a wire's report of a central bank event, joined to its group.
    assert op >= 0.7 and orec >= 0.8


@pytest.mark.corpus
def test_insei_hard_negatives_stay_apart(corpus_dir: Path) -> None:
    """One-article gold stories (another day of a recurring report, another event on the same
    topic) share their story with no other labelled article."""
    lab = labels()
    linker = link_all(corpus_analyses(corpus_dir / "id_insei_economy_2017-2025.jsonl"))
    labelled = [a for story in lab["insei_stories"] for a in story]
    stories = story_of(linker, labelled)
    for story in lab["insei_stories"]:
        if len(story) == 1:
            assert [a for a in labelled if stories[a] == stories[story[0]]] == story


@pytest.mark.corpus
def test_bbc_duplicates(corpus_dir: Path) -> None:
    linker = link_all(corpus_analyses(corpus_dir / "en_bbc_2004-2005.jsonl"))
    p, r, f = pair_scores(origin_pairs(linker), {frozenset(x) for x in labels()["bbc_copies"]})
    print(f"bbc same-origin pairs P={p:.3f} R={r:.3f} F1={f:.3f}")
    assert r >= 0.98 and p >= 0.85


@pytest.mark.parametrize(
    ("order", "min_recall"),
    [("ingest", 0.28), ("published", 0.65)],  # measured 0.390 and 0.657
)
def test_sample_flood_follow_ups_join_one_story(order: str, min_recall: float) -> None:
    """The bundled developing story: follow-ups that revise the figures join the story through
    its own place and people names; the other flood, same outlet and day, stays apart. Linked in
    the order ingest meets the files, and in publication order (as news arrives)."""
    analyses = list(sample_analyses())
    if not analyses:
        pytest.skip("the sample news is absent")
    if order == "published":
        analyses.sort(key=lambda a: a.article.published.start or "")
    gold, keys = sample_gold(analyses)
    linker = link_all(analyses)
    pred = {keys[a]: linker.result_of(a).story for a in linker.ids}
    p, r, f = bcubed(pred, gold)
    print(f"sample stories ({order} order) BCubed P={p:.3f} R={r:.3f} F1={f:.3f}")
    assert p >= 0.99 and r >= min_recall
