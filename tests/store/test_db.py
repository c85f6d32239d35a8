"""The store keeps articles safely: re-ingesting changes nothing, updates are noticed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from telusur.errors import StoreError
from telusur.records import Analysis, Article, Evidence, Published, ReadError
from telusur.store import NEW, UNCHANGED, UPDATED, Store
from telusur.store.schema import LATEST


def _analysis(article_id: str = "a1", text: str = "Banjir merendam 300 rumah.") -> Analysis:
    return Analysis(
        article=Article(
            id=article_id,
            text=text,
            format="txt",
            origin=f"{article_id}.txt",
            title="Banjir di Sukamaju",
            outlet="Kabar Contoh",
            language="id",
            published=Published("2025-11-03", "2025-11-03", "metadata", [Evidence("2025-11-03")]),
            boilerplate=["Baca juga: lain"],
        )
    )


def test_put_reports_new_unchanged_and_updated(tmp_path: Path) -> None:
    with Store(str(tmp_path / "t.db")) as store:
        with store.batch():
            assert store.put(_analysis()) == NEW
        with store.batch():
            assert store.put(_analysis()) == UNCHANGED
            assert store.put(_analysis(text="Banjir merendam 400 rumah.")) == UPDATED
        article = store.article("a1")
    assert article is not None
    assert article.text == "Banjir merendam 400 rumah."
    assert article.published.evidence[0].text == "2025-11-03"
    assert article.boilerplate == ["Baca juga: lain"]


def test_full_text_search_treats_input_as_words(tmp_path: Path) -> None:
    with Store(str(tmp_path / "t.db")) as store:
        with store.batch():
            store.put(_analysis("a1", "Banjir merendam rumah warga."))
            store.put(_analysis("a2", "Harga emas naik lagi."))
        assert [a.id for a in store.articles("emas")] == ["a2"]
        assert store.articles('emas" OR "banjir') == []  # quotes cannot inject FTS syntax
        assert store.articles("NEAR(") == []


def test_search_follows_a_changed_text_and_survives_a_change_of_date_alone(tmp_path: Path) -> None:
    """The index is rewritten when the words change, and only then: a re-dating touches the
    article's row but must leave it findable by its words."""
    with Store(str(tmp_path / "t.db")) as store:
        with store.batch():
            store.put(_analysis("a1", "Banjir merendam rumah warga."))
            store.put(_analysis("a1", "Longsor menimbun jalan desa."))
        store.conn.execute(
            "UPDATE articles SET published_start = '2025-11-04', analysis = '{}' WHERE id = 'a1'"
        )
        assert [a.id for a in store.articles("longsor")] == ["a1"]
        assert store.articles("merendam") == []
        fts = store.conn.execute(
            "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"
        )
        assert fts is not None  # raises on an index out of step with its articles


def test_failed_batch_leaves_earlier_batches_intact(tmp_path: Path) -> None:
    with Store(str(tmp_path / "t.db")) as store:
        with store.batch():
            store.put(_analysis("a1"))
        with pytest.raises(RuntimeError), store.batch():
            store.put(_analysis("a2"))
            raise RuntimeError("crash mid-batch")
        assert store.ids() == ["a1"]


def test_failures_are_recorded_and_counted(tmp_path: Path) -> None:
    with Store(str(tmp_path / "t.db")) as store:
        with store.batch():
            store.record_failure(ReadError("x.jsonl:3", "truncated JSON", "E106"))
        assert store.stats()["failures"] == 1


def test_schema_is_versioned_and_newer_versions_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    Store(str(path)).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(str(path))


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not sqlite\n" * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store(str(path))
    assert path.read_text().startswith("just some notes")


def test_reading_a_missing_database_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="telusur ingest"):
        Store(str(tmp_path / "none.db"), readonly=True)
