"""Publication date from metadata."""

from __future__ import annotations

import pytest

from telusur.clean.published import from_metadata


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2024-10-21", "2024-10-21"),
        ("2024-10-21T23:30:00+07:00", "2024-10-21"),
        ("2024-10-21 10:00:00", "2024-10-21"),
        ("Mon, 21 Oct 2024 10:00:00 +0700", "2024-10-21"),
        ("21 Oktober 2024", "2024-10-21"),
    ],
)
def test_metadata_dates(value: str, day: str) -> None:
    p = from_metadata(value, "meta:article:published_time")
    assert (p.start, p.end, p.how) == (day, day, "metadata")
    assert p.evidence[0].text == value
    assert p.evidence[0].field == "meta:article:published_time"


def test_default_field_name() -> None:
    assert from_metadata("2024-10-21", None).evidence[0].field == "published"


@pytest.mark.parametrize("value", [None, "", "kemarin sore", "2024-13-45"])
def test_unknown(value: str | None) -> None:
    p = from_metadata(value, None)
    assert (p.start, p.how, p.evidence) == (None, "unknown", [])
