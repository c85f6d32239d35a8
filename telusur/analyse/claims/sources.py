"""The party a phrase names: an entity, an office over a region, a described source, a
document or its publisher; the person a pronoun or a bare title stands for is ``speakers``'."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from telusur.analyse.claims.cues import _strip_front, contains, cues, phrase_at
from telusur.analyse.claims.records import Attribution, Cues, Source, Span
from telusur.analyse.claims.speakers import (
    _SPEAKER_REACH,
    _is_person,
    _last_person_credited,
    _title_only,
    speaker_of,
)
from telusur.analyse.doc.index import MentionIndex
from telusur.analyse.doc.phrases import norm
from telusur.analyse.doc.tokens import Token
from telusur.analyse.entities.canonical import canonicalize
from telusur.analyse.entities.lexicon import lexicon
from telusur.lang import load
from telusur.records import Mention


def _title(words: list[Token]) -> str:
    return " ".join(w.raw[:1].upper() + w.raw[1:] for w in words)


def source_from(
    tokens: list[Token], lang: str, index: MentionIndex, history: list[Attribution]
) -> Source | None:
    """The party named by a phrase (already cut at its ends), or None when it names none."""
    c = cues(lang)
    if len(tokens) == 1 and tokens[0].low in c.pronouns and tokens[0].low not in c.group_pronouns:
        return speaker_of(tokens[0], lang, index, history)
    if tokens and index.covering(tokens[0].start, tokens[-1].end) is None:
        referred = _referred(tokens, lang, index, c)  # unless the references stage resolved it
        if referred is None:
            referred = _title_only(tokens, lang, index)
        if referred is None:
            referred = _credited_body(tokens, lang, index, c, history)
        if referred is not None:
            return referred
    tokens = _possessor(_strip_front(tokens, c.determiners | c.time_leads), c)
    if tokens and phrase_at(tokens, 0, c.laws):
        return None  # "sesuai ketentuan Undang-Undang Nomor 22": the rule, in the reporter's voice
    while (
        len(tokens) > 1
        and tokens[-1].raw.islower()
        and (tokens[-1].low,) in c.report_nouns
        and tokens[-2].raw[:1].isupper()
    ):
        tokens = tokens[:-1]  # "a Populus survey", "the ICM poll": the publisher before the noun
    if tokens and phrase_at(tokens, 0, c.documents):
        named = _strip_front(tokens, c.documents | c.determiners)
        if named and index.within(named[0].start, named[-1].end):
            tokens = named  # "data Kementerian X": the report's publisher is the party
        else:
            titled = _titled_document(tokens, c)
            if titled is not None:
                return titled
    if not tokens or (
        all(t.low in c.collectives or t.low in c.fillers for t in tokens)
        and any(t.low in c.collectives for t in tokens)
    ):
        return None  # "analysts", "warga (juga semakin banyak)": a generic collective, no party
    span = (tokens[0].start, tokens[-1].end)
    anonymous = contains(tokens, c.anonymous)
    whole = index.covering(*span)
    if whole is not None:
        if whole.text.lower() in c.collectives:
            return None  # "Analysts" taken for a name at a sentence's start
        if whole.type == "LOC" and _region(whole.text, lang):
            return None  # "The North East showed ...": a region is no party
        return Source((whole.canonical,), span, anonymous=anonymous)
    if len(tokens) == 1 and tokens[0].low in c.pronouns:
        return speaker_of(tokens[0], lang, index, history)
    if _person_described_back(tokens, lang, c):
        # "menurut politisi Golkar itu": the person last credited, not the party named
        credited = _last_person_credited(tokens[0], index, history)
        if credited is not None:
            return replace(credited, span=span)
    office = _office(tokens, index, lexicon(lang).org_connectors)
    if office is not None:
        org, place = office
        return Source((f"{org} {place}",), span, anonymous=anonymous, region=place)
    names = _listed(tokens, index, c, lang) or _listed_unknown(tokens, index, c, lang)
    if names:
        return Source(names, span, anonymous=anonymous)
    described = _described(tokens, lang, index, history, anonymous)
    if described is not None:
        return described
    return _name_like(tokens, span, anonymous, lang)


_APOSTROPHES = frozenset({"'", "’"})


def _person_described_back(tokens: list[Token], lang: str, c: Cues) -> bool:
    """ "politisi Golkar itu", "kader partai tersebut": a noun for a person, what describes
    them, and a demonstrative point back at a person, whatever body the description names."""
    return (
        len(tokens) > 2
        and tokens[-1].low in c.demonstratives
        and tokens[0].raw.islower()
        and _reference_kinds(lang, tokens[0].low)[:1] == ["PER"]
    )


def _possessor(tokens: list[Token], c: Cues) -> list[Token]:
    """ "The ONS's figures", "the Office for National Statistics' data", "Mr Blair's
    spokesman": the party whose report or spokesman it is (lower-case words after it, the
    last a report or a speaker's role)."""
    if not tokens or not (c.report_nouns | c.source_nouns | c.roles) & {(tokens[-1].low,)}:
        return tokens
    for k, t in enumerate(tokens[:-1]):
        if not all(w.raw.islower() for w in tokens[k + 1 :]):
            continue
        if t.raw[-2:-1] in _APOSTROPHES and t.low.endswith("s") and len(t.raw) > 2:
            return [*tokens[:k], Token(t.start, t.end - 2, t.raw[:-2], t.low[:-2])]
        if t.raw in _APOSTROPHES and k > 0 and tokens[k - 1].low.endswith("s"):
            return tokens[:k]
    return tokens


