"""The timeline layout shared by the web chart and the PNG: what a reader relies on."""

from __future__ import annotations

from datetime import date
from typing import Any

from telusur.lang import load
from telusur.lang.labels import kind_label, vocabulary
from telusur.link.groups import ClaimGroup, Point
from telusur.web.charts.layout import lay_out, overlaps

WORDS = load("id", "ui")


def _point(value: Any, reported: str | None, who: str, **kw: Any) -> Point:
    low, high = (value, value) if not isinstance(value, tuple) else value
    return Point(
        value=None if isinstance(value, tuple) else value,
        low=low,
        high=high,
        qualifier=kw.get("qualifier", "exact"),
        status=kw.get("status", "asserted"),
        sources=[who],
        channel=None,
        reported=reported,
        when=None,
        article=f"a{reported}{who}",
        span=[0, 2],
        sentence=[0, 10],
        origin=f"a{reported}{who}",
        outlet=None,
    )


def _group(points: list[Point]) -> ClaimGroup:
    return ClaimGroup("g1", "s1", None, "dead", "count", points)


def test_time_is_a_true_axis_and_claimants_are_series() -> None:
    layout = lay_out(
        _group(
            [
                _point(27, "2025-11-04", "BNPB"),
                _point(29, "2025-11-05", "BNPB"),
                _point(38, "2025-11-12", "BNPB"),
                _point(33, "2025-11-05", "Bupati", status="unconfirmed"),
            ]
        ),
        WORDS,
        "t",
    )
    xs = [m.x for m in layout.marks]
    day5 = (xs[1] + xs[3]) / 2  # two reports of one day are set side by side around it
    # a week after the second day is seven times as far as the day between the first two
    assert abs((xs[2] - day5) / (day5 - xs[0]) - 7) < 0.1
    assert [s.name for s in layout.series] == ["BNPB", "Bupati"]
    assert len(layout.series[0].path) == 3  # joined
    assert layout.marks[3].hollow
    labels = [t.text for t in layout.texts if t.role == "label"]
    assert sorted(labels) == ["BNPB: 38", "Bupati: 33"]  # each series named once, at its end


def test_vague_amounts_are_bands_that_do_not_set_the_scale() -> None:
    layout = lay_out(
        _group(
            [
                _point(12500, "2025-11-04", "BPBD"),
                _point((1000, 999999), "2025-11-07", "WTBS", qualifier="vague"),
                _point((300, 400), "2025-11-08", "BPBD", qualifier="range"),
            ]
        ),
        WORDS,
        "t",
    )
    band, bar = layout.marks[1], layout.marks[2]
    assert band.shape == "band" and bar.shape == "bar"
    ticks = [t.text for t in layout.texts if t.role == "tick" and "Nov" not in t.text]
    assert ticks[-1] in ("12,500", "14,000", "15,000")  # not 1,000,000
    assert band.y >= layout.plot[1]  # clipped to the chart


def test_undated_points_stand_apart_and_denied_ones_are_crossed() -> None:
    layout = lay_out(
        _group([_point(5, "2025-11-04", "A"), _point(7, None, "B", status="denied")]), WORDS, "t"
    )
    assert layout.strip is not None
    assert layout.strip[0] <= layout.marks[1].x <= layout.strip[1]
    assert layout.marks[1].shape == "cross"
    assert any(t.text == WORDS["undated"] for t in layout.texts)


def test_many_claimants_on_one_day_leave_no_label_on_another() -> None:
    points = [_point(20 + i % 3, "2025-11-04", f"Sumber nomor {i}") for i in range(15)]
    points += [_point(25, "2025-11-05", "Sumber dengan nama sangat panjang sekali")]
    layout = lay_out(_group(points), WORDS, "t")
    assert overlaps(layout.texts) == []
    right = max(t.box()[2] for t in layout.texts)
    assert right <= layout.width


def test_every_kind_has_a_label_in_each_language() -> None:
    for lang in ("id", "en"):
        missing = [k for k in vocabulary() if kind_label(k, lang) == k and "_" in k]
        table = load(lang, "kind_labels")["kinds"]
        assert not missing and set(vocabulary()) <= set(table), lang
    assert kind_label("dead", "id") == "korban meninggal"
    assert kind_label("dibanding", "id") == "dibanding"  # article words are shown as written


def test_a_report_known_only_by_its_year_spans_the_year() -> None:
    layout = lay_out(
        _group([_point(1500, "2024-10-18", "NIS"), _point(11000, "2025", "Tribunnews")]),
        WORDS,
        "t",
    )
    dated, coarse = layout.marks
    assert dated.period is None and coarse.period is not None
    start, end = coarse.period
    assert start < coarse.x < end  # drawn at mid-year, with the whole year as a whisker
    year = (date(2025, 12, 31) - date(2025, 1, 1)).days
    gap = (date(2025, 7, 1) - date(2024, 10, 18)).days
    assert abs((end - start) / (coarse.x - dated.x) - year / gap) < 0.01
