"""Cleaning alone over the shared corpus: articles/s and peak RSS.

Reads every ``*.jsonl`` under the corpus folder with the JSON Lines reader, as ingest does, and
times ``clean()`` only (wall clock and CPU time, which is steadier on a busy machine).

    .venv/bin/python bench/bench_clean.py [CORPUS_DIR]
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from telusur.clean import clean
from telusur.readers import read_paths
from telusur.records import RawItem

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def load(corpus: Path) -> list[RawItem]:
    paths = (str(p) for p in sorted(corpus.glob("*.jsonl")))
    return [item for item in read_paths(paths) if isinstance(item, RawItem)]


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    items = load(corpus)
    clean(items[0])  # build the cached tables and the language detector outside the timing
    wall, cpu = time.perf_counter(), time.process_time()
    removed = sum(bool(clean(item).boilerplate) for item in items)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(items)} (boilerplate removed in {removed})")
    print(f"wall: {wall:.2f} s = {len(items) / wall:,.0f} articles/s")
    print(f"cpu:  {cpu:.2f} s = {len(items) / cpu:,.0f} articles/s")
    print(f"peak RSS: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
