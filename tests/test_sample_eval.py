"""Evaluation gate: claims, denials and times on the bundled sample corpus (samples/news/) against
its hand annotation (samples/expected.json).

The items are read as ingestion reads them (readers, cleaning, the per-article analysis) and
keyed as expected.json's ``ids`` section says: by the id ingestion assigns, except the WARC pages,
whose content-hash ids the annotation cannot name and which it keys by URL. Claims are scored by
the seeds gate's rules (tests/claim_eval.py), except that a name counts as its canonical entity
when the annotation lists it as an alias, and an unnamed source as the institution its label
names (the anonymous regency official as the regency government). Scores and misses are printed
(``pytest -s``) and the scores pinned to minimums. The sample is in the repository, so this gate
always runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from telusur.analyse.pipeline import analyse
from telusur.clean import clean
from telusur.readers import read_paths
from telusur.records import Analysis, ReadError
from tests.claim_eval import (
    Names,
    boilerplate_claims,
    score_claims,
    score_denials,
    score_times,
)

NOT_NEWS = {"README.md", "expected.json", "make_warc.py"}
# Minimums pinned at the measured scores (rounded down): raise them as the analysis improves.
CLAIMS = {
    "recall": 0.95,
    "precision": 0.75,
    "source": 0.62,
    "about": 0.04,
    # 16 claims carry the right time, as before; the share fell from 0.232 to 0.229 only
    # because one more claim ("Puluhan rumah ...", credited to its speaker) is now matched.
    "when": 0.22,
    "status": 0.94,
}
DENIALS = {"recall": 0.77, "kind": 1.0}
TIMES = {"found": 0.97, "interval": 0.89}


@pytest.fixture(scope="module")
def expected(samples_dir: Path) -> dict[str, Any]:
    return json.loads((samples_dir.parent / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def names(expected: dict[str, Any]) -> Names:
    return Names.of(expected["entities"], expected["unnamed_sources"])


def _key(analysis: Analysis, articles: dict[str, Any]) -> str:
    """The annotation's key for an analysed item: its id, or for a content-hash id (which the
    annotation cannot name) the key of the article annotated with its URL."""
    article = analysis.article
    if article.id in articles:
        return article.id
    by_url = {a["url"]: k for k, a in articles.items() if a["id_kind"] == "content_hash"}
    return by_url.get(article.url or "", article.id)


@pytest.fixture(scope="module")
def results(samples_dir: Path, expected: dict[str, Any]) -> dict[str, Analysis]:
    """Every sample item, read, cleaned and analysed as ingestion does (no window: `make demo`
    gives none), keyed as the annotation keys it."""
    articles = expected["articles"]
    files = sorted(str(p) for p in samples_dir.iterdir() if p.name not in NOT_NEWS)
    out: dict[str, Analysis] = {}
    for item in read_paths(files):
        if isinstance(item, ReadError):
            continue  # robots.txt, the PNG and the WARC's other records are skipped, as in ingest
        done = analyse(clean(item))
        key = _key(done, articles)
        assert key not in out, f"two sample items are keyed {key!r}"
        out[key] = done
    missing = sorted(set(articles) - set(out))
    assert not missing, f"annotated articles the readers did not produce (by id or url): {missing}"
    unknown = sorted(set(out) - set(articles))
    assert not unknown, (
        f"items read from samples/news that expected.json does not annotate: {unknown}"
    )
    return out


def _label(key: str) -> str:
    return key


def _below(scores: dict[str, float], minimums: dict[str, float]) -> dict[str, float]:
    return {k: round(scores[k], 3) for k, least in minimums.items() if scores[k] < least}


def test_claims_meet_the_pinned_minimums(
    results: dict[str, Analysis], expected: dict[str, Any], names: Names
) -> None:
    scores = score_claims(results, expected, names, _label)
    print("sample claims:", {k: round(v, 3) for k, v in scores.items()})
    assert not _below(scores, CLAIMS), f"below the pinned minimums {CLAIMS}"


def test_denials_are_found_with_who_denies(
    results: dict[str, Analysis], expected: dict[str, Any], names: Names
) -> None:
    scores = score_denials(results, expected, names, _label)
    print("sample denials:", {k: round(v, 3) for k, v in scores.items()})
    assert not _below(scores, DENIALS), f"below the pinned minimums {DENIALS}"


def test_times_are_found_with_their_interval(
    results: dict[str, Analysis], expected: dict[str, Any]
) -> None:
    scores = score_times(results, expected, _label)
    print("sample times:", {k: round(v, 3) for k, v in scores.items()})
    assert not _below(scores, TIMES), f"below the pinned minimums {TIMES}"


def test_boilerplate_yields_no_claims(
    results: dict[str, Analysis], expected: dict[str, Any]
) -> None:
    assert boilerplate_claims(results, expected) == []
