"""Many short strings (article ids, headlines) in one byte buffer, and a look-up by string.

A Python ``str`` costs about 50 bytes beyond its text, a list slot 8 more, a dict entry some 100
more: at a million articles the ids and headlines alone would hold several hundred megabytes.
Here a string costs its UTF-8 bytes and an offset, and the look-up 14 bytes or so (a posting
under a 32-bit hash of the string, verified against the string itself).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
import xxhash

from telusur.link.postings import Postings
from telusur.link.ragged import Ragged

_SEED = 0x1D5


class Strings:
    """An append-only list of strings; an item may be replaced (a story renamed), which is rare,
    so a replacement is kept aside rather than rewriting the buffer."""

    def __init__(self, items: Iterable[str] = ()) -> None:
        self._rows = Ragged(np.uint8)
        self._replaced: dict[int, str] = {}
        encoded = [item.encode("utf-8") for item in items]
        if encoded:  # in one piece: a loaded store's million ids are not appended one by one
            ends = np.cumsum([len(e) for e in encoded], dtype=np.int64)
            data = np.frombuffer(b"".join(encoded), np.uint8)
            self._rows = Ragged.from_state({"data": data, "ends": ends})

    def __len__(self) -> int:
        return len(self._rows)

    def append(self, item: str) -> None:
        self._rows.append(np.frombuffer(item.encode("utf-8"), np.uint8))

    def __getitem__(self, i: int) -> str:
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        if i in self._replaced:
            return self._replaced[i]
        return self._rows[i].tobytes().decode("utf-8")

    def __setitem__(self, i: int, item: str) -> None:
        if not 0 <= i < len(self):
            raise IndexError(i)
        self._replaced[i] = item

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Strings | list) and list(self) == list(other)

    @property
    def nbytes(self) -> int:
        return self._rows.nbytes


class StringIndex:
    """Row numbers by string over a ``Strings``: ``id in index``, ``index[id]``."""

    def __init__(self, strings: Strings) -> None:
        self.strings = strings
        keys = np.fromiter((_key(item) for item in strings), np.uint32, len(strings))
        slots = 1 << max(12, (len(keys) // 2).bit_length())  # as many as adding them would make
        docs = np.arange(len(keys), dtype=np.int32)
        self._post = Postings.from_state({"keys": keys, "docs": docs, "slots": np.array([slots])})

    def add(self, item: str, row: int) -> None:
        self._post.add(np.array([_key(item)], np.uint32), row)

    def get(self, item: str, default: int | None = None) -> int | None:
        for row in self._post.get(_key(item)):
            if self.strings[row] == item:
                return row
        return default

    def __contains__(self, item: object) -> bool:
        return isinstance(item, str) and self.get(item) is not None

    def __getitem__(self, item: str) -> int:
        row = self.get(item)
        if row is None:
            raise KeyError(item)
        return row

    def __len__(self) -> int:
        return len(self._post)

    @property
    def nbytes(self) -> int:
        return self._post.nbytes


def _key(item: str) -> int:
    return xxhash.xxh32_intdigest(item.encode("utf-8"), seed=_SEED)
