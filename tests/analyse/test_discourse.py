"""Attribution over the discourse: quotations, carry-over and where it ends, courts and
prosecutors, reports that name no one, and who is never a party. The texts are written for
these tests."""

from __future__ import annotations

import pytest

from telusur.analyse.doc.document import read_document
from telusur.analyse.doc.quotes import find_quotes, paragraphs_of
from telusur.analyse.pipeline import analyse
from telusur.clean import clean
from telusur.records import RawItem


def _sources(text: str, figure: str, lang: str = "id") -> list[str]:
    """The sources of the claim on ``figure`` (its first word is where the claim starts)."""
    item = RawItem(text=text, origin="t", format="txt", id="t", published="2025-11-04")
    article = clean(item)
    article.language = lang
    result = analyse(article)
    cleaned = result.article.text
    at = cleaned.index(figure)
    for c in result.claims:
        if c.span[0] == at:
            return c.sources
    found = [cleaned[c.span[0] : c.span[1]] for c in result.claims]
    raise AssertionError(f"no claim on {figure!r}; claims on {found}")


# --- quotations -------------------------------------------------------------------------


def test_a_quotation_runs_over_paragraphs_until_it_closes() -> None:
    text = 'Ia berkata, "Harga naik.\n"Kami minta 5 persen," ujar Budi.\nParagraf lain "kutip'
    quotes = find_quotes(text, paragraphs_of(text))
    assert [text[q.start : q.end] for q in quotes][:1] == ['"Harga naik.\n"Kami minta 5 persen,"']
    assert not quotes[-1].closed  # a stray mark ends with its paragraph


def test_a_quoted_paragraph_is_its_speakers_even_when_named_later() -> None:
    text = (
        "Judul berita hari ini\n"
        "Kepala Dinas Pertanian Budi Santoso meninjau panen di Sleman, Senin.\n"
        '"Tahun ini produksi padi naik. Kami memanen 12.000 ton gabah.\n'
        '"Petani senang karena harga stabil," kata Budi.'
    )
    assert _sources(text, "12.000 ton") == ["Budi Santoso"]


# --- carry-over and where it ends ---------------------------------------------------------


def test_a_breakdown_carries_the_source_of_the_statement_before_it() -> None:
    text = (
        "Judul berita hari ini\n"
        "Kepala Dinas Kesehatan Ani Lestari menyebut 40 warga dirawat karena diare.\n"
        "Rinciannya, 25 orang anak-anak dan 15 orang dewasa."
    )
    assert _sources(text, "25 orang") == ["Ani Lestari"]


def test_the_reporters_background_ends_carry_over() -> None:
    text = (
        "Judul berita hari ini\n"
        "Kepala Dinas Kesehatan Ani Lestari menyebut 40 warga dirawat karena diare.\n"
        "Sebelumnya, wabah serupa menjangkiti 300 warga pada 2017."
    )
    assert _sources(text, "300 warga") == []


def test_another_named_party_as_subject_ends_a_speakers_carry_over() -> None:
    text = (
        "Judul berita hari ini\n"
        "Kepala Dinas Kesehatan Ani Lestari menyebut 40 warga dirawat karena diare.\n"
        "Gubernur Joko Santoso menyalurkan 500 paket bantuan ke desa itu."
    )
    assert _sources(text, "500 paket") == []


@pytest.mark.parametrize(
    ("sentence", "carried"),
    [
        ("Penjualan mobil PT Toyota Astra Motor justru naik 6 persen tahun ini.", True),
        ("Pangsa pasar Bank Mandiri justru naik 6 persen tahun ini.", True),
        ("Dinas Sosial menyalurkan 500 paket bantuan ke desa itu.", False),
        ("Kendati Dinas Sosial menyalurkan 500 paket bantuan, warga masih kekurangan.", False),
    ],
)
def test_a_name_after_a_noun_is_a_possessor_not_a_new_subject(sentence: str, carried: bool) -> None:
    """ "Penjualan mobil Toyota naik ...": the name after a noun belongs to the noun; the
    sentence's subject is the sales, and the speaker's statement goes on over it. A name
    opening the clause is a new subject and ends it."""
    text = (
        "Judul berita hari ini\n"
        "Direktur pemasaran Ani Lestari mengatakan pasar mobil turun 11 persen. " + sentence
    )
    figure = next(w for w in sentence.split() if w[0].isdigit())
    assert _sources(text, figure) == (["Ani Lestari"] if carried else [])


