"""Boilerplate scores on the hand-annotated set (tests/gold/boilerplate/), per language and split.

Usage: .venv/bin/python bench/eval_boilerplate.py [--split test|dev|all] [--show misses] [--learned]
       [--part drawn|draw1|draw2|draw10|…|draw13|pages|pages2|…|pages10]

Prints, per language: boilerplate items and their recall (lines and glued fragments removed),
body lines and body precision (body lines kept whole). ``--show misses`` lists each miss, for
tuning on ``dev``; the closing notes report ``test``. ``--learned`` adds the lines the store
learns per outlet, learned from each outlet's other articles in the shared folders. ``--part``
scores one part of the set: the articles drawn at random (both draws, or one), or the written
pages (all, or those of one draw).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import SHARED  # noqa: E402

from tests.boilerplate_eval import PARTS, learned_cleaner, score, strip_lines  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["test", "dev", "all"])
    parser.add_argument("--show", choices=["misses"])
    parser.add_argument("--learned", action="store_true", help="add lines learned per outlet")
    parser.add_argument("--part", choices=sorted(PARTS), help="score one part of the set")
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"{SHARED} is absent: the boilerplate set points into the shared corpus")
    clean = learned_cleaner(SHARED) if args.learned else strip_lines
    s = score(SHARED, args.split, clean, part=args.part)
    name = f"{args.split} {args.part}" if args.part else args.split
    for lang in ("id", "en"):
        print(
            f"{name} {lang}: boilerplate {s.bp[lang]} recall {s.recall(lang):.3f}  "
            f"body lines {s.body[lang]} precision {s.precision(lang):.4f}"
        )
    if args.show:
        print("\n".join(s.misses))


if __name__ == "__main__":
    main()
