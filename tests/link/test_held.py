"""Holding articles back so that a run is linked in publication order."""

from __future__ import annotations

from telusur.link import Features, Linker, MinHasher, features_from
from telusur.link.held import Held
from telusur.records import Article, Published


def _features(i: int, day: str | None) -> tuple[str, str | None, Features]:
    article = Article(
        id=f"a{i}",
        text=f"Banjir merendam {100 + i} rumah di Desa Contoh {i}.",
        format="txt",
        origin=f"a{i}.txt",
        language="id",
        published=Published(day, day, "metadata" if day else "unknown"),
    )
    return article.id, day, features_from(article, hasher=MinHasher())


def test_held_articles_are_linked_oldest_first_and_undated_last() -> None:
    linker = Linker()
    held = Held(linker, size=10)
    for i, day in enumerate(["2025-11-09", None, "2025-11-03", "2025-11-06"]):
        held.add(*_features(i, day))
    assert len(linker) == 0 and "a1" in held and len(held) == 4
    held.release()
    assert list(linker.ids) == ["a2", "a3", "a0", "a1"]
    assert len(held) == 0 and "a1" not in held


def test_a_full_batch_is_linked_at_once() -> None:
    linker = Linker()
    held = Held(linker, size=3)
    for i, day in enumerate(["2025-11-09", "2025-11-03", "2025-11-06", "2025-11-01"]):
        held.add(*_features(i, day))
    assert list(linker.ids) == ["a1", "a2", "a0"] and len(held) == 1