@pytest.mark.parametrize(
    ("sentence", "carried"),
    [
        ("Selain itu, polisi menetapkan 3 perusahaan lain sebagai tersangka.", False),
        ("Pemerintah telah menyalurkan 500 paket bantuan ke desa itu.", False),
        ("Rinciannya 30 warga dirawat di puskesmas dan 10 di rumah sakit.", True),
        ("Data itu memuat laporan polisi dari 30 desa.", True),
    ],
)
def test_a_party_acting_as_subject_ends_a_speakers_carry_over(sentence: str, carried: bool) -> None:
    """ "Polisi ...", "Pemerintah ...": a common noun for a party acting, opening a sentence,
    tells what that party did in the reporter's voice; the same noun inside the sentence does
    not ("laporan polisi")."""
    text = (
        "Judul berita hari ini\n"
        "Kepala Dinas Kesehatan Ani Lestari mengatakan 40 warga dirawat karena diare. " + sentence
    )
    figure = next(w for w in sentence.split() if w[0].isdigit())
    assert _sources(text, figure) == (["Ani Lestari"] if carried else [])


def test_english_carries_over_only_where_the_text_says_it_goes_on() -> None:
    lead = "Headline of the day\nThe ministry said 400 schools had closed. "
    own = lead + "Teachers in 30 districts went on strike last year."
    assert _sources(own, "30 districts", "en") == []
    broken_down = lead + "Of those, 120 were in the north."
    assert _sources(broken_down, "120 were", "en") != []


@pytest.mark.parametrize(
    ("sentence", "figure", "carried"),
    [
        ("The performance comes on sales up 21% at 8.6bn euros.", "21%", True),
        ("From those tests, about 100 infectious cases were found.", "about 100", True),
        ("Those studios produce about 45% of DVD content.", "about 45%", False),
        ("The gain in payrolls was below expectations of 190,000 jobs.", "190,000", False),
    ],
)
def test_english_carries_into_a_noun_summing_up_what_was_reported(
    sentence: str, figure: str, carried: bool
) -> None:
    """ "The performance", "The results", "From those tests": the sentence goes on about what
    was just reported; a demonstrative before any other noun ("Those studios") does not."""
    text = "Headline of the day\nTaylor Brewing said pre-tax profits rose 56% to 1.16bn euros. "
    assert _sources(text + sentence, figure, "en") == (["Taylor Brewing"] if carried else [])


@pytest.mark.parametrize(
    ("sentence", "carried"),
    [
        ("In all, 4,300 civil servants will leave London by March.", True),
        ("At the Department of Health, 300 jobs are to go.", True),
        ("The board hopes the move will reverse a 13% fall in its shares.", False),
        ("Teachers in 30 districts went on strike last year.", False),
    ],
)
def test_english_relays_a_plan_in_the_speakers_paragraph(sentence: str, carried: bool) -> None:
    """What is to come, told in the speaker's paragraph with no one else cited, is the
    speaker's plan or forecast; what happened, or a party's own hope, is not."""
    text = "Headline of the day\nThe chancellor Gordon Brown said 12,500 jobs had gone. " + sentence
    figure = next(w for w in sentence.split() if w[0].isdigit())
    assert _sources(text, figure, "en") == (["Gordon Brown"] if carried else [])


def test_a_regulation_cited_ends_a_speakers_carry_over() -> None:
    text = (
        "Judul berita hari ini\n"
        "Kepala Dinas Perhubungan Budi Santoso mengatakan calo meminta Rp 300 ribu. "
        "Tarif ini jauh lebih mahal dari retribusi resmi yang diatur Peraturan Daerah Nomor 1. "
        "Biaya retribusi paling mahal Rp 87 ribu untuk bus."
    )
    assert _sources(text, "Rp 300 ribu") == ["Budi Santoso"]
    assert _sources(text, "Rp 87 ribu") == []


def test_a_body_named_right_after_a_passive_verb_is_its_agent() -> None:
    """ "dilaporkan BMKG": the agent with no "oleh"; "seperti dilaporkan" a medium's relay."""
    text = "Judul berita hari ini\nKoordinat gempa dilaporkan BMKG berada di 8,18 Lintang Selatan."
    assert _sources(text, "8,18") == ["BMKG"]
    relayed = "Judul berita hari ini\nSebanyak 40 rumah rusak, seperti dilaporkan Antara, Senin."
    assert "Antara" not in _sources(relayed, "40 rumah")


