"""Boilerplate lines go, with what was removed kept verbatim; body lines stay."""

from __future__ import annotations

import pytest

from telusur.clean.boilerplate import strip

REMOVED = [
    "Share:",
    "Bagikan:",
    "Advertisement",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Baca juga: Harga Cabai Naik Lagi di Pasar Induk",
    "Baca Juga: Gubernur Tinjau Banjir di Pesisir",
    "SIMAK JUGA - Klub Ibu Kota Rekrut Bek Baru",
    "Baca_Juga",
    "Konten ini adalah kiriman dari Warga Menulis. Yuk, kirim ceritamu!",
    "Dilarang mengambil dan/atau menayangkan ulang artikel ini tanpa seizin redaksi",
    "Isi komentar sepenuhnya adalah tanggung jawab pengguna.",
    "(ant/xyz)",
    "(ard)",
    "[abc]",
    "(Budi Santoso / rsa)",
    "(T.K012/B034)",
    "Foto: Dokumentasi Humas",
    "konten ini diolah dengan bantuan ai.",
    "view this post on instagram",
    "Copyright © 2024 Kabar Kota. All rights reserved.",
    "Read more: Markets slide as oil jumps",
    "(Reporting by Jane Doe; Editing by John Roe)",
    "Copyright ANTARA 2025",
    "» Baca juga: Harga Bawang Merah Turun",
    "Baca juga >> Harga Bawang Merah Turun",
    "Tangkapan layar video viral. (Instagram @infojakarta)",
    "Foto udara banjir. (ANTARA/Ahmad Fauzi)",
    "Artikel ini merupakan konten kerja sama dengan Pemprov DKI Jakarta.",
    'Sebagian artikel ini telah tayang di Kompas.com dengan judul "Harga Cabai Naik".',
    "Petugas memeriksa kendaraan di Tol Cikampek. (Tribunnews/Ahmad Fauzi)",
    "Petugas memeriksa kendaraan di Tol Cikampek. (HO/Humas Polri)",
    "Petugas memeriksa kendaraan di Tol Cikampek | Foto: Ahmad Fauzi",
    "Kemacetan di Tol Cikampek. (Screenshot/Instagram)",
    "Advertisement - Scroll to continue",
    "-- (ant)",
    "Baca Berita Lain:",
    "Baca juga artikel: Harga Bawang Merah Turun",
    "Berita lain terkait ,dan banjir, bisa Anda simak di Kabarkota.co.",
]

KEPT = [
    "Harga cabai naik 20 persen dalam sepekan, kata pedagang.",
    "Sumber itu menambahkan bahwa keduanya sudah berdamai.",
    "Hak cipta lagu itu dipegang oleh label rekamannya.",
    "Foto profil yang bagus belum tentu jujur.",
    "Baca juga berita lain soal ini besok pagi, katanya.",
    "Pemerintah melarang ekspor beras (sementara).",
    "Share prices rose 3% on Monday.",
    "Advertisement spending fell by a fifth last year.",
    "Korea Utara Kirim Ribuan Tentara: Apa Tujuannya ?",
    "Penulis buku itu hadir dalam diskusi.",
    "Gempa itu menewaskan 471 orang dan merusak ribuan rumah. (Antara / Reuters)",
    "Warga membaca koran di pasar pagi ini. (Yoga/Antara)",
    "Pameran itu berlangsung hingga Minggu. Simak ceritanya hanya di Kabarkota.com",
    "Informasi pendaftaran dapat diakses di www.kabarkota.go.id",
]


def _strip(*lines: str) -> tuple[list[str], list[str]]:
    return strip(["Paragraf pertama berita.", "", *lines, "", "Paragraf terakhir berita."])


@pytest.mark.parametrize("line", REMOVED)
def test_boilerplate_line_is_removed_and_recorded(line: str) -> None:
    kept, removed = _strip(line)
    assert line not in kept
    assert removed == [line]


@pytest.mark.parametrize("line", KEPT)
def test_body_line_is_kept(line: str) -> None:
    kept, removed = _strip(line)
    assert line in kept
    assert removed == []


@pytest.mark.parametrize(
    "line",
    [
        "Sumber: Channelnewsasia.com",
        "Sumber: Antara",
        "Sumber berita Gizmochina.",
        "Tautan sumber",
    ],
)
def test_source_credit_lines_go_only_at_the_end(line: str) -> None:
    # In the middle of the text: below the lines near the top where a byline stands.
    opening = ["Judul berita", "Paragraf pertama.", "Paragraf kedua.", "Paragraf ketiga."]
    kept, removed = strip([*opening, "Paragraf keempat.", line, "Paragraf kelima.", "Akhir."])
    assert line in kept and removed == []
    kept, removed = strip(["Paragraf pertama.", "Paragraf kedua.", "", line, "Share:"])
    assert kept == ["Paragraf pertama.", "Paragraf kedua.", ""]
    assert removed == [line, "Share:"]


