"""Tools for the hand-annotated time sets (tests/gold/times/).

The gold keeps ids, character spans and the annotator's judgements, never the publishers' text:
the annotator quotes the article in a scratch file outside the project and ``build`` turns each
quote into a span of the record's ``text`` in ../shared.

    python scripts/times_gold.py select        # the fixed random selection with its dev/test split
    python scripts/times_gold.py show ID       # the text with time-word candidates marked
    python scripts/times_gold.py build SCRATCH # scratch lines -> span-only gold (stdout)
    python scripts/times_gold.py more          # a second draw, all dev, disjoint from the first
    python scripts/times_gold.py more-en       # a third draw: English, all dev
    python scripts/times_gold.py more-en4      # a fourth draw: English, all dev, outside all gold
    python scripts/times_gold.py more-en5      # a fifth draw, likewise (selection-en5.json)
    python scripts/times_gold.py more-en6      # a sixth draw, likewise (selection-en6.json)
    python scripts/times_gold.py build SCRATCH --into GOLD  # add a draw's articles to GOLD

Scratch format, one article per block::

    # ID published=2019-09-03           (or published=? when the page gives no date)
    quote | start | end [| kind] [| optional]
    quote#2 | rel | week:-1           (a second occurrence; an interval relative to publication)

``kind`` is ``date`` (the default), ``clock`` or ``duration``. ``rel`` specs are read by
``tests/times_eval.py``.
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
    "insei": SHARED / "corpus" / "id_insei_economy_2017-2025.jsonl",
    "bbc": SHARED / "corpus" / "en_bbc_2004-2005.jsonl",
}
SEED = 14_2026_1206
QUOTA = {"devcorpus": 20, "indosum": 10, "insei": 10, "bbc": 40}
# The second draw: fresh development signal once the first dev half has been tuned on.
MORE_SEED = 14_2026_1207
MORE_QUOTA = {"devcorpus": 10, "indosum": 5, "insei": 5}
# The third draw: English, once the first English dev half had been tuned on.
MORE_EN_SEED = 14_2026_1208
MORE_EN_QUOTA = 16
# The fourth draw: English again, once the third had been tuned on; outside every gold set.
MORE_EN4_SEED = 14_2026_1209
# The fifth draw: English again, once the fourth had been tuned on; outside every gold set.
MORE_EN5_SEED = 14_2026_1210
# The sixth draw: English again, once the fifth had been tuned on; outside every gold set.
MORE_EN6_SEED = 14_2026_1211
GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
SELECTION_EN4 = GOLD / "times" / "selection-en4.json"
SELECTION_EN5 = GOLD / "times" / "selection-en5.json"
SELECTION_EN6 = GOLD / "times" / "selection-en6.json"
BBC_ID = re.compile(r"bbc-[a-z]+-\d+")
ATTRIBUTION = Path(__file__).resolve().parents[1] / "tests" / "gold" / "attribution"
TIME_WORD = re.compile(
    r"\b(19\d\d|20\d\d|\d{1,2}[/.:]\d{1,2}|januari|februari|maret|april|mei|juni|juli|agustus|"
    r"september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|"
    r"des|january|february|march|may|june|july|august|october|december|senin|selasa|rabu|kamis|"
    r"jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hari|pekan|"
    r"bulan|tahun|kuartal|semester|triwulan|periode|lalu|kemarin|besok|nanti|depan|sebelumnya|"
    r"kemudian|pukul|jam|day|days|week|weeks|month|months|year|years|quarter|ago|last|next|"
    r"yesterday|today|tomorrow|tonight|earlier|later|since|until|season|summer|winter|spring|"
    r"autumn|christmas|weekend|decade|century|menit|detik|malam|pagi|siang|sore|dini|hours?)\b",
    re.I,
)


def records(name: str) -> Iterator[dict[str, Any]]:
    with FILES[name].open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def usable(rec: dict[str, Any]) -> bool:
    """Short enough to annotate every expression carefully, long enough to hold several."""
    text = rec["text"] or ""
    return 700 <= len(text) <= 2400 and len(TIME_WORD.findall(text)) >= 4


def select() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    rows: list[dict[str, Any]] = []
    for name, n in QUOTA.items():
        pool = [r for r in records(name) if usable(r) and _dated(name, r)]
        lang = "en" if name == "bbc" else "id"
        for rec in rng.sample(pool, n):
            rows.append(_row(rec, lang, name))
    for lang in ("id", "en"):
        members = [r for r in rows if r["lang"] == lang]
        rng.shuffle(members)
        for i, row in enumerate(members):
            row["split"] = "test" if i % 2 == 0 else "dev"
    return rows


def select_more() -> list[dict[str, Any]]:
    """Indonesian articles outside the first draw and the attribution sets, all ``dev``."""
    taken = {row["id"] for row in select()} | _attribution_ids()
    rng = random.Random(MORE_SEED)
    rows: list[dict[str, Any]] = []
    for name, n in MORE_QUOTA.items():
        pool = [r for r in records(name) if usable(r) and _dated(name, r) and r["id"] not in taken]
        for rec in rng.sample(pool, n):
            rows.append({**_row(rec, "id", name), "split": "dev", "draw": 2})
    return rows


def select_more_en() -> list[dict[str, Any]]:
    """BBC pages outside the earlier draws and the attribution sets, all ``dev``."""
    taken = {row["id"] for row in select() + select_more()} | _attribution_ids()
    rng = random.Random(MORE_EN_SEED)
    pool = [r for r in records("bbc") if usable(r) and r["id"] not in taken]
    return [
        {**_row(rec, "en", "bbc"), "split": "dev", "draw": 3}
        for rec in rng.sample(pool, MORE_EN_QUOTA)
    ]


def select_more_en4() -> list[dict[str, Any]]:
    """BBC pages that no gold set of the project held (times, attribution, quantities...)."""
    return _kept_draw(SELECTION_EN4, MORE_EN4_SEED, 4)


def select_more_en5() -> list[dict[str, Any]]:
    """BBC pages outside every gold set, the fourth draw included."""
    return _kept_draw(SELECTION_EN5, MORE_EN5_SEED, 5)


def select_more_en6() -> list[dict[str, Any]]:
    """BBC pages outside every gold set, the fifth draw included."""
    return _kept_draw(SELECTION_EN6, MORE_EN6_SEED, 6)


def _kept_draw(path: Path, seed: int, draw: int) -> list[dict[str, Any]]:
    """A draw outside every gold set, kept in ``path`` once made.

    The gold sets grow, so a draw is read from its file once made, not drawn again against a
    pool that has changed since."""
    if path.exists():
        rows: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
        return rows
    taken = {row["id"] for row in select() + select_more() + select_more_en()}
    taken |= _attribution_ids() | _gold_bbc_ids()
    rng = random.Random(seed)
    pool = [r for r in records("bbc") if usable(r) and r["id"] not in taken]
    return [
        {**_row(rec, "en", "bbc"), "split": "dev", "draw": draw}
        for rec in rng.sample(pool, MORE_EN_QUOTA)
    ]


def _gold_bbc_ids() -> set[str]:
    return {i for p in GOLD.rglob("*.json") for i in BBC_ID.findall(p.read_text(encoding="utf-8"))}


def _attribution_ids() -> set[str]:
    ids: set[str] = set()
    for path in ATTRIBUTION.glob("selection*.json"):
        ids |= {row["id"] for row in json.loads(path.read_text(encoding="utf-8"))}
    return ids


def _dated(name: str, rec: dict[str, Any]) -> bool:
    """Indonesian pages whose metadata date is the publication day (IndoSum: CNN's URL dates)."""
    if name == "bbc":
        return True
    if name == "indosum":
        return rec["source"] == "cnn indonesia"
    return bool(rec.get("published"))


def _row(rec: dict[str, Any], lang: str, file: str) -> dict[str, Any]:
    return {
        "id": rec["id"],
        "file": file,
        "lang": lang,
        "outlet": rec["source"],
        "metadata": (rec.get("published") or "")[:10] or None,
        "sha1": hashlib.sha1(rec["text"].encode("utf-8")).hexdigest(),
    }


def text_of(article_id: str, file: str) -> str:
    for rec in records(file):
        if rec["id"] == article_id:
            return str(rec["text"])
    raise SystemExit(f"article {article_id!r} not found in {file}")


def show(row: dict[str, Any]) -> None:
    text = text_of(row["id"], row["file"])
    print(f"# {row['id']} {row['lang']} {row['split']} metadata={row['metadata']}")
    print(TIME_WORD.sub(lambda m: f"[{m[0]}]", text))


def build(paths: list[str]) -> dict[str, Any]:
    selection = {row["id"]: row for row in _all_rows()}
    gold: dict[str, Any] = {"articles": {}, "times": []}
    for path in paths:
        aid, text = "", ""
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            if line.startswith("# "):
                head = line[2:].split()
                aid = head[0]
                text = text_of(aid, selection[aid]["file"])
                pub = dict(p.split("=", 1) for p in head[1:]).get("published", "?")
                gold["articles"][aid] = {**selection[aid], "published": None if pub == "?" else pub}
                continue
            gold["times"].append(_time(aid, text, line, f"{path}:{n}"))
    return gold


def _time(aid: str, text: str, line: str, at: str) -> dict[str, Any]:
    cells = [c.strip() for c in line.split("|")]
    quote, nth = cells[0], 1
    if re.search(r"#\d+$", quote):
        quote, nth = quote.rsplit("#", 1)[0], int(quote.rsplit("#", 1)[1])
    hits = [m.start() for m in re.finditer(re.escape(quote), text)]
    if len(hits) < nth or (len(hits) > 1 and "#" not in cells[0]):
        raise SystemExit(f"{at}: {quote!r} found {len(hits)} times (add #n)")
    start = hits[nth - 1]
    item: dict[str, Any] = {"article": aid, "span": [start, start + len(quote)]}
    rest = cells[1:]
    if rest and rest[0] == "rel":
        item["rel"] = rest[1]
        rest = rest[2:]
    elif len(rest) >= 2 and rest[0] not in ("clock", "duration", "optional"):
        item["start"], item["end"] = rest[0], rest[1]
        rest = rest[2:]
    item["kind"] = next((c for c in rest if c in ("clock", "duration")), "date")
    item["optional"] = "optional" in rest
    return item


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("select")
    sub.add_parser("more")
    sub.add_parser("more-en")
    sub.add_parser("more-en4")
    sub.add_parser("more-en5")
    sub.add_parser("more-en6")
    sub.add_parser("show").add_argument("id", nargs="+")
    build_cmd = sub.add_parser("build")
    build_cmd.add_argument("scratch", nargs="+")
    build_cmd.add_argument("--into", type=Path, help="a gold file to add the scratch's articles to")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        raise SystemExit(f"{SHARED} is absent: the annotation tools read the shared corpus")
    if args.cmd in DRAWS:
        json.dump(
            DRAWS[args.cmd](),
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
    elif args.cmd == "show":
        rows = {row["id"]: row for row in _all_rows()}
        for aid in args.id:
            show(rows[aid])
    elif args.into:
        _add(build(args.scratch), args.into)
        return
    else:
        json.dump(build(args.scratch), sys.stdout, ensure_ascii=False, indent=1)
    print()


DRAWS = {
    "select": select,
    "more": select_more,
    "more-en": select_more_en,
    "more-en4": select_more_en4,
    "more-en5": select_more_en5,
    "more-en6": select_more_en6,
}


def _all_rows() -> list[dict[str, Any]]:
    return [
        *select(),
        *select_more(),
        *select_more_en(),
        *select_more_en4(),
        *select_more_en5(),
        *select_more_en6(),
    ]


def _add(draw: dict[str, Any], path: Path) -> None:
    """Append a draw to a gold file; an article already there is refused, never overwritten."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    twice = sorted(set(draw["articles"]) & set(gold["articles"]))
    if twice:
        raise SystemExit(f"{path}: already holds {', '.join(twice)}")
    gold["articles"].update(draw["articles"])
    gold["times"].extend(draw["times"])
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
