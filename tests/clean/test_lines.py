"""The general line classifier: furniture, calls to action, credits and bylines go; body stays."""

from __future__ import annotations

import pytest

from telusur.clean.boilerplate import captions, strip
from telusur.clean.lines import is_boilerplate
from telusur.clean.page import classify

REMOVED = [
    "[ad_1]",
    "ARTICLE AD",
    "468x60",
    "Loading...",
    "Source link",
    "A-A+",
    "×",
    "Subscribe",
    "READ: Dockworkers threaten strike over automation plans",
    "Also Read: Rupee slips to record low",
    "Photo: Reuters",
    "(AP Photo/Noah Berger)",
    "Disclaimer: This story has not been edited by our staff and is auto-generated from a "
    "syndicated feed.",
    "CNN's Paul Rivera contributed to this report.",
    "Baca berita selengkapnya di ,.",
    "(Tin/Ysl)",
    "Sumber asli: ,Disadur dari: , (Penulis Dimas, published 01/09/2019),",
    "Ayam geprek di warung itu (foto: instagram @kuliner)",
    "Facebook Twitter WhatsApp Telegram",
    "Bagikan Artikel:",
    "Lanjutkan Membaca ↓",
    "1 2",
    "(Tribunnews.com/Dimas Putra)",
    "(ANTARA/Rina Sari)",
    'Tonton juga video "Banjir Rendam Kampung Melayu" di sini:',
    "Halaman 2 dari 3",
    "waktu baca 2 menit",
    "Simak berita lainnya seputar topik ini di sini:",
    "Jangan Lewatkan Video Terbaru:",
    "Konten Premium",
    "00:00 / 02:15",
    "TRIBUNCIREBON.COM/EKI YULIANTO",
    "Baca kisah inspiratif kandidat polisi teladan di sini",
    "Laporan Wartawan Tribuncirebon.com, Eki Yulianto",
    "Arsip foto - Warga memeriksa rumah yang rusak. ANTARA FOTO/Mohamad Hamzah",
    "Ilustrasi. Medcom",
    "Yuk, baca artikel sepak bola lainnya dari Bola.com",
    "Video Terkait",
    "Jamaah umrah di Masjidil Haram. (ilustrasi)",
    "Dengarkan Radio Suara Surabaya",
    "Halaman : 1 2 Selanjutnya",
    "Shares",
    "Dibaca 1.245 kali",
    "Komentar (0)",
    "3 jam yang lalu",
    "(Istimewa)",
    "Bagikan ke Facebook",
    "Link disalin!",
    "Selengkapnya klik di sini",
    "Download aplikasi Padek untuk akses berita lebih cepat.",
    "Klik untuk baca: Daftar Rest Area di Tol Trans Sumatera",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu "
    "akses berita Kompas.com WhatsApp Channel. Pastikan kamu sudah install aplikasi WhatsApp ya.",
    'Baca artikel detiknews, "Harga Cabai Naik" selengkapnya https://news.detik.com/d-1/harga.',
    "Editor : Hadijah Alaydrus",
    "Jurnalis: Ahmad Fauzi",
    "Penulis:",
    "Ahmad Fauzi/Kompas.com",
    "IDN Times/Ahmad Fauzi",
    "Home > Berita > Ekonomi",
    "* Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita-berita terkini.",
    'Dapatkan update berita pilihan setiap hari. Mari bergabung di Grup Telegram "Kabar '
    'Update", caranya klik link berikut, kemudian join.',
    "Updated 2 hours ago",
    "Foto 1 dari 5",
    "1 / 5",
    "« Sebelumnya",
    "Pilihan Untuk Anda",
    "Video Editor: Ahmad Fauzi",
    "Pilih saluran favoritmu akses berita Kompas.com WhatsApp Channel : https://wa.me/x",
    "IG: @dewitarot",
    "Story continues below advertisement",
    "Listen to this article · 4 min",
    "WATCH | Floods sweep the valley",
    "This article was originally published on The Conversation.",
    "Correction: An earlier version misstated the date.",
    "Skip advertisement",
    "Situs web ini menggunakan cookie untuk memastikan Anda mendapatkan pengalaman terbaik.",
    "By continuing to browse the site you are agreeing to our use of cookies.",
    "Konten ini khusus untuk pelanggan.",
    "This article is for subscribers only.",
    "Anda telah membaca 3 dari 5 artikel gratis bulan ini.",
    "You have 2 free articles left this month.",
    "Sudah berlangganan? Masuk",
    "Estimated reading time: 4 minutes",
    "Ukuran teks: A- A A+",
    "Cetak | Unduh PDF | Bagikan",
    "Listen · Print · Gift this article",
    "Siaran Pers Nomor: 214/HM.020/A/04/2025",
    "FOR IMMEDIATE RELEASE",
    "Email: humas@pln.co.id | Telp: (021) 725 1234",
    "Narahubung: Rina Kusumawati (0812-3456-7890)",
    "17.55 WIB",
    "Show key events only",
    "Suka (24) · Balas",
    "Komentar dinonaktifkan untuk artikel ini.",
    "Beranda › Banua › Martapura",
    "Kementerian Kesehatan RI. Diakses pada 2025. Situasi Dengue di Indonesia.",
    "Senang | Terhibur | Terinspirasi | Tidak Peduli | Marah | Sedih",
    "Tentang Kami | Redaksi | Pedoman Media Siber | Kebijakan Privasi",
    "Rubrik: Ekonomi",
    "Jadilah yang pertama berkomentar",
    "Posted in World News",
    "Click to share on Twitter (Opens in new window)",
    "3 min listen",
]

