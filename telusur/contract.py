"""The JSON shapes Telusur promises to machines (documented in docs/json.md).

Field names here are a stable contract: add fields, never rename or remove them.
"""

from __future__ import annotations

from typing import Any

from telusur.records import (
    Analysis,
    Article,
    Claim,
    Denial,
    Mention,
    Published,
    Quantity,
    TimeRef,
    to_dict,
)


def published_json(pub: Published) -> dict[str, Any]:
    return {
        "start": pub.start,
        "end": pub.end,
        "how": pub.how,
        "evidence": [to_dict(e) for e in pub.evidence],
    }


def article_summary(article: Article) -> dict[str, Any]:
    """One line of `telusur articles --json`."""
    return {
        "id": article.id,
        "outlet": article.outlet,
        "title": article.title,
        "url": article.url,
        "published": published_json(article.published),
        "language": article.language,
        "dateline": article.dateline,
        "credit": article.credit,
        "length": len(article.text),
        "format": article.format,
        "origin": article.origin,
    }


def article_full(article: Article) -> dict[str, Any]:
    """`telusur article ID --json`: the summary plus the cleaned text and removed lines."""
    return {
        **article_summary(article),
        "rubric": article.rubric,
        "text": article.text,
        "boilerplate": list(article.boilerplate),
    }


def findings(analysis: Analysis) -> dict[str, Any]:
    """What the analysis found in an article (stored beside the article)."""
    return {
        "quantities": [to_dict(q) for q in analysis.quantities],
        "times": [to_dict(t) for t in analysis.times],
        "entities": [to_dict(m) for m in analysis.entities],
        "claims": [to_dict(c) for c in analysis.claims],
        "denials": [to_dict(d) for d in analysis.denials],
        "notes": list(analysis.notes),
    }


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    """One line of `telusur analyze --json`: the article plus everything found in it."""
    return {**article_full(analysis.article), **findings(analysis)}


def analysis_from_json(article: Article, data: dict[str, Any]) -> Analysis:
    """Rebuild an Analysis from its stored findings (the inverse of ``findings``)."""

    def span(value: Any) -> tuple[int, int] | None:
        return (int(value[0]), int(value[1])) if value else None

    return Analysis(
        article=article,
        quantities=[
            Quantity(**{**q, "span": span(q["span"]), "counts_span": span(q.get("counts_span"))})
            for q in data.get("quantities", [])
        ],
        times=[TimeRef(**{**t, "span": span(t["span"])}) for t in data.get("times", [])],
        entities=[Mention(**{**m, "span": span(m["span"])}) for m in data.get("entities", [])],
        claims=[
            Claim(
                **{
                    **c,
                    "span": span(c["span"]),
                    "sentence": span(c["sentence"]),
                    "when": tuple(c["when"]) if c.get("when") else None,
                }
            )
            for c in data.get("claims", [])
        ],
        denials=[Denial(**{**d, "span": span(d["span"])}) for d in data.get("denials", [])],
        notes=list(data.get("notes", [])),
    )
