"""HTTP latency of the web app on a 100k-article store: p50/p95/p99 and requests/s per endpoint.

Usage: .venv/bin/python bench/bench_web.py [--db /tmp/telusur-bench-100k.db] [--rebuild]
           [--articles 100000] [--requests 2000] [--seconds 60] [--concurrency 4 1]
           [--workers 2] [--code DIR]

The store is the real corpus, analysed once, plus synthetic copies of those analyses up to
``--articles``: each copy keeps the text (so every span stays valid) and takes a new id and a
publication date moved on by a whole number of 53-week "eras", so copies of one article fall
outside each other's copy and story windows and the corpus's structure repeats era after era
(undated articles stay undated). Every article is stored with ``Store.put`` and linked with
``Store.link``/``flush_links`` as ingest does. The store is cached at ``--db`` (with a .json
note of how it was built); ``--rebuild`` builds it again.

uvicorn serves ``create_app(db)`` on 127.0.0.1 on a free port in a subprocess; a pool of
``--concurrency`` threads, each with its own httpx client, sends ``--requests`` requests per
endpoint (stopping early after ``--seconds``), after a short warm-up. Queries come from a fixed
list of words; story ids are the largest stories. Clients wait for each answer before the
next request, so at concurrency N one busy worker queues N requests: latency is roughly N /
throughput, and ``--concurrency 1`` shows the time to serve one request. The client shares the
machine with the server, so requests/s is a floor, and each row prints the 1-minute load average
when it finished: on a shared machine read the latencies beside it. The headline setting is two
uvicorn workers (one per core of a 2-core machine) and four clients. ``--code DIR`` serves the
``telusur`` package found in DIR (a patched copy) to measure a proposed change. Target: p95 <=
50 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import itertools
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from uvicorn.protocols.http.h11_impl import H11Protocol

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_files, peak_rss_mb

from telusur.ingest import analysed
from telusur.readers import read_paths
from telusur.records import Analysis, Published, ReadError
from telusur.store import Store
from telusur.store import queries as q

TARGET_P95_MS = 50.0
DEFAULT_DB = "/tmp/telusur-bench-100k.db"
ERA_DAYS = 371  # 53 weeks: beyond the linker's 366-day story window, so eras never merge
BATCH = 500
WORDS = ("banjir", "inflasi", "harga", "emas", "rupiah", "presiden", "government", "oil")
DB_ENV = "TELUSUR_BENCH_DB"


def app_factory() -> object:
    """For uvicorn --factory: the app on the store named in the environment."""
    from telusur.web.app import create_app

    return create_app(os.environ[DB_ENV])


class NoDelayH11(H11Protocol):
    """uvicorn's HTTP/1.1 with Nagle's algorithm off on every connection.

    With ``--workers`` above 1 uvicorn binds the socket itself with protocol number 0, and
    asyncio then skips TCP_NODELAY on accepted connections; a response whose headers and body
    go out in two writes then waits for the client's delayed ACK, about 40 ms on a kept-alive
    connection. A single-process server (``telusur serve``) is not affected.
    """

    def connection_made(self, transport: Any) -> None:
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)


# --- building the store -------------------------------------------------------------------


def analyse_corpus() -> list[Analysis]:
    paths = [str(p) for p in corpus_files()]
    return [a for a in analysed(read_paths(paths)) if not isinstance(a, ReadError)]


def _shift(iso: str | None, days: int) -> str | None:
    if not iso:
        return iso
    return (dt.date.fromisoformat(iso[:10]) + dt.timedelta(days=days)).isoformat()


def copy_of(base: Analysis, era: int) -> Analysis:
    """The same analysis under a new id, published ``era`` eras later; the text is untouched."""
    art = base.article
    pub = art.published
    days = era * ERA_DAYS
    published = Published(_shift(pub.start, days), _shift(pub.end, days), pub.how, pub.evidence)
    article = dataclasses.replace(art, id=f"{art.id}~{era}", published=published)
    return dataclasses.replace(base, article=article)


def all_analyses(bases: list[Analysis], count: int) -> Iterator[Analysis]:
    for n in range(count):
        era, i = divmod(n, len(bases))
        yield bases[i] if era == 0 else copy_of(bases[i], era)


def build(path: Path, count: int) -> dict[str, object]:
    """Analyse the corpus once, store and link ``count`` articles; write to ``path``."""
    tmp = path.with_name(path.name + ".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    bases = analyse_corpus()
    t_analyse = time.perf_counter() - t0
    print(f"analysed {len(bases)} corpus articles in {t_analyse:.1f} s", flush=True)
    put_s = link_s = 0.0
    n = 0
    with Store(str(tmp)) as store:
        items = all_analyses(bases, count)
        while chunk := list(itertools.islice(items, BATCH)):
            a = time.perf_counter()
            with store.batch():
                for analysis in chunk:
                    store.put(analysis)
            b = time.perf_counter()
            # Outside the batch: every 20k articles link() flushes in a transaction of its own,
            # which cannot nest inside batch().
            for analysis in chunk:
                store.link(analysis)
            put_s += b - a
            link_s += time.perf_counter() - b
            n += len(chunk)
            if n % 10_000 == 0:
                print(f"  {n} stored: put {put_s:.0f} s, link {link_s:.0f} s", flush=True)
        a = time.perf_counter()
        store.flush_links()
        flush_s = time.perf_counter() - a
    tmp.replace(path)
    info: dict[str, object] = {
        "articles": n,
        "corpus_articles": len(bases),
        "era_days": ERA_DAYS,
        "analyse_s": round(t_analyse, 1),
        "put_s": round(put_s, 1),
        "link_s": round(link_s, 1),
        "final_flush_s": round(flush_s, 1),
        "total_s": round(time.perf_counter() - t0, 1),
        "peak_rss_mb": round(peak_rss_mb()),
        "built": dt.datetime.now().isoformat(timespec="seconds"),
    }
    Path(f"{path}.json").write_text(json.dumps(info, indent=1))
    return info


def ensure_store(path: Path, count: int, rebuild: bool) -> None:
    note = Path(f"{path}.json")
    if rebuild or not path.exists() or not note.exists():
        print(f"building {path} ({count} articles)", flush=True)
        build(path, count)
    else:
        print(f"reusing {path} (--rebuild to build it again)")
    with Store(str(path)) as s:  # a store cached by an older Telusur gets the current schema
        print(f"schema version {s.conn.execute('PRAGMA user_version').fetchone()[0]}")
    info = json.loads(note.read_text())
    print(
        f"store: {info['articles']} articles ({info['corpus_articles']} analysed, the rest copies "
        f"{info['era_days']} days apart), analyse {info['analyse_s']} s, put {info['put_s']} s, "
        f"link {info['link_s']} s + final flush {info['final_flush_s']} s, "
        f"total {info['total_s']} s, peak RSS {info['peak_rss_mb']} MB, built {info['built']}"
    )
    with Store(str(path), readonly=True) as s:
        one = s.conn.execute
        counts = {t: one(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        big = one("SELECT max(articles), avg(articles) FROM stories").fetchone()
    print(
        f"size {path.stat().st_size / 1e6:.0f} MB; "
        + ", ".join(f"{t} {c}" for t, c in counts.items())
        + f"; largest story {big[0]} articles, mean {big[1]:.1f}"
    )


TABLES = ("articles", "claims", "mentions", "stories", "article_links", "claim_groups")


# --- serving and load ---------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(db: Path, workers: int, code: Path | None) -> tuple[subprocess.Popen[bytes], str]:
    """uvicorn in a subprocess; with ``code`` it imports the ``telusur`` package found there."""
    port = free_port()
    cmd = [
        sys.executable, "-m", "uvicorn", "bench_web:app_factory", "--factory",
        "--app-dir", str(Path(__file__).resolve().parent),
        "--host", "127.0.0.1", "--port", str(port),
        "--workers", str(workers), "--log-level", "warning", "--no-access-log",
        "--http", "bench_web:NoDelayH11",
    ]  # fmt: skip
    env = {**os.environ, DB_ENV: str(db)}
    if code:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(code), env.get("PYTHONPATH")]))
    # Run from bench/: with ``-m`` the working directory comes first on sys.path, and the
    # repository root would shadow ``code``.
    proc = subprocess.Popen(cmd, env=env, cwd=Path(__file__).resolve().parent)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/stories?limit=1", timeout=10).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.terminate()
    sys.exit("server did not start within 60 s")


@dataclasses.dataclass
class Result:
    latencies: list[float]
    errors: int
    seconds: float


def load(base: str, paths: Callable[[int], str], total: int, seconds: float, conc: int) -> Result:
    """Send up to ``total`` requests from ``conc`` threads, none started after ``seconds``."""
    counter = itertools.count()
    lock = threading.Lock()
    lat: list[float] = []
    errors = [0]
    deadline = time.perf_counter() + seconds

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            while True:
                with lock:
                    n = next(counter)
                if n >= total or time.perf_counter() > deadline:
                    return
                start = time.perf_counter()
                try:
                    ok = client.get(paths(n)).status_code == 200
                except httpx.HTTPError:
                    ok = False
                took = time.perf_counter() - start
                with lock:
                    lat.append(took)
                    errors[0] += not ok

    start = time.perf_counter()
    with ThreadPoolExecutor(conc) as pool:
        for _ in range(conc):
            pool.submit(worker)
    return Result(lat, errors[0], time.perf_counter() - start)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


def endpoints(story_ids: list[str]) -> dict[str, Callable[[int], str]]:
    return {
        "/api/claims?q=": lambda n: f"/api/claims?q={WORDS[n % len(WORDS)]}",
        "/api/story/{id}": lambda n: f"/api/story/{story_ids[n % len(story_ids)]}",
        "/story/{id}": lambda n: f"/story/{story_ids[n % len(story_ids)]}",
    }


def run(db: Path, workers: int, args: argparse.Namespace, story_ids: list[str]) -> None:
    proc, base = serve(db, workers, args.code)
    try:
        for conc in args.concurrency:
            table(base, workers, conc, args, story_ids)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def table(base: str, workers: int, conc: int, args: argparse.Namespace, ids: list[str]) -> None:
    print(
        f"\nuvicorn --workers {workers}{f' (telusur from {args.code})' if args.code else ''}, "
        f"{conc} concurrent clients, "
        f"up to {args.requests} requests or {args.seconds:.0f} s per endpoint"
    )
    print(f"{'endpoint':18} {'requests':>8} {'errors':>6} {'req/s':>7} "
          f"{'p50':>7} {'p95':>7} {'p99':>7}  (ms)  load 1-min")  # fmt: skip
    for name, paths in endpoints(ids).items():
        load(base, paths, args.warmup, args.seconds, conc)
        r = load(base, paths, args.requests, args.seconds, conc)
        busy = os.getloadavg()[0]  # the machine may be shared: read figures beside this
        p95 = pct(r.latencies, 95)
        flag = "" if p95 <= TARGET_P95_MS else f"  > {TARGET_P95_MS:.0f} ms target"
        print(
            f"{name:18} {len(r.latencies):8d} {r.errors:6d} "
            f"{len(r.latencies) / r.seconds:7.1f} {pct(r.latencies, 50):7.1f} "
            f"{p95:7.1f} {pct(r.latencies, 99):7.1f}  {busy:9.2f}{flag}",
            flush=True,
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=Path(DEFAULT_DB))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=2000, help="per endpoint")
    ap.add_argument("--seconds", type=float, default=60.0, help="time cap per endpoint")
    ap.add_argument("--warmup", type=int, default=50, help="requests per endpoint, not counted")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[4, 1], help="clients at once")
    ap.add_argument("--stories", type=int, default=20, help="how many of the largest stories")
    ap.add_argument("--workers", type=int, nargs="+", default=[2], help="uvicorn workers")
    ap.add_argument("--code", type=Path, help="serve the telusur package in DIR (a patched copy)")
    args = ap.parse_args()
    ensure_store(args.db, args.articles, args.rebuild)
    with Store(str(args.db), readonly=True) as s:
        top = q.stories(s.conn, limit=args.stories)
    story_ids = [t["id"] for t in top]
    print(f"stories requested: the {len(top)} largest, {top[-1]['articles']}–{top[0]['articles']} "
          f"articles each; queries: {', '.join(WORDS)}")  # fmt: skip
    for workers in args.workers:
        run(args.db, workers, args, story_ids)


if __name__ == "__main__":
    main()
