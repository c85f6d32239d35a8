"""Outlet, dateline and credit."""

from __future__ import annotations

import pytest

from telusur.clean import clean
from telusur.clean.outlet import from_url
from telusur.records import RawItem


def _clean(text: str, **kw: object) -> object:
    return clean(RawItem(text=text, origin="t", format="txt", id="t", **kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("opening", "outlet", "dateline"),
    [
        ("TRIBUNNEWS.COM - Harga beras naik.", "Tribunnews", None),
        ("INDOZONE.ID - Harga beras naik.", "Indozone", None),
        ("Seoul, Suarathailand- Harga beras naik.", "Suarathailand", "Seoul"),
        ("Jakarta, CNN Indonesia -- Harga beras naik.", "CNN Indonesia", "Jakarta"),
        ("JAKARTA, KOMPAS.com - Harga beras naik.", "Kompas", "JAKARTA"),
        ("Liputan6.com, Jakarta - Harga beras naik.", "Liputan6", "Jakarta"),
        ("Palu (ANTARA News) - Harga beras naik.", "Antara", "Palu"),
        ("Harga beras naik, kata pedagang.", None, None),
    ],
)
def test_outlet_marker_and_dateline(opening: str, outlet: str | None, dateline: str | None) -> None:
    a = _clean(f"{opening}\n\nIsi kedua.")
    assert (a.outlet, a.dateline) == (outlet, dateline)  # type: ignore[attr-defined]


def test_metadata_outlet_wins_and_is_normalised() -> None:
    a = _clean("TRIBUNNEWS.COM - Isi.", outlet="cnnindonesia.com")
    assert a.outlet == "CNN Indonesia"  # type: ignore[attr-defined]
    assert _clean("Isi.", outlet="Warta Desa").outlet == "Warta Desa"  # type: ignore[attr-defined]


def test_outlet_from_url_domain() -> None:
    assert from_url("https://www.tribunnews.com/internasional/2025/01/01/x") == "Tribunnews"
    assert from_url("https://keuangan.kontan.co.id/news/x") == "Kontan"
    assert from_url("https://example.org/x") is None
    assert _clean("Isi.", url="https://news.detik.com/x").outlet == "Detik"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Isi berita.\n\nSumber: Kabarasia.com", "Kabarasia.com"),
        ("Isi berita.\n\nSumber: Reuters", "Reuters"),
        ("Isi berita.\n\nPasukan ditarik, kata pejabat itu. AFP", "AFP"),
        ("Isi berita.\n\nPasukan ditarik, kata pejabat itu. (Antara)", "Antara"),
        ("Laporan yang dikutip CNN International menyebut 500 tentara.", "CNN International"),
        ("Seperti dilansir dari Reuters, harga naik.", "Reuters"),
        ("The Guardian sebelumnya mengungkap hal ini.", None),
        ("Isi berita.\n\nPasukan ditarik, kata pejabat itu.", None),
    ],
)
def test_credit(text: str, credit: str | None) -> None:
    assert _clean(text).credit == credit  # type: ignore[attr-defined]


def test_own_outlet_is_no_credit() -> None:
    a = _clean("Seperti dikutip CNNIndonesia.com dari situs resmi.", outlet="CNN Indonesia")
    assert a.credit is None  # type: ignore[attr-defined]
