"""Markup in names: outlet, title, entity, source and denier names are shown as text on every
page type, never as markup (the browser test covers the article text)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from telusur.records import Analysis, Article, Claim, Denial, Mention, Published
from telusur.store import Store
from telusur.web.app import create_app

PAYLOAD = '<script>alert(1)</script><img src=x onerror="alert(2)">'
TEXT = "Banjir di Sukamaju. BPBD mengatakan 27 orang tewas. Bupati membantah angka itu."


def _analysis() -> Analysis:
    article = Article(
        id="x/1",
        text=TEXT,
        format="txt",
        origin="x.txt",
        title=f"Banjir {PAYLOAD}",
        outlet=f"Kabar {PAYLOAD}",
        credit=f"Kantor {PAYLOAD}",
        language="id",
        published=Published("2025-11-03", "2025-11-03", "metadata"),
    )
    claim = Claim(
        span=(36, 45),
        sentence=(20, 51),
        value=27,
        low=27,
        high=27,
        qualifier="exact",
        unit="count",
        counts=f"orang {PAYLOAD}",
        kind="killed",
        about=PAYLOAD,
        sources=[PAYLOAD],
        channel=None,
        when=("2025-11-03", "2025-11-03"),
        hedge=None,
        status="asserted",
    )
    mentions = [Mention((20, 24), "BPBD", "ORG", PAYLOAD)]
    denial = Denial((52, 80), [PAYLOAD], "denial", "killed", PAYLOAD)
    return Analysis(article, entities=mentions, claims=[claim], denials=[denial])


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = str(tmp_path_factory.mktemp("xss") / "x.db")
    analysis = _analysis()
    with Store(db) as store:
        with store.batch():
            store.put(analysis)
        store.link(analysis)
        store.flush_links()
    return TestClient(create_app(db))


def _pages(client: TestClient) -> list[str]:
    story = client.get("/api/stories").json()["items"][0]["id"]
    group = client.get("/api/groups").json()["items"][0]["id"]
    return [
        "/",
        "/articles",
        f"/article/{quote('x/1', safe='/')}",
        f"/story/{story}",
        f"/group/{group}",
        f"/entity/{quote(PAYLOAD, safe='')}",
        "/sources",
    ]


def test_names_are_escaped_on_every_page_type(client: TestClient) -> None:
    for url in _pages(client):
        resp = client.get(url)
        assert resp.status_code == 200, url
        html = resp.text
        assert "<script>alert" not in html, url
        assert 'onerror="alert' not in html and "<img src=x" not in html, url
