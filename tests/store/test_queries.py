"""Read queries: a story's claim groups as summaries agree with their stored timelines."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from telusur.records import Analysis, Article, Published
from telusur.store import Store
from telusur.store import queries as q
from telusur.store.schema import MIGRATIONS

TEXT = "BPBD mengatakan 27 orang tewas dan 300 rumah rusak. Bupati menyebut 30 orang tewas."


@pytest.fixture()
def db(tmp_path: Path, make_claim: Any, make_store: Any) -> Path:
    article = Article(
        id="b1",
        text=TEXT,
        format="txt",
        origin="b1.txt",
        title="Banjir",
        outlet="Kabar Contoh",
        published=Published("2025-11-03", "2025-11-03", "metadata"),
    )

    def claim(figure: str, kind: str, source: str, value: float) -> Any:
        start = TEXT.index(figure)
        sentence = (TEXT.rfind(".", 0, start) + 1, TEXT.index(".", start) + 1)
        return make_claim(TEXT, figure, kind, [source], value, about="Sukamaju", sentence=sentence)

    claims = [
        claim("27", "killed", "BPBD", 27),
        claim("300", "houses", "BPBD", 300),
        claim("30 orang", "killed", "Bupati", 30),
    ]
    return make_store(tmp_path / "groups.db", [Analysis(article, claims=claims)], link=True)


def _story(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT story FROM article_links WHERE article_id = 'b1'").fetchone()
    return str(row[0])


def _agrees(summary: dict[str, Any], full: dict[str, Any]) -> None:
    values = [v for p in full["points"] for v in (p["value"], p["low"], p["high"]) if v is not None]
    assert (summary["low"], summary["high"]) == (min(values), max(values))
    assert summary["claimants"] == full["claimants"]
    assert summary["point_count"] == len(full["points"])
    assert summary["denial_count"] == len(full["denials"])
    assert summary["latest"] == full["points"][-1]
    assert summary["counts"] == full["counts"]
    assert "points" not in summary


def test_group_summaries_agree_with_their_timelines(db: Path) -> None:
    with Store(str(db), readonly=True) as s:
        summaries = q.group_summaries(s.conn, _story(s.conn))
        assert [g["counts"] for g in summaries] == ["killed", "houses"]  # most points first
        killed = summaries[0]
        assert (killed["low"], killed["high"], killed["claimants"]) == (27, 30, ["BPBD", "Bupati"])
        for summary in summaries:
            full = q.group(s.conn, summary["id"])
            assert full is not None
            _agrees(summary, full)


def test_summaries_read_a_store_older_than_the_summary_columns(db: Path, tmp_path: Path) -> None:
    """A read-only server does not migrate, so a store at schema 4 must still be summarised."""
    old = sqlite3.connect(tmp_path / "v4.db")
    for script in MIGRATIONS[:4]:
        old.executescript(script)
    old.execute("PRAGMA user_version = 4")
    old.execute("ATTACH DATABASE ? AS new", (str(db),))
    cols = "id, story, about, kind, unit, points, claimants, origin_groups, denials, latest, data"
    old.execute(f"INSERT INTO main.claim_groups ({cols}) SELECT {cols} FROM new.claim_groups")
    old.commit()
    old.execute("DETACH DATABASE new")
    old.row_factory = sqlite3.Row
    with Store(str(db), readonly=True) as s:
        story = _story(s.conn)
        assert q.group_summaries(old, story) == q.group_summaries(s.conn, story)


def test_story_with_summaries_pages_its_articles(db: Path) -> None:
    with Store(str(db), readonly=True) as s:
        story = _story(s.conn)
        found = q.story(s.conn, story, timelines=False, article_limit=1)
        assert found is not None
        assert [a["id"] for a in found["article_list"]] == ["b1"]
        assert found["article_next_offset"] is None
        assert all("points" not in g for g in found["groups"])
        past = q.story(s.conn, story, timelines=False, article_limit=1, article_offset=1)
        assert past is not None and past["article_list"] == []
        full = q.story(s.conn, story)
        assert full is not None and all("points" in g for g in full["groups"])
