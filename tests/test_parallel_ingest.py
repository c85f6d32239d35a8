"""Ingest on worker processes stores what one process stores, byte for byte, and stops cleanly."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import psutil
import pytest

from telusur.cli.common import window
from telusur.cli.main import main
from telusur.ingest import prepared, store_all, workers_for
from telusur.readers import read_paths
from telusur.store import Store, links
from tests.many_articles import stored_count, write_jsonl

SEED_WINDOW = "2024-10-01..2025-07-31"  # the override path, compared for 1 and 2 workers too


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def _on_two_workers(db: Path, paths: list[str], span: str | None) -> None:
    """Two worker processes however few the articles (the command analyses a handful inline)."""
    with Store(str(db)) as store, workers_for(2) as pool:
        results = prepared(
            read_paths(paths),
            window(span),
            pool=pool,
            num_perm=store.hasher().num_perm,
            inline_below=0,
        )
        with closing(results):
            store_all(results, store, batch_size=3, pool=pool)


def _same_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], paths: list[str], span: str | None
) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    spans = ["--window", span] if span else []
    _cli(capsys, "ingest", *paths, "--db", str(one), "--workers", "1", *spans)
    _on_two_workers(two, paths, span)
    for command in ("claims", "groups", "stories", "articles"):
        first = _cli(capsys, command, "--db", str(one), "--json")
        second = _cli(capsys, command, "--db", str(two), "--json")
        assert first.strip(), command
        assert second == first, f"{command} --json differs between 1 and 2 workers"


def test_seeds_on_two_workers_store_what_one_process_stores(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _same_output(tmp_path, capsys, [str(seeds_dir)], SEED_WINDOW)


def test_sample_on_two_workers_stores_what_one_process_stores(
    tmp_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _same_output(tmp_path, capsys, [str(samples_dir)], None)


@pytest.mark.timeout(180)
def test_links_saved_midway_on_two_workers_store_what_one_process_stores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run longer than ``FLUSH_EVERY`` saves its links between batches while the workers
    are still analysing: that must neither hang nor change what is stored."""
    monkeypatch.setattr(links, "FLUSH_EVERY", 25)
    source = tmp_path / "many.jsonl"
    write_jsonl(source, 90)
    _same_output(tmp_path, capsys, [str(source)], None)


def test_summary_gives_the_elapsed_time(
    tmp_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(samples_dir), "--db", db, "--workers", "2"]) == 0
    assert " articles/s)" in capsys.readouterr().err
    summary = json.loads(_cli(capsys, "ingest", str(samples_dir), "--db", db, "--json"))
    assert summary["seconds"] > 0 and summary["unchanged"] > 0


def test_workers_below_one_are_refused(
    tmp_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ingest", str(samples_dir), "--db", str(tmp_path / "s.db"), "--workers", "0"])
    assert code == 2
    assert "--workers 0" in capsys.readouterr().err


BATCH, TOTAL = 50, 1000  # the run is stopped after two batches: the rest is time


def _as_a_terminal_starts_it() -> None:
    """Ctrl-C's default disposition, neither ignored nor blocked: a child inherits both from
    the test process, where an earlier test's threads or libraries may have changed them, and
    a run started with SIGINT ignored rightly ignores Ctrl-C (as under nohup)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@pytest.mark.timeout(180)
def test_ctrl_c_stops_the_workers_and_keeps_every_committed_batch(tmp_path: Path) -> None:
    source, db = tmp_path / "many.jsonl", tmp_path / "t.db"
    write_jsonl(source, TOTAL)
    cmd = [sys.executable, "-m", "telusur", "ingest", str(source), "--db", str(db)]
    cmd += ["--batch-size", str(BATCH), "--workers", "2"]
    proc = subprocess.Popen(  # its own process group, as a terminal's foreground job
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_as_a_terminal_starts_it,
    )
    deadline = time.monotonic() + 90
    while stored_count(db) < 2 * BATCH and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    children = psutil.Process(proc.pid).children(recursive=True)
    assert children, "the run should have started its workers"
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches every process of the group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    _, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, "no worker outlives the run"

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    assert 0 < stored < TOTAL and stored % BATCH == 0, "only whole batches are kept"

    rerun = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert stored_count(db) == TOTAL
    assert f"unchanged {stored}" in rerun.stderr


@pytest.mark.timeout(180)
def test_workers_end_when_their_run_is_killed(tmp_path: Path) -> None:
    source, db = tmp_path / "many.jsonl", tmp_path / "t.db"
    write_jsonl(source, TOTAL)
    cmd = [sys.executable, "-m", "telusur", "ingest", str(source), "--db", str(db)]
    proc = subprocess.Popen([*cmd, "--workers", "2"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while stored_count(db) < BATCH and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    workers = psutil.Process(proc.pid).children(recursive=True)
    os.kill(proc.pid, signal.SIGKILL)  # no chance to stop them
    proc.wait()
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert not alive, "workers outlived the run that was killed"
