"""Cleaning alone over the shared corpus: articles/s and peak RSS; with ``--learn N``, the cost of
learning boilerplate per outlet as N articles arrive in a store.

Reads every ``*.jsonl`` under the corpus folder with the JSON Lines reader, as ingest does, and
times ``clean()`` only (wall clock and CPU time, which is steadier on a busy machine).

``--learn N`` cycles the cleaned corpus to N articles (new ids, same outlets and lines) and times
what the store's writer adds per article (``telusur.store.learned``): the article's line keys, the
outlet's counts in a fresh store on disk, in batches of 500, and the search for the stored
articles a newly learned line re-cleans. Their analysis again is counted, not timed: the figure
to set it against is the ingest rate (``bench_ingest.py``).

    .venv/bin/python bench/bench_clean.py [CORPUS_DIR] [--learn N]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

from telusur.clean import clean
from telusur.clean import learned as lines
from telusur.readers import read_paths
from telusur.records import Article, RawItem
from telusur.store import Store
from telusur.store import learned as store_learned

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
BATCH = 500


def load(corpus: Path) -> list[RawItem]:
    paths = (str(p) for p in sorted(corpus.glob("*.jsonl")))
    return [item for item in read_paths(paths) if isinstance(item, RawItem)]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--learn", type=int, metavar="N", help="time learning over N articles")
    args = parser.parse_args()
    items = load(args.corpus)
    clean(items[0])  # build the cached tables and the language detector outside the timing
    wall, cpu = time.perf_counter(), time.process_time()
    cleaned = [clean(item) for item in items]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    removed = sum(bool(a.boilerplate) for a in cleaned)
    print(f"articles: {len(items)} (boilerplate removed in {removed})")
    print(f"wall: {wall:.2f} s = {len(items) / wall:,.0f} articles/s")
    print(f"cpu:  {cpu:.2f} s = {len(items) / cpu:,.0f} articles/s")
    print(f"peak RSS: {peak_mb():,.0f} MB")
    if args.learn:
        learn(cleaned, args.learn)


def learn(cleaned: list[Article], n: int) -> None:
    before = peak_mb()
    learned = arriving = recleaned = 0
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "learn.db")) as store:
        conn = store.conn
        wall, cpu = time.perf_counter(), time.process_time()
        source = enumerate(islice(cycle(cleaned), n))
        while batch := list(islice(source, BATCH)):
            with store.batch():
                for i, article in batch:
                    group = store_learned.group_of(article.outlet, article.url)
                    if group is None:
                        continue
                    keys = lines.article_keys(article.text, article.boilerplate)
                    fresh = store_learned.observe(conn, f"{i}", group, keys)
                    if fresh:
                        learned += len(fresh)
                        recleaned += _carriers(conn, group, fresh)
                    if keys and store_learned._any_learned(conn, group, keys):
                        known = store_learned.learned_keys(conn, group)
                        arriving += bool(lines.strip(article.text, known)[1])
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        size = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 2**20
    print(f"learning over {n:,} articles: wall {wall:.2f} s, cpu {cpu:.2f} s")
    print(f"  per article: {1e6 * wall / n:,.0f} us wall, {1e6 * cpu / n:,.0f} us cpu")
    print(f"  peak RSS: {before:,.0f} -> {peak_mb():,.0f} MB; store file {size:,.0f} MB")
    print(f"  lines learned: {learned}; stored articles carrying them: {recleaned} (at most")
    print(f"  as many analysed again); arriving articles analysed again: {arriving}")


def _carriers(conn: object, group: str, fresh: set[int]) -> int:
    """How many stored articles a newly learned line re-cleans (found as ``reclean`` finds them)."""
    from array import array

    rows = conn.execute(  # type: ignore[attr-defined]
        "SELECT keys FROM line_keys WHERE outlet = ?", (group,)
    )
    return sum(not fresh.isdisjoint(array("q", blob)) for (blob,) in rows)


if __name__ == "__main__":
    main()
