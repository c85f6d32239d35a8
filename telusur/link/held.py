"""Articles held back and linked a batch at a time, in publication order.

Stories grow as the news did only if the linker meets a developing story's reports in the order
they were published: a follow-up that revises the figures joins through what the story has
gathered so far. Files seldom come in that order (a directory lists by name, an archive by
crawl), so a run holds its articles back and hands them over sorted by date, undated ones last.
A bounded batch keeps memory flat on long runs.
"""

from __future__ import annotations

from telusur.link.features import Features
from telusur.link.linker import Linker

HOLD = 2_000  # articles held back before a batch is linked

_Key = tuple[bool, str, int]


class Held:
    def __init__(self, linker: Linker, size: int = HOLD) -> None:
        self.linker = linker
        self.size = size
        self._items: list[tuple[_Key, str, Features]] = []
        self._ids: set[str] = set()

    def add(self, article_id: str, published: str | None, features: Features) -> None:
        """Hold one article (``published``: its ISO date, or None); link a full batch."""
        key = (published is None, published or "", len(self._items))
        self._items.append((key, article_id, features))
        self._ids.add(article_id)
        if len(self._items) >= self.size:
            self.release()

    def release(self) -> None:
        """Link everything held, oldest first."""
        for _, article_id, features in sorted(self._items, key=lambda item: item[0]):
            self.linker.add(article_id, features)
        self._items, self._ids = [], set()

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._ids

    def __len__(self) -> int:
        return len(self._items)
