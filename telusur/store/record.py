"""What the store and the linker need of one analysed article, as plain values.

Building it (JSON of the findings, fact rows, the linker's features) needs no database, so worker
processes build it and hand the single writer a compact record instead of the object graph of
an ``Analysis``. The store writes a record exactly as it would write the analysis it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telusur.link import MinHasher, features_from
from telusur.link.features import Features
from telusur.records import Analysis
from telusur.store.facts import FactRows, fact_rows
from telusur.store.rows import article_row


@dataclass(slots=True)
class Record:
    id: str
    row: dict[str, Any]  # the articles row (rows.ARTICLE_COLUMNS)
    facts: FactRows
    features: Features | None  # None when the record will not be linked
    boilerplate_lines: int
    notes: tuple[str, ...] = ()  # where a bound cut the analysis short (bounds.dense_note)
    # The keys of its learnable lines (those in the text, and all), found by a worker so that
    # the writer need not read the text again (``telusur.store.learned.line_keys``).
    line_keys: tuple[frozenset[int], list[int]] | None = None

    @property
    def published(self) -> str | None:
        value = self.row["published_start"]
        return None if value is None else str(value)


def record_of(analysis: Analysis, hasher: MinHasher | None = None) -> Record:
    """The record of ``analysis``; with a ``hasher`` it carries the features linking needs."""
    article = analysis.article
    return Record(
        id=article.id,
        row=article_row(analysis),
        facts=fact_rows(analysis),
        features=features_from(article, analysis, hasher=hasher) if hasher else None,
        boilerplate_lines=len(article.boilerplate),
        notes=tuple(analysis.notes),
    )
