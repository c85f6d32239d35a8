"""Known entities: the curated alias file plus CLDR country and territory names (babel).

Built once per language and frozen. Canonical names are Indonesian (CLDR ``id`` names unless
``aliases.toml`` says otherwise), so "North Korea" and "Korea Utara" are one entity.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from babel import Locale

from telusur.analyse.doc.phrases import PhraseTable, norm
from telusur.lang import load

# CLDR codes that are not places: pseudo-locales, "unknown", "world", outlying groupings.
_NOT_PLACES = frozenset({"001", "XA", "XB", "ZZ", "QO", "EZ", "UN", "EU"})


@dataclass(frozen=True, slots=True)
class Entry:
    """What a known name stands for. A seat (capital, Kremlin) is its own place (``canonical``,
    LOC) and stands for ``seat_of`` (of type ``seat_type``) when it acts."""

    canonical: str
    type: str
    seat_of: str | None = None
    seat_type: str | None = None
    cased: bool = False  # a short capitals form ("AS", "RI") that must be written so


@dataclass(frozen=True, slots=True)
class Gazetteer:
    names: PhraseTable[Entry]
    described: dict[tuple[str, str], Entry]  # (kind, country canonical) -> the organisation
    kinds: dict[str, str]  # kind -> label for "<label> <country>"
    by_initial: dict[str, tuple[list[str], list[Entry]]]  # first letter -> normal forms, entries


@cache
def gazetteer(lang: str) -> Gazetteer:
    """The known names for ``lang`` (the alias file's shared and ``lang`` lists, CLDR in both)."""
    lang = "id" if lang == "ms" else lang
    data = load("common", "aliases")
    entities: list[dict[str, Any]] = data.get("entity", [])
    pairs: list[tuple[str, Entry]] = []
    described: dict[tuple[str, str], Entry] = {}
    overridden = {e["code"]: e for e in entities if "code" in e}
    for ent in entities:
        entry = Entry(ent["canonical"], ent["type"])
        names = [ent["canonical"], *ent.get("aliases", []), *ent.get(lang, [])]
        pairs.extend((name, _cased(entry, name)) for name in names)
        for seat in ent.get("seats", []):
            pairs.append((seat, Entry(seat, "LOC", entry.canonical, entry.type)))
        if "describes" in ent:
            desc = ent["describes"]
            described[(desc["kind"], desc["country"])] = entry
    pairs.extend(_territories(overridden))
    names_table = PhraseTable(pairs)
    return Gazetteer(names_table, described, dict(data.get("kinds", {})), _by_initial(pairs))


def _cased(entry: Entry, name: str) -> Entry:
    compact = name.replace(".", "")
    if compact.isupper() and len(compact) <= 4:
        return Entry(entry.canonical, entry.type, cased=True)
    return entry


def _territories(overridden: dict[str, dict[str, Any]]) -> list[tuple[str, Entry]]:
    """CLDR territory names in Indonesian and English; numeric regions are places (LOC)."""
    ind, eng = Locale("id").territories, Locale("en").territories
    pairs: list[tuple[str, Entry]] = []
    for code, name in ind.items():
        if code in _NOT_PLACES:
            continue
        if code in overridden:
            ent = overridden[code]
            entry = Entry(ent["canonical"], ent["type"])
        else:
            entry = Entry(name, "LOC" if code.isdigit() else "GPE")
        for variant in _variants(name) + _variants(eng.get(code, "")):
            pairs.append((variant, entry))
    return pairs


def _variants(name: str) -> list[str]:
    """ "Myanmar (Burma)" -> Myanmar, Burma; "Bosnia & Herzegovina" -> "... and ..."."""
    if not name:
        return []
    out = [name]
    if "(" in name:
        head, _, rest = name.partition("(")
        out = [head.strip(), rest.rstrip(")").strip()]
    if "&" in name:
        out += [name.replace("&", "and"), name.replace("&", "dan")]
    if name.startswith("St. "):
        out.append("Saint " + name[4:])
    for suffix in (" SAR China", " DAK Tiongkok"):
        if name.endswith(suffix):
            out.append(name[: -len(suffix)])
    return out


def _by_initial(pairs: list[tuple[str, Entry]]) -> dict[str, tuple[list[str], list[Entry]]]:
    """Names bucketed by first letter, for fuzzy matching of variants and typos (a typo rarely
    hits the first letter, and the buckets keep the comparison cheap)."""
    buckets: dict[str, dict[str, Entry]] = {}
    for name, entry in pairs:
        key = norm(name)
        if len(key) >= 5 and not entry.cased:
            buckets.setdefault(key[0], {}).setdefault(key, entry)
    return {k: (list(v), list(v.values())) for k, v in buckets.items()}
