"""A partition writes its tables and then its manifest; it counts as done only with both, and a
bad article becomes a failure row instead of failing the partition."""

from __future__ import annotations

import json
from pathlib import Path

from telusur.batch.partition import is_complete, manifest_path, run_partition, table_path
from telusur.batch.run import results
from telusur.batch.splits import plan
from telusur.batch.tables import SCHEMAS


def _input(tmp_path: Path) -> Path:
    path = tmp_path / "berita.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Sebanyak 1.200 warga mengungsi akibat banjir di Demak."}),
        '{"id": "a2", "text": "terpotong',
        json.dumps({"id": "a3", "text": "Harga cabai naik 15 persen pekan ini, kata pedagang."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_partition_writes_every_table_then_its_manifest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (split,) = plan([str(_input(tmp_path))])
    assert not is_complete(out, split)
    manifest = run_partition(split, str(out))
    assert is_complete(out, split)
    assert manifest["rows"]["articles"] == 2 and manifest["rows"]["failures"] == 1
    for name in SCHEMAS:
        assert table_path(out, name, split.key).exists()
    assert not list(out.rglob("*.tmp"))


def test_a_missing_table_file_makes_the_partition_incomplete(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (split,) = plan([str(_input(tmp_path))])
    run_partition(split, str(out))
    table_path(out, "claims", split.key).unlink()
    assert not is_complete(out, split)
    manifest_path(out, split.key).unlink()
    assert not is_complete(out, split)


def test_results_come_back_in_input_order(tmp_path: Path) -> None:
    out = tmp_path / "out"
    path = _input(tmp_path)
    splits = plan([str(path)], split_bytes=10)
    assert len(splits) == 3
    plan_file = {"partitions": [{"key": s.key, "split": s.describe()} for s in splits]}
    out.mkdir()
    (out / "_plan.json").write_text(json.dumps(plan_file), encoding="utf-8")
    for split in reversed(splits):
        run_partition(split, str(out))
    origins = [r.origin if not hasattr(r, "article") else r.article.origin for r in results(out)]
    assert origins == [f"{path}:1", f"{path}:2", f"{path}:3"]


def test_a_killed_attempt_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (split,) = plan([str(_input(tmp_path))])
    half = out / "claims" / f".part-{split.key}.parquet.999.tmp"
    half.parent.mkdir(parents=True)
    half.write_bytes(b"PAR1 half written")
    run_partition(split, str(out))
    assert not half.exists() and is_complete(out, split)
