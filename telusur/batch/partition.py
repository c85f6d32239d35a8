"""One partition: read a split, analyse each item, write its Parquet files atomically.

Each table's file is written under a temporary name and renamed into place; the manifest, which
marks the partition complete, is renamed into place last. A partition with a manifest is never
run again; one without it is run from scratch, overwriting whatever half-written files it left.
A bad article never fails the partition: it becomes a row of the ``failures`` table.
"""

from __future__ import annotations

import json
import os
import resource
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from telusur.batch.read import read_split
from telusur.batch.splits import Split
from telusur.batch.tables import SCHEMAS, rows, to_tables
from telusur.ingest import analysed
from telusur.readers import MAX_BYTES

MANIFESTS = "_manifests"


def table_path(out: str | Path, table: str, key: str) -> Path:
    return Path(out) / table / f"part-{key}.parquet"


def manifest_path(out: str | Path, key: str) -> Path:
    return Path(out) / MANIFESTS / f"{key}.json"


def is_complete(out: str | Path, split: Split) -> bool:
    """The partition's manifest is there, and so is every file it lists."""
    path = manifest_path(out, split.key)
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return all((Path(out) / name).exists() for name in manifest.get("files", []))


def run_partition(split: Split, out: str, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """Analyse a split and write its tables; returns its manifest (counts and timings)."""
    began, cpu = time.perf_counter(), time.process_time()
    _remove_leftovers(out, split.key)
    data = rows(analysed(read_split(split, max_bytes=max_bytes)))
    tables = to_tables(data)
    files = [_write(table, table_path(out, name, split.key)) for name, table in tables.items()]
    manifest = {
        "key": split.key,
        "split": asdict(split),
        "files": [str(Path(f).relative_to(out)) for f in files],
        "rows": {name: table.num_rows for name, table in tables.items()},
        "seconds": round(time.perf_counter() - began, 3),
        "cpu_seconds": round(time.process_time() - cpu, 3),
        "worker_pid": os.getpid(),
        "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    _atomic_text(manifest_path(out, split.key), json.dumps(manifest, ensure_ascii=False))
    return manifest


def _remove_leftovers(out: str | Path, key: str) -> None:
    """Temporary files of an earlier attempt at this partition that was killed mid-write."""
    for name in SCHEMAS:
        for tmp in (Path(out) / name).glob(f".part-{key}.parquet.*.tmp"):
            tmp.unlink(missing_ok=True)


def _write(table: pa.Table, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path


def _atomic_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def read_partition(out: str | Path, key: str) -> dict[str, pa.Table]:
    """A complete partition's tables, each with its documented schema."""
    return {
        name: pq.read_table(table_path(out, name, key), schema=schema)
        for name, schema in SCHEMAS.items()
    }
