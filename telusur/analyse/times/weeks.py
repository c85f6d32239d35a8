"""Weeks of a month: "pekan ketiga Juni" (days 15-21), "minggu ke-4 Mei 2024" (days 22-28),
"the last week of May" (22 to the month's end). The words are data (``[month_weeks]`` in
``lang/<lang>/time.toml``); each week becomes a day range the resolver reads like "15-21 Juni",
replacing the shorter expressions found inside it.
"""

from __future__ import annotations

import re
from calendar import monthrange
from functools import lru_cache

from telusur.analyse.times.parse import RawTime
from telusur.analyse.times.words import lexicon
from telusur.lang import load

__all__ = ["month_weeks"]

LAST = 0  # "pekan terakhir": from day 22 to the month's end


@lru_cache(maxsize=8)
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int], tuple[str, ...]] | None:
    table = load(lang, "time").get("month_weeks")
    if not table:
        return None
    lex = lexicon(lang)
    ordinals = {
        str(k).lower(): int(v) for k, v in {**lex.ordinals, **table.get("ordinals", {})}.items()
    }
    ordinals.update({w: LAST for w in table.get("last", [])})
    words = "|".join(sorted((re.escape(w) for w in ordinals), key=len, reverse=True))
    months = "|".join(sorted((re.escape(m) for m in lex.months), key=len, reverse=True))
    units = "|".join(re.escape(u) for u in table["units"])
    of = "|".join(re.escape(o) for o in table.get("of", []))
    if of:  # English: "the third week of June"
        body = rf"(?:the\s+)?(?P<ord>{words})\s+(?:{units})\s+(?:{of})\s+(?P<month>{months})"
    else:  # Indonesian: "pekan ketiga Juni", "minggu ke-4 Mei"
        body = rf"(?:{units})\s+(?:ke-?\s*)?(?P<ord>{words})\s+(?:bulan\s+)?(?P<month>{months})"
    year = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    if of:
        cues = tuple(f"{u} {o} " for u in table["units"] for o in table["of"])
    else:
        spelled = {w for w in ordinals if len(w) > 2 and not w.startswith("ke")}
        cues = tuple(f"{u} {w}" for u in table["units"] for w in sorted({*spelled, "ke"}))
    return re.compile(rf"\b{body}{year}\b", re.IGNORECASE), ordinals, cues


def _cued(low: str, cues: tuple[str, ...]) -> bool:
    """Whether a cue ("pekan ketiga", "week of ") occurs: found by its first word, which string
    search finds faster than a regular expression scans."""
    for head, tails in _heads(cues):
        at = low.find(head)
        while at >= 0:
            if low.startswith(tails, at + len(head)):
                return True
            at = low.find(head, at + len(head))
    return False


@lru_cache(maxsize=8)
def _heads(cues: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    grouped: dict[str, list[str]] = {}
    for cue in cues:
        head, tail = cue.split(" ", 1)
        grouped.setdefault(head + " ", []).append(tail)
    return tuple((head, tuple(tails)) for head, tails in grouped.items())


def month_weeks(text: str, lang: str, parsed: list[RawTime], low: str) -> list[RawTime]:
    """``parsed`` with every week of a month added, overlapping expressions dropped (``low``
    is ``text`` lower-cased)."""
    found = _pattern(lang)
    if found is None:
        return parsed
    pattern, ordinals, cues = found
    if not _cued(low, cues):  # the full pattern only where a week of a month may be
        return parsed
    lex = lexicon(lang)
    weeks = []
    for m in pattern.finditer(text):
        k = ordinals.get(m["ord"].lower())
        month = lex.months.get(m["month"].lower())
        if k is None or month is None or k > 4:
            continue
        year = int(m["year"]) if m["year"] else None
        first = 22 if k == LAST else 7 * (k - 1) + 1
        last = monthrange(year or 2001, month)[1] if k == LAST else first + 6
        weeks.append(
            RawTime(m.span(), "days", y=year, m=month, d=first, y2=year, m2=month, d2=last)
        )
    if not weeks:
        return parsed
    kept = [
        r for r in parsed if not any(r.span[0] < w.span[1] and w.span[0] < r.span[1] for w in weeks)
    ]
    return sorted([*kept, *weeks], key=lambda r: r.span)
