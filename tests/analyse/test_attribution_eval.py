"""Evaluation gate: claims, sources, status and denials on the held-out test split of the
attribution sets (tests/gold/attribution/: 100 real articles nobody tuned the rules on,
annotated before tuning, split once into dev and test).

Only the test split is scored here; rules are tuned on dev with ``bench/eval_attribution.py
--split dev --show misses``. Scores are printed (``pytest -s``) and pinned to minimums a little
below the measured ones: raise them as the analysis improves, never lower them to let a change
through. The articles are read from ../shared; without it the gate skips.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attribution_eval import analyse_set, load_gold, score

pytestmark = pytest.mark.corpus

# Measured on the test split (see the closing notes for the history); pinned just below.
MINIMUMS = {
    "id": {
        "recall": 0.89,
        "precision": 0.91,
        "source": 0.80,
        "status": 0.96,
        "denial_recall": 0.3,
        "denial_precision": 0.45,  # 1/2
    },
    "en": {
        "recall": 0.95,
        "precision": 0.92,
        "source": 0.80,
        "status": 0.99,
        "denial_recall": 0.25,
        "denial_precision": 0.55,  # 3/5
    },
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_test_split_meets_the_pinned_minimums(lang: str, shared_dir: Path) -> None:
    gold = load_gold(lang)
    result = score(analyse_set(shared_dir, gold, "test"), gold)
    shown = {k: round(v, 3) for k, v in result.values.items()}
    print(f"attribution {lang} test:", shown, "wrong sources:", dict(result.errors))
    below = {k: shown[k] for k, floor in MINIMUMS[lang].items() if result.values[k] < floor}
    assert not below, f"{lang} test split below its pinned minimums {MINIMUMS[lang]}: {below}"
