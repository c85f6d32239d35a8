"""Tools for the hand-annotated quantity set (tests/gold/quantities/).

The gold keeps ids, character spans and the annotator's judgements, never the publishers' text:
an annotator works in a scratch file that quotes the sentences, and ``build`` turns each quoted
figure into a span of the record's ``text`` in ../shared before it enters the project.

    python scripts/gold_quantities.py select           # the fixed random draw, with its split
    python scripts/gold_quantities.py show             # the drawn sentences, for annotation
    python scripts/gold_quantities.py build SCRATCH... # scratch -> span-only en.json, id.json

The draw: one sentence with a figure from each of 300 BBC articles (60 per news desk) and 100
Indonesian articles (50 from IndoSum's desks, 50 from the economy corpus), with a fixed seed,
from articles outside the attribution sets. Half of each stratum is ``test``, decided at the
draw and never changed.

Scratch format, one block per sentence (``#`` line = the sentence's index in the selection):

    # 12
    $1.13bn | 1.13e9 | USD
    from 10 to 20 | 10..20 | percent
    rose from 5% to 7% | 5->7 | percent
    S&P 500 | name
    three years | 3 | year | opt

A figure is its own words in the sentence (``@2`` after them picks the second occurrence;
``context [figure]`` places a figure by the words around it).
Values: ``V`` single, ``A..B`` range, ``A->B`` change from A to B. ``name`` marks digits that are
part of a name, not a figure. ``opt`` marks a figure GUIDELINES.md calls optional.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FILES = {
    "bbc": SHARED / "corpus" / "en_bbc_2004-2005.jsonl",
    "indosum": SHARED / "corpus" / "id_indosum_devfolds_2016-2018.jsonl",
    "insei": SHARED / "corpus" / "id_insei_economy_2017-2025.jsonl",
}
GOLD = ROOT / "tests" / "gold" / "quantities"
SEED = 20261214
QUOTA_EN = 60  # per BBC desk
QUOTA_ID = {"indosum": 50, "insei": 50}
# A sentence ends at . ! or ? followed by space and a capital or an opening quote.
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?][\"'”’]?(?=\s+[\"'“‘(A-Z])|$)", re.M)
_FIGURE = {
    "en": re.compile(
        r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
        r"forty|fifty|hundred|thousand|million|billion|dozen|half)\b",
        re.I,
    ),
    "id": re.compile(
        r"\d|\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belas|puluh|"
        r"ratus|ribu|juta|miliar|triliun|setengah|separuh)\b",
        re.I,
    ),
}


def records(name: str) -> Iterator[dict[str, Any]]:
    with FILES[name].open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: simple punctuation rules, enough to draw from."""
    out = []
    for m in _SENTENCE.finditer(text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if m.end() > start:
            out.append((start, m.end()))
    return out


def _candidates(text: str, lang: str) -> list[tuple[int, int]]:
    return [
        (a, b) for a, b in sentences(text) if 40 <= b - a <= 400 and _FIGURE[lang].search(text[a:b])
    ]


def _attribution_ids() -> set[str]:
    taken: set[str] = set()
    for name in ("selection.json", "selection-more.json"):
        path = ROOT / "tests" / "gold" / "attribution" / name
        if path.exists():
            taken |= {row["id"] for row in json.loads(path.read_text(encoding="utf-8"))}
    return taken


def _draw(
    rng: random.Random, pool: list[dict[str, Any]], n: int, lang: str, corpus: str, stratum: str
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for rec in rng.sample(pool, len(pool)):
        spans = _candidates(rec["text"] or "", lang)
        if not spans:
            continue
        start, end = rng.choice(spans)
        sha = hashlib.sha1(rec["text"].encode("utf-8")).hexdigest()
        rows.append(
            {
                "id": rec["id"],
                "lang": lang,
                "corpus": corpus,
                "stratum": stratum,
                "sentence": [start, end],
                "sha1": sha,
            }
        )
        if len(rows) == n:
            break
    tests = set(rng.sample(range(len(rows)), len(rows) // 2))
    for i, row in enumerate(rows):
        row["split"] = "test" if i in tests else "dev"
    return rows


def select() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    taken = _attribution_ids()
    desks: dict[str, list[dict[str, Any]]] = {}
    for rec in records("bbc"):
        if rec["id"] not in taken:
            desks.setdefault(rec["meta"].get("category") or "other", []).append(rec)
    rows: list[dict[str, Any]] = []
    for desk in sorted(desks):
        rows += _draw(rng, desks[desk], QUOTA_EN, "en", "bbc", desk)
    for corpus, n in QUOTA_ID.items():
        pool = [r for r in records(corpus) if r["id"] not in taken]
        rows += _draw(rng, pool, n, "id", corpus, corpus)
    return rows


def texts() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in FILES:
        for rec in records(name):
            out[rec["id"]] = rec["text"] or ""
    return out


def show(selection: list[dict[str, Any]]) -> None:
    by_id = texts()
    for i, row in enumerate(selection):
        a, b = row["sentence"]
        print(f"# {i} {row['id']} {row['split']}\n{by_id[row['id']][a:b]}\n")


def _value(field: str) -> dict[str, Any]:
    if "->" in field:
        a, b = field.split("->")
        return {"kind": "change", "from": float(a), "to": float(b)}
    if ".." in field:
        a, b = field.split("..")
        return {"kind": "range", "low": float(a), "high": float(b)}
    return {"kind": "single", "value": float(field)}


def _place(sentence: str, quote: str, offset: int) -> list[int]:
    nth = -1
    if re.search(r"@\d+$", quote):
        quote, n = quote.rsplit("@", 1)
        nth = int(n) - 1
    raw = quote
    quote = quote.replace("[", "").replace("]", "")
    found = [m.start() for m in re.finditer(re.escape(quote), sentence)]
    if len(found) <= nth or (nth < 0 and len(found) != 1):
        raise SystemExit(f"cannot place {quote!r} once in: {sentence}")
    start = offset + found[max(nth, 0)]
    inner = re.search(r"\[(.+)\]", raw)
    if inner:  # context[figure]: the context places it, the span is the figure's
        return [start + inner.start(), start + inner.end() - 2]
    return [start, start + len(quote)]


def build(paths: list[Path], selection: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Scratch blocks -> one gold row per sentence, figures as spans."""
    by_id = texts()
    rows = [{"sentence": i, "id": s["id"], "figures": []} for i, s in enumerate(selection)]
    for path in paths:
        current = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                current = int(line[1:].split()[0])
                continue
            if not line.strip() or current is None:
                continue
            row = selection[current]
            a, b = row["sentence"]
            sentence = by_id[row["id"]][a:b]
            fields = [f.strip() for f in line.split(" | ")]
            span = _place(sentence, fields[0], a)
            if fields[1] == "name":
                rows[current]["figures"].append({"span": span, "kind": "name"})
                continue
            fig = {"span": span, **_value(fields[1]), "unit": fields[2]}
            if "opt" in fields[3:]:
                fig["optional"] = True
            rows[current]["figures"].append(fig)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["select", "show", "build"])
    parser.add_argument("scratch", nargs="*", type=Path)
    args = parser.parse_args()
    if args.command == "select":
        json.dump(select(), sys.stdout, indent=1)
        return
    selection = json.loads((GOLD / "selection.json").read_text(encoding="utf-8"))
    if args.command == "show":
        show(selection)
    else:
        rows = build(args.scratch, selection)
        for lang in ("en", "id"):
            mine = [r for r in rows if selection[r["sentence"]]["lang"] == lang]
            text = json.dumps(mine, indent=None, separators=(",", ":"))
            (GOLD / f"{lang}.json").write_text(
                text.replace('},{"sentence"', '},\n{"sentence"') + "\n"
            )


if __name__ == "__main__":
    main()
