"""Speed of the per-article analysis over the real corpus, per core, beside a tokenizer.

Usage: .venv/bin/python bench/bench_analysis.py [--corpus DIR] [--limit N] [--repeat R]
                                                [--stage full|entities] [--profile N] [--digest]

Every article is read and cleaned first (not timed); then ``analyse`` (``--stage full``) or
only sentences + entity mentions and references (``--stage entities``) runs over each corpus
file in one process. Time is CPU time (``time.process_time``), the best of ``--repeat`` runs,
so articles/s is per core and little disturbed by other load on the machine.

Side by side, spaCy's blank Indonesian tokenizer (``spacy.blank("id").tokenizer``, no model)
runs over the same texts, and the ratio analysis / tokenizer is printed: the target is an
analysis within 1.5x the cost of tokenising alone. spaCy is not a dependency of Telusur; the
comparison is skipped with a message when it is not installed. Target: 300 articles/s.

``--digest`` prints a sha256 of the JSON of every analysis: a change made for speed must
leave it unchanged.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from common import CORPUS

from telusur.analyse.doc.phrases import tokenize_plain
from telusur.analyse.doc.sentences import split_sentences
from telusur.analyse.entities.find import find_mentions, find_references
from telusur.analyse.pipeline import analyse
from telusur.clean import clean
from telusur.readers import read_paths
from telusur.records import Article, ReadError, to_dict

TARGET = 300.0
TOKENIZER_RATIO = 1.5


def articles(path: Path, limit: int | None) -> list[Article]:
    """The cleaned articles of one corpus file (cleaning is not part of what is timed)."""
    out: list[Article] = []
    for raw in read_paths([str(path)]):
        if isinstance(raw, ReadError):
            continue
        out.append(clean(raw))
        if limit and len(out) >= limit:
            break
    return out


def entities_only(article: Article) -> None:
    text, lang = article.text, article.language or "id"
    sentences = split_sentences(text, lang)
    words = tokenize_plain(text)
    found = find_mentions(text, lang, sentences, words)
    find_references(text, lang, found, sentences, words)


STAGES: dict[str, Callable[[Article], Any]] = {"full": analyse, "entities": entities_only}


def cpu_seconds(items: Iterable[Any], step: Callable[[Any], Any], repeat: int) -> float:
    """The best CPU time of ``repeat`` runs of ``step`` over ``items``."""
    items = list(items)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for item in items:
            step(item)
        best = min(best, time.process_time() - start)
    return best


def spacy_tokenizer() -> Callable[[str], Any] | None:
    try:
        import spacy
    except ImportError:
        return None
    tokenizer: Callable[[str], Any] = spacy.blank("id").tokenizer
    return tokenizer


def profile(arts: list[Article], step: Callable[[Article], Any], top: int) -> None:
    prof = cProfile.Profile()
    prof.enable()
    for art in arts:
        step(art)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def digest(arts: list[Article]) -> str:
    """One hash over every article's full analysis, in corpus order."""
    h = hashlib.sha256()
    for art in arts:
        record = to_dict(analyse(art))
        h.update(json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode())
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus file")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stage", choices=sorted(STAGES), default="full")
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions")
    parser.add_argument("--digest", action="store_true", help="print a hash of every analysis")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"no corpus at {args.corpus}")
    step = STAGES[args.stage]
    tokenizer = spacy_tokenizer()
    corpus = {path.name: articles(path, args.limit) for path in files}
    every = [a for arts in corpus.values() for a in arts]
    for art in every[:200]:  # warm the caches: vocabulary tables, compiled patterns
        step(art)
    if tokenizer is not None:
        for art in every[:200]:
            tokenizer(art.text)
    print(f"stage: {args.stage}; CPU time, best of {args.repeat}")
    print(f"{'file':40} {'articles':>8} {'chars':>7} {'art/s':>8} {'tok art/s':>10} {'ratio':>6}")
    total = tok_total = 0.0
    for name, arts in corpus.items():
        seconds = cpu_seconds(arts, step, args.repeat)
        total += seconds
        chars = sum(len(a.text) for a in arts) / max(1, len(arts))
        row = f"{name:40} {len(arts):8} {chars:7.0f} {len(arts) / seconds:8.1f}"
        if tokenizer is not None:
            tok = cpu_seconds((a.text for a in arts), tokenizer, args.repeat)
            tok_total += tok
            row += f" {len(arts) / tok:10.1f} {seconds / tok:6.2f}"
        print(row)
    rate = len(every) / total
    print(f"{'all':40} {len(every):8} {'':7} {rate:8.1f}", end="")
    if tokenizer is not None:
        print(f" {len(every) / tok_total:10.1f} {total / tok_total:6.2f}")
        print(f"analysis / spaCy tokenizer: {total / tok_total:.2f}x (target {TOKENIZER_RATIO}x)")
    else:
        print("\nspaCy is not installed: tokenizer comparison skipped (pip install spacy)")
    if args.stage == "full":
        print(f"target {TARGET:.0f} articles/s per core: {'met' if rate >= TARGET else 'NOT met'}")
    if args.digest:
        print(f"analysis digest (sha256 of every analysis's JSON): {digest(every)}")
    if args.profile:
        profile(every, step, args.profile)


if __name__ == "__main__":
    main()
