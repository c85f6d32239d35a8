"""Time accuracy on the hand-annotated sets (tests/gold/times/), dev and test, per language.

Usage: python bench/eval_times.py [--misses]

The English pages carry no date; "with the publication day given" shows how the expressions
resolve once a day is known, apart from dating the page.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.times_eval import ANCHOR, line, report, score  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--misses", action="store_true", help="list dev misses")
    args = parser.parse_args()
    if not args.shared.is_dir():
        raise SystemExit(f"{args.shared} is absent: the evaluation reads the shared corpus")
    for split in ("dev", "test"):
        for lang, s in report(args.shared, split).items():
            print(line(lang, split, s))
            if args.misses and split == "dev":
                for miss in s.misses:
                    print("   ", miss)
        anchored = score(args.shared, "en", split, ANCHOR)
        print(f"  en {split} with the publication day given ({ANCHOR}): {anchored.accuracy:.3f}")


if __name__ == "__main__":
    main()
