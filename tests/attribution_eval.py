"""Scoring the analysis against the attribution sets (tests/gold/attribution/).

The sets hold spans of the records' text in ../shared, never the text. Each article is read from
there as ingestion reads a JSON Lines record (reader, cleaning, analysis); a gold span becomes
the passage it covers, found again in the cleaned text, and is then scored by the seeds gate's
matching rules (tests/claim_eval.py): same value, figure inside the passage or sentence
overlapping it.

Names are compared per article: a predicted name counts as a gold party when it is, case aside,
the party's canonical name, one of the aliases the annotator saw the article use, or what
Telusur's own alias tables make of one of those (general knowledge: "Jokowi" is "Joko Widodo",
"North Korea" is "Korea Utara"). A party the article never names is never credited.

Used by the evaluation gate (tests/analyse/test_attribution_eval.py) and by
``python bench/eval_attribution.py``, which prints the misses of the dev split for an analyst.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telusur.analyse.entities.canonical import canonicalize
from telusur.analyse.entities.find import find_mentions
from telusur.analyse.pipeline import analyse
from telusur.clean import clean
from telusur.readers.fields import record_to_item
from telusur.records import Analysis, Claim, RawItem
from tests.claim_eval import matches, where

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "attribution"
FILES = {
    "devcorpus": Path("devcorpus") / "id_clickid_2019-09.jsonl",
    "indosum": Path("corpus") / "id_indosum_devfolds_2016-2018.jsonl",
    "bbc": Path("corpus") / "en_bbc_2004-2005.jsonl",
}
Gold = dict[str, Any]


def load_gold(lang: str) -> Gold:
    return json.loads((GOLD_DIR / f"{lang}.json").read_text(encoding="utf-8"))


def records(shared: Path, articles: dict[str, Gold]) -> Iterator[dict[str, Any]]:
    """The annotated records, read from ../shared; a record whose text changed since it was
    annotated stops the evaluation, since its spans no longer point where they did."""
    wanted: dict[str, set[str]] = {}
    for aid, meta in articles.items():
        wanted.setdefault(meta["file"], set()).add(aid)
    for file, ids in wanted.items():
        with (shared / FILES[file]).open(encoding="utf-8") as fh:
            for line in fh:
                if not any(f'"{i}"' in line for i in ids):
                    continue
                rec = json.loads(line)
                if rec["id"] in ids:
                    sha = hashlib.sha1(rec["text"].encode("utf-8")).hexdigest()
                    if sha != articles[rec["id"]]["sha1"]:
                        raise AssertionError(f"{rec['id']}: its text changed since annotation")
                    yield rec


@dataclass
class Case:
    """One annotated article: its raw text (which the spans index) and its analysis."""

    raw: str
    result: Analysis
    names: dict[str, str] = field(default_factory=dict)  # alias -> canonical, lower-cased

    @property
    def headline_end(self) -> int:
        """Where the body starts in the analysed text: cleaning prepends a separate title
        field, which the annotation (spans of the record's text) cannot cover."""
        title = self.result.article.title
        text = self.result.article.text
        if title and text.startswith(f"{title}\n\n") and not self.raw.startswith(title):
            return len(title) + 2
        return 0

    def passage(self, item: Gold) -> str:
        start, end = item["context"]
        return self.raw[start:end]

    def party(self, name: str) -> str:
        low = name.strip().lower()
        return self.names.get(low, low)

    def parties(self, names: Iterable[str] | str | None) -> set[str]:
        if names is None:
            return set()
        if isinstance(names, str):
            names = [names]
        return {self.party(n) for n in names}


def analyse_set(shared: Path, gold: Gold, split: str) -> dict[str, Case]:
    """Every article of ``split`` (``dev``, ``test`` or ``all``), read and analysed as ingest
    does."""
    articles = {k: v for k, v in gold["articles"].items() if split in ("all", v["split"])}
    cases: dict[str, Case] = {}
    for rec in records(shared, articles):
        item = record_to_item(rec, f"{FILES[articles[rec['id']]['file']]}", "jsonl")
        assert isinstance(item, RawItem), item
        cases[rec["id"]] = Case(rec["text"], analyse(clean(item)))
    for entity in gold["entities"]:
        case = cases.get(entity["article"])
        if case is not None:
            canonical = entity["canonical"].lower()
            for alias in (entity["canonical"], *entity["aliases"]):
                case.names[alias.lower()] = canonical
                lang = articles[entity["article"]]["lang"]
                for known in (canonicalize(alias, lang), _office_name(alias, lang)):
                    if known is not None:
                        case.names.setdefault(known.lower(), canonical)
    missing = set(articles) - set(cases)
    assert not missing, f"annotated articles not found in {shared}: {sorted(missing)}"
    return cases


def _office_name(alias: str, lang: str) -> str | None:
    """What Telusur names a body written with the region it serves ("Komisi Pemilihan Umum
    (KPU) Jawa Barat" -> "KPU Jawa Barat"), as attribution names such a phrase: the
    organisation's canonical name, then the place's."""
    found = find_mentions(alias, lang)
    if len(found) < 2 or found[-1].type not in ("LOC", "GPE") or found[-2].type != "ORG":
        return None
    if found[-1].span[1] != len(alias.rstrip()):
        return None
    return f"{found[-2].canonical} {found[-1].canonical}"


@dataclass
class Scores:
    """Claim and denial scores of one language and split, with the error tally by kind."""

    values: dict[str, float]
    errors: Counter[str]
    lines: list[str]


def score(cases: dict[str, Case], gold: Gold) -> Scores:
    claims = [g for g in gold["claims"] if g["article"] in cases]
    denials = [g for g in gold["denials"] if g["article"] in cases]
    lines: list[str] = []
    errors: Counter[str] = Counter()
    matched = _matched(cases, claims, lines)
    predicted, extra = _extras(cases, claims, lines)
    source = status = 0
    for g, c in matched:
        case = cases[g["article"]]
        if case.parties(g["source"]) == case.parties(c.sources):
            source += 1
        else:
            kind = _source_error(case, g, c)
            errors[kind] += 1
            lines.append(f"SOURCE[{kind}] {_at(case, g)} gold {g['source']} got {c.sources}")
        status += g["status"] == c.status
        if g["status"] != c.status:
            lines.append(f"STATUS {_at(case, g)} gold {g['status']} got {c.status}")
    found, kind = _denials(cases, denials, lines)
    said, right = _denials_said(cases, denials, lines)
    n = len(matched)
    required = [g for g in claims if not g.get("optional")]
    values = {
        "claims": len(required),
        "recall": n / len(required) if required else 0.0,
        "precision": (predicted - extra) / predicted if predicted else 0.0,
        "source": source / n if n else 0.0,
        "status": status / n if n else 0.0,
        "denials": len(denials),
        "denial_recall": found / len(denials) if denials else 1.0,
        "denial_kind": kind / found if found else 0.0,
        "denial_precision": right / said if said else 1.0,
    }
    return Scores(values, errors, lines)


def _matched(
    cases: dict[str, Case], claims: list[Gold], lines: list[str]
) -> list[tuple[Gold, Claim]]:
    out = []
    for g in claims:
        if g.get("optional"):
            continue
        case = cases[g["article"]]
        probe = {**g, "where": case.passage(g)}
        text = case.result.article.text
        hit = next((c for c in case.result.claims if matches(c, probe, text)), None)
        if hit is None:
            lines.append(f"MISSED {_at(case, g)} {g['value']}")
        else:
            out.append((g, hit))
    return out


def _extras(cases: dict[str, Case], claims: list[Gold], lines: list[str]) -> tuple[int, int]:
    """Predicted claims that count for precision, and those matching no gold figure. A claim
    on an optional gold figure is not counted, nor one in a headline the record keeps apart
    from its text (title mentions are optional, and the annotation cannot point there); the
    annotation lists every other mention it expects, so any other claim is an extra."""
    by_article: dict[str, list[Gold]] = {}
    for g in claims:
        by_article.setdefault(g["article"], []).append(g)
    predicted = extra = 0
    for aid, case in cases.items():
        text = case.result.article.text
        golds = [{**g, "where": case.passage(g)} for g in by_article.get(aid, [])]
        headline = case.headline_end
        for c in case.result.claims:
            if c.span[0] < headline:
                continue
            hits = [g for g in golds if matches(c, g, text)]
            if hits and all(g.get("optional") for g in hits):
                continue
            predicted += 1
            if not hits:
                extra += 1
                lines.append(f"EXTRA  {aid} {text[c.span[0] : c.span[1]]!r} {c.counts!r}")
    return predicted, extra


def _denials(cases: dict[str, Case], denials: list[Gold], lines: list[str]) -> tuple[int, int]:
    found = kind = 0
    for g in denials:
        case = cases[g["article"]]
        text = case.result.article.text
        span = where(text, case.passage(g))
        want = case.parties(g["by"])
        near = (
            []
            if span is None
            else [d for d in case.result.denials if d.span[0] < span[1] and span[0] < d.span[1]]
        )
        hit = next((d for d in near if case.parties(d.by) == want), None)
        if hit is None:
            got = [(d.by, d.kind) for d in near]
            lines.append(f"MISSED DENIAL {_at(case, g)} by {g['by']} got {got}")
            continue
        found += 1
        kind += hit.kind == g["kind"]
    return found, kind


def _denials_said(cases: dict[str, Case], denials: list[Gold], lines: list[str]) -> tuple[int, int]:
    """Denials found in the body, and those overlapping an annotated denial by the same party:
    a denial given to the wrong party is as wrong as one nobody made."""
    by_article: dict[str, list[tuple[tuple[int, int], set[str]]]] = {}
    for g in denials:
        case = cases[g["article"]]
        span = where(case.result.article.text, case.passage(g))
        if span is not None:
            by_article.setdefault(g["article"], []).append((span, case.parties(g["by"])))
    said = right = 0
    for aid, case in cases.items():
        for d in case.result.denials:
            if d.span[0] < case.headline_end:
                continue
            said += 1
            golds = by_article.get(aid, [])
            if any(
                s[0] < d.span[1] and d.span[0] < s[1] and case.parties(d.by) == p for s, p in golds
            ):
                right += 1
            else:
                text = case.result.article.text[d.span[0] : d.span[1]]
                lines.append(f"EXTRA DENIAL {aid} {text[:90]!r} by {d.by} ({d.kind})")
    return said, right


def _source_error(case: Case, g: Gold, c: Claim) -> str:
    """The kind of a wrong source, for the error table: a source left out where the article
    named one, a source given to the article's own voice, or the wrong party."""
    if not c.sources:
        return f"none_for_{g.get('how', '?')}"
    if g["source"] is None:
        return "source_for_own_voice"
    return "wrong_party"


def _at(case: Case, g: Gold) -> str:
    passage = case.passage(g).replace("\n", " ")
    return f"{case.result.article.id} {passage[:90]!r}"
