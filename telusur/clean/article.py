"""Raw item → Article: the cleaning stage, a pure function over the cached data tables.

``Article.text`` is what every later span points into:

* it is the normalised raw text (see ``text``) with boilerplate lines and fragments removed;
* it begins with the headline whenever a title is known, so headline figures can be traced:
  for plain text the headline already is the first line and stays in place (a rubric line above
  it moves to ``Article.rubric`` and out of the text); for inputs with a separate title field,
  ``title + "\\n\\n"`` is prepended unless the body already starts with the title;
* words are never rewritten.
"""

from __future__ import annotations

import xxhash

from telusur.clean import boilerplate, language, published
from telusur.clean.credit import find_credit
from telusur.clean.outlet import find_marker, from_metadata, from_url, marker_lines
from telusur.clean.page import cut_above_title
from telusur.clean.text import join_lines, normalise
from telusur.clean.title import split_title
from telusur.records import Article, RawItem


def clean(raw: RawItem) -> Article:
    """The cleaned article of one raw item (pure: no I/O beyond cached data tables)."""
    lines, removed = boilerplate.strip(normalise(raw.text).split("\n"))
    if raw.titled and raw.title:
        lines, above = cut_above_title(lines, normalise(raw.title).replace("\n", " "))
        removed = above + removed
    filled = [line for line in lines if line]
    title, rubric = _title(raw, filled)
    if rubric is not None:
        lines.remove(rubric)
    body = join_lines(lines)
    text = _with_title(title, body) if raw.titled else body
    marker = find_marker([line for line in lines if line])
    outlet = from_metadata(raw.outlet) or (marker.outlet if marker else None) or from_url(raw.url)
    return Article(
        id=raw.id or raw.stem or _content_id(raw),
        text=text,
        format=raw.format,
        origin=raw.origin,
        title=title,
        rubric=rubric,
        url=raw.url,
        outlet=outlet,
        dateline=marker.place if marker else None,
        credit=find_credit(text, removed, outlet),
        language=language.detect(text),
        published=published.from_page(raw.published, raw.published_evidence, raw.url),
        boilerplate=removed,
    )


def _content_id(raw: RawItem) -> str:
    """Same scheme as the readers' ids: a hash of url and text."""
    data = f"{raw.url or ''}\n{raw.text}".encode("utf-8", "surrogatepass")
    return "h_" + xxhash.xxh64_hexdigest(data)


def _title(raw: RawItem, filled: list[str]) -> tuple[str | None, str | None]:
    if raw.titled:
        title = normalise(raw.title or "").replace("\n", " ")
        return title or None, None
    return split_title(filled[:3], marker_lines(filled[:2]))


def _with_title(title: str | None, body: str) -> str:
    if not title or body.casefold().startswith(title.casefold()):
        return body
    return f"{title}\n\n{body}" if body else title
