"""The worker pool: results in input order, a dying worker replaced, its killer reported."""

from __future__ import annotations

import os

import pytest

from telusur.workers import Died, Pool


def _square_or_die(n: int, killer: int) -> int:
    if n == killer:
        os._exit(3)  # as a crash in native code or the kernel's OOM killer would
    return n * n


def test_results_come_back_in_input_order() -> None:
    with Pool(2, window=12, context="fork") as pool:
        assert list(pool.map(_square_or_die, range(100), (-1,), chunk=3)) == [
            n * n for n in range(100)
        ]
        assert pool.replaced == 0


def test_a_dying_worker_is_replaced_and_its_item_reported_after_one_retry() -> None:
    with Pool(2, window=16, context="fork") as pool:
        out = list(pool.map(_square_or_die, range(40), (7,), chunk=4))
        assert out[7] == Died(7, 3)
        assert [r for i, r in enumerate(out) if i != 7] == [n * n for n in range(40) if n != 7]
        assert pool.replaced == 2  # the first death, then the retry of 7 alone
        assert list(pool.map(_square_or_die, range(5), (-1,))) == [0, 1, 4, 9, 16]  # go on


def test_a_pool_of_forkserver_workers_runs_module_functions() -> None:
    with Pool(2, context="forkserver") as pool:
        assert list(pool.map(abs, [-3, 2, -1])) == [3, 2, 1]


def test_a_second_map_while_one_is_read_is_refused_and_the_first_goes_on() -> None:
    with Pool(2, window=8, context="fork") as pool:
        first = pool.map(_square_or_die, range(50), (-1,), chunk=2)
        assert next(first) == 0
        with pytest.raises(RuntimeError, match="one map at a time"):
            next(pool.map(abs, [-1]))
        assert list(first) == [n * n for n in range(1, 50)]
        assert list(pool.map(abs, [-1])) == [1]
