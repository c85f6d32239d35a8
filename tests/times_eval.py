"""Scorer for the hand-annotated time sets (tests/gold/times/).

Each article is analysed as ingest would: its metadata date when the page has one, else the
date the text supports. A gold expression is right when a found time overlaps its span and
has the gold interval. An interval written relative to publication (``rel``, for pages whose
day nobody knows) is computed from the publication interval Telusur gives: right only when
that interval settles it (both ends give the same answer) and the found time has it.
Accuracy counts the non-optional day, month, year and period expressions; clock times and
durations are reported apart. ``ANCHOR`` gives undated pages a publication day, to measure
resolution apart from dating (the BBC set's absolute intervals assume early 2005).
"""

from __future__ import annotations

import json
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from telusur.analyse.times.find import publication_bounds, times_and_published
from telusur.clean.published import from_metadata
from telusur.records import TimeRef

GOLD = Path(__file__).resolve().parent / "gold" / "times"
FILES = {
    "devcorpus": ("devcorpus", "id_clickid_2019-09.jsonl"),
    "indosum": ("corpus", "id_indosum_devfolds_2016-2018.jsonl"),
    "insei": ("corpus", "id_insei_economy_2017-2025.jsonl"),
    "bbc": ("corpus", "en_bbc_2004-2005.jsonl"),
}
Interval = tuple[date, date]
ANCHOR = date(2005, 2, 16)


@dataclass
class Score:
    total: int = 0
    right: int = 0
    clock_total: int = 0
    clock_right: int = 0
    durations: int = 0
    durations_found: int = 0
    published_known: int = 0
    published_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def load_gold(lang: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD / f"{lang}.json").read_text(encoding="utf-8"))
    return data


def records(shared: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for folder, name in FILES.values():
        path = shared / folder / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if any(i in line[:200] for i in ids):
                    rec = json.loads(line)
                    if rec["id"] in ids:
                        out[rec["id"]] = rec
    return out


def score(
    shared: Path, lang: str, split: str, anchor: date | None = None, draw: int | None = None
) -> Score:
    """``anchor``: the publication day given to pages without metadata, to measure resolution
    apart from dating (every ``rel`` interval is a function of that day). ``draw``: only the
    articles of that draw (the first draw has none written)."""
    gold = load_gold(lang)
    arts = {
        k: v
        for k, v in gold["articles"].items()
        if v["split"] == split and (draw is None or v.get("draw", 1) == draw)
    }
    recs = records(shared, set(arts))
    result = Score()
    by_article: dict[str, list[dict[str, Any]]] = {}
    for item in gold["times"]:
        by_article.setdefault(item["article"], []).append(item)
    for aid, meta in arts.items():
        rec = recs[aid]
        known = from_metadata(rec.get("published"), "published")
        if anchor is not None and known.how == "unknown":
            day = anchor.isoformat()
            known = from_metadata(day, "anchor")
        published, times = times_and_published(rec["text"], lang, known)
        bounds = publication_bounds(published)
        if meta.get("published"):
            result.published_known += 1
            truth = date.fromisoformat(meta["published"])
            result.published_right += bool(bounds and bounds[0] == truth == bounds[1])
        for item in by_article.get(aid, []):
            _judge(result, item, times, bounds, rec["text"])
    return result


def _judge(
    result: Score, item: dict[str, Any], times: list[TimeRef], bounds: Interval | None, text: str
) -> None:
    a, b = item["span"]
    found = [t for t in times if t.span[0] < b and a < t.span[1]]
    if item["kind"] == "duration":
        result.durations += 1
        result.durations_found += any(getattr(t, "granularity", "") == "duration" for t in found)
        return
    if item["optional"]:
        return
    want = expected(item, bounds)
    ok = want is not None and any(_interval(t) == want for t in found)
    if item["kind"] == "clock":
        result.clock_total += 1
        result.clock_right += ok
        return
    result.total += 1
    result.right += ok
    if not ok:
        got = [(t.text, t.start, t.end) for t in found]
        result.misses.append(f"{item['article']} {text[a:b]!r} want {want} got {got}")


def _interval(t: TimeRef) -> Interval | None:
    if not t.start or not t.end:
        return None
    return date.fromisoformat(t.start[:10]), date.fromisoformat(t.end[:10])


def expected(item: dict[str, Any], bounds: Interval | None) -> Interval | None:
    if "rel" not in item:
        return date.fromisoformat(item["start"]), date.fromisoformat(item["end"])
    if bounds is None:
        return None
    first, last = (rel(item["rel"], day) for day in bounds)
    return first if first == last else None


def rel(spec: str, p: date) -> Interval:
    """An interval relative to publication day ``p``: ``A`` or ``A..B`` (A's start, B's end)."""
    if ".." in spec:
        left, right = spec.split("..")
        return rel(left, p)[0], rel(right, p)[1]
    name, *args = spec.split(":")
    n = [int(x) for x in args]
    if name == "day":
        d = p + timedelta(days=n[0])
        return d, d
    if name in ("wd", "wd+"):
        step = -1 if name == "wd" else 1
        d = p
        while d.weekday() != n[0]:
            d += timedelta(days=step)
        return d, d
    if name == "week":
        monday = p - timedelta(days=p.weekday()) + timedelta(weeks=n[0])
        return monday, monday + timedelta(days=6)
    if name == "month":
        y, m = divmod(p.year * 12 + p.month - 1 + n[0], 12)
        return _month(y, m + 1)
    if name == "year":
        return date(p.year + n[0], 1, 1), date(p.year + n[0], 12, 31)
    if name in ("mon", "mon-", "mon+"):
        m = n[0]
        if name == "mon+":
            y = p.year if m >= p.month else p.year + 1
        elif name == "mon":
            y = p.year if m <= p.month else p.year - 1
        else:
            y = p.year if m < p.month else p.year - 1
        return _month(y, m)
    if name == "ym":
        return _month(p.year, n[0])
    if name in ("md", "md+"):
        d = date(p.year, n[0], n[1])
        if name == "md" and d > p:
            d = date(p.year - 1, n[0], n[1])
        if name == "md+" and d < p:
            d = date(p.year + 1, n[0], n[1])
        return d, d
    if name in ("yago", "mago"):
        months = n[0] * (12 if name == "yago" else 1)
        y, m = divmod(p.year * 12 + p.month - 1 - months, 12)
        d = date(y, m + 1, min(p.day, monthrange(y, m + 1)[1]))
        return d, d
    raise ValueError(f"unknown relative spec {spec!r}")


def _month(y: int, m: int) -> Interval:
    return date(y, m, 1), date(y, m, monthrange(y, m)[1])


def report(shared: Path, split: str) -> dict[str, Score]:
    return {lang: score(shared, lang, split) for lang in ("id", "en")}


def line(lang: str, split: str, s: Score) -> str:
    clock = f"{s.clock_right}/{s.clock_total}"
    dur = f"{s.durations_found}/{s.durations}"
    pub = f"{s.published_right}/{s.published_known}"
    return (
        f"{lang} {split}: time accuracy {s.accuracy:.3f} ({s.right}/{s.total}); "
        f"clock times {clock}; durations found {dur}; publication day {pub}"
    )
