"""Scoring analyses against a hand annotation in the shape of ../shared/gold/seeds.json.

Shared by the evaluation gates (the seeds, the bundled sample) so that both score by the same
rules. A predicted claim matches a gold claim of the same article with the same value (or
[low, high]) when its figure lies inside the gold ``where`` text or its sentence overlaps it.
Optional gold items neither help nor hurt. Names (sources, about, who denies) match as
case-insensitive sets, after mapping each name through ``Names`` (the annotation's aliases, when a
gate gives them). Misses are printed for an analyst (``pytest -s``); scores are returned.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from telusur.records import Analysis, Claim

Span = tuple[int, int]
Gold = dict[str, Any]
Label = Callable[[str], str]


@dataclass(frozen=True)
class Names:
    """Lower-cased alias -> lower-cased canonical name; names not listed stay as they are."""

    canonical: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, entities: Iterable[Gold], unnamed: Iterable[str] = ()) -> Names:
        """From gold ``entities`` (canonical and aliases) and the labels of unnamed sources.

        An alias shared by two entities is ambiguous and left unmapped. An unnamed source
        ("an official of X who asked not to be named") is reported by the analysis as the
        institution it speaks for, so its label counts as the longest entity alias it contains;
        a label naming none ("the chain message") stays itself.
        """
        table: dict[str, set[str]] = {}
        for entity in entities:
            for alias in (entity["canonical"], *entity["aliases"]):
                table.setdefault(alias.lower(), set()).add(entity["canonical"].lower())
        aliases = {a: next(iter(c)) for a, c in table.items() if len(c) == 1}
        for label in unnamed:
            low = label.lower()
            inside = [a for a in aliases if re.search(rf"\b{re.escape(a)}\b", low)]
            aliases[low] = aliases[max(inside, key=len)] if inside else low
        return cls(aliases)

    def one(self, name: str | None) -> str:
        low = (name or "").lower()
        return self.canonical.get(low, low)

    def gold(self, value: Any) -> set[str]:
        """The names of a gold ``source``/``by`` (None, a name, or a list of names)."""
        if value is None:
            return set()
        items = value if isinstance(value, list) else [value]
        return {self.one(str(v)) for v in items}

    def got(self, names: Iterable[str]) -> set[str]:
        return {self.one(n) for n in names}


def where(text: str, where: str) -> Span | None:
    """The gold ``where`` in the cleaned text (quotes normalised), or None."""
    for variant in (where, where.replace('"', "“"), where.replace('"', "”")):
        at = text.find(variant)
        if at >= 0:
            return at, at + len(variant)
    plain = _plain(text)
    at = plain.find(_plain(where))
    return (at, at + len(where)) if at >= 0 else None


def _plain(s: str) -> str:
    return s.translate(str.maketrans("“”„‟’‘", '""""\'\'')).lower()


def value_ok(claim: Claim, gold: Gold) -> bool:
    """Same value, as annotators write it: thirds and sixths rounded ("0.667"), and no
    floating-point residue ("151.5 pence" is 1.515)."""
    value = gold["value"]
    if isinstance(value, list):
        return _same(claim.low, value[0]) and _same(claim.high, value[1])
    if claim.value is None:
        return claim.low == claim.high and _same(claim.low, value)
    return _same(claim.value, value)


_ROUNDING = 1e-3  # relative: a third written 0.333 or 0.667


def _same(got: float | None, want: float) -> bool:
    return got is not None and math.isclose(got, want, rel_tol=_ROUNDING)


def matches(claim: Claim, gold: Gold, text: str) -> bool:
    span = where(text, gold["where"])
    if span is None or not value_ok(claim, gold):
        return False
    inside = span[0] <= claim.span[0] and claim.span[1] <= span[1]
    overlaps = claim.sentence[0] < span[1] and span[0] < claim.sentence[1]
    return inside or overlaps


def when_ok(gold: Any, got: tuple[str, str] | None) -> bool:
    if gold is None:
        return got is None
    want = (gold, gold) if isinstance(gold, str) else tuple(gold)
    return got is not None and tuple(got) == want


