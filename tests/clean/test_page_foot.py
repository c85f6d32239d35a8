"""The page's head and foot judged by their place: a rubric over a headline that stands over
its byline, the short lines under the furniture that follows the story's last sentence, a
control's label repeated under each entry, a table of contents, captions closed by their source.
The story's own lines in the same shapes stay."""

from __future__ import annotations

from telusur.clean.boilerplate import strip

STORY = [
    "Pemerintah kota membuka pendaftaran beasiswa bagi 1.500 mahasiswa tahun ini.",
    "",
    "Setiap penerima mendapat bantuan Rp6 juta per tahun untuk biaya kuliah.",
    "",
    '"Tidak ada anak yang berhenti kuliah karena biaya," kata wali kota.',
]
BODY = [line for line in STORY if line]


def _kept(lines: list[str]) -> list[str]:
    return [line for line in strip(lines)[0] if line]


def _spaced(*lines: str) -> list[str]:
    out: list[str] = []
    for line in lines:
        out += [line, ""]
    return out[:-1]


def test_link_titles_and_a_contact_line_under_the_closing_furniture_go() -> None:
    foot = _spaced(
        "Penulis: Dewi Kartika | Editor: Humas",
        "Posting Terkait",
        "Dosen FMIPA Raih Hibah Penelitian",
        "Kampus Terima 7.400 Mahasiswa Baru Jalur Mandiri",
        "Hubungi Kami",
        "Jl. Veteran No. 12, Karangsari 65145 | Telp. (0341) 551234",
    )
    assert _kept([*STORY, "", *foot]) == BODY


def test_links_to_the_previous_and_next_post_open_the_foot() -> None:
    foot = _spaced(
        "#PolriPresisi #HumasPolri",
        "Salam Presisi !!!",
        "Post Views: 1,037",
        "Post navigation",
        "← Kapolres Pimpin Apel Pengamanan",
        "Satlantas Bagikan Helm Gratis kepada Pelajar →",
    )
    assert _kept([*STORY, "", *foot]) == BODY


def test_a_list_under_its_introduction_stays_when_an_ad_slot_breaks_it() -> None:
    text = [*STORY, "", "Syarat pendaftar:", "", "ADVERTISEMENT", "", "Warga kota", "", "IPK 3,00"]
    assert _kept(text) == [*BODY, "Syarat pendaftar:", "Warga kota", "IPK 3,00"]


def test_a_statement_signed_by_a_name_the_story_names_keeps_the_name() -> None:
    text = [
        "Berikut klarifikasi lengkap yang dituliskan Abdul Somad:",
        "",
        "1. Saya sampai di Hong Kong pukul 15.00 WIB dan langsung dihadang petugas.",
        "",
        "2. Semoga tulisan singkat ini mampu menjadi klarifikasi bagi semua.",
        "",
        "6 Rabiul Akhir 1439",
        "",
        "24 Desember 2017",
        "",
        "Abdul Somad",
    ]
    assert "Abdul Somad" in _kept(text)


def test_a_schedules_repeated_line_between_fixtures_stays() -> None:
    fixtures = _spaced(
        "Seychelles v South Africa",
        "Mauritius v Madagascar",
        "Winners meet in final match",
        "Mozambique v Zimbabwe",
        "Namibia v Botswana",
        "Winners meet in final match",
        "Lesotho v Malawi",
        "Zambia v Swaziland",
        "Winners meet in final match",
    )
    text = ["South Africa face the Seychelles in the first round of the cup next month.", ""]
    assert _kept([*text, *fixtures]) == [line for line in [*text, *fixtures] if line]


def test_a_control_repeated_under_each_update_goes() -> None:
    text: list[str] = []
    for clock, update in (("11.42 WIB", STORY[0]), ("10.15 WIB", STORY[2]), ("08.30", STORY[4])):
        text += [clock, "", update, "", "Bagikan pembaruan ini", ""]
    assert "Bagikan pembaruan ini" not in _kept(["Banjir Rendam Kota, Warga Mengungsi", "", *text])


def test_a_table_of_contents_goes_and_its_subheadings_stay() -> None:
    text = _spaced(
        "Sepatu kulit yang dirawat dengan benar bisa dipakai lebih dari lima tahun.",
        "Daftar Isi",
        "- Bersihkan setelah dipakai",
        "- Gunakan semir yang sesuai",
        "1. Bersihkan setelah dipakai",
        "Lap debu dengan kain lembut setiap selesai memakai sepatu.",
        "2. Gunakan semir yang sesuai",
        "Pilih semir krim untuk kulit halus dan semir lilin untuk hasil mengilap.",
    )
    kept = _kept(text)
    assert "- Bersihkan setelah dipakai" not in kept
    assert "1. Bersihkan setelah dipakai" in kept and "2. Gunakan semir yang sesuai" in kept


def test_a_rubric_over_the_headline_and_its_byline_goes() -> None:
    for rubric in ("TNI AD | Berita Satuan | Kodam", "TribunKalbar.com Sintang", "Pertanian"):
        page = _spaced(
            rubric,
            "Kodim Bangun 12 Sumur Bor di Desa Rawan Kekeringan",
            "Pendim 0817 | 27 Agustus 2025 | 11:05",
        )
        assert _kept([*page, "", *STORY]) == [
            "Kodim Bangun 12 Sumur Bor di Desa Rawan Kekeringan",
            *BODY,
        ]


def test_a_short_headline_over_a_standfirst_without_a_stop_stays() -> None:
    page = _spaced(
        "Banjir Rendam Semarang",
        "Ribuan warga mengungsi ke 21 titik pengungsian di kota itu",
        "Oleh Ahmad Fauzi | Selasa, 28 Januari 2025",
    )
    assert _kept([*page, "", *STORY])[0] == "Banjir Rendam Semarang"


def test_a_gallery_headline_is_no_photo_credit() -> None:
    page = ["FOTO: Ribuan Umat Padati Pawai Ogoh-ogoh di Denpasar", "", *STORY]
    assert _kept(page)[0] == "FOTO: Ribuan Umat Padati Pawai Ogoh-ogoh di Denpasar"


def test_captions_closed_by_their_source_go() -> None:
    for caption in (
        "New Smyrna Beach. The Inquisitr",
        "Ilustrasi kemeja putih polos. Pinterest",
        "Mantan Wakil Bupati Blora daftar cawagub 2017 merdeka.com/parwito",
    ):
        assert _kept([STORY[0], "", caption, "", *STORY[2:]]) == BODY


def test_a_subheading_after_a_sentence_is_no_caption() -> None:
    line = "Hingga pertandingan berakhir, tak ada lagi gol yang tercipta. Susunan Pemain"
    assert line in _kept([STORY[0], "", line, "", *STORY[2:]])


def test_credits_joined_by_a_bar_go_and_a_degree_goes_with_its_name() -> None:
    foot = ["Fotografer: Made Wirawan | Teks: Luh Sari", "", "Penulis: Ustadz Abdullah Rahman, Lc."]
    assert _kept([*STORY, "", *foot]) == BODY


def test_a_product_card_goes_and_a_price_list_of_the_story_stays() -> None:
    card = _spaced("Semir Krim Premium 50 ml", "Rp45.000 Rp59.000", "⭐ 4.9 | Terjual 3rb+")
    text = [STORY[0], "", *card, "", "Beli Sekarang", "", *STORY[2:]]
    assert _kept(text) == BODY
    prices = _spaced("Daftar harga tiket:", "Festival: Rp350.000", "VIP: Rp1.500.000")
    assert _kept([*STORY, "", *prices]) == [*BODY, *[line for line in prices if line]]
