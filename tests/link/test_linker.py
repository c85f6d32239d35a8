"""Linking behaviour on short hand-written texts, plus persistence."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from telusur.link import Linker, MinHasher, features_from
from telusur.link.passages import explain
from telusur.records import Article, Published

BASE = (
    "Bank sentral menahan suku bunga acuan di level 5,75 persen pada rapat bulanan. "
    "Gubernur bank sentral mengatakan inflasi tahunan tercatat 2,84 persen dan rupiah stabil. "
    "Cadangan devisa naik menjadi 151,2 miliar dolar pada akhir bulan lalu. "
)


def art(aid: str, text: str, day: str | None = "2025-03-10", outlet: str = "a.com") -> Article:
    return Article(
        id=aid,
        text=text,
        format="txt",
        origin=aid,
        title=text[:40],
        outlet=outlet,
        published=Published(start=day, end=day),
    )


def test_copy_and_containing_article_share_an_origin_group() -> None:
    linker, h = Linker(), MinHasher()
    linker.add("a", features_from(art("a", BASE * 3), hasher=h))
    copy = linker.add("b", features_from(art("b", BASE * 3, outlet="b.com"), hasher=h))
    longer = BASE * 3 + "Analis memperkirakan suku bunga turun pada kuartal ketiga tahun ini. "
    contained = linker.add("c", features_from(art("c", longer, outlet="c.com"), hasher=h))
    assert copy.origin == "a" and copy.origin_links[0].why == "copy"
    assert contained.origin == "a"
    assert copy.story == contained.story == "a"


def test_unrelated_article_stays_alone() -> None:
    linker, h = Linker(), MinHasher()
    linker.add("a", features_from(art("a", BASE * 2), hasher=h))
    other = "Tim tamu menang 3-1 dalam laga tandang yang diguyur hujan deras sejak sore. " * 3
    res = linker.add("z", features_from(art("z", other, outlet="z.com"), hasher=h))
    assert res.origin == "z" and res.new_story


def test_same_outlet_template_on_another_day_is_not_a_copy() -> None:
    linker, h = Linker(), MinHasher()
    linker.add("d1", features_from(art("d1", BASE * 3, "2025-03-10"), hasher=h))
    later = features_from(art("d2", BASE.replace("2,84", "2,91") * 3, "2025-03-12"), hasher=h)
    assert linker.add("d2", later).origin == "d2"


def test_save_and_load_keep_groups_and_stories(tmp_path: Path) -> None:
    linker, h = Linker(), MinHasher()
    linker.add("a", features_from(art("a", BASE * 3), hasher=h))
    linker.add("b", features_from(art("b", BASE * 3, outlet="b.com"), hasher=h))
    linker.save(tmp_path / "link.npz")
    again = Linker.load(tmp_path / "link.npz")
    assert [g.articles for g in again.origin_groups()] == [["a", "b"]]
    res = again.add("c", features_from(art("c", BASE * 3, outlet="c.com"), hasher=h))
    assert res.origin == "a"
    story = again.story("a")
    assert story.articles == ["a", "b", "c"] and story.outlets == ["a.com", "b.com", "c.com"]
    assert story.start == story.end == "2025-03-10"


def test_state_saved_with_16_bit_signatures_and_values_still_loads(tmp_path: Path) -> None:
    linker, h = Linker(), MinHasher()
    linker.add("a", features_from(art("a", BASE * 3), hasher=h))
    linker.save(tmp_path / "new.npz")
    with np.load(tmp_path / "new.npz") as z:
        old = {k: z[k] for k in z.files}
    old["sigs"] = old["sigs"].astype(np.uint16) | np.uint16(0xAB00)
    old["values.data"], old["values.ends"] = np.array([5.75, 2.84]), np.array([2])
    np.savez(tmp_path / "old.npz", **old)
    again = Linker.load(tmp_path / "old.npz")
    res = again.add("b", features_from(art("b", BASE * 3, outlet="b.com"), hasher=h))
    assert res.origin == "a" and res.origin_links[0].why == "copy"


def test_a_story_is_named_by_a_member_title_never_by_text_words() -> None:
    from telusur.link.stories import StoryTable

    table = StoryTable()
    sid = table.open(0, 1, "")
    table.join(sid, 1, 2, "Port authority approves harbour expansion")
    table.join(sid, 2, 3, "A later title")
    assert table.headlines[sid] == "Port authority approves harbour expansion"


SEARCH = [
    "Tim SAR gabungan melanjutkan pencarian pesawat perintis yang hilang kontak di atas hutan "
    "Kabupaten Tandapura sejak Rabu siang.",
    "Pesawat jenis Twin Otter itu membawa dua pilot, seorang teknisi dan tujuh penumpang dari "
    "Bandara Malinda menuju Desa Ulu.",
    "Kepala kantor pencarian dan pertolongan setempat Rusdi Lamarauna mengatakan cuaca buruk "
    "menghambat tim di lapangan sejak pagi.",
    "Sebanyak 120 personel gabungan dikerahkan bersama dua helikopter dan satu pesawat pengintai "
    "milik TNI Angkatan Udara.",
    "Sinyal terakhir pesawat tertangkap radar sekitar 18 kilometer dari landasan tujuan sebelum "
    "hilang tanpa panggilan darurat.",
    "Keluarga penumpang berkumpul di posko bandara menunggu kabar dari tim yang bergerak melalui "
    "jalur darat dan udara.",
]
# Another desk's edit: a word or two changed, added or dropped in every sentence.
SEARCH_EDITED = [
    "Tim SAR gabungan masih melanjutkan pencarian terhadap pesawat perintis yang hilang kontak "
    "di atas hutan Kabupaten Tandapura sejak Rabu.",
    "Pesawat Twin Otter itu membawa dua orang pilot, satu teknisi dan tujuh penumpang dari "
    "Bandara Malinda dengan tujuan Desa Ulu.",
    "Menurut Kepala kantor pencarian dan pertolongan setempat Rusdi Lamarauna, cuaca buruk "
    "menghambat tim di lapangan sejak pagi tadi.",
    "Total 120 personel gabungan telah dikerahkan bersama dua unit helikopter serta satu pesawat "
    "pengintai milik TNI Angkatan Udara.",
    "Sinyal terakhir pesawat tertangkap radar kira-kira 18 kilometer dari landasan tujuan, "
    "sebelum hilang tanpa ada panggilan darurat.",
    "Keluarga para penumpang berkumpul di posko bandara sambil menunggu kabar dari tim yang "
    "bergerak lewat jalur darat maupun udara.",
]


def test_another_outlets_edit_of_a_story_shares_its_origin_but_the_outlets_own_does_not() -> None:
    """Most sentences reworded a little: across outlets one text behind both (syndication, a
    release); within one outlet, its own next report reusing its paragraphs."""
    original, edited = "\n\n".join(SEARCH), "\n\n".join(SEARCH_EDITED)
    found = {}
    for outlet in ("b.com", "a.com"):
        linker, h = Linker(), MinHasher()
        linker.add("a", features_from(art("a", original), hasher=h))
        found[outlet] = linker.add("b", features_from(art("b", edited, outlet=outlet), hasher=h))
    assert found["b.com"].origin == "a" and found["b.com"].origin_links[0].why == "contained"
    assert found["a.com"].origin == "b"


def test_an_edited_copy_is_explained_by_its_reworded_sentences() -> None:
    """The explanation shows what made the link: the shares and sentence pairs of the full
    texts' alignment when the sketches alone find too little."""
    original, edited = "\n\n".join(SEARCH), "\n\n".join(SEARCH_EDITED)
    why = explain(edited, original)
    assert why["share_other"] >= 0.6  # the original, most of it found in the edit
    pairs = {(p["text"], p["other_text"]) for p in why["sentences"]}  # type: ignore[attr-defined]
    assert (SEARCH_EDITED[0], SEARCH[0]) in pairs
