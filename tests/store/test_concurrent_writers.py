"""Two writers into one new store at once: both finish, nothing is lost or half-stored."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import tempfile
from pathlib import Path

from telusur.ingest import analysed, store_all
from telusur.records import RawItem
from telusur.store import Store


def _writer(path: str, name: str, start: mp.synchronize.Barrier, out: mp.Queue) -> None:
    start.wait()
    try:
        items = [
            RawItem(
                text=f"Sebanyak {i} orang tewas di {name}.",
                origin=name,
                format="txt",
                id=f"{name}-{i}",
            )
            for i in range(20)
        ]
        with Store(path) as store:
            summary = store_all(analysed(items), store, batch_size=5)
        out.put((name, summary.new))
    except Exception as exc:  # reported to the test, which fails on it
        out.put((name, repr(exc)))


def test_two_writers_opening_a_new_store_at_once(tmp_path: Path) -> None:
    for round_ in range(3):
        path = str(tmp_path / f"c{round_}.db")
        ctx = mp.get_context("fork")
        start, out = ctx.Barrier(2), ctx.Queue()
        procs = [ctx.Process(target=_writer, args=(path, n, start, out)) for n in ("a", "b")]
        for p in procs:
            p.start()
        for p in procs:
            p.join(120)
        results = dict(out.get(timeout=5) for _ in procs)
        assert results == {"a": 20, "b": 20}
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 40
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _opener(path: str, start: mp.synchronize.Barrier, out: mp.Queue) -> None:
    start.wait()
    try:
        with Store(path) as store:
            out.put(store.conn.execute("PRAGMA user_version").fetchone()[0])
    except Exception as exc:  # reported to the test, which fails on it
        out.put(repr(exc))


def test_four_openers_of_one_new_file_all_migrate_it_once() -> None:
    """Each opener may find the file at any version; none may apply a migration twice."""
    from telusur.store.schema import LATEST

    ctx = mp.get_context("fork")
    with tempfile.TemporaryDirectory() as folder:
        for round_ in range(25):
            path = str(Path(folder) / f"o{round_}.db")
            start, out = ctx.Barrier(4), ctx.Queue()
            procs = [ctx.Process(target=_opener, args=(path, start, out)) for _ in range(4)]
            for p in procs:
                p.start()
            for p in procs:
                p.join(60)
            assert [out.get(timeout=5) for _ in procs] == [LATEST] * 4