def test_a_report_that_names_no_one_keeps_its_figures_in_the_articles_voice() -> None:
    text = (
        "Headline of the day\n"
        "The union said staff were exhausted as figures showed 311,000 people waiting."
    )
    assert _sources(text, "311,000 people", "en") == []


# --- courts, prosecutors, and who is never a party ------------------------------------------


def test_a_sentence_handed_down_is_the_courts_and_a_demand_the_prosecutors() -> None:
    text = (
        "Judul berita hari ini\n"
        "Pengadilan Tipikor Jakarta menggelar sidang kasus suap proyek jalan.\n"
        "Terdakwa Budi divonis lima tahun penjara. Ia sebelumnya dituntut tujuh tahun penjara"
        " oleh jaksa KPK."
    )
    assert _sources(text, "lima tahun") == ["Pengadilan Tipikor Jakarta"]
    assert _sources(text, "tujuh tahun") == ["KPK"]
    plain = "Judul berita hari ini\nSiswa dituntut untuk membaca 12 buku setiap tahun."
    assert _sources(plain, "12 buku") == []


@pytest.mark.parametrize(
    ("text", "figure", "lang"),
    [
        ("Judul berita hari ini\nMenurut pengamat, harga beras naik 10 persen.", "10 persen", "id"),
        ("Headline of the day\nAnalysts said prices rose 10% in May.", "10%", "en"),
        ("Judul berita hari ini\nPolisi mengatakan 5 orang tewas dalam kecelakaan.", "5", "id"),
        ("Headline of the day\nPolice said 5 people died in the crash.", "5", "en"),
    ],
)
def test_a_generic_collective_is_never_a_party(text: str, figure: str, lang: str) -> None:
    assert _sources(text, figure, lang) == []


def test_a_reports_words_are_not_part_of_its_publishers_name() -> None:
    text = (
        "Judul berita hari ini\n"
        "Data Kementerian Perindustrian menunjukkan ekspor mebel naik menjadi US$ 1,6 miliar."
    )
    assert _sources(text, "US$ 1,6 miliar") == ["Kementerian Perindustrian"]


def test_the_document_holds_paragraphs_sentences_and_quotes() -> None:
    text = 'Satu dua.\n"Tiga empat," kata Budi. Lima enam.'
    doc = read_document(text, "id")
    assert len(doc.paragraphs) == 2 and len(doc.sentences) == 3
    assert doc.paragraph_of == [0, 1, 1]
    assert doc.quote_at(text.index("Tiga")) is not None
    assert doc.quote_at(text.index("Lima")) is None


def test_a_weekday_or_the_printing_outlet_is_never_a_party() -> None:
    weekday = "Judul berita hari ini\nSenin mengatakan 40 rumah rusak."
    assert _sources(weekday, "40 rumah") == []
    item = RawItem(
        text="Judul berita hari ini\nHal itu dikatakan Kompas.com, yang mencatat 40 rumah rusak.",
        origin="t",
        format="txt",
        id="t",
        outlet="Kompas.com",
    )
    result = analyse(clean(item))
    assert [c.sources for c in result.claims] == [[]]


def test_a_bare_title_means_the_person_the_article_named_with_it() -> None:
    text = (
        "Judul berita hari ini\n"
        "Menteri Perhubungan Budi Karya Sumadi meninjau bandara, Senin.\n"
        "Menurut Menteri Perhubungan, pergerakan pesawat naik menjadi 81 pesawat per jam."
    )
    assert _sources(text, "81 pesawat") == ["Budi Karya Sumadi"]


def test_an_office_over_a_region_means_the_person_named_with_it_and_a_rank() -> None:
    text = (
        "Judul berita hari ini\n"
        "Kapolda Jatim, Irjen Luki Hermawan menyebut Veronica ditetapkan tersangka.\n"
        '"Sebelumnya, dia dipanggil 2 kali sebagai saksi," terang Kapolda Jatim.'
    )
    assert _sources(text, "2 kali") == ["Luki Hermawan"]


@pytest.mark.parametrize(
    ("text", "figure", "person"),
    [
        (
            '"Uang Rp 50 ribu untuk beli rokok," ujar Kapolsek Pesanggrahan, Sukadi, di kantornya.',
            "Rp 50",
            "Sukadi",
        ),
        (
            '"Mereka membunuh 5 penjaga," kata Menteri Dalam Negeri Pakistan, Sarfraz Bugti.',
            "5 penjaga",
            "Sarfraz Bugti",
        ),
    ],
)
def test_an_office_then_a_comma_then_its_holder_speaks(text: str, figure: str, person: str) -> None:
    """The region an office serves stands before the comma, its holder after; a capitalised
    stop word inside the office's name ("Dalam Negeri") does not end it."""
    assert _sources(f"Judul berita hari ini\n{text}", figure) == [person]


