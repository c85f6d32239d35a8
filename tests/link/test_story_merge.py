"""Stories made one by an article that belongs to both, and an outlet's daily report kept apart
from its report of another day even when both name the same index and currency."""

from __future__ import annotations

import numpy as np
import pytest

from telusur.link import Linker, MinHasher, stories
from telusur.link.features import features_from
from telusur.link.stories import Overlap, StoryTable, combined, recurring_pairs

from .test_linker import art

Facts = list[tuple[float, str | None]]


def add(linker: Linker, aid: str, day: str, names: list[str], words: str, facts: Facts) -> str:
    f = features_from(
        art(aid, words, day, f"{aid}.id"), hasher=MinHasher(), facts=facts, entities=names
    )
    return linker.add(aid, f).story


def test_merge_relabels_the_smaller_story_and_keeps_the_earliest_name() -> None:
    table = StoryTable()
    story_of = np.zeros(8, np.int32)
    a = table.open(0, 10, "first")
    story_of[0] = a
    b = table.open(1, 9, "second")
    story_of[1] = b
    for doc in (2, 3):
        table.join(b, doc, 11)
        story_of[doc] = b
    kept = table.merge(a, b, story_of)
    assert kept == b and story_of[:4].tolist() == [b] * 4
    assert table.members(b) == [0, 1, 2, 3] and table.count[a] == 0 and table.members(a) == []
    assert table.first[b] == 0 and table.headlines[b] == "first"
    assert (table.start[b], table.end[b]) == (9, 11)


SHARED = ["Habibie", "RSPAD Gatot Soebroto", "Ainun", "Thareq Kemal", "Jakarta Pusat"]
HEALTH = "kondisi kesehatan presiden ketiga membaik setelah perawatan intensif tim dokter"
RETOLD = "tim dokter menyebut presiden ketiga membaik, kondisi kesehatan terus dipantau intensif"


def fragments(linker: Linker, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two reports of one event left in two stories (as when the second report's candidates
    missed the first)."""
    add(linker, "a", "2019-09-10", SHARED, HEALTH, [(3, "kali")])
    with monkeypatch.context() as m:
        m.setattr(stories, "JOIN", 2.0)
        add(linker, "b", "2019-09-10", [*SHARED, "Golkar"], HEALTH + " dijenguk", [(3, "kali")])


def test_an_article_resembling_two_fragments_of_one_event_makes_them_one_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    linker = Linker()
    fragments(linker, monkeypatch)
    assert linker.result_of("b").story == "b"
    third = add(linker, "c", "2019-09-10", [*SHARED, "Golkar"], RETOLD, [(3, "kali")])
    assert third == "a" and linker.result_of("b").story == "a"
    assert linker.story_members() == [["a", "b", "c"]]


def test_an_article_resembling_two_unrelated_stories_leaves_them_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    linker = Linker()
    add(linker, "a", "2019-09-10", SHARED, HEALTH, [(3, "kali")])
    other = ["Persija", "Persipura", "Stadion Mandala", "Liga 1", "Jayapura"]
    add(
        linker, "z", "2019-09-10", other, "laga liga satu berakhir imbang di jayapura", [(2, "gol")]
    )
    names, words = [*SHARED, *other], HEALTH + " laga liga satu berakhir imbang di jayapura"
    add(linker, "c", "2019-09-10", names, words, [(3, "kali"), (2, "gol")])
    assert linker.result_of("a").story != linker.result_of("z").story


def _overlap(shared: float, mine: float, theirs: float, size: int, sizes: int) -> Overlap:
    one = np.array
    return Overlap(one([shared]), one([2.0]), mine, one([theirs]), size, one([sizes]), 3.0)


def test_an_outlets_own_report_of_other_figures_is_recurring_whatever_names_it_shares() -> None:
    kinds = _overlap(1.0, 10.0, 10.0, 12, 12)  # twelve figures each, few in common
    strong = np.array([True])  # many names in common: the index, the currency, the exchange
    assert not recurring_pairs(kinds, strong)[0]
    assert not recurring_pairs(kinds, strong, np.array([False]))[0]
    assert recurring_pairs(kinds, strong, np.array([True]))[0]


def test_two_members_of_one_story_resembling_a_little_add_up_on_the_same_day() -> None:
    totals = np.array([0.25, 0.22, 0.28, 0.1])
    sids = np.array([0, 0, 1, 0])
    same_day = np.array([True, True, True, True])
    out = combined(totals, sids, same_day)
    assert out[0] == pytest.approx(1 - 0.75 * 0.78) and out[1] == 0.22  # the story's best
    assert out[2] == 0.28 and out[3] == 0.1  # one member alone, one too weak to count
    other_days = np.array([True, False, True, True])  # a past issue of a daily report
    assert combined(totals, sids, other_days)[0] == 0.25
