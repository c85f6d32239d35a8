"""Hostile inputs for the fuzz test and bench/fuzz.py: good articles with bad ones among them.

Every input is built from a random source, so a failing case is reproduced from its seed. Line
formats (JSON Lines, CSV) mix bad lines with good ones, whose ids must all be read; whole-file
formats (HTML, feeds, WARC, text) are corrupted as a whole and must only fail cleanly.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from dataclasses import dataclass, field

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SENTENCES = [
    "Sebanyak 12 orang tewas dalam banjir di Sukamaju pada Senin (21/10/2024).",
    "BPBD mengatakan 300 rumah terendam dan 1.234 warga mengungsi.",
    "Menurut Menteri Keuangan, defisit mencapai Rp 1.234.567,89 miliar tahun lalu.",
    "Harga cabai naik antara 10 hingga 20 persen pekan ini.",
    "Sekitar 5% warga belum menerima bantuan, kata juru bicara polisi.",
    "The ministry said 25,000 troops had been sent, but Peskov denied it.",
]
BAD_STRINGS = [
    "\x00",
    "\udc80",
    "\x1b[31m",
    "\u202e",
    "\ufeff",
    "a\r\nb",
    "<script>alert(1)</script>",
    "5% " * 300,
    "12 orang " * 200,
    "1.234.567,89 " * 100,
    "antara 10 hingga 20 " * 100,
    "[" * 80,
    "]]>",
    '"',
    "\\",
    "\U0001f600" * 50,
]


@dataclass
class Hostile:
    name: str
    data: bytes
    good: set[str] = field(default_factory=set)  # ids that must be read whatever else fails


def text(rng: random.Random, bad: float = 0.3) -> str:
    parts = [rng.choice(SENTENCES) for _ in range(rng.randint(1, 6))]
    if rng.random() < bad:
        parts.insert(rng.randint(0, len(parts)), rng.choice(BAD_STRINGS))
    return " ".join(parts)


def bad_line(rng: random.Random) -> bytes:
    choice = rng.randrange(9)
    if choice == 0:
        return b"[" * rng.randint(100, 5000) + b"]" * rng.randint(0, 5000)
    if choice == 1:
        return b'{"id": "x", "text": "a\x00b"}'
    if choice == 2:
        return b'{"id": "x", "text": "\xff\xfe caf\xe9"}'
    if choice == 3:
        return b'{"id": "x", "text": "truncated'
    if choice == 4:
        return b"{}"
    if choice == 5:
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 200))).replace(b"\n", b"")
    if choice == 6:
        return json.dumps({"id": "\udc80", "text": 5}).encode()
    if choice == 7:
        return json.dumps([{"text": "a"}] * 3).encode()
    return b'{"id": ' + b'{"a":' * 50 + b"1" + b"}" * 50 + b', "text": "12 orang"}'


def jsonl(rng: random.Random, n: int) -> Hostile:
    lines, good = [], set()
    for i in range(rng.randint(1, 8)):
        if rng.random() < 0.5:
            lines.append(bad_line(rng))
        ident = f"j{n}-{i}"
        record = {"id": ident, "title": text(rng, 0.2), "text": text(rng), "source": text(rng)}
        lines.append(json.dumps(record, ensure_ascii=rng.random() < 0.5).encode("utf-8", "replace"))
        good.add(ident)
    return Hostile(f"in{n}.jsonl", b"\n".join(lines) + b"\n", good)


def csv(rng: random.Random, n: int) -> Hostile:
    rows, good = [b"id,title,text"], set()
    for i in range(rng.randint(1, 8)):
        if rng.random() < 0.4:
            rows.append(rng.choice([b'x,"a\x00",b', b'x,"unclosed', b"a,b,c,d,e,f", b"\xff\xfe"]))
            if rows[-1] == b'x,"unclosed':
                rows.append(b'",fine')  # closes the quote: the bad row ends here
        ident = f"c{n}-{i}"
        body = text(rng).replace('"', '""').replace("\x00", "")
        rows.append(f'{ident},Judul,"{body}"'.encode("utf-8", "replace"))
        good.add(ident)
    return Hostile(f"in{n}.csv", b"\n".join(rows) + b"\n", good)


def html(rng: random.Random, n: int) -> Hostile:
    charset = rng.choice(
        ["utf-8", "hex", "rot13", "base64", "zlib", "uu", "idna", "bogus", "utf-16"]
    )
    attributes = " ".join(f'a{i}="{i}"' for i in range(rng.choice([0, 5, 2000])))
    body = "".join(f"<p {attributes}>{text(rng)}</p>" for _ in range(rng.randint(1, 5)))
    page = f'<html><head><meta charset="{charset}"><title>{text(rng, 0)}</title></head>'
    page += f"<body><article>{body}</article></body></html>"
    return Hostile(f"in{n}.html", page.encode("utf-8", "surrogatepass"))


def feed(rng: random.Random, n: int) -> Hostile:
    items = "".join(
        f"<item><title>{text(rng, 0.1)}</title><guid>http://x.example/{n}/{i}</guid>"
        f"<content:encoded><![CDATA[<p>{text(rng)}</p>{rng.choice(['', ']]', ']]>', ']]]]>'])}]]>"
        "</content:encoded></item>"
        for i in range(rng.randint(1, 5))
    )
    doc = (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>t</title>{items}</channel></rss>"
    )
    return Hostile(f"in{n}.rss", doc.encode("utf-8", "surrogatepass"))


def warc(rng: random.Random, n: int) -> Hostile:
    if rng.random() < 0.3:
        raw = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n"
        return Hostile(f"in{n}.warc", raw)
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=rng.random() < 0.5)
    for i in range(rng.randint(1, 3)):
        page = f"<html><body><article><p>{text(rng)}</p></article></body></html>"
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"http://x.example/{n}/{i}",
            "response",
            payload=io.BytesIO(page.encode("utf-8", "surrogatepass")),
            http_headers=http,
        )
        writer.write_record(record)
    return Hostile(f"in{n}.warc", out.getvalue())


def plain(rng: random.Random, n: int) -> Hostile:
    body = "Judul\n\n" + "\n\n".join(text(rng) for _ in range(rng.randint(1, 5)))
    return Hostile(f"in{n}.txt", body.encode("utf-8", "surrogatepass"))


MAKERS = (jsonl, csv, html, feed, warc, plain)


def corrupt(rng: random.Random, h: Hostile) -> Hostile:
    """Whole-file damage: bit flips, truncation, gzip layers, a NUL head. Good ids are kept
    only where the damage cannot reach them (gzip layers)."""
    choice = rng.randrange(6)
    data = h.data
    if choice == 0 and data:
        data = bytearray(data)
        for _ in range(rng.randint(1, 5)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return Hostile(h.name, bytes(data))
    if choice == 1:
        return Hostile(h.name, data[: rng.randrange(len(data) + 1)])
    if choice == 2:
        for _ in range(rng.randint(1, 2)):
            data = gzip.compress(data)
        return Hostile(h.name + ".gz", data, h.good)
    if choice == 3:
        return Hostile(h.name + ".gz", gzip.compress(b"\n" * rng.randint(10, 3_000_000)))
    return h


def hostile(rng: random.Random, n: int) -> Hostile:
    made = rng.choice(MAKERS)(rng, n)
    return corrupt(rng, made) if rng.random() < 0.3 else made
