"""Two matches of one tournament stay two stories: the sides each article sets against each other
tell separate events apart when everything else (the tournament, the stadium, the day) is shared."""

from __future__ import annotations

import numpy as np

from telusur.link import Linker, MinHasher
from telusur.link.features import features_from
from telusur.link.fixtures import distinct, fixture_tokens

from .test_linker import art

GROUP = ["Piala Asia U-16", "Grup G", "Stadion Madya", "Jakarta", "Bima Sakti"]
TEAMS = ["Indonesia", "Filipina", "Brunei Darussalam", "Kepulauan Mariana Utara"]


def tokens(title: str, text: str = "", names: list[str] = TEAMS) -> np.ndarray:
    return fixture_tokens(title, text, names)


def other_event(a: np.ndarray, b: np.ndarray) -> bool:
    shared = np.isin(b, a).sum()
    return bool(distinct(a, np.array([len(b)]), np.array([shared]))[0])


def test_one_fixture_named_alike_is_one_event_and_other_sides_another() -> None:
    preview = tokens("Hari Ini Indonesia Vs Filipina di Stadion Madya")
    result = tokens("Hasil Laga", "Timnas Indonesia U-16 melawan Filipina berakhir 4-0.")
    lineup = tokens("Kualifikasi Piala Asia, Ini Susunan Pemain Brunei Vs Mariana")
    assert len(preview) and len(result) and len(lineup)
    assert not other_event(preview, result)
    assert other_event(preview, lineup) and other_event(lineup, result)


def test_an_article_naming_no_fixture_says_nothing() -> None:
    standings = tokens(
        "Klasemen Grup G", "Indonesia memuncaki grup. Laga kontra Kepulauan Mariana."
    )
    assert len(standings) == 0
    assert not other_event(standings, tokens("Indonesia Vs Filipina"))
    assert not other_event(tokens("Indonesia Vs Filipina"), standings)


def test_sides_are_the_articles_names_not_title_words() -> None:
    assert len(tokens("Jadwal Hari Ini Vs Besok", names=["Indonesia"])) == 0


def add(linker: Linker, aid: str, title: str, text: str, names: list[str]) -> str:
    article = art(aid, text, "2019-09-16", f"{aid}.id")
    article.title = title
    f = features_from(article, hasher=MinHasher(), facts=[(16, "u")], entities=names)
    return linker.add(aid, f).story


def test_another_match_of_the_group_on_the_same_day_opens_its_own_story() -> None:
    linker = Linker()
    body = (
        "Laga kualifikasi Piala Asia U-16 Grup G digelar di Stadion Madya Jakarta hari ini, "
        "pelatih Bima Sakti menyiapkan skuat terbaik untuk pertandingan grup tersebut."
    )
    retold = (
        "Pertandingan grup tersebut di Stadion Madya Jakarta menjadi laga kualifikasi Piala Asia "
        "U-16 Grup G yang ditunggu, skuat terbaik disiapkan pelatih sejak pekan lalu."
    )
    ours, theirs = [*GROUP, *TEAMS[:2]], [*GROUP, *TEAMS[2:]]
    first = add(linker, "a", "Indonesia Vs Filipina: Susunan Pemain", body, ours)
    again = add(linker, "b", "Prediksi Indonesia Vs Filipina", retold, ours)
    lineup = (
        "Di Stadion Madya Jakarta, laga Grup G kualifikasi Piala Asia U-16 dimainkan sore hari, "
        "kedua pelatih menurunkan skuat terbaik dalam pertandingan grup tersebut."
    )
    other = add(linker, "c", "Brunei Vs Mariana: Susunan Pemain", lineup, theirs)
    assert again == first
    assert other != first
