"""Canonical names: one name per entity across a document and across languages.

Order of evidence, strongest first: the alias tables (curated aliases, CLDR countries,
descriptions of a country's organisation), a name already seen in the document (a surname or
first name refers back to the full name; an acronym to its written-out form), then a
normalised fuzzy match against known names for spelling variants and typos.

Acronym pairs written "Badan Intelijen Nasional (NIS)" or "NIS (Badan ...)" share one
canonical: the alias file's when either form is listed there, else the acronym, because
the acronym is the form that is repeated later in the article and in other articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from telusur.analyse.doc.phrases import norm, tokenize
from telusur.analyse.entities.gazetteer import Entry, Gazetteer, gazetteer
from telusur.analyse.entities.lexicon import lexicon

FUZZY_CUTOFF = 90.0  # "Ukaina"/"Ukraina" 92, "Zelenskyy"/"Zelensky" 94; "Austria"/"Australia" 87.5
FUZZY_MIN = 5  # shorter names differ by one letter too often (Iran, Irak)
_PART_MIN = 3  # shortest name part that refers back to a person
# Each word of a multi-word variant must itself be a spelling of its counterpart: "North East"
# and "North West" are 90 as wholes, yet "east"/"west" is 75; "Indrawaty"/"Indrawati" is 89.
WORD_CUTOFF = 80.0


class EntityIndex:
    """The names met so far in one document and the entity each stands for."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.gaz: Gazetteer = gazetteer(lang)
        self._names: dict[str, tuple[str, str]] = {}  # normal form -> (canonical, type)
        self._parts: dict[str, set[str]] = {}  # a word of a person's name -> canonical names
        self._honorifics = lexicon(lang).honorifics | lexicon(lang).peerages

    def add(self, surface: str, canonical: str, type_: str) -> None:
        """Remember that ``surface`` names ``canonical``; a person's name parts refer back."""
        for key in (norm(surface), norm(canonical)):
            self._names.setdefault(key, (canonical, type_))
        if type_ == "PER":
            styled = norm(canonical).split()
            words = [w for w in styled if w not in self._honorifics]
            if len(words) > 1 or len(words) < len(styled):  # "Lord Falconer": "Falconer" too
                for word in words:
                    if len(word) >= _PART_MIN:
                        self._parts.setdefault(word, set()).add(canonical)

    def lookup(self, surface: str) -> tuple[str, str] | None:
        """The entity an exact name (in any case or spelling of hyphens) was seen as."""
        return self._names.get(norm(surface))

    def resolve(self, surface: str) -> tuple[str, str] | None:
        """(canonical, type) for a name, from the document, the alias tables or a close match."""
        key = norm(surface)
        if not key:
            return None
        seen = self._names.get(key)
        if seen:
            return seen
        known = _exact(self.gaz, key)
        if known:
            return known
        words = key.split()
        if len(words) == 2 and words[0] in self._honorifics:
            words = words[1:]  # "Sir John" after "Sir John Bourn"
        elif any(ch.isspace() for ch in surface.strip()):
            words = []  # one word only: "Budi", "Kilroy-Silk"
        person = self._person(*words) if words else None
        if person:
            return person
        if len(key) >= FUZZY_MIN:
            return _fuzzy_known(self.lang, key) or self._fuzzy_seen(key)
        return None

    def _person(self, *words: str) -> tuple[str, str] | None:
        """The one person whose name holds every part of a surname ("Kilroy-Silk")."""
        owners = set.intersection(*(self._parts.get(w, set()) for w in words)) if words else None
        if owners and len(owners) == 1:
            return next(iter(owners)), "PER"
        return None

    def _fuzzy_seen(self, key: str) -> tuple[str, str] | None:
        """A variant of a name already in the document ("Zelenskyy" after "Zelensky")."""
        if " " not in key:
            part = _closest(key, list(self._parts))
            if part is not None:
                return self._person(part)
        best = _closest(key, [n for n in self._names if n[0] == key[0]])
        return self._names[best] if best is not None else None


def canonicalize(name: str, lang: str) -> str | None:
    """The canonical name of ``name`` out of context, or None when it is not known.

    A capital stands for its state here ("Seoul" -> "Korea Selatan"): out of context the name
    is being used as a party, not as the scene of an event.
    """
    return _canonicalize(name.strip(), "id" if lang == "ms" else lang)


@lru_cache(maxsize=1 << 14)
def _canonicalize(name: str, lang: str) -> str | None:
    gaz = gazetteer(lang)
    key = norm(name)
    if not key:
        return None
    found = _exact(gaz, key, name) or _described(gaz, lang, name)
    if found is None and len(key) >= FUZZY_MIN:
        found = _fuzzy_known(lang, key)
    return found[0] if found else None


