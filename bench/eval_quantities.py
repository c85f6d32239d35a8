"""Figure F1 of the quantity finder on the hand-annotated sentences (tests/gold/quantities/).

Usage: .venv/bin/python bench/eval_quantities.py [--lang en|id] [--misses dev|test]

Prints figure F1 and figure+unit F1 on dev and test for each language (the scoring is described
in tests/quantity_eval.py); ``--misses`` lists what one split gets wrong. Tune on dev only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import SHARED  # noqa: E402

from tests.quantity_eval import evaluate  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--lang", choices=["en", "id"], default=None)
    parser.add_argument("--misses", choices=["dev", "test"], default=None)
    args = parser.parse_args()
    for lang in [args.lang] if args.lang else ["en", "id"]:
        scores = evaluate(args.shared, lang)
        for split in ("dev", "test"):
            print(f"{lang} {split:4} {scores[split].line()}")
        if args.misses:
            print("\n".join(scores[args.misses].misses))


if __name__ == "__main__":
    main()
