"""Entity mentions and canonical names: aliases, capitals acting vs places, languages,
variants and typos, surnames, acronyms, descriptions and references."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telusur.analyse.entities.find import (
    EntityIndex,
    canonicalize,
    find_mentions,
    find_references,
    resolve_reference,
)
from telusur.records import Mention


def found(text: str, lang: str = "id") -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.canonical) for m in find_mentions(text, lang)]


def canon(text: str, surface: str, lang: str = "id") -> tuple[str, str] | None:
    """(type, canonical) of the first mention written ``surface``."""
    for m in find_mentions(text, lang):
        if m.text == surface:
            return m.type, m.canonical
    return None


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # short forms and other names of one state
        ("Korut mengirim pasukan, kata Korsel.", "Korut", ("GPE", "Korea Utara")),
        ("Korut mengirim pasukan, kata Korsel.", "Korsel", ("GPE", "Korea Selatan")),
        ("Pejabat AS dan RI bertemu kemarin.", "AS", ("GPE", "Amerika Serikat")),
        ("Pejabat AS dan RI bertemu kemarin.", "RI", ("GPE", "Indonesia")),
        ("Resolusi PBB dilanggar.", "PBB", ("ORG", "PBB")),
        # capitals acting stand for their government ...
        ("Moskow membantah laporan itu.", "Moskow", ("GPE", "Rusia")),
        ("Kremlin menolak berkomentar.", "Kremlin", ("GPE", "Rusia")),
        ("Pyongyang dan Seoul saling tuduh.", "Pyongyang", ("GPE", "Korea Utara")),
        ("Pyongyang dan Seoul saling tuduh.", "Seoul", ("GPE", "Korea Selatan")),
        ("Sekutu Kyiv menolak usul itu.", "Kyiv", ("GPE", "Ukraina")),
        ("Sekutu termasuk Washington menolak.", "Washington", ("GPE", "Amerika Serikat")),
        ("Beijing memprotes keras.", "Beijing", ("GPE", "Tiongkok")),
        # ... but where something happens stays a place
        ("Delegasi tiba di Moskow pada Senin.", "Moskow", ("LOC", "Moskow")),
        ("Pasukan tiba di kota pelabuhan Vladivostok.", "Vladivostok", ("LOC", "Vladivostok")),
        ("Presiden Polandia akan mengunjungi Seoul.", "Seoul", ("LOC", "Seoul")),
        ("Jakarta, Kantor Berita - Harga naik.", "Jakarta", ("LOC", "Jakarta")),
        ("Talks were held in Moscow on Monday.", "Moscow", ("LOC", "Moscow")),
    ],
)
def test_short_forms_and_capitals(text: str, surface: str, expected: tuple[str, str]) -> None:
    lang = "en" if text.startswith("Talks") else "id"
    assert canon(text, surface, lang) == expected


@pytest.mark.parametrize(
    ("en", "id_"),
    [
        ("North Korea", "Korea Utara"),
        ("South Korea", "Korea Selatan"),
        ("United States", "Amerika Serikat"),
        ("US", "AS"),
        ("Russia", "Rusia"),
        ("UN", "PBB"),
        ("United Nations", "Perserikatan Bangsa-Bangsa"),
        ("NATO", "NATO"),
        ("European Union", "Uni Eropa"),
        ("Britain", "Inggris"),
        ("China", "Tiongkok"),
        ("Moscow", "Moskow"),
    ],
)
def test_english_and_indonesian_names_meet(en: str, id_: str) -> None:
    assert canonicalize(en, "en") is not None
    assert canonicalize(en, "en") == canonicalize(id_, "id")


def test_english_text_gets_indonesian_canonicals() -> None:
    assert found("North Korea sent troops, South Korea said.", "en") == [
        ("North Korea", "GPE", "Korea Utara"),
        ("South Korea", "GPE", "Korea Selatan"),
    ]


def test_a_country_opening_an_organisation_name_is_part_of_it() -> None:
    found_en = found("France Telecom said it would sell a stake, and France agreed.", "en")
    assert ("France Telecom", "ORG", "France Telecom") in found_en
    assert found_en[-1] == ("France", "GPE", "Prancis")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zelenskyy", "Volodymyr Zelensky"),
        ("Zelensky", "Volodymyr Zelensky"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("KIM JONG UN", "Kim Jong Un"),
        ("Ukaina", "Ukraina"),  # a typo
        ("Perancis", "Prancis"),
        # close but different names must not merge
        ("Austria", "Austria"),
        ("Australia", "Australia"),
        ("Slovenia", "Slovenia"),
        ("Slovakia", "Slovakia"),
        ("Niger", "Niger"),
        ("Nigeria", "Nigeria"),
        ("Iran", "Iran"),
        ("Irak", "Irak"),
        ("Kim Jong-il", None),
        ("Siberia", None),
        ("Bandung", None),
    ],
)
def test_variants_and_typos(name: str, expected: str | None) -> None:
    assert canonicalize(name, "id") == expected


def test_typo_in_text() -> None:
    assert canon("Tentara dikirim untuk melawan Ukaina.", "Ukaina") == ("GPE", "Ukraina")


def test_a_name_differing_in_a_whole_word_is_another_entity() -> None:
    """Close as wholes, yet one word differs outright: two regions, not a variant of one."""
    index = EntityIndex("en")
    index.add("North West", "North West", "LOC")
    assert index.resolve("North East") is None
    index.add("Sri Mulyani Indrawati", "Sri Mulyani Indrawati", "PER")
    assert index.resolve("Sri Mulyani Indrawaty") == ("Sri Mulyani Indrawati", "PER")


def test_surnames_refer_back_to_the_full_name() -> None:
    text = "Juru bicara Kremlin, Dmitry Peskov, membantah. Peskov menyebutnya palsu."
    assert found(text) == [
        ("Kremlin", "GPE", "Rusia"),
        ("Dmitry Peskov", "PER", "Dmitry Peskov"),
        ("Peskov", "PER", "Dmitry Peskov"),
    ]
    text = "Dubes Rusia, Georgiy Zinoviev, dipanggil. Zinoviev membantah."
    assert canon(text, "Zinoviev") == ("PER", "Georgiy Zinoviev")


def test_a_surname_shared_by_two_people_stays_unresolved() -> None:
    text = "Andi Wijaya dan Budi Wijaya hadir. Wijaya lalu pulang."
    assert canon(text, "Wijaya") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Badan Intelijen Nasional (NIS) melapor. NIS menambahkan.", "NIS"),
        ("Badan Penanggulangan Bencana Daerah (BPBD) siaga. BPBD meminta warga tenang.", "BPBD"),
        ("BPBD (Badan Penanggulangan Bencana Daerah) siaga.", "BPBD"),
        # the alias file decides when it knows either form
        ("Otoritas Jasa Keuangan (OJK) menilai aman.", "OJK"),
    ],
)
def test_acronym_and_expansion_share_a_canonical(text: str, expected: str) -> None:
    orgs = [m for m in find_mentions(text, "id") if m.type == "ORG"]
    assert len(orgs) >= 2
    assert {m.canonical for m in orgs} == {expected}


@pytest.mark.parametrize(
    ("text", "lang", "surface", "expected"),
    [
        ("Badan mata-mata Seoul mengatakan hal itu.", "id", "Badan mata-mata Seoul", "NIS"),
        ("Menurut intelijen Korsel, pasukan tiba.", "id", "intelijen Korsel", "NIS"),
        ("Badan intelijen Korea Selatan melapor.", "id", "Badan intelijen Korea Selatan", "NIS"),
        ("South Korea's spy agency said so.", "en", "South Korea's spy agency", "NIS"),
        (
            "Seorang pejabat kementerian pertahanan Korea Selatan berkata.",
            "id",
            "kementerian pertahanan Korea Selatan",
            "Kementerian Pertahanan Korea Selatan",
        ),
        (
            "Laporan kementerian pertahanan Seoul diserahkan.",
            "id",
            "kementerian pertahanan Seoul",
            "Kementerian Pertahanan Korea Selatan",
        ),
        (
            "Kementerian Luar Negeri Korsel mendesak penarikan.",
            "id",
            "Kementerian Luar Negeri Korsel",
            "Kementerian Luar Negeri Korea Selatan",
        ),
        # no agency listed for the country: the description is its own name
        (
            "Laporan intelijen Ukraina dikutip media.",
            "id",
            "intelijen Ukraina",
            "Intelijen Ukraina",
        ),
    ],
)
def test_descriptions_of_a_countrys_organisation(
    text: str, lang: str, surface: str, expected: str
) -> None:
    assert canon(text, surface, lang) == ("ORG", expected)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Sebanyak 12 ABK kapal itu dievakuasi.", "ABK"),
        ("Ribuan ASN menerima tunjangan, kata Kepala BKN.", "ASN"),
        ("Pemerintah memulangkan 80 TKI dari Malaysia.", "TKI"),
    ],
)
def test_acronyms_of_common_nouns_name_no_party(text: str, acronym: str) -> None:
    """A ship's crew or civil servants are nobody's name: as one they would thread unrelated
    stories and stand as sources."""
    assert acronym not in [m[0] for m in found(text)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Other issues range from China's", "en"), ("Talks went on over Korea Utara's", "en")],
)
def test_a_text_cut_off_after_a_possessive_name_is_read(text: str, lang: str) -> None:
    """Truncated feeds end anywhere, here just where a country's organisation would follow."""
    assert found(text, lang)


