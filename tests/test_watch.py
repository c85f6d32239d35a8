"""Feed watcher against feeds served on 127.0.0.1: conditional GETs, back-off, new items once."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from telusur.errors import UsageError
from telusur.records import RawItem
from telusur.watch import FeedWatcher, parse_every, watch

ITEM = (
    "<item><title>{title}</title><link>https://kabar.example/{n}</link>"
    "<guid>kabar-{n}</guid><description>{text}</description></item>"
)


def rss(*entries: tuple[int, str, str]) -> bytes:
    items = "".join(ITEM.format(n=n, title=title, text=text) for n, title, text in entries)
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar</title>'
    return (head + items + "</channel></rss>").encode()


TWO = rss((1, "Banjir", "Sebanyak 300 rumah terendam."), (2, "Gempa", "Gempa 5,1 SR di Garut."))
THREE = TWO.replace(
    b"</channel>", ITEM.format(n=3, title="Kurs", text="Rupiah menguat.").encode() + b"</channel>"
)


@dataclass
class Site:
    """What the test server serves, and what it was asked."""

    url: str = ""
    feed: bytes = TWO
    etag: str = '"v1"'
    hits: list[tuple[str, int]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def count(self, path: str, status: int | None = None) -> int:
        return sum(1 for p, s in self.hits if p == path and status in (None, s))


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, body, headers = route(self.path, self.headers.get("If-None-Match"))
            state.hits.append((self.path, status))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    def route(path: str, tag: str | None) -> tuple[int, bytes, dict[str, str]]:
        if path == "/good":
            if tag == state.etag:
                return 304, b"", {"ETag": state.etag}
            return 200, state.feed, {"ETag": state.etag, "Content-Type": "application/rss+xml"}
        if path == "/error":
            return 500, b"oops", {}
        if path == "/hang":
            state.release.wait(5)
            return 200, TWO, {}
        if path == "/bad":
            return 200, b"<rss><channel><<<>", {"Content-Type": "application/rss+xml"}
        return 404, b"", {}

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield state
    state.release.set()
    server.shutdown()
    server.server_close()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("text", "seconds"), [("30s", 30), ("10m", 600), ("1.5h", 5400), ("45", 45)]
)
def test_parse_every(text: str, seconds: float):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "dua menit", "0m", "-5s", "nan"])
def test_parse_every_rejects_bad_intervals(text: str):
    with pytest.raises(UsageError):
        parse_every(text)


def test_second_poll_is_conditional_and_only_new_items_pass(site: Site):
    url = site.url + "/good"
    with httpx.Client(timeout=2) as client:
        watcher = FeedWatcher([url], 60, client)
        feed = watcher.feeds[0]
        items, _ = watcher.poll(feed)
        watcher.deliver(items)
        assert [item.id for item in items] == ["kabar-1", "kabar-2"]
        items, report = watcher.poll(feed)
        assert items == [] and "304" in report and site.count("/good", 304) == 1
        site.feed, site.etag = THREE, '"v2"'
        items, _ = watcher.poll(feed)
        assert [item.id for item in items] == ["kabar-3"]


@pytest.mark.parametrize(
    ("path", "why"), [("/error", "HTTP 500"), ("/hang", "timed out"), ("/bad", "malformed")]
)
def test_failures_back_off_exponentially_per_feed(site: Site, path: str, why: str):
    clock = Clock()
    with httpx.Client(timeout=0.1) as client:
        watcher = FeedWatcher(
            [site.url + path, site.url + "/good"], 10, client, max_backoff=70, clock=clock
        )
        bad, good = watcher.feeds
        delays = []
        for _ in range(4):
            _, report = watcher.poll(bad)
            delays.append(bad.due - clock.now)
        watcher.poll(good)
    assert why in report
    assert delays == [20, 40, 70, 70]  # every * 2**failures, capped
    assert good.due - clock.now == 10 and good.failures == 0


def test_watch_delivers_good_items_once_and_stops(site: Site):
    urls = [site.url + p for p in ("/good", "/error", "/hang", "/bad")]
    batches: list[list[str]] = []
    messages: list[str] = []
    stop = threading.Event()

    def on_items(items: list[RawItem]) -> None:
        batches.append([item.id or "" for item in items])
        if len(batches) == 1:
            site.feed, site.etag = THREE, '"v2"'

    args = (urls, 0.05, on_items)
    options = {"stop": stop, "timeout": 0.2, "max_backoff": 0.4, "log": messages.append}
    thread = threading.Thread(target=watch, args=args, kwargs=options)
    thread.start()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not (
        len(batches) >= 2 and site.count("/good", 304) >= 2 and site.count("/error") >= 3
    ):
        time.sleep(0.02)
    stop.set()
    thread.join(2)
    assert not thread.is_alive()
    assert batches == [["kabar-1", "kabar-2"], ["kabar-3"]]
    assert site.count("/good", 304) >= 2
    retries = [m.rsplit(" ", 1)[1] for m in messages if m.startswith(urls[1])]
    assert retries[:3] == ["0.1s", "0.2s", "0.4s"]  # doubling from every=0.05, capped at 0.4
    assert any("timed out" in m for m in messages) and any("malformed" in m for m in messages)


def test_items_are_fetched_again_when_the_callback_fails(site: Site):
    stop = threading.Event()
    calls: list[list[str]] = []

    def on_items(items: list[RawItem]) -> None:
        calls.append([item.id or "" for item in items])
        if len(calls) == 1:
            raise RuntimeError("database locked")
        stop.set()

    watch([site.url + "/good"], 0.02, on_items, stop=stop, timeout=1, log=lambda m: None)
    assert calls == [["kabar-1", "kabar-2"], ["kabar-1", "kabar-2"]]
    assert site.count("/good", 304) == 0  # validators were dropped, so the retry is a full GET


def test_ctrl_c_stops_cleanly(site: Site):
    def on_items(items: list[RawItem]) -> None:
        raise KeyboardInterrupt

    messages: list[str] = []
    watch([site.url + "/good"], 0.02, on_items, timeout=1, log=messages.append)
    assert "interrupted" in messages[-1]
