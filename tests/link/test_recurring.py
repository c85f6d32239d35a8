"""One outlet's recurring report (each day's market close) is each day's own story: the next
issue cites the day before's figures as the previous values, which is why the two share figures,
and that does not make them one development."""

from __future__ import annotations

from telusur.link import Linker, MinHasher
from telusur.link.features import features_from
from telusur.link.stories import recited

from .test_linker import art

NAMES = ["Bloomberg", "Yahoo Finance", "Jisdor", "Bank Indonesia", "Jakarta"]


def close(day: str, now: tuple[str, str, str], before: tuple[str, str, str]) -> str:
    return (
        f"Nilai tukar rupiah pada akhir perdagangan {day} ditutup di level Rp{now[0]}/USD, "
        f"naik dari posisi penutupan sebelumnya Rp{before[0]}/USD menurut Yahoo Finance. "
        f"Data Bloomberg menunjukkan rupiah di posisi Rp{now[1]}/USD dibandingkan kemarin "
        f"Rp{before[1]}/USD. Kurs referensi Jisdor Bank Indonesia mencatat Rp{now[2]}/USD, "
        f"dari sebelumnya Rp{before[2]}/USD, kata analis di Jakarta."
    )


def figures(*values: str) -> list[tuple[float, str | None]]:
    return [(float(v.replace(".", "")), "money") for v in values]


def test_a_report_citing_figures_as_the_previous_values_is_their_next_issue() -> None:
    first = close("Rabu", ("14.060", "14.066", "14.080"), ("14.095", "14.100", "14.100"))
    second = close("Kamis", ("14.058", "14.060", "14.099"), ("14.060", "14.066", "14.080"))
    assert recited(second, first) == 3
    assert recited(first, second) == 0  # the earlier one cites none of the later's
    # a follow-up naming the earlier count once is no next issue
    update = "Korban tewas bertambah menjadi 1.030 orang dari sebelumnya 1.027 orang."
    assert recited(update, "BNPB mencatat 1.027 orang tewas dan 2.400 rumah rusak.") == 1


COMMENT = [
    "Pelemahan poundsterling dibayangi kekhawatiran soal kesepakatan Brexit pekan ini. "
    "Investor global memilih aset aman sambil menunggu keputusan bank sentral Eropa.",
    "Dolar Amerika Serikat melompat setelah bank sentral memangkas suku bunga acuannya. "
    "Pelaku pasar di kawasan Asia bergerak hati-hati menanti data perdagangan China.",
]


def test_one_outlets_daily_close_is_each_days_own_story() -> None:
    linker, h = Linker(), MinHasher()
    days = [
        ("2019-09-18", ("14.060", "14.066", "14.080"), ("14.095", "14.100", "14.100")),
        ("2019-09-19", ("14.058", "14.060", "14.099"), ("14.060", "14.066", "14.080")),
    ]
    stories = []
    for k, (day, now, before) in enumerate(days):
        text = f"{COMMENT[k]}\n{close(day, now, before)}"
        a = art(f"close{k}", text, day, "sindonews.com")
        f = features_from(a, hasher=h, facts=figures(*now, *before), entities=NAMES)
        stories.append(linker.add(a.id, f).story)
    assert stories[0] != stories[1]


def test_the_next_issue_joins_no_report_of_the_day_before_story() -> None:
    """The next day's close cites its own outlet's figures; another outlet's report of the day
    before, in the same story, is the day before's story too."""
    linker, h = Linker(), MinHasher()
    now, before = ("14.060", "14.066", "14.080"), ("14.095", "14.100", "14.100")
    first = close("Rabu", now, before)
    other = (
        f"{COMMENT[0]}\nRupiah menguat ke Rp{now[0]}/USD pada Rabu sore menurut Yahoo Finance, "
        f"sementara Bloomberg mencatat Rp{now[1]}/USD dan Jisdor Bank Indonesia Rp{now[2]}/USD. "
        "Analis di Jakarta menilai penguatan masih terbatas menjelang akhir pekan."
    )
    a = art("a", f"{COMMENT[0]}\n{first}", "2019-09-18", "sindonews.com")
    b = art("b", other, "2019-09-18", "okezone.com")
    day1 = linker.add("a", features_from(a, hasher=h, facts=figures(*now, *before), entities=NAMES))
    assert (
        linker.add("b", features_from(b, hasher=h, facts=figures(*now), entities=NAMES)).story
        == day1.story
    )
    nxt = ("14.058", "14.060", "14.099")
    c = art("c", f"{COMMENT[1]}\n{close('Kamis', nxt, now)}", "2019-09-19", "sindonews.com")
    f = features_from(c, hasher=h, facts=figures(*nxt, *now), entities=NAMES)
    assert linker.add("c", f).story != day1.story
