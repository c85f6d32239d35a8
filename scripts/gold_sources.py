"""The fifth attribution draw: dev articles rich in attributed statements.

Test's weakest judgement is the source: the wrong party, the outlet's own figures given a source
(or sourced figures left in the outlet's voice), and attribution carried too far or not far
enough. A plain random draw holds many articles with one speaker or none, so this draw keeps
only articles whose text carries several words of saying or reporting, stratifies the
Indonesian devcorpus by topic as ``select`` does, and takes them at random with a fixed seed,
disjoint from every gold set in tests/gold/. The cue lists are frozen here, not read from
telusur/lang/, so that the draw stays the same when the vocabularies grow.
"""

from __future__ import annotations

import random
import re
from typing import Any

from gold import SEED, _draw, _row, records, stratum, usable
from gold_denials import bbc_pool, desk_pool, gold_ids, words_pattern

FIFTH_SEED = SEED + 4
FIFTH_ID = {
    "devcorpus": {
        "court": 2,
        "disaster": 2,
        "economy": 2,
        "politics": 2,
        "international": 2,
        "other": 1,
    },
    "indosum": 4,
}
FIFTH_EN = {"business": 5, "politics": 5}
# At least this many cue words, and at least two different ones, so that a draw's article
# usually holds more than one attributed statement.
MIN_CUES = 4
CUES = {
    "id": [
        "mengatakan",
        "kata",
        "katanya",
        "ujar",
        "ujarnya",
        "tutur",
        "tuturnya",
        "ungkap",
        "ungkapnya",
        "menurut",
        "menjelaskan",
        "menyebutkan",
        "menyebut",
        "menambahkan",
        "mencatat",
        "berdasarkan data",
        "melaporkan",
        "survei",
        "jelasnya",
    ],
    "en": [
        "said",
        "says",
        "according to",
        "told",
        "added",
        "reported",
        "estimated",
        "figures from",
        "survey",
        "poll",
        "showed",
        "shows",
    ],
}


def cue_pattern(lang: str) -> re.Pattern[str]:
    return words_pattern(CUES[lang])


def sourced(text: str, lang: str) -> bool:
    hits = [m.group(1).lower() for m in cue_pattern(lang).finditer(text)]
    return len(hits) >= MIN_CUES and len(set(hits)) >= 2


def select_fifth(taken: set[str]) -> list[dict[str, Any]]:
    rng = random.Random(FIFTH_SEED)
    seen = gold_ids()

    def fresh(rec: dict[str, Any], lang: str) -> bool:
        return (
            rec["id"] not in taken
            and f'"{rec["id"]}"' not in seen
            and usable(rec)
            and sourced(rec["text"], lang)
        )

    rows: list[dict[str, Any]] = []
    pools: dict[str, list[dict[str, Any]]] = {}
    for rec in records("devcorpus"):
        if fresh(rec, "id"):
            pools.setdefault(stratum(rec["text"]), []).append(rec)
    for name, n in FIFTH_ID["devcorpus"].items():
        rows += [_row(r, "id", "devcorpus", name) for r in _draw(rng, pools.get(name, []), n)]
    desk = desk_pool(fresh)
    rows += [_row(r, "id", "indosum", "news") for r in _draw(rng, desk, FIFTH_ID["indosum"])]
    for cat, n in FIFTH_EN.items():
        pool = bbc_pool(cat, fresh)
        rows += [_row(r, "en", "bbc", cat) for r in _draw(rng, pool, n)]
    for row in rows:
        row["split"] = "dev"
    return rows
