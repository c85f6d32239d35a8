"""The server against hostile requests, each as found by the API fuzzing: no 5xx, permission
before any body is read, bounded bodies, safe full-text queries, ids holding '/'."""

from __future__ import annotations

import string
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telusur.web import api
from telusur.web.app import create_app

TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SLASHED = "http://berita.example/2025/11/banjir"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("hard") / "h.db")
    client = TestClient(create_app(db, ingest_token=TOKEN))
    articles = [
        {"id": SLASHED, "title": "Banjir", "text": "Sebanyak 12 orang tewas dalam banjir."},
        {"id": "b", "title": "Gempa", "text": "BPBD mengatakan 30 rumah rusak akibat gempa."},
    ]
    assert client.post("/api/ingest", json={"articles": articles}, headers=AUTH).status_code == 200
    return db


@pytest.fixture()
def client(app_db: str) -> TestClient:
    return TestClient(create_app(app_db, ingest_token=TOKEN))


@pytest.fixture()
def readonly(app_db: str) -> TestClient:
    return TestClient(create_app(app_db))


@pytest.mark.parametrize(
    "url",
    [
        "/api/articles",
        "/api/search",
        "/api/claims",
        "/api/stories",
        "/api/groups",
        "/",
        "/articles",
    ],
)
@pytest.mark.parametrize("query", ["\x00", "a\x00b", '"', "NEAR(", "*", "\x1b[31m", "\udc80"])
def test_any_query_text_is_safe_in_full_text_search(
    client: TestClient, url: str, query: str
) -> None:
    resp = client.get(
        url, params={"q": query.encode("utf-8", "surrogatepass").decode("utf-8", "replace")}
    )
    assert resp.status_code in (200, 422), resp.text


def test_permission_is_checked_before_the_body_is_parsed(readonly: TestClient) -> None:
    resp = readonly.post("/api/ingest", content=b"{not json" * 1000)
    assert resp.status_code == 403


def test_a_token_without_bearer_is_refused(client: TestClient) -> None:
    payload = {"articles": [{"id": "x", "text": "Sebanyak 5 orang."}]}
    for header in (TOKEN, f"Basic {TOKEN}", f"Bearer{TOKEN}", f"Bearer  {TOKEN}x"):
        resp = client.post("/api/ingest", json=payload, headers={"Authorization": header})
        assert resp.status_code == 401, header


def test_a_body_over_the_limit_is_refused(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "MAX_BODY", 1000)
    resp = client.post("/api/ingest", content=b" " * 2000, headers=AUTH)
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "E413"


@pytest.mark.parametrize(
    "body", [b"[" * 5000 + b"]" * 5000, b"\xff\xfe", b"[]", b'{"articles": 5}', b"null"]
)
def test_a_bad_body_is_a_422(client: TestClient, body: bytes) -> None:
    resp = client.post("/api/ingest", content=body, headers=AUTH)
    assert resp.status_code == 422 and resp.json()["error"]["param"] in ("body", "articles")


def test_a_lone_surrogate_does_not_lose_the_request(client: TestClient) -> None:
    body = (
        b'{"articles": [{"id": "ab\\udc80c", "source": "x\\udc80", "text": "Sebanyak 7 orang."},'
        b' {"id": "fine", "text": "Sebanyak 8 orang tewas."}]}'
    )
    resp = client.post(
        "/api/ingest", content=body, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert resp.status_code == 200 and resp.json()["failed"] == 0
    assert client.get("/api/article/fine").status_code == 200


def test_ids_with_a_slash_open(client: TestClient) -> None:
    assert client.get(f"/api/article/{SLASHED}").json()["id"] == SLASHED
    listed = client.get("/articles").text
    assert f"/article/{SLASHED.replace(':', '%3A')}" in listed or f"/article/{SLASHED}" in listed
    assert client.get(f"/article/{SLASHED}").status_code == 200


def test_405_names_the_allowed_methods(client: TestClient) -> None:
    resp = client.get("/api/ingest")
    assert resp.status_code == 405 and resp.headers["allow"] == "POST"


def test_openapi_declares_the_404s(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/article/{article_id}", "/api/story/{story_id}", "/api/group/{group_id}"):
        assert "404" in paths[path]["get"]["responses"], path


def test_dates_must_be_days_and_an_empty_range_is_empty(client: TestClient) -> None:
    assert client.get("/api/claims", params={"to": "0"}).status_code == 422
    resp = client.get("/api/claims", params={"from": "2030-01-01", "to": "2020-01-01"})
    assert resp.status_code == 200 and resp.json()["items"] == []


_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=30) | st.sampled_from(
    ["\x00", "-1", "0", "2025-13-01", "9" * 30, '"', "%", "../", string.punctuation]
)
_ROUTES = [
    ("/api/articles", ("q", "limit", "offset")),
    ("/api/claims", ("q", "source", "about", "article", "story", "from", "to", "limit")),
    ("/api/stories", ("q", "from", "to", "offset")),
    ("/api/groups", ("q", "story", "limit")),
    ("/api/entities", ("limit", "offset")),
    ("/api/search", ("q", "limit")),
]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    route=st.sampled_from(_ROUTES), values=st.lists(_TEXT, min_size=1, max_size=4), data=st.data()
)
def test_fuzzed_queries_never_give_a_server_error(
    client: TestClient, route: tuple[str, tuple[str, ...]], values: list[str], data: st.DataObject
) -> None:
    path, names = route
    params = {data.draw(st.sampled_from(names)): v for v in values}
    resp = client.get(path, params=params)
    assert resp.status_code < 500, (path, params, resp.text)
    assert set(resp.json()) in ({"error"}, {"items", "limit", "offset", "next_offset"})


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=_TEXT, kind=st.sampled_from(["article", "story", "group", "entity"]))
def test_fuzzed_ids_never_give_a_server_error(client: TestClient, name: str, kind: str) -> None:
    resp = client.get(f"/api/{kind}/{quote(name, safe='')}")
    assert resp.status_code < 500, (kind, name, resp.text)


def test_an_ingest_request_stops_at_its_time_limit_and_keeps_what_it_analysed(
    app_db: str,
) -> None:
    """A request past its limit stores the articles analysed so far; the rest come back as E123,
    each named, for the client to send again."""
    slow = TestClient(create_app(app_db, ingest_token=TOKEN, ingest_seconds=0.0))
    articles = [
        {"id": f"limit-{i}", "title": "Banjir", "text": f"BPBD mengatakan {i + 2} rumah rusak."}
        for i in range(3)
    ]
    resp = slow.post("/api/ingest", json={"articles": articles}, headers=AUTH)
    assert resp.status_code == 200
    body = resp.json()
    assert body["ingested"] == 1 and body["failed"] == 2  # the first is always analysed
    assert all("[E123]" in e and "time limit" in e for e in body["errors"])
    assert [e.split(":")[:2] for e in body["errors"]] == [["api", "1"], ["api", "2"]]
    assert slow.get("/api/article/limit-0").status_code == 200
    assert slow.get("/api/article/limit-1").status_code == 404
