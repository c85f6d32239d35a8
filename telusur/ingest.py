"""Read → clean → analyse → store, in committed batches; bad items are counted and skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from telusur.analyse.pipeline import Window, analyse
from telusur.clean import clean
from telusur.errors import E_ANALYSIS, E_STORE_ITEM, TelusurError
from telusur.records import Analysis, RawItem, ReadError
from telusur.store import NEW, UNCHANGED, UPDATED, Store

DEFAULT_BATCH = 500
MAX_KEPT_ERRORS = 1000  # all failures are counted and stored; the summary keeps the first


@dataclass
class Summary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    boilerplate_lines: int = 0
    updated_ids: list[str] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.new + self.updated + self.unchanged

    def count(self, outcome: str, analysis: Analysis) -> None:
        if outcome == NEW:
            self.new += 1
        elif outcome == UPDATED:
            self.updated += 1
            self.updated_ids.append(analysis.article.id)
        elif outcome == UNCHANGED:
            self.unchanged += 1
        self.boilerplate_lines += len(analysis.article.boilerplate)

    def as_dict(self) -> dict[str, object]:
        return {
            "ingested": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "boilerplate_lines_removed": self.boilerplate_lines,
            "updated_ids": self.updated_ids,
            "errors": [str(e) for e in self.errors],
        }


def process(item: RawItem, window: Window = None) -> Analysis | ReadError:
    """Clean and analyse one item; a failure becomes a ReadError naming the item."""
    try:
        return analyse(clean(item), window=window)
    except TelusurError as exc:  # a coded failure, such as running out of the time budget
        return ReadError(item.origin, exc.args[0], exc.code)
    except Exception as exc:  # one bad article never stops a batch
        return ReadError(item.origin, f"analysis failed: {type(exc).__name__}: {exc}", E_ANALYSIS)


def analysed(
    items: Iterable[RawItem | ReadError], window: Window = None
) -> Iterator[Analysis | ReadError]:
    for item in items:
        yield item if isinstance(item, ReadError) else process(item, window)


def store_all(
    results: Iterable[Analysis | ReadError],
    store: Store,
    *,
    batch_size: int = DEFAULT_BATCH,
    on_error: Callable[[ReadError], None] | None = None,
    on_item: Callable[[], None] | None = None,
    link: bool = True,
) -> Summary:
    """Store results in batches of ``batch_size`` articles, each batch one transaction.

    With ``link`` (the default) stored articles join origin groups and stories.
    """
    summary = Summary()
    pending: list[Analysis | ReadError] = []
    for result in results:
        pending.append(result)
        if on_item:
            on_item()
        if len(pending) >= batch_size:
            _flush(pending, store, summary, on_error, link)
            if store.links_due():  # a long run saves its links between batches
                store.flush_links()
    _flush(pending, store, summary, on_error, link)
    if link:
        store.links.catch_up()  # articles stored by a run killed before its links were saved
        store.flush_links()
    return summary


def _flush(
    pending: list[Analysis | ReadError],
    store: Store,
    summary: Summary,
    on_error: Callable[[ReadError], None] | None,
    link: bool,
) -> None:
    if not pending:
        return
    with store.batch():
        for result in pending:
            failure = _put(store, result, summary, link) if isinstance(result, Analysis) else result
            if failure is not None:
                _failed(failure, store, summary, on_error)
    pending.clear()


def _put(store: Store, result: Analysis, summary: Summary, link: bool) -> ReadError | None:
    """Store one article in a savepoint: an article the store refuses fails alone."""
    try:
        with store.savepoint():
            outcome = store.put(result)
    except Exception as exc:
        reason = f"could not be stored: {type(exc).__name__}: {exc}"
        return ReadError(result.article.origin, reason, E_STORE_ITEM)
    summary.count(outcome, result)
    if link and outcome != UNCHANGED:
        store.link(result)
    return None


def _failed(
    error: ReadError,
    store: Store,
    summary: Summary,
    on_error: Callable[[ReadError], None] | None,
) -> None:
    """Counted always; recorded and reported unless past its input's failure limit."""
    summary.failed += 1
    if not error.recorded:
        return
    if len(summary.errors) < MAX_KEPT_ERRORS:
        summary.errors.append(error)
    store.record_failure(error)
    if on_error:
        on_error(error)
