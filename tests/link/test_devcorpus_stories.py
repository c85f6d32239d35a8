"""Story gate on the devcorpus story labels (tests/gold/linking/devcorpus_stories.json): the
whole file is read, analysed and linked as ingest does (once, shared with the same-origin gate),
and the labelled articles are scored with BCubed on the split given.

Each seed's candidates were labelled relative to it: the same developing event, or a related but
separate one (another match, another day's price report, another protest). Each article's
precision and recall are taken over the articles whose relation to it was judged
(``judged_bcubed``). ``apart_joined`` is the share of seed–candidate pairs judged separate events
that linking puts in one story; ``same_split`` the share of same-story pairs it keeps apart.
Set TELUSUR_DEVCORPUS=1 to run it (minutes on two cores).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .evaluate import story_gold, story_scores
from .test_devcorpus_origin import _linked


@pytest.mark.corpus
@pytest.mark.timeout(3600)
@pytest.mark.parametrize(
    ("split", "minimum", "most_joined"),
    [
        # Measured: dev P 0.923, R 0.871, F1 0.896, apart_joined 0.122, same_split 0.262
        # since a story is known by its newest members' fixtures (before: P 0.923, R 0.865,
        # F1 0.893; P 0.925, R 0.840, F1 0.880; at first P 0.930, R 0.769, F1 0.842).
        ("dev", {"P": 0.91, "R": 0.85, "F1": 0.88}, 0.14),
        # Measured: test P 0.944, R 0.896, F1 0.919, apart_joined 0.145, same_split 0.207
        # (before: P 0.944, R 0.897, F1 0.920; P 0.945, R 0.883, F1 0.913; at first P 0.949,
        # R 0.833, F1 0.887).
        ("test", {"P": 0.93, "R": 0.89, "F1": 0.91}, 0.15),
    ],
)
def test_devcorpus_stories(
    shared_dir: Path, split: str, minimum: dict[str, float], most_joined: float
) -> None:
    if not os.environ.get("TELUSUR_DEVCORPUS"):
        pytest.skip("the devcorpus gate runs with TELUSUR_DEVCORPUS=1 (it takes minutes)")
    path = shared_dir / "devcorpus" / "id_clickid_2019-09.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    scores = story_scores(_linked(path), story_gold(split))
    shown = " ".join(f"{k}={v:.3f}" for k, v in scores.items())
    print(f"devcorpus {split} stories BCubed {shown}")
    assert scores["apart_joined"] <= most_joined, scores
    for key, low in minimum.items():
        assert scores[key] >= low, (key, scores)
