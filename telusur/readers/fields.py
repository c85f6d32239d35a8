"""Field names accepted in JSON Lines and CSV records.

Names are matched case-insensitively; when several are present the first listed wins.

======================  =============================================
RawItem field           accepted names
======================  =============================================
id                      ``id``
title                   ``title``, ``headline``
text (required)         ``text``, ``content``, ``body``
url                     ``url``, ``link``
published               ``published``, ``date``, ``datetime``, ``pubDate``
outlet                  ``source``, ``outlet``, ``site``
======================  =============================================

Other fields are ignored. A text given as a list of strings is joined as paragraphs. ``published``
is kept as written (numbers become strings); parsing it belongs to cleaning. A record with a title
field, even an empty one, is marked ``titled`` so cleaning does not guess a title from the text.
"""

from __future__ import annotations

from collections.abc import Mapping

from telusur.errors import E_EMPTY
from telusur.readers.decode import normalise_newlines
from telusur.readers.ids import content_id, given_id
from telusur.records import RawItem, ReadError

FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title", "headline"),
    "text": ("text", "content", "body"),
    "url": ("url", "link"),
    "published": ("published", "date", "datetime", "pubdate"),
    "outlet": ("source", "outlet", "site"),
}
TEXT_NAMES = FIELDS["text"]


def lowered(record: Mapping[str, object]) -> dict[str, object]:
    return {str(key).strip().lower(): value for key, value in record.items()}


def record_to_item(record: Mapping[str, object], origin: str, fmt: str) -> RawItem | ReadError:
    """Map one record (keys already lower-cased) to a RawItem; no text is an error."""
    text = _text(_first(record, "text"))
    if not text.strip():
        names = ", ".join(TEXT_NAMES)
        return ReadError(origin, f"record has no text (looked for: {names})", E_EMPTY)
    url = _scalar(_first(record, "url"))
    date_name = _present(record, "published")
    return RawItem(
        text=normalise_newlines(text),
        origin=origin,
        format=fmt,
        id=given_id(_first(record, "id")) or content_id(url, text),
        title=_scalar(_first(record, "title")),
        url=url,
        published=_scalar(_first(record, "published")),
        published_evidence=f"{fmt}:{date_name}" if date_name else None,
        outlet=_scalar(_first(record, "outlet")),
        titled=any(name in record for name in FIELDS["title"]),
    )


def _present(record: Mapping[str, object], field: str) -> str | None:
    return next((name for name in FIELDS[field] if record.get(name) not in (None, "")), None)


def _first(record: Mapping[str, object], field: str) -> object:
    name = _present(record, field)
    return None if name is None else record[name]


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        return "\n\n".join(value)
    return ""


def _scalar(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None
