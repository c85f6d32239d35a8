"""Fuzzing the readers and the analyser with hostile inputs (tests/hostile.py), bounded for CI;
bench/fuzz.py runs the same generator over 100,000 inputs."""

from __future__ import annotations

import random
import re
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telusur.ingest import analysed, store_all
from telusur.readers import read_paths
from telusur.store import Store
from tests.hostile import hostile

CODE = re.compile(r"\[E\d{3}\]$")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32 - 1))
def test_hostile_inputs_fail_alone_and_good_items_are_stored(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    good: set[str] = set()
    for n in range(8):
        made = hostile(rng, n)
        (folder / made.name).write_bytes(made.data)
        good |= made.good
    db = str(folder / "f.db")
    with Store(db) as store:
        summary = store_all(analysed(read_paths([str(folder)])), store)
    for error in summary.errors:
        shown = str(error)
        assert CODE.search(shown), shown
        assert shown.isprintable(), shown
    stored = {row[0] for row in sqlite3.connect(db).execute("SELECT id FROM articles")}
    assert good <= stored, sorted(good - stored)
