"""Evaluation gate across the seeds: copies, one story, the troop figure's timeline."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from telusur.store import queries as q

pytestmark = pytest.mark.corpus

TROOPS = ("Korea Utara", "troops")


def _conn(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return conn


def _names(value: Any) -> set[str]:
    items = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in items if v}


def _same_value(point: dict[str, Any], gold: Any) -> bool:
    if isinstance(gold, list):
        return (point["low"], point["high"]) == tuple(gold)
    return point["value"] == gold


def troop_group(conn: sqlite3.Connection) -> dict[str, Any]:
    story = q.links_of(conn, ["000_3d2601f46f13d2dc"])["000_3d2601f46f13d2dc"]["story"]
    groups = q.groups(conn, story=story, limit=1000)
    found = [g for g in groups if (g["about"], g["counts"]) == TROOPS]
    assert len(found) == 1, "one group for North Korean troops"
    return found[0]


def _fits(point: dict[str, Any], gold: dict[str, Any]) -> bool:
    same_source = _names(gold["source"]) & _names(point["sources"])
    return _same_value(point, gold["value"]) and bool(same_source)


def in_order(points: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[str]:
    """The gold points not found, in order, among the timeline's points (empty: all found)."""
    missing, at = [], 0
    for g in gold:
        hit = next((i for i in range(at, len(points)) if _fits(points[i], g)), None)
        if hit is None:
            missing.append(f"{g['value']} {g['source']}")
        else:
            at = hit + 1
    return missing


def test_seed_copies_are_one_origin_group(seeded_db: Path, gold: dict[str, Any]) -> None:
    groups = q.copies(_conn(seeded_db))
    want = [sorted(g["articles"]) for g in gold["same_origin"]]
    assert [sorted(a["id"] for a in g["articles"]) for g in groups] == want


def test_all_seeds_are_one_story(seeded_db: Path, gold: dict[str, Any]) -> None:
    links = q.links_of(_conn(seeded_db), list(gold["articles"]))
    stories = {link["story"] for link in links.values()}
    print(f"\nseed stories: {len(stories)}")
    assert len(stories) == 1


def test_troop_timeline_holds_the_gold_points_in_order(
    seeded_db: Path, gold: dict[str, Any]
) -> None:
    group = troop_group(_conn(seeded_db))
    timeline = [
        (p["reported"], p["value"] or (p["low"], p["high"]), p["sources"]) for p in group["points"]
    ]
    print("\ntroop timeline:", *timeline, sep="\n  ")
    missing = in_order(group["points"], gold["timeline"]["points_in_order"])
    assert not missing, f"gold points not found in order: {missing}"


def test_outlets_are_not_claimants(seeded_db: Path) -> None:
    claimants = set(troop_group(_conn(seeded_db))["claimants"])
    print("\ntroop claimants:", sorted(claimants))
    assert "NIS" in claimants
    assert not claimants & {"Suarathailand", "Tribunnews", "Indozone"}


def test_the_1500_figure_counts_copies_once(seeded_db: Path) -> None:
    group = troop_group(_conn(seeded_db))
    nis = [p for p in group["points"] if p["value"] == 1500 and "NIS" in p["sources"]]
    origins = {p["origin"] for p in nis}
    articles = {p["article"] for p in nis} | {c for p in nis for c in p["copies"]}
    assert nis, "NIS is a claimant of the 1,500 figure"
    assert not {"000_3d2601f46f13d2dc", "003_e425e8bd6ae908eb"} <= {p["article"] for p in nis}, (
        "000 and 003 are one report: at most one point between them"
    )
    assert len(origins) == len(nis) and articles
