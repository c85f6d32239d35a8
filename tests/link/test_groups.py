"""Claim groups: one timeline per measure, copies counted once, revisions named."""

from __future__ import annotations

from typing import Any

from telusur.link.groups import claimants_of, group_claims, group_json, refreshed


def claim(article: str, value: float, sources: list[str], reported: str, **extra: Any) -> dict:
    base = {
        "article": article,
        "span": [10, 15],
        "sentence": [0, 40],
        "value": value,
        "low": value,
        "high": value,
        "qualifier": "exact",
        "unit": "count",
        "counts": "orang tewas",
        "kind": "dead",
        "about": "Tandapura",
        "sources": sources,
        "channel": None,
        "when": None,
        "hedge": None,
        "status": "asserted",
        "reported": reported,
        "outlet": f"out-{article}",
        "origin": article,
        "story": "s1",
    }
    return {**base, **extra}


def test_copies_count_once_and_claimants_are_distinct() -> None:
    claims = [
        claim("a", 27, ["BNPB"], "2025-11-04", origin="a"),
        claim("b", 27, ["BNPB"], "2025-11-04", origin="a"),  # a copy of a's report
        claim("c", 27, ["BNPB"], "2025-11-05", origin="c"),  # an independent report
        claim("d", 12, ["BPBD"], "2025-11-03", origin="d"),
    ]
    (group,) = group_claims(claims)
    assert group.claimants == ["BNPB", "BPBD"]
    assert group.origin_groups == 3
    assert [p.article for p in group.points] == ["d", "a", "c"]
    assert group.points[1].copies == ["b"]


def test_timeline_is_ordered_and_a_party_revising_its_own_figure_is_a_revision() -> None:
    claims = [
        claim("x", 38, ["Basarnas"], "2025-11-08", qualifier="approx"),
        claim("y", 12, ["Basarnas"], "2025-11-03"),
        claim("z", 27, ["BNPB"], "2025-11-04"),
    ]
    (group,) = group_claims(claims)
    assert [p.value for p in group.points] == [12, 27, 38]
    assert [c.describe() for c in group.changes] == ["revised from 12 to 38 (Basarnas, 2025-11-08)"]


def test_another_partys_different_figure_is_a_disagreement_not_a_revision() -> None:
    claims = [
        claim("y", 12, ["BPBD"], "2025-11-04"),
        claim("z", 27, ["BNPB"], "2025-11-04"),
        claim("w", 27, ["BPBD", "BNPB"], "2025-11-05"),  # both now agree
    ]
    (group,) = group_claims(claims)
    assert [(d.earlier.article, d.later.article) for d in group.disagreements] == [("y", "z")]
    assert group.disagreements[0].describe() == (
        "BNPB gives 27 (2025-11-04) where BPBD gave 12 (2025-11-04)"
    )
    assert [(c.before.article, c.after.article) for c in group.changes] == [("y", "w")]


def test_figures_days_apart_are_a_count_grown_not_a_disagreement() -> None:
    claims = [claim("y", 12, ["BPBD"], "2025-11-03"), claim("z", 27, ["BNPB"], "2025-11-04")]
    (group,) = group_claims(claims)
    assert group.disagreements == [] and group.changes == []


def test_an_outlet_in_its_own_voice_revises_only_its_own_figure() -> None:
    claims = [
        claim("a", 10, [], "2025-11-03", outlet="Kompas"),
        claim("b", 14, [], "2025-11-04", outlet="Tempo"),
        claim("c", 16, [], "2025-11-05", outlet="Kompas"),
    ]
    (group,) = group_claims(claims)
    assert [(c.before.article, c.after.article) for c in group.changes] == [("a", "c")]
    assert group.disagreements == []  # printers differ; no party disputes another