@pytest.mark.parametrize(
    ("text", "surface", "type_"),
    [
        ("Presiden Ukraina Volodymyr Zelenskyy berbicara.", "Volodymyr Zelenskyy", "PER"),
        ("Wakil Menteri Luar Negeri Korea Selatan, Kim Hong-kyun, hadir.", "Kim Hong-kyun", "PER"),
        ("Kepala NATO Mark Rutte mendesak sekutu.", "Mark Rutte", "PER"),
        ("Gubernur Jawa Barat Ridwan Kamil meninjau lokasi.", "Ridwan Kamil", "PER"),
        (
            "Hal itu disampaikan Direktur Utama Bank Maju Sejahtera Andi Wibowo.",
            "Andi Wibowo",
            "PER",
        ),
        (
            "Hal itu disampaikan Direktur Utama Bank Maju Sejahtera Andi Wibowo.",
            "Bank Maju Sejahtera",
            "ORG",
        ),
        ("Cheong Seong-chang, peneliti di Sejong Institute, berkata.", "Sejong Institute", "ORG"),
        ("Menurut pengamat dari Institut Sejong, itu benar.", "Institut Sejong", "ORG"),
        ("Warga Kabupaten Sukabumi diminta waspada.", "Kabupaten Sukabumi", "LOC"),
        ("Gempa terasa, kata Yana kepada wartawan.", "Yana", "PER"),
    ],
)
def test_cues_type_unknown_names(text: str, surface: str, type_: str) -> None:
    result = canon(text, surface)
    assert result is not None and result[0] == type_


