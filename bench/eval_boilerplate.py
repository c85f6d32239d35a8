"""Boilerplate scores on the hand-annotated set (tests/gold/boilerplate/), per language and split.

Usage: .venv/bin/python bench/eval_boilerplate.py [--split test|dev|all] [--show misses] [--learned]

Prints, per language: boilerplate items and their recall (lines and glued fragments removed),
body lines and body precision (body lines kept whole). ``--show misses`` lists each miss, for
tuning on ``dev``; the closing notes report ``test``. ``--learned`` adds the lines the store
learns per outlet, learned from each outlet's other articles in the shared folders.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import SHARED  # noqa: E402

from tests.boilerplate_eval import learned_cleaner, score  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["test", "dev", "all"])
    parser.add_argument("--show", choices=["misses"])
    parser.add_argument("--learned", action="store_true", help="add lines learned per outlet")
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"{SHARED} is absent: the boilerplate set points into the shared corpus")
    s = (
        score(SHARED, args.split, learned_cleaner(SHARED))
        if args.learned
        else score(SHARED, args.split)
    )
    for lang in ("id", "en"):
        print(
            f"{args.split} {lang}: boilerplate {s.bp[lang]} recall {s.recall(lang):.3f}  "
            f"body lines {s.body[lang]} precision {s.precision(lang):.4f}"
        )
    if args.show:
        print("\n".join(s.misses))


if __name__ == "__main__":
    main()
