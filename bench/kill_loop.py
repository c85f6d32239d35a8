"""Kill -9 an ingest again and again, then finish it, and compare with an uninterrupted run.

Each round starts `telusur ingest` on the same input and SIGKILLs it at a random moment; the
last round runs to the end. Prints articles lost and duplicated, failures, the integrity checks,
and how many articles' story and origin groups differ from one uninterrupted ingest.

    .venv/bin/python bench/kill_loop.py [--kills 30] [--articles 1500] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import corpus_files


def write_input(path: Path, count: int) -> int:
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for source in corpus_files():
            with source.open(encoding="utf-8") as fh:
                for line in fh:
                    if written >= count:
                        return written
                    out.write(line if line.endswith("\n") else line + "\n")
                    written += 1
    return written


def ingest(source: Path, db: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "telusur", "ingest", str(source), "--db", str(db)]
    cmd += ["--batch-size", "50"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def groups(db: Path, column: str) -> dict[str, frozenset[str]]:
    """Each article's group, as the set of its members (ids of groups may differ)."""
    conn = sqlite3.connect(db)
    members: dict[str, set[str]] = {}
    for article, group in conn.execute(f"SELECT article_id, {column} FROM article_links"):
        members.setdefault(group, set()).add(article)
    return {a: frozenset(m) for m in members.values() for a in m}


def check(db: Path) -> dict[str, object]:
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    return {
        "articles": conn.execute("SELECT count(*) FROM articles").fetchone()[0],
        "distinct_ids": conn.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0],
        "failures": conn.execute("SELECT count(*) FROM failures").fetchone()[0],
        "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
        "unlinked": conn.execute(
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM article_links)"
        ).fetchone()[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        total = write_input(source, args.articles)
        whole, killed = Path(tmp) / "whole.db", Path(tmp) / "killed.db"
        began = time.monotonic()
        ingest(source, whole).wait()
        full = time.monotonic() - began
        for _ in range(args.kills):
            proc = ingest(source, killed)
            time.sleep(rng.uniform(0.5, max(1.0, full / 3)))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        code = ingest(source, killed).wait()
        result = check(killed)
        stories_a, stories_b = groups(whole, "story"), groups(killed, "story")
        origins_a, origins_b = groups(whole, "origin"), groups(killed, "origin")
        same_story = sum(stories_a.get(a) == stories_b.get(a) for a in stories_a)
        same_origin = sum(origins_a.get(a) == origins_b.get(a) for a in origins_a)
        print(
            json.dumps(
                {
                    "input": total,
                    "kills": args.kills,
                    "final_exit": code,
                    **result,
                    "lost": total - int(result["distinct_ids"]),  # type: ignore[call-overload]
                    "duplicated": int(result["articles"]) - int(result["distinct_ids"]),  # type: ignore[call-overload]
                    "story_same_as_uninterrupted": f"{same_story}/{len(stories_a)}",
                    "origin_same_as_uninterrupted": f"{same_origin}/{len(origins_a)}",
                    "uninterrupted_seconds": round(full, 1),
                    "load": round(os.getloadavg()[0], 2),
                }
            )
        )


if __name__ == "__main__":
    main()
