"""The JSON API, in process, over a fixture store."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from telusur.records import Analysis, Article, Claim, Denial, Mention, Published
from telusur.store import Store
from telusur.web.app import create_app

TEXT = "Banjir di Sukamaju. BPBD mengatakan 27 orang tewas. Bupati membantah angka itu."


def _fixture(path: Path) -> None:
    article = Article(
        id="a1",
        text=TEXT,
        format="txt",
        origin="a1.txt",
        title="Banjir di Sukamaju",
        outlet="Kabar Contoh",
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
        counts="orang tewas",
        kind="killed",
        about="Sukamaju",
        sources=["BPBD"],
        channel=None,
        when=("2025-11-03", "2025-11-03"),
        hedge=None,
        status="asserted",
    )
    mentions = [
        Mention((20, 24), "BPBD", "ORG", "BPBD"),
        Mention((10, 18), "Sukamaju", "LOC", "Sukamaju"),
    ]
    denial = Denial((52, 80), ["Bupati Sukamaju"], "denial", "killed", "membantah angka itu")
    analysis = Analysis(article, entities=mentions, claims=[claim], denials=[denial])
    with Store(str(path)) as store:
        with store.batch():
            store.put(analysis)
        store.link(analysis)
        store.flush_links()


@pytest.fixture()
def client(tmp_path: Path) -> TestClient:
    db = tmp_path / "api.db"
    _fixture(db)
    return TestClient(create_app(str(db), ingest_token="s3cret"))


def test_articles_list_paginates(client: TestClient) -> None:
    body = client.get("/api/articles", params={"limit": 1}).json()
    assert [a["id"] for a in body["items"]] == ["a1"]
    assert body["limit"] == 1 and body["next_offset"] == 1


def test_article_has_text_and_analysis(client: TestClient) -> None:
    body = client.get("/api/article/a1").json()
    assert body["text"] == TEXT
    assert body["claims"][0]["sources"] == ["BPBD"]


def test_claims_filter_by_source_alias_and_dates(client: TestClient) -> None:
    assert len(client.get("/api/claims", params={"source": "bpbd"}).json()["items"]) == 1
    assert client.get("/api/claims", params={"source": "Nobody"}).json()["items"] == []
    early = client.get("/api/claims", params={"to": "2025-01-01"}).json()
    assert early["items"] == []
    item = client.get("/api/claims", params={"q": "banjir"}).json()["items"][0]
    assert item["text"] == TEXT[36:45] and item["reported"] == "2025-11-03"


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/articles?limit=0", "limit"),
        ("/api/articles?limit=abc", "limit"),
        ("/api/claims?from=yesterday", "from"),
        ("/api/claims?offset=-1", "offset"),
        ("/api/claims?to=0", "to"),
        ("/api/stories?from=2025-02-30", "from"),
        ("/api/search", "q"),
    ],
)
def test_bad_parameters_get_422_naming_them(client: TestClient, url: str, param: str) -> None:
    resp = client.get(url)
    assert resp.status_code == 422
    err = resp.json()["error"]
    assert err["param"] == param and param in err["message"]


def test_every_error_has_one_shape(client: TestClient) -> None:
    for resp in (
        client.get("/api/article/nope"),
        client.get("/api/nowhere"),
        client.get("/api/entity/nobody"),
    ):
        assert resp.status_code == 404
        assert set(resp.json()["error"]) == {"status", "code", "message", "param"}


def test_entity_lists_aliases_and_claims(client: TestClient) -> None:
    body = client.get("/api/entity/BPBD").json()
    assert body["aliases"] == ["BPBD"] and len(body["claims_made"]) == 1


def test_ingest_needs_the_token(client: TestClient) -> None:
    payload = {"articles": [{"id": "n1", "title": "Baru", "text": "Sebanyak 12 rumah rusak."}]}
    assert client.post("/api/ingest", json=payload).status_code == 401
    bad = client.post("/api/ingest", json=payload, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
    ok = client.post("/api/ingest", json=payload, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["ingested"] == 1
    assert client.get("/api/article/n1").status_code == 200


def test_ingest_is_off_without_a_token(tmp_path: Path) -> None:
    db = tmp_path / "ro.db"
    _fixture(db)
    resp = TestClient(create_app(str(db))).post("/api/ingest", json={"articles": []})
    assert resp.status_code == 403


def test_no_state_changing_get(client: TestClient) -> None:
    assert client.get("/api/ingest").status_code == 405


def test_openapi_is_served(client: TestClient) -> None:
    assert "/api/claims" in client.get("/api/openapi.json").json()["paths"]


def _story_id(client: TestClient) -> str:
    return str(client.get("/api/stories").json()["items"][0]["id"])


def test_story_summarises_groups_and_the_group_has_the_timeline(client: TestClient) -> None:
    story = client.get(f"/api/story/{_story_id(client)}").json()
    [summary] = story["groups"]
    assert "points" not in summary
    assert (summary["point_count"], summary["low"], summary["high"]) == (1, 27, 27)
    assert summary["claimants"] == ["BPBD"] and summary["latest"]["value"] == 27
    full = client.get(f"/api/group/{summary['id']}").json()
    assert [p["value"] for p in full["points"]] == [27]
    assert full["points"][0]["sentence"] == [20, 51]


def test_story_pages_its_articles(client: TestClient) -> None:
    sid = _story_id(client)
    first = client.get(f"/api/story/{sid}?limit=1").json()
    assert [a["id"] for a in first["article_list"]] == ["a1"]
    assert first["article_next_offset"] is None
    assert client.get(f"/api/story/{sid}?offset=1").json()["article_list"] == []
    assert client.get(f"/api/story/{sid}?limit=0").status_code == 422
    assert client.get("/api/group/nope").json()["error"]["param"] == "group_id"
