"""Attribution scores on the hand-annotated sets (tests/gold/attribution/), per language and split.

Usage: .venv/bin/python bench/eval_attribution.py [--split test|dev|all] [--lang id|en]
                                                  [--draw more|third|fourth|fifth]
                                                  [--show misses|all]

Prints, for each language: required claims, claim recall and precision, source accuracy and
status accuracy over the matched claims, denial recall, kind and precision (a denial found in
the body that overlaps no annotated denial by the same party is wrong), the wrong sources by kind
(a source left out, by how the annotator says the article attributes the figure; a source
given to the article's own voice; a wrong party). ``--show`` lists each miss and error, for
tuning on ``dev``; the closing notes report ``test``. ``--draw`` keeps only the articles of one
recorded dev draw (``selection-NAME.json``), to score a fresh draw alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import SHARED  # noqa: E402

from tests.attribution_eval import analyse_set, load_gold, score  # noqa: E402

ORDER = [
    "claims",
    "recall",
    "precision",
    "source",
    "status",
    "denials",
    "denial_recall",
    "denial_precision",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["test", "dev", "all"])
    parser.add_argument("--lang", choices=["id", "en"])
    parser.add_argument("--draw", choices=["more", "third", "fourth", "fifth"])
    parser.add_argument("--show", choices=["misses", "all"])
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"{SHARED} is absent: the attribution sets point into the shared corpus")
    for lang in [args.lang] if args.lang else ["id", "en"]:
        gold = load_gold(lang)
        if args.draw:
            gold = _only_draw(gold, args.draw)
        scores = score(analyse_set(SHARED, gold, args.split), gold)
        cells = "  ".join(f"{k} {_fmt(scores.values[k])}" for k in ORDER)
        print(f"{lang} {args.split}: {cells}")
        print("  wrong sources:", dict(scores.errors.most_common()))
        if args.show:
            for line in scores.lines:
                if args.show == "all" or not line.startswith(("EXTRA", "STATUS")):
                    print("   ", line)


def _only_draw(gold: dict, draw: str) -> dict:
    path = ROOT / "tests" / "gold" / "attribution" / f"selection-{draw}.json"
    ids = {row["id"] for row in json.loads(path.read_text(encoding="utf-8"))}
    return {**gold, "articles": {k: v for k, v in gold["articles"].items() if k in ids}}


def _fmt(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:.3f}"


if __name__ == "__main__":
    main()
