"""Sentence tokens shared by attribution, claims and denials; whom a sentence credits."""

from __future__ import annotations

import pytest

from telusur.analyse.doc.tokens import SentenceTokens, tokenize, words_of
from telusur.analyse.pipeline import analyse
from telusur.clean import clean
from telusur.records import Analysis, Claim, RawItem


def test_tokens_keep_offsets_into_the_whole_text() -> None:
    text = "Harga naik. “Kami minta 5 persen,” kata Budi."
    start = text.index("“")
    tokens = tokenize(text, start, len(text))
    assert [t.raw for t in tokens][:3] == ["“", "Kami", "minta"]
    assert all(text[t.start : t.end] == t.raw for t in tokens)
    assert tokens[-2].low == "budi"


def test_sentence_tokens_are_made_once_and_equal_a_fresh_tokenisation() -> None:
    text = "Menurut BPS, inflasi Mei 2,5 persen. Kata dia, harga stabil."
    tokens_of = SentenceTokens(text)
    span = (0, text.index(".") + 1)
    first = tokens_of(span)
    assert first is tokens_of(span)
    assert first == tokenize(text, *span)


def test_words_of_are_the_lower_cased_tokens() -> None:
    text = "Sebanyak 1.500 Tentara Korut dikirim"
    assert words_of(text, 0, len(text)) == [t.low for t in tokenize(text, 0, len(text))]


# --- regional offices: an organisation named with the region it serves --------------------


def _analysed(text: str) -> Analysis:
    item = RawItem(text=text, origin="t", format="txt", id="t", published="2025-11-04")
    return analyse(clean(item))


def _claim(text: str, figure: str) -> Claim:
    analysis = _analysed(text)
    at = analysis.article.text.index(figure)
    return next(c for c in analysis.claims if c.span[0] <= at < c.span[1])


@pytest.mark.parametrize(
    ("text", "figure", "source", "region"),
    [
        (
            "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bogor mencatat 12 orang"
            " meninggal dunia akibat longsor di Cigudeg.",
            "12 orang",
            "BPBD Kabupaten Bogor",
            None,  # a toll: the dead of one disaster meet in one timeline, whoever counts them
        ),
        (
            "Badan Pusat Statistik (BPS) Provinsi Jawa Barat melaporkan 1,2 juta penduduk miskin.",
            "1,2 juta",
            "BPS Provinsi Jawa Barat",
            "Provinsi Jawa Barat",
        ),
        (
            "Dinas Kesehatan (Dinkes) Kota Bandung mencatat 45 kasus demam berdarah pekan ini.",
            "45 kasus",
            "Dinkes Kota Bandung",
            "Kota Bandung",
        ),
    ],
)
def test_an_office_named_with_its_region_is_one_source_about_that_region(
    text: str, figure: str, source: str, region: str | None
) -> None:
    claim = _claim(text, figure)
    assert claim.sources == [source]
    assert claim.about == region


def test_a_person_after_an_office_title_stays_the_source() -> None:
    text = "Gubernur Bank Indonesia (BI) Perry Warjiyo memprediksi inflasi 3 persen tahun depan."
    assert _claim(text, "3 persen").sources == ["Perry Warjiyo"]


def test_a_dateline_city_in_capitals_is_named_as_usual() -> None:
    text = "PALU, Kabar Teluk — Kantor SAR Palu menyebut 38 orang meninggal dunia di Sigi."
    places = {m.canonical for m in _analysed(text).entities if m.type in ("LOC", "GPE")}
    assert "Palu" in places and "PALU" not in places


# --- polls: the pollster and the party that commissioned it ------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "sources"),
    [
        (
            "The survey was conducted by Sunovate on behalf of Dimension Data, and is based on"
            " questionnaires of 166 call centres.",
            "166",
            ["Sunovate", "Dimension Data"],
        ),
        (
            "Some 1,000 adults were polled by Gallup for the Financial Times last week.",
            "1,000",
            ["Gallup", "Financial Times"],
        ),
        (
            "The figures were published by the ONS for the year, showing 2.5% growth.",
            "2.5%",
            ["ONS"],
        ),
    ],
)
def test_a_poll_credits_its_pollster_and_commissioner(
    text: str, figure: str, sources: list[str]
) -> None:
    assert _claim(text, figure).sources == sources


