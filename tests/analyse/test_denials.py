"""Denials and refusals to confirm, from short hand-written sentences."""

from __future__ import annotations

import re

from telusur.analyse.claims.denials import apply_denials, find_denials
from telusur.records import Claim, Mention

NAMES = {
    "Moskow": ("GPE", "Rusia"),
    "Pyongyang": ("GPE", "Korea Utara"),
    "Rusia": ("GPE", "Rusia"),
    "NIS": ("ORG", "NIS"),
    "NATO": ("ORG", "NATO"),
    "Dmitry Peskov": ("PER", "Dmitry Peskov"),
    "Kremlin": ("GPE", "Rusia"),
    "The ministry": ("ORG", "Ministry of Defence"),
}


def _mentions(text: str) -> list[Mention]:
    out = []
    for name, (kind, canonical) in NAMES.items():
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            out.append(Mention((m.start(), m.end()), name, kind, canonical))
    return sorted(out, key=lambda m: m.span)


def _claim(text: str, figure: str, sentence: tuple[int, int]) -> Claim:
    at = text.index(figure)
    return Claim(
        (at, at + len(figure)),
        sentence,
        900.0,
        900.0,
        900.0,
        "exact",
        "count",
        "tentara",
        "troops",
        "Korea Utara",
        ["media"],
        None,
        None,
        None,
        "asserted",
    )


def test_both_parties_decline_to_confirm() -> None:
    text = "Baik Moskow maupun Pyongyang tidak mengonfirmasi pengerahan itu."
    [d] = find_denials(text, "id", [(0, len(text))], _mentions(text), [])
    assert d.kind == "not_confirmed"
    assert d.by == ["Rusia", "Korea Utara"]


def test_outright_denial_by_a_spokesman() -> None:
    text = "Juru bicara Kremlin Dmitry Peskov membantah laporan itu."
    [d] = find_denials(text, "id", [(0, len(text))], _mentions(text), [])
    assert d.kind == "denial"
    assert d.by == ["Dmitry Peskov"]


def test_refusing_a_call_is_not_a_denial() -> None:
    text = "Rusia menolak seruan untuk berunding."
    assert find_denials(text, "id", [(0, len(text))], _mentions(text), []) == []


def test_not_confirming_the_report_just_made_leaves_it_unconfirmed() -> None:
    text = "Media melaporkan 900 tentara dikirim. NIS tidak segera mengkonfirmasi laporan tersebut."
    sentences = [(0, 37), (38, len(text))]
    claim = _claim(text, "900", sentences[0])
    denials = find_denials(text, "id", sentences, _mentions(text), [claim])
    assert [d.by for d in denials] == [["NIS"]]
    [updated] = apply_denials(text, "id", sentences, [claim], denials)
    assert updated.status == "unconfirmed"


def test_a_denial_about_something_else_leaves_claims_alone() -> None:
    text = "Media melaporkan 900 tentara dikirim. NATO belum mengonfirmasi pengiriman pasukan."
    sentences = [(0, 37), (38, len(text))]
    claim = _claim(text, "900", sentences[0])
    denials = find_denials(text, "id", sentences, _mentions(text), [claim])
    assert [
        updated.status for updated in apply_denials(text, "id", sentences, [claim], denials)
    ] == ["asserted"]


def test_english_denial_and_could_not_confirm() -> None:
    text = "The ministry denied the report. NATO could not confirm the figures."
    sentences = [(0, 31), (32, len(text))]
    found = find_denials(text, "en", sentences, _mentions(text), [])
    assert [(d.kind, d.by) for d in found] == [
        ("denial", ["Ministry of Defence"]),
        ("not_confirmed", ["NATO"]),
    ]
