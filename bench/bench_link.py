"""Linking cost as the store grows: time per 10k articles, peak RSS and recall of planted copies.

Features of the real corpus are computed once; larger stores are synthetic variants of them
(fresh signatures and token salts, shifted dates) with planted copies and planted follow-ups,
so the figures measure linking, not analysis. Usage: python bench/bench_link.py 10000 100000
"""

from __future__ import annotations

import dataclasses
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np

from telusur.link import Features, Linker, MinHasher, features_from
from telusur.records import Article, Published

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
COPY_EVERY = 20  # one article in twenty is a planted copy of a recent one
FOLLOW_EVERY = 10  # one in ten is a planted follow-up (same names and figures, next day)


def base_features() -> list[Features]:
    hasher, out = MinHasher(), []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            day = r["published"]
            art = Article(
                id=r["id"],
                text=r["text"],
                format="jsonl",
                origin=r["id"],
                title=r["title"],
                outlet=r["source"],
                published=Published(day, day),
            )
            out.append(features_from(art, hasher=hasher))
    return out


def variant(f: Features, rng: np.random.Generator, n: int) -> Features:
    """An unrelated article shaped like ``f``: new text signature, salted tokens, another date."""
    salt = np.uint32(rng.integers(1, 2**32 - 1))
    return dataclasses.replace(
        f,
        signature=rng.integers(0, 2**32 - 1, len(f.signature), dtype=np.uint32),
        facts=f.facts ^ salt,
        fact_kinds=f.fact_kinds ^ salt,
        entities=f.entities ^ salt,
        words=f.words ^ salt,
        day=18000 + n // 300,
        outlet=f"o{n % 50}",
    )


def planted_copy(f: Features, rng: np.random.Generator) -> Features:
    sig = f.signature.copy()
    edits = rng.choice(len(sig), 6, replace=False)  # about 95% of the minima survive
    sig[edits] = rng.integers(0, 2**32 - 1, 6, dtype=np.uint32)
    return dataclasses.replace(f, signature=sig, outlet=(f.outlet or "") + "-copy")


def run(size: int, base: list[Features]) -> dict[str, float]:
    rng = np.random.default_rng(size)
    linker = Linker()
    recent: list[tuple[str, Features]] = []
    planted = found = 0
    start = time.perf_counter()
    for n in range(size):
        if n and n % COPY_EVERY == 0 and recent:
            src_id, src = recent[int(rng.integers(len(recent)))]
            res = linker.add(f"c{n}", planted_copy(src, rng))
            planted += 1
            found += res.origin == linker.result_of(src_id).origin
            continue
        if n and n % FOLLOW_EVERY == 0 and recent:
            src = recent[-1][1]
            f = dataclasses.replace(
                variant(src, rng, n),
                entities=src.entities,
                facts=src.facts,
                fact_kinds=src.fact_kinds,
                day=src.day + 1,
            )
        else:
            f = variant(base[n % len(base)], rng, n) if n >= len(base) else base[n]
        linker.add(f"a{n}", f)
        recent = ([*recent, (f"a{n}", f)])[-500:]
    secs = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "articles": size,
        "s_per_10k": secs / size * 10_000,
        "peak_rss_mb": rss_mb,
        "copy_recall": found / max(planted, 1),
        "stories": len(linker.stories),
    }


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    t = time.perf_counter()
    base = base_features()
    print(f"features of {len(base)} corpus articles: {time.perf_counter() - t:.1f}s", flush=True)
    for size in sizes:
        print(json.dumps(run(size, base)), flush=True)


if __name__ == "__main__":
    main()
