# ruff: noqa: E501
"""Write samples/news/archive.warc.gz: a small crawl of two news pages plus records a reader must skip.

The archive holds a warcinfo record, a request record, two HTML responses (an English feature and
an Indonesian wrap-up of the Tandapura flood story), a robots.txt and a PNG image. Dates and record
ids are fixed so that running this again gives the same records.

    .venv/bin/python samples/make_warc.py
"""

from __future__ import annotations

import struct
import uuid
import zlib
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).parent / "news" / "archive.warc.gz"
CRAWL_DATE = "2025-11-13T02:10:00Z"

TRIBUNE_URL = "https://www.pacificrimtribune.com/asia/2025/11/11/sulawesi-flood-cleared-hills/"
LINTAS_URL = "https://harianlintas.co.id/daerah/operasi-sar-banjir-bandang-tandapura-ditutup-1129388"

TRIBUNE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>In a Sulawesi valley, villagers ask whether cleared hills turned rain into a killer | Pacific Rim Tribune</title>
<meta name="description" content="After a flash flood killed 38 people in Tandapura, residents blame land clearing upstream.">
<meta property="og:site_name" content="Pacific Rim Tribune">
<meta property="og:type" content="article">
<meta property="og:title" content="In a Sulawesi valley, villagers ask whether cleared hills turned rain into a killer">
<meta property="og:url" content="https://www.pacificrimtribune.com/asia/2025/11/11/sulawesi-flood-cleared-hills/">
<meta property="article:published_time" content="2025-11-11T06:30:00Z">
<meta property="article:author" content="Clara Hendricks">
<link rel="canonical" href="https://www.pacificrimtribune.com/asia/2025/11/11/sulawesi-flood-cleared-hills/">
</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header class="masthead">
  <a class="brand" href="/">Pacific Rim Tribune</a>
  <nav aria-label="Sections">
    <a href="/world/">World</a> <a href="/asia/">Asia</a> <a href="/business/">Business</a>
    <a href="/climate/">Climate</a> <a href="/opinion/">Opinion</a>
  </nav>
  <a class="subscribe" href="/subscribe/">Subscribe</a> <a class="signin" href="/account/">Sign in</a>
</header>
<main id="content">
<article>
  <p class="kicker">Asia | Indonesia</p>
  <h1>In a Sulawesi valley, villagers ask whether cleared hills turned rain into a killer</h1>
  <p class="standfirst">A week after a flash flood, residents and an aid group point upstream. The plantation company says the rain was simply too much.</p>
  <p class="byline">By Clara Hendricks <time datetime="2025-11-11T06:30:00Z">November 11, 2025</time></p>
  <ul class="share">
    <li><a href="https://www.facebook.com/sharer/sharer.php?u=https://www.pacificrimtribune.com/asia/2025/11/11/sulawesi-flood-cleared-hills/">Share on Facebook</a></li>
    <li><a href="https://x.com/intent/post?url=https://www.pacificrimtribune.com/asia/2025/11/11/sulawesi-flood-cleared-hills/">Share on X</a></li>
    <li><a href="mailto:?subject=Sulawesi%20flood">Email</a></li>
  </ul>
  <figure>
    <img src="/media/2025/11/watubalo-mud.jpg" alt="Logs piled against a collapsed bridge">
    <figcaption>Logs piled against the remains of a bridge in Watubalo village, Central Sulawesi, on November 9, 2025. Photo: Clara Hendricks for Pacific Rim Tribune</figcaption>
  </figure>
  <div class="article-body">
    <p>WATUBALO, Indonesia — The mud has dried into a grey crust on the walls of Hasna Bado's kitchen, a line about 1.8 metres up that marks where the Malinda river stopped on the night of November 2.</p>
    <p>Her village was one of three in Tandapura regency, in Indonesia's Central Sulawesi province, hit hardest by a flash flood and landslides that killed 38 people, according to the national disaster agency. Three are still missing, and at the peak more than 12,500 people crowded into schools, mosques and tents.</p>
    <p>"We have had floods before, but never with trees like that," said Ms Hasna, 46, pointing at logs piled against what was once a bridge.</p>
    <p>Residents and a local aid group, Wahana Tanggap Bencana Sulawesi (WTBS), blame land clearing upstream. The group says about 600 hectares of forest on the hills above the valley were cleared between 2022 and 2025, much of it inside a concession held by a plantation company, PT Malinda Agro Lestari.</p>
    <aside class="related"><p>Read more: Why Indonesia's rainy season keeps getting deadlier</p></aside>
    <p>The company denied clearing forest on steep slopes. In a statement, it said its planting "complies with every permit" and that the rainfall, more than 250 millimetres in 24 hours by one local gauge, would have overwhelmed any watershed.</p>
    <p>Benny Lasut, a hydrologist with the Central Sulawesi Watershed Forum, said both could be true. "Extreme rain starts the flood. Bare slopes decide how much mud and wood comes with it," he said.</p>
    <p>The regency head, Andi Sulaiman, said the government would review permits in the watershed once the emergency ended. Rebuilding could cost tens of billions of rupiah, he said last week.</p>
    <p>Meanwhile families are trickling home. By Monday about 6,150 people remained in shelters, local officials said, and hundreds of thousands of cocoa trees, the valley's main source of income, lay buried or uprooted.</p>
  </div>
  <p class="newsletter">Sign up for the Asia Briefing, our free morning newsletter.</p>
