"""JSON Lines, CSV and Parquet exports: one row per claim with fixed columns, an articles table
beside the flat formats, and the same claims in every format."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from telusur.cli.main import main
from telusur.errors import UsageError
from telusur.export import ARTICLE_FIELDS, CLAIM_FIELDS, export
from telusur.export.files import ARTICLES_SCHEMA, CLAIMS_SCHEMA, FLAT_CLAIM_FIELDS


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_jsonl_has_one_line_per_claim_with_its_article(samples_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    assert main(["export", "--format", "jsonl", "--db", str(samples_db), "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == _count(samples_db, "claims") > 50
    assert all(tuple(row) == CLAIM_FIELDS for row in rows)
    for row in rows:
        start, end = row["span"]
        assert (
            row["text"]
            == row["sentence_text"][start - row["sentence"][0] : end - row["sentence"][0]]
        )
    reported = [r["reported"] for r in rows if r["reported"]]
    assert reported == sorted(reported)


def test_csv_writes_claims_and_articles(samples_db: Path, tmp_path: Path) -> None:
    assert main(["export", "--format", "csv", "--db", str(samples_db), "--out", str(tmp_path)]) == 0
    with (tmp_path / "claims.csv").open(encoding="utf-8", newline="") as fh:
        claims = list(csv.DictReader(fh))
    with (tmp_path / "articles.csv").open(encoding="utf-8", newline="") as fh:
        articles = list(csv.DictReader(fh))
    assert tuple(claims[0]) == FLAT_CLAIM_FIELDS and tuple(articles[0]) == ARTICLE_FIELDS
    assert len(claims) == _count(samples_db, "claims")
    assert len(articles) == _count(samples_db, "articles")
    assert all(isinstance(json.loads(c["sources"]), list) for c in claims)
    assert sum(int(a["claims"]) for a in articles) == len(claims)


def test_parquet_has_the_declared_schema_and_opens_in_duckdb(
    samples_db: Path, tmp_path: Path
) -> None:
    assert (
        main(["export", "--format", "parquet", "--db", str(samples_db), "--out", str(tmp_path)])
        == 0
    )
    assert pq.read_schema(tmp_path / "claims.parquet").equals(CLAIMS_SCHEMA, check_metadata=False)
    assert pq.read_schema(tmp_path / "articles.parquet").equals(
        ARTICLES_SCHEMA, check_metadata=False
    )
    joined = (
        duckdb.connect()
        .execute(
            f"SELECT count(*) FROM '{tmp_path}/claims.parquet' c "
            f"JOIN '{tmp_path}/articles.parquet' a ON a.id = c.article"
        )
        .fetchone()
    )
    assert joined == (_count(samples_db, "claims"),)


def test_formats_agree(samples_db: Path, tmp_path: Path) -> None:
    with sqlite3.connect(samples_db) as conn:
        conn.row_factory = sqlite3.Row
        export(conn, "jsonl", str(tmp_path / "c.jsonl"))
        export(conn, "parquet", str(tmp_path / "pq"))
    lines = [json.loads(x) for x in (tmp_path / "c.jsonl").read_text("utf-8").splitlines()]
    table = pq.read_table(tmp_path / "pq" / "claims.parquet").to_pylist()
    assert [(r["article"], r["seq"], r["value"], r["sources"]) for r in lines] == [
        (r["article"], r["seq"], r["value"], r["sources"]) for r in table
    ]


def test_unknown_story_is_named(samples_db: Path, tmp_path: Path) -> None:
    with sqlite3.connect(samples_db) as conn:
        conn.row_factory = sqlite3.Row
        with pytest.raises(UsageError, match="no-such-story"):
            export(conn, "jsonl", str(tmp_path / "x.jsonl"), story="no-such-story")


def test_story_selects_its_articles(samples_db: Path, tmp_path: Path) -> None:
    with sqlite3.connect(samples_db) as conn:
        story, size = conn.execute(
            "SELECT story, count(*) FROM article_links GROUP BY story ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
        members = {
            r[0]
            for r in conn.execute("SELECT article_id FROM article_links WHERE story = ?", (story,))
        }
    out = tmp_path / "story.jsonl"
    main(
        [
            "export",
            "--format",
            "jsonl",
            "--db",
            str(samples_db),
            "--story",
            story,
            "--out",
            str(out),
        ]
    )
    rows = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert size > 1 and rows and {r["article"] for r in rows} <= members
    assert {r["story"] for r in rows} == {story}


def test_command_choices_match_the_formats() -> None:
    from telusur.cli.export_cmd import FORMATS as CHOICES
    from telusur.export import FORMATS

    assert CHOICES == FORMATS