def test_the_company_points_back_to_a_one_word_body_typed_as_a_speaker() -> None:
    text = (
        "Novartis said it had agreed to buy Eon Labs. Based on 2004 figures the merged"
        " producer would have sales of more than $5bn, the company estimated."
    )
    assert _claim(text, "$5bn").sources == ["Novartis"]


def test_a_phrase_before_an_auxiliary_is_the_clause_subject_not_the_speaker() -> None:
    text = "Parul Jain, an economist at Nomura, said consumer spending would rise 3% in 2005."
    assert _claim(text, "3%").sources == ["Parul Jain"]


def test_a_report_on_something_is_its_publishers() -> None:
    text = (
        "The Ministry of Defence was criticised over a rise in costs.\n\nA National Audit"
        " Office report on the 20 biggest projects says costs rose by £1.7bn."
    )
    assert _claim(text, "£1.7bn").sources == ["National Audit Office"]


def test_a_speaker_who_told_a_newspaper_is_the_source_and_the_paper_the_channel() -> None:
    text = (
        "Aburizal Bakrie spoke on Monday. Mr Bakrie told the Bisnis Indonesia newspaper that a"
        " $1.7bn aid package made a debt moratorium unnecessary."
    )
    claim = _claim(text, "$1.7bn")
    assert claim.sources == ["Aburizal Bakrie"]


def test_a_statement_that_details_plans_credits_its_publisher() -> None:
    text = (
        "In a statement issued on Wednesday night, Parmalat Finanziaria detailed plans to"
        " raise more than 2bn euros through two new share issues."
    )
    assert _claim(text, "2bn euros").sources == ["Parmalat Finanziaria"]


def test_a_relative_after_a_preposition_opens_a_clause_with_its_own_subject() -> None:
    text = (
        "Robert Napier won the case. Napier raised a legal challenge in 2001, in which he"
        " sought £5,000."
    )
    assert _claim(text, "£5,000").sources == ["Robert Napier"]


def test_a_common_noun_after_a_quote_is_no_named_speaker() -> None:
    text = 'Harga Sigra baru naik. "Sekitar Rp 5 juta untuk Sigra lama," ujar pramuniaga tadi.'
    assert _claim(text, "Rp 5 juta").sources == []


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Pertanian Andi Amran Sulaiman hadir di Serang. Kata Amran, konsumsi daging"
        " ayam sekitar 10 kg per tahun.",
        "Menteri Pertanian Andi Amran Sulaiman hadir di Serang. Dan kata Amran, konsumsi"
        " daging ayam sekitar 10 kg per tahun.",
    ],
)
def test_an_inverted_verb_opening_a_sentence_credits_the_speaker_before_the_comma(
    text: str,
) -> None:
    assert _claim(text, "10 kg").sources == ["Andi Amran Sulaiman"]


def test_an_opening_word_kata_with_no_comma_after_a_name_credits_nobody() -> None:
    text = "Kata sandi baru berisi 12 karakter."
    assert _claim(text, "12 karakter").sources == []


def test_a_report_named_by_its_title_is_the_source() -> None:
    text = (
        "Berdasarkan data Statistik Peternakan Tahun 2016, populasi ayam ras mencapai"
        " 1,59 miliar ekor."
    )
    assert _claim(text, "1,59 miliar").sources == ["Statistik Peternakan Tahun 2016"]


def test_a_pronoun_right_after_a_reporting_verb_is_that_verbs_speaker() -> None:
    text = (
        "David Cummings, head of UK equities for Standard Life Investments, said he believed"
        " a 300p a share bid would be enough."
    )
    assert _claim(text, "300p").sources == ["David Cummings"]


def test_a_speaking_pronoun_is_the_person_of_the_last_credited_speaker() -> None:
    text = (
        '"Customers are getting impatient," says Cara Diemont of IT firm Dimension Data.'
        " Abandoned calls rose from 5% in 2003 to 13.3% last year, she says."
    )
    assert _claim(text, "13.3%").sources == ["Cara Diemont"]


