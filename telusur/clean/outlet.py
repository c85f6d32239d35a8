"""Outlet and dateline.

The outlet comes from metadata when a reader found it (names are mapped to display names through
``lang/common/outlets.toml``), else from the marker an outlet puts before its first paragraph
("TRIBUNNEWS.COM -", "Seoul, Suarathailand-", "Jakarta (ANTARA News) -"), else from the URL's
domain. The dateline is the place written with that marker ("Seoul"). Outlets, markers, domains
and the marker shapes are data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from telusur.lang import load


@dataclass(frozen=True, slots=True)
class Outlets:
    by_key: dict[str, str]  # lower-cased name, alias, marker or domain -> display name
    by_domain: dict[str, str]
    wires: frozenset[str]  # display names of wire agencies
    forms: tuple[re.Pattern[str], ...]
    generic: re.Pattern[str]
    lines: int


@cache
def outlets() -> Outlets:
    """The outlet table, with marker patterns compiled once."""
    table = load("common", "outlets")
    by_key: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    markers: list[str] = []
    for entry in table.get("outlet", []):
        name = entry["name"]
        for key in [name, *entry.get("aliases", []), *entry.get("markers", [])]:
            by_key.setdefault(key.lower(), name)
        for domain in entry.get("domains", []):
            by_domain[domain.lower()] = name
            by_key.setdefault(domain.lower(), name)
        markers += entry.get("markers", [])
    alternation = "|".join(re.escape(m) for m in sorted(set(markers), key=len, reverse=True))
    spec = table.get("markers", {})
    marker = f"(?i:{alternation})(?!\\w)"
    forms = tuple(
        re.compile(form.replace("{place}", spec["place"]).replace("{marker}", marker))
        for form in spec.get("forms", [])
    )
    wires = frozenset(e["name"] for e in table.get("outlet", []) if e.get("wire"))
    generic = re.compile(spec.get("generic", "(?!)"))
    return Outlets(by_key, by_domain, wires, forms, generic, spec.get("lines", 6))


def display_name(name: str) -> str | None:
    """The display name of a known outlet written as a name, alias, marker or domain."""
    key = name.strip().lower()
    if key.startswith("www."):
        key = key[4:]
    return outlets().by_key.get(key)


def from_metadata(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    return display_name(value) or value.strip()


def from_url(url: str | None) -> str | None:
    """The outlet owning the URL's host or one of its parent domains."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    parts = host.split(".")
    table = outlets().by_domain
    for i in range(len(parts) - 1):
        name = table.get(".".join(parts[i:]))
        if name:
            return name
    return None


@dataclass(frozen=True, slots=True)
class Marker:
    line: int  # index into the lines searched
    outlet: str
    place: str | None


def find_marker(lines: list[str]) -> Marker | None:
    """The first outlet marker opening one of the leading paragraphs."""
    table = outlets()
    for i, line in enumerate(lines[: table.lines]):
        for form in table.forms:
            m = form.match(line)
            if m:
                place = m.groupdict().get("place")
                name = display_name(m.group("marker")) or m.group("marker")
                return Marker(i, name, place.strip() if place else None)
    return None


def marker_lines(lines: list[str]) -> list[bool]:
    """For each line, whether it opens with an outlet marker, known or not."""
    table = outlets()
    return [
        bool(table.generic.match(line)) or any(f.match(line) for f in table.forms) for line in lines
    ]
