"""Story BCubed on the devcorpus story set (tests/gold/linking/devcorpus_stories.json), dev and
test, after reading, analysing and linking the whole devcorpus as ingest does (minutes).

Usage: python bench/eval_stories.py [--errors] [--split dev|test|both]

The sizes of the largest stories follow: the labels judge articles near their seeds only, so a
story that grows into its whole topic shows there first.
``--errors`` lists the dev errors by kind: separate events joined into one story (over-merged)
and same-story pairs kept apart (split), each with the two titles, for an analyst to read.
``--split dev`` scores dev only, for tuning without seeing the test figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from telusur.link import Linker  # noqa: E402
from tests.link.evaluate import (  # noqa: E402
    corpus_analyses,
    link_all,
    story_gold,
    story_of,
    story_scores,
)


def errors(linker: Linker, shared: Path) -> None:
    gold = story_gold("dev")
    pred = story_of(linker, gold.story)
    path = shared / "devcorpus" / "id_clickid_2019-09.jsonl"
    titles = {r["id"]: r["title"] for r in map(json.loads, path.open(encoding="utf-8"))}
    for kind, pairs, wrong in (
        ("over-merged", gold.apart_pairs, True),
        ("split", gold.same_pairs, False),
    ):
        bad = [(a, b) for a, b in pairs if (pred[a] == pred[b]) == wrong]
        print(f"dev {kind}: {len(bad)} of {len(pairs)} pairs")
        for a, b in bad:
            print(f"   {a} {titles[a][:70]}\n   {b} {titles[b][:70]}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--errors", action="store_true", help="list the dev errors")
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    args = parser.parse_args()
    path = args.shared / "devcorpus" / "id_clickid_2019-09.jsonl"
    if not path.exists():
        raise SystemExit(f"{path} is absent: the evaluation reads the shared devcorpus")
    analyses = corpus_analyses(path)
    started = time.process_time()
    linker = link_all(analyses)
    print(f"linker CPU {time.process_time() - started:.1f} s")
    for split in ("dev", "test") if args.split == "both" else (args.split,):
        scores = story_scores(linker, story_gold(split))
        print(f"devcorpus {split} stories " + " ".join(f"{k}={v:.3f}" for k, v in scores.items()))
    sizes = sorted(map(len, linker.story_members()), reverse=True)
    print(f"devcorpus: {len(sizes)} stories of {len(linker)} articles; largest {sizes[:8]}")
    if args.errors:
        errors(linker, args.shared)


if __name__ == "__main__":
    main()
