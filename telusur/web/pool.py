"""Read-only store connections kept between requests.

SQLite's page cache belongs to a connection: one opened per request starts cold and reads a
large story's pages again every time, several times the cost of a warm one. A connection in
autocommit mode still sees every write committed since, so a kept one is never stale.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from telusur.store import Store


class StorePool:
    """At most ``idle`` connections wait between requests; a busy moment opens more."""

    def __init__(self, path: str, idle: int = 8) -> None:
        self.path = path
        self.idle = idle
        self._free: list[Store] = []
        self._lock = threading.Lock()

    @contextmanager
    def store(self) -> Iterator[Store]:
        s = self._take()
        try:
            yield s
        finally:
            self._give(s)

    def _take(self) -> Store:
        with self._lock:
            if self._free:
                return self._free.pop()
        return Store(self.path, readonly=True)

    def _give(self, s: Store) -> None:
        with self._lock:
            if len(self._free) < self.idle:
                self._free.append(s)
                return
        s.close()

    def close(self) -> None:
        with self._lock:
            free, self._free = self._free, []
        for s in free:
            s.close()
