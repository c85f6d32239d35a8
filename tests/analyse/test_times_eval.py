"""Evaluation gate: time accuracy on the held-out test split of the time sets
(tests/gold/times/: 80 real articles, 40 Indonesian and 40 English, annotated before tuning and
split once into dev and test).

Rules are tuned on dev with ``bench/eval_times.py --misses``. Scores are printed (``pytest -s``)
and pinned a little below the measured ones: raise them as the analysis improves, never lower
them to let a change through. The articles are read from ../shared; without it the gate skips.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.times_eval import ANCHOR, line, report, score

pytestmark = pytest.mark.corpus

# Measured on the test split: id 0.959 (47/49), en 0.269 (21/78); durations found: id 2/2,
# en 10/12. The English pages with the publication day given: 0.744 (58/78).
MINIMUMS = {"id": 0.94, "en": 0.25}
DURATIONS = {"id": 1.0, "en": 0.80}
EN_ANCHORED = 0.72


def test_time_accuracy_on_the_test_split(shared_dir: Path) -> None:
    scores = report(shared_dir, "test")
    for lang, s in scores.items():
        print(line(lang, "test", s))
    for lang, s in scores.items():
        assert s.accuracy >= MINIMUMS[lang], line(lang, "test", s)
        found = s.durations_found / s.durations if s.durations else 1.0
        assert found >= DURATIONS[lang], line(lang, "test", s)


def test_english_resolution_with_the_publication_day_given(shared_dir: Path) -> None:
    """The BBC pages carry no date: with one given, this measures how their expressions
    resolve, apart from dating the page."""
    s = score(shared_dir, "en", "test", ANCHOR)
    print(f"en test with the publication day given ({ANCHOR}): {s.accuracy:.3f}")
    assert s.accuracy >= EN_ANCHORED, line("en", "test", s)
