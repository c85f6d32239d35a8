"""A compact multimap from 32-bit keys to document numbers, newest first.

Postings live in three flat numpy arrays (key, document, next) chained from a head table, so a
million documents with dozens of keys each stay a few hundred megabytes and are never rescanned:
a lookup walks only the chain of its slot. The head table doubles when the postings outnumber its
slots twice over, by splitting each chain in two, which needs memory for the head table only (a
sort of every posting would need several times the postings' own size at a million documents).
Growing the posting arrays writes only the copied part. A document's postings are added in one
call and lie side by side, so the document is kept once per run of postings (where the run
starts, and whose it is) rather than once per posting: 4 bytes a posting less.
"""

from __future__ import annotations

import numpy as np

from telusur.link.ragged import grown

NONE = -1
LOAD = 2  # postings per slot before the head table doubles: heads cost 2 bytes a posting
CHUNK = 1 << 22  # postings judged at a time when some are dropped


class Postings:
    def __init__(self, slots_log2: int = 12) -> None:
        self.size = 0
        self._keys = np.zeros(1024, np.uint32)
        self._next = np.zeros(1024, np.int32)
        self._heads = np.full(1 << slots_log2, NONE, np.int32)
        self.runs = 0  # runs of postings of one document, in posting order
        self._starts = np.zeros(1024, np.int32)  # each run's first posting
        self._owners = np.zeros(1024, np.int32)  # each run's document

    def __len__(self) -> int:
        return self.size

    @property
    def nbytes(self) -> int:
        arrays = (self._keys, self._next, self._heads, self._starts, self._owners)
        return sum(a.nbytes for a in arrays)

    def add(self, keys: np.ndarray, doc: int) -> None:
        """Post ``doc`` under each key (keys may repeat across documents, not within one call)."""
        keys = np.asarray(keys, np.uint32)
        n = len(keys)
        if not n:
            return
        self._reserve(self.size + n)
        if self.size + n > LOAD * len(self._heads):
            self._split(len(self._heads) * 2)
        self._run(doc)
        mask = len(self._heads) - 1
        for k in keys.tolist():
            i = self.size
            slot = k & mask
            self._keys[i] = k
            self._next[i] = self._heads[slot]
            self._heads[slot] = i
            self.size += 1

    def _run(self, doc: int) -> None:
        """Start a run of ``doc``'s postings at the end (unless the last run is its own)."""
        if self.runs and self._owners[self.runs - 1] == doc:
            return
        if self.runs == len(self._starts):
            self._starts = grown(self._starts, 2 * self.runs)
            self._owners = grown(self._owners, 2 * self.runs)
        self._starts[self.runs] = self.size
        self._owners[self.runs] = doc
        self.runs += 1

    def _run_of(self, postings: np.ndarray) -> np.ndarray:
        """The run each posting (by number) is in."""
        return np.searchsorted(self._starts[: self.runs], postings, side="right") - 1

    def _doc_of(self, postings: np.ndarray) -> np.ndarray:
        return self._owners[self._run_of(postings)]

    def get(self, key: int, limit: int = 64) -> list[int]:
        """Documents posted under ``key``, newest first, at most ``limit``."""
        found: list[int] = []
        keys, nxt = self._keys, self._next
        i = int(self._heads[key & (len(self._heads) - 1)])
        while i != NONE and len(found) < limit:
            if keys[i] == key:
                found.append(i)
            i = int(nxt[i])
        return self._doc_of(np.array(found, np.int64)).tolist() if found else []

    def get_many(self, keys: np.ndarray, limit: int = 64) -> np.ndarray:
        """Documents posted under each of ``keys`` (at most ``limit`` per key, newest first), all
        in one array: every chain is walked at once, a step per posting instead of a loop."""
        keys = np.asarray(keys, np.uint32)
        cur = self._heads[keys & np.uint32(len(self._heads) - 1)]
        found = np.zeros(len(keys), np.int64)
        out: list[np.ndarray] = []
        live = cur != NONE
        while live.any():
            keys, cur, found = keys[live], cur[live], found[live]
            match = self._keys[cur] == keys
            out.append(cur[match])
            found += match
            cur = self._next[cur]
            live = (cur != NONE) & (found < limit)
        return self._doc_of(np.concatenate(out)) if out else np.zeros(0, np.int32)

    def keep(self, mask: np.ndarray) -> None:
        """Drop the postings where ``mask`` (one flag a posting, in posting order) is False; the
        rest keep their order and their chains are rebuilt."""
        kept = int(np.count_nonzero(mask))
        counts = np.zeros(0, np.int64)
        if kept:
            counts = np.add.reduceat(mask.astype(np.int64), self._starts[: self.runs])
        alive = np.flatnonzero(counts > 0)
        owners = self._owners[: self.runs][alive]
        starts = (np.cumsum(counts[alive]) - counts[alive]).astype(np.int32)
        cap = max(1024, 1 << max(kept - 1, 0).bit_length())
        self._keys = grown(self._keys[: self.size][mask], cap)
        self._next = np.zeros(cap, np.int32)
        room = max(1024, 1 << max(len(alive) - 1, 0).bit_length())
        self._starts, self._owners = grown(starts, room), grown(owners, room)
        self.runs = len(alive)
        self.size = kept
        self._rehash(len(self._heads))

    def doc_chunks(self, chunk: int = CHUNK) -> list[tuple[int, int]]:
        """Spans of about ``chunk`` postings that never cut one document's postings (posted in
        one call, they lie side by side), so the postings can be judged a span at a time."""
        spans, start = [], 0
        starts = self._starts[: self.runs]
        while start < self.size:
            stop = min(start + chunk, self.size)
            if stop < self.size:  # on to the first run starting at ``stop`` or after
                at = int(np.searchsorted(starts, stop, side="left"))
                stop = int(starts[at]) if at < self.runs else self.size
            spans.append((start, stop))
            start = stop
        return spans

    def docs(self, start: int, stop: int) -> np.ndarray:
        """The documents of postings ``start:stop``, in posting order."""
        return self._doc_of(np.arange(start, stop))

    def ranks(self, start: int, stop: int) -> np.ndarray:
        """The place of each of the postings ``start:stop`` among its document's postings."""
        at = np.arange(start, stop)
        return (at - self._starts[self._run_of(at)]).astype(np.int32)

    def _reserve(self, need: int) -> None:
        cap = len(self._keys)
        if need <= cap:
            return
        while cap < need:
            cap *= 2
        # Every slot up to ``size`` is written before it is read: the new room stays unwritten.
        # One array at a time, so only one old copy is held beside its new one.
        self._keys = grown(self._keys, cap)
        self._next = grown(self._next, cap)

    def _split(self, slots: int) -> None:
        """Double the head table by splitting every chain in two (by the key's next bit): all
        chains are walked side by side, newest first, each posting appended to the tail of its
        new chain, so the order within a chain is kept and the work needs memory for the head
        table only, not a sort of every posting."""
        old = self._heads
        heads = np.full(slots, NONE, np.int32)
        tails = np.full(slots, NONE, np.int32)
        mask = np.uint32(slots - 1)
        cur = old[old != NONE]
        while len(cur):
            slot = self._keys[cur] & mask
            after = self._next[cur]
            last = tails[slot]
            first = last == NONE
            heads[slot[first]] = cur[first]
            self._next[last[~first]] = cur[~first]
            tails[slot] = cur
            cur = after[after != NONE]
        self._next[tails[tails != NONE]] = NONE
        self._heads = heads

    def _rehash(self, slots: int) -> None:
        n = self.size
        slot_of = self._keys[:n] & np.uint32(slots - 1)
        order = np.argsort(slot_of, kind="stable")  # by slot, then insertion order
        sorted_slots = slot_of[order]
        same = np.zeros(n, bool)
        same[1:] = sorted_slots[1:] == sorted_slots[:-1]
        prev = np.full(n, NONE, np.int32)
        prev[1:] = order[:-1]
        self._next[order] = np.where(same, prev, NONE)
        del prev, same
        heads = np.full(slots, NONE, np.int32)
        last = np.ones(n, bool)
        last[:-1] = sorted_slots[1:] != sorted_slots[:-1]
        heads[sorted_slots[last]] = order[last]
        self._heads = heads

    def state(self) -> dict[str, np.ndarray]:
        n = self.size
        ends = np.append(self._starts[1 : self.runs], n).astype(np.int64)
        lengths = ends - self._starts[: self.runs]
        return {
            "keys": self._keys[:n],
            "docs": np.repeat(self._owners[: self.runs], lengths),
            "slots": np.array([len(self._heads)]),
        }

    @classmethod
    def from_state(cls, state: dict[str, np.ndarray]) -> Postings:
        """Rebuild from saved keys and documents (runs and chains are recomputed)."""
        post = cls()
        n = len(state["keys"])
        post._reserve(max(n, 1))
        post._keys[:n] = state["keys"]
        docs = np.asarray(state["docs"], np.int32)
        first = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]]) if n else np.zeros(0, np.int64)
        room = max(1024, 1 << max(len(first) - 1, 0).bit_length())
        post._starts = grown(first.astype(np.int32), room)
        post._owners = grown(docs[first], room)
        post.runs = len(first)
        post.size = n
        post._rehash(int(state["slots"][0]))
        return post