def test_organisation_names_meet_across_word_order() -> None:
    assert canon("Peneliti Institut Sejong berkata.", "Institut Sejong") == (
        "ORG",
        "Sejong Institute",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Senin (21/10/2024) harga naik.",
        "Pada Oktober lalu harga naik.",
        "Kembali Kirim Tentara\nIsi berita tanpa nama.",
        "Namun kenaikan itu tidak berlangsung lama.",
        "Idul Fitri tahun ini jatuh pada Senin.",
    ],
)
def test_dates_sentence_starts_and_headline_words_are_not_entities(text: str) -> None:
    assert found(text) == []


def test_headline_names_need_the_body_or_the_tables() -> None:
    text = "Korut Kembali Kirim 30.000 Tentara ke Rusia\nPasukan tiba pekan lalu."
    assert found(text) == [("Korut", "GPE", "Korea Utara"), ("Rusia", "GPE", "Rusia")]


def test_lowercased_text_still_finds_known_names() -> None:
    text = "jakarta - menurut bank indonesia dan ojk, pemerintah korea selatan ikut memantau."
    canon_by_text = {m.text: m.canonical for m in find_mentions(text, "id")}
    assert canon_by_text["bank indonesia"] == "Bank Indonesia"
    assert canon_by_text["ojk"] == "OJK"
    assert canon_by_text["jakarta"] == "Jakarta"
    assert canon_by_text["korea selatan"] == "Korea Selatan"


