"""POST /api/ingest: the same field names as JSON Lines, through the same pipeline."""

from __future__ import annotations

from typing import Any

from telusur.ingest import analysed, store_all
from telusur.readers.fields import lowered, record_to_item
from telusur.readers.limits import scrubbed
from telusur.records import RawItem
from telusur.store import Store
from telusur.web.errors import ApiError

MAX_ARTICLES = 1000


def ingest_items(db_path: str, body: dict[str, Any]) -> dict[str, Any]:
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
        summary = store_all(analysed(items), store)
    return summary.as_dict()


def _item(record: dict[str, Any], origin: str) -> Any:
    item = record_to_item(record, origin, "jsonl")
    return scrubbed(item) if isinstance(item, RawItem) else item


def _not_object(i: int) -> Any:
    from telusur.records import ReadError

    return ReadError(f"api:{i}", "expected a JSON object", "E106")
