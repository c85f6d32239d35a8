"""Lines learned per outlet: counted as articles arrive, removed from every article carrying
them once learned, on record with the article; re-reading an article changes nothing."""

from __future__ import annotations

from pathlib import Path

from telusur.ingest import analysed, store_all
from telusur.records import RawItem
from telusur.store import Store
from telusur.store.learned import MIN_ARTICLES, learned_keys

FOOTER = "Kabar desa yang jernih dan berimbang untuk pembaca setia kami"
PLACES = ["Sukamaju", "Cibodas", "Mekarsari", "Sindangsari", "Karanganyar", "Sumberejo"]


def _item(n: int, outlet: str | None = "Kabar Contoh", url: str | None = None) -> RawItem:
    place = PLACES[n % len(PLACES)]
    text = (
        f"Banjir merendam desa {place} nomor {n}\n\n"
        f"Sebanyak {n + 3} rumah warga di desa {place} terendam banjir pada pekan lalu.\n\n"
        f"Petugas membuka dapur umum di balai desa {place} sejak Senin pagi.\n\n{FOOTER}"
    )
    return RawItem(text=text, origin=f"a{n}.txt", format="txt", id=f"a{n}", outlet=outlet, url=url)


def _ingest(store: Store, items: list[RawItem]) -> None:
    store_all(analysed(items), store)


def test_a_line_of_many_articles_is_learned_and_leaves_them_all(tmp_path: Path) -> None:
    with Store(str(tmp_path / "t.db")) as store:
        _ingest(store, [_item(n) for n in range(MIN_ARTICLES - 1)])
        assert store.article("a0").text.endswith(FOOTER)  # type: ignore[union-attr]
        assert learned_keys(store.conn, "Kabar Contoh") == frozenset()
        _ingest(store, [_item(n) for n in range(MIN_ARTICLES - 1, MIN_ARTICLES + 2)])
        assert len(learned_keys(store.conn, "Kabar Contoh")) == 1
        for n in range(MIN_ARTICLES + 2):
            article = store.article(f"a{n}")
            assert article is not None
            assert FOOTER not in article.text
            assert article.boilerplate[-1] == FOOTER
            assert "rumah warga" in article.text
            claims = store.analysis(f"a{n}")["claims"]
            spans = [article.text[slice(*c["span"])] for c in claims]
            assert str(n + 3) in spans  # findings point into the cleaned text


def test_reading_again_is_unchanged_and_counts_once(tmp_path: Path) -> None:
    items = [_item(n) for n in range(MIN_ARTICLES + 2)]
    with Store(str(tmp_path / "t.db")) as store:
        _ingest(store, items)
        first = store.conn.execute("SELECT id, digest, text FROM articles ORDER BY id").fetchall()
        summary = store_all(analysed(items), store)
        assert summary.unchanged == len(items)
        again = store.conn.execute("SELECT id, digest, text FROM articles ORDER BY id").fetchall()
        assert [tuple(r) for r in again] == [tuple(r) for r in first]
        counts = store.conn.execute("SELECT articles FROM outlet_counts").fetchall()
        assert [r[0] for r in counts] == [len(items)]


def test_other_outlets_and_sites_learn_apart(tmp_path: Path) -> None:
    few = MIN_ARTICLES // 2 + 1
    with Store(str(tmp_path / "t.db")) as store:
        items = [_item(n, "Kabar Contoh") for n in range(few)]
        items += [_item(n, None, f"https://www.kabar.example/{n}") for n in range(few, 2 * few)]
        _ingest(store, items)
        assert all(FOOTER in a.text for a in store.articles(limit=50))
        groups = {r[0] for r in store.conn.execute("SELECT outlet FROM outlet_counts")}
        assert groups == {"Kabar Contoh", "site:kabar.example"}


def test_a_store_written_before_learning_is_counted_at_its_next_ingest(tmp_path: Path) -> None:
    with Store(str(tmp_path / "t.db")) as store:
        with store.batch():
            for item in analysed([_item(n) for n in range(MIN_ARTICLES + 1)]):
                store.put(item)  # as a store of schema 6 holds them: counted by nobody
        assert store.conn.execute("SELECT count(*) FROM line_keys").fetchone()[0] == 0
        _ingest(store, [_item(MIN_ARTICLES + 1)])
        assert len(learned_keys(store.conn, "Kabar Contoh")) == 1
        assert all(FOOTER not in a.text for a in store.articles(limit=50))


def test_an_article_read_again_with_other_text_is_counted_once(tmp_path: Path) -> None:
    items = [_item(n) for n in range(3)]
    with Store(str(tmp_path / "t.db")) as store:
        _ingest(store, items)
        changed = RawItem(
            text=items[0].text.replace(FOOTER, "Kirim tulisan Anda lewat surel redaksi"),
            origin="a0.txt",
            format="txt",
            id="a0",
            outlet="Kabar Contoh",
        )
        assert store_all(analysed([changed]), store).updated == 1
        one = store.conn.execute("SELECT articles FROM outlet_counts").fetchone()[0]
        footer = store.conn.execute("SELECT max(articles) FROM outlet_lines").fetchone()[0]
    assert one == 3
    assert footer == 2  # the footer's count lost the article that no longer carries it