def _publisher(phrase: list[Token], c: Cues, lang: str) -> Source | None:
    """The name around a report's words when the entity stage did not know it: capitalised
    words ("Laporan Forum Ekonomi Dunia 2018", "the Hefce report"), a trailing year dropped;
    not a connective or a word describing the report ("And ILO-based figures")."""
    rest = _possessor(_strip_front(phrase, c.documents | c.determiners), c)
    while rest and (
        rest[-1].raw.isdigit() or (rest[-1].raw.islower() and (rest[-1].low,) in c.report_nouns)
    ):
        rest = rest[:-1]
    if not rest or len(rest) > 6 or not all(t.raw[:1].isupper() for t in rest):
        return None
    describing = lexicon(lang).descriptor_suffixes
    if rest[0].low in c.coordinators | c.clause_openers or any(
        t.low.endswith(describing) for t in rest if describing
    ):
        return None
    return Source((" ".join(t.raw for t in rest),), (rest[0].start, rest[-1].end))


def _titled_document(tokens: list[Token], c: Cues) -> Source | None:
    """ "data Statistik Peternakan Tahun 2016", "hasil Survei Sosial Ekonomi Nasional": a
    report's own title, opening with a capitalised report word, names the document."""
    k = 0
    while k < len(tokens) and not tokens[k].raw[:1].isupper():
        k += phrase_at(tokens, k, c.documents | c.determiners) or len(tokens)
    rest = tokens[k:]
    if not 2 <= len(rest) <= 8 or not phrase_at([rest[0]], 0, c.documents):
        return None
    if not all(t.raw[:1].isupper() or t.raw.isdigit() for t in rest):
        return None
    return Source((" ".join(t.raw for t in rest),), (rest[0].start, rest[-1].end))


def _referred(tokens: list[Token], lang: str, index: MentionIndex, c: Cues) -> Source | None:
    """ "the company said", "perseroan mencatat": a party named earlier, referred to by what
    kind of party it is; the latest mention of that kind is meant."""
    if len(tokens) == 2 and tokens[0].low in c.definite:
        noun = tokens[1].low
    elif _described_firm(tokens, lang, index, c):
        noun = tokens[2].low  # "the Swedish firm", "the German exchange"
    elif len(tokens) == 1 and tokens[0].low in c.bare_references:
        noun = tokens[0].low
    else:
        return None
    kinds = _reference_kinds(lang, noun)
    for kind in kinds:
        latest = index.latest(tokens[0].start, frozenset({kind}))
        if latest is None and kind == "ORG":
            latest = _bare_name(index, tokens[0].start)
        if latest is not None:
            return Source((latest.canonical,), (tokens[0].start, tokens[-1].end), head=noun)
    return None


