"""The example query in docs/batch.md runs in DuckDB on a batch's Parquet tables."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from telusur.batch.partition import run_partition
from telusur.batch.splits import plan

DOC = Path(__file__).resolve().parents[2] / "docs" / "batch.md"


def _example_query() -> str:
    blocks = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1
    return blocks[0]


def test_documented_query_runs_on_batch_tables(samples_dir: Path, tmp_path: Path) -> None:
    for split in plan([str(samples_dir)], files_per_split=3):
        run_partition(split, str(tmp_path))
    sql = _example_query().replace("'OUT/", f"'{tmp_path}/")
    rows = duckdb.connect().execute(sql).fetchall()
    outlets = {a["id"]: a["outlet"] for a in pq.read_table(tmp_path / "articles").to_pylist()}
    claims = pq.read_table(tmp_path / "claims").to_pylist()
    expected = Counter((outlets[c["article_id"]], c["kind"]) for c in claims if c["kind"])
    assert len(rows) == min(20, len(expected)) > 0
    for outlet, kind, count, denied, articles in rows:
        assert expected[(outlet, kind)] == count >= denied and count >= articles
