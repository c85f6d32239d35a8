"""POST /api/ingest: the same field names as JSON Lines, through the same pipeline."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Any

from telusur.analyse.bounds import REQUEST_SECONDS
from telusur.errors import E_REQUEST_TIME
from telusur.ingest import Item, analysed, store_all
from telusur.readers.fields import lowered, record_to_item
from telusur.readers.limits import scrubbed
from telusur.records import RawItem, ReadError
from telusur.store import Store
from telusur.web.errors import ApiError

MAX_ARTICLES = 1000


def ingest_items(
    db_path: str, body: dict[str, Any], seconds: float = REQUEST_SECONDS
) -> dict[str, Any]:
    """Store what the request carries, in order, until ``seconds`` of work have passed: a
    request never holds a server thread for long, and what was analysed by then is kept."""
    records = body.get("articles")
    if not isinstance(records, list) or not records:
        raise ApiError(422, "E422", "articles: expected a non-empty list of objects", "articles")
    if len(records) > MAX_ARTICLES:
        raise ApiError(422, "E422", f"articles: at most {MAX_ARTICLES} per request", "articles")
    items = [
        _item(lowered(r), f"api:{i}") if isinstance(r, dict) else _not_object(i)
        for i, r in enumerate(records)
    ]
    with Store(db_path) as store:
        summary = store_all(analysed(_until(items, time.monotonic() + seconds, seconds)), store)
    return summary.as_dict()


def _until(items: Iterable[Item], deadline: float, seconds: float) -> Iterator[Item]:
    """Each item, or once the deadline has passed, a coded error saying it was not reached.
    The first is always analysed, so a request with a tiny limit still makes progress."""
    for i, item in enumerate(items):
        if i and time.monotonic() > deadline and not isinstance(item, ReadError):
            why = f"not analysed: the request ran over its time limit of {seconds:g} s"
            yield ReadError(item.origin, why, E_REQUEST_TIME)
        else:
            yield item


def _item(record: dict[str, Any], origin: str) -> Any:
    item = record_to_item(record, origin, "jsonl")
    return scrubbed(item) if isinstance(item, RawItem) else item


def _not_object(i: int) -> Any:
    return ReadError(f"api:{i}", "expected a JSON object", "E106")
