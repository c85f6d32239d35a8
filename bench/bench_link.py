"""Linking cost as the store grows: time per 10k articles, peak RSS, recall of planted copies and
planted follow-ups.

Features of the real corpus are computed once from the real analysis (as the store builds them).
Larger stores repeat the corpus in epochs: each epoch salts the rare tokens, the signature minima
and the sentence hashes with its own salt, so an epoch keeps the corpus' own overlaps (stories,
copies, recurring reports) while common tokens (those in many corpus articles) stay shared across
epochs as common words are in real news. Dates run on at a fixed rate. One article in twenty is a
planted copy of a recent article (a few minima edited); one in ten a planted follow-up (half the
names and figures of a recent article, the next day, words of another). The figures measure
linking, not analysis.
Usage: python bench/bench_link.py 10000 100000 [--every=100000] [--profile] [--cache=FILE]
(--cache keeps the corpus' features in FILE, to skip analysing the corpus on the next run;
--every prints each slice's figures as it goes, so a long run shows whether the cost per article
drifts; --profile prints where the time goes linking the first and the last 10k articles of each
size, so what grows with the store shows beside what does not)
"""

from __future__ import annotations

import cProfile
import dataclasses
import json
import pickle
import pstats
import resource
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from telusur.analyse.pipeline import analyse
from telusur.clean import clean
from telusur.link import Features, Linker, LinkResult, MinHasher, features_from
from telusur.readers import read_paths
from telusur.records import RawItem

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
COPY_EVERY = 20  # one article in twenty is a planted copy of a recent one
FOLLOW_EVERY = 10  # one in ten is a planted follow-up of a recent one
PER_DAY = 300  # articles a day
WARM = "The sentence encoder is loaded once, before the clock starts, as in a long ingest."
PROFILED = 10_000  # articles profiled at the start and at the end of a run
COMMON_SHARE = 0.005  # tokens in more of the corpus than this are shared by every epoch
FAMILIES = ("facts", "fact_kinds", "entities", "words")


def base_features(cache: Path | None = None) -> list[Features]:
    """The corpus' features, read from ``cache`` when it holds them (else written to it)."""
    if cache is not None and cache.exists():
        loaded: list[Features] = pickle.loads(cache.read_bytes())
        return loaded
    hasher, out = MinHasher(), []
    for item in read_paths(str(p) for p in sorted(CORPUS.glob("*.jsonl"))):
        if isinstance(item, RawItem):
            analysis = analyse(clean(item))
            out.append(features_from(analysis.article, analysis, hasher=hasher))
    out = sorted(out, key=lambda f: f.day)
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def common_tokens(base: list[Features]) -> np.ndarray:
    tokens, counts = np.unique(
        np.concatenate([np.unique(getattr(f, name)) for f in base for name in FAMILIES]),
        return_counts=True,
    )
    return tokens[counts > COMMON_SHARE * len(base)]


def in_epoch(f: Features, epoch: int, common: np.ndarray, n: int) -> Features:
    """``f`` as it would be in epoch ``epoch``: rare tokens and minima salted, dated by ``n``."""
    rng = np.random.default_rng(epoch)
    salt = np.uint32(rng.integers(1, 2**32 - 1)) if epoch else np.uint32(0)
    sig_salt = rng.integers(0, 2**32 - 1, len(f.signature), dtype=np.uint32) if epoch else 0

    def salted(arr: np.ndarray) -> np.ndarray:
        return np.where(is_common(arr, common), arr, arr ^ salt).astype(np.uint32)

    changes: dict[str, Any] = {name: salted(getattr(f, name)) for name in (*FAMILIES, "fixtures")}
    if f.passages is not None and epoch:  # an epoch's sentences are its own
        hashes = f.passages.hashes ^ np.uint16(int(salt) & 0xFFFF)
        changes["passages"] = dataclasses.replace(f.passages, hashes=hashes)
    return dataclasses.replace(
        f,
        signature=f.signature ^ sig_salt,
        day=18000 + n // PER_DAY,
        outlet=f"{f.outlet}-{epoch % 50}",
        **changes,
    )


def is_common(arr: np.ndarray, common: np.ndarray) -> np.ndarray:
    """Which of ``arr`` are in the sorted ``common`` (a binary search each: np.isin sorts both)."""
    at = np.minimum(np.searchsorted(common, arr), len(common) - 1)
    return common[at] == arr if len(common) else np.zeros(len(arr), bool)


def planted_copy(f: Features, rng: np.random.Generator) -> Features:
    sig = f.signature.copy()
    edits = rng.choice(len(sig), 6, replace=False)  # about 95% of the minima survive
    sig[edits] = rng.integers(0, 2**32 - 1, 6, dtype=np.uint32)
    return dataclasses.replace(f, signature=sig, outlet=(f.outlet or "") + "-copy")


