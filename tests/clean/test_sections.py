"""Sections a page appends under the story, and furniture above its headline: they go, the
story's own lines in the same shapes stay."""

from __future__ import annotations

from telusur.clean.boilerplate import strip

STORY = [
    "Pemerintah kota membuka pendaftaran beasiswa bagi 1.500 mahasiswa tahun ini.",
    "",
    "Setiap penerima mendapat bantuan Rp6 juta per tahun untuk biaya kuliah.",
    "",
    '"Tidak ada anak yang berhenti kuliah karena biaya," kata wali kota.',
]


def _kept(lines: list[str]) -> list[str]:
    return [line for line in strip(lines)[0] if line]


def test_a_comment_section_closing_the_page_goes_whole() -> None:
    page = ["Beasiswa Dibuka untuk 1.500 Mahasiswa", "", *STORY, ""]
    page += ["Komentar (4)", "", "andi_99 · 2 jam lalu", "", "Semoga merata, Pak.", "", "Balas"]
    assert _kept(page) == [
        line for line in ["Beasiswa Dibuka untuk 1.500 Mahasiswa", *STORY] if line
    ]


def test_a_comment_counter_under_the_headline_opens_no_section() -> None:
    page = ["Beasiswa Dibuka untuk 1.500 Mahasiswa", "", "Komentar (0)", "", *STORY]
    assert _kept(page)[1:] == [line for line in STORY if line]


def test_an_issuers_blurb_and_press_office_close_a_release() -> None:
    page = ["PLN Sambung Listrik ke 1.200 Desa", "", *STORY, ""]
    page += [
        "Tentang PLN",
        "",
        "PT PLN (Persero) adalah BUMN penyedia listrik. Informasi lebih lanjut: www.pln.co.id.",
        "",
        "Divisi Komunikasi Korporat PLN",
        "",
        "Email: humas@pln.co.id | Telp: (021) 725 1234",
    ]
    assert _kept(page)[1:] == [line for line in STORY if line]


def test_a_closing_subheading_and_its_paragraph_stay() -> None:
    closing = [
        "Tentang Anoreksia",
        "",
        "Anoreksia adalah gangguan makan yang membuat penderitanya menolak makan.",
    ]
    page = ["Tren Anoreksia pada Pria", "", *STORY, "", *closing]
    assert _kept(page)[-2:] == [closing[0], closing[2]]


def test_the_bylines_author_bio_goes() -> None:
    page = ["The island that ran out of sand", "", "By Maya Lindqvist · 9 min read", ""]
    page += ["When Carl Benjamin was a boy, the beach was 40 metres wide, he said.", ""]
    page += ["Maya Lindqvist is a senior correspondent covering the oceans."]
    assert _kept(page) == [page[0], page[4]]


def test_link_titles_between_furniture_go_and_a_list_under_the_story_stays() -> None:
    titles = ["Video Terkait", "", "02:14 Banjir Bandang Terjang Lumajang", "", "Putar video"]
    page = ["Jembatan Putus di Lumajang", "", *STORY, "", *titles]
    assert _kept(page)[1:] == [line for line in STORY if line]
    listed = ["Syarat pendaftar:", "", "- Warga kota", "", "- IPK minimal 3,00"]
    page = ["Beasiswa Dibuka", "", *STORY, "", *listed]
    assert _kept(page)[-3:] == [listed[0], listed[2], listed[4]]


def test_a_breadcrumb_or_cookie_notice_above_the_headline_goes_and_a_menu_leaves_it() -> None:
    head = "Pasar Martapura Direvitalisasi, Pedagang Dipindah"
    for top in (
        "Pemerintah Kota Malang › Berita › Pendidikan",
        "Kami menggunakan cookie untuk menyajikan konten. Dengan melanjutkan, Anda setuju.",
    ):
        assert _kept([top, "", head, "", *STORY])[0] == head
    kept, removed = strip([f"Home Banua Ekonomi Olahraga {head}", "", head, "", *STORY])
    assert kept[0] == head and removed[0] == "Home Banua Ekonomi Olahraga"
