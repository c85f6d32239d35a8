"""End to end with the seeds ingested: a story's troop chart, a click to the sentence behind it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from telusur.store import queries as q

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def server(seeded_db: Path, live_server: Any) -> Any:
    with live_server(str(seeded_db)) as running:
        yield running


def _story_of_first_seed(db: Path) -> str:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return q.links_of(conn, ["000_3d2601f46f13d2dc"])["000_3d2601f46f13d2dc"]["story"]


def _chart_points(page: Any) -> list[dict[str, str]]:
    section = page.locator("section.group[data-about='Korea Utara'][data-counts='troops']")
    assert section.count() == 1, "one chart for North Korean troops"
    return json.loads(
        section.evaluate(
            "s => JSON.stringify([...s.querySelectorAll('a.point')].map(a => "
            "({value: a.dataset.value, source: a.dataset.source})))"
        )
    )


def _gold_labels(gold: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for p in gold["timeline"]["points_in_order"]:
        v = p["value"]
        label = f"{v[0]:,}–{v[1]:,}" if isinstance(v, list) else f"{v:,}"
        out.append((label, p["source"].lower()))
    return out


def test_story_chart_shows_the_gold_points_in_order(
    page: Any, server: Any, seeded_db: Path, gold: dict[str, Any], shot: Any
) -> None:
    page.goto(f"{server.url}/story/{_story_of_first_seed(seeded_db)}")
    shot(page, "story")
    points = _chart_points(page)
    at = 0
    for label, source in _gold_labels(gold):
        found = [
            i
            for i in range(at, len(points))
            if points[i]["value"] == label and source in points[i]["source"].lower()
        ]
        assert found, f"gold point {label} ({source}) not in the chart after position {at}"
        at = found[0] + 1


def test_a_point_leads_to_its_highlighted_sentence(
    page: Any, server: Any, seeded_db: Path, shot: Any
) -> None:
    page.goto(f"{server.url}/story/{_story_of_first_seed(seeded_db)}")
    # the last point is painted last: no other mark lies over it (two copies of one report
    # can put identical points in one place)
    points = page.locator("section.group[data-counts='troops'] a.point:not([data-value*='–'])")
    point = points.last
    value = point.get_attribute("data-value")
    point.locator("circle, rect, path").first.click()  # the mark a reader clicks
    page.wait_for_load_state()
    assert "/article/" in page.url
    target = page.locator("#article-text .target").first
    assert target.is_visible()
    assert value and value.replace(",", "") in "".join(
        page.locator("#article-text .target").all_inner_texts()
    ).replace(".", "").replace(",", "")
    shot(page, "article-highlighted")


def test_search_and_language_switch_on_seeds(page: Any, server: Any, shot: Any) -> None:
    page.goto(f"{server.url}/articles")
    page.fill("input[name=q]", "Pyongyang")
    page.click("form.search button")
    assert page.locator("table.articles tr").count() >= 2
    page.click("#lang-switch")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1", has_text="Articles").count() == 1
    shot(page, "search-en")