def test_glued_related_link_marker_leaves_the_paragraph() -> None:
    kept, removed = strip(["Baca_Juga Namun, harga turun lagi pada Senin."])
    assert kept == ["Namun, harga turun lagi pada Senin."]
    assert removed == ["Baca_Juga"]


def test_an_emptied_marker_glued_after_a_paragraph_is_cut() -> None:
    line = '"Kami menolak," tandasnya,Baca Juga :,,Baca Juga :,,Ketua DPRD angkat bicara.'
    kept, removed = strip([line, "Akhir."])
    assert kept == ['"Kami menolak," tandasnya, Ketua DPRD angkat bicara.', "Akhir."]
    assert removed == ["Baca Juga :,,Baca Juga :,,"]
    said = '"Nanti akan kami lihat juga, akan kami tempatkan," kata Alex.'
    assert strip([said, "Akhir."]) == ([said, "Akhir."], [])


def test_a_glued_call_to_watch_a_video_is_cut_and_the_paragraphs_stay() -> None:
    after = "Mobil itu dirakit di Boyolali.,Simak video pilihan berikut ini:"
    before = "Simak video perakitan mobil di Boyolali:,Mobil itu dijual Rp 95 juta."
    kept, removed = strip([after, before, "Akhir."])
    assert kept == ["Mobil itu dirakit di Boyolali.,", "Mobil itu dijual Rp 95 juta.", "Akhir."]
    assert removed == [
        "Simak video pilihan berikut ini:",
        "Simak video perakitan mobil di Boyolali:,",
    ]


def test_related_links_in_the_forms_scrapers_leave_are_cut_and_the_text_stays() -> None:
    for line, piece, left in [
        ("Baca juga;,,Karena itu warga mengungsi.", "Baca juga;,,", "Karena itu warga mengungsi."),
        (
            "Selengkapnya, baca: ,Johan tak lagi menjabat.",
            "Selengkapnya, baca: ,",
            "Johan tak lagi menjabat.",
        ),
        (
            "Kata dia, Rabu (11/9/2019). (Baca juga: ,Apalagi, kata dia, itu sah.",
            "(Baca juga: ,",
            "Kata dia, Rabu (11/9/2019). Apalagi, kata dia, itu sah.",
        ),
        (
            "Baca juga: Harga Cabai, Bawang Naik,Ray menilai harga wajar.",
            "Baca juga: Harga Cabai, Bawang Naik,",
            "Ray menilai harga wajar.",
        ),
        (
            "5. Revisi UU Baca juga: Dua Pesawat Disiapkan,6. Inpres ASN di Jayapura.",
            "Baca juga: Dua Pesawat Disiapkan,",
            "5. Revisi UU 6. Inpres ASN di Jayapura.",
        ),
        (
            "Akun itu dikunci.,[bacajuga:Baca Juga](4035268 4016750,Mengutip laman itu, ia pergi.",
            "[bacajuga:Baca Juga](4035268 4016750,",
            "Akun itu dikunci., Mengutip laman itu, ia pergi.",
        ),
        ("Mantan Baca_Juga Panglima itu datang.", "Baca_Juga", "Mantan Panglima itu datang."),
        (
            "Gol itu sah. SIMAK JUGA - Pelatih: Tim Kami Juara",
            "SIMAK JUGA - Pelatih: Tim Kami Juara",
            "Gol itu sah.",
        ),
    ]:
        kept, removed = strip(["Awal.", line, "Akhir."])
        assert (kept[1], removed) == (left, [piece]), line
    # A headline's words after a comma end as no sentence does: the related link goes whole.
    link = "Baca juga: Jokowi,Prabowo Bertemu di Istana"
    assert strip(["Awal.", link, "Akhir."])[1] == [link]
    # A closed bracket is the bracketed rule's: it goes whole.
    assert strip(["Awal.", "Ia datang. (Baca juga: ,) Lalu pergi.", "Akhir."])[1] == [
        "(Baca juga: ,)"
    ]


def test_trailing_related_link_is_cut_from_the_paragraph() -> None:
    kept, removed = strip(
        ["Harga naik tajam, kata dia. Baca juga: Harga Emas Turun Lagi", "Akhir."]
    )
    assert kept == ["Harga naik tajam, kata dia.", "Akhir."]
    assert removed == ["Baca juga: Harga Emas Turun Lagi"]


