"""Turn bytes into text, or say exactly why not.

Accepted: UTF-8, UTF-8 with BOM and UTF-16 with BOM. HTML and XML may also declare another
charset (HTTP header or ``<meta charset>``), which is honoured. There is deliberately no silent
cp1252/Latin-1 fallback: a wrong guess turns every accented name into mojibake that no later stage
can detect, so undecodable input is reported (with the byte offset) and skipped instead.
"""

from __future__ import annotations

import codecs

from telusur.errors import E_ENCODING
from telusur.records import ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never occur in text (tab, newlines, form feed and escape excluded).
_CONTROL = frozenset(set(range(32)) - {9, 10, 11, 12, 13, 27} | {127})
_BINARY_RATIO = 0.1


def bom_encoding(head: bytes) -> str | None:
    """The codec named by a leading byte-order mark, if any."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def looks_binary(head: bytes) -> bool:
    """NUL bytes or many control bytes: an image, archive or other non-text file."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _CONTROL)
    return controls / len(head) > _BINARY_RATIO


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def decode(data: bytes, origin: str, declared: str | None = None) -> str | ReadError:
    """Decode strictly: a BOM wins, then a declared charset, then UTF-8."""
    encoding = bom_encoding(data) or _usable(declared) or "utf-8"
    try:
        return normalise_newlines(data.decode(encoding))
    except UnicodeDecodeError as exc:
        return encoding_error(origin, exc, encoding)
    except UnicodeError as exc:  # a codec such as idna that fails without an offset
        reason = " ".join(str(exc).split())[:200]
        return ReadError(origin, f"not valid {encoding} text: {reason}", E_ENCODING)


def encoding_error(origin: str, exc: UnicodeDecodeError, encoding: str, base: int = 0) -> ReadError:
    """One line naming the offending byte and its offset in the file."""
    bad = exc.object[exc.start : exc.start + 1]
    byte = f"byte 0x{bad.hex()} " if bad else ""
    name = "UTF-8" if encoding.startswith("utf-8") else encoding
    return ReadError(
        origin,
        f"not valid {name} text: {byte}at byte offset {base + exc.start} (convert it to UTF-8)",
        E_ENCODING,
    )


def _usable(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared.strip().strip("'\""))
    except LookupError:
        return None
    if not getattr(codec, "_is_text_encoding", True):  # hex, rot13, base64, zlib, uu: not text
        return None
    return "utf-8" if codec.name == "utf-8" else codec.name
