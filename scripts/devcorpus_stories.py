"""Tools for the devcorpus story set (tests/gold/linking/devcorpus_stories.json).

Seed articles are drawn at random (fixed seed) from ../shared/devcorpus; each brings candidates
published within three days, from any outlet: those sharing most of its rarer title and lead
words (idf-weighted), and a few from the same days and broad section sharing only some, so that
both one story and related but separate events appear. The gold keeps ids and judgements only;
``show`` prints the text for a scratch file outside the project.

    python scripts/devcorpus_stories.py select        # seeds and candidates (json, stdout)
    python scripts/devcorpus_stories.py show SELECTION # titles, dates, outlets, first sentences
    python scripts/devcorpus_stories.py build SELECTION SCRATCH  # labels -> gold (json, stdout)

Scratch format: one line per candidate, ``SEED_ID CANDIDATE_ID LABEL`` with LABEL one of
``same_story``, ``other_story`` or ``unsure``; lines starting with ``#`` are ignored.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FILE = SHARED / "devcorpus" / "id_clickid_2019-09.jsonl"
SEED = 13_2026_1206
SPLIT_SEED = "stories-13"
SEEDS = 80
SIMILAR = 6
RELATED = 2
WINDOW = 3
SIMILAR_MIN = 0.25
RELATED_BAND = (0.06, 0.25)
DENSE = ("2019-09-10", "2019-09-20")
LABELS = ("same_story", "other_story", "unsure")
WORD = re.compile(r"[a-z0-9]+")
# The outlets' sections (subdomain or first path segment) folded into broad topics.
SECTIONS = {
    "news": "nasional news metro megapolitan daerah regional jateng jatim jabar makassar",
    "economy": "bisnis economy ekbis money",
    "sport": "bola sports sport superskor",
    "entertainment": "celebrity entertainment seleb showbiz",
    "world": "international internasional dunia global",
    "tech": "otomotif autotekno tekno techno",
    "lifestyle": "lifestyle gaya muslim health travel citizen6 ramadan",
}
TOPIC = {name: topic for topic, names in SECTIONS.items() for name in names.split()}


def records() -> list[dict[str, Any]]:
    with FILE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def topic(url: str) -> str:
    """The outlet's section as a broad topic: the subdomain, else the first path segment."""
    parsed = urlparse(url)
    for name in (parsed.netloc.split(".")[0], parsed.path.strip("/").split("/")[0]):
        if name in TOPIC:
            return TOPIC[name]
    return "other"


def words(rec: dict[str, Any]) -> set[str]:
    """Title words and the first 40 words of the text (the lead), three letters or more."""
    lead = " ".join((rec["text"] or "").split()[:40])
    return {w for w in WORD.findall(f"{rec['title']} {lead}".lower()) if len(w) >= 3}


def day(rec: dict[str, Any]) -> date:
    return date.fromisoformat(rec["published"][:10])


class Index:
    """Words, idf and days of every record, to score candidate pairs."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.words = [words(r) for r in rows]
        df = Counter(w for ws in self.words for w in ws)
        self.idf = {w: math.log(len(rows) / n) for w, n in df.items()}
        self.mass = [sum(self.idf[w] for w in ws) for ws in self.words]
        self.days = [day(r) for r in rows]
        self.topics = [topic(r["url"]) for r in rows]

    def overlap(self, i: int, j: int) -> float:
        """idf mass of the shared words over the smaller article's (rare words dominate)."""
        shared = sum(self.idf[w] for w in self.words[i] & self.words[j])
        least = min(self.mass[i], self.mass[j])
        return shared / least if least else 0.0

    def near(self, i: int) -> Iterator[tuple[float, int]]:
        for j in range(len(self.rows)):
            if j != i and abs((self.days[j] - self.days[i]).days) <= WINDOW:
                yield self.overlap(i, j), j


def choose(index: Index, i: int, rng: random.Random) -> tuple[list[int], list[int]]:
    """The closest candidates, and a few same-topic ones sharing only some rare words."""
    scored = sorted(index.near(i), reverse=True)
    similar = [j for s, j in scored if s >= SIMILAR_MIN][:SIMILAR]
    low, high = RELATED_BAND
    band = [
        j
        for s, j in scored
        if low <= s < high and index.topics[j] == index.topics[i] and j not in similar
    ]
    related = rng.sample(band, min(RELATED, len(band)))
    return similar, related


def split_of(seed_id: str) -> str:
    digest = hashlib.sha256(f"{SPLIT_SEED}:{seed_id}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def select() -> list[dict[str, Any]]:
    rows = records()
    index = Index(rows)
    rng = random.Random(SEED)
    order = [i for i, r in enumerate(rows) if DENSE[0] <= r["published"][:10] <= DENSE[1]]
    rng.shuffle(order)
    out: list[dict[str, Any]] = []
    for i in order:
        if len((rows[i]["text"] or "").split()) < 60:
            continue
        similar, related = choose(index, i, rng)
        if not similar:
            continue  # an article no other outlet or day touches gives nothing to judge
        out.append(
            {
                "seed": rows[i]["id"],
                "candidates": [rows[j]["id"] for j in similar + related],
            }
        )
        if len(out) == SEEDS:
            break
    return assign_splits(out)


def assign_splits(clusters: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Seeds whose clusters share an article fall in one split (the first seed's), so that no
    judgement joins the splits."""
    group = list(range(len(clusters)))

    def root(k: int) -> int:
        while group[k] != k:
            k = group[k]
        return k

    first: dict[str, int] = {}
    for k, cluster in enumerate(clusters):
        for aid in [cluster["seed"], *cluster["candidates"]]:
            group[root(k)] = root(first.setdefault(aid, k))
    for k, cluster in enumerate(clusters):
        cluster["split"] = split_of(clusters[root(k)]["seed"])
    return clusters


def show(selection: Path) -> None:
    by_id = {r["id"]: r for r in records()}
    for cluster in json.loads(selection.read_text(encoding="utf-8")):
        print(f"==== SEED {cluster['seed']}")
        for aid in [cluster["seed"], *cluster["candidates"]]:
            r = by_id[aid]
            lead = " ".join((r["text"] or "").split()[:55])
            print(f"-- {aid} {r['published'][:16]} {r['source']}\n   {r['title']}\n   {lead}")


def build(selection: Path, scratch: Path) -> dict[str, Any]:
    labels: dict[tuple[str, str], str] = {}
    for line in scratch.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            seed, cand, label = line.split()[:3]
            assert label in LABELS, line
            labels[(seed, cand)] = label
    clusters = []
    for cluster in json.loads(selection.read_text(encoding="utf-8")):
        seed = cluster["seed"]
        entry: dict[str, Any] = {"seed": seed, "split": cluster["split"]}
        for label in LABELS:
            entry[label] = [c for c in cluster["candidates"] if labels[(seed, c)] == label]
        clusters.append(entry)
    return {
        "source": "devcorpus/id_clickid_2019-09.jsonl",
        "seed": SEED,
        "split_seed": SPLIT_SEED,
        "clusters": clusters,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("select")
    sub.add_parser("show").add_argument("selection", type=Path)
    b = sub.add_parser("build")
    b.add_argument("selection", type=Path)
    b.add_argument("scratch", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "select":
        json.dump(select(), sys.stdout, indent=1)
    elif args.cmd == "show":
        show(args.selection)
    else:
        json.dump(build(args.selection, args.scratch), sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
