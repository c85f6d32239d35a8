"""Claims on a fixed random sample of the real corpus, written for an analyst to read.

    .venv/bin/python bench/sample_report.py [--corpus DIR] [--out docs/sample-report.md]

Per article: id, outlet, then one row per claim with the figure, what it counts, whom it
is about, who says so, when, hedge, status and the span of its sentence. Article text and
sentences are never copied into the report (the figure itself is a few words).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

from telusur.analyse.pipeline import analyse as analyse_article
from telusur.clean import clean
from telusur.readers.fields import lowered, record_to_item
from telusur.records import Article, Claim, Denial, RawItem

ROOT = Path(__file__).resolve().parents[1]
SEED = 20241018
ID_ARTICLES = 42
EN_ARTICLES = 8


def analyse(article: Article) -> tuple[list[Claim], list[Denial]]:
    """The per-article analysis, as ingest runs it."""
    result = analyse_article(article)
    return result.claims, result.denials


def sample(corpus: Path) -> list[dict[str, object]]:
    rng = random.Random(SEED)
    picked: list[dict[str, object]] = []
    ids = [p for p in sorted(corpus.glob("id_*.jsonl"))]
    rows = [line for p in ids for line in p.read_text(encoding="utf-8").splitlines() if line]
    picked += [json.loads(line) for line in rng.sample(rows, ID_ARTICLES)]
    en = [
        line
        for p in sorted(corpus.glob("en_*.jsonl"))
        for line in p.read_text(encoding="utf-8").splitlines()
        if line
    ]
    picked += [json.loads(line) for line in rng.sample(en, EN_ARTICLES)]
    return picked


def raw_item(row: dict[str, object]) -> RawItem:
    """A corpus row read as the JSON Lines reader reads it."""
    item = record_to_item(lowered(row), str(row["id"]), "jsonl")
    assert isinstance(item, RawItem), item
    return item


def _cell(value: object) -> str:
    if value is None or value == []:
        return "—"
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return str(value).replace("|", "/").replace("\n", " ")


def report(rows: list[dict[str, object]]) -> tuple[str, Counter[str]]:
    lines = [
        "# Claims on a sample of the corpus",
        "",
        f"{ID_ARTICLES} Indonesian and {EN_ARTICLES} English articles drawn with seed {SEED} by "
        "`bench/sample_report.py`. Figures are quoted (a few words); sentences are given as "
        "character offsets into the cleaned text.",
        "",
    ]
    stats: Counter[str] = Counter()
    started = time.perf_counter()
    for row in rows:
        article = clean(raw_item(row))
        claims, denials = analyse(article)
        stats["articles"] += 1
        stats["claims"] += len(claims)
        stats["attributed"] += sum(bool(c.sources) for c in claims)
        stats["denials"] += len(denials)
        lines += [
            f"## {article.id}",
            "",
            f"- outlet: {_cell(article.outlet)}",
            f"- title: {len(article.title or '')} characters, not copied",
            "",
        ]
        if claims:
            lines += [
                "| figure | counts | kind | about | sources | channel | when | hedge | status"
                " | sentence |",
                "|---|---|---|---|---|---|---|---|---|---|",
            ]
            for c in claims:
                figure = article.text[c.span[0] : c.span[1]]
                lines.append(
                    "| "
                    + " | ".join(
                        _cell(v)
                        for v in (
                            figure,
                            c.counts,
                            c.kind,
                            c.about,
                            c.sources,
                            c.channel,
                            f"{c.when[0]}…{c.when[1]}" if c.when else None,
                            c.hedge,
                            c.status,
                            f"{c.sentence[0]}–{c.sentence[1]}",
                        )
                    )
                    + " |"
                )
        else:
            lines.append("No claims.")
        for d in denials:
            lines.append(f"- {d.kind} by {_cell(d.by)} at {d.span[0]}–{d.span[1]}")
        lines.append("")
    seconds = time.perf_counter() - started
    lines[4:4] = [
        f"Totals: {stats['claims']} claims in {stats['articles']} articles, "
        f"{stats['attributed']} with a source, {stats['denials']} denials "
        f"({seconds:.1f} s for the whole sample).",
        "",
    ]
    return "\n".join(lines) + "\n", stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "sample-report.md")
    args = parser.parse_args()
    text, stats = report(sample(args.corpus))
    args.out.write_text(text, encoding="utf-8")
    print(dict(stats), "->", args.out)


if __name__ == "__main__":
    main()
