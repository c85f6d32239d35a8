"""A store holding the bundled samples, shared by the export tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from telusur.cli.main import main


@pytest.fixture(scope="session")
def samples_db(samples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "samples.db"
    assert main(["ingest", str(samples_dir), "--db", str(db)]) == 0
    return db