KEPT = [
    "Environmental review",
    "Key points:",
    "Pada Minggu (15/9/2019)",
    "Jakarta, Selasa (10/9/2019) malam.",
    "Winds gusting up to 50 mph were forecast through Sunday.",
    '"We lost everything but the dog," said Carla Mendes.',
    "Baca selengkapnya di , , Kesehatan sebesar 100 persen untuk kelas I dan II masih menuai "
    "polemik publik.",
    "Ilustrasi tersebut sebagai kritikan untuk manusia yang gemar membangun berbagai bangunan "
    "tanpa menyadari dampaknya.",
    "20/5/2018 Villarreal 2-2 Real Madrid (LaLiga)",
    'Tonton juga pernyataan Menteri, "Kami naikkan tarif 20 persen tahun depan," kata dia.',
    "Dia membagikan tautan itu lewat WhatsApp dan Telegram kepada warga.",
    "Jangan lewatkan kesempatan berfoto di lokasi yang indah ini.",
    "Acara ini diharapkan mengedukasi peserta. Informasi lebih lanjut, klik di sini untuk daftar.",
    "Penulis",  # a listicle's item: jobs that wear one down
    "Baca juga berita lain soal ini besok pagi, katanya.",
    "Yuk ketahui ramalan zodiak besok untuk 12 zodiak berikut ini.",
    "Simak jadwal selengkapnya:,Sabtu, 21 September 2019,Southampton vs Bournemouth | 02:00 WIB",
    "Ikuti langkah-langkah berikut untuk mendaftar:",
    "Ikuti aturan lalu lintas demi keselamatan bersama.",
    "Download dokumen persyaratan di laman resmi kementerian.",
    "Kontributor utama pertumbuhan ekonomi adalah konsumsi rumah tangga.",
    "Wartawan senior itu dikenal kritis terhadap pemerintah.",
    "Share pasar ritel turun menjadi 12 persen.",
    "Jakarta/Bogor",
    "Rekomendasi: Buy and hold >1660, TP 2000.",
    "Pilih makanan yang kaya serat untuk sarapan.",
    "Sebelumnya, polisi telah memeriksa tiga saksi.",
    "Google akan menghapus cookie pihak ketiga dari Chrome pada 2024.",
    "Pengguna diminta menyetujui penggunaan cookie sebelum mengakses layanan itu, kata peneliti.",
    "Khusus untuk pelanggan premium, PLN akan memberikan kompensasi sesuai perjanjian.",
    "Newsletter itu dikirim setiap pagi kepada 20.000 pelanggan.",
    "Untuk melanjutkan membaca, masyarakat bisa datang ke perpustakaan.",
    "Suhu > 40 derajat",
    "Siaran pers itu dikirim kepada wartawan pada Senin.",
    "Jadwal: 19.30 WIB",
    "Tidak peduli",
    "Senang, sedih, dan marah bercampur jadi satu.",
    "Posted in 2019, the video went viral.",
    "Dimuat dalam dua truk",
]


@pytest.mark.parametrize("line", REMOVED)
def test_boilerplate_lines_are_recognised(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", KEPT)
def test_body_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line, edge=True)