def test_a_title_with_the_speakers_country_means_the_person_named_with_it() -> None:
    text = (
        "Aid pledged\n"
        "Economics Minister Aburizal Bakrie said the debt freeze was no longer needed.\n"
        "The Indonesian Economics Minister explained that $1.2bn in grants would rebuild Aceh."
    )
    assert _sources(text, "$1.2bn", "en") == ["Aburizal Bakrie"]


def test_a_quoted_paragraph_naming_no_speaker_goes_on_quoting_the_one_before() -> None:
    text = (
        "Strike ballot\n"
        'PCS leader Mark Serwotka warned of walkouts. "There is no choice," he said.\n'
        '"You must work for an extra five years. That is working until people drop."'
    )
    assert _sources(text, "five years", "en") == ["Mark Serwotka"]


def test_a_pronoun_speaking_after_a_quotation_is_the_speaker_last_credited() -> None:
    text = (
        "Judul berita hari ini\n"
        "Kolonel Inf Eko Daryanto mengatakan evakuasi berjalan lancar.\n"
        "Wakil Bupati Andi Wijaya juga hadir dalam mediasi tersebut.\n"
        '"Kodam telah menyiapkan 15 truk untuk mengangkut massa," katanya.'
    )
    assert _sources(text, "15 truk") == ["Eko Daryanto"]


def test_a_medium_alone_relays_the_figure_and_is_no_source() -> None:
    text = (
        "Judul berita hari ini\n"
        "Di sektor ganda putri, seperti dilansir laman resmi BWF, Indonesia memiliki tiga wakil."
    )
    item = RawItem(text=text, origin="t", format="txt", id="t", published="2025-11-04")
    claim = next(c for c in analyse(clean(item)).claims if c.value == 3)
    assert claim.sources == []
    assert claim.channel == "BWF"


def test_a_figure_delivered_as_an_object_is_the_articles_count() -> None:
    text = (
        "Judul berita hari ini\n"
        "Dalam pertemuan itu, Abisai Rollo menyampaikan sembilan permintaan kepada Presiden."
    )
    assert _sources(text, "sembilan") == []


def test_a_survey_cited_unnamed_is_the_one_whose_parties_the_article_names_later() -> None:
    text = (
        "Call centre users lose patience\n"
        "Callers are quicker to hang up, a survey suggests.\n"
        "Callers hang up after just 65 seconds of listening to canned music.\n"
        "The survey was conducted by Sunovate on behalf of Dimension Data."
    )
    assert sorted(_sources(text, "65 seconds", "en")) == ["Dimension Data", "Sunovate"]


def test_a_sentence_opening_with_this_goes_on_with_the_statement_before() -> None:
    text = (
        "Aid pledged\n"
        "Mr Bakrie told the Bisnis Indonesia newspaper that a $1.7bn aid package made the"
        " moratorium unnecessary. This aid comes on top of a previously-pledged $3.4bn package."
    )
    assert _sources(text, "$3.4bn", "en") == ["Bakrie"]


def test_demikian_credits_the_whole_paragraph_before_it() -> None:
    text = (
        "Judul berita hari ini\n"
        "Sekitar 300 pelaku aksi demo merasa ditipu. Mereka berkomitmen tidak ikut aksi lagi.\n"
        "Demikian disampaikan oleh Kolonel Inf Eko Daryanto di Jayapura, Minggu."
    )
    assert _sources(text, "Sekitar 300") == ["Eko Daryanto"]


def test_a_quoted_connective_credits_nothing_before_its_quotation() -> None:
    """'"Dengan demikian, ...," pungkasnya': the speaker's own connective, inside the quote,
    points back at the speaker's words, not at the reporter's sentences before."""
    text = (
        "Judul berita hari ini\n"
        "Harga beras naik 3 persen pada Agustus.\n"
        '"Dengan demikian, inflasi tahun ini 2 persen," pungkas Budi Santoso.'
    )
    assert _sources(text, "3 persen") == []


