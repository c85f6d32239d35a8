"""`telusur batch` on a 2-worker LocalCluster stores what `telusur ingest` stores, reruns skip
what is complete, and a failing partition is retried and reported while the others go on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from telusur.batch.partition import manifest_path
from telusur.batch.run import BatchSummary, map_splits, planned_keys, run_batch
from telusur.batch.splits import Split, plan
from telusur.cli.main import main

ARTICLE_COLUMNS = (
    "id, digest, format, origin, url, outlet, title, rubric, dateline, credit, language, "
    "published_start, published_end, published_how, published_evidence, text, boilerplate, "
    "analysis"
)
CLAIM_COLUMNS = (
    "article_id, seq, start, end, sentence_start, sentence_end, value, low, high, qualifier, "
    "unit, counts, kind, about, sources, channel, when_start, when_end, hedge, status"
)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


def stored(db: Path) -> dict[str, list[Any]]:
    """Everything a user reads from the store, without row ids and timestamps."""
    conn = sqlite3.connect(db)
    one = conn.execute
    out = {
        "articles": one(f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY id").fetchall(),
        "claims": one(f"SELECT {CLAIM_COLUMNS} FROM claims ORDER BY article_id, seq").fetchall(),
        "mentions": one(
            "SELECT m.article_id, m.start, m.end, m.text, e.canonical, e.type FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id ORDER BY 1, 2, 3, 4"
        ).fetchall(),
        "denials": one("SELECT * FROM denials ORDER BY article_id, start").fetchall(),
        "failures": one("SELECT origin, code, reason FROM failures ORDER BY origin").fetchall(),
        "links": one("SELECT article_id, origin, story FROM article_links ORDER BY 1").fetchall(),
        "stories": one("SELECT * FROM stories ORDER BY id").fetchall(),
        "groups": one("SELECT id, data FROM claim_groups ORDER BY id").fetchall(),
    }
    conn.close()
    return out


def _ingest(inputs: list[str], db: Path) -> dict[str, list[Any]]:
    main(["ingest", *inputs, "--db", str(db)])
    return stored(db)


def test_seeds_with_two_local_workers(seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "batch.db"
    code = main(
        ["batch", str(seeds_dir), "--out", str(tmp_path / "out"), "--workers", "2", "--db", str(db)]
    )
    assert code == 0
    expected = _ingest([str(seeds_dir)], tmp_path / "ingest.db")
    assert len(expected["articles"]) == 5 and expected["claims"]
    assert stored(db) == expected


def test_samples_through_a_given_scheduler(
    samples_dir: Path, tmp_path: Path, scheduler: str
) -> None:
    db = tmp_path / "batch.db"
    out = tmp_path / "out"
    assert (
        main(
            [
                "batch",
                str(samples_dir),
                "--out",
                str(out),
                "--scheduler",
                scheduler,
                "--db",
                str(db),
                "--split-bytes",
                "2000",
            ]
        )
        == 0
    )
    assert stored(db) == _ingest([str(samples_dir)], tmp_path / "ingest.db")


def test_corpus_slice_in_byte_ranges(corpus_dir: Path, tmp_path: Path, scheduler: str) -> None:
    source = sorted(corpus_dir.glob("*.jsonl"))[0]
    with source.open(encoding="utf-8") as fh:
        lines = [next(fh) for _ in range(300)]
    lines[41] = lines[41][: len(lines[41]) // 2] + "\n"  # one truncated line
    path = tmp_path / "slice.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    out, db = tmp_path / "out", tmp_path / "batch.db"
    summary = run_batch([str(path)], str(out), scheduler=scheduler, split_bytes=60_000)
    assert summary.partitions > 4 and not summary.failed
    main(
        [
            "batch",
            str(path),
            "--out",
            str(out),
            "--scheduler",
            scheduler,
            "--db",
            str(db),
            "--split-bytes",
            "60000",
        ]
    )
    expected = _ingest([str(path)], tmp_path / "ingest.db")
    assert len(expected["articles"]) == 299 and len(expected["failures"]) == 1
    assert stored(db) == expected


def test_rerun_skips_complete_partitions_and_redoes_the_rest(
    samples_dir: Path, tmp_path: Path, scheduler: str
) -> None:
    out = tmp_path / "out"
    first = run_batch([str(samples_dir)], str(out), scheduler=scheduler, split_bytes=2000)
    assert first.written == first.partitions >= 1 and not first.failed
    again = run_batch([str(samples_dir)], str(out), scheduler=scheduler, split_bytes=2000)
    assert again.skipped == again.partitions and again.written == 0
    manifest_path(out, planned_keys(out)[0]).unlink()  # as if killed before the rename
    resumed = run_batch([str(samples_dir)], str(out), scheduler=scheduler, split_bytes=2000)
    assert resumed.written == 1 and resumed.skipped == resumed.partitions - 1


def test_a_failing_partition_is_retried_then_reported(
    samples_dir: Path, tmp_path: Path, scheduler: str
) -> None:
    from distributed import Client

    gone = Split("jsonl", (str(tmp_path / "hilang.jsonl"),), 0, 100)
    good = plan([str(samples_dir)])
    summary = BatchSummary()
    with Client(scheduler) as client:
        map_splits(client, [gone, *good], str(tmp_path / "out"), summary, retries=1)
    assert summary.written == len(good)
    assert [f["partition"] for f in summary.failed] == [gone.key]
    assert "FileNotFoundError" in summary.failed[0]["error"]
