"""ClaimReview JSON-LD: every review has the fields fact-checking platforms require, groups are
(about, kind, unit), claimants are the claim's authors, and a denial shows in the rating."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from telusur.cli.main import main
from telusur.export.claimreview import claim_reviews
from telusur.export.rows import claim_rows, denial_rows
from telusur.link.groups import group_claims
from telusur.records import Analysis, Article, Claim, Denial, Mention, Published
from telusur.store import Store

STATUSES = {"asserted", "unconfirmed", "denied"}


def assert_claim_review(review: dict[str, Any]) -> None:
    """The required shape: context, type, claim text, a Claim reviewed, rating, author, date."""
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    assert len(review["datePublished"]) == 10
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] in STATUSES
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    for author in item.get("author", []):
        assert author["@type"] in ("Person", "Organization") and author["name"]
    assert item["appearance"] and item["firstAppearance"] == item["appearance"][0]
    for work in item["appearance"]:
        assert work["@type"] == "CreativeWork" and work["identifier"]


def test_every_review_of_the_samples_has_the_required_fields(
    samples_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "reviews.json"
    assert (
        main(["export", "--format", "claimreview", "--db", str(samples_db), "--out", str(out)]) == 0
    )
    reviews = json.loads(out.read_text(encoding="utf-8"))
    with sqlite3.connect(samples_db) as conn:
        conn.row_factory = sqlite3.Row
        groups = group_claims(claim_rows(conn), denial_rows(conn))
    assert [r["identifier"] for r in reviews] == [f"claim-group:{g.id}" for g in groups]
    assert len(reviews) > 5
    for review in reviews:
        assert_claim_review(review)
    assert any("url" in r for r in reviews)
    assert sum("author" in r["itemReviewed"] for r in reviews) > len(reviews) / 2
    assert all(
        r["url"] == r["itemReviewed"]["firstAppearance"]["url"] for r in reviews if "url" in r
    )


def _claim(start: int, value: float, sources: list[str], status: str) -> Claim:
    return Claim(
        span=(start, start + 5),
        sentence=(0, 60),
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        unit="count",
        counts="tentara",
        kind="troops",
        about="Korea Utara",
        sources=sources,
        channel=None,
        when=None,
        hedge=None,
        status=status,
    )


def _put(
    store: Store,
    article_id: str,
    day: str,
    outlet: str,
    claims: list[Claim],
    denials: tuple[Denial, ...] = (),
) -> None:
    text = "Sekitar 10.000 tentara dikirim, kata Budi Santoso kepada wartawan di Seoul."
    article = Article(
        id=article_id,
        text=text,
        format="txt",
        origin=f"{article_id}.txt",
        title=f"Judul {article_id}",
        url=f"https://contoh.id/{article_id}",
        outlet=outlet,
        published=Published(day, day, "metadata"),
    )
    person = Mention((37, 49), "Budi Santoso", "PER", "Budi Santoso")
    with store.batch():
        store.put(
            Analysis(article=article, entities=[person], claims=claims, denials=list(denials))
        )


def test_claimants_first_appearance_and_denial(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    with Store(db) as store:
        _put(store, "b", "2024-10-28", "Kabar Dua", [_claim(8, 12000, [], "denied")])
        _put(
            store, "a", "2024-10-18", "Kabar Satu", [_claim(8, 10000, ["Budi Santoso"], "asserted")]
        )
        (review,) = list(claim_reviews(store.conn, today="2025-01-02"))
    assert_claim_review(review)
    item = review["itemReviewed"]
    assert item["author"] == [
        {"@type": "Person", "name": "Budi Santoso"},
        {"@type": "Organization", "name": "Kabar Dua"},  # said in the article's own voice
    ]
    assert item["datePublished"] == "2024-10-18"
    assert item["firstAppearance"]["url"] == "https://contoh.id/a"
    assert [w["headline"] for w in item["appearance"]] == ["Judul a", "Judul b"]
    assert item["appearance"][1]["publisher"] == {"@type": "Organization", "name": "Kabar Dua"}
    assert review["reviewRating"]["alternateName"] == "denied"
    assert review["claimReviewed"] == "Korea Utara: troops: 10,000 → 12,000"
    assert review["datePublished"] == "2025-01-02" and review["url"] == "https://contoh.id/a"


def test_a_denial_attached_to_the_group_shows_in_the_rating(tmp_path: Path) -> None:
    denial = Denial((0, 20), ["Dmitry Peskov"], "denial", "troops", "kabar bohong")
    with Store(str(tmp_path / "s.db")) as store:
        _put(store, "a", "2024-10-18", "Kabar Satu", [_claim(8, 10000, [], "asserted")])
        _put(store, "b", "2024-10-20", "Kabar Dua", [], (denial,))
        (review,) = list(claim_reviews(store.conn, today="2025-01-02"))
    rating = review["reviewRating"]
    assert rating["alternateName"] == "denied"
    assert "Dmitry Peskov" in rating["ratingExplanation"]


SAGA_FIXTURE = Path(__file__).parents[1] / "store" / "fixtures" / "saga_articles.jsonl"


def _troop_reviews(conn: sqlite3.Connection, story: str | None = None) -> list[dict[str, Any]]:
    return [
        r
        for r in claim_reviews(conn, story=story, today="2026-08-01")
        if r["claimReviewed"].startswith("Belarus: troops")
    ]


def test_a_figure_followed_across_a_saga_is_one_review(tmp_path: Path) -> None:
    """A border build-up told in stories months apart: its troop figure is one review spanning
    them (the groups `telusur groups` gives), also when one of its stories is exported alone."""
    db = tmp_path / "saga.db"
    assert main(["ingest", str(SAGA_FIXTURE), "--db", str(db), "--json"]) == 0
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        rows = list(claim_rows(conn))
        stories = {r["story"] for r in rows if r["article"].startswith("saga-")}
        sagas = {r["saga"] for r in rows if r["article"].startswith("saga-")}
        assert len(stories) >= 2 and len(sagas) == 1, "several stories of one saga"
        (review,) = _troop_reviews(conn)
        stored = conn.execute("SELECT id FROM claim_groups").fetchall()
        saga_rows = [r for r in rows if r["article"].startswith("saga-")]
        last = max(saga_rows, key=lambda r: r["reported"] or "")["story"]
        (alone,) = _troop_reviews(conn, story=last)
    assert_claim_review(review)
    appearing = {w["identifier"] for w in review["itemReviewed"]["appearance"]}
    assert {r["story"] for r in rows if r["article"] in appearing} == stories
    assert review["identifier"].removeprefix("claim-group:") in {r["id"] for r in stored}
    assert alone == review
