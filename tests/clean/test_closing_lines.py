"""What closes an article and is not the story goes: signatures, credits, notices, promotions;
the story's own closing lines stay."""

from __future__ import annotations

import pytest

from telusur.clean.boilerplate import strip

STORY = ["Judul berita", "Harga beras naik lagi pekan ini di pasar induk."]


@pytest.mark.parametrize(
    ("last", "signoff"),
    [
        ('"Kami siap," kata dia. (Abdul Malik Mubarok) ,', "(Abdul Malik Mubarok)"),
        ('"Kami siap," kata dia.(abdul malik mubarok) ,', "(abdul malik mubarok)"),
        ("Panen dimulai pekan depan. (atik) ,", "(atik)"),
        ("Panen dimulai pekan depan. (KS) ,", "(KS)"),
        ("Panen dimulai pekan depan., ,(*)", "(*)"),
        ("Panen dimulai pekan depan., , ,(Adv),", "(Adv)"),
        ("Panen dimulai pekan depan. (,: ,) ,", "(,: ,)"),
        ("Panen dimulai pekan depan. (,) (,)", "(,) (,)"),
        ("Panen dimulai pekan depan. (Surya/Doni Prasetyo)", "(Surya/Doni Prasetyo)"),
        (
            "Panen dimulai pekan depan, kata Reuters. (Uu. Aulia / KR - AMQ)",
            "(Uu. Aulia / KR - AMQ)",
        ),
        ("Panen dimulai pekan depan, kata Reuters. (H - RF)", "(H - RF)"),
    ],
)
def test_a_signoff_closing_the_last_line_is_cut(last: str, signoff: str) -> None:
    kept, removed = strip([*STORY, last])
    assert removed == [signoff]
    assert kept == [*STORY, last[: last.index(signoff)].rstrip(" ,")]


@pytest.mark.parametrize("alone", ["(Keenan Pasha/Isk)", "(Alimansyah) ,", "(H - RF)"])
def test_a_signoff_on_a_line_of_its_own_goes_whole(alone: str) -> None:
    kept, removed = strip([*STORY, alone])
    assert kept == STORY and removed == [alone]


def test_a_signoff_left_alone_by_an_embed_cut_before_it_goes() -> None:
    kept, removed = strip([*STORY, "[Gambas: Youtube] (rah)"])
    assert kept == STORY and removed == ["[Gambas: Youtube]", "(rah)"]


@pytest.mark.parametrize(
    "last",
    [
        "Panen dimulai pekan depan. (Antara)",
        "Panen dimulai pekan depan. (Business Insider)",
        "Panen dimulai pekan depan. (Motorsport)",
        'Panen dimulai pekan depan," (HR Bukhari dan Muslim).',
        "Pahala puasa dilipatgandakan. (QS Al Baqarah)",
        "Sistem itu disebut Whistle Blowing System. (WBS)",
        "Panen dimulai pekan depan. (cover Koes Plus)",
    ],
)
def test_a_credited_or_cited_source_and_the_story_s_words_stay(last: str) -> None:
    assert strip([*STORY, last]) == ([*STORY, last], [])


@pytest.mark.parametrize(
    "credit",
    [
        "Sumber berita TheVerge dan gambar header Wikipedia.",
        "Sumber berita Geekbench via PhoneArena, gambar header ilustrasi iPhone X.",
        "Sumber: TechCrunch. Gambar header: Pixabay.",
        "Artikel ini telah tayang di,dengan judul Atap TK Negeri Roboh,,.",
    ],
)
def test_a_closing_source_credit_or_republication_notice_goes(credit: str) -> None:
    kept, removed = strip([*STORY, credit])
    assert kept == STORY and removed == [credit]


def test_a_source_sentence_closing_the_article_stays() -> None:
    last = "Sumber berita itu mengatakan harga akan turun bulan depan."
    assert strip([*STORY, last]) == ([*STORY, last], [])


def test_a_republication_notice_glued_to_the_last_sentence_is_cut() -> None:
    last = "Perkara itu diprioritaskan, kata Guntur. Artikel ini tayang di Kontan dengan judul ,"
    kept, removed = strip([*STORY, last])
    assert kept == [*STORY, "Perkara itu diprioritaskan, kata Guntur."]
    assert removed == ["Artikel ini tayang di Kontan dengan judul ,"]