def _credited_body(
    tokens: list[Token], lang: str, index: MentionIndex, c: Cues, history: list[Attribution]
) -> Source | None:
    """ "Tesco reported ... The company denied ...": a body named nowhere as an entity (a
    one-word firm) is still the one a definite description points back to when it was the
    last body credited."""
    if len(tokens) != 2 or tokens[0].low not in c.definite:
        return None
    if _reference_kinds(lang, tokens[1].low)[:1] != ["ORG"]:
        return None
    for att in reversed(history[-_SPEAKER_REACH:]):
        if att.cue[1] > tokens[0].start or att.mode == "medium" or not att.sources:
            continue
        if att.subject is None:
            return None
        named = index.within(*att.subject)
        # a body no entity names ("Tesco reported"), or one named as an organisation
        body = (att.head is None and not named) or any(m.type == "ORG" for m in named)
        if body and not _is_person(att, index):
            return Source(att.sources, (tokens[0].start, tokens[-1].end), head=tokens[1].low)
        return None
    return None


def _reference_kinds(lang: str, noun: str) -> list[str]:
    return list(load(lang, "entities").get("reference_nouns", {}).get(noun, []))


def _described_firm(tokens: list[Token], lang: str, index: MentionIndex, c: Cues) -> bool:
    """ "the Swedish firm": an organisation's kind with a capitalised word describing it, the
    two not a name themselves ("the European Union")."""
    return (
        len(tokens) == 3
        and tokens[0].low in c.definite
        and tokens[1].raw[:1].isupper()
        and _reference_kinds(lang, tokens[2].low) == ["ORG"]
        and index.covering(tokens[1].start, tokens[2].end) is None
    )


def _bare_name(index: MentionIndex, before: int) -> Mention | None:
    """ "Novartis said ... the company estimated": with no organisation known before it, a
    one-word name that is no person's surname (it speaks, so it was typed a person) is the
    body a definite description of an organisation points back to."""
    surnames = {m.text.rsplit(" ", 1)[-1] for m in index.items if m.type == "PER" and " " in m.text}
    found = None
    for m in index.items:
        if m.span[1] > before:
            break
        if (
            m.type in ("PER", None)
            and " " not in m.text
            and m.canonical == m.text
            and m.text not in surnames
        ):
            found = m
    return found


def _name_like(tokens: list[Token], span: Span, anonymous: bool, lang: str = "id") -> Source | None:
    """A short run of capitalised words the entity stage did not know ("TCI", "Jansen"); a
    date word ("Senin", "Oktober") names no one."""
    if not 1 <= len(tokens) <= 4:
        return None
    lex = lexicon(lang)
    if lex.not_names.get(norm(" ".join(t.raw for t in tokens))):
        return None
    if all(t.low in lex.common for t in tokens):
        return None  # "Produk itu menawarkan", "Program ini mengklaim": a common noun
    title = lex.titles.match([norm(t.raw) for t in tokens], 0)
    if title is not None and title[0] == len(tokens):
        return None  # "menurut Kapolres" with no one named so: an office, no party
    if not all(
        t.raw[:1].isupper() and t.raw.replace("-", "").replace(".", "").isalnum() for t in tokens
    ):
        return None
    return Source((" ".join(t.raw for t in tokens),), span, anonymous=anonymous)


_PLACES = frozenset({"LOC", "GPE"})


