"""Killing an ingest mid-way leaves every committed batch intact and the database consistent."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

BATCH = 50
TOTAL = 4000


def _write_jsonl(path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(TOTAL):
            text = (
                f"Banjir di Desa Contoh {i} merendam {100 + i} rumah warga pada Senin. "
                f"Kepala BPBD setempat mengatakan {i % 40} orang mengungsi.\n\n" * 3
            )
            fh.write(json.dumps({"id": f"k{i}", "title": f"Banjir {i}", "text": text}) + "\n")


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.timeout(120)
def test_kill_mid_ingest_keeps_completed_batches(tmp_path: Path) -> None:
    source, db = tmp_path / "many.jsonl", tmp_path / "t.db"
    _write_jsonl(source)
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
    while _count(db) < 2 * BATCH and time.monotonic() < deadline and proc.poll() is None:
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
    assert _count(db) == TOTAL
    assert f"unchanged {stored}" in rerun.stderr