def test_hearsay_ends_a_speakers_carry_over() -> None:
    text = (
        "Judul berita hari ini\n"
        "Menhub Budi Karya Sumadi mengatakan runway 3 sudah beroperasi sebulan. Pembangunan"
        " runway itu dikabarkan dapat menghemat hingga Rp75 juta."
    )
    assert _sources(text, "hingga Rp75 juta") == []


@pytest.mark.parametrize(
    ("text", "figure", "court"),
    [
        (
            "Majelis hakim menjatuhkan vonis 5 tahun penjara kepada Budi.",
            "5 tahun",
            "majelis hakim",
        ),
        ("Hakim memvonis terdakwa 6 tahun penjara.", "6 tahun", "majelis hakim"),
        (
            "Pengadilan Negeri Jakarta Selatan menjatuhkan hukuman 8 tahun penjara kepada Budi.",
            "8 tahun",
            "Pengadilan Negeri Jakarta Selatan",
        ),
    ],
)
def test_an_active_verdict_is_the_courts(text: str, figure: str, court: str) -> None:
    assert _sources(f"Judul berita hari ini\n{text}", figure) == [court]


def test_a_court_ordering_damages_is_the_source_of_them() -> None:
    text = "Headline of the day\nA court in Paris ordered the firm to pay £2m in damages."
    assert _sources(text, "£2m", "en") == ["the court"]


@pytest.mark.parametrize(
    ("text", "figure", "lang", "sources"),
    [
        (
            "Menurut survei Indikator Politik Indonesia, 45 persen responden mendukung.",
            "45 persen",
            "id",
            ["Indikator Politik Indonesia"],
        ),
        (
            "A poll by YouGov for the Sunday Times found 40% of voters backed Labour.",
            "40%",
            "en",
            ["YouGov", "Sunday Times"],
        ),
        (
            "According to a Populus survey, 55% of people support the ban.",
            "55%",
            "en",
            ["Populus"],
        ),
    ],
)
def test_a_poll_is_its_pollsters(text: str, figure: str, lang: str, sources: list[str]) -> None:
    assert _sources(f"Headline\n{text}", figure, lang) == sources


def test_a_quotation_reopened_after_a_lost_paragraph_break_goes_on() -> None:
    text = (
        'Ms Hewitt said: "We have made a firm commitment. "We will extend the pay from six'
        ' months to nine months." The cost is rising.'
    )
    quotes = find_quotes(text, paragraphs_of(text))
    assert [text[q.start : q.end] for q in quotes] == [text[text.index('"') : text.index(" The")]]
    assert _sources(text, "six months", "en") == ["Hewitt"]


def test_the_report_referred_to_again_is_the_one_its_publisher_was_named_for() -> None:
    text = (
        "The report by the US Pew Research Center reveals that 87% of searchers find what they"
        " look for. The report reveals that 84% of net users use Google."
    )
    assert _sources(text, "84%", "en") == ["US Pew Research Center"]


def test_a_pronoun_and_its_clause_after_an_inverted_verb_name_no_speaker() -> None:
    text = (
        "Search engines are popular, said Tony Macklin. A small number, 17%, said they would"
        " not miss search engines."
    )
    assert _sources(text, "17%", "en") == []


@pytest.mark.parametrize("figure", ["42%", "Half"])
def test_a_share_of_a_polls_respondents_speaks_for_the_poll(figure: str) -> None:
    text = (
        "Call centres are losing staff, said Cara Diemont of Dimension Data. Only 42% of them say"
        " that saving money matters. Half of them argue that skills matter more. The survey was"
        " conducted by Sunovate on behalf of Dimension Data."
    )
    assert sorted(_sources(text, figure, "en")) == ["Dimension Data", "Sunovate"]


@pytest.mark.parametrize("figure", ["Some 61%", "73%"])
def test_respondents_speak_for_the_pollster_who_quizzed_them(figure: str) -> None:
    text = (
        "Voters distrust politicians. And 87% of the 1,000 adults quizzed by Gallup said promises"
        " were broken. Some 61% said trust made no difference. Just under three-quarters of"
        " respondents (73%) said politicians were dishonest."
    )
    assert _sources(text, figure, "en") == ["Gallup"]


def test_pollsters_named_for_two_polls_speak_for_neither() -> None:
    text = (
        "Some 40% of adults quizzed by Gallup backed the plan, and 30% of adults quizzed by"
        " MORI did. Some 61% said trust made no difference."
    )
    assert _sources(text, "Some 61%", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Acme Holdings rose on the London Stock Exchange. The company said 40 jobs"
        " would go.",
        "Acme Holdings shares rose 5% on the London Stock Exchange. It said 40 jobs would go.",
    ],
)
def test_the_company_is_the_body_its_sentence_was_about(text: str) -> None:
    assert _sources(text, "40 jobs", "en") == ["Acme Holdings"]


