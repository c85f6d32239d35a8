"""Cleaning alone over the shared corpus: articles/s and peak RSS.

Reads every ``*.jsonl`` under the corpus folder with ``json`` directly, builds titled RawItems
and times ``clean()`` only (wall clock and CPU time, which is steadier on a busy machine).

    .venv/bin/python bench/bench_clean.py [CORPUS_DIR]
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from telusur.clean import clean
from telusur.records import RawItem

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def load(corpus: Path) -> list[RawItem]:
    items = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                items.append(
                    RawItem(
                        text=d["text"],
                        origin=d.get("origin") or str(path),
                        format="jsonl",
                        id=d.get("id"),
                        title=d.get("title"),
                        url=d.get("url"),
                        published=d.get("published"),
                        outlet=d.get("source"),
                        titled=True,
                    )
                )
    return items


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
