"""Articles are cleaned of the lines their outlets had learned when the run began, in the
workers as in one process: the writer does not analyse them again, and what is stored is what
the writer's own stripping stored."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from telusur.ingest import analysed, prepared, store_all, workers_for
from telusur.records import RawItem
from telusur.store import Store, learned
from telusur.store.learned import MIN_ARTICLES, learned_keys

FOOTER = "Kabar desa yang jernih dan berimbang untuk pembaca setia kami"
OUTLET = "Kabar Contoh"
PLACES = ["Sukamaju", "Cibodas", "Mekarsari", "Sindangsari", "Karanganyar", "Sumberejo"]
COLUMNS = "id, digest, text, boilerplate, analysis"


def _item(n: int, outlet: str = OUTLET) -> RawItem:
    place = PLACES[n % len(PLACES)]
    text = (
        f"Banjir merendam desa {place} nomor {n}\n\n"
        f"Sebanyak {n + 3} rumah warga di desa {place} terendam banjir pada pekan lalu.\n\n"
        f"{FOOTER}\n\n"
        f"Petugas membuka dapur umum di balai desa {place} sejak Senin pagi, kata camat."
    )
    return RawItem(text=text, origin=f"a{n}.txt", format="txt", id=f"a{n}", outlet=outlet)


@pytest.fixture(scope="module")
def learned_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose outlet has learned its footer."""
    db = tmp_path_factory.mktemp("learned") / "base.db"
    with Store(str(db)) as store:
        store_all(analysed([_item(n) for n in range(MIN_ARTICLES + 2)]), store)
        assert learned_keys(store.conn, OUTLET)
    return db


def _copy(db: Path, to: Path) -> Path:
    shutil.copy(db, to)
    return to


def _arrivals() -> Iterator[RawItem]:
    yield from (_item(n) for n in range(100, 106))
    yield _item(200, outlet="Lain Lagi")  # another outlet keeps the line


def _rows(db: Path) -> list[tuple[Any, ...]]:
    with Store(str(db)) as store:
        rows = store.conn.execute(f"SELECT {COLUMNS} FROM articles ORDER BY id").fetchall()
        links = store.conn.execute("SELECT * FROM article_links ORDER BY 1, 2").fetchall()
    return [tuple(r) for r in rows] + [tuple(r) for r in links]


def _run(db: Path, workers: int) -> None:
    with Store(str(db)) as store, workers_for(workers) as pool:
        results = prepared(
            _arrivals(),
            pool=pool,
            num_perm=store.hasher().num_perm,
            learned_lines=learned.snapshot(store.conn),
            inline_below=0,
        )
        with closing(results):
            store_all(results, store, batch_size=3, pool=pool)


def _writer_analyses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids the writer analyses again (the workers' analyses are not counted)."""
    seen: list[str] = []
    real = learned.analyse

    def counted(article: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(article.id)
        return real(article, *args, **kwargs)

    monkeypatch.setattr(learned, "analyse", counted)
    return seen


def test_the_snapshot_holds_each_outlets_learned_lines(learned_store: Path) -> None:
    with Store(str(learned_store)) as store:
        snap = learned.snapshot(store.conn)
        assert snap == {OUTLET: learned_keys(store.conn, OUTLET)}
        article = learned.stripped(store.article("a0") or _never(), snap)
    assert FOOTER not in article.text


@pytest.mark.parametrize("workers", [1, 2])
def test_an_arriving_article_is_analysed_once_and_stored_as_the_writer_would_store_it(
    learned_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    before = _copy(learned_store, tmp_path / "before.db")
    with Store(str(before)) as store:  # cleaned without the learned lines, stripped on writing
        store_all(analysed(_arrivals()), store, batch_size=3)

    now = _copy(learned_store, tmp_path / "now.db")
    again = _writer_analyses(monkeypatch)
    _run(now, workers)
    assert again == [], "the writer analysed arriving articles a second time"

    assert _rows(now) == _rows(before)
    with Store(str(now)) as store:
        ours, theirs = store.article("a100"), store.article("a200")
    assert ours is not None and theirs is not None
    assert FOOTER not in ours.text and ours.boilerplate[-1] == FOOTER
    assert FOOTER in theirs.text


def _never() -> Any:
    raise AssertionError("the article should be stored")