def score_claims(
    results: Mapping[str, Analysis], gold: Gold, names: Names, label: Label
) -> dict[str, float]:
    """Recall, precision, and the share of matched claims with the gold source, about, when and
    status. Misses, extra claims and wrong fields are printed."""
    required = [g for g in gold["claims"] if not g.get("optional")]
    optional = [g for g in gold["claims"] if g.get("optional")]
    matched: list[tuple[Gold, Claim]] = []
    for g in required:
        res = results[g["article"]]
        hit = next((c for c in res.claims if matches(c, g, res.article.text)), None)
        if hit is not None:
            matched.append((g, hit))
        else:
            near = _near(res, g["where"])
            print(f"MISSED {label(g['article'])} {g['where']!r} {g['value']}{near}")
    predicted = extra = restated = 0
    for key, res in results.items():
        text = res.article.text
        for c in res.claims:
            golds = [g for g in gold["claims"] if g["article"] == key and matches(c, g, text)]
            if golds and all(g in optional for g in golds):
                continue
            if not golds and any(g["article"] == key and value_ok(c, g) for g in gold["claims"]):
                restated += 1  # a gold figure said again where the gold does not list it
                continue
            predicted += 1
            if not golds:
                extra += 1
                print(f"EXTRA  {label(key)} {text[c.span[0] : c.span[1]]!r} {c.counts!r}")
    n = len(matched)
    for g, c in matched:
        at = f"{label(g['article'])} {g['where']!r}"
        if not _source_ok(g, c, names):
            print(f"SOURCE {at}: gold {g['source']} got {c.sources}")
        if not when_ok(g["when"], c.when):
            print(f"WHEN   {at}: gold {g['when']} got {c.when}")
        if not _about_ok(g, c, names):
            print(f"ABOUT  {at}: gold {g['about']} got {c.about}")
    # Restated gold figures outside the gold spans count as errors: the gold lists every claim
    # it expects, and an unlisted restatement is an extra claim to a reader.
    print(f"restated gold figures outside the gold spans: {restated}")
    return {
        "recall": n / len(required),
        "precision": (predicted - extra) / (predicted + restated) if predicted else 0.0,
        "source": sum(_source_ok(g, c, names) for g, c in matched) / n,
        "about": sum(_about_ok(g, c, names) for g, c in matched) / n,
        "when": sum(when_ok(g["when"], c.when) for g, c in matched) / n,
        "status": sum(g["status"] == c.status for g, c in matched) / n,
    }


def _near(res: Analysis, gold_where: str) -> str:
    """What the analysis claimed at a missed gold span, for the analyst: value, low, high."""
    span = where(res.article.text, gold_where)
    if span is None:
        return " (where not in the cleaned text)"
    got = [
        (c.value, c.low, c.high) for c in res.claims if c.span[0] < span[1] and span[0] < c.span[1]
    ]
    return f" got {got}" if got else ""


def _source_ok(g: Gold, c: Claim, names: Names) -> bool:
    return names.gold(g["source"]) == names.got(c.sources)


def _about_ok(g: Gold, c: Claim, names: Names) -> bool:
    return names.one(g["about"]) == names.one(c.about)


def score_denials(
    results: Mapping[str, Analysis], gold: Gold, names: Names, label: Label
) -> dict[str, float]:
    """Recall of gold denials (overlapping span, same deniers) and, among those found, the share
    with the gold kind (denial | not_confirmed). Misses are printed."""
    required = [g for g in gold["denials"] if not g.get("optional")]
    found = kind = 0
    for g in required:
        res = results[g["article"]]
        span = where(res.article.text, g["where"])
        want = names.gold(g["by"])
        hit = None
        if span is not None:
            hit = next(
                (
                    d
                    for d in res.denials
                    if d.span[0] < span[1] and span[0] < d.span[1] and names.got(d.by) == want
                ),
                None,
            )
        if hit is None:
            got = [
                (d.by, d.kind)
                for d in res.denials
                if span is not None and d.span[0] < span[1] and span[0] < d.span[1]
            ]
            near = f" got {got}" if got else ""
            print(f"MISSED DENIAL {label(g['article'])} {g['where']!r} by {g['by']}{near}")
            continue
        found += 1
        if "kind" in g and g["kind"] != hit.kind:
            print(f"KIND   {label(g['article'])} {g['where']!r}: gold {g['kind']} got {hit.kind}")
        kind += "kind" not in g or g["kind"] == hit.kind
    return {"recall": found / len(required), "kind": kind / found if found else 0.0}


def score_times(results: Mapping[str, Analysis], gold: Gold, label: Label) -> dict[str, float]:
    """Share of gold time expressions found (a time overlapping the gold text) and found with
    the gold interval. Misses and wrong intervals are printed."""
    found = right = 0
    for g in gold["times"]:
        res = results[g["article"]]
        span = where(res.article.text, g["text"])
        want = tuple(g["value"])
        near = (
            []
            if span is None
            else [t for t in res.times if t.span[0] < span[1] and span[0] < t.span[1]]
        )
        at = f"{label(g['article'])} {g['text']!r}"
        if not near:
            print(f"MISSED TIME {at} {g['value']}")
            continue
        found += 1
        if any((t.start, t.end) == want for t in near):
            right += 1
        else:
            print(f"INTERVAL {at}: gold {g['value']} got {[(t.start, t.end) for t in near]}")
    total = len(gold["times"])
    return {"found": found / total, "interval": right / total}


def boilerplate_claims(results: Mapping[str, Analysis], gold: Gold) -> list[tuple[str, str]]:
    """(article, line) for every gold boilerplate line still in the text that yields a claim."""
    bad = []
    for key, res in results.items():
        text = res.article.text
        for line in gold["articles"][key]["boilerplate"]:
            at = text.find(line)
            if at >= 0 and any(at <= c.span[0] < at + len(line) for c in res.claims):
                bad.append((key, line))
    return bad
