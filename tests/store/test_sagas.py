"""Sagas in the store: one development told as stories months apart, in two languages, is one
saga with one troop timeline; a topic sharing only common names stays apart.

The fixture (fixtures/saga_articles.jsonl) was written for these tests: a border build-up
reported in January, April and July, in Indonesian and English, and potash trade reports of
the same months naming the same country.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from telusur.cli.main import main
from telusur.store import Store
from telusur.store import links as links_module
from telusur.store import queries as q
from telusur.store.schema import MIGRATIONS

FIXTURE = Path(__file__).parent / "fixtures" / "saga_articles.jsonl"
SAGA = ("saga-id-0112", "saga-en-0113", "saga-id-0403", "saga-en-0404")
LATER = ("saga-en-0716", "saga-id-0717")
OTHER = ("other-id-0405", "other-en-0720")
BEFORE_SAGAS = 8  # schema migrations before the one that brought sagas


def _ingest(db: Path, ids: tuple[str, ...] | None = None) -> None:
    rows = FIXTURE.read_text(encoding="utf-8").splitlines()
    path = db.with_suffix(f".{len(ids or ())}.jsonl")
    path.write_text(
        "\n".join(r for r in rows if ids is None or json.loads(r)["id"] in ids) + "\n",
        encoding="utf-8",
    )
    assert main(["ingest", str(path), "--db", str(db), "--json"]) == 0


def _conn(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return conn


@pytest.fixture(scope="module")
def saga_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("saga") / "saga.db"
    _ingest(db)
    return db


def _sagas(conn: sqlite3.Connection) -> dict[str, str]:
    """Each article's saga."""
    links = q.links_of(conn, [*SAGA, *LATER, *OTHER])
    of_story = {s["id"]: s["saga"] for s in q.stories(conn, limit=-1)}
    return {a: of_story[link["story"]] for a, link in links.items()}


def _troops(conn: sqlite3.Connection, saga: str) -> dict[str, Any]:
    found = [g for g in q.groups(conn, saga=saga, limit=-1) if (g["about"], g["counts"]) == TROOPS]
    assert len(found) == 1, "one troop group across the saga"
    return found[0]


TROOPS = ("Belarus", "troops")


def test_stories_months_apart_are_one_saga_and_the_other_topic_stays_apart(
    saga_db: Path,
) -> None:
    conn = _conn(saga_db)
    sagas = _sagas(conn)
    links = q.links_of(conn, [*SAGA, *LATER])
    assert len({link["story"] for link in links.values()}) >= 2, "several stories"
    assert len({sagas[a] for a in (*SAGA, *LATER)}) == 1
    saga = sagas[SAGA[0]]
    assert saga == links[SAGA[0]]["story"], "named by its earliest story"
    assert all(sagas[a] != saga for a in OTHER)
    assert sagas[OTHER[0]] != sagas[OTHER[1]]


def test_the_saga_lists_its_stories_and_the_names_and_measures_that_joined_them(
    saga_db: Path,
) -> None:
    conn = _conn(saga_db)
    saga = _sagas(conn)[SAGA[0]]
    found = q.saga(conn, saga)
    assert found is not None
    stories = [s["id"] for s in found["stories"]]
    assert stories[0] == saga and len(stories) >= 2
    assert found["start"] == "2026-01-12" and found["articles"] == len(SAGA) + len(LATER)
    assert found["links"], "the evidence of each join"
    for link in found["links"]:
        assert {link["a"], link["b"]} <= set(stories)
        assert "Grodno" in link["names"]
        assert {"about": "Belarus", "counts": "troops", "unit": "count"} in link["measures"]
    assert q.saga(conn, "no-such-saga") is None