def test_ambiguous_short_forms_are_not_read_in_lowercased_text() -> None:
    assert found("harga naik di as dan pajak pbb turun.") == []


def test_mentions_carry_exact_spans() -> None:
    text = "Kemarin, Kim Jong-un bertemu Putin di Vladivostok."
    for m in find_mentions(text, "id"):
        assert text[m.span[0] : m.span[1]] == m.text
    assert [m.canonical for m in find_mentions(text, "id")] == [
        "Kim Jong Un",
        "Vladimir Putin",
        "Vladivostok",
    ]


def test_sentences_may_be_passed_in() -> None:
    text = "Korut mengirim pasukan. Korsel memprotes."
    spans = [(0, 23), (24, len(text))]
    assert found(text) == [(m.text, m.type, m.canonical) for m in find_mentions(text, "id", spans)]


def test_entity_index_remembers_names_across_a_document() -> None:
    index = EntityIndex("id")
    index.add("Dmitry Peskov", "Dmitry Peskov", "PER")
    assert index.resolve("Peskov") == ("Dmitry Peskov", "PER")
    assert index.resolve("Korut") == ("Korea Utara", "GPE")
    assert index.lookup("dmitry peskov") == ("Dmitry Peskov", "PER")
    assert index.resolve("Tanpa Nama Sama Sekali") is None


# -- references -----------------------------------------------------------------------


def refs(text: str, lang: str = "id") -> list[tuple[str, str]]:
    mentions = find_mentions(text, lang)
    return [(r.text, r.canonical) for r in find_references(text, lang, mentions)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dmitry Peskov hadir. Ia membantah laporan itu.", "id", [("Ia", "Dmitry Peskov")]),
        ('"Kami siap," katanya setelah Mark Rutte pergi.', "id", []),
        ('Mark Rutte berbicara. "Kami siap," katanya.', "id", [("katanya", "Mark Rutte")]),
        (
            "Badan Intelijen Nasional (NIS) melapor. Hal itu benar, kata badan tersebut.",
            "id",
            [("badan tersebut", "NIS")],
        ),
        (
            "Seorang pejabat kementerian pertahanan Korea Selatan berbicara kepada AFP. "
            "Hal itu disampaikan pejabat tersebut.",
            "id",
            [("pejabat tersebut", "Kementerian Pertahanan Korea Selatan")],
        ),
        (
            "NATO belum yakin, kata Mark Rutte. Aliansi tersebut menunggu.",
            "id",
            [("Aliansi tersebut", "NATO")],
        ),
        ("South Korea's spy agency said so. The agency added more.", "en", [("The agency", "NIS")]),
        ("Tony Blair spoke. He said it was right.", "en", [("He", "Tony Blair")]),
    ],
)
def test_find_references(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text, lang) == expected


def test_resolve_reference_prefers_the_requested_kind() -> None:
    text = "Mark Rutte dari NATO berbicara. Rusia membantah."
    mentions = find_mentions(text, "id")
    end = len(text)
    person = resolve_reference(mentions, end, "PER")
    org = resolve_reference(mentions, end, "ORG")
    anyone = resolve_reference(mentions, end, "party")
    assert person is not None and person.canonical == "Mark Rutte"
    assert org is not None and org.canonical == "NATO"
    assert anyone is not None and anyone.canonical == "Rusia"
    assert resolve_reference(mentions, 0, "PER") is None
    official = resolve_reference(mentions, end, ["PER", "ORG"])
    assert official is not None and official.canonical == "Mark Rutte"