def test_trailing_signoff_is_cut_but_a_wire_credit_stays() -> None:
    kept, removed = strip(
        ["Awal.", "Banjir surut pada Selasa. (Baca: Banjir Datang Lagi) (abc / de)"]
    )
    assert kept == ["Awal.", "Banjir surut pada Selasa."]
    assert sorted(removed) == ["(Baca: Banjir Datang Lagi)", "(abc / de)"]
    kept, removed = strip(["Awal.", "Banjir surut pada Selasa. (Antara)"])
    assert kept == ["Awal.", "Banjir surut pada Selasa. (Antara)"]
    assert removed == []


def test_a_desk_code_after_a_word_closing_the_article_is_cut_and_a_bracketed_word_stays() -> None:
    for last, code in [
        ("Manajer: Budi Santoso (bac)", "(bac)"),
        ("Proyek itu rampung tahun depan, ” jelasnya (gir / gir)", "(gir / gir)"),
        ("Bank itu diawasi OJK,,,,(adv)", "(adv)"),
    ]:
        kept, removed = strip(["Awal.", last])
        assert removed == [code] and kept[-1] == last.removesuffix(code).rstrip()
    for last in ["Rem: Cakram (depan). Tromol (belakang)", "WINNERS (once)"]:
        assert strip(["Awal.", last]) == (["Awal.", last], [])
    # In a text its source lower-cased, brackets there hold an abbreviation.
    lowered = ["harga naik.", "inflasi naik.", "inflasi tahunan 3,08 persen (yoy)"]
    assert strip(lowered) == (lowered, [])


def test_script_debris_block_is_removed() -> None:
    lines = ["Awal.", "/ / <! [CDATA [", "var x = 1;", " / /]] & gt;", "Akhir."]
    kept, removed = strip(lines)
    assert kept == ["Awal.", "Akhir."]
    assert removed == lines[1:4]


def test_photo_credit_after_a_caption_is_cut() -> None:
    kept, removed = strip(["Warga antre beras murah (Foto: Humas Kota)", "Isi berita."])
    assert kept == ["Warga antre beras murah", "Isi berita."]
    assert removed == ["(Foto: Humas Kota)"]


@pytest.mark.parametrize("line", ["Editor: Ani", "Editor : Hadijah Alaydrus", "Penulis:"])
def test_a_staff_credit_goes_anywhere(line: str) -> None:
    """A role and a name alone ("Editor : Name") credits the page wherever it stands."""
    opening = ["Judul berita", "Paragraf pertama.", "Paragraf kedua.", "Paragraf ketiga."]
    kept, removed = strip([*opening, "Paragraf keempat.", line, "Paragraf kelima.", "Akhir."])
    assert line not in kept and removed == [line]


def test_a_transcript_line_is_no_credit() -> None:
    opening = ["Judul berita", "Paragraf pertama.", "Paragraf kedua.", "Paragraf ketiga."]
    line = "Reporter: Apa tanggapan Bapak soal Kenaikan Tarif?"
    kept, removed = strip([*opening, line, "Paragraf kelima.", "Akhir."])
    assert line in kept and removed == []


def test_a_staff_or_source_credit_glued_by_a_scrapers_commas_is_cut() -> None:
    last = 'Jalan ditutup sementara," ujarnya., ,Reporter: Budi Santoso,Sumber: Kabarkota.com'
    assert strip(["Awal.", last]) == (
        ["Awal.", 'Jalan ditutup sementara," ujarnya.'],
        [", ,Reporter: Budi Santoso,Sumber: Kabarkota.com"],
    )
    opening = "Reporter: Budi Santoso,Sumber: Kabarkota.com,Kementerian membuka lelang itu."
    assert strip([opening, "Akhir."])[0] == ["Kementerian membuka lelang itu.", "Akhir."]
    assert strip(["Awal.", "Ia menang di Misano. , ,Sumber: Kabarkota.com"])[1] == [
        ", ,Sumber: Kabarkota.com"
    ]
    # A source named inside the text credits a table or a figure: it stays.
    table = ["Awal.", "Harga emas, belum termasuk pajak. sumber: logam mulia", "Akhir."]
    assert strip(table) == (table, [])


def test_a_reporters_name_in_brackets_closing_the_article_goes_and_a_source_stays() -> None:
    last = 'Bukan melalui media sosial," pungkasnya. (Budi Santoso)'
    assert strip(["Awal.", last]) == (
        ["Awal.", 'Bukan melalui media sosial," pungkasnya.'],
        ["(Budi Santoso)"],
    )
    for credit in ["(Antara)", "(Daily Mail)", "(Business Insider)", "(Tri)"]:
        line = f"Banjir surut pada Selasa. {credit}"
        assert strip(["Awal.", line]) == (["Awal.", line], [])
    middle = ["Awal.", "Banjir surut pada Selasa. (Budi Santoso)", "Akhir."]
    assert strip(middle) == (middle, [])
