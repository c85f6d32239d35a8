"""Server-rendered pages: readable without JavaScript, escaped, bilingual, spans highlighted."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from telusur.link.groups import group_claims, group_json
from telusur.records import Analysis, Article, Mention, Published
from telusur.web import pages
from telusur.web.app import create_app

EVIL = (
    'Warga menulis <script>alert(1)</script> dan <img src=x onerror="alert(2)"> '
    'serta <a href="javascript:alert(3)">tautan</a>. BPBD mengatakan 27 orang tewas.'
)


@pytest.fixture()
def client(tmp_path: Path, make_claim: Any, make_store: Any) -> TestClient:
    sent = EVIL.index("BPBD")
    claim = make_claim(EVIL, "27", "killed", ["BPBD"], 27, sentence=(sent, len(EVIL)))
    claim.counts = "orang tewas"
    article = Article(
        id="x1",
        text=EVIL,
        format="txt",
        origin="x1.txt",
        title="<b>Judul</b>",
        published=Published("2025-11-03", "2025-11-03", "metadata"),
        boilerplate=["Baca juga: <script>x()</script>"],
    )
    mention = Mention((sent, sent + 4), "BPBD", "ORG", "BPBD")
    db = make_store(tmp_path / "p.db", [Analysis(article, entities=[mention], claims=[claim])])
    return TestClient(create_app(str(db)))


def test_article_text_is_escaped(client: TestClient) -> None:
    html = client.get("/article/x1").text
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)" in html
    assert 'onerror="alert' not in html
    assert 'href="javascript:' not in html
    assert "<b>Judul</b>" not in html
    assert "&lt;script&gt;x()" in html  # removed boilerplate is shown, escaped


def test_figure_links_to_its_highlighted_sentence(client: TestClient) -> None:
    html = client.get("/entity/BPBD").text
    start = EVIL.index("27")
    sent = EVIL.index("BPBD")
    link = f"/article/x1?lang=id&amp;hl={sent}-{len(EVIL)}#fig-{start}"
    assert link in html
    page = client.get(f"/article/x1?hl={sent}-{len(EVIL)}").text
    assert 'id="target"' in page and 'class="target' in page


def test_language_switch(client: TestClient) -> None:
    indo = client.get("/article/x1").text
    assert "Angka" in indo and 'href="/article/x1?lang=en"' in indo
    eng = client.get("/article/x1?lang=en").text
    assert "Figures" in eng and 'lang="en"' in eng


def test_search_and_date_filters(client: TestClient) -> None:
    assert "x1" in client.get("/articles", params={"q": "BPBD"}).text
    none = client.get("/articles", params={"q": "BPBD", "to": "2024-01-01"}).text
    assert "/article/x1" not in none


def test_bad_highlight_is_rejected(client: TestClient) -> None:
    assert client.get("/article/x1?hl=../../etc").status_code == 422


def test_sources_page(client: TestClient) -> None:
    assert client.get("/sources").status_code == 200


@pytest.fixture()
def linked_client(tmp_path: Path, make_claim: Any, make_store: Any) -> TestClient:
    text = "BPBD mengatakan 27 orang tewas dan 300 rumah rusak."
    claims = [
        make_claim(text, "27", "dead", ["BPBD"], 27),
        make_claim(text, "300", "houses", ["BPBD"], 300),
    ]
    article = Article(
        id="s1",
        text=text,
        format="txt",
        origin="s1.txt",
        title="Banjir",
        published=Published("2025-11-03", "2025-11-03", "metadata"),
    )
    db = make_store(tmp_path / "s.db", [Analysis(article, claims=claims)], link=True)
    return TestClient(create_app(str(db)))


def test_every_figure_has_its_chart_here_or_one_click_away(
    linked_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages, "CHARTS", 1)
    client = linked_client
    story = client.get("/api/stories").json()["items"][0]["id"]
    groups = client.get(f"/api/story/{story}").json()["groups"]
    html = client.get(f"/story/{story}").text
    charted, other = groups
    assert f'id="group-{charted["id"]}"' in html and f'href="#group-{charted["id"]}"' in html
    assert f'id="group-{other["id"]}"' not in html
    assert f'href="/group/{other["id"]}?lang=id"' in html
    page = client.get(f"/group/{other['id']}").text
    assert "<svg" in page and 'class="point status-asserted"' in page
    assert "/article/s1?lang=id&amp;hl=0-51#fig-35" in page  # the point leads to its sentence
    missing = client.get("/group/nope")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert "no claim group with id &#x27;nope&#x27;" in missing.text  # a reader's page, escaped
    assert client.get("/articles?from=2025-13-01").status_code == 422


def test_a_cached_story_page_follows_a_change_to_the_store(
    tmp_path: Path, linked_client: TestClient
) -> None:
    client = linked_client
    story = client.get("/api/stories").json()["items"][0]["id"]
    first = client.get(f"/story/{story}").text
    assert client.get(f"/story/{story}").text == first  # served again, unchanged
    with sqlite3.connect(tmp_path / "s.db") as conn:
        conn.execute("UPDATE stories SET headline = 'Banjir susulan' WHERE id = ?", (story,))
    assert "Banjir susulan" in client.get(f"/story/{story}").text


def test_a_group_shows_disagreements_apart_from_revisions() -> None:
    def said(article: str, value: float, who: list[str], day: str) -> dict[str, Any]:
        return {
            "article": article, "span": [0, 2], "sentence": [0, 9], "value": value,
            "low": value, "high": value, "qualifier": "exact", "unit": "count",
            "counts": "orang tewas", "kind": "dead", "about": None, "sources": who,
            "channel": None, "when": None, "status": "asserted", "reported": day,
            "outlet": None, "origin": article, "story": "s1",
        }  # fmt: skip

    (group,) = group_claims(
        [said("a", 12, ["BPBD"], "2025-11-04"), said("b", 27, ["BNPB"], "2025-11-04"),
         said("c", 30, ["BPBD"], "2025-11-04")]
    )  # fmt: skip
    drawn = pages._draw(group_json(group), "en")
    assert drawn["changes"] == ["revised from 12 to 30 (BPBD, 2025-11-04)"]
    assert drawn["disagreements"] == [
        "BNPB gives 27 (2025-11-04) where BPBD gave 12 (2025-11-04)",
        "BPBD gives 30 (2025-11-04) where BNPB gave 27 (2025-11-04)",
    ]