def test_resolve_reference_has_a_reach() -> None:
    text = "Mark Rutte berbicara. " + "Harga naik lagi. " * 200
    assert resolve_reference(find_mentions(text, "id"), len(text), "PER") is None


# -- the reference annotation and real articles ---------------------------------------


@pytest.mark.corpus
def test_gold_aliases_map_to_their_canonical(gold: dict[str, Any], seeds_dir: Path) -> None:
    """Every gold alias found in a seed maps to its canonical. A capital after a place word
    ("mengunjungi Seoul", "ke Kyiv") is the place itself, by design; an alias inside a longer
    name ("Korea Selatan" in "kementerian pertahanan Korea Selatan") is part of that name."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    found_in = [find_mentions(t, "id") for t in texts]
    misses: list[str] = []
    checked = 0
    for entity in gold["entities"]:
        for alias in entity["aliases"]:
            for text, found_here in zip(texts, found_in, strict=True):
                mentions = {m.span: m for m in found_here}
                for start in _occurrences(text, alias):
                    end = start + len(alias)
                    m = mentions.get((start, end))
                    if m is None and any(
                        a <= start and end <= b and b - a > end - start for a, b in mentions
                    ):
                        continue
                    checked += 1
                    if m is not None and m.canonical == entity["canonical"]:
                        continue
                    if m is not None and m.type == "LOC" and m.canonical == alias:
                        continue  # a capital as the scene of an event
                    misses.append(f"{alias!r} at {start}: {m}")
    assert checked > 80
    assert misses == []


def _occurrences(text: str, alias: str) -> list[int]:
    out, start = [], text.find(alias)
    while start >= 0:
        before = text[start - 1] if start else " "
        after = text[start + len(alias) : start + len(alias) + 1] or " "
        if not before.isalnum() and not after.isalnum():
            out.append(start)
        start = text.find(alias, start + 1)
    return out


@pytest.mark.corpus
def test_corpus_mentions_are_sane(corpus_dir: Path) -> None:
    """On real articles: spans match the text, and date words never become entities."""
    rng = random.Random(7)
    lines = (corpus_dir / "id_indosum_devfolds_2016-2018.jsonl").read_text(encoding="utf-8")
    sample = rng.sample(lines.splitlines(), 60)
    dates = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Oktober", "Januari"}
    for line in sample:
        text = json.loads(line)["text"]
        for m in find_mentions(text, "id"):
            assert text[m.span[0] : m.span[1]] == m.text
            assert m.type in {"PER", "ORG", "GPE", "LOC"}
            assert m.text not in dates


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from(["id", "en"]))
def test_any_text_never_raises(text: str, lang: str) -> None:
    mentions = find_mentions(text, lang)
    assert all(isinstance(m, Mention) and text[m.span[0] : m.span[1]] == m.text for m in mentions)
    find_references(text, lang, mentions)
    canonicalize(text[:50], lang)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Korut",
                "Seoul",
                "di",
                "Badan",
                "Intelijen",
                "(NIS)",
                "kata",
                "Ia",
                "Presiden",
                "A.",
                "Kim",
                "Jong-un",
                ",",
                ".",
                "\n",
                "tersebut",
                "pejabat",
                "dan",
                "Senin",
                "PT",
                "Bank",
            ]
        )
    )
)
def test_word_salad_never_raises(words: list[str]) -> None:
    text = " ".join(words)
    mentions = find_mentions(text, "id")
    find_references(text, "id", mentions)


@pytest.mark.timeout(20)
def test_adversarial_megabyte() -> None:
    pieces = [
        "Badan Intelijen Nasional (NIS) ",
        "Presiden ",
        "A. ",
        "Kim Jong-un ",
        "di Seoul, ",
        "kata badan tersebut. ",
        "Ukaina ",
        "Zelenskyy ",
        "X" * 30 + " ",
        "Aa Bb Cc Dd Ee ",
        '"',
        "pejabat Korea Selatan itu ",
        "(",
        ")",
    ]
    rng = random.Random(3)
    text = "".join(rng.choice(pieces) for _ in range(60_000))[:1_000_000]
    mentions = find_mentions(text, "id")
    assert mentions
    find_references(text, "id", mentions)
    caps = " ".join(f"Nama{i} Orang{i}" for i in range(60_000))[:1_000_000]
    assert find_mentions(caps, "id") is not None


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Bupati Purwakarta Dedi Mulyadi mengatakan banjir surut.", "Purwakarta", "Dedi Mulyadi"),
        ("Wali Kota Bandung Yana Mulyana ditangkap.", "Bandung", "Yana Mulyana"),
        ("Kapolda Lampung Irjen Helmy Santika menjelaskan.", "Lampung", "Helmy Santika"),
        (
            "Kata Bupati Sigi Raya Mohamad Irwan di Kabupaten Sigi Raya.",
            "Sigi Raya",
            "Mohamad Irwan",
        ),
    ],
)
def test_a_region_between_an_office_and_a_name_is_a_place(
    text: str, place: str, person: str
) -> None:
    got = {(surface, kind) for surface, kind, _ in found(text)}
    assert (place, "LOC") in got and (person, "PER") in got, got


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        (
            "Banjir di Kabupaten Garut. Kepala BPBD Garut Satria Budi mengatakan warga mengungsi.",
            "Garut",
            "Satria Budi",
        ),
        (
            "Warga Desa Sumber Jaya mengantre di depan SPBU Sumber Jaya sejak pagi.",
            "Sumber Jaya",
            None,
        ),
    ],
)
def test_a_place_the_article_names_after_an_acronym_is_a_place(
    text: str, place: str, person: str | None
) -> None:
    """ "BPBD Garut Satria Budi": the office, the region it serves, then its officer."""
    got = {(surface, kind) for surface, kind, _ in found(text)}
    assert (place, "LOC") in got, got
    assert person is None or (person, "PER") in got, got


def test_a_dateline_city_in_capitals_is_a_place() -> None:
    got = {(surface, kind) for surface, kind, _ in found("PALU, Kabar.com — Warga mengungsi.")}
    assert ("PALU", "LOC") in got
    assert ("KPK", "ORG") in {(s, k) for s, k, _ in found("Warga melapor ke KPK, kata dia.")}


def test_a_hyphenated_surname_refers_back_to_the_full_name() -> None:
    text = "Robert Kilroy-Silk quit on Monday. Mr Kilroy-Silk said he had no plans."
    assert [m[2] for m in found(text, "en")] == ["Robert Kilroy-Silk", "Robert Kilroy-Silk"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kapendam XVII/Cenderawasih Letkol Cpl Eko Daryanto mengatakan hal itu.", "Eko Daryanto"),
        ("Asintel Kasdam Kolonel Inf Budi Sembiring hadir dalam mediasi.", "Budi Sembiring"),
    ],
)
def test_military_ranks_and_corps_are_no_part_of_a_name(text: str, person: str) -> None:
    found = find_mentions(text, "id")
    assert person in [m.canonical for m in found if m.type == "PER"]
    assert not any(m.text in ("XVII", "Inf", "Cpl") for m in found)


def test_a_capitalised_pronoun_after_a_stray_quotation_mark_is_no_name() -> None:
    text = 'Take-up had not been "sufficient to continue". She added: "It was set up."'
    assert [m.text for m in find_mentions(text, "en")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kepala Dinas Sosial Jakarta Timur Budi Santoso mengatakan.",
            [("Jakarta Timur", "LOC"), ("Budi Santoso", "PER")],
        ),
        (
            "Suku Dinas Lingkungan Hidup Jakarta Utara mencatat dua rumah.",
            [("Dinas Lingkungan Hidup Jakarta Utara", "ORG")],
        ),
    ],
)
def test_a_place_keeps_its_compass_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.canonical, m.type) for m in find_mentions(text, "id")] == expected


def test_a_peers_or_knights_style_is_part_of_the_name_and_the_surname_refers_back() -> None:
    text = "Lord Falconer and Sir John Stevens spoke. Mr Falconer said so, and Mr Stevens agreed."
    assert [m.canonical for m in find_mentions(text, "en") if m.type == "PER"] == [
        "Lord Falconer",
        "Sir John Stevens",
        "Lord Falconer",
        "Sir John Stevens",
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Inflation rose, says the Office for National Statistics.",
            "Office for National Statistics",
        ),
        ("The Institute for Fiscal Studies said so.", "Institute for Fiscal Studies"),
    ],
)
def test_a_body_for_something_keeps_its_whole_name(text: str, body: str) -> None:
    assert body in [m.canonical for m in find_mentions(text, "en") if m.type == "ORG"]


def test_a_known_body_closes_an_offices_name_and_the_person_follows() -> None:
    text = "Kepala Pusat Data Informasi dan Humas BNPB Sutopo Purwo Nugroho mengatakan itu."
    assert [(m.canonical, m.type) for m in find_mentions(text, "id")][-1] == (
        "Sutopo Purwo Nugroho",
        "PER",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Senior Analyst DC Futures Lukman Leong mengatakan rupiah melemah.",
        "Analis DCFX Futures Lukman Leong mengatakan rupiah melemah.",
        "Analis Doo Financial Futures Lukman Leong memperkirakan emas naik.",
        "Kepala Riset Monex Investindo Lukman Leong memprediksi rupiah melemah.",
        "Pengamat Komoditas dan Mata Uang Lukman Leong meramal rupiah menguat.",
        "Lukman Leong mengatakan rupiah melemah.",
    ],
)
def test_a_title_its_field_and_the_employer_are_not_part_of_the_name(text: str) -> None:
    people = [m.canonical for m in find_mentions(text, "id") if m.type == "PER"]
    assert people == ["Lukman Leong"]


def test_a_capitalised_common_word_after_a_title_stays_a_name_when_it_is_the_name() -> None:
    text = "Kata Pengamat ekonomi Indah Permata, rupiah melemah."
    assert [m.canonical for m in find_mentions(text, "id") if m.type == "PER"] == ["Indah Permata"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kepala Kesbangpol DKI Taufan Bakri mengatakan 5 ormas terdaftar.", "Taufan Bakri"),
        ("Wasekjen DPP Eriko Sotarduga mengatakan 12 kursi.", "Eriko Sotarduga"),
        ("Ketua Umum KH Ma'ruf Amin mengatakan 3 hal.", "Ma'ruf Amin"),
    ],
)
def test_after_a_title_a_unit_named_by_an_acronym_is_not_part_of_the_name(
    text: str, person: str
) -> None:
    assert [m.canonical for m in find_mentions(text, "id") if m.type == "PER"] == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Demikian disampaikan Kapendam XVII/Cenderawasih Lektol Cpl Eko Daryanto di Jayapura.",
            "Eko Daryanto",
        ),
        ("Kata Kabid Humas Polda Jatim Kombes Pol Frans Barung Mangera.", "Frans Barung Mangera"),
    ],
)
def test_a_person_s_name_begins_after_the_rank_s_corps(text: str, person: str) -> None:
    """The corps or branch ending a rank ("Cpl", "Pol") is never part of a name: what stands
    before it, an office, a unit or a misspelt rank, is not the person's either."""
    assert person in {canonical for _, kind, canonical in found(text) if kind == "PER"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kepolisian Northern Territory mengatakan mereka masih menyelidiki.",
            "Kepolisian Northern Territory",
        ),
        (
            "Pengadilan Negeri Jakarta Selatan memvonis terdakwa.",
            "Pengadilan Negeri Jakarta Selatan",
        ),
    ],
)
def test_a_public_body_opening_a_sentence_keeps_its_head(text: str, body: str) -> None:
    """ "Kepolisian", mostly written in lower case, is the body's name when the region it
    serves follows, even where its capital only marks the sentence's start."""
    assert (body, "ORG") in {(surface, kind) for surface, kind, _ in found(text)}


