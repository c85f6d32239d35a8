"""The linking step over the tables groups what ingest's linker groups (held back and linked in
publication order): the two renderings of one wire report among the seeds share a same-origin
group, and each story's saga is the one the store threads."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from telusur.batch.link import link_tables, links_path
from telusur.batch.partition import run_partition
from telusur.batch.splits import plan
from telusur.cli.main import main
from telusur.ingest import analysed
from telusur.link import Linker, MinHasher, features_from
from telusur.link.held import Held
from telusur.readers import read_paths
from telusur.records import Analysis
from telusur.store import Store
from telusur.store import queries as q


def _batch(source: Path, out: Path) -> dict[str, dict[str, str]]:
    splits = plan([str(source)], files_per_split=2)
    out.mkdir()
    keys = {"partitions": [{"key": s.key, "split": s.describe()} for s in splits]}
    (out / "_plan.json").write_text(json.dumps(keys), encoding="utf-8")
    for split in splits:
        run_partition(split, str(out))
    assert link_tables(out) > 0
    return {r["article_id"]: r for r in pq.read_table(links_path(out)).to_pylist()}


def test_links_match_ingest_linking_in_publication_order(samples_dir: Path, tmp_path: Path) -> None:
    links = _batch(samples_dir, tmp_path / "out")
    linker, hasher = Linker(), MinHasher()
    held = Held(linker)
    for r in analysed(read_paths([str(samples_dir)])):
        if isinstance(r, Analysis):
            features = features_from(r.article, r, hasher=hasher)
            held.add(r.article.id, r.article.published.start, features)
    held.release()
    for article_id in linker.ids:
        expected = linker.result_of(article_id)
        assert links[article_id]["origin_group"] == expected.origin
        assert links[article_id]["story"] == expected.story


def test_seed_renderings_of_one_wire_report_share_a_group(seeds_dir: Path, tmp_path: Path) -> None:
    links = _batch(seeds_dir, tmp_path / "out")
    by_prefix = {article_id[:3]: row for article_id, row in links.items()}
    assert by_prefix["000"]["origin_group"] == by_prefix["003"]["origin_group"]
    assert by_prefix["000"]["origin_group"] != by_prefix["002"]["origin_group"]


SAGA_FIXTURE = Path(__file__).parents[1] / "store" / "fixtures" / "saga_articles.jsonl"


def test_links_carry_the_saga_the_store_threads(tmp_path: Path) -> None:
    """A border build-up told in January, April and July is one saga in the batch's links, as
    in a store ingesting the same file; the potash reports naming the same country stay apart."""
    source = tmp_path / "src"
    source.mkdir()
    (source / "saga.jsonl").write_text(SAGA_FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    links = _batch(source, tmp_path / "out")
    db = tmp_path / "saga.db"
    assert main(["ingest", str(source), "--db", str(db), "--json"]) == 0
    with Store(db) as store:
        sagas = {s["id"]: s["saga"] for s in q.stories(store.conn, limit=-1)}
    assert {a: r["saga"] for a, r in links.items()} == {
        a: sagas[r["story"]] for a, r in links.items()
    }
    told = [r for a, r in links.items() if a.startswith("saga-")]
    assert len({r["story"] for r in told}) >= 2, "several stories"
    saga = {r["saga"] for r in told}
    assert len(saga) == 1
    assert all(r["saga"] not in saga for a, r in links.items() if a.startswith("other-"))
