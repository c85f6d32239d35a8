"""Speed of the numbers + times + publication-date analysis over the real corpus, per core.

Usage: .venv/bin/python bench/bench_numbers_times.py [--corpus DIR] [--limit N] [--sample N]
                                                     [--digest] [--profile N] [--only-full]

For every article: ``infer_published`` from the text alone (metadata withheld, the costly
case), ``find_times`` against the result, and ``find_quantities`` when that module exists.
Side by side, ``dateparser.search_dates`` on a sample (it is slow) over the same texts.
Single process, so articles/s is per core. Target: 3,000 articles/s for the full analysis.

``--digest`` prints a sha256 of every publication, time and quantity found (a change made for
speed must leave it unchanged); ``--profile N`` prints the N costliest functions of the full
analysis (cProfile, cumulative and own time); ``--only-full`` times the full analysis alone.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import importlib
import json
import pstats
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from telusur.analyse.times.find import find_times, times_and_published
from telusur.analyse.times.published import infer_published
from telusur.records import Published

ROOT = Path(__file__).resolve().parents[1]
TARGET = 3000.0


def load(corpus: Path, limit: int | None) -> list[tuple[str, str]]:
    """(language, text) for every article; the language is the file's prefix."""
    out: list[tuple[str, str]] = []
    for path in sorted(corpus.glob("*.jsonl")):
        lang = path.name.split("_", 1)[0]
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                item: dict[str, Any] = json.loads(line)
                out.append((lang, item.get("text") or ""))
    return out[:limit] if limit else out


def quantities() -> Callable[..., Any] | None:
    try:
        module = importlib.import_module("telusur.analyse.numbers.quantities")
    except ImportError:
        return None
    return getattr(module, "find_quantities", None)


def rate(articles: list[tuple[str, str]], step: Callable[[str, str], Any]) -> float:
    start = time.process_time()
    for lang, text in articles:
        step(lang, text)
    return len(articles) / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--digest", action="store_true", help="print a hash of every result")
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions")
    parser.add_argument("--only-full", action="store_true", help="time the full analysis only")
    args = parser.parse_args()
    articles = load(args.corpus, args.limit)
    chars = sum(len(t) for _, t in articles) / max(1, len(articles))
    print(f"{len(articles)} articles, {chars:,.0f} characters on average")
    find_quantities = quantities()
    if args.digest:
        print(f"digest (sha256 of every publication, time and quantity): {digest(articles)}")
        return

    def times_only(lang: str, text: str) -> None:
        find_times(text, lang, Published("2020-01-01", "2020-01-01", "metadata"))

    def times_published(lang: str, text: str) -> None:
        find_times(text, lang, infer_published(text, lang, Published()))

    def full(lang: str, text: str) -> None:
        _, times = times_and_published(text, lang, Published())
        spans = [t.span for t in times]
        if find_quantities is not None:
            find_quantities(text, lang, exclude=spans)

    rate(articles[:200], full)  # warm caches (vocabulary, compiled patterns)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(rate, articles, full)
        for order in ("cumulative", "tottime"):
            pstats.Stats(profiler).sort_stats(order).print_stats(args.profile)
        return
    if args.only_full:
        for _ in range(3):
            print(f"numbers + times + published {rate(articles, full):>9,.0f} articles/s per core")
        return
    rows = [
        ("find_times (publication known)", rate(articles, times_only)),
        ("infer_published + find_times", rate(articles, times_published)),
        (
            "times_and_published (one parse)",
            rate(articles, lambda lang, text: times_and_published(text, lang, Published())),
        ),
    ]
    label = (
        "numbers + times + published" if find_quantities else "times + published (no quantities)"
    )
    ours = rate(articles, full)
    rows.append((label, ours))
    for name, value in rows:
        print(f"{name:<40} {value:>9,.0f} articles/s per core")
    print(f"target {TARGET:,.0f}/s: {'met' if ours >= TARGET else 'NOT met'}")
    if find_quantities is None:
        print("telusur.analyse.numbers.quantities not importable: quantities not timed")
    compare(articles, args.sample, ours)


def digest(articles: list[tuple[str, str]]) -> str:
    """sha256 over the publication, times and quantities of every article, in order."""
    find_quantities = quantities()
    h = hashlib.sha256()
    for lang, text in articles:
        published, times = times_and_published(text, lang, Published())
        h.update(repr(published).encode())
        h.update(repr(times).encode())
        h.update(
            repr(find_times(text, lang, Published("2020-01-01", "2020-01-01", "metadata"))).encode()
        )
        if find_quantities is not None:
            found = find_quantities(text, lang, exclude=[t.span for t in times])
            h.update(repr(found).encode())
        h.update(b"\n")
    return h.hexdigest()


def compare(articles: list[tuple[str, str]], sample: int, ours: float) -> None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: no comparison")
        return
    step = max(1, len(articles) // sample)
    picked = [a for a in articles[::step] if a[0] == "id"][:sample]
    search_dates("Senin 21 Oktober 2024", languages=["id"])  # load its data first
    theirs = rate(picked, lambda lang, text: search_dates(text, languages=["id"]))
    print(f"dateparser.search_dates (languages=['id']) on {len(picked)} articles: {theirs:,.1f}/s")
    print(f"ratio: {ours / theirs:,.0f}x faster (ours includes publication inference)")


if __name__ == "__main__":
    main()