def test_a_common_head_opening_a_sentence_is_no_body() -> None:
    assert "Perusahaan Apple" not in {
        surface for surface, _, _ in found("Perusahaan Apple mengatakan.")
    }


def test_one_word_before_a_spokesman_names_a_body() -> None:
    assert ("Microsoft", "ORG", "Microsoft") in found(
        "Shares rose. A Microsoft spokesman denied the report.", "en"
    )
    assert ("Tesco", "ORG", "Tesco") in found("Tesco executives said 500 jobs would go.", "en")
    assert not any(t == "ORG" for _, t, _ in found("A government official said so.", "en"))


@pytest.mark.parametrize(
    ("text", "person", "body", "place"),
    [
        (
            "Kepala Balai Besar Teknologi Modifikasi Cuaca BPPT Tri Handoko Seto mengatakan.",
            "Tri Handoko Seto",
            "Balai Besar Teknologi Modifikasi Cuaca BPPT",
            None,
        ),
        (
            "Nelayan hilang di Cilacap. Kepala Pos SAR Cilacap Mulwahyono mengatakan.",
            "Mulwahyono",
            "Pos SAR",
            "Cilacap",
        ),
        (
            "Korban dicari di Manado. Kepala Basarnas Manado Gede Darmada menjelaskan.",
            "Gede Darmada",
            "Basarnas",
            "Manado",
        ),
    ],
)
def test_a_person_after_a_body_and_its_region_is_named_alone(
    text: str, person: str, body: str, place: str | None
) -> None:
    """A person's name holds no acronym, and a region the article names after "di" stands
    between a body and its head: the person is named alone."""
    found = {(m.type, m.text) for m in find_mentions(text, "id")}
    assert ("PER", person) in found
    assert ("ORG", body) in found
    assert place is None or ("LOC", place) in found


