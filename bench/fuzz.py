"""The long fuzz run: hostile inputs (tests/hostile.py) through read, clean, analyse and store.

Prints tracebacks (exceptions that escaped), hangs (an input over --hang seconds), uncoded or
unprintable error lines, good items not stored, and peak RSS. Inputs are ingested in runs of
--per-run files into a fresh store each time, so the store's size stays small.

    .venv/bin/python bench/fuzz.py --inputs 100000 [--seed 1] [--per-run 200] [--hang 10]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import sqlite3
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from telusur.ingest import analysed, store_all  # noqa: E402
from telusur.readers import read_paths  # noqa: E402
from telusur.records import RawItem, ReadError  # noqa: E402
from telusur.store import Store  # noqa: E402
from tests.hostile import hostile  # noqa: E402

CODE = re.compile(r"\[E\d{3}\]$")


def run(folder: Path, rng: random.Random, start: int, count: int, hang: float) -> dict[str, int]:
    good: set[str] = set()
    names = []
    for n in range(start, start + count):
        made = hostile(rng, n)
        (folder / made.name).write_bytes(made.data)
        names.append(str(folder / made.name))
        good |= made.good
    found = {"tracebacks": 0, "hangs": 0, "uncoded": 0, "lost": 0, "errors": 0, "items": 0}
    db = str(folder / "fuzz.db")
    worst = 0.0

    def timed(paths: list[str]):  # one input at a time, so a hang names its input
        nonlocal worst
        for path in paths:
            began = time.monotonic()
            results = list(analysed(read_paths([path])))
            spent = time.monotonic() - began
            worst = max(worst, spent)
            if spent > hang:
                found["hangs"] += 1
                print(f"hang: {path} took {spent:.1f}s", flush=True)
            yield from results

    try:
        with Store(db) as store:
            summary = store_all(timed(names), store, on_error=lambda e: _check(e, found))
        found["items"] = summary.stored
        stored = {row[0] for row in sqlite3.connect(db).execute("SELECT id FROM articles")}
        found["lost"] = len(good - stored)
    except Exception:
        found["tracebacks"] += 1
        traceback.print_exc()
    found["worst_ms"] = int(worst * 1000)
    for path in folder.iterdir():
        path.unlink()
    return found


def _check(error: ReadError, found: dict[str, int]) -> None:
    found["errors"] += 1
    shown = str(error)
    if not CODE.search(shown) or not shown.isprintable():
        found["uncoded"] += 1
        print(f"uncoded or unprintable: {shown!r}", flush=True)


def warm_up() -> None:
    """Load the language data and models once, so the first input is not timed with them."""
    item = RawItem(text="Sebanyak 12 orang tewas, kata BPBD.", origin="warm", format="txt")
    list(analysed([item]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-run", type=int, default=200)
    parser.add_argument("--hang", type=float, default=10.0, help="seconds for one input")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    warm_up()
    totals: dict[str, int] = {}
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        for start in range(0, args.inputs, args.per_run):
            found = run(Path(tmp), rng, start, min(args.per_run, args.inputs - start), args.hang)
            for key, value in found.items():
                totals[key] = (
                    max(totals.get(key, 0), value)
                    if key == "worst_ms"
                    else (totals.get(key, 0) + value)
                )
            if (start // args.per_run) % 25 == 0:
                print(f"{start + args.per_run:>7} inputs: {totals}", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(
        f"inputs {args.inputs}, seed {args.seed}: {totals}; peak RSS {peak} MB; "
        f"{time.monotonic() - began:.0f}s; load {os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