def test_a_byline_with_its_reading_time_or_counter_goes_near_the_top() -> None:
    for meta in (
        "By Helen Marsh, Local Democracy Reporter · 6 min read",
        "Oleh Dimas Prasetyo · 18 September 2025, 07:45 WIB · Waktu baca 4 menit",
        "Rabu, 16 April 2025 09:30 WIB · Dilihat 2.318 kali",
        "Ditulis oleh Nabila Putri · Ditinjau secara medis oleh dr. Arif Gunawan, Sp.PD",
    ):
        assert is_boilerplate(meta, edge=True) and not is_boilerplate(meta)


def test_bylines_and_timestamps_go_near_the_top_only() -> None:
    lines = ["Rail workers to strike", "Emily Carter", "Friday, 14 November 2025 at 4:40 pm"]
    lines += ["Rail workers will walk out for three days, their union said."] * 3
    kept, removed = classify(lines)
    assert removed == ["Emily Carter", "Friday, 14 November 2025 at 4:40 pm"]
    assert kept[0] == "Rail workers to strike"


def test_the_first_line_is_never_judged() -> None:
    kept, removed = classify(["Subscribe", "The board voted 7-2 to proceed."])
    assert kept == ["Subscribe", "The board voted 7-2 to proceed."] and not removed


def test_a_related_link_emptied_by_the_scraper_leaves_the_sentence_it_was_glued_to() -> None:
    line = "Baca juga:,,Baca juga:,,Bolton membantah dipecat dan mengatakan dia mundur."
    kept, removed = strip(["Judul", "", line])
    assert kept[-1] == "Bolton membantah dipecat dan mengatakan dia mundur."
    assert removed == ["Baca juga:,,Baca juga:,,"]


def test_a_site_and_its_city_a_reporter_and_a_short_date_go_near_the_top() -> None:
    lines = ["PHK di perusahaan rintisan", "Liputan6.com, Jakarta", "Fikri Haikal"]
    lines += ["09 Sep 2025, 10:00 WIB", "Rina Sari - detikHealth"]
    lines += ["Perusahaan itu memutus hubungan kerja 300 karyawan, kata juru bicaranya."] * 3
    assert classify(lines)[1] == lines[1:5]


def test_a_time_zone_alone_is_no_date() -> None:
    lines = ["Six Nations fixtures", "Saturday", "2000 GMT", "Wales v England."] * 2
    assert "2000 GMT" in classify(lines)[0]


def test_closing_credits_and_keyword_lists_go_at_the_end_only() -> None:
    body = ["Judul berita", "Harga cabai naik di pasar Jakarta pekan ini."]
    for last in ("EKO WAHYUDI l BISNIS", "THE VERGE | MASHABLE INDIA", "cabai harga pasar jakarta"):
        assert classify([*body, last])[1] == [last]
    lowered = [
        "harga emas naik",
        "harga emas antam naik rp 5.000 per gram",
        "emas antam naik tipis",
    ]
    assert classify(lowered)[1] == []


def test_tag_lists_and_an_editors_pick_list_go_with_their_titles() -> None:
    lines = ["Gempa guncang Garut", "Gempa bermagnitudo 5,2 mengguncang Garut, kata BMKG."]
    lines += ["Pilihan Redaksi", "Kenali Tanda Bahaya Gempa Susulan", "Cara Aman Saat Gempa"]
    lines += ["Warga diminta tetap tenang.", "Tag: gempa garut, bmkg, bencana"]
    kept, removed = strip(lines)
    assert kept == [lines[0], lines[1], lines[5]]
    assert removed == [lines[2], lines[3], lines[4], lines[6]]


def test_credit_lines_go_near_the_top_and_in_the_closing_run_and_staff_ones_anywhere() -> None:
    body = ["Harga cabai naik di pasar Jakarta, kata pedagang."] * 4
    top = ["Judul", "Rep: Fauziah Mursid/ Red: Friska Yolandha", "kumparanBISNIS", *body]
    assert classify(top)[1] == top[1:3]
    end = [*body, "Redaktur : Friederich Batari", "Reporter : Mesya Mohamad", "#guru honorer"]
    end += ["#PPPK", "Berita Terkini"]
    assert classify(["Judul", *end])[1] == end[4:]
    middle = ["Judul", *body, "Sumber: BPS", *body]
    assert classify(middle)[1] == []
    staff = ["Judul", *body, "Editor: Ani", *body]
    assert classify(staff)[1] == ["Editor: Ani"]


