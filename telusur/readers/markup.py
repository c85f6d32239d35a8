"""Markup fragments (feed summaries and content) to plain text with paragraph breaks."""

from __future__ import annotations

import html

import lxml.etree
import lxml.html

_BLOCKS = frozenset(
    {
        *("p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("blockquote", "pre", "table", "tr", "section", "article", "header", "footer"),
        *("figure", "figcaption", "hr", "aside", "main", "nav"),
    }
)
_SKIP = ("script", "style", "noscript", "template")


def html_to_text(markup: str) -> str:
    """Text of an HTML fragment: blocks become paragraphs, ``<br>`` a line break."""
    if "<" not in markup:
        return tidy(html.unescape(markup))
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return tidy(html.unescape(markup))
    for element in list(root.iter(*_SKIP)):
        element.drop_tree()
    return tidy("".join(_pieces(root)))


def _pieces(root: lxml.html.HtmlElement) -> list[str]:
    pieces: list[str] = []
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            pieces.append("\n" if tag == "br" else "\n\n" if tag in _BLOCKS else "")
            if tag and element.text:
                pieces.append(element.text)
        else:
            pieces.append("\n\n" if tag in _BLOCKS else "")
            if element is not root and element.tail:
                pieces.append(element.tail)
    return pieces


def tidy(text: str) -> str:
    """Collapse spaces within lines and runs of blank lines to one blank line."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
