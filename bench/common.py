"""Helpers shared by the benchmark scripts: corpus location, synthetic variants, memory."""

from __future__ import annotations

import json
import os
import random
import re
import resource
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TELUSUR_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
_DIGITS = re.compile(r"\d+")


def corpus_files() -> list[Path]:
    files = sorted(CORPUS.glob("*.jsonl"))
    if not files:
        sys.exit(f"no corpus at {CORPUS}: the benchmarks read ../shared/corpus")
    return files


def corpus_records() -> list[dict[str, Any]]:
    records = []
    for path in corpus_files():
        with path.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records


def variants(records: list[dict[str, Any]], count: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """Synthetic articles: real ones with shuffled paragraphs and shifted figures, new ids."""
    rng = random.Random(seed)
    for i in range(count):
        base = records[i % len(records)]
        paras = base["text"].split("\n")
        rng.shuffle(paras)
        shift = rng.randint(1, 9)
        text = _DIGITS.sub(lambda m, s=shift: str(int(m.group()) + s), "\n".join(paras))
        yield {**base, "id": f"syn{i}", "text": text}


def write_jsonl(records: Iterator[dict[str, Any]], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