PROMO = [
    "Kamu penasaran ingin melihat bandara ini? Silakan ikut program kumparan bertajuk Getaway.",
    "Caranya mudah!",
    "1. Unggah foto terbaikmu di Instagram.",
    "2. Follow dan tag @kumparancom dengan hashtag #kumparanGetaway",
    "Tunggu apa lagi?",
    "Info selengkapnya silakan diakses di sini.",
]


def test_the_site_s_promotion_of_its_own_event_closing_the_article_goes() -> None:
    kept, removed = strip([*STORY, "Bandara itu dibuka pada 2010.", *PROMO])
    assert kept == [*STORY, "Bandara itu dibuka pada 2010."] and removed == PROMO


def test_a_programme_the_story_reports_stays() -> None:
    lines = [
        *STORY,
        '"Keduanya divonis dan ikut program pelatihan kerja," ucap hakim kepada Tribunjateng.com.',
        "Kuasa hukum menerima putusan itu.",
    ]
    assert strip(lines) == (lines, [])


def test_a_club_s_fixtures_listed_as_tags_under_the_story_go_and_a_results_table_stays() -> None:
    tags = (
        "Manchester United vs Leicester City,Manchester United vs Astana,West Ham United vs Arsenal"
    )
    assert strip([*STORY, tags]) == (STORY, [tags])
    table = "Arema FC 1-1 PSIS Semarang,Persija Jakarta Vs Perseru,Semen Padang Vs Barito Putera"
    assert strip([*STORY, table]) == ([*STORY, table], [])


def test_a_passive_pointer_to_more_reading_closing_the_article_goes() -> None:
    last = "Berita selengkapnya tentang pamitnya Johan Budi dapat dibaca dalam:"
    assert strip([*STORY, last]) == (STORY, [last])
    intro = "Jadwal pertandingan dapat dilihat sebagai berikut, kata panitia:"
    assert strip([*STORY, intro]) == ([*STORY, intro], [])


def test_a_staff_credit_of_two_roles_joined_by_dan_closing_the_article_goes() -> None:
    last = "Laporan Alfons Hartanto dan videographer Kevin Putra"
    assert strip([*STORY, last]) == (STORY, [last])


def test_the_last_item_of_a_list_in_capitals_is_no_credit() -> None:
    lines = [*STORY, "I MMI,Getaran tidak dapat dirasakan kecuali oleh beberapa orang.", "II MMI"]
    assert strip(lines) == (lines, [])


@pytest.mark.parametrize("marker", ["Suara.com -", "Merdeka.com -,"])
def test_a_site_s_dateline_marker_left_alone_goes_and_glued_to_its_sentence_stays(
    marker: str,
) -> None:
    kept, removed = strip([marker, "", *STORY[1:]])
    assert removed == [marker] and kept == ["", *STORY[1:]]
    opening = ["Merdeka.com - Para pemain timnas diberi kompensasi.", "Mereka berangkat Mei."]
    assert strip(opening) == (opening, [])


def test_related_titles_under_a_marker_after_the_site_s_dateline_go_exclaiming_ones_too() -> None:
    titles = ["Lama Tak Muncul, Teman Ahok Beberkan Asal", "Amir Ternyata Tahu dari Paranormal!"]
    lines = [*STORY, "", "Suara.com - BERITA MENARIK LAINNYA:", "", titles[0], "", titles[1]]
    kept, removed = strip(lines)
    assert [line for line in kept if line] == STORY
    assert removed == ["Suara.com - BERITA MENARIK LAINNYA:", *titles]


@pytest.mark.parametrize(
    "note",
    [
        "Catatan: Berita ini telah mendapat perubahan judul dan konten pada Jumat pukul 14.07.",
        "CATATAN:,Artikel ini telah diubah pada Jumat 20 September 2019 untuk meluruskan nama.",
        "[video]http://video.kompas.com / e/4535812457001_v1_pjuara[/video]",
    ],
)
def test_an_editors_note_about_the_page_or_a_video_embed_goes(note: str) -> None:
    kept, removed = strip([*STORY, note, "Paragraf terakhir berita."])
    assert kept == [*STORY, "Paragraf terakhir berita."] and removed == [note]


def test_a_note_on_the_story_s_facts_stays() -> None:
    note = "Catatan: pasangan Fikri/Bagas akhirnya kalah dengan skor 16-21, 23-21, 12-21."
    assert strip([*STORY, note]) == ([*STORY, note], [])