def test_sign_offs_site_lines_and_team_credits_go_in_the_closing_run_only() -> None:
    body = ["Penyebab kecelakaan masih diselidiki, kata polisi."] * 3
    end = ["tirto.id - Sosial budaya", "(ANN)", "Tim VIVA", "Sumber: VIVA.co.id"]
    assert classify(["Judul", *body, *end])[1] == end
    assert classify(["Judul", *body, "(ANN)", *body])[1] == []


def test_tags_and_must_read_lists_go_with_their_items() -> None:
    lines = ["Transaksi QRIS naik", "Nilai transaksi QRIS naik 160 persen, kata BI."]
    lines += ["Jangan Lewatkan!", "Klasemen Liga 1 Terbaru", "Jadwal Siaran Langsung Pekan Ini"]
    lines += ["Bank sentral menambah negara mitra tahun depan.", "Tags:", "QRIS", "Bank Indonesia"]
    assert strip(lines)[1] == [lines[2], lines[3], lines[4], *lines[6:]]


def test_a_byline_below_the_timestamp_and_glued_or_bare_credits() -> None:
    body = ["Harga tiket pesawat turun 10 persen selama libur, kata menteri."] * 3
    top = ["Judul", "Rabu, 10 Desember 2025 - 11:00 WIB", "Anggie Ariesta", *body]
    assert classify(top)[1] == top[1:3]
    top = ["Judul", "Okezone", "Rabu 28 Mei 2025 14:20 WIB", "Ravie Wardani , Jurnalis", *body]
    assert classify(top)[1] == top[1:4]
    end = ["Editor", "Rohman Wibowo", "EditorRohman Wibowo"]
    assert classify(["Judul", *body, *end])[1] == end


def test_the_page_head_goes_when_furniture_was_found_in_it() -> None:
    body = ["Dinas Kesehatan mencatat 2.140 kasus demam berdarah, naik dua kali lipat."] * 3
    head = ["Kasus DBD naik", "Detik Health", "Selasa, 11 Feb 2025 08:45 WIB", "Kesehatan"]
    assert classify([*head, *body])[1] == head[1:]
    # No furniture found: a short deck under the headline stays.
    plain = ["Kasus DBD naik", "Jakarta Timur terbanyak", *body]
    assert classify(plain)[1] == []
    # A text that opens with its story has no head.
    story = [body[0], "Selasa, 11 Feb 2025 08:45 WIB", "Berikut daftarnya:", "Jakarta Timur"]
    assert "Jakarta Timur" in classify(story)[0]


def test_a_read_more_call_between_two_sentences_is_cut() -> None:
    line = "harga pangan turun di 828 titik. simak selengkapnya! pemerintah terus memantau harga."
    kept, removed = strip(["Judul", line])
    assert removed == ["simak selengkapnya!"]
    assert kept[1] == "harga pangan turun di 828 titik. pemerintah terus memantau harga."


def test_the_one_title_a_call_points_to_goes_with_it() -> None:
    body = ["Timnas U-17 lolos ke Piala Dunia setelah menang 1-0, kata pelatih."] * 3
    end = ["Simak Video Pilihan Ini:", "Video Timnas U-17 Cetak Sejarah"]
    assert classify(["Judul", *body, *end, *body])[1] == end
    listed = ["Berikut daftarnya:", "Jalan Pramuka"]
    assert classify(["Judul", *body, *listed, *body])[1] == []


def test_a_byline_with_a_bullet_and_a_long_disclaimer() -> None:
    body = ["Nilai ekspor kopi naik 35 persen, kata asosiasi eksportir."] * 3
    top = ["Judul", "Ade Hapsari Lestarini • 22 Agustus 2025 08:55", *body]
    assert classify(top)[1] == [top[1]]
    notice = "Disclaimer: Berita ini tidak bertujuan mengajak membeli atau menjual aset kripto. "
    notice += "Investasi kripto mengandung risiko."
    assert strip(["Judul", *body, notice])[1] == [notice]


def test_a_bare_marker_over_the_title_that_closes_the_article() -> None:
    body = ["OJK mencabut izin perusahaan asuransi itu, kata pejabatnya."] * 3
    end = ["Artikel Selanjutnya", "Nasabah Asuransi Gagal Bayar Lapor ke DPR"]
    assert classify(["Judul", *body, *end])[1] == end
    # Not closing the article: the line under the marker is not taken on its own.
    assert classify(["Judul", *body, *end, *body])[1] == end[:1]


