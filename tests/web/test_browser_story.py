"""The story page in headless chromium, on the bundled sample and on the seeds: charts whose
texts never collide, points a screen reader can name, and no kind code on the Indonesian page."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from telusur.cli.main import main
from telusur.lang.labels import kind_label, vocabulary
from telusur.store import queries as q

BOXES = """svg => {
  const r = e => e.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')].filter(t => !t.closest('.tip'))
    .map(t => ({text: t.textContent, ...r(t).toJSON()})).filter(b => b.width > 0);
  const axes = [...svg.querySelectorAll('line.axis')].map(a => r(a).toJSON());
  return {texts, axes};
}"""


def _hit(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and (a["top"] < b["bottom"] and b["top"] < a["bottom"])
    )


def _check_charts(page: Any) -> int:
    charts = page.locator("svg.timeline")
    assert charts.count() >= 1
    for k in range(charts.count()):
        found = charts.nth(k).evaluate(BOXES)
        texts = found["texts"]
        clashes = [
            (a["text"], b["text"])
            for i, a in enumerate(texts)
            for b in texts[i + 1 :]
            if _hit(a, b)
        ]
        assert clashes == [], f"chart {k}: texts overlap: {clashes}"
        on_axis = [t["text"] for t in texts for ax in found["axes"] if _hit(t, ax)]
        assert on_axis == [], f"chart {k}: texts on an axis: {on_axis}"
    labels = page.locator("svg.timeline a.point").evaluate_all(
        "ps => ps.map(p => p.getAttribute('aria-label') || '')"
    )
    assert labels and all(label.strip() for label in labels)
    return charts.count()


def _codes() -> set[str]:
    """Kind codes whose Indonesian label differs: none of them may show on an Indonesian page."""
    return {k for k in vocabulary() if kind_label(k, "id") != k}


def _shown_figure_words(page: Any) -> str:
    parts = page.locator("table.figures, section.group h3, svg.timeline text, .changes")
    return "\n".join(
        parts.evaluate_all("es => es.filter(e => !e.closest('.tip')).map(e => e.textContent)")
    )


def _check_language(page: Any) -> None:
    shown = _shown_figure_words(page)
    found = [c for c in _codes() if re.search(rf"\b{re.escape(c)}\b", shown)]
    assert found == [], f"English kind codes on the Indonesian page: {found}"


def _check_focus_tooltip(page: Any) -> None:
    point = page.locator("svg.timeline a.point").first
    point.focus()
    tip = point.locator(".tip")
    assert tip.is_visible()
    assert point.get_attribute("data-value") in (tip.text_content() or "")


@pytest.fixture(scope="module")
def sample_server(
    samples_dir: Path, tmp_path_factory: pytest.TempPathFactory, live_server: Any
) -> Any:
    db = tmp_path_factory.mktemp("sample-story") / "sample.db"
    assert main(["ingest", str(samples_dir), "--db", str(db)]) == 0
    with live_server(str(db)) as running:
        running.db = db
        yield running


def _largest(db: Path) -> str:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return str(q.stories(conn, limit=1)[0]["id"])


def test_sample_story_page_reads_like_a_good_chart(
    page: Any, sample_server: Any, shot: Any
) -> None:
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(f"{sample_server.url}/story/{_largest(sample_server.db)}")
    assert _check_charts(page) >= 3
    _check_language(page)
    figures = page.locator("table.figures tr td:first-child").all_inner_texts()
    assert figures[0] == "korban meninggal"  # best supported first
    assert "dibanding" not in figures and "hari" not in figures
    _check_focus_tooltip(page)
    shot(page, "sample-story")
    page.locator("section.group").first.screenshot(path=str(_artifacts() / "sample-chart.png"))
    _first_screen(page, f"{sample_server.url}/story/{_largest(sample_server.db)}?lang=en")


def _first_screen(page: Any, url: str) -> None:
    """The README's picture: the English story page down to its first chart."""
    page.goto(url)
    end = page.locator("section.group").first.bounding_box()
    assert end is not None
    clip = {"x": 0, "y": 0, "width": 1100, "height": end["y"] + end["height"]}
    page.screenshot(path=str(_artifacts() / "story-page.png"), clip=clip, full_page=True)


def _artifacts() -> Path:
    path = Path(__file__).resolve().parents[2] / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


@pytest.mark.corpus
def test_seeds_story_page_reads_like_a_good_chart(
    page: Any, seeded_db: Path, live_server: Any, shot: Any
) -> None:
    with live_server(str(seeded_db)) as server:
        page.set_viewport_size({"width": 1100, "height": 900})
        page.goto(f"{server.url}/story/{_largest(seeded_db)}")
        _check_charts(page)
        _check_language(page)
        shot(page, "seeds-story")
