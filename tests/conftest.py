"""Shared fixtures. Third-party text stays in ../shared; tests that need it skip without it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TELUSUR_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "samples" / "news"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads the shared corpus beside the project")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _need(SHARED)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _need(SHARED / "seeds")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return _need(SHARED / "corpus")


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    path = _need(SHARED / "gold" / "seeds.json")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def seeded_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the five seeds, ingested as a user would: a plain folder, with no
    ``--window``; the collection's own dated articles settle the years the texts leave open."""
    from telusur.cli.main import main

    db = tmp_path_factory.mktemp("seeded") / "seeds.db"
    code = main(["ingest", str(seeds_dir), "--db", str(db), "--json"])
    assert code == 0
    return db


def count_claim(
    text: str,
    figure: str,
    kind: str,
    sources: list[str],
    value: float,
    *,
    about: str | None = None,
    sentence: tuple[int, int] | None = None,
) -> Any:
    """An asserted count claim on ``figure`` (its first occurrence in ``text``)."""
    from telusur.records import Claim

    at = text.index(figure)
    return Claim(
        span=(at, at + len(figure)),
        sentence=sentence or (0, len(text)),
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        unit="count",
        counts=kind,
        kind=kind,
        about=about,
        sources=sources,
        channel=None,
        when=None,
        hedge=None,
        status="asserted",
    )


def stored(path: Path, analyses: list[Any], *, link: bool = False) -> Path:
    """A store at ``path`` holding ``analyses``, linked into stories when ``link``."""
    from telusur.store import Store

    with Store(str(path)) as store:
        with store.batch():
            for analysis in analyses:
                store.put(analysis)
        if link:
            for analysis in analyses:
                store.link(analysis)
            store.flush_links()
    return path


@pytest.fixture(scope="session")
def make_claim() -> Any:
    return count_claim


@pytest.fixture(scope="session")
def make_store() -> Any:
    return stored
