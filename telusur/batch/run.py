"""Map the per-article analysis over the input's splits with dask.distributed.

A LocalCluster of process workers (one thread each: the analysis is pure Python) is started
unless a scheduler address is given. Splits whose partition is already complete are skipped, so
rerunning after an interruption only does what is left. A partition that fails is retried, then
reported; the others go on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telusur.batch.partition import is_complete, manifest_path, read_partition, run_partition
from telusur.batch.splits import SPLIT_BYTES, Split, plan
from telusur.batch.tables import analyses
from telusur.readers import MAX_BYTES
from telusur.records import Analysis, ReadError

PLAN = "_plan.json"
RETRIES = 2


@dataclass
class BatchSummary:
    partitions: int = 0
    skipped: int = 0  # complete from an earlier run
    written: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)  # {partition, split, error}
    rows: dict[str, int] = field(default_factory=dict)  # rows written by this run
    worker_peak_rss_mb: dict[str, float] = field(default_factory=dict)  # by worker pid
    cpu_seconds: float = 0.0  # spent in partitions by this run, over all workers

    def add(self, manifest: dict[str, Any]) -> None:
        self.written += 1
        self.cpu_seconds += float(manifest.get("cpu_seconds", 0.0))
        for name, n in manifest["rows"].items():
            self.rows[name] = self.rows.get(name, 0) + n
        pid = str(manifest.get("worker_pid"))
        peak = float(manifest.get("worker_peak_rss_mb", 0.0))
        self.worker_peak_rss_mb[pid] = max(peak, self.worker_peak_rss_mb.get(pid, 0.0))

    def as_dict(self) -> dict[str, Any]:
        return {
            "partitions": self.partitions,
            "skipped": self.skipped,
            "written": self.written,
            "failed": self.failed,
            "rows": self.rows,
            "worker_peak_rss_mb": self.worker_peak_rss_mb,
            "cpu_seconds": round(self.cpu_seconds, 1),
        }


def run_batch(
    inputs: Iterable[str],
    out: str,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    split_bytes: int = SPLIT_BYTES,
    max_bytes: int = MAX_BYTES,
    retries: int = RETRIES,
    on_partition: Callable[[], None] | None = None,
) -> BatchSummary:
    """Write the tables of every split under ``out``; the plan's order is kept in _plan.json."""
    splits = plan(inputs, split_bytes=split_bytes)
    os.makedirs(out, exist_ok=True)
    _write_plan(out, splits)
    summary = BatchSummary(partitions=len(splits))
    unique = list({s.key: s for s in splits}.values())  # an input named twice is read once
    todo = [s for s in unique if not is_complete(out, s)]
    summary.skipped = len(unique) - len(todo)
    if todo:
        with _client(scheduler, workers) as client:
            map_splits(client, todo, out, summary, max_bytes, retries, on_partition)
    return summary


def map_splits(
    client: Any,
    todo: list[Split],
    out: str,
    summary: BatchSummary,
    max_bytes: int = MAX_BYTES,
    retries: int = RETRIES,
    on_partition: Callable[[], None] | None = None,
) -> None:
    """Run each split's partition on the client's cluster; failures after retries are reported."""
    from distributed import as_completed

    futures = client.map(
        run_partition,
        todo,
        out=os.path.abspath(out),
        max_bytes=max_bytes,
        key=[f"telusur-partition-{s.key}" for s in todo],
        retries=retries,
        pure=False,
    )
    split_of = {f.key: s for f, s in zip(futures, todo, strict=True)}
    for future in as_completed(futures):
        split = split_of[future.key]
        if future.status == "finished":
            summary.add(future.result())
        else:
            error = future.exception()
            summary.failed.append(
                {
                    "partition": split.key,
                    "split": split.describe(),
                    "error": f"{type(error).__name__}: {error}",
                }
            )
        if on_partition:
            on_partition()


def _client(scheduler: str | None, workers: int | None) -> Any:
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(
        n_workers=workers or os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # any free port: several clusters may run at once
        silence_logs=40,
    )
    return _OwnedClient(Client(cluster), cluster)


class _OwnedClient:
    """A client that also closes the cluster it was started with."""

    def __init__(self, client: Any, cluster: Any) -> None:
        self.client, self.cluster = client, cluster

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.cluster.close()


def _write_plan(out: str, splits: list[Split]) -> None:
    data = {"partitions": [{"key": s.key, "split": s.describe()} for s in splits]}
    path = Path(out) / PLAN
    tmp = path.with_name(f".{PLAN}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def planned_keys(out: str | Path) -> list[str]:
    data = json.loads((Path(out) / PLAN).read_text(encoding="utf-8"))
    return [p["key"] for p in data["partitions"]]


def results(out: str | Path) -> Iterator[Analysis | ReadError]:
    """Every complete partition's records, in input order (one partition in memory at a time)."""
    for key in planned_keys(out):
        if manifest_path(out, key).exists():
            yield from analyses(read_partition(out, key))
