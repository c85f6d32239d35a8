"""Property-based fuzzing of every operation in the OpenAPI document, on the read-only and on the
writable server: no 5xx and no response that breaks the documented schema.
`TELUSUR_API_FUZZ_EXAMPLES` raises the cases per operation for a long run (bench/README.md)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from telusur.web.app import create_app

TOKEN = "s3cret"
EXAMPLES = int(os.environ.get("TELUSUR_API_FUZZ_EXAMPLES", "100"))
ARTICLES = [
    {
        "id": "http://berita.example/2025/11/banjir",
        "title": "Banjir",
        "text": "BPBD mengatakan 12 orang tewas dalam banjir di Palu, Senin (3/11/2025).",
    },
    {
        "id": "b",
        "title": "Banjir Palu",
        "text": "Menurut BPBD, 15 orang tewas dalam banjir di Palu pada 4 November 2025.",
    },
]


def _store() -> str:
    """A small store, built once at import, since the operations are collected from its app."""
    folder = tempfile.mkdtemp(prefix="telusur-schema-")
    atexit.register(shutil.rmtree, folder, True)
    db = str(Path(folder) / "fuzz.db")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    client = TestClient(create_app(db, ingest_token=TOKEN))
    assert client.post("/api/ingest", json={"articles": ARTICLES}, headers=auth).status_code == 200
    return db


DB = _store()
writable = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(DB, ingest_token=TOKEN))
read_only = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(DB))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


@read_only.parametrize()
@FUZZ
def test_read_only_server_keeps_its_schema_and_never_fails(case: Any) -> None:
    case.call_and_validate()


@writable.parametrize()
@FUZZ
def test_writable_server_keeps_its_schema_and_never_fails(case: Any) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"})
