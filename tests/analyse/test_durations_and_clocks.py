"""Durations and clock times. A length of time is its own kind, with no interval, never an
age, an ordinal or a time counted from an event; its count stays a figure for the claims. A
clock time takes the day named beside it in its sentence."""

from __future__ import annotations

import pytest

from telusur.analyse.pipeline import analyse
from telusur.analyse.times.durations import find_durations
from telusur.analyse.times.find import find_times
from telusur.records import Article, Published

PUB = Published("2024-10-21", "2024-10-21", "metadata")

FOUND = [
    ("id", "Banjir merendam desa selama tiga hari.", "tiga hari"),
    ("id", "Tim SAR bekerja 24 jam tanpa henti.", "24 jam"),
    ("id", "Terdakwa divonis 5 tahun penjara.", "5 tahun"),
    ("id", "Pengungsi bertahan selama beberapa pekan di posko.", "beberapa pekan"),
    ("id", "Ia memimpin selama dua belas bulan.", "dua belas bulan"),
    ("en", "The strike lasted for five years.", "five years"),
    ("en", "He was jailed for 18 months.", "18 months"),
    ("en", "Callers hang up after just 65 seconds.", "65 seconds"),
    ("en", "It rained for several days.", "several days"),
]

NOT_DURATIONS = [
    ("id", "Pria berusia 45 tahun itu ditangkap."),
    ("id", "Seorang pemuda 24 tahun luka dianiaya."),
    ("id", "Feby Christya (33 tahun) mengaku tak khawatir."),
    ("id", "Pemain usia enam sampai 18 tahun boleh ikut."),
    ("id", "Gol kedua lahir tiga menit kemudian."),
    ("id", "Satu tahun berselang, rekor itu pecah."),
    ("id", "Pertandingan pekan ke-17 ditunda."),
    ("id", "Tiga hari lalu hujan turun."),
    ("en", "A 45 years old man was arrested."),
    ("en", "Two weeks later the talks began."),
    ("en", "Three days ago it rained."),
    ("en", "The rate was 21/10 days."),
]


@pytest.mark.parametrize(("lang", "text", "want"), FOUND)
def test_a_length_of_time_is_a_duration_with_no_interval(lang: str, text: str, want: str) -> None:
    found = [t for t in find_times(text, lang, PUB) if t.granularity == "duration"]
    assert [t.text for t in found] == [want]
    assert (found[0].start, found[0].end, found[0].anchor) == (None, None, "none")
    assert text[found[0].span[0] : found[0].span[1]] == want


@pytest.mark.parametrize(("lang", "text"), NOT_DURATIONS)
def test_ages_ordinals_and_relative_times_are_not_durations(lang: str, text: str) -> None:
    assert [t.text for t in find_times(text, lang, PUB) if t.granularity == "duration"] == []


def test_a_duration_already_read_as_a_time_is_not_found_twice() -> None:
    text = "Dalam tiga hari terakhir, 12 orang tewas."
    times = find_times(text, "id", PUB)
    assert [t.granularity for t in times if "tiga hari" in t.text] != ["duration"]
    assert find_durations(text, "id", [t for t in times if t.granularity != "duration"]) == []


def test_the_count_of_a_sentence_stays_a_figure() -> None:
    text = "Vonis\n\nHakim menjatuhkan vonis 5 tahun penjara kepada terdakwa, kata jaksa Budi."
    article = Article(id="v", text=text, format="txt", origin="v.txt", language="id")
    result = analyse(article)
    assert any(t.granularity == "duration" for t in result.times)
    assert [c.value for c in result.claims] == [5.0]


CLOCKS = [
    ("id", "Ia ditemukan pada Rabu, 18 September 2019 pukul 05.00.", "pukul 05.00", "2019-09-18"),
    ("id", "Cek dilakukan pada Senin pagi pukul 08.00 WIB.", "pukul 08.00 WIB", "2024-10-21"),
    ("id", "Rapat dimulai pukul 10.00 WIB, Jumat (18/10).", "pukul 10.00 WIB", "2024-10-18"),
    ("en", "The blast happened at 10:30 GMT on Friday, police said.", "at 10:30 GMT", "2024-10-18"),
    ("en", "By 1700 GMT on Friday, the shares had lost half.", "1700 GMT", "2024-10-18"),
    ("en", "They left at 9am on Monday.", "9am", "2024-10-21"),
    ("id", "Operasi berakhir jam 2 siang, Jumat (18/10).", "jam 2 siang", "2024-10-18"),
    ("id", "Tim tiba Jumat (18/10) pukul 7.30 pagi.", "pukul 7.30 pagi", "2024-10-18"),
]


@pytest.mark.parametrize(("lang", "text", "want", "day"), CLOCKS)
def test_a_clock_time_takes_the_day_named_beside_it(
    lang: str, text: str, want: str, day: str
) -> None:
    clocks = [t for t in find_times(text, lang, PUB) if t.granularity == "clock"]
    assert [(t.text, t.start, t.end) for t in clocks] == [(want, day, day)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Rapat dimulai pukul 10.00 WIB. Senin (21/10) hujan turun."),  # another sentence
        ("id", "Rapat dimulai pukul 10.00 WIB."),  # no day named
        ("en", "Mirza won 6-3 6-2 in round one on Friday."),
        ("id", "Inflasi 2,3 persen pada Senin (21/10)."),
    ],
)
def test_no_clock_time_without_a_day_named_before_or_beside_it(lang: str, text: str) -> None:
    assert [t for t in find_times(text, lang, PUB) if t.granularity == "clock"] == []


def test_a_clock_time_alone_takes_the_day_the_narrative_last_named() -> None:
    text = (
        "Kapal berangkat sekitar jam 8.30 hari Rabu (16/10).\n"
        "Sementara itu, operasi pencarian dilakukan sekitar pukul 7.30 pagi setelah laporan masuk."
    )
    clocks = [t for t in find_times(text, "id", PUB) if t.granularity == "clock"]
    assert [(t.text, t.start) for t in clocks] == [
        ("jam 8.30", "2024-10-16"),
        ("pukul 7.30 pagi", "2024-10-16"),
    ]