</article>
</main>
<footer>
  <p><a href="/about/">About us</a> · <a href="/terms/">Terms</a> · <a href="/privacy/">Privacy</a> · <a href="/licensing/">Licensing</a></p>
  <p>© 2025 Pacific Rim Tribune. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>
</footer>
</body>
</html>
"""

LINTAS_HTML = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Operasi SAR Banjir Bandang Tandapura Ditutup, 38 Meninggal dan 3 Warga Tak Ditemukan - Harian Lintas</title>
<meta name="description" content="Operasi pencarian korban banjir bandang Tandapura resmi ditutup pada hari kesepuluh.">
<meta property="og:site_name" content="Harian Lintas">
<meta property="og:title" content="Operasi SAR Banjir Bandang Tandapura Ditutup, 38 Meninggal dan 3 Warga Tak Ditemukan">
<meta property="og:url" content="https://harianlintas.co.id/daerah/operasi-sar-banjir-bandang-tandapura-ditutup-1129388">
<link rel="canonical" href="https://harianlintas.co.id/daerah/operasi-sar-banjir-bandang-tandapura-ditutup-1129388">
</head>
<body>
<div class="topbar"><a href="/">HarianLintas.co.id</a> <span>Tajam, Terpercaya, Terkini</span></div>
<nav class="menu">
  <a href="/">Home</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a>
  <a href="/ekonomi">Ekonomi</a> <a href="/gaya-hidup">Gaya Hidup</a> <a href="/video">Video</a>
</nav>
<div class="container">
<article class="read">
  <h1 class="read__title">Operasi SAR Banjir Bandang Tandapura Ditutup, 38 Meninggal dan 3 Warga Tak Ditemukan</h1>
  <div class="read__info">Reporter: Wahyu Pratama | Rabu, 12 November 2025 | 14:20 WITA</div>
  <div class="read__share">
    <span>Bagikan:</span> <a href="#" class="fb">Facebook</a> <a href="#" class="tw">Twitter</a> <a href="#" class="wa">WhatsApp</a> <a href="#" class="ln">Line</a>
  </div>
  <div class="read__content">
    <p><strong>TANDAPURA, HarianLintas.co.id</strong> - Operasi pencarian dan pertolongan korban banjir bandang dan tanah longsor di Kabupaten Tandapura resmi ditutup pada Rabu (12/11/2025), hari kesepuluh sejak operasi dimulai. Menurut data akhir Kantor SAR Palu, sebanyak 38 warga dinyatakan meninggal dunia, sedangkan tiga warga lainnya tidak ditemukan.</p>
    <p>Keputusan penutupan diambil dalam rapat evaluasi yang dipimpin Bupati Tandapura Andi Sulaiman bersama Kantor SAR Palu, BPBD, TNI dan Polri.</p>
    <p>“Seluruh sektor sudah kami sisir berulang kali. Atas persetujuan keluarga, operasi kami tutup hari ini,” kata Kepala Kantor SAR Palu Yusuf Tangkilisan.</p>
    <div class="ads-inline">ADVERTISEMENT</div>
    <p>BNPB melalui keterangan tertulisnya mencatat jumlah pengungsi terus menyusut. Hingga Rabu pagi masih ada 4.200 jiwa yang bertahan di tujuh titik pengungsian, turun dari puncaknya sebanyak 12.500 jiwa pada pekan lalu.</p>
    <p>Meski pencarian dihentikan, status tanggap darurat diperpanjang 14 hari hingga 30 November untuk mempercepat pembangunan hunian sementara. Andi memperkirakan biaya rehabilitasi dan rekonstruksi mencapai Rp 48 miliar, belum termasuk perbaikan jaringan irigasi.</p>
    <p>“Angka itu masih hitungan kasar. Kami akan mengusulkan bantuan ke pemerintah pusat,” ujarnya.</p>
    <p><strong>Baca juga:</strong> <a href="/daerah/hunian-sementara-korban-banjir-tandapura-1129355">Hunian Sementara untuk Korban Banjir Tandapura Mulai Dibangun di Lahan Eks Kebun Desa</a></p>
    <p>Pemkab Tandapura juga akan meninjau ulang izin usaha di daerah aliran Sungai Malinda. Menurut Andi, kajian itu akan melibatkan akademisi dan kementerian terkait, dan hasilnya diumumkan paling lambat awal tahun depan.</p>
    <p>Sejak Senin, sebagian warga Ulu Malinda sudah kembali ke kebun kakao mereka untuk membersihkan lumpur. Di Desa Ranomea, kelompok tani meminta bantuan bibit karena banyak pohon kakao tumbang dan tertimbun.</p>
    <p class="read__editor">Editor: Fransiska Ayu</p>
  </div>
  <div class="read__disclaimer">Komentar yang Anda tulis menjadi tanggung jawab Anda sepenuhnya sesuai ketentuan UU ITE.</div>
</article>
</div>
<footer class="footer">
  <p><a href="/tentang">Tentang Kami</a> | <a href="/pedoman">Pedoman Media Siber</a> | <a href="/kontak">Kontak</a></p>
  <p>Copyright © 2025 HarianLintas.co.id. Hak cipta dilindungi undang-undang.</p>
</footer>
</body>
</html>
"""

