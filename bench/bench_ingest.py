"""Ingest speed and memory.

Default: JSON Lines reading, cleaning and storing without analysis or linking, on the corpus and
a synthetic input (100k articles) built from it: articles/s and peak RSS.

``--end-to-end``: ``telusur ingest`` as a user runs it (read, clean, analyse, store, link), on the
corpus and on the synthetic input, with ``--workers 1`` and ``--workers 2``: articles/s, peak
RSS and CPU time of the parent and of each worker (the parent's CPU time an article bounds
the speed whatever the workers do), the machine's load beside each figure, spaCy's bare
``blank('id')`` tokenizer over the same texts as the yardstick, and a check that 1 and 2 workers
store the same thing (``claims --json`` and ``groups --json``, byte for byte).

Usage: python bench/bench_ingest.py [--synthetic N] [--end-to-end] [--workers 1 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_files, corpus_records, peak_rss_mb, variants, write_jsonl

from telusur.clean import clean
from telusur.ingest import store_all
from telusur.readers import read_paths
from telusur.records import Analysis, RawItem
from telusur.store import Store

TELUSUR = [sys.executable, "-m", "telusur"]


def cleaned(paths: list[str]):  # type: ignore[no-untyped-def]
    for item in read_paths(paths):
        yield Analysis(article=clean(item)) if isinstance(item, RawItem) else item


def run(label: str, paths: list[str], db: Path) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    with Store(str(db)) as store:
        summary = store_all(cleaned(paths), store, link=False)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    n = summary.stored + summary.failed
    print(
        f"{label:24} {n:7d} articles  wall {elapsed:6.1f} s ({n / elapsed:5.0f}/s)  "
        f"one core {cpu:6.1f} s ({n / cpu:5.0f}/s)  peak RSS {peak_rss_mb():4.0f} MB  "
        f"(failed {summary.failed})"
    )


def load() -> str:
    return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def peak_kb(pid: int) -> int | None:
    """The process's peak resident set so far (VmHWM), or None once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) the process has used so far, or None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            tasks = Path(f"/proc/{current}/task").iterdir()
            kids = [int(k) for t in tasks for k in (t / "children").read_text().split()]
        except OSError:
            continue
        out += kids
        todo += kids
    return out


def ingest(paths: list[str], db: Path, workers: int) -> dict[str, object]:
    """One `telusur ingest` run: its summary, wall time and each process's peak RSS (MB)."""
    cmd = [*TELUSUR, "ingest", *paths, "--db", str(db), "--workers", str(workers), "--json"]
    before = load()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}  # the last reading: a process's time is lost when it ends
    while proc.poll() is None:
        for pid in [proc.pid, *descendants(proc.pid)]:
            kb, used = peak_kb(pid), cpu_seconds(pid)
            if kb is not None:
                peaks[pid] = max(peaks.get(pid, 0), kb)
            if used is not None:
                cpu[pid] = used
        time.sleep(0.2)
    elapsed = time.perf_counter() - start
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        sys.exit(f"ingest failed ({proc.returncode}): {' '.join(cmd)}")
    summary = json.loads(out.splitlines()[-1])
    parent = peaks.pop(proc.pid, 0) / 1024
    others = sorted((kb / 1024 for kb in peaks.values()), reverse=True)
    parent_cpu = cpu.pop(proc.pid, 0.0)
    return {
        "parent_cpu": parent_cpu,
        "child_cpu": sorted(cpu.values(), reverse=True),
        "summary": summary,
        "seconds": elapsed,
        "parent_mb": parent,
        "child_mb": others,
        "load_before": before,
        "load_after": load(),
    }


def output_digest(db: Path) -> str:
    """sha256 of `claims --json` and `groups --json`, as a user would read them."""
    h = hashlib.sha256()
    for command in ("claims", "groups"):
        h.update(
            subprocess.run(
                [*TELUSUR, command, "--db", str(db), "--json"], capture_output=True, check=True
            ).stdout
        )
    return h.hexdigest()