def test_a_description_between_dashes_is_skipped_back_to_the_speaker() -> None:
    text = (
        "Jet fuel supplier China Aviation Oil (CAO) has offered to repay its creditors. Of the"
        " immediate payment, the firm - China's biggest jet fuel supplier - said it would be"
        " paying $30m itself."
    )
    assert _claim(text, "$30m").sources == ["CAO"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Asuransi baru diluncurkan kemarin. Produk itu menawarkan manfaat hingga Rp 1 miliar.",
            "Rp 1",
        ),
        (
            "Aplikasi itu diluncurkan. Program ini mengklaim bunga yang kompetitif, 12,5 persen.",
            "12,5",
        ),
        ("Dua pencuri ditangkap. Menurut Kapolres, kerugian mencapai Rp 40 juta.", "Rp 40"),
    ],
)
def test_a_common_noun_or_a_bare_office_opening_a_sentence_is_no_party(
    text: str, figure: str
) -> None:
    assert _claim(text, figure).sources == []


def test_a_pronoun_before_a_colon_is_the_speaker_last_credited() -> None:
    text = (
        "Shani Rhys James said reports were inaccurate. She told Good Morning Wales that the"
        ' record was straight. She added: "It would set the arts scene back 60 years."'
    )
    assert _claim(text, "60 years").sources == ["Shani Rhys James"]


def test_a_time_before_the_subject_is_no_part_of_it() -> None:
    text = "Tahun ini pemerintah menargetkan devisa pariwisata sebesar USD20 miliar."
    assert _claim(text, "USD20").sources == ["pemerintah"]


def test_told_never_inverts_the_one_told_is_the_listener() -> None:
    text = (
        '"We are here to stop 60% of our body from being cut off," Zack Clement, a lawyer for'
        " Yukos, told Judge Letitia Clark."
    )
    assert _claim(text, "60%").sources == ["Zack Clement"]


def test_a_passive_reporting_verb_names_no_source() -> None:
    text = "The EU's economic growth rate is projected to be 2% this year."
    assert _claim(text, "2%").sources == []


def test_names_nobody_knew_joined_by_and_are_all_sources() -> None:
    text = (
        "Heineken and Carlsberg, two of the world's largest brewers, have reported a 5% fall"
        " in profits."
    )
    assert _claim(text, "5%").sources == ["Heineken", "Carlsberg"]


def test_an_office_then_a_comma_then_its_holder_credits_the_holder() -> None:
    text = (
        'Polisi menindak pelanggar. "Ada 153 kendaraan ditilang di Jakarta Barat," kata Kasat'
        " Lantas Wilayah Jakarta Barat, Kompol Budi Santoso di lokasi."
    )
    assert _claim(text, "153").sources == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("text", "figure", "sources"),
    [
        # a body or its acronym after the title, read as a name, is still the office
        ('"Ada dua orang," kata Ketua Presidium IPW, Neta S Pane.', "dua", ["Neta S Pane"]),
        (
            '"Nilainya Rp 7 miliar," kata Direktur Walhi, Nur Hidayati.',
            "Rp 7 miliar",
            ["Nur Hidayati"],
        ),
        # a speaker named without a title, then a comma: the office follows the person
        ('"Ada 1.769 narapidana," ujar Syarpani, Kasubag Humas Ditjen PAS.', "1.769", ["Syarpani"]),
    ],
)
def test_the_holder_after_an_office_holding_a_body_is_the_source(
    text: str, figure: str, sources: list[str]
) -> None:
    assert _claim(text, figure).sources == sources


def test_a_group_named_at_a_sentences_start_is_the_source_not_its_country() -> None:
    text = "Kelompok Houthi di Yaman telah mengklaim mengirimkan 10 pesawat tanpa awak."
    assert _claim(text, "10").sources == ["Kelompok Houthi"]


