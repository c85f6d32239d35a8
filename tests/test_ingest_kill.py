"""Killing an ingest mid-way leaves every committed batch intact and the database consistent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.many_articles import stored_count, write_jsonl

BATCH = 50
TOTAL = 1500  # enough that the kill lands mid-way; small enough for a loaded CI machine


@pytest.mark.timeout(300)
def test_kill_mid_ingest_keeps_completed_batches(tmp_path: Path) -> None:
    source, db = tmp_path / "many.jsonl", tmp_path / "t.db"
    write_jsonl(source, TOTAL)
    cmd = [
        sys.executable,
        "-m",
        "telusur",
        "ingest",
        str(source),
        "--db",
        str(db),
        "--batch-size",
        str(BATCH),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while stored_count(db) < 2 * BATCH and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    conn.close()
    assert 0 < stored < TOTAL, "the kill should land mid-way"
    assert stored % BATCH == 0, "only whole batches are ever stored"

    rerun = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert stored_count(db) == TOTAL
    assert f"unchanged {stored}" in rerun.stderr
