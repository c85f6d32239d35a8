"""`telusur ingest` and the read commands, run as a user would."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from telusur.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_seeds_ingest_with_stems_boilerplate_and_sources(
    tmp_path: Path, seeds_dir: Path, gold: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "seeds.db")
    code, _, err = run(capsys, "ingest", str(seeds_dir), "--db", db)
    assert code == 0, err
    assert "ingested 5" in err
    _, out, _ = run(capsys, "articles", "--db", db, "--json")
    assert sorted(a["id"] for a in jsonl(out)) == sorted(gold["articles"])
    for article_id, expected in gold["articles"].items():
        _, out, _ = run(capsys, "article", article_id, "--db", db, "--json")
        got = jsonl(out)[0]
        assert set(got["boilerplate"]) == set(expected["boilerplate"]), article_id
        for line in expected["boilerplate"]:
            assert line not in got["text"]
        for field in ("outlet", "credit"):
            if expected[field]:
                assert got[field] == expected[field], (article_id, field)


def test_reingest_changes_nothing_and_updates_are_reported(
    tmp_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    shutil.copytree(samples_dir, src, ignore=shutil.ignore_patterns("*.py", "*.json", "*.md"))
    db = str(tmp_path / "s.db")
    code, _, _ = run(capsys, "ingest", str(src), "--db", db, "--json")
    assert code == 0
    _, out, _ = run(capsys, "ingest", str(src), "--db", db, "--json")
    again = jsonl(out)[0]
    assert again["ingested"] == 0 and again["updated"] == 0 and again["unchanged"] > 0
    txt = next(src.glob("*.txt"))
    txt.write_text(txt.read_text(encoding="utf-8") + "\nTambahan paragraf baru.\n", "utf-8")
    _, out, _ = run(capsys, "ingest", str(src), "--db", db, "--json")
    changed = jsonl(out)[0]
    assert changed["updated"] == 1 and changed["updated_ids"] == [txt.stem]


def test_bad_inputs_are_named_skipped_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps({"id": "g1", "title": "Banjir", "text": "Air merendam 30 rumah warga."})
        + '\n{"id": "g2", "text": "terpot\n',
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    db = str(tmp_path / "b.db")
    code, _, err = run(capsys, "ingest", str(tmp_path), str(tmp_path / "missing.txt"), "--db", db)
    assert code == 0, "some articles were ingested"
    assert "ingested 1" in err and "failed 4" in err
    assert "good.jsonl:2" in err and "empty.txt" in err and "blob.txt" in err
    assert "missing.txt" in err


def test_nothing_ingested_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db"))
    assert code == 1
    assert "nope" in err


def test_unusable_database_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "bad.db"
    db.write_text("not a database\n" * 100)
    src = tmp_path / "a.txt"
    src.write_text("Judul\n\nSebanyak 5 rumah rusak.", encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(src), "--db", str(db))
    assert code == 2 and "bad.db" in err
    assert db.read_text().startswith("not a database")


def test_article_and_stats_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "banjir.txt"
    src.write_text("Banjir Rendam Desa\n\nAir merendam 30 rumah.\n\nBaca juga: Lain\n", "utf-8")
    db = str(tmp_path / "a.db")
    run(capsys, "ingest", str(src), "--db", db)
    code, out, _ = run(capsys, "article", "banjir", "--db", db)
    assert code == 0 and "Air merendam 30 rumah." in out
    assert "Baca juga: Lain" in out.split("removed boilerplate")[1]
    code, out, _ = run(capsys, "stats", "--db", db, "--json")
    assert jsonl(out)[0]["articles"] == 1
    code, _, err = run(capsys, "article", "nope", "--db", db)
    assert code == 2 and "nope" in err


def test_db_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TELUSUR_DB", str(tmp_path / "env.db"))
    src = tmp_path / "x.txt"
    src.write_text("Judul\n\nAda 3 ekor sapi hilang.", encoding="utf-8")
    assert run(capsys, "ingest", str(src))[0] == 0
    assert (tmp_path / "env.db").exists()


@pytest.mark.corpus
@pytest.mark.timeout(600)  # 8,500 articles: about 90 s alone, several minutes on a loaded machine
def test_every_corpus_file_ingests(
    tmp_path: Path, corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(str(p) for p in corpus_dir.glob("*.jsonl"))
    code, out, _ = run(capsys, "ingest", *files, "--db", str(tmp_path / "c.db"), "--json")
    summary = jsonl(out)[0]
    assert code == 0
    assert summary["ingested"] > 8000
    assert summary["failed"] == len(summary["errors"])
    # machine output is whole: every stored article and claim, far past any table's page
    db = str(tmp_path / "c.db")
    _, stats, _ = run(capsys, "stats", "--db", db, "--json")
    _, listed, _ = run(capsys, "articles", "--db", db, "--json")
    assert len(jsonl(listed)) == jsonl(stats)[0]["articles"] == summary["ingested"]
    _, claims, _ = run(capsys, "claims", "--db", db, "--json")
    with sqlite3.connect(db) as conn:
        assert len(claims.splitlines()) == conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        _every_chart_lays_out_clear(conn)
    print(  # last, so the output read above is the commands' alone
        f"\ncorpus ingest: {summary['ingested']} ingested, {summary['failed']} failed, "
        f"{summary['boilerplate_lines_removed']} boilerplate lines removed"
    )


def _every_chart_lays_out_clear(conn: sqlite3.Connection) -> None:
    """Every claim group of the corpus charts with no label on another and none off the chart."""
    from telusur.lang import load
    from telusur.link.groups import group_from_json
    from telusur.web.charts.layout import lay_out, overlaps

    words = load("id", "ui")
    for (data,) in conn.execute("SELECT data FROM claim_groups"):
        layout = lay_out(group_from_json(json.loads(data)), words, "")
        assert overlaps(layout.texts) == [], data[:200]
        assert all(t.box()[0] >= 0 and t.box()[2] <= layout.width for t in layout.texts)
