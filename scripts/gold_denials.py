"""The fourth attribution draw: dev articles rich in denials and refusals to confirm.

Denials are rare (a few in a hundred articles), so a plain random draw gives the denial rules
almost no signal. This draw keeps only articles whose text carries a word of rejecting or not
confirming, from the vocabulary the rules knew when it was drawn and from words they did not
("refuted", "dibantah", "keliru", "klarifikasi"), and takes them at random with a fixed seed,
disjoint from every gold set in tests/gold/. The cue lists are frozen here, not read from
telusur/lang/, so that the draw stays the same when the vocabularies grow.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gold import INDOSUM_DESKS, SEED, _draw, _row, records, usable

FOURTH_SEED = SEED + 3
FOURTH_ID = {"devcorpus": 11, "indosum": 4}
FOURTH_EN = {"business": 7, "politics": 8}
GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
CUES = {
    "id": [
        "membantah",
        "dibantah",
        "bantah",
        "menampik",
        "ditampik",
        "menyangkal",
        "disangkal",
        "menyanggah",
        "disanggah",
        "menepis",
        "ditepis",
        "tidak benar",
        "tak benar",
        "hoaks",
        "hoax",
        "berita bohong",
        "tidak berdasar",
        "mengada-ada",
        "keliru",
        "tidak sesuai fakta",
        "tidak sesuai dengan fakta",
        "klarifikasi",
        "mengklarifikasi",
        "meluruskan",
        "enggan berkomentar",
        "enggan menanggapi",
        "belum dapat dikonfirmasi",
        "belum bisa dipastikan",
        "belum dapat memastikan",
        "tidak dapat memverifikasi",
        "menolak berkomentar",
        "menolak tuduhan",
        "menolak tudingan",
        "fitnah",
    ],
    "en": [
        "denied",
        "denies",
        "deny",
        "refuted",
        "rebuffed",
        "rebutted",
        "contested",
        "disputed",
        "rejected",
        "dismissed",
        "pushed back",
        "walked back",
        "retracted",
        "untrue",
        "not true",
        "baseless",
        "unfounded",
        "declined to comment",
        "would not comment",
        "refused to comment",
        "could not confirm",
        "would not confirm",
        "declined to say",
        "not independently verified",
        "insisted",
        "played down",
        "inaccurate",
        "misleading",
    ],
}


def cue_pattern(lang: str) -> re.Pattern[str]:
    return words_pattern(CUES[lang])


def words_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of ``words`` as whole words, the longest first so that phrases win."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, ordered)) + r")\b", re.IGNORECASE)


def desk_pool(fresh: Callable[[dict[str, Any], str], bool]) -> list[dict[str, Any]]:
    """IndoSum's lead stories from the news desks, the fresh ones."""
    return [
        r
        for r in records("indosum")
        if r["source"] in INDOSUM_DESKS
        and r["meta"].get("category") == "tajuk utama"
        and fresh(r, "id")
    ]


def bbc_pool(cat: str, fresh: Callable[[dict[str, Any], str], bool]) -> list[dict[str, Any]]:
    return [r for r in records("bbc") if r["meta"].get("category") == cat and fresh(r, "en")]


def gold_ids() -> str:
    """The other gold sets' text (boilerplate, linking, quantities, times), for a cheap "is
    this id in any set" test; the attribution draws come in as ``taken``. The draw is recorded
    in selection-fourth.json, which stays the reference when those sets grow."""
    files = [p for p in sorted(GOLD.rglob("*.json")) if p.parent.name != "attribution"]
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def select_fourth(taken: set[str]) -> list[dict[str, Any]]:
    rng = random.Random(FOURTH_SEED)
    seen = gold_ids()

    def fresh(rec: dict[str, Any], lang: str) -> bool:
        return (
            rec["id"] not in taken
            and f'"{rec["id"]}"' not in seen
            and usable(rec)
            and bool(cue_pattern(lang).search(rec["text"]))
        )

    rows: list[dict[str, Any]] = []
    dev = [r for r in records("devcorpus") if fresh(r, "id")]
    rows += [_row(r, "id", "devcorpus", "denial") for r in _draw(rng, dev, FOURTH_ID["devcorpus"])]
    desk = desk_pool(fresh)
    rows += [_row(r, "id", "indosum", "denial") for r in _draw(rng, desk, FOURTH_ID["indosum"])]
    for cat, n in FOURTH_EN.items():
        pool = bbc_pool(cat, fresh)
        rows += [_row(r, "en", "bbc", f"{cat} denial") for r in _draw(rng, pool, n)]
    for row in rows:
        row["split"] = "dev"
    return rows
