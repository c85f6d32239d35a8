"""List commands: machine output is whole; a table for people says where it stops."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from telusur.cli import output
from telusur.cli.main import main


@pytest.fixture(scope="module")
def sample_db(samples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("listing") / "sample.db")
    assert main(["ingest", str(samples_dir), "--db", db]) == 0
    return db


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[list[str], str]:
    assert main(list(args)) == 0
    out, err = capsys.readouterr()
    return out.splitlines(), err


@pytest.mark.parametrize("command", ["articles", "claims", "stories", "groups", "entities"])
def test_json_writes_every_row_past_the_table_size(
    command: str,
    sample_db: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(output, "TABLE_ROWS", 2)
    monkeypatch.setattr(output, "PAGE", 3)  # several pages, so paging itself is exercised
    rows, _ = _run(capsys, command, "--db", sample_db, "--json")
    assert len(rows) > 3
    assert len({r for r in rows}) == len(rows), "no row written twice across pages"
    limited, _ = _run(capsys, command, "--db", sample_db, "--json", "--limit", "2", "--offset", "1")
    assert limited == rows[1:3]


def test_articles_json_equals_the_stored_count(
    sample_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output, "PAGE", 4)
    rows, _ = _run(capsys, "articles", "--db", sample_db, "--json")
    stats, _ = _run(capsys, "stats", "--db", sample_db, "--json")
    assert len(rows) == json.loads(stats[0])["articles"] == 15


def test_a_table_says_when_it_shows_only_the_first_rows(
    sample_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output, "TABLE_ROWS", 5)
    rows, err = _run(capsys, "articles", "--db", sample_db)
    assert len(rows) == 2 + 5  # header, rule, five rows
    assert "showing rows 1–5; more with --offset 5" in err
    _, err = _run(capsys, "articles", "--db", sample_db, "--limit", "50")
    assert "showing" not in err


def test_a_negative_limit_is_refused(sample_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["claims", "--db", sample_db, "--limit", "-1"])
    assert "--limit: expected a whole number >= 0, got '-1'" in capsys.readouterr().err


def test_story_and_timeline_default_to_the_largest_story(
    sample_db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows, _ = _run(capsys, "story", "--db", sample_db)
    text = "\n".join(rows)
    assert "best supported first" in text and "web page: telusur serve" in text
    figures = text.split("figures (")[1].split("\n\n")[0]
    assert "dead" in figures and "dibanding" not in figures  # measures only, with labels
    png = tmp_path / "t.png"
    rows, err = _run(capsys, "timeline", "--db", sample_db, "--png", str(png))
    assert rows[0].startswith("timeline of dead")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "chart written to" in err