def test_it_before_a_reporting_verb_is_the_party_just_credited() -> None:
    text = "BA said 300 flights had been cancelled. It said the strike had cost it £40m."
    assert _claim(text, "£40m").sources == ["BA"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Shares in Barclays fell 5% on Monday after the Financial Services Authority said it"
            " would fine the bank £2m.",
            "5%",
        ),
        (
            "Saham Garuda Indonesia anjlok 5 persen setelah Kementerian BUMN mengatakan akan"
            " mengganti direksi.",
            "5 persen",
        ),
    ],
)
def test_a_reporting_verb_in_a_subordinate_clause_credits_nothing_before_it(
    text: str, figure: str
) -> None:
    assert _claim(text, figure).sources == []


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The Office for National Statistics' figures show that inflation was 1.6% in December.",
            "1.6%",
            ["Office for National Statistics"],
        ),
        ("Nationwide's figures show prices rose 2% in January.", "2%", ["Nationwide"]),
        (
            "The Centre for Economics and Business Research said 40 firms closed.",
            "40",
            ["Centre for Economics and Business Research"],
        ),
        ("Analysts at Morgan Stanley estimate the deal is worth $2bn.", "$2bn", ["Morgan Stanley"]),
    ],
)
def test_a_party_is_credited_through_a_possessive_a_plural_verb_and_a_for_name(
    text: str, figure: str, source: list[str]
) -> None:
    assert _claim(text, figure).sources == source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a bare form after a modal, or a noun before "is", reports nothing
        (
            "Sales of new homes fell 12%, with some analysts saying this could indicate trouble.",
            "12%",
        ),
        ("Figures show that only eight people per thousand own a car.", "eight"),
        # an object pronoun is no one's subject
        ("Nearly 1,000 staff were polled and 42% of them say pay is too low.", "42%"),
    ],
)
def test_no_party_where_no_one_reports(text: str, figure: str) -> None:
    assert _claim(text, figure).sources == []


def test_a_pronoun_inside_a_quotation_is_the_speakers_word() -> None:
    text = (
        '"In less than 40 years, plastic has become our most popular way to pay, due to the'
        ' flexibility it offers," said spokeswoman Jemma Smith.'
    )
    assert _claim(text, "40 years").sources == ["Jemma Smith"]


def test_a_figure_between_a_subject_and_its_verb_describes_the_subject() -> None:
    text = "Toyota, which employs 3,000 people in the UK, said 500 jobs would go."
    assert _claim(text, "3,000").sources == []
    assert _claim(text, "500").sources == ["Toyota"]


def test_the_markets_reaction_is_an_aside_the_reported_data_goes_on_after_it() -> None:
    text = (
        "Marsh posted a $676m loss for the last three months of 2004.\n\n"
        "Analysts had expected a loss of $500m. Revenue fell 6% to $2.9bn."
    )
    assert _claim(text, "$676m").sources == ["Marsh"]
    assert _claim(text, "$2.9bn").sources == ["Marsh"]
    assert _claim(text, "$500m").sources == []


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Menurut laporan Bank Dunia, pertumbuhan ekonomi Indonesia diperkirakan 5,1 persen."
            " Laporan itu menambahkan, inflasi akan mencapai 3,5 persen.",
            "3,5 persen",
            ["Bank Dunia"],
        ),
        (
            "According to a report by the National Audit Office, costs rose by £3bn.\n"
            "The report said delays totalled 62 months.",
            "62 months",
            ["National Audit Office"],
        ),
    ],
)
def test_the_report_referred_to_again_is_the_one_cited_with_its_publisher(
    text: str, figure: str, source: list[str]
) -> None:
    assert _claim(text, figure).sources == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Health Minister Jane Hutt defended her record, saying waiting lists were only 10%"
            " of the agenda.",
            "10%",
            ["Jane Hutt"],
        ),
        ("Ford cut its forecast, citing a 5% fall in sales.", "5%", ["Ford"]),
        ("Parmalat collapsed in 2003 after revealing debts of 14bn euros.", "14bn", ["Parmalat"]),
        (
            "Mr Brown said so. But he hit back, saying the Tories would cut £35bn.",
            "£35bn",
            ["Brown"],
        ),
    ],
)
def test_a_participle_after_a_comma_reports_for_the_sentences_subject(
    text: str, figure: str, source: list[str]
) -> None:
    assert _claim(text, figure).sources == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Budi Santoso (45) mengatakan 12 rumah rusak.", "12 rumah", ["Budi Santoso"]),
        ("John Smith, 45, said 12 houses were destroyed.", "12 houses", ["John Smith"]),
    ],
)
def test_an_age_after_a_name_leaves_the_speaker_named(
    text: str, figure: str, source: list[str]
) -> None:
    assert _claim(text, figure).sources == source


