"""Publication dates a collection's own dated articles settle (telusur/link/collection_dates.py),
and the seeds ingested as a plain folder with no ``--window``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from telusur.link.collection_dates import collection_window, date_from_collection
from telusur.records import Article, Published
from tests.test_seed_linking import in_order, troop_group


def _article(article_id: str, text: str) -> Article:
    return Article(
        id=article_id, text=text, format="txt", origin="t.txt", language="id", published=Published()
    )


def test_window_reaches_half_a_year_around_the_dated_days() -> None:
    assert collection_window("2024-10-21", "2024-10-23") == ("2024-04-21", "2025-04-24")
    assert collection_window(None, None) is None
    assert collection_window("not a day", "2024-10-23") is None


def test_a_yearless_weekday_date_takes_the_collection_year() -> None:
    text = "Pasukan itu tiba di Kursk pada Jumat (18/10), kata pejabat itu kepada wartawan."
    article = _article("a", text)
    got = date_from_collection(article, ("2024-04-21", "2025-04-23"))
    assert got is not None
    pub = got.article.published
    assert (pub.start, pub.how) == ("2024-10-18", "text")
    assert any(e.field == "collection" for e in pub.evidence)


@pytest.mark.parametrize("window", [None, ("2024-04-21", "2025-04-23")])
def test_the_date_read_alone_is_the_one_the_analysis_settles(window: Any) -> None:
    """Undated articles are first read for their date only; a different answer from the whole
    analysis would leave datable articles undated."""
    from telusur.analyse.pipeline import analyse, published_of

    texts = [
        "Pasukan itu tiba di Kursk pada Jumat (18/10), kata pejabat itu kepada wartawan.",
        "JAKARTA, KOMPAS.com - Harga beras naik 5 persen pada Senin (21/10/2024).",
        "Banjir melanda 12 desa.\n\nSebanyak 30 rumah rusak pada 3 Maret lalu.",
        "Tanpa tanggal apa pun, 12 orang tewas.",
        ("Paragraf pembuka. " * 400) + "Pada Jumat (18/10), 30 rumah rusak.",  # past one part
    ]
    for i, text in enumerate(texts):
        article = _article(str(i), text)
        assert (
            published_of(article, window=window)
            == analyse(article, window=window).article.published
        )
    # Dated by a photo caption that cleaning removed, the text's weekday narrowing it.
    caption = "Warga membersihkan lumpur, Minggu (9/11/2025). FOTO: KABAR SULAWESI/ILHAM"
    article = _article("c", "Warga kembali ke rumah pada Senin, kata kepala desa.")
    article.boilerplate = [caption]
    got = published_of(article, window=window)
    assert got == analyse(article, window=window).article.published
    assert got.how == "text" and any(e.field == "caption" for e in got.evidence)


def test_a_text_with_no_date_stays_unknown() -> None:
    article = _article("b", "Tidak ada tanggal di sini.")
    assert date_from_collection(article, ("2024-04-21", "2025-04-23")) is None


@pytest.fixture(scope="module")
def unwindowed_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from telusur.cli.main import main

    db = tmp_path_factory.mktemp("nowindow") / "seeds.db"
    assert main(["ingest", str(seeds_dir), "--db", str(db), "--json"]) == 0
    return db


@pytest.mark.corpus
def test_seeds_without_a_window_are_dated_within_the_gold(
    unwindowed_db: Path, gold: dict[str, Any]
) -> None:
    conn = sqlite3.connect(unwindowed_db)
    rows = conn.execute("SELECT id, published_start, published_end FROM articles").fetchall()
    inside = []
    for article_id, start, end in rows:
        low, high = gold["articles"][article_id]["published_between"]
        print(article_id, start, end, "gold", low, high)
        if start and end and low <= start <= end <= high:
            inside.append(article_id)
    assert len(inside) >= 4, inside


@pytest.mark.corpus
def test_troop_timeline_is_ordered_without_a_window(
    unwindowed_db: Path, gold: dict[str, Any]
) -> None:
    conn = sqlite3.connect(unwindowed_db)
    conn.row_factory = sqlite3.Row
    group = troop_group(conn)
    assert in_order(group["points"], gold["timeline"]["points_in_order"]) == []


def test_a_redating_that_fails_leaves_the_article_as_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dating an article again is a refinement: when the re-reading fails (over its time budget),
    the ingest finishes and the article keeps what its first reading found."""
    from telusur.analyse.bounds import OverBudget
    from telusur.cli.main import main
    from telusur.store import redate

    def over(*_: object) -> None:
        raise OverBudget("analysis of the article ran over its 60-second budget")

    monkeypatch.setattr(redate, "date_from_collection", over)
    monkeypatch.setattr(redate, "date_from_story", over)
    dated = {"id": "a", "published": "2024-10-20", "text": "Banjir\n\nSebanyak 12 orang tewas."}
    (tmp_path / "a.jsonl").write_text(json.dumps(dated), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Banjir lagi\n\nPada Jumat (18/10), 30 rumah rusak.")
    db = tmp_path / "t.db"
    # one process: the re-readings run on the workers otherwise, out of the patch's reach
    assert main(["ingest", str(tmp_path), "--db", str(db), "--workers", "1"]) == 0
    rows = dict(sqlite3.connect(db).execute("SELECT id, published_how FROM articles"))
    assert rows == {"a": "metadata", "b": "unknown"}