def test_a_name_after_shares_in_is_a_firm() -> None:
    """ "Shares in Marconi": the preposition reads like a place, the shares say a firm."""
    found = find_mentions("Shares in Marconi rose 5% on Monday.", "en")
    assert [(m.type, m.text) for m in found] == [("ORG", "Marconi")]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Metrovias, the firm which runs the subway, said it lost money.", "Metrovias", "ORG"),
        ("Judy Bell, the company's founder, said it would cost a lot.", "Judy Bell", "PER"),
    ],
)
def test_an_apposition_naming_a_kind_of_body_types_the_name(
    text: str, name: str, kind: str
) -> None:
    found = {m.text: m.type for m in find_mentions(text, "en")}
    assert found[name] == kind


def test_a_surname_that_is_a_place_head_stays_in_the_name() -> None:
    found = {
        m.text: m.type
        for m in find_mentions("Mike Lake, a spokesman, visited Lake Victoria.", "en")
    }
    assert found == {"Mike Lake": "PER", "Lake Victoria": "LOC"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares rose 5% on the London Stock Exchange on Monday.", "London Stock Exchange"),
        ("The Korea Development Bank said lending grew.", "Korea Development Bank"),
    ],
)
def test_a_city_or_country_opening_a_body_name_is_part_of_it(text: str, name: str) -> None:
    found = [(m.text, m.type) for m in find_mentions(text, "en")]
    assert (name, "ORG") in found


def test_a_name_of_compass_words_is_a_region_not_a_person() -> None:
    """ "the South East": a region, so a "He" after it cannot stand for it."""
    text = "Gordon Brown said 7,800 jobs were moved out of the South East. He plans more cuts."
    types = {m.text: m.type for m in find_mentions(text, "en")}
    assert types["South East"] == "LOC"
    assert types["Gordon Brown"] == "PER"
