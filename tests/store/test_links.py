"""Linking inside a long ingest: links are saved between batches, never inside one."""

from __future__ import annotations

from pathlib import Path

import pytest

from telusur.ingest import store_all
from telusur.records import Analysis, Article, Published
from telusur.store import Store
from telusur.store import links as links_module


def _analysis(i: int) -> Analysis:
    text = f"Banjir di Desa Contoh {i} merendam {100 + i} rumah warga pada Senin pagi."
    return Analysis(
        Article(
            id=f"a{i}",
            text=text,
            format="txt",
            origin=f"a{i}.txt",
            language="id",
            published=Published("2025-11-03", "2025-11-03", "metadata"),
        ),
    )


def test_links_flush_between_batches_of_a_long_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(links_module, "FLUSH_EVERY", 5)
    with Store(str(tmp_path / "l.db")) as store:
        summary = store_all((_analysis(i) for i in range(23)), store, batch_size=4)
        stored = store.conn.execute("SELECT count(*) FROM article_links").fetchone()[0]
    assert summary.new == 23 and stored == 23


def test_unlinked_articles_are_linked_when_the_store_reopens(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    with Store(db) as store:
        store_all((_analysis(i) for i in range(6)), store, link=False)
    with Store(db) as store:
        store_all([], store)  # nothing new: the catch-up on open links the six
        stored = store.conn.execute("SELECT count(*) FROM article_links").fetchone()[0]
    assert stored == 6
