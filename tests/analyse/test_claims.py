"""Claims from short hand-written sentences, with mentions and quantities given by hand so the
behaviour of the claim stage is tested on its own."""

from __future__ import annotations

import re

from telusur.analyse.claims.find import find_claims
from telusur.analyse.doc.document import read_document
from telusur.analyse.numbers.kinds import kind_of
from telusur.analyse.times.find import dating, find_times
from telusur.records import Claim, Mention, Published, Quantity, TimeRef

PUBLISHED = Published("2025-03-10", "2025-03-10", "metadata")

ENTITIES = {
    "Korut": ("GPE", "Korea Utara"),
    "Pyongyang": ("GPE", "Korea Utara"),
    "Korsel": ("GPE", "Korea Selatan"),
    "Seoul": ("GPE", "Korea Selatan"),
    "Kyiv": ("GPE", "Ukraina"),
    "Ukraina": ("GPE", "Ukraina"),
    "Washington": ("GPE", "Amerika Serikat"),
    "Rusia": ("GPE", "Rusia"),
    "NIS": ("ORG", "NIS"),
    "AFP": ("ORG", "AFP"),
    "Reuters": ("ORG", "Reuters"),
    "BPS": ("ORG", "Badan Pusat Statistik"),
    "Budi Santoso": ("PER", "Budi Santoso"),
    "John Smith": ("PER", "John Smith"),
    "the ministry": ("ORG", "Ministry of Health"),
}


def _mentions(text: str) -> list[Mention]:
    out = []
    for name, (kind, canonical) in ENTITIES.items():
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            out.append(Mention((m.start(), m.end()), name, kind, canonical))
    return sorted(out, key=lambda m: m.span)


def _quantity(
    text: str, figure: str, value: float, counts: str, qualifier: str = "exact"
) -> Quantity:
    at = text.index(figure)
    c = text.index(counts, at)
    low, high = (20.0, 99.0) if qualifier == "vague" else (value, value)
    return Quantity(
        (at, at + len(figure)),
        figure,
        None if qualifier == "vague" else value,
        low,
        high,
        qualifier,
        "count",
        counts,
        (c, c + len(counts)),
    )


def _find(
    text: str,
    lang: str,
    sentences: list[tuple[int, int]],
    quantities: list[Quantity],
    times: list[TimeRef],
    mentions: list[Mention],
) -> list[Claim]:
    doc = read_document(text, lang, sentences=sentences, mentions=mentions)
    return find_claims(doc, quantities, dating(times))


def _claims(
    text: str, quantities: list[Quantity], lang: str = "id", times: list[TimeRef] | None = None
) -> list[Claim]:
    return _find(text, lang, [(0, len(text))], quantities, times or [], _mentions(text))


def test_subject_before_a_reporting_verb_is_the_source() -> None:
    text = "NIS mengatakan Korut mengirim 1.500 tentara ke Rusia."
    [claim] = _claims(text, [_quantity(text, "1.500", 1500, "tentara")])
    assert claim.sources == ["NIS"]
    assert claim.about == "Korea Utara"
    assert claim.kind == "troops"


def test_source_after_a_quotation() -> None:
    text = '"Ada 300 prajurit di sana," kata Budi Santoso.'
    [claim] = _claims(text, [_quantity(text, "300", 300, "prajurit")])
    assert claim.sources == ["Budi Santoso"]


def test_several_sources_in_one_list() -> None:
    text = "Seoul, Kyiv dan Washington semuanya mengatakan Pyongyang mengirim 10.000 tentara."
    [claim] = _claims(text, [_quantity(text, "10.000", 10000, "tentara")])
    assert claim.sources == ["Korea Selatan", "Ukraina", "Amerika Serikat"]
    assert claim.about == "Korea Utara"


def test_menurut_names_a_described_source() -> None:
    text = "Sekitar 200 rumah rusak, menurut sumber di Ukraina."
    [claim] = _claims(text, [_quantity(text, "200", 200, "rumah")])
    assert claim.sources == ["sumber di Ukraina"]


def test_official_of_a_ministry_speaks_for_the_ministry_and_the_outlet_is_the_channel() -> None:
    text = "Korut mengirim 200 artileri, seorang pejabat kementerian pertahanan Korsel mengatakan"
    text += " kepada AFP."
    [claim] = _claims(text, [_quantity(text, "200", 200, "artileri")])
    assert claim.sources == ["Kementerian Pertahanan Korea Selatan"]
    assert claim.channel == "AFP"
    assert claim.about == "Korea Utara"


