"""Undated articles take their publication year from dated figures of their story."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from telusur.analyse.pipeline import analyse
from telusur.clean import clean
from telusur.link.story_dates import date_from_story
from telusur.records import Analysis, RawItem, to_dict

DATED = (
    "Kementerian Pertahanan menyatakan Negara Api mengirim lebih dari 500 tentara ke "
    "perbatasan pada tahun 2023, kata juru bicara Budi Santoso di Jakarta."
)
UNDATED = (
    "Negara Api mengirim sekitar 520 tentara ke perbatasan pada Maret tahun lalu, "
    "kata juru bicara Budi Santoso. Pemerintah belum memberi tanggapan."
)


def _analysed(text: str, article_id: str, published: str | None = None) -> Analysis:
    item = RawItem(text=text, origin=article_id, format="txt", id=article_id, published=published)
    return analyse(clean(item))


def _peers(*dated: Analysis) -> list[dict[str, Any]]:
    out = []
    for a in dated:
        for c in a.claims:
            d = to_dict(c)
            text = a.article.text[c.span[0] : c.span[1]]
            out.append(
                {**d, "article": a.article.id, "reported": a.article.published.start, "text": text}
            )
    return out


def test_a_figure_dated_last_year_takes_its_year_from_the_story() -> None:
    dated = _analysed(DATED, "a", "2024-03-05")
    undated = _analysed(UNDATED, "b")
    assert undated.article.published.how == "unknown"
    result = date_from_story(undated.article, _peers(dated))
    assert result is not None
    pub = result.article.published
    assert (pub.start, pub.end, pub.how) == ("2024-01-01", "2024-12-31", "story")
    assert [e.article for e in pub.evidence] == [None, "a"]
    march = next(t for t in result.times if "Maret" in t.text)
    assert (march.start, march.end, march.uncertain) == ("2023-03-01", "2023-03-31", True)


def test_a_different_figure_or_no_dated_peer_leaves_the_date_unknown() -> None:
    other = _analysed(DATED.replace("lebih dari 500", "lebih dari 9.000"), "a", "2024-03-05")
    undated = _analysed(UNDATED, "b")
    assert date_from_story(undated.article, _peers(other)) is None
    assert date_from_story(undated.article, []) is None


def test_a_window_bounds_the_year() -> None:
    dated = _analysed(DATED, "a", "2024-03-05")
    undated = _analysed(UNDATED, "b")
    result = date_from_story(undated.article, _peers(dated), window=("2023-06-01", "2024-06-30"))
    assert result is not None
    assert (result.article.published.start, result.article.published.end) == (
        "2024-01-01",
        "2024-06-30",
    )


def test_seed_without_a_date_is_dated_by_its_story(seeded_db: Path, gold: dict[str, Any]) -> None:
    conn = sqlite3.connect(seeded_db)
    conn.row_factory = sqlite3.Row
    undated = [
        r
        for r in conn.execute(
            "SELECT id, published_start, published_end, published_how FROM articles"
        )
        if r["published_how"] == "story"
    ]
    print(
        "\nstory-dated seeds:",
        [(r["id"], r["published_start"], r["published_end"]) for r in undated],
    )
    assert undated, "a seed whose text gives no year is dated by the other seeds"
    for r in undated:
        lo, hi = gold["articles"][r["id"]]["published_between"]
        assert lo <= r["published_start"] and r["published_end"] <= hi, r["id"]
    import json

    for t in gold["times"]:
        if t["article"] not in {r["id"] for r in undated}:
            continue
        analysis = json.loads(
            conn.execute("SELECT analysis FROM articles WHERE id = ?", (t["article"],)).fetchone()[
                0
            ]
        )
        hits = [x for x in analysis["times"] if t["text"] in x["text"]]
        assert any([x["start"], x["end"]] == t["value"] for x in hits), (t, hits)


def test_a_share_agreeing_by_chance_dates_nothing() -> None:
    dated = _analysed(
        "BPS mengatakan inflasi pada tahun 2023 mencapai 5,2 persen.", "a", "2024-03-05"
    )
    undated = _analysed("BPS mengatakan inflasi tahun lalu mencapai 5,2 persen.", "b")
    assert any(c.kind == "inflation" for c in undated.claims)
    assert date_from_story(undated.article, _peers(dated)) is None
