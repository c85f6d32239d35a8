"""Story profiles: a follow-up that revises every figure still joins its developing story
through the story's own names, while a report naming other places stays apart."""

from __future__ import annotations

import numpy as np

from telusur.link import Linker, MinHasher, features_from
from telusur.link.pools import newest_members, own_shared, pooled
from telusur.link.ragged import Ragged, gather
from telusur.link.stories import StoryTable

from .test_linker import art

PLACES = ["Kalora", "Sungai Bendo", "Desa Lumi", "Desa Watuna", "Amir Tahe"]


Facts = list[tuple[float, str | None]]
FIRST: Facts = [(12, "dead"), (9, "missing"), (1000, "displaced"), (3, "villages")]
REVISED: Facts = [(38, "dead"), (3, "missing"), (6150, "displaced"), (362, "houses")]


def add(linker: Linker, aid: str, text: str, day: str, names: list[str], facts: Facts) -> str:
    f = features_from(
        art(aid, text, day, f"{aid}.id"), hasher=MinHasher(), facts=facts, entities=names
    )
    return linker.add(aid, f).story


def first_report(linker: Linker) -> None:
    text = "Banjir bandang melanda Kalora pada Minggu malam."
    add(linker, "a", text, "2025-11-03", [*PLACES, "BPBD"], FIRST)


def flood_story(linker: Linker) -> None:
    first_report(linker)
    text = "Korban banjir di Kalora bertambah menurut BPBD."
    add(linker, "b", text, "2025-11-03", [*PLACES, "BPBD", "Basarnas"], [*FIRST, (40, "houses")])


def test_follow_up_with_revised_figures_joins_through_the_story_names() -> None:
    text = "Pengungsi banjir bandang Kalora mulai pulang, kata BPBD."
    names = [*PLACES[:4], "BPBD", "Dinas Sosial"]
    story = Linker()
    flood_story(story)
    assert add(story, "c", text, "2025-11-08", names, REVISED) == "a"
    single = Linker()  # against one report alone, five days on, it is too weak
    first_report(single)
    assert add(single, "c", text, "2025-11-08", names, REVISED) == "c"


def test_flood_elsewhere_with_the_same_agency_stays_apart() -> None:
    linker = Linker()
    flood_story(linker)
    other: Facts = [(4, "dead"), (3400, "displaced")]
    names = ["Embalu", "Sungai Rata", "Desa Sebu", "BPBD", "Basarnas"]
    story = add(linker, "z", "Banjir merendam Embalu sejak Selasa.", "2025-11-05", names, other)
    assert story == "z"


def test_newest_members_pool_only_stories_of_several() -> None:
    table = StoryTable()
    first = table.open(0, 10, "one")
    table.join(first, 1, 11)
    table.join(first, 2, 12)
    table.open(3, 12, "alone")
    pools = newest_members(table, np.array([first, 1, first]), limit=2)
    assert pools.n == 1
    assert pools.docs.tolist() == [2, 1]  # newest first, at most two
    assert pools.sampled.tolist() == [2 / 3]


def test_a_name_is_the_story_own_when_most_articles_with_it_are_in_the_story() -> None:
    table, rows = StoryTable(), Ragged(np.uint32)
    sid = table.open(0, 10, "one")
    table.join(sid, 1, 11)
    for names in ([5, 7], [5, 7, 9]):
        rows.append(np.array(names, np.uint32))
    pools = newest_members(table, np.array([sid]))
    tokens, pool, counts = pooled(*gather(rows, pools.docs), pools)
    stored = {5: 2.0, 7: 30.0, 9: 1.0}  # 7 is in many other stories, 9 in one member only
    counted = np.array([stored[t] for t in tokens.tolist()])
    own = own_shared(tokens, pool, counts, counted, np.array([5, 7, 9], np.uint32), pools)
    assert own.tolist() == [1.0]