def _office(
    tokens: list[Token], index: MentionIndex, joiners: frozenset[str]
) -> tuple[str, str] | None:
    """ "BPBD Kabupaten Bogor", "Badan Pusat Statistik (BPS) Provinsi Jawa Barat": an
    organisation named with the region it serves is one party, not the organisation and a
    place. The phrase must be exactly that: a name, maybe its acronym in brackets, the place.
    Returns the organisation's and the place's canonical names."""
    inner = index.within(tokens[0].start, tokens[-1].end)
    if len(inner) < 2 or inner[-1].type not in _PLACES or inner[-1].span[1] != tokens[-1].end:
        return None
    place, org = inner[-1], inner[-2]
    if org.type != "ORG" or not _adjacent(tokens, org.span[1], place.span[0]):
        return None
    for t in tokens:  # before the organisation: its long form, capitalised, maybe unknown
        if t.start >= org.span[0]:
            break
        if not (t.raw[:1].isupper() or t.raw in "()" or t.low in joiners):
            return None
    return org.canonical, place.canonical


def _adjacent(tokens: list[Token], end: int, start: int) -> bool:
    """Nothing but a closing bracket stands between two mentions."""
    return all(t.raw == ")" for t in tokens if end <= t.start and t.end <= start)


def _listed(tokens: list[Token], index: MentionIndex, c: Cues, lang: str) -> tuple[str, ...]:
    """Names when the phrase is only mentions joined by commas and coordinators; a capital
    in such a list speaks for its state ("Seoul, Kyiv dan Washington mengatakan")."""
    names: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.raw == "," or t.low in c.coordinators or t.low in c.fillers or t.low == "baik":
            i += 1
            continue
        m = index.covering(t.start, t.end)
        if m is None:
            return ()
        if m.type == "LOC" and _region(m.text, lang):
            return ()  # "Kabupaten Pidie": a region is no party
        name = (canonicalize(m.text, lang) or m.canonical) if m.type == "LOC" else m.canonical
        if name not in names:
            names.append(name)
        while i < len(tokens) and tokens[i].start < m.span[1]:
            i += 1
    return tuple(names)


def _region(name: str, lang: str) -> bool:
    """Whether a place's name says by its own words that it is a region or a site, which never
    speaks: only compass words ("the North East"), a place word before ("Kabupaten Pidie") or
    after ("Landsdowne Road", "Wall Street")."""
    words = name.lower().split()
    if not words:
        return False
    compass, heads, tails = _place_words(lang)
    return all(w in compass for w in words) or words[0] in heads or words[-1] in tails


@cache
def _place_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = load(lang, "entities").get("place", {})
    return tuple(  # type: ignore[return-value]
        frozenset(w.lower() for w in table.get(key, [])) for key in ("compass", "heads", "tails")
    )


def _listed_unknown(
    tokens: list[Token], index: MentionIndex, c: Cues, lang: str
) -> tuple[str, ...]:
    """ "Heineken and Carlsberg": names the entity stage did not know, joined by coordinators,
    each a short capitalised run; every one of them is a party."""
    parts: list[list[Token]] = [[]]
    for t in tokens:
        if t.raw == "," or t.low in c.coordinators:
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) < 2 or index.within(tokens[0].start, tokens[-1].end):
        return ()
    found = [_name_like(p, (p[0].start, p[-1].end), False, lang) if p else None for p in parts]
    if any(f is None for f in found):
        return ()
    return tuple(f.names[0] for f in found if f is not None)


