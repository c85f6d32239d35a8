"""Scorer for the boilerplate set (tests/gold/boilerplate/): what cleaning removes, line by line.

* boilerplate recall: of the lines and glued fragments the annotator marked, the share that
  cleaning removes (a line must go whole; a fragment must leave its line);
* body precision: of the other lines (and of what a fragment line holds besides the fragment),
  the share that keeps every word. A body line cut or dropped counts against it.

Cleaning keeps lines in order and only removes lines or cuts pieces out of them, so each kept
line is matched to the input line it comes from by its words. Articles are read from ../shared
(pages from tests/gold/boilerplate/pages/) and checked against the selection's SHA-1.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telusur.clean import boilerplate, learned
from telusur.clean.text import normalise
from telusur.store.learned import MIN_ARTICLES, SHARE

GOLD = Path(__file__).resolve().parent / "gold" / "boilerplate"
FILES = {
    "devcorpus": ("devcorpus", "id_clickid_2019-09.jsonl"),
    "indosum": ("corpus", "id_indosum_devfolds_2016-2018.jsonl"),
    "insei": ("corpus", "id_insei_economy_2017-2025.jsonl"),
    "bbc": ("corpus", "en_bbc_2004-2005.jsonl"),
}
WORD = re.compile(r"\w+")
Cleaner = Callable[[list[str], str | None], list[str]]


def strip_lines(lines: list[str], outlet: str | None) -> list[str]:
    """Today's cleaning of an article's lines (the outlet is not used yet)."""
    return boilerplate.strip(lines)[0]


def learned_cleaner(shared: Path) -> Cleaner:
    """Today's cleaning, then the lines the store would learn for the article's outlet from the
    outlet's other articles in ../shared (devcorpus and corpus): an outlet's counts over all
    its articles, less the article's own keys, against the store's thresholds."""
    counts, totals = outlet_counts(shared)

    def clean(lines: list[str], outlet: str | None) -> list[str]:
        kept, removed = boilerplate.strip(lines)
        if outlet is None or outlet not in totals:
            return kept
        own = learned.article_keys("\n".join(kept), removed)
        need = max(MIN_ARTICLES, SHARE * (totals[outlet] - 1))
        keys = frozenset(k for k in own if counts[outlet][k] - 1 >= need)
        return learned.strip("\n".join(kept), keys)[0].split("\n")

    return clean


def outlet_counts(shared: Path) -> tuple[dict[str, Counter[int]], Counter[str]]:
    """Per outlet (a record's ``source``): how many articles carry each line key, and articles."""
    counts: dict[str, Counter[int]] = {}
    totals: Counter[str] = Counter()
    for folder, filename in FILES.values():
        with (shared / folder / filename).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                outlet = rec.get("source")
                if not outlet:
                    continue
                kept, removed = boilerplate.strip(normalise(rec["text"]).split("\n"))
                counts.setdefault(outlet, Counter()).update(
                    learned.article_keys("\n".join(kept), removed)
                )
                totals[outlet] += 1
    return counts, totals


@dataclass
class Scores:
    bp: Counter[str] = field(default_factory=Counter)  # lang -> boilerplate items
    bp_removed: Counter[str] = field(default_factory=Counter)
    body: Counter[str] = field(default_factory=Counter)  # lang -> body lines
    body_kept: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)  # "id:line kind" for --show

    def recall(self, lang: str) -> float:
        return self.bp_removed[lang] / self.bp[lang] if self.bp[lang] else 1.0

    def precision(self, lang: str) -> float:
        return self.body_kept[lang] / self.body[lang] if self.body[lang] else 1.0


def load_selection() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads((GOLD / "selection.json").read_text("utf-8"))
    return rows


def load_gold() -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((GOLD / "gold.json").read_text("utf-8"))
    return gold


