"""The linking step over the tables groups what ingest's linker groups (held back and linked in
publication order): the two renderings of one wire report among the seeds share a same-origin
group."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from telusur.batch.link import link_tables, links_path
from telusur.batch.partition import run_partition
from telusur.batch.splits import plan
from telusur.ingest import analysed
from telusur.link import Linker, MinHasher, features_from
from telusur.link.held import Held
from telusur.readers import read_paths
from telusur.records import Analysis


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
