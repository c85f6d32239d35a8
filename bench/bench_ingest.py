"""JSON Lines ingest and cleaning, without analysis or linking: articles/s and peak RSS.

Runs on the real corpus and on a synthetic input (100k articles by default) built from it.
Usage: python bench/bench_ingest.py [--synthetic N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_files, corpus_records, peak_rss_mb, variants, write_jsonl

from telusur.clean import clean
from telusur.ingest import store_all
from telusur.readers import read_paths
from telusur.records import Analysis, RawItem
from telusur.store import Store


def cleaned(paths: list[str]):  # type: ignore[no-untyped-def]
    for item in read_paths(paths):
        yield Analysis(article=clean(item)) if isinstance(item, RawItem) else item


def run(label: str, paths: list[str], db: Path) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    with Store(str(db)) as store:
        summary = store_all(cleaned(paths), store, link=False)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    n = summary.stored + summary.failed
    print(
        f"{label:24} {n:7d} articles  wall {elapsed:6.1f} s ({n / elapsed:5.0f}/s)  "
        f"one core {cpu:6.1f} s ({n / cpu:5.0f}/s)  peak RSS {peak_rss_mb():4.0f} MB  "
        f"(failed {summary.failed})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        run("real corpus (jsonl)", [str(p) for p in corpus_files()], tmpdir / "real.db")
        synthetic = tmpdir / "synthetic.jsonl"
        write_jsonl(variants(corpus_records(), args.synthetic), synthetic)
        run(f"synthetic {args.synthetic}", [str(synthetic)], tmpdir / "syn.db")


if __name__ == "__main__":
    main()