def follow_up(src: Features, other: Features, rng: np.random.Generator) -> Features:
    """Another article's text and words, with half the source's names and figures, a day on."""

    def half(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        keep = a[rng.random(len(a)) < 0.5]
        return np.concatenate([keep, b[~np.isin(b, keep)]])[: max(len(a), len(b))]

    facts = half(src.facts, other.facts)
    return dataclasses.replace(
        other,
        entities=half(src.entities, other.entities),
        fact_kinds=half(src.fact_kinds, other.fact_kinds),
        facts=facts,
        values=np.zeros(len(facts)),  # evidence only
        day=src.day + 1,
    )


def rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 2**20


class Clock:
    """Wall and CPU seconds spent in ``Linker.add`` only (another job may share the machine);
    with ``size``, profiles the first and the last ``PROFILED`` articles of a run that long."""

    def __init__(self, size: int = 0) -> None:
        self.wall = self.cpu = 0.0
        self.size, self.n = size, 0
        self.profiles = {"first": cProfile.Profile(), "last": cProfile.Profile()} if size else {}

    def add(self, linker: Linker, article_id: str, f: Features) -> LinkResult:
        prof = self._profile()
        if prof:
            prof.enable()
        w, c = time.perf_counter(), time.process_time()
        res = linker.add(article_id, f)
        self.wall += time.perf_counter() - w
        self.cpu += time.process_time() - c
        if prof:
            prof.disable()
        self.n += 1
        return res

    def _profile(self) -> cProfile.Profile | None:
        if not self.profiles:
            return None
        if self.n < PROFILED:
            return self.profiles["first"]
        return self.profiles["last"] if self.n >= self.size - PROFILED else None

    def report(self) -> None:
        for name, prof in self.profiles.items():
            print(f"-- profile of the {name} {PROFILED} articles of {self.size}", flush=True)
            pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(25)


def run(
    size: int,
    base: list[Features],
    common: np.ndarray,
    every: int = 0,
    profile: bool = False,
    fill: bool = False,
) -> dict[str, float]:
    """Link ``size`` articles; with ``every``, print the figures of each slice of that many; with
    ``profile``, where the time went in the first and the last ``PROFILED`` (profiled time is
    slower, so the figures of such a run are not for comparison); with ``fill``, every article
    before the last whole pass over the corpus is stored and indexed unlinked and untimed, so only
    that pass is linked and timed (a quick estimate of the cost at ``size``)."""
    rng = np.random.default_rng(size)
    cycle = len(base)  # one pass over the corpus: the same articles, salted, at any size
    filled = (max(size // cycle, 1) - 1) * cycle if fill else 0
    linker, clock = Linker(), Clock(size - filled if profile else 0)
    passes: list[tuple[float, float]] = []
    linker.renderings.compare("warm-a", WARM, "warm-b", WARM)  # load the encoder untimed
    recent: list[tuple[str, Features]] = []
    copies = copies_found = follows = follows_found = 0
    before = rss_mb()
    mark = (0.0, 0.0)
    for n in range(size):
        if n % cycle == 0 and n >= filled:
            passes.append((clock.wall, clock.cpu))
        if n < filled:
            linker.add_unlinked(f"a{n}", in_epoch(base[n % cycle], n // cycle, common, n))
            continue
        if every and n and n % every == 0:
            wall, cpu = clock.wall - mark[0], clock.cpu - mark[1]
            print(
                json.dumps(
                    {
                        "upto": n,
                        "slice_s_per_10k": round(wall / every * 10_000, 2),
                        "slice_cpu_s_per_10k": round(cpu / every * 10_000, 2),
                        "rss_mb": round(rss_mb()),
                    }
                ),
                flush=True,
            )
            mark = (clock.wall, clock.cpu)
        f = in_epoch(base[n % len(base)], n // len(base), common, n)
        if n and n % COPY_EVERY == 0 and recent:
            src_id, src = recent[int(rng.integers(len(recent)))]
            res = clock.add(linker, f"c{n}", planted_copy(src, rng))
            copies += 1
            copies_found += res.origin == linker.result_of(src_id).origin
            continue
        if n and n % FOLLOW_EVERY == 0 and recent:
            src_id, src = recent[int(rng.integers(len(recent)))]
            res = clock.add(linker, f"a{n}", follow_up(src, f, rng))
            follows += 1
            follows_found += res.story == linker.result_of(src_id).story
            continue
        clock.add(linker, f"a{n}", f)
        recent = [*recent, (f"a{n}", f)][-200:]
    if size % cycle == 0:
        passes.append((clock.wall, clock.cpu))
    clock.report()
    timed = size - filled
    return {
        "articles": size,
        "timed": timed,
        "s_per_10k": round(clock.wall / timed * 10_000, 2),
        "cpu_s_per_10k": round(clock.cpu / timed * 10_000, 2),
        "ms_per_article": round(clock.wall / timed * 1000, 3),
        **pass_figures(passes, cycle),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "linker_rss_mb": round(rss_mb() - before),
        "copy_recall": round(copies_found / max(copies, 1), 3),
        "follow_up_recall": round(follows_found / max(follows, 1), 3),
        "stories": len(linker.stories),
        "origin_groups": len(linker.origins.links),
    }


def pass_figures(passes: list[tuple[float, float]], cycle: int) -> dict[str, float]:
    """Seconds per 10k articles of the first and the last whole pass over the corpus: the same
    articles (salted) in the same order, so their ratio is what the store's size costs, whatever
    part of the corpus a run ends in."""
    if len(passes) < 2:
        return {}
    first, last = passes[1][1] - passes[0][1], passes[-1][1] - passes[-2][1]
    return {
        "first_pass_cpu_s_per_10k": round(first / cycle * 10_000, 2),
        "last_pass_cpu_s_per_10k": round(last / cycle * 10_000, 2),
        "last_pass_s_per_10k": round((passes[-1][0] - passes[-2][0]) / cycle * 10_000, 2),
    }


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    every = next((int(a.split("=")[1]) for a in sys.argv[1:] if a.startswith("--every=")), 0)
    profile = "--profile" in sys.argv[1:]
    fill = "--fill" in sys.argv[1:]
    cache = next((Path(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--cache=")), None)
    sizes = [int(a) for a in args] or [10_000, 100_000]
    t = time.perf_counter()
    base = base_features(cache)
    common = common_tokens(base)
    print(
        f"features of {len(base)} corpus articles: {time.perf_counter() - t:.1f}s; "
        f"{len(common)} common tokens; rss {rss_mb():.0f} MB",
        flush=True,
    )
    for size in sizes:
        print(json.dumps(run(size, base, common, every, profile, fill)), flush=True)


if __name__ == "__main__":
    main()
