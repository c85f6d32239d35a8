"""Mapping between records and article rows."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import xxhash

from telusur.contract import findings
from telusur.records import Analysis, Article, Evidence, Published, to_dict

PARAMS_A_QUERY = 500  # ids per IN (...) list, under SQLite's limit on parameters


def chunks(ids: list[str], size: int = PARAMS_A_QUERY) -> list[list[str]]:
    """``ids`` in lists short enough for one IN (...) each."""
    return [ids[i : i + size] for i in range(0, len(ids), size)]


ARTICLE_COLUMNS = (
    "id",
    "digest",
    "format",
    "origin",
    "url",
    "outlet",
    "title",
    "rubric",
    "dateline",
    "credit",
    "language",
    "published_start",
    "published_end",
    "published_how",
    "published_evidence",
    "text",
    "boilerplate",
    "analysis",
)


def digest(article: Article) -> str:
    """Fingerprint of everything stored for an article, to tell updated from unchanged."""
    pub = article.published
    parts = (
        article.id,
        article.text,
        article.format,
        article.url,
        article.outlet,
        article.title,
        article.rubric,
        article.dateline,
        article.credit,
        article.language,
        pub.start,
        pub.end,
        pub.how,
        *(e.text for e in pub.evidence),
        "\x1e".join(article.boilerplate),
    )
    payload = "\x1f".join("" if p is None else p for p in parts)
    return xxhash.xxh3_128_hexdigest(payload.encode("utf-8"))


def article_row(analysis: Analysis) -> dict[str, Any]:
    art = analysis.article
    pub = art.published
    return {
        "id": art.id,
        "digest": digest(art),
        "format": art.format,
        "origin": art.origin,
        "url": art.url,
        "outlet": art.outlet,
        "title": art.title,
        "rubric": art.rubric,
        "dateline": art.dateline,
        "credit": art.credit,
        "language": art.language,
        "published_start": pub.start,
        "published_end": pub.end,
        "published_how": pub.how,
        "published_evidence": json.dumps([to_dict(e) for e in pub.evidence], ensure_ascii=False),
        "text": art.text,
        "boilerplate": json.dumps(art.boilerplate, ensure_ascii=False),
        "analysis": json.dumps(findings(analysis), ensure_ascii=False),
    }


def article_from_row(row: sqlite3.Row) -> Article:
    return article_from_fields(
        row, json.loads(row["published_evidence"]), json.loads(row["boilerplate"])
    )


def article_from_fields(
    row: Any, evidence: list[dict[str, Any]], boilerplate: list[str]
) -> Article:
    """An Article from a row of the articles table (SQLite or Parquet), its lists decoded."""
    return Article(
        id=row["id"],
        text=row["text"],
        format=row["format"],
        origin=row["origin"],
        title=row["title"],
        rubric=row["rubric"],
        url=row["url"],
        outlet=row["outlet"],
        dateline=row["dateline"],
        credit=row["credit"],
        language=row["language"],
        published=Published(
            start=row["published_start"],
            end=row["published_end"],
            how=row["published_how"],
            evidence=[
                Evidence(
                    e["text"],
                    tuple(e["span"]) if e.get("span") else None,
                    e.get("field"),
                    e.get("article"),
                )
                for e in evidence
            ],
        ),
        boilerplate=list(boilerplate),
    )
