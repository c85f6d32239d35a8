"""Analysis time against input size for the patterns that once ran away, beside real news.

Each pattern is repeated to the given sizes and analysed as one plain-text article (clean +
analyse, as ingest does). The reference is real corpus news of the same size joined into one
article. The figure that matters is the ratio at 1 MB, which should stay within 2x, and the
growth between sizes, which should be close to linear.

    .venv/bin/python bench/adversarial.py [--sizes 100000 300000 1000000] [--budget 0]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import corpus_files

from telusur.analyse.pipeline import analyse
from telusur.clean import clean
from telusur.readers import read_bytes
from telusur.records import RawItem

PATTERNS = {
    "5% ": "5% ",
    "12 orang": "12 orang ",
    "1.234.567,89": "1.234.567,89 ",
    "antara 10 hingga 20": "antara 10 hingga 20 ",
    "short sentences": "Sebanyak 12 orang tewas. ",
}


def news(size: int) -> str:
    parts: list[str] = []
    total = 0
    for path in corpus_files():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                parts.append(text)
                total += len(text) + 2
                if total >= size:
                    return "\n\n".join(parts)[:size]
    return "\n\n".join(parts)


def seconds(text: str, budget: float | None) -> tuple[float, int]:
    item = next(iter(read_bytes(("Judul\n\n" + text).encode(), "bench.txt", name="bench.txt")))
    assert isinstance(item, RawItem)
    start = time.process_time()
    result = analyse(clean(item), budget=budget)
    return time.process_time() - start, len(result.claims)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    parser.add_argument("--budget", type=float, default=0, help="seconds; 0 means none")
    args = parser.parse_args()
    budget = args.budget or None
    print(f"load average: {os.getloadavg()[0]:.2f}; CPU seconds of clean + analyse")
    print(f"{'input':24}" + "".join(f"{size:>16,}" for size in args.sizes) + "   ratio to news")
    reference: list[float] = []
    rows = {"real news": news}
    rows.update(
        {
            name: (lambda size, p=p: (p * (size // len(p) + 1))[:size])
            for name, p in PATTERNS.items()
        }
    )
    for name, make in rows.items():
        cells, times = [], []
        for size in args.sizes:
            spent, claims = seconds(make(size), budget)
            times.append(spent)
            cells.append(f"{spent:8.2f}s {claims:>6}c")
        if not reference:
            reference = times
        ratio = times[-1] / reference[-1]
        print(f"{name:24}" + "".join(f"{c:>16}" for c in cells) + f"   {ratio:5.2f}x")


if __name__ == "__main__":
    main()
