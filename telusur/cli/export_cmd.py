"""`telusur export`: claims (and articles) from the store in stable, documented shapes."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="export claims as JSONL, CSV, Parquet or ClaimReview")
    p.set_defaults(run=lambda args: 0)
