"""The linking step over a batch's tables: same-origin groups and stories for every article.

The articles are given to one ``Linker`` as ``telusur ingest`` gives them, held back and linked
a batch at a time in publication order (``telusur.link.held``), and the final group, story and
saga of each is written to the ``links`` table. Sagas follow the store's rule
(``telusur.link.saga_profiles``): the analyses are read a second time, once every story is final,
to profile each story. Loading into a store goes through ``Store.put`` and links there as ingest
does.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from telusur.batch.run import results
from telusur.link import Linker, MinHasher, features_from
from telusur.link.held import Held
from telusur.link.saga_profiles import SagaProfiles
from telusur.records import Analysis

LINKS = pa.schema(
    [
        ("article_id", pa.string(), False),
        ("origin_group", pa.string(), False),  # id of the group's earliest article
        ("story", pa.string(), False),  # id of the story's first article
        ("saga", pa.string(), False),  # id of the saga's earliest story (its own when alone)
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
    saga = sagas(out, linker, {r.article_id: r.story for r in linked})
    table = pa.table(
        {
            "article_id": ids,
            "origin_group": [r.origin for r in linked],
            "story": [r.story for r in linked],
            "saga": [saga[r.story] for r in linked],
        },
        schema=LINKS,
    )
    path = links_path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return len(ids)


def sagas(out: str | Path, linker: Linker, story_of: dict[str, str]) -> dict[str, str]:
    """Every story's saga, from the stories' profiles gathered over the analyses again."""
    profiles, seen = SagaProfiles(), set()
    for result in results(out):  # an id read twice was linked once: profiled once
        if isinstance(result, Analysis) and result.article.id not in seen:
            seen.add(result.article.id)
            if result.article.id in story_of:
                profiles.add(story_of[result.article.id], result)
    spans = {}
    for sid in set(story_of.values()):
        s = linker.story(sid)
        spans[sid] = (s.start, s.end, len(s.articles))
    found = profiles.sagas(spans)
    return {sid: found.get(sid, sid) for sid in spans}
