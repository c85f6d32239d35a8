"""Pure pieces of a links flush, run on the ingest's worker processes when it has them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from telusur.workers import Died, Pool

R = TypeVar("R")

WINDOW = 8  # jobs read ahead: each may hold many stories' claims


def run_jobs(pool: Pool | None, fn: Callable[[Any], R], jobs: Iterable[Any]) -> Iterator[R]:
    """``fn`` of each job, in order; in this process without a pool. A job that kills a
    worker twice is done here, so that a flush never loses a piece."""
    if pool is None:
        yield from map(fn, jobs)
        return
    for result in pool.map(fn, jobs, chunk=1, window=WINDOW):
        yield fn(result.item) if isinstance(result, Died) else result
