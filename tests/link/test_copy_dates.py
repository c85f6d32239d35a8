"""Publication dates inherited from a dated copy of the same report (telusur/link/copy_dates.py)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from telusur.link.copy_dates import COPY_LAG_DAYS, date_from_copy
from telusur.records import Article, Published


def _article(text: str) -> Article:
    return Article(id="c", text=text, format="txt", origin="c.txt", language="id")


def test_a_copy_is_published_within_the_lag_after_its_original() -> None:
    got = date_from_copy(
        _article("Korea Utara mengirim pasukan."),
        "o",
        Published("2024-10-21", "2024-10-21", "text"),
    )
    assert got is not None
    pub = got.article.published
    assert (pub.start, pub.end, pub.how) == ("2024-10-21", "2024-10-28", "copy")
    assert COPY_LAG_DAYS == 7 and pub.evidence[0].article == "o"


def test_an_open_ended_original_dates_nothing() -> None:
    assert date_from_copy(_article("teks"), "o", Published("2024-10-21", None, "text")) is None


@pytest.mark.corpus
def test_an_undated_copy_in_a_folder_inherits_its_originals_date(
    seeds_dir: Path, tmp_path: Path
) -> None:
    from telusur.cli.main import main

    original = (seeds_dir / "003_e425e8bd6ae908eb.txt").read_text(encoding="utf-8")
    undated = re.sub(r"\s*\(\d{1,2}/\d{1,2}/\d{4}\)", "", original)
    undated = re.sub(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b", "", undated)
    assert undated != original
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "original.txt").write_text(original, encoding="utf-8")
    (folder / "copy.txt").write_text(undated, encoding="utf-8")
    db = tmp_path / "t.db"
    assert main(["ingest", str(folder), "--db", str(db), "--json"]) == 0
    rows = (
        sqlite3.connect(db)
        .execute("SELECT id, published_start, published_end, published_how FROM articles")
        .fetchall()
    )
    hows = {r[0]: r[1:] for r in rows}
    assert hows["copy"] == ("2024-10-21", "2024-10-30", "copy"), rows


def test_a_copy_narrows_a_loose_date_and_leaves_a_tighter_one() -> None:
    original = Published("2024-10-21", "2024-10-21", "text")
    loose = Published("2024-10-13", "2025-04-24", "text")
    got = date_from_copy(_article("teks"), "o", original, loose)
    assert got is not None
    assert (got.article.published.start, got.article.published.end) == ("2024-10-21", "2024-10-28")
    tight = Published("2024-10-21", "2024-10-22", "text")
    assert date_from_copy(_article("teks"), "o", original, tight) is None
    disjoint = Published("2023-01-01", "2023-01-31", "text")
    assert date_from_copy(_article("teks"), "o", original, disjoint) is None
