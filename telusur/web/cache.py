"""A small bounded cache for rendered fragments, keyed by the content they were drawn from.

A key built from a hash of the stored JSON can never serve a stale drawing: when the linker
rewrites a claim group, its text and so its key change. One cache lives on each app (never in
the module), shared by the server's request threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Lru(Generic[K, V]):
    """Least recently used entries go first once ``size`` is reached."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K, make: Callable[[], V]) -> V:
        """The cached value, or ``make()`` stored under ``key``; ``make`` runs outside the lock,
        so two threads may both build a missing entry, which is harmless."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._items)
