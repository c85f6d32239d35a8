"""Poll RSS/Atom feeds over HTTP and hand on only the items not seen before.

Each feed is fetched with conditional requests (ETag / If-None-Match, Last-Modified /
If-Modified-Since), so an unchanged feed costs a 304 and no parsing. A feed that fails (HTTP error,
timeout, malformed XML, or the callback raising) is retried after ``every * 2**failures`` seconds,
capped at ``max_backoff``; other feeds keep their own pace. All state lives in a ``FeedWatcher``.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import httpx

from telusur.errors import UsageError
from telusur.readers import read_bytes
from telusur.records import RawItem

OnItems = Callable[[list[RawItem]], None]
Log = Callable[[str], None]

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0}
_SEEN_LIMIT = 200_000
_USER_AGENT = "telusur-watch/0.1"


def parse_every(text: str) -> float:
    """Seconds in an interval such as ``"30s"``, ``"10m"``, ``"1.5h"`` or ``"90"`` (seconds)."""
    value = text.strip().lower()
    unit = _UNITS.get(value[-1:])
    number = value[:-1] if unit else value
    try:
        seconds = float(number) * (unit or 1.0)
    except ValueError:
        raise UsageError(f"bad interval {text!r}: use a number with s, m or h, e.g. 10m") from None
    if not seconds > 0 or seconds == float("inf"):
        raise UsageError(f"bad interval {text!r}: it must be positive")
    return seconds


@dataclass(slots=True)
class FeedState:
    """What we remember about one feed between polls."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    due: float = 0.0  # monotonic time of the next poll


class SeenIds:
    """Ids already handed on, oldest forgotten first beyond ``limit``."""

    def __init__(self, limit: int = _SEEN_LIMIT) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._limit = limit

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, ids: Iterable[str]) -> None:
        for item_id in ids:
            self._ids[item_id] = None
            self._ids.move_to_end(item_id)
        while len(self._ids) > self._limit:
            self._ids.popitem(last=False)


class FeedWatcher:
    """Polls feeds one at a time; ``poll`` returns the new items and a one-line report."""

    def __init__(
        self,
        urls: list[str],
        every: float,
        client: httpx.Client,
        *,
        max_backoff: float = 3600,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.feeds = [FeedState(url) for url in dict.fromkeys(urls)]
        self.every = every
        self.max_backoff = max_backoff
        self.seen = SeenIds()
        self._client = client
        self._clock = clock

    def due(self) -> list[FeedState]:
        now = self._clock()
        return [feed for feed in self.feeds if feed.due <= now]

    def wait_time(self) -> float:
        return max(0.0, min(feed.due for feed in self.feeds) - self._clock())

    def poll(self, feed: FeedState) -> tuple[list[RawItem], str]:
        """Fetch one feed; new items (not yet marked seen) and what happened."""
        try:
            response = self._client.get(feed.url, headers=_conditional(feed))
        except httpx.TimeoutException:
            return [], self.failed(feed, "timed out")
        except httpx.HTTPError as exc:
            return [], self.failed(feed, f"request failed: {exc.__class__.__name__}: {exc}")
        if response.status_code == 304:
            return [], self._succeeded(feed, "not modified (304)")
        if response.status_code != 200:
            return [], self.failed(feed, f"HTTP {response.status_code}")
        return self._parse(feed, response)

    def deliver(self, items: list[RawItem]) -> None:
        self.seen.add(item.id for item in items if item.id)

    def failed(self, feed: FeedState, reason: str, *, forget_validators: bool = False) -> str:
        feed.failures += 1
        if forget_validators:
            feed.etag = feed.last_modified = None
        delay = min(self.every * 2**feed.failures, self.max_backoff)
        feed.due = self._clock() + delay
        return f"{feed.url}: {reason}; retry in {delay:.3g}s"

    def _succeeded(self, feed: FeedState, report: str) -> str:
        feed.failures = 0
        feed.due = self._clock() + self.every
        return f"{feed.url}: {report}"

    def _parse(self, feed: FeedState, response: httpx.Response) -> tuple[list[RawItem], str]:
        items: list[RawItem] = []
        errors = []
        for found in read_bytes(response.content, feed.url, fmt="feed"):
            if isinstance(found, RawItem):
                items.append(found)
            else:
                errors.append(found)
        if not items and errors:
            return [], self.failed(feed, str(errors[0]))
        feed.etag = response.headers.get("etag")
        feed.last_modified = response.headers.get("last-modified")
        new = self._unseen(items)
        skipped = f", {len(errors)} unreadable" if errors else ""
        return new, self._succeeded(feed, f"{len(items)} items, {len(new)} new{skipped}")

    def _unseen(self, items: list[RawItem]) -> list[RawItem]:
        fresh: dict[str, RawItem] = {}
        for item in items:
            if item.id and item.id not in self.seen and item.id not in fresh:
                fresh[item.id] = item
        return list(fresh.values())


def watch(
    urls: list[str],
    every: float,
    on_items: OnItems,
    *,
    stop: threading.Event | None = None,
    timeout: float = 10,
    max_backoff: float = 3600,
    log: Log | None = None,
) -> None:
    """Poll ``urls`` until ``stop`` is set or Ctrl-C; ``on_items`` gets each batch of new items.

    Items are marked seen only after ``on_items`` returns, so a batch it fails on is fetched
    again (unconditionally) after the back-off.
    """
    say = log or _stderr
    stop = stop or threading.Event()
    headers = {"User-Agent": _USER_AGENT}
    with httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client:
        watcher = FeedWatcher(urls, every, client, max_backoff=max_backoff)
        try:
            while not stop.is_set():
                _poll_round(watcher, on_items, say, stop)
                stop.wait(watcher.wait_time())
        except KeyboardInterrupt:
            say("watch: interrupted, stopping")


def _poll_round(watcher: FeedWatcher, on_items: OnItems, say: Log, stop: threading.Event) -> None:
    for feed in watcher.due():
        if stop.is_set():
            return
        items, report = watcher.poll(feed)
        if items:
            try:
                on_items(items)
            except Exception as exc:  # the callback's failure must not end the watch
                report = watcher.failed(
                    feed, f"handling items failed: {exc}", forget_validators=True
                )
            else:
                watcher.deliver(items)
        say(report)


def _stderr(message: str) -> None:
    print(f"telusur watch: {message}", file=sys.stderr, flush=True)


def _conditional(feed: FeedState) -> dict[str, str]:
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    return headers
