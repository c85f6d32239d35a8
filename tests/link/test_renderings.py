"""The translation check: its sentence encoder and its comparisons run on one BLAS thread, with
one batch per text and one model."""

from __future__ import annotations

from typing import Any

import pytest

from telusur.link.renderings import Renderings

ID = (
    "Pemerintah menyalurkan bantuan beras kepada 12.000 keluarga di tiga kabupaten pekan ini. "
    "Bantuan itu dibagikan melalui kantor desa masing-masing mulai hari Senin pagi. "
    "Setiap keluarga menerima sepuluh kilogram beras dan dua liter minyak goreng."
)
EN = (
    "The government distributed rice aid to 12,000 families in three regencies this week. "
    "The aid was handed out through each village office starting on Monday morning. "
    "Every family received ten kilograms of rice and two litres of cooking oil."
)
OTHER = (
    "The national football team won its qualifying match by two goals on Tuesday night. "
    "The coach praised the young players for their discipline in the second half. "
    "Tickets for the next home game will go on sale at the stadium on Friday."
)


def _blas_threads() -> set[int]:
    try:
        from threadpoolctl import threadpool_info
    except ImportError:  # a failure of these tests alone, not of the whole run's collection
        pytest.fail("threadpoolctl is a dependency: pip install -e . installs it")
    return {int(lib["num_threads"]) for lib in threadpool_info() if lib["user_api"] == "blas"}


@pytest.fixture(scope="module")
def renderings() -> Renderings:
    return Renderings()


def test_a_translation_is_confirmed_and_an_unrelated_text_is_not(renderings: Renderings) -> None:
    assert renderings.compare("id", ID, "en", EN).confirmed
    assert not renderings.compare("id", ID, "other", OTHER).confirmed


def test_each_text_is_encoded_once_in_one_batch_on_one_blas_thread(
    renderings: Renderings, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = renderings._encoder()._model
    calls: list[tuple[int, set[int]]] = []
    real = backend._encode

    def spy(texts: list[str]) -> Any:
        calls.append((len(texts), _blas_threads()))
        return real(texts)

    monkeypatch.setattr(backend, "_encode", spy)
    renderings.compare("id2", ID, "en2", EN)
    renderings.compare("id2", ID, "en2", EN)  # both kept: no encoding again
    assert [n for n, _ in calls] == [3, 3]
    assert all(threads == {1} for _, threads in calls), (
        "the encoder ran on several BLAS threads: is threadpoolctl installed (pip install -e .)?"
    )
    assert renderings._encoder() is renderings._encoder()


def test_texts_are_compared_on_one_blas_thread(
    renderings: Renderings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[set[int]] = []
    real = renderings._compare

    def spy(*args: str) -> Any:
        seen.append(_blas_threads())
        return real(*args)

    monkeypatch.setattr(renderings, "_compare", spy)
    renderings.compare("id3", ID, "other3", OTHER)
    assert seen == [{1}]