def read_texts(shared: Path, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """id -> the record (text, source) of every selected article, checked against its SHA-1."""
    want = {r["id"]: r for r in rows}
    out: dict[str, dict[str, Any]] = {}
    for name, (folder, filename) in FILES.items():
        if not any(r["file"] == name for r in rows):
            continue
        with (shared / folder / filename).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in want:
                    out[rec["id"]] = rec
    for row in rows:
        if row["file"] == "page":
            out[row["id"]] = {"text": page_text(row["id"]), "source": None}
    for aid, rec in out.items():
        if want[aid]["file"] != "page":
            digest = hashlib.sha1(rec["text"].encode("utf-8")).hexdigest()
            assert digest == want[aid]["sha1"], f"{aid}: the shared text changed since annotation"
    return out


def page_text(pid: str) -> str:
    from telusur.readers.html import read_html

    path = GOLD / "pages" / f"{pid.removeprefix('page:')}.html"
    item = next(read_html(path.read_bytes(), str(path)))
    return str(getattr(item, "text", ""))


def align(lines: list[str], kept: list[str]) -> list[str]:
    """For each input line, what is left of it ("" when dropped)."""
    out = [""] * len(lines)
    j = 0
    for i, line in enumerate(lines):
        if j >= len(kept):
            break
        if not line:
            if not kept[j]:
                j += 1
            continue
        if kept[j] == line or (kept[j] and _part_of(kept[j], line)):
            out[i] = kept[j]
            j += 1
    return out


def _part_of(piece: str, line: str) -> bool:
    return not Counter(WORD.findall(piece)) - Counter(WORD.findall(line))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# Parts of the set, reported apart: the written pages are not drawn at random.
PARTS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "drawn": lambda r: r["file"] != "page",
    "draw1": lambda r: r["file"] != "page" and r.get("draw", 1) == 1,
    "draw2": lambda r: r["file"] != "page" and r.get("draw", 1) == 2,
    "draw10": lambda r: r["file"] != "page" and r.get("draw", 1) == 10,
    "draw11": lambda r: r["file"] != "page" and r.get("draw", 1) == 11,
    "draw12": lambda r: r["file"] != "page" and r.get("draw", 1) == 12,
    "draw13": lambda r: r["file"] != "page" and r.get("draw", 1) == 13,
    "draw14": lambda r: r["file"] != "page" and r.get("draw", 1) == 14,
    "draw15": lambda r: r["file"] != "page" and r.get("draw", 1) == 15,
    "pages": lambda r: r["file"] == "page",
    "pages2": lambda r: r["file"] == "page" and r.get("draw", 1) == 2,
    "pages3": lambda r: r["file"] == "page" and r.get("draw", 1) == 3,
    "pages4": lambda r: r["file"] == "page" and r.get("draw", 1) == 4,
    "pages5": lambda r: r["file"] == "page" and r.get("draw", 1) == 5,
    "pages6": lambda r: r["file"] == "page" and r.get("draw", 1) == 6,
    "pages7": lambda r: r["file"] == "page" and r.get("draw", 1) == 7,
    "pages8": lambda r: r["file"] == "page" and r.get("draw", 1) == 8,
    "pages9": lambda r: r["file"] == "page" and r.get("draw", 1) == 9,
    "pages10": lambda r: r["file"] == "page" and r.get("draw", 1) == 10,
    "pages14": lambda r: r["file"] == "page" and r.get("draw", 1) == 14,
    "pages15": lambda r: r["file"] == "page" and r.get("draw", 1) == 15,
}


def score(
    shared: Path,
    split: str,
    clean: Cleaner = strip_lines,
    lang: str | None = None,
    part: str | None = None,
) -> Scores:
    rows = [r for r in load_selection() if split == "all" or r["split"] == split]
    rows = [r for r in rows if lang is None or r["lang"] == lang]
    rows = [r for r in rows if part is None or PARTS[part](r)]
    gold = load_gold()
    texts = read_texts(shared, rows)
    scores = Scores()
    for row in rows:
        rec = texts[row["id"]]
        lines = normalise(rec["text"]).split("\n")
        left = align(lines, clean(list(lines), rec.get("source")))
        _score_article(row, gold[row["id"]]["boilerplate"], lines, left, scores)
    return scores


def _score_article(
    row: dict[str, Any], marks: list[dict[str, Any]], lines: list[str], left: list[str], s: Scores
) -> None:
    lang = row["lang"]
    whole = {m["line"] for m in marks if "span" not in m}
    frags: dict[int, list[tuple[int, int]]] = {}
    for m in marks:
        assert hashlib.sha1(lines[m["line"]].encode()).hexdigest()[:12] == m["hash"], row["id"]
        if "span" in m:
            frags.setdefault(m["line"], []).append(tuple(m["span"]))  # type: ignore[arg-type]
    for i, line in enumerate(lines):
        if not line:
            continue
        if i in whole:
            s.bp[lang] += 1
            s.bp_removed[lang] += not left[i]
            if left[i]:
                s.misses.append(f"{row['id']}:{i} boilerplate kept")
            continue
        body = line
        for a, b in sorted(frags.get(i, []), reverse=True):
            s.bp[lang] += 1
            gone = _squash(line[a:b]) not in _squash(left[i])
            s.bp_removed[lang] += gone
            if not gone:
                s.misses.append(f"{row['id']}:{i} fragment kept")
            body = body[:a] + " " + body[b:]
        if not WORD.search(body):
            continue
        s.body[lang] += 1
        intact = _part_of(body, left[i])
        s.body_kept[lang] += intact
        if not intact:
            s.misses.append(f"{row['id']}:{i} body removed")
