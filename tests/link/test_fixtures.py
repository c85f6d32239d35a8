"""Two matches of one tournament stay two stories: the sides each article sets against each other
tell separate events apart when everything else (the tournament, the stadium, the day) is shared."""

from __future__ import annotations

import numpy as np

from telusur.link import Linker, MinHasher
from telusur.link.features import features_from
from telusur.link.fixtures import distinct, fixture_tokens, query

from .test_linker import art

GROUP = ["Piala Asia U-16", "Grup G", "Stadion Madya", "Jakarta", "Bima Sakti"]
TEAMS = ["Indonesia", "Filipina", "Brunei Darussalam", "Kepulauan Mariana Utara"]


ALIASES = {"China": "Tiongkok", "Cina": "Tiongkok", "Brunei": "Brunei Darussalam"}


def tokens(title: str, text: str = "", names: list[str] = TEAMS) -> np.ndarray:
    return fixture_tokens(title, text, names, ALIASES)


def other_event(a: np.ndarray, b: np.ndarray) -> bool:
    """As the linker judges it, both ways round (the answer must not depend on which came first)."""
    ab = distinct(a, np.array([len(b)]), np.array([np.isin(b, query(a)).sum()]))[0]
    ba = distinct(b, np.array([len(a)]), np.array([np.isin(a, query(b)).sum()]))[0]
    assert ab == ba
    return bool(ab)


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


def test_a_side_written_two_ways_is_one_side() -> None:
    names = [*TEAMS, "Tiongkok"]
    preview = tokens("Jadwal Timnas U-16 Indonesia Vs China", names=names)
    result = tokens("Indonesia Hadapi Cina di Stadion Madya", names=names)
    assert len(preview) and len(result)
    assert not other_event(preview, result)
    assert other_event(preview, tokens("Brunei Vs Tiongkok", names=names))


def test_a_side_named_only_timnas_meets_the_fixtures_of_its_opponent() -> None:
    vague = tokens("Timnas U-16 Vs Filipina: Tiket Habis")
    assert len(vague)
    assert not other_event(vague, tokens("Indonesia vs Filipina Malam Nanti"))
    assert not other_event(vague, tokens("Filipina vs Timnas Indonesia U-16, Siapa Unggul"))
    assert other_event(vague, tokens("Hari Ini Indonesia Vs Kepulauan Mariana Utara"))
    assert len(tokens("Timnas Vs Timnas")) == 0  # two sides that name no one


def test_a_fixture_in_the_title_outranks_the_rest_of_the_group_in_the_lede() -> None:
    lede = "Indonesia menang 4-0. Di laga lain, Brunei Darussalam vs Kepulauan Mariana Utara 0-7."
    report = tokens("Indonesia Gilas Filipina Tanpa Balas", lede)
    assert not other_event(report, tokens("Indonesia Vs Filipina"))
    assert other_event(report, tokens("Susunan Pemain Brunei Vs Mariana"))


def test_a_result_names_its_match() -> None:
    assert not other_event(
        tokens("Timnas Indonesia U-16 Bantai Filipina di Kandang"), tokens("Indonesia Vs Filipina")
    )
    assert other_event(
        tokens("Timnas U-16 Dikalahkan Brunei"), tokens("Indonesia Vs Kepulauan Mariana Utara")
    )


def test_an_english_result_names_its_match_in_one_word_or_two() -> None:
    names = ["Lleyton Hewitt", "Taylor Dent", "Andy Roddick", "Leeds", "Derby"]
    result = tokens("Hewitt falls to Dent in Adelaide", names=names)
    assert len(result)
    assert not other_event(result, tokens("Dent beat Hewitt in three sets", names=names))
    assert other_event(result, tokens("Roddick defeated Dent", names=names))
    drawn = tokens("Leeds drew with Derby", names=names)
    assert len(drawn)
    assert not other_event(drawn, tokens("Derby v Leeds", names=names))
    assert len(tokens("Leeds fell sharply", names=names)) == 0  # "fell" alone is no result


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


def test_a_report_naming_no_sides_is_no_bridge_to_the_next_match() -> None:
    linker = Linker()
    coach = [*GROUP, "Indonesia", "Simon McMenemy", "Stadion Utama"]
    body = (
        "Pelatih Simon McMenemy menyiapkan skuat terbaik di Stadion Utama Jakarta untuk laga "
        "kualifikasi grup, para pemain berlatih keras sejak pekan lalu demi kemenangan."
    )
    told = (
        "Di Stadion Utama Jakarta, skuat terbaik disiapkan Simon McMenemy untuk kualifikasi "
        "grup; sejak pekan lalu pemain berlatih keras mengejar kemenangan di laga itu."
    )
    retold = (
        "Simon McMenemy berharap kemenangan di laga kualifikasi grup, skuat terbaik berlatih "
        "keras di Stadion Utama Jakarta sejak pekan lalu bersama para pemain."
    )
    first = add(linker, "a", "Indonesia Vs Malaysia: Susunan Pemain", body, [*coach, "Malaysia"])
    vague = add(linker, "b", "Pelatih Bicara Jelang Laga", told, [*coach, "Malaysia", "Thailand"])
    second = add(linker, "c", "Indonesia Vs Thailand: Susunan Pemain", retold, [*coach, "Thailand"])
    assert vague == first  # it names no sides: it may belong to either match
    assert second != first
