"""Tools for the hand-annotated attribution sets (tests/gold/attribution/).

The annotation keeps only ids, character spans and the annotator's judgements, never the
publishers' text: an annotator works in a scratch file that quotes the article, and ``build``
turns each quote into a span of the record's ``text`` in ../shared before it enters the project.

    python scripts/gold.py select            # the fixed random selection, with its dev/test split
    python scripts/gold.py more              # a second draw, all dev, disjoint from the first
    python scripts/gold.py third             # a third draw, all dev, disjoint from both
    python scripts/gold.py fourth            # a denial-rich dev draw (scripts/gold_denials.py)
    python scripts/gold.py fifth             # a source-rich dev draw (scripts/gold_sources.py)
    python scripts/gold.py show ID           # one article's text, numbered by line, for reading
    python scripts/gold.py build SCRATCH...  # scratch annotations -> span-only gold (stdout)

The selection is drawn once, with a fixed seed, from articles nobody tuned the rules on: the
devcorpus's six outlets and IndoSum's news desks for Indonesian, BBC business and politics for
English. Topics are stratified by cue words so that court, disaster, economy-data, politics and
international stories are all present.
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

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FILES = {
    "devcorpus": SHARED / "devcorpus" / "id_clickid_2019-09.jsonl",
    "indosum": SHARED / "corpus" / "id_indosum_devfolds_2016-2018.jsonl",
    "bbc": SHARED / "corpus" / "en_bbc_2004-2005.jsonl",
}
SEED = 20261206
# Indonesian topic strata: a story belongs to the first whose cue words it carries.
STRATA = {
    "court": r"\b(divonis|vonis|dituntut|tuntutan|majelis hakim|terdakwa)\b",
    "disaster": r"\b(gempa|banjir|longsor|kebakaran|karhutla|tsunami|erupsi)\b",
    "economy": r"\b(inflasi|BPS|Badan Pusat Statistik|ekspor|impor|pertumbuhan ekonomi|neraca)\b",
    "politics": r"\b(DPR|KPK|partai|pilkada|pemilu|Presiden Joko Widodo|Jokowi)\b",
    "international": r"\b(AFP|Reuters|Amerika Serikat|China|Hong Kong|Arab Saudi|Iran|Inggris)\b",
}
QUOTA_ID = {"devcorpus": {**dict.fromkeys(STRATA, 8), "other": 5}, "indosum": {"any": 15}}
QUOTA_EN = {"business": 20, "politics": 20}
INDOSUM_DESKS = {"antaranews", "kumparan", "merdeka", "suara", "rimanews", "poskotanews"}
FIGURE = re.compile(r"\d")


def records(name: str) -> Iterator[dict[str, Any]]:
    with FILES[name].open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def usable(rec: dict[str, Any]) -> bool:
    """Long enough to attribute something, short enough to annotate carefully, with figures."""
    text = rec["text"] or ""
    figures = len(re.findall(r"\b\d[\d.,]*\b", text))
    return 1200 <= len(text) <= 5000 and figures >= 4


def stratum(text: str) -> str:
    for name, cue in STRATA.items():
        if re.search(cue, text):
            return name
    return "other"


def select() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    chosen: list[dict[str, Any]] = []
    pools: dict[str, list[dict[str, Any]]] = {}
    for rec in records("devcorpus"):
        if usable(rec):
            pools.setdefault(stratum(rec["text"]), []).append(rec)
    for name, n in QUOTA_ID["devcorpus"].items():
        chosen += [_row(r, "id", "devcorpus", name) for r in _draw(rng, pools[name], n)]
    desk = [
        r
        for r in records("indosum")
        if r["source"] in INDOSUM_DESKS and r["meta"].get("category") == "tajuk utama" and usable(r)
    ]
    drawn = _draw(rng, desk, QUOTA_ID["indosum"]["any"])
    chosen += [_row(r, "id", "indosum", "news") for r in drawn]
    bbc: dict[str, list[dict[str, Any]]] = {}
    for rec in records("bbc"):
        if usable(rec):
            bbc.setdefault(rec["meta"].get("category"), []).append(rec)
    for cat, n in QUOTA_EN.items():
        chosen += [_row(r, "en", "bbc", cat) for r in _draw(rng, bbc[cat], n)]
    return _split(rng, chosen)


MORE_SEED = SEED + 1
MORE_ID = {"devcorpus": 30, "indosum": 10}
MORE_EN = {"business": 10, "politics": 10}
THIRD_SEED = SEED + 2
THIRD_ID = {"devcorpus": 15, "indosum": 5}
THIRD_EN = {"business": 5, "politics": 5}


def select_more() -> list[dict[str, Any]]:
    """A second draw for development only, disjoint from the first: more dev signal without
    touching the test split."""
    taken = {row["id"] for row in select()}
    return _dev_draw(MORE_SEED, MORE_ID, MORE_EN, taken)


def select_third() -> list[dict[str, Any]]:
    """A third dev-only draw, disjoint from both earlier ones: fresh signal once the second
    has been tuned on."""
    taken = {row["id"] for row in [*select(), *select_more()]}
    return _dev_draw(THIRD_SEED, THIRD_ID, THIRD_EN, taken)


def select_fourth() -> list[dict[str, Any]]:
    """A denial-rich dev-only draw, disjoint from every set (scripts/gold_denials.py)."""
    from gold_denials import select_fourth as draw

    return draw({row["id"] for row in [*select(), *select_more(), *select_third()]})


def select_fifth() -> list[dict[str, Any]]:
    """A dev-only draw rich in attributed statements, disjoint from every set
    (scripts/gold_sources.py). The earlier draws are read as recorded, since a draw that
    skips other gold sets changes when those sets grow."""
    from gold_sources import select_fifth as draw

    return draw(recorded_ids())


def recorded_ids() -> set[str]:
    """Every article in the recorded attribution selections and annotations, but the fifth."""
    here = Path(__file__).resolve().parents[1] / "tests" / "gold" / "attribution"
    ids: set[str] = set()
    for path in sorted(here.glob("selection*.json")):
        if path.name != "selection-fifth.json":
            ids |= {row["id"] for row in json.loads(path.read_text(encoding="utf-8"))}
    for lang in ("id", "en"):
        ids |= set(json.loads((here / f"{lang}.json").read_text(encoding="utf-8"))["articles"])
    return ids


def _dev_draw(
    seed: int, quota_id: dict[str, int], quota_en: dict[str, int], taken: set[str]
) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    dev = [r for r in records("devcorpus") if r["id"] not in taken and usable(r)]
    rows += [
        _row(r, "id", "devcorpus", stratum(r["text"]))
        for r in _draw(rng, dev, quota_id["devcorpus"])
    ]
    desk = [
        r
        for r in records("indosum")
        if r["id"] not in taken
        and r["source"] in INDOSUM_DESKS
        and r["meta"].get("category") == "tajuk utama"
        and usable(r)
    ]
    rows += [_row(r, "id", "indosum", "news") for r in _draw(rng, desk, quota_id["indosum"])]
    for cat, n in quota_en.items():
        pool = [
            r
            for r in records("bbc")
            if r["id"] not in taken and r["meta"].get("category") == cat and usable(r)
        ]
        rows += [_row(r, "en", "bbc", cat) for r in _draw(rng, pool, n)]
    for row in rows:
        row["split"] = "dev"
    return rows


def _draw(rng: random.Random, pool: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """n records, at most a third of them from any one outlet where the pool allows it."""
    order = rng.sample(pool, len(pool))
    cap = max(1, -(-n // 3)) if len({r["source"] for r in pool}) >= 3 else n
    out: list[dict[str, Any]] = []
    per: dict[str, int] = {}
    for rec in order:
        if per.get(rec["source"], 0) < cap:
            out.append(rec)
            per[rec["source"]] = per.get(rec["source"], 0) + 1
        if len(out) == n:
            break
    return out


def _row(rec: dict[str, Any], lang: str, file: str, topic: str) -> dict[str, Any]:
    return {
        "id": rec["id"],
        "file": file,
        "lang": lang,
        "outlet": rec["source"],
        "topic": topic,
        "sha1": hashlib.sha1(rec["text"].encode("utf-8")).hexdigest(),
    }


def _split(rng: random.Random, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Half of each language and topic goes to test, decided once here."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault((row["lang"], row["topic"]), []).append(row)
    for members in groups.values():
        marks = ["test", "dev"] * len(members)
        rng.shuffle(members)
        for row, split in zip(members, marks, strict=False):
            row["split"] = split
    return rows


def text_of(article_id: str, file: str | None = None) -> str:
    for name in [file] if file else list(FILES):
        for rec in records(name):  # type: ignore[arg-type]
            if rec["id"] == article_id:
                return str(rec["text"])
    raise SystemExit(f"article {article_id!r} not found in {file or 'any shared file'}")


def show(article_id: str) -> None:
    text = text_of(article_id)
    at = 0
    for n, line in enumerate(text.split("\n"), 1):
        print(f"[{n:>3} @{at}] {line}")
        at += len(line) + 1


def build(paths: list[str]) -> dict[str, Any]:
    """Scratch annotations (quoting the text) -> gold that holds spans only.

    A scratch claim gives ``where``, a passage unique in the article (its sentence, usually), and
    ``figure``, the figure's words inside it; a denial gives ``where``. Each becomes a span of the
    record's text; a quote that is missing or ambiguous stops the build with its location.
    """
    selection = {
        row["id"]: row
        for row in [*select(), *select_more(), *select_third(), *select_fourth(), *select_fifth()]
    }
    gold: dict[str, Any] = {"articles": {}, "entities": [], "claims": [], "denials": []}
    for path in paths:
        scratch = json.loads(Path(path).read_text(encoding="utf-8"))
        texts: dict[str, str] = {}
        for aid, meta in scratch["articles"].items():
            row = selection[aid]
            texts[aid] = text_of(aid, row["file"])
            gold["articles"][aid] = {**row, **{k: v for k, v in meta.items() if k != "notes"}}
        gold["entities"] += scratch.get("entities", [])
        for c in scratch.get("claims", []):
            gold["claims"].append(_claim(c, texts[c["article"]], path))
        for d in scratch.get("denials", []):
            ctx = _find(texts[d["article"]], d["where"], f"{path}: {d['article']}")
            gold["denials"].append({**_strip(d), "context": list(ctx)})
    return gold


def _claim(c: dict[str, Any], text: str, path: str) -> dict[str, Any]:
    at = f"{path}: {c['article']} {c['where'][:60]!r}"
    ctx = _find(text, c["where"], at)
    inner = text[ctx[0] : ctx[1]]
    hits = [m.start() for m in re.finditer(re.escape(c["figure"]), inner)]
    nth = int(c.get("nth", 0))
    if not hits or (len(hits) > 1 and "nth" not in c):
        raise SystemExit(f"{at}: figure {c['figure']!r} found {len(hits)} times (give 'nth')")
    start = ctx[0] + hits[nth]
    return {**_strip(c), "span": [start, start + len(c["figure"])], "context": list(ctx)}


def _strip(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in {"where", "figure", "nth", "notes"}}


def _find(text: str, passage: str, at: str) -> tuple[int, int]:
    first = text.find(passage)
    if first < 0:
        raise SystemExit(f"{at}: passage not in the text")
    if text.find(passage, first + 1) >= 0:
        raise SystemExit(f"{at}: passage occurs more than once; quote more of it")
    return first, first + len(passage)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("select")
    sub.add_parser("more")
    sub.add_parser("third")
    sub.add_parser("fourth")
    sub.add_parser("fifth")
    sub.add_parser("show").add_argument("id")
    sub.add_parser("build").add_argument("scratch", nargs="+")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        raise SystemExit(f"{SHARED} is absent: the annotation tools read the shared corpus")
    draws = {
        "select": select,
        "more": select_more,
        "third": select_third,
        "fourth": select_fourth,
        "fifth": select_fifth,
    }
    if args.cmd in draws:
        rows = draws[args.cmd]()
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
    elif args.cmd == "show":
        show(args.id)
    else:
        json.dump(build(args.scratch), sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
