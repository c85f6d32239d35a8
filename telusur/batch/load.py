"""Load a batch's tables into the SQLite store through the path ``telusur ingest`` uses.

The records are rebuilt from Parquet and handed to ``store_all`` (and so to ``Store.put`` and
``Store.record_failure``) in input order, so whatever the store does with an article on ingest it
does here too, and the store ends up with the same rows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from telusur.batch.run import results
from telusur.ingest import DEFAULT_BATCH, Summary, store_all
from telusur.records import ReadError
from telusur.store import Store


def load(
    out: str | Path,
    db: str,
    *,
    batch_size: int = DEFAULT_BATCH,
    on_error: Callable[[ReadError], None] | None = None,
    on_item: Callable[[], None] | None = None,
) -> Summary:
    with Store(db) as store:
        return store_all(
            results(out), store, batch_size=batch_size, on_error=on_error, on_item=on_item
        )