def test_a_described_firm_refers_back_but_a_name_is_no_description() -> None:
    text = (
        "Ryanair said it has ordered 70 planes. The Irish airline said it will carry 70 million"
        " passengers. The European Union estimates that the trade is worth 200bn euros."
    )
    assert _claim(text, "70 million").sources == ["Ryanair"]
    assert _claim(text, "200bn euros").sources not in ([], ["Ryanair"])


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The Tories say the plan will cost £5bn.", "£5bn", ["Conservative Party"]),
        ("But the Conservatives argue that 2m people will lose out.", "2m", ["Conservative Party"]),
        ("Labour said 3,000 jobs would go.", "3,000", ["Labour Party"]),
        ("The Lib Dems claim 40% of voters agree.", "40%", ["Liberal Democrats"]),
        ("Tory MP John Smith said 300 people came.", "300", ["John Smith"]),
    ],
)
def test_british_parties_are_named_as_british_news_cites_them(
    text: str, figure: str, source: list[str]
) -> None:
    assert _claim(text, figure).sources == source


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Brown is expected to say that growth will reach 3% next year.",
        "Gordon Brown will tell MPs that 50,000 jobs will be created.",
        "Gordon Brown is set to announce that 2m children have benefited.",
    ],
)
def test_a_speech_announced_ahead_is_its_speakers(text: str) -> None:
    claim = next(c for c in _analysed(text).claims)
    assert claim.sources == ["Gordon Brown"]


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Budi Santoso, Kepala Dinas Pertanian, mengatakan panen 12 ton.",
            "12 ton",
            ["Budi Santoso"],
        ),
        (
            "Osamu Masuko, Chairman MMC mengatakan penjualan naik 25 persen.",
            "25 persen",
            ["Osamu Masuko"],
        ),
        ("Kapolsek Tambun, Kompol Siswo, mengatakan 3 orang ditangkap.", "3 orang", ["Siswo"]),
        (
            '"Harganya Rp 2 juta," ujar Felix Christian Product Manager Realme Indonesia.',
            "Rp 2 juta",
            ["Felix Christian"],
        ),
        (
            '"Harganya Rp 2 juta," kata Senior Product Marketing Manager Samsung Electronics'
            " Indonesia, Selvia Gofar.",
            "Rp 2 juta",
            ["Selvia Gofar"],
        ),
    ],
)
def test_the_person_holding_an_office_speaks_not_the_office_or_employer(
    text: str, figure: str, source: list[str]
) -> None:
    assert _claim(text, figure).sources == source


def test_a_report_named_by_its_publisher_before_the_noun_is_the_publishers() -> None:
    text = "The Hefce report, drawing on benefits data, said 50% of teenagers went to university."
    assert _claim(text, "50%").sources == ["Hefce"]
    text = "And ILO-based unemployment figures show 14,000 new jobs were created."
    assert _claim(text, "14,000").sources == []


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Bahkan IMF dalam World Economic Forum (WEF) 2019, kembali merevisi pertumbuhan"
            " ekonomi dunia menjadi 3,2%.",
            "3,2%",
            ["IMF"],
        ),
        ("BPS pada Senin (5/9) mencatat inflasi 3 persen.", "3 persen", ["BPS"]),
        ("Mr Brown at the CBI conference said growth would be 3%.", "3%", ["Brown"]),
    ],
)
def test_an_adverbial_between_the_subject_and_its_verb_leaves_the_subject_speaking(
    text: str, figure: str, source: list[str]
) -> None:
    assert _claim(text, figure).sources == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Ketua Umum Golkar Airlangga Hartarto mengatakan 3 kursi lepas.",
            "3 kursi",
            ["Airlangga Hartarto"],
        ),
        (
            "Dirjen Ketenagalistrikan Rida Mulyana mengatakan tarif naik 5 persen.",
            "5 persen",
            ["Rida Mulyana"],
        ),
        (
            "Satya Widya Yudha mengatakan saham itu 51 persen. Menurut politisi Golkar itu juga,"
            " Freeport siap berinvestasi 20 miliar dolar AS.",
            "20 miliar",
            ["Satya Widya Yudha"],
        ),
    ],
)
def test_a_party_or_field_in_a_persons_description_is_not_the_speaker(
    text: str, figure: str, source: list[str]
) -> None:
    assert _claim(text, figure).sources == source


