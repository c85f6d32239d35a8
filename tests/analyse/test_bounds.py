"""Bounded analysis: long articles in chunks, long or dense sentences in pieces, a time budget."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from telusur import ingest
from telusur.analyse import bounds
from telusur.analyse.numbers.quantities import find_quantities
from telusur.analyse.pipeline import analyse
from telusur.ingest import process
from telusur.records import Article, Published, RawItem

PARAGRAPH = (
    "Badan Penanggulangan Bencana Daerah (BPBD) mengatakan 27 orang tewas dan 300 rumah rusak "
    "akibat banjir di Sukamaju pada Senin (21/10/2024). Bupati Sukamaju membantah angka itu."
)


def _article(text: str) -> Article:
    published = Published("2024-10-22", "2024-10-22", "metadata")
    return Article(id="x", text=text, format="txt", origin="x", language="id", published=published)


def test_chunks_cover_the_text_and_cut_at_paragraphs() -> None:
    text = "\n\n".join([PARAGRAPH] * 400)
    parts = bounds.chunks(text)
    assert len(parts) > 1 and parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in itertools.pairwise(parts))
    assert all(text[a:b].startswith("Badan") for a, b in parts)
    assert all(b - a <= bounds.CHUNK_CHARS for a, b in parts)


def test_a_long_article_finds_in_each_chunk_what_one_paragraph_finds() -> None:
    one = analyse(_article(PARAGRAPH))
    text = "\n\n".join([PARAGRAPH] * 400)
    many = analyse(_article(text))
    assert len(many.claims) == 400 * len(one.claims)
    assert len(many.quantities) == 400 * len(one.quantities)
    for claim in many.claims:
        assert text[claim.span[0] : claim.span[1]] in ("27 orang", "300 rumah", "27", "300")
    assert {c.sources[0] for c in many.claims if c.sources} == {c.sources[0] for c in one.claims}
    assert many.article.published == one.article.published


def test_long_and_dense_sentences_are_cut_for_the_claim_stages() -> None:
    text = "5% " * 10_000
    quantities = find_quantities(text, "id")
    assert len(quantities) == 10_000
    pieces = bounds.claim_sentences(text, [(0, len(text))], quantities)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert max(b - a for a, b in pieces) <= bounds.SENTENCE_CHARS
    assert all(text[a:b].count("%") <= bounds.SENTENCE_FIGURES for a, b in pieces)


def test_ordinary_sentences_are_left_whole() -> None:
    sentences = [(0, 100), (101, 5000)]
    assert bounds.claim_sentences("x" * 5000, sentences, []) == sentences


def test_the_time_budget_ends_a_runaway_analysis_with_its_code() -> None:
    with pytest.raises(bounds.OverBudget) as caught:
        analyse(_article("\n\n".join([PARAGRAPH] * 400)), budget=1e-9)
    assert caught.value.code == "E121"


def test_over_budget_is_one_coded_failure_in_ingest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "analyse", lambda a, window=None: analyse(a, budget=1e-9))
    result = process(RawItem(text=PARAGRAPH, origin="slow.txt", format="txt", id="s"))
    assert getattr(result, "code", None) == "E121" and "budget" in str(result)


def test_numbers_past_a_chunks_bound_are_not_read_and_the_analysis_says_so() -> None:
    text = "Sebanyak 12 orang tewas. " * 2_000  # 50,000 characters: two chunks
    analysis = analyse(_article(text))
    assert len(analysis.quantities) == 2 * bounds.CHUNK_FIGURES  # the first 600 of each chunk
    assert len(analysis.claims) == 2 * bounds.CHUNK_FIGURES
    assert len(analysis.notes) == 2 and all("[E124]" in n for n in analysis.notes)
    unread = text.index("12", analysis.quantities[bounds.CHUNK_FIGURES - 1].span[1])
    assert f"from character {unread:,} on" in analysis.notes[0]


def test_numbers_inside_times_do_not_count_towards_the_bound() -> None:
    text = "Pada 21/10/2024 dan 22/10/2024 ada 5 orang."
    analysis = analyse(_article(text))
    assert bounds.figure_reach(text, analysis.times, most=1) == len(text)
    assert bounds.figure_reach(text, [], most=1) < len(text)


def test_news_is_never_cut_by_the_figure_bound() -> None:
    analysis = analyse(_article("\n\n".join([PARAGRAPH] * 400)))
    assert analysis.notes == []


def test_an_article_cut_short_is_stored_with_its_note(tmp_path: Path) -> None:
    from telusur.ingest import analysed, store_all
    from telusur.store import Store

    item = RawItem(text="Judul\n\n" + "5% " * 1_000, origin="dense.txt", format="txt", id="d")
    with Store(str(tmp_path / "s.db")) as store:
        summary = store_all(analysed([item]), store)
    assert summary.new == 1 and summary.noted == 1
    assert summary.notes[0].startswith("dense.txt: numbers from character")
    assert summary.as_dict()["notes"] == summary.notes
