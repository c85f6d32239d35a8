"""Which reader an input needs, from its first bytes with the file name as a hint.

Strong content signals win (a WARC header, a feed or HTML root element); then the extension;
then weak content signals (a line starting with ``{`` means JSON Lines, a header row naming a
text column means CSV); anything else is plain text.
"""

from __future__ import annotations

from pathlib import PurePath

from telusur.readers.fields import TEXT_NAMES

EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".csv": "csv",
    ".tsv": "csv",
}
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})
_MARKUP = frozenset({"html", "feed"})
_LINES = frozenset({"jsonl", "csv"})


def extension_format(name: str | None) -> str | None:
    """Format named by the extension; ``.gz`` is looked through (``x.warc.gz`` is WARC)."""
    if not name:
        return None
    path = PurePath(name)
    suffix = path.suffix.lower()
    if suffix == ".gz":
        suffix = PurePath(path.stem).suffix.lower()
    return EXTENSIONS.get(suffix)


def sniff(head: str, name: str | None = None) -> str:
    """Format of a decoded head of the input: txt, jsonl, html, feed, warc or csv."""
    text = head.lstrip()
    if text.startswith("WARC/"):
        return "warc"
    hinted = extension_format(name)
    if text.startswith("<") and not _stray_markup(text, hinted):
        root = first_element(text[:4096].lower())
        if root in _FEED_ROOTS:
            return "feed"
        if root == "html" or (root and hinted not in _MARKUP):
            return "html"
    if hinted and (hinted not in _MARKUP or text.startswith("<")):
        return hinted
    if text.startswith(("{", "[")):
        return "jsonl"
    if _csv_header(text):
        return "csv"
    return "txt"


def _stray_markup(text: str, hinted: str | None) -> bool:
    """A line file (by its name) whose first line happens to be markup, or junk starting with
    "<": one of its first lines is a JSON object (or a CSV header naming a text column), so it is
    read line by line and only the stray line fails."""
    if hinted not in _LINES:
        return False
    lines = [line.strip() for line in text[:4096].split("\n")[1:20]]
    if hinted == "jsonl":
        return any(line.startswith("{") for line in lines)
    return any(_csv_header(line) for line in lines)


def first_element(markup: str) -> str | None:
    """Name of the first element, skipping declarations, comments and doctype (``!doctype
    html`` counts as html)."""
    pos = 0
    while True:
        pos = markup.find("<", pos)
        if pos < 0 or pos + 1 >= len(markup):
            return None
        if markup.startswith("<!--", pos):
            end = markup.find("-->", pos)
            pos = len(markup) if end < 0 else end + 3
            continue
        if markup.startswith("<!doctype", pos):
            if markup[pos + 9 : pos + 15].strip().startswith("html"):
                return "html"
        elif markup[pos + 1].isalpha():
            end = pos + 1
            while end < len(markup) and (markup[end].isalnum() or markup[end] in ":-_"):
                end += 1
            return markup[pos + 1 : end]
        pos += 1


def _csv_header(text: str) -> bool:
    line = text.split("\n", 1)[0].strip()
    for delimiter in (",", "\t", ";"):
        cells = [cell.strip().strip('"').lower() for cell in line.split(delimiter)]
        if len(cells) > 1 and any(cell in TEXT_NAMES for cell in cells):
            return True
    return False
