"""Same-origin gate on the devcorpus labels (tests/gold/linking): the whole file is read,
analysed and linked as ingest does, and the labelled pairs are scored on the split given.

Independent reports of one event must stay apart; copies, cuts, rewrites of one release and
in-group syndication must meet. The test split is what closing notes report; tuning reads dev.
Analysing and linking 19,759 articles takes minutes, beyond the suite's budget on two cores: set
TELUSUR_DEVCORPUS=1 to run it.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import pytest

from telusur.link import Linker

from .evaluate import corpus_analyses, link_all

GOLD = Path(__file__).resolve().parents[1] / "gold" / "linking" / "devcorpus_origin.json"
NEGATIVE = ("independent", "partial", "other_event")


@functools.cache
def _linked(path: Path) -> Linker:
    return link_all(corpus_analyses(path))


def _scores(linker: Linker, split: dict[str, list[list[str]]]) -> dict[str, float]:
    def joined(pair: list[str]) -> bool:
        return linker.result_of(pair[0]).origin == linker.result_of(pair[1]).origin

    tp = sum(joined(p) for p in split["same_origin"])
    fp = sum(joined(p) for kind in NEGATIVE for p in split.get(kind, []))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / len(split["same_origin"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    independent = sum(joined(p) for p in split["independent"]) / len(split["independent"])
    return {"P": precision, "R": recall, "F1": f1, "independent_joined": independent}


@pytest.mark.corpus
@pytest.mark.timeout(3600)
@pytest.mark.parametrize(
    ("name", "minimum"),
    [
        ("dev", {"P": 0.88, "R": 0.9, "F1": 0.9}),
        # Measured: test P 0.926, R 0.877, F1 0.901 (independent joined 0.000) since two
        # outlets' texts the sentence sketches find sharing too little are aligned again on
        # their full words (``origin.second_look``); before: P 0.941, R 0.842, F1 0.889.
        ("test", {"P": 0.92, "R": 0.86, "F1": 0.89}),
    ],
)
def test_devcorpus_same_origin(shared_dir: Path, name: str, minimum: dict[str, float]) -> None:
    if not os.environ.get("TELUSUR_DEVCORPUS"):
        pytest.skip("the devcorpus gate runs with TELUSUR_DEVCORPUS=1 (it takes minutes)")
    path = shared_dir / "devcorpus" / "id_clickid_2019-09.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    scores = _scores(_linked(path), gold[name])
    print(f"devcorpus {name} same-origin " + " ".join(f"{k}={v:.3f}" for k, v in scores.items()))
    assert scores["independent_joined"] <= 0.05
    for key, low in minimum.items():
        assert scores[key] >= low, (key, scores)
