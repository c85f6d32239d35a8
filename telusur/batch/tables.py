"""Explicit Arrow schemas of the batch tables, and the mapping between them and Analysis records.

Every row carries ``article_id`` and every finding its ``seq`` (order within the article) and its
character span into ``articles.text``, so the tables can be joined and each finding traced back.
The mapping is exact both ways: ``analyses(tables)`` gives back the records ``rows`` was given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from telusur.records import (
    Analysis,
    Claim,
    Denial,
    Mention,
    Quantity,
    ReadError,
    TimeRef,
)
from telusur.store.rows import article_from_fields

_SPAN = pa.list_(pa.int32(), 2)

ARTICLES = pa.schema(
    [
        ("id", pa.string(), False),
        ("seq", pa.int32(), False),  # position among the partition's items (with failures)
        ("outlet", pa.string()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("published_start", pa.string()),
        ("published_end", pa.string()),
        ("published_how", pa.string(), False),
        (
            "published_evidence",
            pa.list_(pa.struct([("text", pa.string()), ("span", _SPAN), ("field", pa.string())])),
        ),
        ("language", pa.string()),
        ("dateline", pa.string()),
        ("credit", pa.string()),
        ("rubric", pa.string()),
        ("format", pa.string(), False),
        ("origin", pa.string(), False),
        ("text", pa.string(), False),
        ("boilerplate", pa.list_(pa.string())),
    ]
)

MENTIONS = pa.schema(
    [
        ("article_id", pa.string(), False),
        ("article_seq", pa.int32(), False),
        ("seq", pa.int32(), False),
        ("span", _SPAN, False),
        ("text", pa.string(), False),
        ("type", pa.string(), False),
        ("canonical", pa.string(), False),
    ]
)

QUANTITIES = pa.schema(
    [
        ("article_id", pa.string(), False),
        ("article_seq", pa.int32(), False),
        ("seq", pa.int32(), False),
        ("span", _SPAN, False),
        ("text", pa.string(), False),
        ("value", pa.float64()),
        ("low", pa.float64()),
        ("high", pa.float64()),
        ("qualifier", pa.string(), False),
        ("unit", pa.string(), False),
        ("counts", pa.string()),
        ("counts_span", _SPAN),
    ]
)

TIMES = pa.schema(
    [
        ("article_id", pa.string(), False),
        ("article_seq", pa.int32(), False),
        ("seq", pa.int32(), False),
        ("span", _SPAN, False),
        ("text", pa.string(), False),
        ("start", pa.string()),
        ("end", pa.string()),
        ("granularity", pa.string(), False),
        ("anchor", pa.string(), False),
        ("uncertain", pa.bool_(), False),
    ]
)

CLAIMS = pa.schema(
    [
        ("article_id", pa.string(), False),
        ("article_seq", pa.int32(), False),
        ("seq", pa.int32(), False),
        ("span", _SPAN, False),
        ("sentence", _SPAN, False),
        ("value", pa.float64()),
        ("low", pa.float64()),
        ("high", pa.float64()),
        ("qualifier", pa.string(), False),
        ("unit", pa.string(), False),
        ("counts", pa.string()),
        ("kind", pa.string()),
        ("about", pa.string()),
        ("sources", pa.list_(pa.string()), False),
        ("channel", pa.string()),
        ("when_start", pa.string()),
        ("when_end", pa.string()),
        ("hedge", pa.string()),
        ("status", pa.string(), False),
        ("attribution", pa.string()),
        ("cue", _SPAN),
    ]
)

DENIALS = pa.schema(
    [
        ("article_id", pa.string(), False),
        ("article_seq", pa.int32(), False),
        ("seq", pa.int32(), False),
        ("span", _SPAN, False),
        ("by", pa.list_(pa.string()), False),
        ("kind", pa.string(), False),
        ("target", pa.string()),
        ("text", pa.string(), False),
    ]
)

FAILURES = pa.schema(
    [
        ("seq", pa.int32(), False),  # position among the split's items, to keep input order
        ("origin", pa.string(), False),
        ("code", pa.string(), False),
        ("reason", pa.string(), False),
    ]
)

SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "mentions": MENTIONS,
    "quantities": QUANTITIES,
    "times": TIMES,
    "claims": CLAIMS,
    "denials": DENIALS,
    "failures": FAILURES,
}

Rows = dict[str, list[dict[str, Any]]]


def rows(results: Iterable[Analysis | ReadError]) -> Rows:
    """Rows of every table for a split's results; articles keep their ``seq`` in the split."""
    out: Rows = {name: [] for name in SCHEMAS}
    for seq, result in enumerate(results):
        if isinstance(result, ReadError):
            out["failures"].append(
                {"seq": seq, "origin": result.origin, "code": result.code, "reason": result.reason}
            )
        else:
            _analysis_rows(seq, result, out)
    return out


