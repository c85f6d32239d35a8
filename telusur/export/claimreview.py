"""schema.org ClaimReview JSON-LD for claim groups, for fact-checkers to publish or share.

Groups are those of ``telusur.link.groups.group_claims`` (saga, about, kind, unit; copies of one
report collapse into one point), read with each claim's same-origin group, story and saga from the
store's links, so a figure's review spans its whole saga and copies of one report count once. One
story's reviews are the groups of its saga holding a point of it. Each review carries:

* ``claimReviewed``: the measure and the values it took, in order of report;
* ``itemReviewed`` (a ``Claim``): its claimants as ``author`` (the outlet, else the site, when a
  claim is made in the article's own voice; no ``author`` when neither is known),
  ``datePublished`` and ``firstAppearance`` from the earliest report, and every article it
  appears in as ``appearance`` (``CreativeWork`` with url, headline, datePublished, publisher);
* ``reviewRating.alternateName``: ``denied`` when a report of it is denied or a denial is
  attached to the group, else ``asserted`` when a report asserts it, else ``unconfirmed``;
  ``ratingExplanation`` gives the counts and who denies it.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from telusur.export.rows import claim_rows, denial_rows
from telusur.link.groups import ClaimGroup, figure, group_claims

CONTEXT = "https://schema.org"
REVIEWER = {"@type": "Organization", "name": "Telusur"}
MAX_VALUES = 12  # values listed in claimReviewed
_PERSON = "PER"


def claim_reviews(
    conn: sqlite3.Connection, *, story: str | None = None, today: str | None = None
) -> Iterator[dict[str, Any]]:
    """One ClaimReview per claim group, largest groups first; with ``story``, the groups of its
    saga that hold a point of it."""
    types = dict(conn.execute("SELECT canonical, type FROM entities").fetchall())
    works: dict[str, dict[str, Any]] = {}
    claims = []
    for claim in claim_rows(conn, story, saga=True):
        works.setdefault(claim["article"], creative_work(claim))
        claims.append(claim)
    groups = group_claims(claims, denial_rows(conn, story, saga=True))
    reviewed_on = today or date.today().isoformat()
    for group in groups:
        if story is None or any(p.story == story for p in group.points):
            yield review(group, works, types, reviewed_on)


def review(
    group: ClaimGroup,
    works: dict[str, dict[str, Any]],
    types: dict[str, str],
    reviewed_on: str,
) -> dict[str, Any]:
    """The ClaimReview of one group; ``works`` are the articles as CreativeWorks, by id."""
    first = group.points[0]
    appearances = [works[a] for a in _articles(group)]
    item: dict[str, Any] = {
        "@type": "Claim",
        "firstAppearance": works[first.article],
        "appearance": appearances,
    }
    claimants = _claimants(group, works, types)
    if claimants:  # left out when no claimant, outlet or site is known
        item["author"] = claimants
    if first.reported:
        item["datePublished"] = first.reported
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": f"claim-group:{group.id}",
        "claimReviewed": summary(group),
        "datePublished": reviewed_on,
        "author": REVIEWER,
        "reviewRating": _rating(group, len(appearances)),
        "itemReviewed": item,
    }
    if "url" in works[first.article]:
        out["url"] = works[first.article]["url"]
    return out


def summary(group: ClaimGroup) -> str:
    values: list[str] = []
    for point in group.points:
        shown = figure(point)
        if not values or values[-1] != shown:
            values.append(shown)
    listed = " → ".join(values[:MAX_VALUES]) + (" → …" if len(values) > MAX_VALUES else "")
    measure = f"{group.kind} ({group.unit})" if group.unit != "count" else group.kind
    return f"{group.about}: {measure}: {listed}" if group.about else f"{measure}: {listed}"


def _articles(group: ClaimGroup) -> list[str]:
    """Every article the group's figures appear in, copies included, in order of report."""
    seen: dict[str, None] = {}
    for point in group.points:
        seen.setdefault(point.article)
        for copy in point.copies:
            seen.setdefault(copy)
    return list(seen)


def creative_work(claim: dict[str, Any]) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "identifier": claim["article"]}
    for name, value in (
        ("url", claim["url"]),
        ("headline", claim["title"]),
        ("datePublished", claim["reported"]),
    ):
        if value:
            work[name] = value
    publisher = claim["outlet"] or _host(claim["url"])
    if publisher:
        work["publisher"] = {"@type": "Organization", "name": publisher}
    return work


def _claimants(
    group: ClaimGroup, works: dict[str, dict[str, Any]], types: dict[str, str]
) -> list[dict[str, Any]]:
    names: dict[str, str] = {}
    for point in group.points:
        for source in point.sources:
            names.setdefault(source, "Person" if types.get(source) == _PERSON else "Organization")
        publisher = works[point.article].get("publisher")
        if not point.sources and publisher:  # the article's own voice
            names.setdefault(publisher["name"], "Organization")
    return [{"@type": kind, "name": name} for name, kind in names.items()]


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _rating(group: ClaimGroup, articles: int) -> dict[str, Any]:
    counts = Counter(p.status for p in group.points)
    denied_by = sorted({name for d in group.denials for name in d["by"]})
    if counts["denied"] or group.denials:
        status = "denied"
    elif counts["asserted"]:
        status = "asserted"
    else:
        status = "unconfirmed"
    parts = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    explanation = f"{len(group.points)} reports in {articles} articles: {parts}"
    if group.denials:
        who = f" by {', '.join(denied_by)}" if denied_by else ""
        explanation += f"; disputed{who}"
    return {"@type": "Rating", "alternateName": status, "ratingExplanation": explanation}
