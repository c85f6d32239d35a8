"""One HTML page: main text, title, date, url and site name via trafilatura.

The publication date comes from explicit page metadata when there is any, and the evidence names
it (``meta:article:published_time``, ``jsonld:datePublished``, ``html:time``). Failing that,
trafilatura's date finder (htmldate, restricted to markup and URL, no text search) is used with
evidence ``html:htmldate``. Dates written only in the body are left to cleaning, which keeps the
span as evidence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import urljoin

import lxml.html
import trafilatura

from telusur.errors import E_ATTRIBUTES, E_EMPTY, E_MARKUP
from telusur.readers.decode import decode
from telusur.readers.ids import content_id
from telusur.readers.limits import MAX_ATTRIBUTES
from telusur.records import RawItem, ReadError

# Publication-date metadata, best first (property, name or itemprop, lower-cased).
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "publishdate",
    "publish-date",
    "pubdate",
    "content_publisheddate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
)
_DATE_RANK = {name: rank for rank, name in enumerate(_DATE_META)}
_JSONLD_DEPTH = 6
_HTMLDATE = {"extensive_search": False, "original_date": True}


def read_html(
    data: bytes,
    origin: str,
    *,
    stem: str | None = None,
    url: str | None = None,
    charset: str | None = None,
    fmt: str = "html",
    max_attributes: int = MAX_ATTRIBUTES,
) -> Iterator[RawItem | ReadError]:
    """Yield the page's article, or why there is none."""
    page = decode(data, origin, charset or declared_charset(data[:4096]))
    if isinstance(page, ReadError):
        yield page
        return
    try:
        yield _extract(page, origin, stem, url, fmt, max_attributes)
    except Exception as exc:  # a parser failing on one hostile page must not stop the batch
        yield ReadError(origin, f"HTML extraction failed: {type(exc).__name__}: {exc}", E_MARKUP)


def _extract(
    page: str, origin: str, stem: str | None, url: str | None, fmt: str, max_attributes: int
) -> RawItem | ReadError:
    tree = trafilatura.load_html(page)
    if tree is None:
        return ReadError(origin, "not parseable as HTML", E_MARKUP)
    crowded = max((len(element.attrib) for element in tree.iter()), default=0)
    if crowded > max_attributes:
        reason = f"an element has {crowded:,} attributes, over {max_attributes:,} (max_attributes)"
        return ReadError(origin, reason, E_ATTRIBUTES)
    published, evidence = metadata_date(tree)
    page_url = url or canonical_url(tree, url)
    doc = trafilatura.bare_extraction(
        tree,
        url=page_url,
        include_comments=False,
        with_metadata=True,
        date_extraction_params=_HTMLDATE,
    )
    text = _paragraphs(getattr(doc, "text", None) or "")
    if not text:
        return ReadError(origin, "no article text found in the HTML page", E_EMPTY)
    found = getattr(doc, "date", None)
    if published is None and found:
        published, evidence = str(found), "html:htmldate"
    return RawItem(
        text=text,
        origin=origin,
        format=fmt,
        id=stem or content_id(page_url, text),
        title=getattr(doc, "title", None),
        url=page_url or getattr(doc, "url", None),
        published=published,
        published_evidence=evidence,
        outlet=getattr(doc, "sitename", None),
        stem=stem,
        titled=True,
    )


def _paragraphs(text: str) -> str:
    """trafilatura puts one block per line; separate them by a blank line like other formats."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def declared_charset(head: bytes) -> str | None:
    """Charset from ``<meta charset>`` or ``http-equiv`` content type, or an XML declaration."""
    low = head.lower()
    pos = low.find(b"charset=")
    if pos < 0:
        pos = low.find(b'encoding="') if low.startswith(b"<?xml") else -1
        if pos < 0:
            return None
    start = low.find(b"=", pos) + 1
    value = low[start : start + 40].lstrip(b"\"' ")
    end = 0
    while end < len(value) and (chr(value[end]).isalnum() or value[end] in b"-_:."):
        end += 1
    return value[:end].decode("ascii", "ignore") or None


def metadata_date(tree: lxml.html.HtmlElement) -> tuple[str | None, str | None]:
    """The page's declared publication date and where it was declared."""
    best: tuple[int, str, str] | None = None
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = (meta.get("content") or "").strip()
        rank = _DATE_RANK.get(key.strip())
        if rank is not None and value and (best is None or rank < best[0]):
            best = (rank, value, f"meta:{key.strip()}")
    if best and best[0] == 0:
        return best[1], best[2]
    found = _jsonld_date(tree)
    if found:
        return found, "jsonld:datePublished"
    if best:
        return best[1], best[2]
    for element in tree.iter("time"):
        stamp = (element.get("datetime") or "").strip()
        if stamp and (
            element.get("pubdate") is not None or element.get("itemprop") == "datePublished"
        ):
            return stamp, "html:time"
    return None, None


def canonical_url(tree: lxml.html.HtmlElement, base: str | None) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return _absolute(link.get("href", ""), base)
    for meta in tree.iter("meta"):
        if (meta.get("property") or "").lower() == "og:url" and meta.get("content"):
            return _absolute(meta.get("content", ""), base)
    return None


def _absolute(href: str, base: str | None) -> str | None:
    href = href.strip()
    if href.startswith(("http://", "https://")):
        return href
    return urljoin(base, href) if base else None


def _jsonld_date(tree: lxml.html.HtmlElement) -> str | None:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            found = _find_key(json.loads(script.text), "datePublished", _JSONLD_DEPTH)
        except (json.JSONDecodeError, RecursionError):
            continue
        if found:
            return found
    return None


def _find_key(node: object, key: str, depth: int) -> str | None:
    if depth <= 0:
        return None
    if isinstance(node, dict):
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        node = list(node.values())
    if isinstance(node, list):
        for child in node:
            found = _find_key(child, key, depth - 1)
            if found:
                return found
    return None