# --- subjects and cues of Indonesian reporting sentences -----------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            # a person, then the office held with its acronym: the person speaks
            "Amelia Chandra, Direktur Marketing Astra Daihatsu Motor (ADM), mengatakan, target"
            " penjualan sekitar 4.000 unit per bulan.",
            "4.000",
            "Amelia Chandra",
        ),
        (
            # citing a report names its publisher as the source
            "Mengutip data Gaikindo, sepanjang Januari-Agustus 2019 penjualan ritel mobil di"
            " Indonesia mencapai 675.000 unit.",
            "675.000",
            "Gaikindo",
        ),
        (
            # a bracket a dropped link left empty still ends the name before the verb
            "Badan Pusat Statistik ( ,) mencatat indeks harga pada Agustus 2019 naik sebesar"
            " 0,14 persen terhadap bulan sebelumnya.",
            "0,14 persen",
            "BPS",
        ),
        (
            # the party that surveys is the poll's publisher
            "InterNations telah mensurvei 20.259 ekspatriat di 187 negara.",
            "20.259",
            "InterNations",
        ),
    ],
)
def test_indonesian_reporting_subjects(text: str, figure: str, source: str) -> None:
    assert _claim(text, figure).sources == [source]


def test_a_prison_term_and_a_guilty_verdict_are_the_courts() -> None:
    text = (
        "Mantan pejabat itu mengajukan banding ke Pengadilan Tinggi Jakarta pada Selasa."
        " Dia divonis bersalah atas lima dakwaan. Dia dipenjara pada Maret dengan hukuman"
        " enam tahun."
    )
    assert _claim(text, "lima dakwaan").sources == ["Pengadilan Tinggi Jakarta"]
    assert _claim(text, "enam tahun").sources == ["Pengadilan Tinggi Jakarta"]


def test_a_person_before_the_office_they_lead_speaks_for_it() -> None:
    text = (
        "Mark Serwotka, the leader of the Public and Commercial Services Union said 5,000"
        " jobs would go."
    )
    assert _claim(text, "5,000").sources == ["Mark Serwotka"]


def test_a_plural_noun_before_an_auxiliary_reports_nothing() -> None:
    text = (
        "Gordon Brown said 12,500 jobs had gone. Of those 300 Department of Health posts"
        " will go to Yorkshire."
    )
    assert _claim(text, "300").sources != ["Department of Health"]


def test_a_further_figure_carries_the_statement_before_it() -> None:
    text = (
        "Gordon Brown said £2bn savings had already been made. A further 200 jobs at the"
        " Department of Trade have been earmarked to be cut."
    )
    assert _claim(text, "200").sources == ["Gordon Brown"]


def test_a_spokesman_of_no_named_body_is_no_party() -> None:
    text = "Shares rose on Monday. A spokesman said 500 jobs would go."
    assert _claim(text, "500").sources == []


def test_the_company_is_the_body_last_credited_when_no_entity_names_it() -> None:
    text = "Tesco reported profits of £5m on Monday. The firm said 500 jobs would go."
    assert _claim(text, "500").sources == ["Tesco"]
    person = "Gordon Smith said profits rose 5%. The company said 500 jobs would go."
    assert _claim(person, "500").sources == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Pengendara yang melanggar dikenakan denda maksimal Rp 500.000 sesuai ketentuan"
            " Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas.",
            "Rp 500.000",
        ),
        (
            "Menurut UU perburuhan Tiongkok, pekerja tak boleh lembur lebih dari 36 jam per bulan.",
            "lebih dari 36 jam",
        ),
    ],
)
def test_a_law_cited_for_a_figure_is_no_source(text: str, figure: str) -> None:
    assert _claim(text, figure).sources == []


@pytest.mark.parametrize(
    ("text", "figure", "status"),
    [
        (
            "In India more than 2,000 people are thought to have died.",
            "more than 2,000",
            "unconfirmed",
        ),
        (
            "In India, where 2,000 people are thought to have died, the rupee shed 0.1%.",
            "0.1%",
            "asserted",
        ),
        (
            "Keluarga Schumacher dikabarkan membayar 140 ribu euro per pekan.",
            "140 ribu euro",
            "unconfirmed",
        ),
        ("Polisi mengamankan satu orang yang diduga pelaku penjarahan.", "satu orang", "asserted"),
    ],
)
def test_a_hedged_figure_no_one_is_credited_with_is_unconfirmed(
    text: str, figure: str, status: str
) -> None:
    assert _claim(text, figure).status == status