def test_he_after_a_sentence_opening_with_a_bare_title_is_its_holder() -> None:
    text = (
        "Prime Minister Tony Blair opened the summit. Mr Brown was absent. The prime minister"
        " toured the plant later. He said 40 jobs would go."
    )
    assert _sources(text, "40 jobs", "en") == ["Tony Blair"]


def test_a_collective_with_adverbs_is_no_party() -> None:
    text = "Warga juga semakin banyak yang mengajukan surat keterangan polisi seharga US$29."
    assert _sources(text, "US$29", "id") == []


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("KPK sebelumnya telah menetapkan enam tersangka dalam kasus ini.", []),
        (
            '"Dalam penyidikan tersebut KPK menetapkan dua orang tersangka," kata Wakil Ketua KPK'
            " Alexander Marwata.",
            ["Alexander Marwata"],
        ),
    ],
)
def test_naming_counted_suspects_is_a_doing_not_a_report(text: str, sources: list[str]) -> None:
    figure = "enam" if "enam" in text else "dua"
    assert _sources(text, figure, "id") == sources


def test_a_name_followed_by_which_is_a_body_and_it_stands_for_it() -> None:
    text = (
        "Its shares fell on the London Stock Exchange. Laura Ashley, which is due to issue a"
        " trading statement, has been hit by poor sales. Last September it reported that losses"
        " had risen to £1.2m."
    )
    assert _sources(text, "£1.2m", "en") == ["Laura Ashley"]


@pytest.mark.parametrize(
    ("text", "figure", "sources"),
    [
        (
            "Pelatih Budi Santoso mengatakan timnya siap. Budi Santoso menang dua kali dari tiga"
            " laga di kota itu.",
            "dua",
            [],
        ),
        (
            "Pelatih Budi Santoso mengatakan timnya siap. Budi melanjutkan, timnya berlatih"
            " selama 6 bulan.",
            "6 bulan",
            ["Budi Santoso"],
        ),
    ],
)
def test_a_sentence_opening_with_the_speakers_name_tells_of_them(
    text: str, figure: str, sources: list[str]
) -> None:
    assert _sources(text, figure, "id") == sources


@pytest.mark.parametrize(
    ("text", "figure", "sources"),
    [
        ("Berdasarkan data BPS ekspor turun 10 persen pada Agustus 2019.", "10 persen", ["BPS"]),
        (
            "The economy grew faster than the 0.4% reported, according to Bank of England deputy"
            " governor Rachel Lomax.",
            "0.4%",
            ["Rachel Lomax"],
        ),
    ],
)
def test_a_source_named_with_no_comma_before_its_clause(
    text: str, figure: str, sources: list[str]
) -> None:
    assert _sources(text, figure, "id" if "BPS" in text else "en") == sources


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Bogor Ade Yasin meninjau lokasi. Jumlah korban, kata dia, mencapai 20 orang.",
        "Bupati Bogor Ade Yasin meninjau lokasi. Jumlah korban mencapai 20 orang, kata dia.",
    ],
)
def test_kata_dia_inside_or_after_the_sentence_is_the_person_named_before(text: str) -> None:
    assert _sources(text, "20 orang", "id") == ["Ade Yasin"]


def test_a_decimal_figure_before_a_verb_is_no_share_of_respondents() -> None:
    text = (
        "Parmalat said creditors would get 5.7% of their debts. This is lower than the 11.3%"
        " creditors previously hoped to receive."
    )
    assert _sources(text, "11.3%", "en") == ["Parmalat"]


def test_a_region_no_table_knows_is_no_party() -> None:
    """ "The North East showed ...": a region is no source, and the speaker's plan goes on
    past a region named in the sentence before ("He plans ...")."""
    text = (
        "Headline of the day\n"
        "Figures were out. The North East showed the highest rate of inflation at 26.2%."
    )
    assert _sources(text, "26.2%", "en") == []
    text = (
        "Headline of the day\n"
        "Chancellor Gordon Brown said 12,500 jobs had gone while 7,800 were being moved out "
        "of the South East. He plans to axe 104,000 jobs."
    )
    assert _sources(text, "104,000", "en") == ["Gordon Brown"]
