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
    parser.add_argument(
        "--draw", type=int, help="English dev: one draw only, publication day given"
    )
    args = parser.parse_args()
    if not args.shared.is_dir():
        raise SystemExit(f"{args.shared} is absent: the evaluation reads the shared corpus")
    if args.draw is not None:
        s = score(args.shared, "en", "dev", ANCHOR, args.draw)
        print(
            f"en dev draw {args.draw} with the publication day given ({ANCHOR}): "
            f"{s.accuracy:.3f} ({s.right}/{s.total}); clock times {s.clock_right}/{s.clock_total}; "
            f"durations found {s.durations_found}/{s.durations}"
        )
        return
    for split in ("dev", "test"):
        for lang, s in report(args.shared, split).items():
            print(line(lang, split, s))
            if args.misses and split == "dev":
                for miss in s.misses:
                    print("   ", miss)
        anchored = score(args.shared, "en", split, ANCHOR)
        print(
            f"  en {split} with the publication day given ({ANCHOR}): {anchored.accuracy:.3f}"
            f" ({anchored.right}/{anchored.total})"
        )
        if args.misses and split == "dev":
            for miss in anchored.misses:
                print("   ", miss)


if __name__ == "__main__":
    main()