def test_a_pointing_back_sentence_credits_the_figure_before_it() -> None:
    text = "Sekitar 900 prajurit sudah tiba. Informasi ini diungkap oleh NIS."
    [claim] = _find(
        text,
        "id",
        [(0, 32), (33, len(text))],
        [_quantity(text, "900", 900, "prajurit")],
        [],
        _mentions(text),
    )
    assert claim.sources == ["NIS"]


def test_own_voice_has_no_source_and_hedge_is_kept() -> None:
    text = "Korut juga dilaporkan mengirim 500 kontainer amunisi."
    [claim] = _claims(text, [_quantity(text, "500", 500, "kontainer")])
    assert claim.sources == []
    assert claim.hedge == "dilaporkan"


def test_anonymous_source_makes_the_claim_unconfirmed() -> None:
    text = "Media Korsel melaporkan, mengutip sumber anonim, bahwa Pyongyang mengirim 800 tentara."
    [claim] = _claims(text, [_quantity(text, "800", 800, "tentara")])
    assert claim.status == "unconfirmed"


def test_vague_amount_in_the_article_voice_is_not_a_claim() -> None:
    text = "Puluhan warga berkumpul di alun-alun kota."
    assert _claims(text, [_quantity(text, "Puluhan", 0, "warga", "vague")]) == []


def test_ages_are_not_claims() -> None:
    text = "Budi Santoso, yang berusia 45 tahun, ditangkap polisi."
    assert _claims(text, [_quantity(text, "45", 45, "tahun")]) == []


def test_a_span_counted_from_the_report_is_a_time_and_a_duration_is_a_figure() -> None:
    text = "Harga naik dalam dua tahun terakhir."
    times = find_times(text, "id", PUBLISHED)
    assert times, "the time stage reads 'dalam dua tahun terakhir'"
    assert _claims(text, [_quantity(text, "dua", 2, "tahun")], times=times) == []
    court = "Terdakwa divonis lima tahun penjara oleh majelis hakim."
    (claim,) = _claims(court, [_quantity(court, "lima", 5, "tahun")])
    assert claim.value == 5
    hunger = "Anak-anak itu tidak makan selama 24 jam."
    assert len(_claims(hunger, [_quantity(hunger, "24", 24, "jam")])) == 1


def test_a_number_inside_a_name_is_not_a_figure() -> None:
    for text, figure in [
        ("Ponsel itu lebih cepat dari Mi 9 dengan arus daya tinggi.", "9"),
        ("Laga itu bagian dari Liga 1 Indonesia musim ini.", "1"),
        ("Kapal Patroli BC 9001 dikerahkan ke lokasi.", "9001"),
    ]:
        at = text.index(f" {figure} ") + 1
        q = Quantity(
            (at, at + len(figure)),
            figure,
            float(figure),
            float(figure),
            float(figure),
            "exact",
            "count",
            None,
            None,
        )
        assert _claims(text, [q]) == [], text
    counted = "Gerindra 25 kursi, PDIP 20 kursi."
    assert len(_claims(counted, [_quantity(counted, "25", 25, "kursi")])) == 1


def test_time_of_the_figure_wins_over_time_of_the_statement() -> None:
    text = "NIS mengatakan pada hari Jumat bahwa Korut mengirim 700 tentara pada tahun 2024."
    times = [
        TimeRef((15, 29), "pada hari Jumat", "2024-10-18", "2024-10-18", "day"),
        TimeRef(
            (text.index("pada tahun"), len(text) - 1),
            "pada tahun 2024",
            "2024-01-01",
            "2024-12-31",
            "year",
        ),
    ]
    [claim] = _claims(text, [_quantity(text, "700", 700, "tentara")], times=times)
    assert claim.when == ("2024-01-01", "2024-12-31")


def test_day_after_dates_the_figure_it_introduces_not_the_one_before_it() -> None:
    text = "NIS melaporkan 700 tentara sehari setelah Budi Santoso menyebut 300 tentara."
    at = text.index("sehari setelah")
    times = [TimeRef((at, at + 14), "sehari setelah", "2024-10-17", "2024-10-17", "day", "event")]
    quantities = [
        _quantity(text, "700", 700, "tentara"),
        _quantity(text, "300", 300, "tentara"),
    ]
    before, after = _claims(text, quantities, times=times)
    assert before.when is None
    assert after.when == ("2024-10-17", "2024-10-17")


