"""Read → clean → analyse → store, in committed batches; bad items are counted and skipped.

Cleaning and analysis are pure, so with ``workers`` > 1 they run in worker processes, which also
turn each analysis into the compact record the store writes (``telusur.store.record``). The
parent reads, and stores and links the records one writer, in input order: the store ends up
byte for byte as with one process. Articles are cleaned of the lines their outlets had learned
when the run began (``telusur.store.learned``), so the writer need not analyse them again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, islice

from telusur.analyse.pipeline import Window, analyse
from telusur.clean import clean
from telusur.errors import E_ANALYSIS, E_STORE_ITEM, E_WORKER, TelusurError
from telusur.link import MinHasher
from telusur.records import Analysis, RawItem, ReadError, printable
from telusur.store import NEW, UNCHANGED, UPDATED, Store, learned
from telusur.store.record import Record, record_of
from telusur.workers import Died, Pool

DEFAULT_BATCH = 500
MAX_KEPT_ERRORS = 1000  # all failures are counted and stored; the summary keeps the first
SMALL = 64  # a run of fewer items is analysed in-process: starting workers would cost more

Item = RawItem | ReadError
Result = Analysis | Record | ReadError
Learned = Mapping[str, frozenset[int]]  # outlet → learned line keys (learned.snapshot)


@dataclass
class Summary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    boilerplate_lines: int = 0
    updated_ids: list[str] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    noted: int = 0  # notes on stored articles that a bound cut short (bounds.dense_note)
    notes: list[str] = field(default_factory=list)  # the first MAX_KEPT_ERRORS of them

    @property
    def stored(self) -> int:
        return self.new + self.updated + self.unchanged

    def count(self, outcome: str, record: Record) -> None:
        if outcome == NEW:
            self.new += 1
        elif outcome == UPDATED:
            self.updated += 1
            self.updated_ids.append(record.id)
        elif outcome == UNCHANGED:
            self.unchanged += 1
        self.boilerplate_lines += record.boilerplate_lines
        self.noted += len(record.notes)
        origin = str(record.row.get("origin") or record.id)
        room = max(0, MAX_KEPT_ERRORS - len(self.notes))
        self.notes.extend(printable(f"{origin}: {note}") for note in record.notes[:room])

    def as_dict(self) -> dict[str, object]:
        return {
            "ingested": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "boilerplate_lines_removed": self.boilerplate_lines,
            "updated_ids": self.updated_ids,
            "errors": [str(e) for e in self.errors],
            "noted": self.noted,
            "notes": self.notes,
        }


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def process(
    item: RawItem, window: Window = None, learned_lines: Learned | None = None
) -> Analysis | ReadError:
    """Clean (of ``learned_lines`` too) and analyse one item; a failure becomes a ReadError
    naming the item."""
    try:
        article = clean(item)
        if learned_lines:
            article = learned.stripped(article, learned_lines)
        return analyse(article, window=window)
    except TelusurError as exc:  # a coded failure, such as running out of the time budget
        return ReadError(item.origin, exc.args[0], exc.code)
    except Exception as exc:  # one bad article never stops a batch
        return ReadError(item.origin, f"analysis failed: {type(exc).__name__}: {exc}", E_ANALYSIS)


def analysed(items: Iterable[Item], window: Window = None) -> Iterator[Analysis | ReadError]:
    for item in items:
        yield item if isinstance(item, ReadError) else process(item, window)


def prepare(
    item: Item,
    window: Window = None,
    num_perm: int | None = None,
    learned_lines: Learned | None = None,
) -> Record | ReadError:
    """One item cleaned, analysed and turned into the store's record (with the linker's
    features when ``num_perm`` is given): the work a worker process does."""
    if isinstance(item, ReadError):
        return item
    result = process(item, window, learned_lines)
    if isinstance(result, ReadError):
        return result
    try:
        return learned.with_line_keys(record_of(result, _hasher(num_perm) if num_perm else None))
    except Exception as exc:
        return ReadError(item.origin, f"analysis failed: {type(exc).__name__}: {exc}", E_ANALYSIS)


@cache
def _hasher(num_perm: int) -> MinHasher:
    return MinHasher(num_perm)


def prepared(
    items: Iterable[Item],
    window: Window = None,
    *,
    pool: Pool | None = None,
    num_perm: int | None = None,
    learned_lines: Learned | None = None,
    inline_below: int = SMALL,
) -> Generator[Record | ReadError, None, None]:
    """``prepare`` over ``items``, in order, on the ``pool``'s workers (in this process
    without one, or when fewer than ``inline_below`` items come: starting workers would cost
    more than they save). ``learned_lines`` is the store's ``learned.snapshot`` as the run
    begins: the same for either way, so that the output is too."""
    source = iter(items)
    head = list(islice(source, inline_below))
    args = (window, num_perm, learned_lines)
    if pool is None or len(head) < inline_below:
        yield from (prepare(item, *args) for item in chain(head, source))
        return
    for result in pool.map(prepare, chain(head, source), args):
        yield _died(result) if isinstance(result, Died) else result


def workers_for(n: int) -> AbstractContextManager[Pool | None]:
    """Worker processes for ``n`` > 1 (started when first given work), else none."""
    return Pool(n, preload=("telusur.ingest",)) if n > 1 else nullcontext()


def _died(died: Died) -> ReadError:
    origin = died.item.origin if isinstance(died.item, RawItem | ReadError) else "?"
    return ReadError(
        origin, f"analysis stopped its worker process twice (exit code {died.exitcode})", E_WORKER
    )


def store_all(
    results: Iterable[Result],
    store: Store,
    *,
    batch_size: int = DEFAULT_BATCH,
    on_error: Callable[[ReadError], None] | None = None,
    on_item: Callable[[], None] | None = None,
    link: bool = True,
    pool: Pool | None = None,
) -> Summary:
    """Store results in batches of ``batch_size`` articles, each batch one transaction.

    Each result is written as it arrives, so the writer keeps pace with workers instead of
    stalling them at the end of each batch. With ``link`` (the default) stored articles join
    origin groups and stories; the pure parts of saving the links at the end run on the
    ``pool`` (once ``results`` are all in: a pool serves one map at a time).
    """
    summary = Summary()
    writer = _Writer(store, summary, on_error, on_item, link)
    source = iter(results)
    while True:
        with store.batch():
            written = writer.write(islice(source, max(1, batch_size)))
        if written < max(1, batch_size):
            break
        if store.links_due():  # a long run saves its links between batches, in this process:
            store.flush_links()  # the workers are still on the run's articles (one map at a time)
    if link:
        store.links.catch_up()  # articles stored by a run killed before its links were saved
        store.flush_links(pool)
    return summary


@dataclass
class _Writer:
    store: Store
    summary: Summary
    on_error: Callable[[ReadError], None] | None
    on_item: Callable[[], None] | None
    link: bool

    def write(self, results: Iterable[Result]) -> int:
        n = 0
        for result in results:
            n += 1
            if isinstance(result, ReadError):
                self._failed(result)
            else:
                self._put(result)
            if self.on_item:
                self.on_item()
        return n

    def _put(self, result: Analysis | Record) -> None:
        """Store one article in a savepoint: an article the store refuses fails alone."""
        if isinstance(result, Analysis):
            result = record_of(result, self.store.hasher() if self.link else None)
        try:
            with self.store.savepoint():
                outcome, result = learned.put(self.store, result)  # learns outlets' lines
        except Exception as exc:
            reason = f"could not be stored: {type(exc).__name__}: {exc}"
            origin = str(result.row.get("origin") or result.id)
            self._failed(ReadError(origin, reason, E_STORE_ITEM))
            return
        self.summary.count(outcome, result)
        if self.link and outcome != UNCHANGED:
            self.store.link_record(result)

    def _failed(self, error: ReadError) -> None:
        """Counted always; recorded and reported unless past its input's failure limit."""
        self.summary.failed += 1
        if not error.recorded:
            return
        if len(self.summary.errors) < MAX_KEPT_ERRORS:
            self.summary.errors.append(error)
        self.store.record_failure(error)
        if self.on_error:
            self.on_error(error)
