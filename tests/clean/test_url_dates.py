"""Publication days read from article URLs (lang/common/url_dates.toml) when metadata has none."""

from __future__ import annotations

from datetime import date

import pytest

from telusur.clean.published import from_page, url_day


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.reuters.com/world/asia/2024/10/18/korea-troops/", date(2024, 10, 18)),
        ("https://nasional.kompas.com/read/2024/10/21/10512341/judul", date(2024, 10, 21)),
        ("https://www.cnnindonesia.com/nasional/20150508141054-12-52076/judul/", date(2015, 5, 8)),
        ("https://example.com/news/2019-09-16/story.html", date(2019, 9, 16)),
        ("https://example.id/berita/20241018/judul-berita", date(2024, 10, 18)),
        ("https://example.com/story?date=20241018", date(2024, 10, 18)),
    ],
)
def test_url_days(url: str, day: date) -> None:
    got = url_day(url)
    assert got is not None and got[0] == day


@pytest.mark.parametrize(
    "url",
    [
        "https://www.liputan6.com/regional/read/4051784/doa-dan-ritual",
        "https://news.detik.com/berita/d-7574123/judul",
        "https://example.com/2024/13/45/not-a-day",
        "https://example.com/archive/2024/",
        "not a url at all",
    ],
)
def test_urls_without_a_day(url: str) -> None:
    assert url_day(url) is None


def test_metadata_wins_over_the_url() -> None:
    got = from_page("2024-10-20", "published", "https://example.com/2024/10/18/x")
    assert (got.start, got.how, got.evidence[0].field) == ("2024-10-20", "metadata", "published")


def test_the_url_dates_a_page_without_metadata() -> None:
    got = from_page(None, None, "https://example.com/2024/10/18/x")
    assert (got.start, got.end, got.how) == ("2024-10-18", "2024-10-18", "metadata")
    assert got.evidence[0].field == "url" and "2024/10/18" in got.evidence[0].text


def test_no_metadata_and_no_url_day_stays_unknown() -> None:
    assert from_page(None, None, "https://example.com/a/b").how == "unknown"