def texts(paths: list[str]) -> Iterator[str]:
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)["text"]


def spacy_seconds(paths: list[str]) -> float | None:
    try:
        import spacy
    except ImportError:
        return None
    tokenizer = spacy.blank("id").tokenizer
    start = time.perf_counter()
    for text in texts(paths):
        tokenizer(text)
    return time.perf_counter() - start


def end_to_end(label: str, paths: list[str], tmp: Path, workers: list[int]) -> None:
    n = sum(1 for _ in texts(paths))
    print(f"\n{label}: {n} articles", flush=True)
    tok = spacy_seconds(paths)
    if tok is None:
        print("  spaCy is not installed: tokenizer yardstick skipped (pip install spacy)")
    else:
        print(f"  spaCy blank('id') tokenizer alone: {tok:6.1f} s ({n / tok:5.0f}/s)  [{load()}]")
    rates, digests = {}, {}
    for w in workers:
        db = tmp / f"{label.split()[0]}-w{w}.db"
        r = ingest(paths, db, w)
        s = r["summary"]
        assert isinstance(s, dict)
        done = int(s["ingested"]) + int(s["failed"])
        rates[w] = done / float(r["seconds"])  # type: ignore[arg-type]
        kids = ", ".join(f"{mb:.0f}" for mb in r["child_mb"])  # type: ignore[attr-defined]
        print(
            f"  --workers {w}: {r['seconds']:6.1f} s  {rates[w]:5.0f} articles/s  "
            f"(failed {s['failed']})  peak RSS parent {r['parent_mb']:.0f} MB, "
            f"workers [{kids}] MB  [{r['load_before']} before, {r['load_after']} after]",
            flush=True,
        )
        kids_cpu = ", ".join(f"{c:.0f}" for c in r["child_cpu"])  # type: ignore[attr-defined]
        print(
            f"    CPU: parent {r['parent_cpu']:.0f} s "
            f"({1000 * float(r['parent_cpu']) / max(done, 1):.1f} ms an article), "  # type: ignore[arg-type]
            f"workers [{kids_cpu}] s"
        )
        if tok:
            print(f"    {float(r['seconds']) / tok:.1f}x the tokenizer's time")  # type: ignore[arg-type]
        digests[w] = output_digest(db)
    if 1 in rates and len(rates) > 1:
        best = max(w for w in rates)
        print(f"  speed-up, {best} workers over 1: {rates[best] / rates[1]:.2f}x")
    same = len(set(digests.values())) == 1
    print(
        f"  claims --json and groups --json identical across workers {workers}: "
        f"{'yes' if same else 'NO'} (sha256 {', '.join(d[:12] for d in digests.values())})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic", type=int, default=100_000)
    parser.add_argument("--end-to-end", action="store_true")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--skip-corpus", action="store_true")
    parser.add_argument("--keep", metavar="DIR", help="keep the stores in DIR, to compare runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(args.keep or tmp)
        tmpdir.mkdir(parents=True, exist_ok=True)
        corpus = [str(p) for p in corpus_files()]
        synthetic = tmpdir / "synthetic.jsonl"
        if args.synthetic:
            write_jsonl(variants(corpus_records(), args.synthetic), synthetic)
        if not args.end_to_end:
            run("real corpus (jsonl)", corpus, tmpdir / "real.db")
            if args.synthetic:
                run(f"synthetic {args.synthetic}", [str(synthetic)], tmpdir / "syn.db")
            return
        print(f"cores: {os.cpu_count()}  [{load()}]")
        if not args.skip_corpus:
            end_to_end("corpus", corpus, tmpdir, args.workers)
        if args.synthetic:
            end_to_end(f"synthetic {args.synthetic}", [str(synthetic)], tmpdir, args.workers)


if __name__ == "__main__":
    main()
