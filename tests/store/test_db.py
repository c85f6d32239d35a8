"""The store keeps articles safely: re-ingesting changes nothing, updates are noticed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from telusur.errors import StoreError
from telusur.records import (
    Analysis,
    Article,
    Claim,
    Evidence,
    Mention,
    Published,
    ReadError,
)
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


def _claim(start: int, value: float, sources: list[str]) -> Claim:
    return Claim(
        (start, start + 3), (0, 26), value, None, None, "", "count", "rumah", "rumah", None,
        sources, None, None, None, "asserted",
    )  # fmt: skip


def _with_facts(article_id: str, people: list[str], claims: list[Claim]) -> Analysis:
    analysis = _analysis(article_id)
    analysis.entities = [Mention((0, 6), p, "PER", p) for p in people]
    analysis.claims = claims
    return analysis


def test_each_claim_keeps_its_own_sources_and_each_name_one_entity(tmp_path: Path) -> None:
    """Claims, sources and entities are written a table at a time: each source stays with its
    claim, ids follow on across articles, and a name met again is the same entity."""
    with Store(str(tmp_path / "t.db")) as store:
        with store.batch():
            store.put(_with_facts("a1", ["Budi", "Sari"], [_claim(16, 300, ["Budi"])]))
            two = [_claim(16, 400, []), _claim(20, 5, ["Sari", "BNPB"])]
            store.put(_with_facts("a2", ["Sari", "Joko"], two))
        with store.batch():  # stored again with other findings: its rows are replaced
            store.put(_with_facts("a1", ["Budi"], [_claim(16, 300, ["Polisi"])]))
        conn = store.conn
        rows = conn.execute(
            "SELECT c.article_id, c.seq, c.value, group_concat(s.source) FROM claims c "
            "LEFT JOIN claim_sources s ON s.claim_id = c.id GROUP BY c.id ORDER BY c.id"
        ).fetchall()
        names = [r[0] for r in conn.execute("SELECT canonical FROM entities ORDER BY id")]
    assert [tuple(r) for r in rows] == [
        ("a2", 0, 400.0, None),
        ("a2", 1, 5.0, "Sari,BNPB"),
        ("a1", 0, 300.0, "Polisi"),
    ]
    assert names == ["Budi", "Sari", "Joko"]


def test_deleting_an_articles_claims_finds_their_sources_by_index(tmp_path: Path) -> None:
    """Re-dating or storing an article again deletes its claims; their sources must be found
    through an index, not by reading every source in the store once per claim."""
    with Store(str(tmp_path / "t.db")) as store:
        plan = store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM claim_sources WHERE claim_id = 1"
        ).fetchall()
    assert any("USING INDEX" in str(tuple(r)) for r in plan)


def test_an_item_rolled_back_alone_leaves_no_entity_behind_for_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store remembers entity ids it wrote; an item undone by its savepoint takes its new
    entities with it, so the next article naming them must create them again, not point at ids
    that no longer exist."""
    import telusur.store.facts as facts

    def failing(conn: sqlite3.Connection, article_id: str, *args: object) -> None:
        if article_id == "bad":
            raise sqlite3.IntegrityError("refused after its mentions were written")
        real(conn, article_id, *args)  # type: ignore[arg-type]

    real = facts._claims
    monkeypatch.setattr(facts, "_claims", failing)
    person = Mention((0, 11), "Sri Mulyani", "PER", "Sri Mulyani")

    def named(article_id: str) -> Analysis:
        analysis = _analysis(article_id, "Sri Mulyani menyebut 300 rumah rusak.")
        analysis.entities = [person]
        return analysis

    with Store(str(tmp_path / "t.db")) as store:
        with store.batch():
            with pytest.raises(sqlite3.IntegrityError), store.savepoint():
                store.put(named("bad"))
            assert store.put(named("good")) == NEW
        rows = store.conn.execute(
            "SELECT e.canonical FROM mentions m JOIN entities e ON e.id = m.entity_id "
            "WHERE m.article_id = 'good'"
        ).fetchall()
    assert [r[0] for r in rows] == ["Sri Mulyani"]