ROBOTS_TXT = "User-agent: *\nDisallow: /account/\nSitemap: https://www.pacificrimtribune.com/sitemap.xml\n"


def _png_pixel() -> bytes:
    """A valid 1x1 grey PNG, so the archive holds a real binary response."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _warc_headers(uri: str, date: str) -> dict[str, str]:
    record_id = uuid.uuid5(uuid.NAMESPACE_URL, uri or "warcinfo")
    return {"WARC-Record-ID": f"<urn:uuid:{record_id}>", "WARC-Date": date}


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str, date: str) -> None:
    http = StatusAndHeaders(
        "200 OK",
        [("Content-Type", content_type), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        uri,
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=http,
        warc_headers_dict=_warc_headers(uri, date),
    )
    writer.write_record(record)


def build(path: Path = OUT) -> Path:
    """Write the archive to ``path`` and return it."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        info = b"software: telusur samples/make_warc.py\r\nformat: WARC File Format 1.0\r\n"
        writer.write_record(
            writer.create_warc_record(
                "",
                "warcinfo",
                payload=BytesIO(info),
                length=len(info),
                warc_content_type="application/warc-fields",
                warc_headers_dict={**_warc_headers("", CRAWL_DATE), "WARC-Filename": path.name},
            )
        )
        request = b"GET /robots.txt HTTP/1.1\r\nHost: www.pacificrimtribune.com\r\n\r\n"
        robots_url = "https://www.pacificrimtribune.com/robots.txt"
        writer.write_record(
            writer.create_warc_record(
                robots_url,
                "request",
                payload=BytesIO(request),
                length=len(request),
                warc_headers_dict=_warc_headers(robots_url + "#request", CRAWL_DATE),
            )
        )
        _response(writer, robots_url, ROBOTS_TXT.encode(), "text/plain", CRAWL_DATE)
        _response(writer, TRIBUNE_URL, TRIBUNE_HTML.encode(), "text/html; charset=utf-8", CRAWL_DATE)
        image_url = "https://www.pacificrimtribune.com/media/2025/11/watubalo-mud-thumb.png"
        _response(writer, image_url, _png_pixel(), "image/png", CRAWL_DATE)
        _response(writer, LINTAS_URL, LINTAS_HTML.encode(), "text/html; charset=utf-8", "2025-11-13T02:11:30Z")
    return path


if __name__ == "__main__":
    print(build())
