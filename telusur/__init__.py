"""Telusur traces every figure in the news back to who said it."""

from telusur.errors import InputError, StoreError, TelusurError, UsageError
from telusur.records import (
    Analysis,
    Article,
    Claim,
    Denial,
    Mention,
    Published,
    Quantity,
    RawItem,
    ReadError,
    TimeRef,
)

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "Claim",
    "Denial",
    "InputError",
    "Mention",
    "Published",
    "Quantity",
    "RawItem",
    "ReadError",
    "StoreError",
    "TelusurError",
    "TimeRef",
    "UsageError",
    "__version__",
]