SENTENCE_CAPTIONS = [
    "Warga mengungsi di Cianjur, Selasa (11/11/2025). ANTARA FOTO/Raisan Al Farisi/nym.",
    "Nelayan menambatkan perahu di Pelabuhan Tegal, Senin (29/12). (Siti Nurjanah/JawaPos.com)",
    "Bus terguling di jalur Baturraden, Minggu (8/6/2025). Foto: dok. Satlantas Polresta",
    "Pengungsi beristirahat di pantai Pidie, Aceh, Rabu (8/1/2025). Foto/ANTARA",
    "LONGSOR: Petugas mencari korban, Selasa (14/1/2025). (Foto: Fijri Rahmawati/Radar Banyumas)",
    "Toko sepatu lokal di Singapura. (Dok. Istimewa)",
    "People queue for water in Gaza City, January 5, 2025. REUTERS/Jane Doe",
    "Firefighters at the scene in Los Angeles. Photograph: John Smith/Getty Images",
    "Pengendara melintas di Jalan Sudirman, Senin (10/11/2025). KOMPAS.com/KRISTIANTO PURNOMO",
    "Suasana pasar, Rabu (12/11/2025). JAWA POS/DERY RIDWANSAH",
    # a photo desk's caption runs to a few sentences
    "Warga mengungsi di Cianjur, Selasa (11/11/2025). Banjir merendam 300 rumah di tiga desa. "
    "ANTARA FOTO/Raisan Al Farisi/nym.",
    "Rescuers search the rubble in Antakya, Turkey, February 7, 2023. More than 5,000 people "
    "died. REUTERS/Umit Bektas",
]


def test_a_one_sentence_caption_closed_by_its_photo_credit_goes_whole() -> None:
    body = "Banjir merendam ratusan rumah warga sejak Senin pagi."
    for caption in SENTENCE_CAPTIONS:
        kept, removed = strip(["Judul", body, caption, body])
        assert kept == ["Judul", body, body]
        assert removed == [caption], caption
        assert captions(removed) == (caption,)


def test_a_paragraph_is_not_a_caption() -> None:
    kept = [
        # more than one sentence before a credit other than a photo desk's: a caption glued to
        # a paragraph keeps both
        "Banjir merendam 300 rumah. Warga mengungsi, Selasa (11/11/2025). Foto: Raisan/site",
        # a credit word inside the sentence
        "Dia memotret warga yang mengungsi. Foto itu beredar luas di media sosial.",
        # a quotation
        '"Kami mengungsi sejak Selasa," kata Ujang. Foto: Raisan Al Farisi',
    ]
    for line in kept:
        assert strip(["Judul", line])[1] == [], line


def test_a_name_and_the_outlet_it_writes_for_and_a_numeric_date_go_near_the_top() -> None:
    lines = ["Harga cabai naik", "Ahmad Fauzi, CNN Indonesia", "12/05/2025, 14:30 WIB"]
    lines += ["Harga cabai naik menjadi Rp80.000 per kilogram, kata pedagang."] * 3
    assert classify(lines)[1] == lines[1:3]


def test_tags_under_the_closing_furniture_go_and_a_closing_list_stays() -> None:
    body = ["Konser tunggal", "Penyanyi itu membawakan 24 lagu di GBK, Sabtu malam."]
    end = ["(kpl/ret)", "Penulis:", "Retno Ayuningrum", "Konser", "GBK"]
    assert classify([*body, *end])[1] == end
    listed = [
        *body,
        "Berikut titik akses tol:",
        "Gerbang Tol Kapalo Hilalang",
        "Gerbang Tol Padang",
    ]
    assert classify(listed)[1] == []
    ad = [*body, *body[1:] * 3, "Berikut titik akses tol:", "ADVERTISEMENT"]
    ad += ["Gerbang Tol Padang", "(riz/sdk)"]
    assert classify(ad)[1] == ["ADVERTISEMENT", "(riz/sdk)"]


def test_a_clock_alone_goes_near_the_top_and_a_kick_off_stays() -> None:
    body = ["Harga cabai naik menjadi Rp80.000 per kilogram, kata pedagang."] * 3
    assert classify(["Harga cabai naik", "14:30 WIB", *body])[1] == ["14:30 WIB"]
    fixture = ["Jadwal La Liga", *body, "18.00 WIB, Real Madrid Vs Levante"]
    assert classify(fixture)[1] == []


