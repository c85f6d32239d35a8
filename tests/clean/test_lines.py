"""The general line classifier: furniture, calls to action, credits and bylines go; body stays."""

from __future__ import annotations

import pytest

from telusur.clean.boilerplate import strip
from telusur.clean.lines import classify, is_boilerplate

REMOVED = [
    "[ad_1]",
    "ARTICLE AD",
    "468x60",
    "Loading...",
    "Source link",
    "A-A+",
    "×",
    "Subscribe",
    "READ: Dockworkers threaten strike over automation plans",
    "Also Read: Rupee slips to record low",
    "Photo: Reuters",
    "(AP Photo/Noah Berger)",
    "Disclaimer: This story has not been edited by our staff and is auto-generated from a "
    "syndicated feed.",
    "CNN's Paul Rivera contributed to this report.",
    "Baca berita selengkapnya di ,.",
    "(Tin/Ysl)",
    "Sumber asli: ,Disadur dari: , (Penulis Dimas, published 01/09/2019),",
    "Ayam geprek di warung itu (foto: instagram @kuliner)",
]

KEPT = [
    "Environmental review",
    "Key points:",
    "Pada Minggu (15/9/2019)",
    "Jakarta, Selasa (10/9/2019) malam.",
    "Winds gusting up to 50 mph were forecast through Sunday.",
    '"We lost everything but the dog," said Carla Mendes.',
    "Baca selengkapnya di , , Kesehatan sebesar 100 persen untuk kelas I dan II masih menuai "
    "polemik publik.",
    "Ilustrasi tersebut sebagai kritikan untuk manusia yang gemar membangun berbagai bangunan "
    "tanpa menyadari dampaknya.",
    "20/5/2018 Villarreal 2-2 Real Madrid (LaLiga)",
]


@pytest.mark.parametrize("line", REMOVED)
def test_boilerplate_lines_are_recognised(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", KEPT)
def test_body_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line, edge=True)


def test_bylines_and_timestamps_go_near_the_top_only() -> None:
    lines = ["Rail workers to strike", "Emily Carter", "Friday, 14 November 2025 at 4:40 pm"]
    lines += ["Rail workers will walk out for three days, their union said."] * 3
    kept, removed = classify(lines)
    assert removed == ["Emily Carter", "Friday, 14 November 2025 at 4:40 pm"]
    assert kept[0] == "Rail workers to strike"


def test_the_first_line_is_never_judged() -> None:
    kept, removed = classify(["Subscribe", "The board voted 7-2 to proceed."])
    assert kept == ["Subscribe", "The board voted 7-2 to proceed."] and not removed


def test_a_related_link_emptied_by_the_scraper_leaves_the_sentence_it_was_glued_to() -> None:
    line = "Baca juga:,,Baca juga:,,Bolton membantah dipecat dan mengatakan dia mundur."
    kept, removed = strip(["Judul", "", line])
    assert kept[-1] == "Bolton membantah dipecat dan mengatakan dia mundur."
    assert removed == ["Baca juga:,,Baca juga:,,"]
