"""What a claim group is keyed by: the subject and the measure, as one name in every language.

"North Korean soldiers" (English) and "tentara Korea Utara" (Indonesian) must meet in one
timeline. The analyser already maps most counted words to a kind (kinds.toml); here demonyms
resolve to their country's canonical name (lang/*/demonyms.toml, names from aliases.toml or
CLDR through babel) and counted words without a kind to a shared measure (measures.toml).
"""

from __future__ import annotations

from functools import cache

from babel import Locale

from telusur.lang import LANGUAGES, load


@cache
def _countries() -> dict[str, str]:
    """CLDR territory code -> canonical name (the alias file's override, else CLDR Indonesian)."""
    names = dict(Locale("id").territories)
    for entity in load("common", "aliases").get("entity", []):
        if "code" in entity:
            names[entity["code"]] = entity["canonical"]
    return names


@cache
def demonyms() -> dict[str, str]:
    """Lower-case demonym or adjective -> canonical country name, every language's file."""
    countries = _countries()
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        for word, code in load(lang, "demonyms").get("demonyms", {}).items():
            if code in countries:
                out[word.lower()] = countries[code]
    return out


@cache
def measures() -> dict[str, str]:
    """Lower-case counted phrase -> measure name."""
    table = load("common", "measures").get("measures", {})
    return {term.lower(): name for name, spec in table.items() for term in spec["terms"]}


def subject(about: str | None, counts: str | None) -> str | None:
    """Whom a figure is about: a demonym read as its country ("North Korean" -> Korea Utara);
    with no subject, a demonym leading the counted words ("Russian troops") names it."""
    names = demonyms()
    if about:
        return names.get(about.lower().strip(), about)
    lead, _ = _split_demonym(counts or "")
    return lead


def measure(kind: str | None, counts: str | None) -> str:
    """What a figure counts: the analyser's kind, else the counted words without their demonym,
    mapped to a shared measure when the data knows them ("wilayah", "regions" -> regions)."""
    if kind:
        return kind
    _, rest = _split_demonym(counts or "")
    words = rest.lower().strip()
    return measures().get(words, words)


def _split_demonym(counts: str) -> tuple[str | None, str]:
    """The country named by the longest leading demonym of ``counts``, and the words after it."""
    words = counts.split()
    names = demonyms()
    for n in range(min(3, len(words)), 0, -1):
        lead = " ".join(words[:n]).lower()
        if lead in names:
            return names[lead], " ".join(words[n:])
    return None, counts


@cache
def named_measures() -> frozenset[str]:
    """Measures the data names: the analyser's kinds (kinds.toml) and measures.toml's names;
    not a bare unit's fallback ("percent", "money") nor counted words it knows no name for."""
    kinds = load("common", "kinds").get("kinds", {})
    return frozenset(kinds) | frozenset(load("common", "measures").get("measures", {}))


@cache
def periodic_measures() -> frozenset[str]:
    """Measures published on a schedule (a daily index, a monthly rate): measures.toml."""
    return frozenset(load("common", "measures").get("periodic", []))
