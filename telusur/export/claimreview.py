"""schema.org ClaimReview JSON-LD for claim groups, for fact-checkers to publish or share.

Until the store holds claim groups, a group is every claim with the same (about, kind, unit):
the same measure of the same actor, across articles and languages. Claims without a kind are
left out. Each review carries:

* ``claimReviewed``: the measure and the values it took, in order of report;
* ``itemReviewed`` (a ``Claim``): its claimants as ``author`` (the outlet, else the site, when a
  claim is made in the article's own voice; no ``author`` when neither is known),
  ``datePublished`` and ``firstAppearance`` from the earliest report, and every article it
  appears in as ``appearance`` (``CreativeWork`` with url, headline, datePublished, publisher);
* ``reviewRating.alternateName``: ``denied`` when any report of it was denied, else ``asserted``
  when any report asserts it, else ``unconfirmed``; ``ratingExplanation`` gives the counts.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import groupby
from typing import Any
from urllib.parse import urlsplit

from telusur.export.rows import claim_rows

CONTEXT = "https://schema.org"
REVIEWER = {"@type": "Organization", "name": "Telusur"}
MAX_VALUES = 12  # values listed in claimReviewed
_PERSON = "PER"


def claim_reviews(
    conn: sqlite3.Connection, *, story: str | None = None, today: str | None = None
) -> Iterator[dict[str, Any]]:
    """One ClaimReview per claim group, streamed group by group."""
    types = dict(conn.execute("SELECT canonical, type FROM entities").fetchall())
    reviewed_on = today or date.today().isoformat()
    claims = (c for c in claim_rows(conn, story, grouped=True) if c["kind"])
    for key, members in groupby(claims, key=group_key):
        yield review(key, list(members), types, reviewed_on)


def group_key(claim: dict[str, Any]) -> tuple[str | None, str | None, str]:
    return claim["about"], claim["kind"], claim["unit"]


def review(
    key: tuple[str | None, str | None, str],
    claims: list[dict[str, Any]],
    types: dict[str, str],
    reviewed_on: str,
) -> dict[str, Any]:
    """The ClaimReview of one group; ``claims`` come in order of report."""
    first = claims[0]
    appearances = _appearances(claims)
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": group_id(key),
        "claimReviewed": summary(key, claims),
        "datePublished": reviewed_on,
        "author": REVIEWER,
        "reviewRating": _rating(claims, len(appearances)),
        "itemReviewed": {
            "@type": "Claim",
            "firstAppearance": appearances[0],
            "appearance": appearances,
        },
    }
    claimants = _claimants(claims, types)
    if claimants:  # left out when no claimant, outlet or site is known
        out["itemReviewed"]["author"] = claimants
    if first["reported"]:
        out["itemReviewed"]["datePublished"] = first["reported"]
    if first["url"]:
        out["url"] = first["url"]
    return out


def group_id(key: tuple[str | None, str | None, str]) -> str:
    text = "\x1f".join(part or "" for part in key)
    return "claim-group:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def summary(key: tuple[str | None, str | None, str], claims: list[dict[str, Any]]) -> str:
    about, kind, unit = key
    values: list[str] = []
    for claim in claims:
        shown = _figure(claim)
        if not values or values[-1] != shown:
            values.append(shown)
    listed = " → ".join(values[:MAX_VALUES]) + (" → …" if len(values) > MAX_VALUES else "")
    measure = f"{kind} ({unit})" if unit != "count" else str(kind)
    return f"{about}: {measure}: {listed}" if about else f"{measure}: {listed}"


def _figure(claim: dict[str, Any]) -> str:
    value, low, high = claim["value"], claim["low"], claim["high"]
    if value is not None:
        return _number(value)
    if low is not None and high is not None and low != high:
        return f"{_number(low)}–{_number(high)}"
    return claim["text"]


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _appearances(claims: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for claim in claims:
        if claim["article"] not in seen:
            seen[claim["article"]] = creative_work(claim)
    return list(seen.values())


def creative_work(claim: dict[str, Any]) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "identifier": claim["article"]}
    for name, value in (
        ("url", claim["url"]),
        ("headline", claim["title"]),
        ("datePublished", claim["reported"]),
    ):
        if value:
            work[name] = value
    if claim["outlet"]:
        work["publisher"] = {"@type": "Organization", "name": claim["outlet"]}
    return work


def _claimants(claims: Iterable[dict[str, Any]], types: dict[str, str]) -> list[dict[str, Any]]:
    names: dict[str, str] = {}
    for claim in claims:
        for source in claim["sources"]:
            names.setdefault(source, "Person" if types.get(source) == _PERSON else "Organization")
        publisher = claim["outlet"] or _host(claim["url"])
        if not claim["sources"] and publisher:  # the article's own voice
            names.setdefault(publisher, "Organization")
    return [{"@type": kind, "name": name} for name, kind in names.items()]


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _rating(claims: list[dict[str, Any]], articles: int) -> dict[str, Any]:
    counts = Counter(c["status"] for c in claims)
    if counts["denied"]:
        status = "denied"
    elif counts["asserted"]:
        status = "asserted"
    else:
        status = "unconfirmed"
    parts = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    return {
        "@type": "Rating",
        "alternateName": status,
        "ratingExplanation": f"{len(claims)} reports in {articles} articles: {parts}",
    }
