"""The Parquet tables hold everything the analysis found, with their declared schemas, and give
back the same records, failures in their places."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from telusur.batch.tables import SCHEMAS, analyses, rows, to_tables
from telusur.ingest import analysed
from telusur.readers import read_paths
from telusur.records import Analysis, ReadError


def _results(samples_dir: Path, tmp_path: Path) -> list[Analysis | ReadError]:
    bad = tmp_path / "rusak.jsonl"
    bad.write_text('{"id": "x", "text": "terpotong\n', encoding="utf-8")
    return list(analysed(read_paths([str(samples_dir), str(bad)])))


def test_tables_give_back_the_same_records(samples_dir: Path, tmp_path: Path) -> None:
    results = _results(samples_dir, tmp_path)
    assert any(isinstance(r, ReadError) for r in results)
    assert sum(len(r.claims) for r in results if isinstance(r, Analysis)) > 50
    tables = to_tables(rows(results))
    for name, table in tables.items():
        path = tmp_path / f"{name}.parquet"
        pq.write_table(table, path)
        assert pq.read_schema(path).equals(SCHEMAS[name], check_metadata=False)
    back = {name: pq.read_table(tmp_path / f"{name}.parquet") for name in SCHEMAS}
    assert list(analyses(back)) == results


def test_failures_keep_their_place_and_reason(tmp_path: Path, samples_dir: Path) -> None:
    results = _results(samples_dir, tmp_path)
    failures = to_tables(rows(results))["failures"].to_pylist()
    assert [f["origin"] for f in failures] == [
        r.origin for r in results if isinstance(r, ReadError)
    ]
    assert failures[0]["code"] == "E106" and "JSON" in failures[0]["reason"]


def test_findings_point_into_the_article_text(samples_dir: Path, tmp_path: Path) -> None:
    tables = to_tables(rows(_results(samples_dir, tmp_path)))
    texts = {a["id"]: a["text"] for a in tables["articles"].to_pylist()}
    for claim in tables["claims"].to_pylist():
        start, end = claim["span"]
        assert texts[claim["article_id"]][start:end].strip()
    for mention in tables["mentions"].to_pylist():
        start, end = mention["span"]
        assert texts[mention["article_id"]][start:end] == mention["text"]
