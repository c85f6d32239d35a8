"""`telusur article ID --json` says why an article shares its origin: the aligned sentences and
the share of each text; an independent report of the same event gets no origin link."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from telusur.cli.main import main

RELEASE = [
    "Dinas Pekerjaan Umum Kota Tandapura memulai perbaikan jembatan Sungai Malinda pada Senin.",
    "Perbaikan ditargetkan selesai dalam 45 hari dengan anggaran Rp 3,2 miliar dari APBD.",
    "Kepala dinas Rusdi Lamarauna meminta warga memakai jalur alternatif melalui Desa Ulu.",
    "Selama perbaikan, kendaraan di atas delapan ton dilarang melintas di ruas tersebut.",
    "Petugas gabungan akan berjaga di kedua ujung jembatan selama 24 jam setiap hari.",
]
REWRITE = [
    "Pemerintah kota menyiapkan pengalihan arus mulai pekan ini.",
    *RELEASE[:4],
    "Warga berharap pekerjaan tidak molor seperti tahun lalu.",
]
INDEPENDENT = [
    "Jembatan Sungai Malinda di Tandapura mulai diperbaiki, Senin pagi.",
    "Sejumlah pengendara tampak bingung saat tiba di pembatas jalan yang dipasang petugas.",
    "Rusdi Lamarauna mengatakan pekerjaan butuh 45 hari dan menelan Rp 3,2 miliar.",
    "Menurut pantauan di lokasi, antrean kendaraan mengular hingga satu kilometer.",
    "Seorang pedagang di ujung jembatan mengeluh omzetnya turun sejak pagi.",
]


def _row(aid: str, outlet: str, sentences: list[str]) -> str:
    return json.dumps(
        {
            "id": aid,
            "title": f"Jembatan Sungai Malinda diperbaiki ({outlet})",
            "text": "\n\n".join(sentences),
            "published": "2025-03-10",
            "source": outlet,
        }
    )


def _article(capsys: pytest.CaptureFixture[str], db: str, aid: str) -> dict[str, Any]:
    assert main(["article", aid, "--db", db, "--json"]) == 0
    return json.loads(capsys.readouterr().out.splitlines()[0])


def test_rewritten_release_is_explained_and_independent_report_is_not_linked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "news.jsonl"
    rows = [
        _row("release", "a.go.id", RELEASE),
        _row("rewrite", "b.com", REWRITE),
        _row("own", "c.com", INDEPENDENT),
    ]
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = str(tmp_path / "n.db")
    assert main(["ingest", str(src), "--db", db, "--json"]) == 0
    capsys.readouterr()
    got = _article(capsys, db, "rewrite")
    origin = got["origin"]
    assert origin["group"] == "release" and sorted(origin["articles"]) == ["release", "rewrite"]
    (link,) = origin["links"]
    assert link["other"] == "release" and link["why"] == "near_copy"
    assert min(link["share"], link["share_other"]) >= 0.6
    assert max(link["share"], link["share_other"]) < 1
    other_text = _article(capsys, db, "release")["text"]
    assert set(RELEASE[:4]) <= {pair["text"] for pair in link["sentences"]}
    for pair in link["sentences"]:
        assert got["text"][slice(*pair["span"])] == pair["text"]
        assert other_text[slice(*pair["other_span"])] == pair["other_text"]
    own = _article(capsys, db, "own")["origin"]
    assert own["group"] == "own" and own["links"] == []


@pytest.mark.corpus
def test_seed_renderings_are_explained_as_a_rendering(
    seeded_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    got = _article(capsys, str(seeded_db), "003_e425e8bd6ae908eb")["origin"]
    (link,) = got["links"]
    assert link["other"] == "000_3d2601f46f13d2dc" and link["why"] == "rendering"
    assert max(link["share"], link["share_other"]) >= 0.7
