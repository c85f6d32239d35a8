"""The linking step over a batch's tables: same-origin groups and stories for every article.

The articles are given to one ``Linker`` as ``telusur ingest`` gives them, held back and linked
a batch at a time in publication order (``telusur.link.held``), and the final group and story of
each is written to the ``links`` table. The store does not hold
links yet; when it does, loading goes through ``Store.put`` and links there as ingest does.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from telusur.batch.run import results
from telusur.link import Linker, MinHasher, features_from
from telusur.link.held import Held
from telusur.records import Analysis

LINKS = pa.schema(
    [
        ("article_id", pa.string(), False),
        ("origin_group", pa.string(), False),  # id of the group's earliest article
        ("story", pa.string(), False),  # id of the story's first article
    ]
)


def links_path(out: str | Path) -> Path:
    return Path(out) / "links" / "links.parquet"


def link_tables(out: str | Path) -> int:
    """Link every complete partition's articles; returns how many were linked."""
    linker, hasher = Linker(), MinHasher()
    held = Held(linker)
    for result in results(out):
        if isinstance(result, Analysis):
            article = result.article
            features = features_from(article, result, hasher=hasher)
            held.add(article.id, article.published.start, features)
    held.release()
    ids = list(linker.ids)
    linked = [linker.result_of(i) for i in ids]
    table = pa.table(
        {
            "article_id": ids,
            "origin_group": [r.origin for r in linked],
            "story": [r.story for r in linked],
        },
        schema=LINKS,
    )
    path = links_path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return len(ids)
