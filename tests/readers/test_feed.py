"""RSS and Atom: entries, guid ids, content over summary, malformed XML."""

from __future__ import annotations

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Kabar Pagi</title>
<item><title>Banjir di Bekasi</title><link>https://kabar.example/1</link><guid>k-1</guid>
<pubDate>Mon, 21 Oct 2024 08:00:00 +0700</pubDate>
<description>&lt;p&gt;Sebanyak 300 rumah terendam.&lt;/p&gt;
&lt;p&gt;Warga mengungsi.&lt;/p&gt;</description>
</item>
<item><title>Tanpa guid</title><link>https://kabar.example/2</link>
<description>Jalan tol ditutup sementara.</description></item>
<item><title>Kosong</title><guid>k-3</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Warta</title>
<entry><id>urn:warta:9</id><title>Ekspor naik</title><link href="https://warta.example/9"/>
<updated>2025-01-02T10:00:00Z</updated><summary>Ringkasan.</summary>
<content type="html">&lt;p&gt;Ekspor naik 7 persen.&lt;br/&gt;Baris kedua.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_entries(read):
    items, (empty,) = read("kabar.xml", RSS)
    first, second = items
    assert (first.id, first.title, first.url, first.format) == (
        "k-1",
        "Banjir di Bekasi",
        "https://kabar.example/1",
        "rss",
    )
    assert first.text == "Sebanyak 300 rumah terendam.\n\nWarga mengungsi."
    assert first.published == "Mon, 21 Oct 2024 08:00:00 +0700"
    assert first.published_evidence == "rss:published" and first.outlet == "Kabar Pagi"
    assert first.origin.endswith("kabar.xml#1")
    assert second.id.startswith("h_")
    assert empty.code == "E102" and empty.origin.endswith("kabar.xml#3")


def test_atom_prefers_content_to_summary(read):
    (item,), errors = read("warta.atom", ATOM)
    assert errors == []
    assert (item.id, item.format, item.published_evidence) == (
        "urn:warta:9",
        "atom",
        "atom:updated",
    )
    assert item.text == "Ekspor naik 7 persen.\nBaris kedua."


def test_malformed_feed_without_entries_is_an_error(read):
    _, (error,) = read("rusak.rss", "<rss><channel><<<>")
    assert error.code == "E107" and "malformed feed XML" in error.reason


def test_malformed_feed_with_entries_is_used(read_data):
    broken = RSS.replace("</channel></rss>", "<item><title>Putus")
    items, _ = read_data(broken.encode(), "http://kabar.example/rss", fmt="feed")
    assert [item.id for item in items][:1] == ["k-1"]


def test_feed_without_entries(read):
    _, (error,) = read(
        "sepi.xml", '<?xml version="1.0"?><rss><channel><title>A</title></channel></rss>'
    )
    assert error.code == "E102" and "no entries" in error.reason