def test_one_troop_timeline_across_stories_and_languages(saga_db: Path) -> None:
    conn = _conn(saga_db)
    saga = _sagas(conn)[SAGA[0]]
    group = _troops(conn, saga)
    assert group["saga"] == saga
    points = group["points"]
    assert len({p["story"] for p in points}) >= 2, "the story stays a facet of each point"
    assert {p["article"][5:7] for p in points} == {"id", "en"}
    figures = [p["value"] for p in points]
    assert figures.index(4000) < figures.index(9000) < figures.index(6500)
    for point in points:
        assert {"article", "story", "reported", "sources", "channel"} <= point.keys()
    assert "Wladyslaw Kosiniak-Kamysz" in group["claimants"]
    assert "borderwatch.example" not in group["claimants"]
    later = q.links_of(conn, [LATER[0]])[LATER[0]]["story"]
    assert group["id"] in {g["id"] for g in q.groups(conn, story=later, limit=-1)}


def test_the_cli_filters_stories_and_groups_by_saga(
    saga_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saga = _sagas(_conn(saga_db))[SAGA[0]]
    assert main(["stories", "--saga", saga, "--db", str(saga_db), "--json"]) == 0
    stories = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(stories) >= 2 and {s["saga"] for s in stories} == {saga}
    assert main(["groups", "--saga", saga, "--db", str(saga_db), "--json"]) == 0
    groups = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert groups and {g["saga"] for g in groups} == {saga}
    assert main(["saga", saga, "--db", str(saga_db)]) == 0
    assert "Grodno" in capsys.readouterr().out


def test_sagas_grown_run_by_run_equal_sagas_built_at_once(saga_db: Path, tmp_path: Path) -> None:
    """The later stories arrive in a second ingest: the saga grows to hold them, and the claim
    groups rewritten saga by saga are those computed whole."""
    db = tmp_path / "runs.db"
    _ingest(db, (*SAGA[:2], *OTHER))
    _ingest(db, SAGA[2:] + LATER)
    assert _sagas(_conn(db)) == _sagas(_conn(saga_db))
    with Store(str(db)) as store:
        incremental = _group_rows(store.conn)
        with store.batch():
            links_module.write_groups(store.conn)
        assert incremental and _group_rows(store.conn) == incremental


def _group_rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute("SELECT * FROM claim_groups ORDER BY id")]


def test_a_store_written_before_sagas_keeps_its_groups_and_threads_at_its_next_flush(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    for number, script in enumerate(MIGRATIONS[:BEFORE_SAGAS], start=1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    conn.execute(
        "INSERT INTO claim_groups (id, story, about, kind, unit, points, claimants, "
        "origin_groups, denials, latest, data) VALUES ('g1', 's1', 'Belarus', 'troops', "
        '\'count\', 0, 0, 0, 0, NULL, \'{"id": "g1", "points": [], "disagreements": []}\')'
    )
    conn.commit()
    conn.close()
    with Store(str(db)) as store:
        row = store.conn.execute("SELECT story, saga FROM claim_groups WHERE id = 'g1'").fetchone()
        assert tuple(row) == ("s1", "s1")
        stored = q.group(store.conn, "g1")
        assert stored is not None and stored["saga"] is None  # the stored JSON had no story
    _ingest(db)
    assert len(set(_sagas(_conn(db)).values())) == 3


def test_the_api_and_the_story_page_show_the_saga(saga_db: Path) -> None:
    from fastapi.testclient import TestClient

    from telusur.web.app import create_app

    client = TestClient(create_app(str(saga_db)))
    saga = _sagas(_conn(saga_db))[SAGA[0]]
    found = client.get(f"/api/saga/{saga}").json()
    assert found["id"] == saga and found["links"]
    assert client.get("/api/saga/nope").status_code == 404
    later = found["stories"][-1]["id"]
    page = client.get(f"/story/{later}?lang=en").text
    assert 'class="saga"' in page and f"/story/{saga}?lang=en" in page
    alone = client.get(f"/story/{OTHER[0]}?lang=en").text
    assert 'class="saga"' not in alone