def test_group_json_gives_each_change_with_its_evidence() -> None:
    claims = [claim("y", 12, ["BPBD"], "2025-11-04"), claim("z", 27, ["BNPB"], "2025-11-04")]
    (group,) = group_claims(claims)
    data = group_json(group)
    assert data["changes"] == [] and data["revisions"] == []
    (d,) = data["disagreements"]
    assert d["before"] == {
        "figure": "12",
        "claimants": ["BPBD"],
        "reported": "2025-11-04",
        "article": "y",
        "span": [10, 15],
    }
    assert d["after"]["article"] == "z" and d["text"].startswith("BNPB gives 27")
    assert refreshed({k: v for k, v in data.items() if k != "disagreements"}) == data


def test_a_day_the_claim_is_tied_to_comes_before_the_publication_date() -> None:
    early = claim("p", 10, ["Zelensky"], "2024-10-18", when=["2024-10-17", "2024-10-17"])
    later = claim("q", 15, ["NIS"], "2024-10-18", when=["2024-10-08", "2024-10-13"])
    (group,) = group_claims([later, early])
    assert [(p.value, p.reported) for p in group.points] == [(10, "2024-10-17"), (15, "2024-10-18")]


def test_a_publication_known_only_to_a_year_is_written_so_and_ordered_mid_year() -> None:
    year = claim("y", 40, ["BNPB"], "2025-01-01", reported_end="2025-12-31")
    month = claim("m", 30, ["BNPB"], "2025-03-01", reported_end="2025-03-31")
    days = claim("d", 20, ["BNPB"], "2025-02-10", reported_end="2025-02-12")
    late = claim("l", 50, ["BNPB"], "2025-09-01")
    (group,) = group_claims([late, year, month, days])
    assert [p.reported for p in group.points] == ["2025-02-10", "2025-03", "2025", "2025-09-01"]


def test_measures_actors_and_stories_stay_apart() -> None:
    claims = [
        claim("a", 27, ["BNPB"], "2025-11-04"),
        claim("b", 300, ["BNPB"], "2025-11-04", kind="houses", counts="rumah"),
        claim("c", 5, ["BNPB"], "2025-11-04", about="Embawang"),
        claim("d", 9, ["BNPB"], "2025-11-04", story="s2"),
    ]
    assert len(group_claims(claims)) == 4


def test_an_outlet_in_its_own_voice_is_no_claimant_and_denials_attach() -> None:
    claims = [claim("a", 100, [], "2025-11-05"), claim("b", 90, ["BPBD"], "2025-11-06")]
    denial = {"article": "a", "story": "s1", "target": "dead", "by": ["BPBD"], "kind": "denial"}
    (group,) = group_claims(claims, [denial])
    assert group.claimants == ["BPBD"]
    assert claimants_of(group.points[0]) == ["out-a"]  # still shown as printed by its outlet
    assert group.denials == [denial]


def test_demonyms_and_languages_meet_in_one_group() -> None:
    troops = {"kind": "troops", "unit": "count"}
    claims = [
        claim("a", 12000, ["NIS"], "2024-11-05", about="North Korean", counts="soldiers", **troops),
        claim("b", 11000, ["NIS"], "2025-02-11", about="Korea Utara", counts="tentara", **troops),
        claim(
            "c",
            10000,
            ["Pentagon"],
            "2024-11-01",
            about=None,
            counts="North Korean troops",
            **troops,
        ),
    ]
    (group,) = group_claims(claims)
    assert (group.about, group.kind) == ("Korea Utara", "troops")
    assert [p.value for p in group.points] == [10000, 12000, 11000]
    assert {p.story for p in group.points} == {"s1"}


def test_counted_words_without_a_kind_meet_across_languages() -> None:
    claims = [
        claim("a", 4, ["NIS"], "2024-11-05", kind=None, counts="brigade"),
        claim("b", 5, ["NIS"], "2024-11-06", kind=None, counts="Russian brigades", about=None),
    ]
    groups = group_claims(claims)
    assert sorted((g.about, g.kind) for g in groups) == [
        ("Rusia", "brigades"),
        ("Tandapura", "brigades"),
    ]
