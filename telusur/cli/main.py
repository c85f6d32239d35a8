"""Entry point of the ``telusur`` command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print("telusur: commands are being built", args)
    return 0
