"""Records that flow through the pipeline.

Every extracted thing carries a character span into ``Article.text`` (the cleaned text), so
that any aggregate can be traced back to the sentence it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any

Span = tuple[int, int]


@dataclass(slots=True)
class RawItem:
    """One article as a reader found it, before cleaning."""

    text: str
    origin: str  # "path" or "path:line" or "url#n": named in errors and kept for provenance
    format: str  # txt | jsonl | html | rss | atom | warc | csv
    id: str | None = None
    title: str | None = None  # None: unknown; plain text leaves it to the title heuristics
    url: str | None = None
    published: str | None = None  # raw value from metadata, unparsed
    # where the metadata date came from, e.g. "meta:article:published_time"
    published_evidence: str | None = None
    outlet: str | None = None
    stem: str | None = None  # file stem when the file holds exactly one article
    titled: bool = False  # True when the format has a title field (even if empty)


@dataclass(slots=True)
class ReadError:
    """An input that could not be read; reported, counted and skipped."""

    origin: str
    reason: str
    code: str = "E100"
    recorded: bool = True  # False past an input's failure limit: counted, not stored or shown

    def __str__(self) -> str:
        return printable(f"{self.origin}: {self.reason} [{self.code}]")


def printable(text: str) -> str:
    """One line that is safe on a terminal: every character Python does not call printable
    (controls, format characters such as a soft hyphen, line separators, lone surrogates)
    escaped."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escaped(c) for c in text)


def _escaped(c: str) -> str:
    code = ord(c)
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


@dataclass(slots=True)
class Evidence:
    """Why a fact is believed: a span of the cleaned text, or a metadata field."""

    text: str
    span: Span | None = None
    field: str | None = None
    article: str | None = None  # another article's id, when the span points into it


@dataclass(slots=True)
class Published:
    start: str | None = None  # ISO date
    end: str | None = None  # ISO date; equal to start when the day is known
    how: str = "unknown"  # metadata | text | copy | story | unknown
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    id: str
    text: str  # cleaned text; every span points into it
    format: str
    origin: str
    title: str | None = None
    rubric: str | None = None
    url: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    credit: str | None = None
    language: str | None = None  # id | ms | en
    published: Published = field(default_factory=Published)
    boilerplate: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quantity:
    span: Span
    text: str
    value: float | None  # a single figure; None for ranges and vague amounts
    low: float | None
    high: float | None
    qualifier: str  # exact approx more_than less_than at_least at_most range vague ratio fraction
    unit: str  # count IDR USD EUR percent kg ton km ... ; "score" for sports scores
    counts: str | None = None  # the words counted, as written
    counts_span: Span | None = None


@dataclass(slots=True)
class TimeRef:
    span: Span
    text: str
    start: str | None  # ISO date
    end: str | None
    granularity: str  # day week month season year decade interval
    anchor: str = "absolute"  # absolute | published | context
    uncertain: bool = False  # resolved against an inferred, not known, publication date


@dataclass(slots=True)
class Mention:
    span: Span
    text: str
    type: str  # PER ORG GPE LOC
    canonical: str


@dataclass(slots=True)
class Claim:
    span: Span  # of the figure
    sentence: Span
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    counts: str | None
    kind: str | None  # the normalised counted kind (e.g. "troops")
    about: str | None
    sources: list[str]
    channel: str | None
    when: tuple[str, str] | None
    hedge: str | None
    status: str  # asserted | unconfirmed | denied
    # How the source was found (verb | according_to | quote | carried | court | prosecutor |
    # medium), and the span of the words that name it (in this sentence or an earlier one).
    attribution: str | None = None
    cue: Span | None = None


@dataclass(slots=True)
class Denial:
    span: Span
    by: list[str]
    kind: str  # denial | not_confirmed
    target: str | None
    text: str = ""


@dataclass(slots=True)
class Analysis:
    article: Article
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    denials: list[Denial] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # where a bound cut the analysis short


def to_dict(record: Any) -> dict[str, Any]:
    """Plain JSON-ready dict; tuples become lists. Much faster than dataclasses.asdict."""
    out = _plain(record)
    assert isinstance(out, dict)
    return out


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _names(value.__class__)}
    return value