def _analysis_rows(position: int, a: Analysis, out: Rows) -> None:
    art = a.article
    pub = art.published
    out["articles"].append(
        {
            "id": art.id,
            "seq": position,
            "outlet": art.outlet,
            "title": art.title,
            "url": art.url,
            "published_start": pub.start,
            "published_end": pub.end,
            "published_how": pub.how,
            "published_evidence": [
                {"text": e.text, "span": e.span, "field": e.field} for e in pub.evidence
            ],
            "language": art.language,
            "dateline": art.dateline,
            "credit": art.credit,
            "rubric": art.rubric,
            "format": art.format,
            "origin": art.origin,
            "text": art.text,
            "boilerplate": art.boilerplate,
        }
    )
    base = {"article_id": art.id, "article_seq": position}
    for seq, m in enumerate(a.entities):
        out["mentions"].append({**base, "seq": seq, **_slots(m)})
    for seq, q in enumerate(a.quantities):
        out["quantities"].append({**base, "seq": seq, **_slots(q)})
    for seq, t in enumerate(a.times):
        out["times"].append({**base, "seq": seq, **_slots(t)})
    for seq, c in enumerate(a.claims):
        row = {**base, "seq": seq, **_slots(c)}
        when = row.pop("when") or (None, None)
        row["when_start"], row["when_end"] = when
        out["claims"].append(row)
    for seq, d in enumerate(a.denials):
        out["denials"].append({**base, "seq": seq, **_slots(d)})


def _slots(record: Any) -> dict[str, Any]:
    return {name: getattr(record, name) for name in record.__slots__}


def to_tables(data: Rows) -> dict[str, pa.Table]:
    return {
        name: pa.Table.from_pylist(data[name], schema=schema) for name, schema in SCHEMAS.items()
    }


def analyses(tables: dict[str, pa.Table]) -> Iterator[Analysis | ReadError]:
    """Records back from one partition's tables, in the order they were read."""
    found = {name: _by_article(tables[name]) for name in _FINDINGS}
    articles = tables["articles"].to_pylist()
    failures = tables["failures"].to_pylist()
    # failures carry their position among the split's items; articles fill the other places
    items: list[tuple[int, dict[str, Any], bool]] = [(f["seq"], f, False) for f in failures]
    items += [(a["seq"], a, True) for a in articles]
    for seq, row, is_article in sorted(items, key=lambda item: item[0]):
        if not is_article:
            yield ReadError(row["origin"], row["reason"], row["code"])
        else:
            yield _analysis(row, {name: found[name].get(seq, []) for name in _FINDINGS})


_FINDINGS = ("mentions", "quantities", "times", "claims", "denials")


def _by_article(table: pa.Table) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in table.to_pylist():
        out[row["article_seq"]].append(row)
    for items in out.values():
        items.sort(key=lambda r: r["seq"])
    return out


def _span(value: list[int] | None) -> tuple[int, int] | None:
    return (value[0], value[1]) if value is not None else None


def _analysis(row: dict[str, Any], found: dict[str, list[dict[str, Any]]]) -> Analysis:
    article = article_from_fields(row, row["published_evidence"], row["boilerplate"])
    return Analysis(
        article=article,
        quantities=[_quantity(r) for r in found["quantities"]],
        times=[_time(r) for r in found["times"]],
        entities=[
            Mention(_span2(r["span"]), r["text"], r["type"], r["canonical"])
            for r in found["mentions"]
        ],
        claims=[_claim(r) for r in found["claims"]],
        denials=[
            Denial(_span2(r["span"]), list(r["by"]), r["kind"], r["target"], r["text"])
            for r in found["denials"]
        ],
    )


def _span2(value: list[int]) -> tuple[int, int]:
    return (value[0], value[1])


def _quantity(r: dict[str, Any]) -> Quantity:
    return Quantity(
        _span2(r["span"]),
        r["text"],
        r["value"],
        r["low"],
        r["high"],
        r["qualifier"],
        r["unit"],
        r["counts"],
        _span(r["counts_span"]),
    )


def _time(r: dict[str, Any]) -> TimeRef:
    return TimeRef(
        _span2(r["span"]),
        r["text"],
        r["start"],
        r["end"],
        r["granularity"],
        r["anchor"],
        r["uncertain"],
    )


def _claim(r: dict[str, Any]) -> Claim:
    has_when = r["when_start"] is not None or r["when_end"] is not None
    when = (r["when_start"], r["when_end"]) if has_when else None
    return Claim(
        span=_span2(r["span"]),
        sentence=_span2(r["sentence"]),
        value=r["value"],
        low=r["low"],
        high=r["high"],
        qualifier=r["qualifier"],
        unit=r["unit"],
        counts=r["counts"],
        kind=r["kind"],
        about=r["about"],
        sources=list(r["sources"]),
        channel=r["channel"],
        when=when,
        hedge=r["hedge"],
        status=r["status"],
        attribution=r.get("attribution"),
        cue=_span2(r["cue"]) if r.get("cue") is not None else None,
    )
