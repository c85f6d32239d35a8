"""An ordered map over worker processes that survives the death of a worker.

Items go to the workers in small chunks and come back in input order. At most ``window`` items
are between the input and the caller at any time, so memory stays bounded whatever the input's
size. A worker that dies (killed, out of memory, a crash in native code) is replaced; each item
of the chunk it was working on is tried once more on its own, and an item that kills a worker
again comes back as ``Died``. A map's function and arguments go to each worker once, before
its first chunk, so a large argument (a snapshot of the store's learned lines, say) is not sent
again with every chunk. Workers ignore Ctrl-C: the caller stops them by leaving the ``with``
block.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 8  # items per message: few enough to spread the work, enough to amortise the messaging
WINDOW = 1024  # items read but not yet handed back, at most
_POLL = 1.0  # seconds between a worker's checks that the run still exists
MAX_LOST = 8  # deaths on no item before the pool gives up: something kills every worker

Chunk = list[tuple[int, Any]]  # (sequence number, item)


@dataclass(slots=True)
class Died:
    """An item whose processing killed its worker twice."""

    item: Any
    exitcode: int | None


@dataclass(slots=True)
class _Call:
    """What a map runs on each item: ``fn(item, *args)``."""

    fn: Callable[..., Any]
    args: tuple[Any, ...]


@dataclass(slots=True)
class _Worker:
    process: Any
    tasks: Any  # multiprocessing.Queue of calls and chunks
    results: Connection
    current: Any  # shared int: the sequence number of the item being worked on, or -1
    inflight: deque[tuple[Chunk, bool]] = field(default_factory=deque)  # chunk, is a retry
    call: _Call | None = None  # the last call sent: the one its chunks run


class Pool:
    """``with Pool(2) as pool: for result in pool.map(fn, items): ...`` — ``fn(item, *args)``
    runs in the workers, so it and its arguments must be picklable (a module-level function).
    One map runs at a time: another, started before the first is read to its end or closed,
    raises ``RuntimeError``."""

    def __init__(
        self,
        workers: int,
        *,
        window: int = WINDOW,
        context: str = "forkserver",
        preload: tuple[str, ...] = (),
    ) -> None:
        self.size = max(1, workers)
        self.window = max(1, window)
        self._ctx: Any = mp.get_context(context)
        if context == "forkserver" and preload:
            self._ctx.set_forkserver_preload(list(preload))
        self._workers: list[_Worker] = []
        self.replaced = 0  # workers that died and were replaced
        self.lost = 0  # deaths while on no item (at start, between items)
        self._running = False  # a map's results are being read

    def __enter__(self) -> Pool:
        return self  # workers start with the first map

    def __exit__(self, kind: object, *exc: object) -> None:
        self.close(at_once=kind is not None)  # after Ctrl-C or an error, queued work is dropped

    def map(
        self,
        fn: Callable[..., R],
        items: Iterable[T],
        args: tuple[Any, ...] = (),
        *,
        chunk: int = CHUNK,
        window: int | None = None,
    ) -> Iterator[R | Died]:
        """``fn`` of every item, in input order, with at most ``window`` items (the pool's by
        default) between the input and the caller."""
        if not self._workers:
            self._workers = [self._start() for _ in range(self.size)]
        span = max(1, chunk), max(1, window or self.window)
        return _Run(self, _Call(fn, args), iter(items), *span).results()

    def close(self, *, at_once: bool = False) -> None:
        for w in self._workers:
            if at_once:
                w.process.kill()
            elif w.process.is_alive():
                w.tasks.put(None)
        for w in self._workers:
            w.process.join(timeout=2)
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
            self._release(w)
        self._workers = []

    def _start(self) -> _Worker:
        tasks = self._ctx.Queue()
        reader, writer = self._ctx.Pipe(duplex=False)
        current = self._ctx.RawValue("q", -1)  # shared memory: readable after a crash
        process = self._ctx.Process(
            target=_work, args=(tasks, writer, current, os.getpid()), daemon=True
        )
        process.start()
        writer.close()  # the worker holds the only writing end: its death reads as EOF here
        return _Worker(process, tasks, reader, current)

    def _replace(self, dead: _Worker) -> _Worker:
        self._release(dead)
        fresh = self._start()
        self._workers[self._workers.index(dead)] = fresh
        self.replaced += 1
        return fresh

    @staticmethod
    def _release(w: _Worker) -> None:
        w.tasks.cancel_join_thread()  # a dead worker's unread chunks must not block the exit
        w.tasks.close()
        w.results.close()


class _Run(Generic[T, R]):
    """One pass of ``Pool.map``: reads ahead, hands out chunks, reorders what comes back."""

    def __init__(
        self,
        pool: Pool,
        call: _Call,
        source: Iterator[T],
        chunk: int,
        window: int,
    ) -> None:
        self.pool, self.call, self.source = pool, call, source
        self.chunk, self.window = chunk, max(chunk, window)
        self.read = 0  # items taken from the source
        self.given = 0  # items handed back to the caller
        self.exhausted = False
        self.again: deque[tuple[Chunk, bool]] = deque()  # chunks to send again, is a retry
        self.done: dict[int, R | Died] = {}

    def results(self) -> Iterator[R | Died]:
        if self.pool._running:  # it would take the other map's results, and both would hang
            raise RuntimeError("a pool runs one map at a time: finish or close the other first")
        self.pool._running = True
        try:
            yield from self._ordered()
        finally:
            self.pool._running = False

    def _ordered(self) -> Iterator[R | Died]:
        while True:
            while self.given in self.done:
                yield self.done.pop(self.given)
                self.given += 1
            self._hand_out()
            busy = [w for w in self.pool._workers if w.inflight]
            if not busy:
                if self.exhausted and not self.again and not self.done:
                    return
                continue
            self._collect(busy)

    def _hand_out(self) -> None:
        ahead = max(2, self.window // (self.chunk * self.pool.size))
        for w in sorted(self.pool._workers, key=lambda w: len(w.inflight)):
            while len(w.inflight) < ahead:
                chunk, retry = self.again.popleft() if self.again else (self._next_chunk(), False)
                if not chunk:
                    return
                if w.call is not self.call:
                    w.tasks.put(self.call)
                    w.call = self.call
                w.tasks.put(chunk)
                w.inflight.append((chunk, retry))

    def _next_chunk(self) -> Chunk:
        chunk: Chunk = []
        while not self.exhausted and len(chunk) < self.chunk:
            if self.read - self.given >= self.window:
                break
            try:
                item = next(self.source)
            except StopIteration:
                self.exhausted = True
                break
            chunk.append((self.read, item))
            self.read += 1
        return chunk

    def _collect(self, busy: list[_Worker]) -> None:
        by_conn = {w.results: w for w in busy}
        by_sentinel = {w.process.sentinel: w for w in busy}
        for ready in wait([*by_conn, *by_sentinel]):
            w = by_conn.get(ready) or by_sentinel[ready]  # type: ignore[call-overload]
            if w in self.pool._workers:
                self._drain(w)

    def _drain(self, w: _Worker) -> None:
        try:
            while w.results.poll():
                for seq, result in w.results.recv():
                    self.done[seq] = result
                w.inflight.popleft()
            if w.process.is_alive():
                return
        except (EOFError, OSError):
            pass
        w.process.join()
        self._bury(w)

    def _bury(self, w: _Worker) -> None:
        """The worker died: the item it was on is tried once more on its own (or given up
        after its second death); the others it held, done or not, are sent again."""
        exitcode, at = w.process.exitcode, w.current.value
        inflight = list(w.inflight)
        self.pool._replace(w)
        killer = [(one, retry) for chunk, retry in inflight for one in chunk if one[0] == at]
        others = [one for chunk, _ in inflight for one in chunk if one[0] != at]
        if not killer:
            self.pool.lost += 1
            if self.pool.lost > MAX_LOST:
                raise RuntimeError(f"worker processes keep dying (exit code {exitcode})")
        for start in reversed(range(0, len(others), self.chunk)):
            self.again.appendleft((others[start : start + self.chunk], False))
        for (seq, item), retry in killer:
            if retry:  # the second death on this item
                self.done[seq] = Died(item, exitcode)
            else:
                self.again.appendleft(([(seq, item)], True))


def _work(tasks: Any, results: Connection, current: Any, run: int) -> None:
    """A worker's loop; results are sent by a thread so the work never waits on the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the run decides what Ctrl-C does
    threading.Thread(target=_watch, args=(run,), daemon=True).start()
    outbox: queue.SimpleQueue[list[tuple[int, Any]] | None] = queue.SimpleQueue()
    sender = threading.Thread(target=_send, args=(outbox, results), daemon=True)
    sender.start()
    call: _Call | None = None
    while True:
        task = tasks.get()
        if task is None:
            break
        if isinstance(task, _Call):
            call = task
            continue
        assert call is not None, "a map sends its call before its first chunk"
        out = []
        for seq, item in task:
            current.value = seq
            out.append((seq, call.fn(item, *call.args)))
        current.value = -1
        outbox.put(out)
    outbox.put(None)
    sender.join()


def _send(outbox: queue.SimpleQueue[list[tuple[int, Any]] | None], results: Connection) -> None:
    while (message := outbox.get()) is not None:
        try:
            results.send(message)
        except (BrokenPipeError, OSError):
            return


def _watch(run: int) -> None:
    """End the worker once the run is gone (killed, say), whatever the worker is waiting on:
    a run killed while sending may leave half a message that no read would ever finish."""
    while _alive(run):
        time.sleep(_POLL)
    os._exit(0)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