def _described(
    tokens: list[Token], lang: str, index: MentionIndex, history: list[Attribution], anonymous: bool
) -> Source | None:
    """A party described in words: "media Korea Selatan", "pejabat kementerian pertahanan"."""
    c = cues(lang)
    span = (tokens[0].start, tokens[-1].end)
    named = _described_name(tokens, index, c, lang)
    if named is not None:
        return Source((named,), span, anonymous=anonymous)
    inner = [
        m
        for m in index.within(*span)
        if m.type in ("PER", "ORG", "GPE", "LOC") and m.text.lower() not in c.collectives
    ]
    people = [m for m in inner if m.type == "PER"]
    if people:
        return Source((people[-1].canonical,), span, anonymous=anonymous)
    role = phrase_at(tokens, 0, c.roles)
    noun = phrase_at(tokens, 0, c.source_nouns)
    head = " ".join(t.low for t in tokens[: max(role, noun)]) or None
    if tokens[-1].low in c.demonstratives and len(tokens) > 1:
        earlier = _refer_back(head, history) if head is not None else None
        if earlier is not None:
            return Source(earlier.sources, span, head=head, anonymous=earlier.anonymous)
        if not inner:
            latest = index.latest(span[0], _reference_types(lang, tokens[0].low))
            return Source((latest.canonical,), span, head=head) if latest else None
    if role and inner:
        rest = [t for t in tokens[role:] if t.start < inner[-1].span[0]]
        if rest and rest[0].low in c.institutions:
            return Source((f"{_title(rest)} {inner[-1].canonical}",), span, head=head)
        return Source((inner[-1].canonical,), span, head=head, anonymous=anonymous)
    if noun and inner:
        last = inner[-1]
        words = [
            t.raw if t.start >= last.span[1] else t.low for t in tokens if t.end <= last.span[0]
        ]
        trail = [t.raw for t in tokens if t.start >= last.span[1] and t.low not in c.demonstratives]
        name = " ".join([*words, last.canonical, *trail]).strip()
        return Source((name,), span, head=head, anonymous=anonymous)
    if (
        len(inner) == 1
        and inner[0].type == "GPE"
        and inner[0].span[1] == span[1]
        and len(tokens) > 2
        and all(t.raw[:1].isupper() for t in tokens)
    ):
        # "Indikator Politik Indonesia": a proper name ending in its country is one body
        return Source((" ".join(t.raw for t in tokens),), span, anonymous=anonymous)
    if inner and len(inner) == 1 and inner[0].type in ("ORG", "GPE"):
        return Source((inner[0].canonical,), span, anonymous=anonymous)
    if noun and len(tokens) <= 4 and all(t.raw.isalpha() or "-" in t.raw for t in tokens):
        kept = [
            t.low if k == 0 else t.raw
            for k, t in enumerate(tokens)
            if t.low not in c.demonstratives
        ]
        if kept:
            return Source((" ".join(kept),), span, head=head, anonymous=anonymous)
    return None


def _described_name(tokens: list[Token], index: MentionIndex, c: Cues, lang: str) -> str | None:
    """ "Swiss drugmaker Novartis": a description ending in a name nobody typed; the name is
    the party, not the country describing it. A source noun before it ("intelijen Barat")
    makes a described source instead, and a date word ("on Saturday") names no one."""
    k = len(tokens)
    while k > 0 and tokens[k - 1].raw[:1].isupper() and tokens[k - 1].raw.isalpha():
        k -= 1
    trail = tokens[k:]
    if not trail or len(trail) > 4 or k == 0 or not tokens[k - 1].raw.islower():
        return None
    if tokens[k - 1].low in c.stop_words or any(
        phrase_at(tokens, j, c.source_nouns) for j in range(max(0, k - 2), k)
    ):
        return None
    if any(index.covering(t.start, t.end) is not None for t in trail):
        return None
    name = " ".join(t.raw for t in trail)
    return None if lexicon(lang).not_names.get(norm(name)) else name


def _reference_types(lang: str, noun: str) -> frozenset[str]:
    """The kinds of party a described reference can stand for ("badan tersebut": ORG)."""
    return frozenset(_reference_kinds(lang, noun) or ("ORG", "GPE"))


def _refer_back(head: str, history: list[Attribution]) -> Attribution | None:
    for att in reversed(history):
        if att.head == head and att.sources:
            return att
    return None


_SPEAKERS = frozenset({"PER", "ORG", "GPE"})
