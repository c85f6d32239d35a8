"""Batch mode throughput: articles/s with 1 and with 2 local workers, and peak memory per worker.

The input is the real corpus followed by synthetic variants of it (bench/common.py) up to
``--articles`` (200,000 by default), as one JSON Lines file cut into byte-range partitions.
Each run writes to a fresh folder, so nothing is skipped; the time includes starting the cluster.
CPU seconds spent in the partitions are printed too: on a machine shared with other work, wall
time understates what the workers would do alone.
Usage: python bench/bench_batch.py [--articles N] [--workers 1 2] [--split-bytes N] [--tmp DIR]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from itertools import chain, islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_records, variants, write_jsonl

from telusur.batch import run_batch
from telusur.batch.splits import SPLIT_BYTES


def build_input(articles: int, folder: Path) -> Path:
    path = folder / f"batch-{articles}.jsonl"
    if path.exists():
        return path
    records = corpus_records()
    synthetic = variants(records, max(articles - len(records), 0))
    n = write_jsonl(islice(chain(records, synthetic), articles), path)
    print(f"wrote {n} articles to {path} ({path.stat().st_size / 1e6:.0f} MB)", flush=True)
    return path


def run(path: Path, workers: int, folder: Path, split_bytes: int) -> float:
    out = folder / f"out-{workers}w"
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    summary = run_batch([str(path)], str(out), workers=workers, split_bytes=split_bytes)
    elapsed = time.perf_counter() - start
    n = summary.rows.get("articles", 0) + summary.rows.get("failures", 0)
    peaks = sorted(summary.worker_peak_rss_mb.values())
    cpu = summary.cpu_seconds
    print(
        f"{workers} worker(s): {n:8d} articles  {summary.partitions:4d} partitions  "
        f"{elapsed:8.1f} s  {n / elapsed:7.1f} articles/s  "
        f"peak RSS per worker {', '.join(f'{p:.0f}' for p in peaks)} MB  "
        f"CPU {cpu:.0f} s ({n / max(cpu, 1e-9):.1f} articles/CPU-s)  "
        f"(failed partitions {len(summary.failed)})",
        flush=True,
    )
    shutil.rmtree(out, ignore_errors=True)
    return n / elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--split-bytes", type=int, default=SPLIT_BYTES)
    parser.add_argument("--tmp", default="/tmp/telusur-bench")
    args = parser.parse_args()
    folder = Path(args.tmp)
    folder.mkdir(parents=True, exist_ok=True)
    path = build_input(args.articles, folder)
    rates = {w: run(path, w, folder, args.split_bytes) for w in args.workers}
    if 1 in rates and len(rates) > 1:
        for w, rate in rates.items():
            if w != 1:
                print(f"speed-up with {w} workers: {rate / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