def test_english_said_and_according_to() -> None:
    text = "About 40 people were killed, the ministry said."
    [claim] = _claims(text, [_quantity(text, "40", 40, "people were killed")], lang="en")
    assert claim.sources == ["Ministry of Health"]
    text = "Exports rose by 12 percent, according to Reuters."
    [claim] = _claims(text, [_quantity(text, "12", 12, "percent")], lang="en")
    assert claim.sources == ["Reuters"]


def test_a_time_after_said_is_not_the_speaker() -> None:
    text = "John Smith, head of the agency, said on Saturday that 6 people were missing."
    [claim] = _claims(text, [_quantity(text, "6", 6, "people were missing")], lang="en")
    assert claim.sources == ["John Smith"]


def test_counted_words_share_a_kind_across_languages() -> None:
    assert kind_of("pasukan khusus") == kind_of("troops") == "troops"
    assert kind_of("korban tewas") == kind_of("people killed") == "dead"
    assert kind_of("tentara tewas atau terluka") == "casualties"
    assert kind_of("kursi kosong yang aneh") == "seats"
    assert kind_of("gagasan") is None


def test_a_count_of_people_is_narrowed_by_the_words_around_it() -> None:
    text = "BNPB mengatakan 27 orang meninggal dunia dan 14 orang masih belum ditemukan."
    quantities = [_quantity(text, "27", 27, "orang"), _quantity(text, "14", 14, "orang")]
    dead, missing = _claims(text, quantities)
    assert (dead.kind, missing.kind) == ("dead", "missing")
    far = "Jumlah korban meninggal akibat banjir di Sigi, Sulawesi, bertambah menjadi 30 orang."
    (claim,) = _claims(far, [_quantity(far, "30", 30, "orang")])
    assert claim.kind == "dead"
    plain = "Sebanyak 40 orang hadir dalam rapat itu."
    (claim,) = _claims(plain, [_quantity(plain, "40", 40, "orang")])
    assert claim.kind == "people"


def test_an_agent_after_a_toll_is_not_whom_it_is_about() -> None:
    text = "Sebanyak 14 orang masih hilang dan terus dicari tim Basarnas."
    mentions = [Mention((text.index("Basarnas"), len(text) - 1), "Basarnas", "ORG", "Basarnas")]
    q = _quantity(text, "14", 14, "orang")
    (claim,) = _find(text, "id", [(0, len(text))], [q], [], mentions)
    assert (claim.kind, claim.about) == ("missing", None)


def test_a_party_before_an_opening_colon_is_the_source() -> None:
    text = "BNPB: 27 Warga Tewas, Belasan Masih Dicari"
    mentions = [Mention((0, 4), "BNPB", "ORG", "BNPB")]
    q = _quantity(text, "27", 27, "Warga")
    (claim,) = _find(text, "id", [(0, len(text))], [q], [], mentions)
    assert (claim.sources, claim.kind, claim.about) == (["BNPB"], "dead", None)
    lineup = "Persib: Made Wirawan; Supardi, Vujovic 2 gol."
    mentions = [Mention((0, 6), "Persib", "ORG", "Persib")]
    q = _quantity(lineup, "2", 2, "gol")
    (claim,) = _find(lineup, "id", [(0, len(lineup))], [q], [], mentions)
    assert claim.sources == []
    clock = "Pukul 10:30 sebanyak 27 warga dievakuasi."
    (claim,) = _claims(clock, [_quantity(clock, "27", 27, "warga")])
    assert claim.sources == []


def test_a_list_items_number_and_a_numbered_facility_are_not_figures() -> None:
    listed = "Lokasi posko yakni:\n2. Posko Siaga Kecamatan Mantang."
    at = listed.index("2.")
    q = Quantity((at, at + 1), "2", 2.0, 2.0, 2.0, "exact", "count", None, None)
    assert _claims(listed, [q]) == []
    runway = "Panjang runway 3 menjadi 3.000 meter."
    at = runway.index("3 ")
    q = Quantity((at, at + 1), "3", 3.0, 3.0, 3.0, "exact", "count", None, None)
    assert _claims(runway, [q]) == []
    decimal = "Inflasi naik 2.5 persen."
    assert len(_claims(decimal, [_quantity(decimal, "2.5", 2.5, "persen")])) == 1
