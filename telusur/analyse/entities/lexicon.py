"""The cue words for entity recognition in one language, from ``lang/<lang>/entities.toml``
plus month and weekday names from CLDR (babel): a capitalised "Senin" or "Oktober" is a date
word, not a name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from babel import Locale

from telusur.analyse.doc.phrases import PhraseTable, norm, phrase_set
from telusur.lang import load


@dataclass(frozen=True, slots=True)
class Lexicon:
    common: frozenset[str]  # words mostly written in lower case
    ordinary: frozenset[str]  # the same in this language or English: no part of a person's name
    not_names: PhraseTable[bool]  # capitalised phrases that name nothing (dates, holidays)
    titles: PhraseTable[bool]  # a person's name follows
    jurisdictions: PhraseTable[bool]  # titles a region may follow before the name
    complements: PhraseTable[bool]  # words that continue a title ("Luar Negeri")
    honorifics: frozenset[str]
    rank_marks: frozenset[str]  # a rank's corps or branch ("Cpl", "Pol"): the name follows
    peerages: frozenset[str]  # styles kept in a name ("Lord Falconer", "Sir John Stevens")
    territorial: frozenset[str]  # peers' styles whose "of Place" is in the name
    person_before: PhraseTable[bool]  # "kata X"
    person_after: frozenset[str]  # "X mengatakan"
    org_roles_after: frozenset[str]  # "a Tesco spokesman": the one word before is a body
    org_apposed: frozenset[str]  # "Parmalat, the Italian dairy company": the name is a body
    apposed_openers: frozenset[str]  # "the": opens an apposition describing the name
    apposed_stops: frozenset[str]  # "of", "head": the apposition describes a person
    apposed_closers: frozenset[str]  # "which", "that": a relative after the body's noun
    org_before: PhraseTable[bool]  # "shares in X", "saham X": a firm, whatever comes after
    org_heads: PhraseTable[bool]
    org_tails: frozenset[str]
    public_heads: PhraseTable[bool]  # a public body's head: its name follows, even at a start
    org_order: dict[str, str]  # "institut" -> "Institute"
    place_heads: PhraseTable[bool]
    head_needs_name: bool  # a place head ends a name before it only when a name follows it
    place_tails: frozenset[str]
    place_before: PhraseTable[bool]  # "di X": a place, not an acting government
    place_from: PhraseTable[bool]  # "dari X": a capital there is a place; types nothing else
    government: frozenset[str]
    connectors: frozenset[str]
    org_connectors: frozenset[str]
    descriptions: PhraseTable[str]  # "badan intelijen" -> "intelligence"
    ambiguous_lower: frozenset[str]
    references: PhraseTable[str]  # "katanya" -> "PER"
    subject_references: frozenset[str]  # pronouns standing for their sentence's subject ("it")
    descriptor_suffixes: tuple[str, ...]  # "-based": a word describing the name after it
    reference_nouns: PhraseTable[tuple[str, ...]]  # "badan" -> ("ORG",)
    demonstratives: frozenset[str]
    determiners: frozenset[str]
    lower_cues: frozenset[str]  # first words of cues that count in lower case
    reference_cues: frozenset[str]  # first words of references and reference nouns


@cache
def lexicon(lang: str) -> Lexicon:
    d = load(lang, "entities")
    sub = _sub(d)
    common = frozenset(d.get("common_words", []))
    titles = phrase_set(sub("person", "titles"))
    descriptions: PhraseTable[str] = PhraseTable.of(d.get("descriptions", {}))
    references: PhraseTable[str] = PhraseTable.of(d.get("references", {}))
    nouns = PhraseTable((k, tuple(v)) for k, v in d.get("reference_nouns", {}).items())
    return Lexicon(
        common=common,
        ordinary=common | frozenset(load("en", "entities").get("common_words", [])),
        not_names=phrase_set([*sub("names", "not_names"), *_calendar(lang)]),
        titles=titles,
        jurisdictions=phrase_set(sub("person", "jurisdiction_titles")),
        complements=phrase_set(sub("person", "complements")),
        honorifics=frozenset(norm(w) for w in sub("person", "honorifics")),
        rank_marks=frozenset(norm(w) for w in sub("person", "rank_marks")),
        peerages=frozenset(norm(w) for w in sub("person", "peerages")),
        territorial=frozenset(norm(w) for w in sub("person", "territorial")),
        person_before=phrase_set(sub("person", "before")),
        person_after=frozenset(sub("person", "after")),
        org_roles_after=frozenset(sub("organisation", "roles_after")),
        org_apposed=frozenset(sub("organisation", "apposed")),
        apposed_openers=frozenset(sub("organisation", "apposed_openers")),
        apposed_stops=frozenset(sub("organisation", "apposed_stops")),
        apposed_closers=frozenset(sub("organisation", "apposed_closers")),
        org_before=phrase_set(sub("organisation", "before")),
        org_heads=phrase_set(sub("organisation", "heads")),
        org_tails=frozenset(sub("organisation", "tails")),
        public_heads=phrase_set(sub("organisation", "public_heads")),
        org_order=dict(d.get("org_order", {})),
        place_heads=phrase_set(sub("place", "heads")),
        head_needs_name=bool(d.get("place", {}).get("head_needs_name", False)),
        place_tails=frozenset(sub("place", "tails")),
        place_before=phrase_set(sub("place", "before")),
        place_from=phrase_set(sub("place", "from")),
        government=frozenset(sub("government", "words")),
        connectors=frozenset(d.get("connectors", [])),
        org_connectors=frozenset(d.get("org_connectors", [])),
        descriptions=descriptions,
        ambiguous_lower=frozenset(sub("lowercase", "ambiguous")),
        references=references,
        subject_references=frozenset(sub("subject_references", "words")),
        descriptor_suffixes=tuple(sub("organisation", "descriptor_suffixes")),
        reference_nouns=nouns,
        demonstratives=frozenset(d.get("demonstratives", [])),
        determiners=frozenset(d.get("determiners", [])),
        lower_cues=titles.first_words() | descriptions.first_words(),
        reference_cues=references.first_words() | nouns.first_words(),
    )


def _sub(data: dict[str, Any]) -> Any:
    def get(table: str, key: str) -> list[str]:
        return list(data.get(table, {}).get(key, []))

    return get


def _calendar(lang: str) -> list[str]:
    """Month and weekday names, wide and abbreviated, in the language and in English."""
    words: list[str] = []
    for code in {"id" if lang == "ms" else lang, "en"}:
        loc = Locale(code)
        for table in (loc.months, loc.days):
            for width in ("wide", "abbreviated"):
                words.extend(table["format"][width].values())
    return [w.rstrip(".") for w in words]
