"""The story scorer for labels made relative to seeds: judged pairs only, clusters merged."""

from __future__ import annotations

import pytest

from .evaluate import joined_rate, judged_bcubed, story_judgements

CLUSTERS = [
    {"seed": "s1", "same_story": ["a", "b"], "other_story": ["x", "y"], "unsure": ["u"]},
    {"seed": "s2", "same_story": ["b"], "other_story": ["z"], "unsure": []},
]


def test_clusters_sharing_an_article_merge() -> None:
    gold = story_judgements(CLUSTERS)
    assert len({gold.story[a] for a in ("s1", "a", "b", "s2")}) == 1
    assert "u" not in gold.story


def test_candidates_judged_apart_from_a_seed_do_not_count_against_each_other() -> None:
    gold = story_judgements(CLUSTERS)
    # x and y joined: nobody judged them apart, so it costs nothing.
    pred = {a: "one" for a in ("s1", "a", "b", "s2")} | {"x": "xy", "y": "xy", "z": "z"}
    assert judged_bcubed(pred, gold) == (1.0, 1.0, 1.0)
    assert joined_rate(pred, gold.apart_pairs) == 0.0


def test_a_separate_event_joined_costs_precision() -> None:
    gold = story_judgements(CLUSTERS)
    pred = {a: "one" for a in ("s1", "a", "b", "s2", "x")} | {"y": "y", "z": "z"}
    p, r, _ = judged_bcubed(pred, gold)
    assert r == 1.0 and p < 1.0
    assert joined_rate(pred, gold.apart_pairs) == pytest.approx(1 / 3)


def test_a_split_story_costs_recall() -> None:
    gold = story_judgements(CLUSTERS)
    pred = {a: "one" for a in ("s1", "a")} | {"b": "two", "s2": "two", "x": "x", "y": "y", "z": "z"}
    p, r, _ = judged_bcubed(pred, gold)
    assert p == 1.0 and r < 1.0
    assert joined_rate(pred, gold.same_pairs) == pytest.approx(2 / 3)