def test_a_line_without_words_goes() -> None:
    """What a scraper leaves of a sign-off or a link: brackets and commas only."""
    body = ["Polisi menahan dua orang.", "Keduanya diperiksa di Polres, kata Kapolres."]
    assert classify([*body, "(,) ,"])[1] == ["(,) ,"]
    assert classify([body[0], "(, ,)", body[1]])[1] == ["(, ,)"]


def test_a_closing_call_that_points_to_nothing_goes() -> None:
    """A call to see "what follows" that closes the article: what it pointed to is gone."""
    body = ["Truk hybrid itu bertenaga 148 tk.", "Truk itu dipamerkan di Jakarta, kata panitia."]
    for call in [
        "Seperti apa detil truk canggih ini? Simak video berikut:",
        "Lebih lengkapnya, simak , berikut ini!,",
    ]:
        assert classify([*body, call])[1] == [call]
    # In the middle it introduces the text under it; two sentences before it are the story's.
    listed = [body[0], "Lebih lengkapnya, simak daftar berikut:", "1. Jakarta", body[1]]
    assert classify(listed)[1] == []
    story = "Ada 11 mitos soal kanker yang perlu diluruskan. Apa saja? Simak , berikut ini!,"
    assert classify([*body, story])[1] == []


def test_a_reporters_name_closing_the_article_goes_and_a_coach_or_subheading_stays() -> None:
    body = ["Massa mendukung revisi UU KPK di depan gedung KPK, Jumat."] * 2
    assert classify([*body, "Raka Dwi Novianto ,"])[1] == ["Raka Dwi Novianto ,"]
    lineup = [*body, "Keylor Navas; Thomas Meunier, Thiago Silva, Idrissa Gueye.", "Thomas Tuchel"]
    assert classify(lineup)[1] == []
    # A subheading's words are written in lower case in the text; a name's are not.
    cut = [*body, "Hakim memiliki posisi yang kuat di persidangan itu.", "Tak Memiliki Posisi"]
    assert classify(cut)[1] == []


def test_a_subheading_after_a_list_of_related_titles_stays() -> None:
    lines = [
        "Melania adalah mantan model.",
        "",
        "baca:",
        "Kemenangan Trump Akhir Mimpi Palestina",
        "Berisi Caci Maki, Jokowi Keluhkan Media Sosial",
        "",
        "Ratna Sari Dewi Soekarno",
        "Ibu negara Indonesia juga pernah berpose di depan kamera.",
    ]
    assert strip(lines)[1] == lines[2:5]


def test_a_closing_credit_in_capitals_goes_with_its_bars_and_commas() -> None:
    body = ["Peneliti menemukan fosil itu di Mongolia, kata tim tersebut."] * 2
    for credit in [
        "ANDITA RAHMA | BUDIARTI UTAMI PUTRI",
        "TOMS GUIDE | WALLET HUB,",
        "POPSUGAR | DAILY MAIL | E!ONLINE",
        "FIRSTPOST | GADGETS360, ,",
        "AINUDDIN A.S.",
    ]:
        assert classify([*body, credit])[1] == [credit]
    for kept in ["RASANYA BARU KEMARIN..,,", "10. CAL CRUTCHLOW + 0.800"]:
        assert classify([*body, kept])[1] == []


def test_a_social_account_alone_and_a_lower_cased_texts_reporter_go() -> None:
    body = ["harga beras naik menjadi rp 15.000 per kilogram di pasar induk."] * 2
    assert classify([*body, "dian fath risalah"])[1] == ["dian fath risalah"]
    assert classify(["Ramalan Zodiak", "Hari baik untuk Aries.", "IG: @tarot"])[1] == ["IG: @tarot"]


def test_a_scrapers_trailing_commas_do_not_hide_a_sign_off_or_make_a_dateline() -> None:
    body = ["Media sosial itu meluncur di Jakarta, kata direkturnya.", "Target penggunanya naik."]
    assert classify([*body, "(Abc/Def),"])[1] == ["(Abc/Def),"]
    # The end of a sentence broken over two lines: its date and place, then the commas.
    broken = [
        *body,
        '"Sudah dikirim ke DPR," kata Menteri di Gedung Setneg',
        "Jakarta, Rabu, 11 September 2019.,",
    ]
    assert classify(broken)[1] == []


def test_a_closing_name_with_an_initial_goes() -> None:
    body = ["Film itu tetap menarik untuk didiskusikan karena latar sosialnya."] * 2
    assert classify([*body, "Laila R.Santoso'"])[1] == ["Laila R.Santoso'"]
