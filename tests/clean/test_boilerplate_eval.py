"""Evaluation gate: boilerplate recall and body precision on the held-out test split of the
boilerplate set (tests/gold/boilerplate/: 436 articles and pages annotated before tuning, split
once; a tenth, an eleventh and a twelfth draw of about 60 each are dev only).

Rules are tuned on dev with ``bench/eval_boilerplate.py --split dev --show misses``; only the
test split is scored here. Minimums sit a little below the measured scores: raise them as
cleaning improves, never lower them to let a change through. Without ../shared the gate skips.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.boilerplate_eval import Scores, learned_cleaner, score

pytestmark = pytest.mark.corpus

# Measured on the test split (see the closing notes for the history); pinned just below.
# Last measured with the structural rules tuned on the fifteenth, dev-only draw (the page's
# foot, a rubric over the headline, repeated controls, a table of contents, product cards,
# captions closed by their source): id 0.951 (was 0.933; written pages 0.962, drawn articles
# 0.800), en 0.971, body precision id 0.9994, en 1.000.
MINIMUMS = {
    "id": {"recall": 0.95, "precision": 0.995},
    "en": {"recall": 0.95, "precision": 0.995},
}


def test_the_test_split_meets_the_pinned_minimums(shared_dir: Path) -> None:
    _check(score(shared_dir, "test"), "")


def test_lines_learned_per_outlet_keep_the_minimums(shared_dir: Path) -> None:
    """With the lines the store learns for each outlet from its other articles in ../shared."""
    _check(score(shared_dir, "test", learned_cleaner(shared_dir)), " learned")


def _check(s: Scores, how: str) -> None:
    below = {}
    for lang, floors in MINIMUMS.items():
        got = {"recall": s.recall(lang), "precision": s.precision(lang)}
        print(f"boilerplate {lang} test{how}:", {k: round(v, 4) for k, v in got.items()})
        below |= {f"{lang} {k}": got[k] for k, floor in floors.items() if got[k] < floor}
    assert not below, f"test split below its pinned minimums {MINIMUMS}: {below}"
