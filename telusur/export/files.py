"""Claims and articles as JSON Lines, CSV or Parquet, with one fixed column set per table.

* ``jsonl``: one file, one claim per line in the nested shape of docs/json.md; each line names
  its article (id, outlet, title, url, reported date), so no second file is needed.
* ``csv`` and ``parquet``: a folder with ``claims`` and ``articles``. Pairs are split into two
  columns (``span_start``, ``span_end``...). In CSV, ``sources`` is a JSON array; in Parquet it
  is a list of strings. Parquet columns have the explicit types in ``CLAIMS_SCHEMA``.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from telusur.export.rows import ARTICLE_FIELDS, CLAIM_FIELDS

_PAIRS = ("span", "sentence", "when")
_PAIR_NAMES = {
    "span": ("span_start", "span_end"),
    "sentence": ("sentence_start", "sentence_end"),
    "when": ("when_start", "when_end"),
}

FLAT_CLAIM_FIELDS: tuple[str, ...] = tuple(
    part for name in CLAIM_FIELDS for part in (_PAIR_NAMES.get(name) or (name,))
)

_STR, _INT, _FLOAT = pa.string(), pa.int64(), pa.float64()
_CLAIM_TYPES: dict[str, pa.DataType] = {
    "seq": _INT,
    "span_start": _INT,
    "span_end": _INT,
    "sentence_start": _INT,
    "sentence_end": _INT,
    "value": _FLOAT,
    "low": _FLOAT,
    "high": _FLOAT,
    "sources": pa.list_(_STR),
}
CLAIMS_SCHEMA = pa.schema([(f, _CLAIM_TYPES.get(f, _STR)) for f in FLAT_CLAIM_FIELDS])
ARTICLES_SCHEMA = pa.schema(
    [(f, _INT if f in ("length", "claims") else _STR) for f in ARTICLE_FIELDS]
)
_ROWS_PER_GROUP = 50_000


def flat(claim: dict[str, Any]) -> dict[str, Any]:
    """A claim row with its pairs split into start and end columns."""
    out: dict[str, Any] = {}
    for name in CLAIM_FIELDS:
        value = claim[name]
        if name in _PAIRS:
            start, end = value if value else (None, None)
            out[_PAIR_NAMES[name][0]], out[_PAIR_NAMES[name][1]] = start, end
        else:
            out[name] = value
    return out


def write_jsonl(claims: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for claim in claims:
        out.write(json.dumps(claim, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], fields: tuple[str, ...], path: Path) -> int:
    n = 0
    with _atomic(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
            n += 1
    return n


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


def write_parquet(rows: Iterable[dict[str, Any]], schema: pa.Schema, path: Path) -> int:
    """Written in row groups, so memory is bounded by one group, not the whole export."""
    n = 0
    with _atomic(path) as tmp, pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        for group in _groups(iter(rows), _ROWS_PER_GROUP):
            writer.write_table(pa.Table.from_pylist(group, schema=schema))
            n += len(group)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def _groups(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while group := list(islice(rows, size)):
        yield group


class _atomic:
    """A temporary name beside ``path``, renamed onto it only when writing succeeded."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")

    def __enter__(self) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return self.tmp

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)
