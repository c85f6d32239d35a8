"""Scoring of the quantity finder against the hand-annotated sentences (tests/gold/quantities/),
shared by the gate (tests/analyse/test_quantities_eval.py) and bench/eval_quantities.py.

Each drawn article is analysed whole, as the pipeline does (times first, their spans excluded);
the quantities inside a gold sentence are scored against its figures:
- a found quantity matches a gold figure when their spans overlap and the values agree: a single
  value, a range's two ends, or a change's from and to (qualifier ``change``);
- optional figures (GUIDELINES.md: ages, durations, scores, conversions, ...) count neither way;
- figure F1 needs the values; unit F1 needs the unit too;
- ``names``: the share of digits inside names (S&P 500, iPhone 11) that are left alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telusur.analyse.numbers.quantities import find_quantities
from telusur.analyse.times.find import dating, times_and_published
from telusur.records import Published, Quantity

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "quantities"
CORPUS_FILES = {
    "bbc": "en_bbc_2004-2005.jsonl",
    "indosum": "id_indosum_devfolds_2016-2018.jsonl",
    "insei": "id_insei_economy_2017-2025.jsonl",
}


@dataclass
class Score:
    """Counts over a set of sentences; F1 as in GUIDELINES.md's protocol."""

    tp: int = 0
    tp_unit: int = 0
    fp: int = 0
    gold: int = 0
    names: int = 0
    names_left: int = 0
    misses: list[str] = field(default_factory=list)

    def f1(self, unit: bool = False) -> float:
        tp = self.tp_unit if unit else self.tp
        fp = self.fp + (self.tp - self.tp_unit if unit else 0)
        if not tp:
            return 0.0
        precision, recall = tp / (tp + fp), tp / self.gold
        return 2 * precision * recall / (precision + recall)

    def line(self) -> str:
        named = self.names_left / self.names if self.names else 1.0
        return (
            f"figure F1 {self.f1():.3f}  unit F1 {self.f1(True):.3f}  "
            f"(gold {self.gold}, matched {self.tp}, spurious {self.fp}; names left {named:.2f})"
        )


def load_gold(lang: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The selection rows of one language and their annotation, in the same order."""
    selection = json.loads((GOLD / "selection.json").read_text(encoding="utf-8"))
    rows = json.loads((GOLD / f"{lang}.json").read_text(encoding="utf-8"))
    return [selection[row["sentence"]] for row in rows], rows


def texts(shared: Path, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in CORPUS_FILES.values():
        with (shared / "corpus" / name).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in ids:
                    out[rec["id"]] = rec["text"] or ""
    return out


def analyse(text: str, lang: str) -> list[Quantity]:
    """The article's quantities as the pipeline finds them."""
    _, times = times_and_published(text, lang, Published())
    return find_quantities(text, lang, exclude=[t.span for t in dating(times)])


def _close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def agrees(found: Quantity, fig: dict[str, Any]) -> bool:
    """Whether a found quantity carries the gold figure's values."""
    if fig["kind"] == "change":
        return (
            found.qualifier == "change"
            and _close(found.low, fig["from"])
            and _close(found.high, fig["to"])
        )
    if fig["kind"] == "range":
        return _close(found.low, fig["low"]) and _close(found.high, fig["high"])
    if found.qualifier == "change":
        return False
    value = (
        found.value if found.value is not None else found.high if found.low == found.high else None
    )
    return _close(value, fig["value"])


def _overlap(a: tuple[int, int], b: list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_sentence(found: Iterable[Quantity], figures: list[dict[str, Any]], score: Score) -> None:
    """Match found quantities to gold figures one to one; count what is left either side."""
    real = [f for f in figures if f["kind"] != "name"]
    taken: set[int] = set()
    for q in found:
        hit = next(
            (
                i
                for i, fig in enumerate(real)
                if i not in taken and _overlap(q.span, fig["span"]) and agrees(q, fig)
            ),
            None,
        )
        if hit is None:
            if any(f.get("optional") and _overlap(q.span, f["span"]) for f in real):
                continue  # an optional figure read another way: no penalty either way
            score.fp += 1
            score.misses.append(f"  spurious {q.text!r} {q.value or (q.low, q.high)} {q.unit}")
            continue
        taken.add(hit)
        if not real[hit].get("optional"):
            score.tp += 1
            score.tp_unit += q.unit == real[hit]["unit"]
            if q.unit != real[hit]["unit"]:
                score.misses.append(f"  unit {q.text!r} {q.unit} (gold {real[hit]['unit']})")
    for i, fig in enumerate(real):
        if not fig.get("optional"):
            score.gold += 1
            if i not in taken:
                score.misses.append(f"  missed {fig}")
    for fig in figures:
        if fig["kind"] == "name":
            score.names += 1
            score.names_left += not any(_overlap(q.span, fig["span"]) for q in found)


def evaluate(shared: Path, lang: str, split: str | None = None) -> dict[str, Score]:
    """Scores by split ("dev", "test") for one language."""
    selection, rows = load_gold(lang)
    by_id = texts(shared, {s["id"] for s in selection})
    cache: dict[str, list[Quantity]] = {}
    scores: dict[str, Score] = {}
    for sel, row in zip(selection, rows, strict=True):
        if split and sel["split"] != split:
            continue
        text = by_id[sel["id"]]
        if sel["id"] not in cache:
            cache[sel["id"]] = analyse(text, lang)
        start, end = sel["sentence"]
        found = [q for q in cache[sel["id"]] if q.span[0] < end and start < q.span[1]]
        score = scores.setdefault(sel["split"], Score())
        before = len(score.misses)
        score_sentence(found, row["figures"], score)
        if len(score.misses) > before:
            score.misses.insert(before, f"# {row['sentence']} {text[start:end]}")
    return scores