def _exact(gaz: Gazetteer, key: str, surface: str | None = None) -> tuple[str, str] | None:
    entry = gaz.names.get(key)
    if entry is None:
        return None
    if entry.cased and surface is not None and not surface.replace(".", "").isupper():
        return None
    return _acting(entry)


def _acting(entry: Entry) -> tuple[str, str]:
    if entry.seat_of and entry.seat_type:
        return entry.seat_of, entry.seat_type
    return entry.canonical, entry.type


@lru_cache(maxsize=1 << 16)
def _fuzzy_known(lang: str, key: str) -> tuple[str, str] | None:
    """The known name closest to ``key`` (a pure function of the tables: memoised, as the
    same unknown names recur from article to article)."""
    bucket = gazetteer(lang).by_initial.get(key[0])
    if not bucket:
        return None
    keys, entries = bucket
    best = _best(key, keys)
    return _acting(entries[best[1]]) if best else None


def _closest(key: str, choices: list[str]) -> str | None:
    best = _best(key, choices)
    return best[0] if best else None


def _best(key: str, choices: list[str]) -> tuple[str, int] | None:
    """The closest choice whose words are each a spelling of the key's, with its index."""
    close = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=8)
    for choice, _score, index in close:
        if _same_words(key, choice):
            return choice, index
    return None


def _same_words(a: str, b: str) -> bool:
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return True  # a split or joined word ("kim jong un" / "kim jongun"): the whole decides
    pairs = zip(words_a, words_b, strict=True)
    return all(x == y or fuzz.ratio(x, y) >= WORD_CUTOFF for x, y in pairs)


def _described(gaz: Gazetteer, lang: str, name: str) -> tuple[str, str] | None:
    """ "badan intelijen Korea Selatan" -> NIS; "kementerian pertahanan Seoul" -> its ministry."""
    toks = tokenize(name)
    if not toks.texts:
        return None
    desc = lexicon(lang).descriptions.match(toks.norms, 0)
    if not desc or desc[0] >= len(toks):
        return None
    country = gaz.names.match(toks.norms, desc[0])
    if not country or country[0] != len(toks):
        return None
    state, state_type = _acting(country[1])
    if state_type not in ("GPE", "ORG"):
        return None
    entry = gaz.described.get((desc[1], state))
    if entry:
        return entry.canonical, entry.type
    return f"{gaz.kinds.get(desc[1], desc[1])} {state}", "ORG"


_SPACES = re.compile(r"\s+")


def clean_name(surface: str, type_: str, lang: str) -> str:
    """The canonical form of a new name: single spaces, no honorifics, and an organisation's
    country written canonically ("Kementerian Luar Negeri Korsel" -> "... Korea Selatan")."""
    lex = lexicon(lang)
    words = _SPACES.sub(" ", surface).strip(" .,;:").split(" ")
    while len(words) > 1 and words[0].lower().endswith(lex.descriptor_suffixes):
        words = words[1:]  # "Paris-based Euronext"
    if type_ == "PER":
        # honorifics, and the end of an office's title glued on ("Kemaritiman Luhut ...")
        while (
            len(words) > 1
            and norm(words[0]) not in lex.peerages  # "Lord Falconer" is the peer's name
            and (
                norm(words[0]) in lex.honorifics
                or norm(words[0]) in lex.complements
                or norm(words[0]) in lex.titles
            )
        ):
            words = words[1:]
        return " ".join(_after_rank(words, lex.rank_marks))
    if type_ in ("LOC", "GPE") and len(words) == 1 and len(words[0]) > 3 and words[0].isupper():
        return words[0].capitalize()  # a dateline's capitals ("PALU, ..."), not an acronym
    if type_ == "ORG" and len(words) == 2:
        tail = lex.org_order.get(words[0].lower())
        if tail and words[1].lower() not in lex.common:
            return f"{words[1]} {tail}"
    if type_ == "ORG" and len(words) > 2:
        gaz = gazetteer(lang)
        for cut in range(1, len(words)):
            entry = gaz.names.get(norm(" ".join(words[cut:])))
            if entry is not None and entry.type == "GPE" and not entry.seat_of:
                # a country's other name; a seat ("Pengadilan Negeri Jakarta") stays the city
                return " ".join([*words[:cut], entry.canonical])
    return " ".join(words)


def _after_rank(words: list[str], marks: frozenset[str]) -> list[str]:
    """A person's name begins after the last rank's corps or branch inside it: whatever stands
    before is an office, a unit or a misspelt rank ("Cenderawasih Lektol Cpl Eko Daryanto")."""
    for i in range(len(words) - 2, -1, -1):
        if norm(words[i]) in marks:
            return words[i + 1 :]
    return words
