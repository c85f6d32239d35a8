"""Who an article credits for what it reports, sentence by sentence.

A reporting cue ("mengatakan", "kata", "menurut", "said", "according to") names a source: the
phrase before a verb ("NIS mengatakan"), after a quotation ('"...", kata X') or after a
preposition ("menurut catatan intelijen Barat"). A sentence that opens by pointing back
("Informasi ini diungkap oleh ...") credits the sentence before it too. Sources are canonical
entity names where an entity is mentioned, or the describing phrase ("media Korea Selatan",
"sumber di Ukraina") when the article names no one. The vocabulary is ``lang/*/claims.toml``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from telusur.analyse.doc.index import MentionIndex as MentionIndex  # re-exported
from telusur.analyse.doc.phrases import norm
from telusur.analyse.doc.tokens import SentenceTokens as SentenceTokens  # re-exported
from telusur.analyse.doc.tokens import Token, tokenize
from telusur.analyse.entities.canonical import canonicalize
from telusur.analyse.entities.lexicon import lexicon
from telusur.lang import load
from telusur.records import Mention

Span = tuple[int, int]

_QUOTES = frozenset("\"“”'‘’«»")
_CLAUSE_PUNCT = frozenset(".;:!?()[]—–-") | _QUOTES


@dataclass(frozen=True, slots=True)
class Source:
    """A credited party: canonical names, the words naming it, and how it was named."""

    names: tuple[str, ...]
    span: Span
    head: str | None = None  # the describing noun ("pejabat") when the party is described
    anonymous: bool = False
    region: str | None = None  # the region an office named with it serves ("BPS Jawa Barat")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reporting cue in a sentence and the party it credits."""

    cue: Span
    sources: tuple[str, ...]
    mode: str  # before | after | prep | medium | carried | unnamed (a report naming no one)
    subject: Span | None = None
    channel: str | None = None
    anonymous: bool = False
    head: str | None = None
    region: str | None = None  # see ``Source.region``
    how: str | None = None  # quote | carried | court | prosecutor, when the mode does not say
    bound: bool = False  # in a subordinate clause ("after it said"): credits no figure before it


@dataclass(frozen=True, slots=True)
class Cues:
    """One language's attribution vocabulary as word tuples."""

    subject_verbs: frozenset[tuple[str, ...]]
    after_verbs: frozenset[tuple[str, ...]]
    source_after: frozenset[tuple[str, ...]]
    medium_after: frozenset[tuple[str, ...]]
    agent_verbs: frozenset[tuple[str, ...]]
    back_references: frozenset[tuple[str, ...]]
    agent_markers: frozenset[str]
    documents: frozenset[tuple[str, ...]]
    report_nouns: frozenset[tuple[str, ...]]
    determiners: frozenset[tuple[str, ...]]
    source_nouns: frozenset[tuple[str, ...]]
    roles: frozenset[tuple[str, ...]]
    institutions: frozenset[str]
    collectives: frozenset[str]
    object_verbs: frozenset[str]
    amount_words: frozenset[str]
    verdicts: frozenset[tuple[str, ...]]
    demands: frozenset[tuple[str, ...]]
    court_words: frozenset[str]
    penalties: frozenset[str]
    prosecutor_words: frozenset[str]
    court: str
    prosecutor: str
    definite: frozenset[str]
    bare_references: frozenset[str]
    fillers: frozenset[str]
    coordinators: frozenset[str]
    pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    demonstratives: frozenset[str]
    phrase_stops: frozenset[str]
    stop_words: frozenset[str]  # phrase_stops as listed, without the reporting verbs
    place_words: frozenset[str]
    channel_before: frozenset[tuple[str, ...]]
    citing: frozenset[tuple[str, ...]]
    commissioners: frozenset[tuple[str, ...]]
    auxiliaries: frozenset[str]
    report_links: frozenset[str]
    clause_openers: frozenset[str]
    relative: frozenset[str]
    inverted_leads: frozenset[str]  # connectives before an opening inverted verb ("Dan kata")
    time_leads: frozenset[tuple[str, ...]]  # times before a subject ("tahun ini pemerintah")
    passive_auxiliaries: frozenset[str]  # before a reporting verb, they make it passive
    subordinators: frozenset[str]  # open a clause that tells why or when ("after it said")
    plural_verbs: frozenset[str]  # bare reporting verbs ("figures show"), not after "could"
    object_pronouns: frozenset[str]  # never a verb's subject ("of them say")
    participles: frozenset[tuple[str, ...]]  # ", saying ...": the sentence's subject speaks
    sentence_leads: frozenset[str]  # words before a sentence's subject ("Meanwhile", "But")
    anonymous: tuple[tuple[str, ...], ...]
    unconfirmed: tuple[tuple[str, ...], ...]
    adjunct_openers: frozenset[str]  # "dalam", "in": open an adverbial after a subject
    respondents: frozenset[tuple[str, ...]]  # "those questioned": a poll's respondents
    shares: frozenset[str]  # "half", "%": a share of them
    cue_starts: frozenset[str] = frozenset()  # words that can open a reporting cue
    phrase_only: frozenset[str] = frozenset()  # open only longer verbs ("is expected to say")
    longest: int = field(default=4)


def _phrases(table: dict[str, Any], key: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.lower().split()) for p in table.get(key, []))


def _words(table: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in table.get(key, []))


@cache
def cues(lang: str) -> Cues:
    """The attribution vocabulary of ``lang`` (Malay reads Indonesian)."""
    data = load(lang, "claims")
    att = data.get("attribution", {})
    status = data.get("status", {})
    plural = _words(att, "plural_verbs")
    verbs = _phrases(att, "subject_verbs") | {(v,) for v in plural}
    openers = {
        key: _phrases(att, key)
        for key in ("after_verbs", "source_after", "medium_after", "agent_verbs")
    }
    pronouns = _words(att, "pronouns")
    others = {p[0] for table in openers.values() for p in table if p} | pronouns
    others |= {
        p[0] for key in ("verdicts", "demands", "participles") for p in _phrases(att, key) if p
    }
    others |= {p[0] for p in verbs if len(p) == 1}
    return Cues(
        subject_verbs=verbs,
        after_verbs=openers["after_verbs"],
        source_after=openers["source_after"],
        medium_after=openers["medium_after"],
        agent_verbs=openers["agent_verbs"],
        back_references=_phrases(att, "back_references"),
        agent_markers=_words(att, "agent_markers"),
        documents=_phrases(att, "documents"),
        report_nouns=_phrases(att, "report_nouns"),
        determiners=_phrases(att, "determiners"),
        source_nouns=_phrases(att, "source_nouns"),
        roles=_phrases(att, "roles"),
        institutions=_words(att, "institutions"),
        collectives=_words(att, "collectives"),
        object_verbs=_words(att, "object_verbs"),
        amount_words=_words(att, "amount_words"),
        verdicts=_phrases(att, "verdicts"),
        demands=_phrases(att, "demands"),
        court_words=_words(att, "court_words"),
        penalties=_words(att, "penalties"),
        prosecutor_words=_words(att, "prosecutor_words"),
        court=str(att.get("court", "")),
        prosecutor=str(att.get("prosecutor", "")),
        definite=_words(att, "definite"),
        bare_references=_words(att, "bare_references"),
        fillers=_words(att, "fillers"),
        coordinators=_words(att, "coordinators"),
        pronouns=pronouns,
        group_pronouns=_words(att, "group_pronouns"),
        demonstratives=_words(att, "demonstratives"),
        phrase_stops=_words(att, "phrase_stops") | {v[0] for v in verbs if len(v) == 1},
        stop_words=_words(att, "phrase_stops"),
        place_words=_words(att, "place_words"),
        channel_before=_phrases(att, "channel_before"),
        citing=_phrases(att, "citing"),
        commissioners=_phrases(att, "commissioners"),
        adjunct_openers=_words(att, "adjunct_openers"),
        respondents=_phrases(att, "respondents"),
        shares=_words(att, "shares"),
        auxiliaries=_words(att, "auxiliaries"),
        report_links=_words(att, "report_links"),
        clause_openers=_words(att, "clause_openers"),
        relative=_words(att, "relative"),
        inverted_leads=_words(att, "inverted_leads"),
        time_leads=_phrases(att, "time_leads"),
        passive_auxiliaries=_words(att, "passive_auxiliaries"),
        subordinators=_words(att, "subordinators"),
        plural_verbs=plural,
        object_pronouns=_words(att, "object_pronouns"),
        participles=_phrases(att, "participles"),
        sentence_leads=_words(att, "sentence_leads"),
        anonymous=tuple(tuple(p.lower().split()) for p in status.get("anonymous", [])),
        unconfirmed=tuple(tuple(p.lower().split()) for p in status.get("unconfirmed", [])),
        cue_starts=frozenset(p[0] for p in verbs if p) | others,
        phrase_only=frozenset(p[0] for p in verbs if len(p) > 1) - others,
    )


@cache
def _starts(phrases: frozenset[tuple[str, ...]]) -> tuple[dict[str, int], dict[str, tuple]]:
    """First word -> longest phrase length, and first word -> phrases: lookups stay O(1)."""
    longest: dict[str, int] = {}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        if p:
            longest[p[0]] = max(longest.get(p[0], 0), len(p))
            by_first.setdefault(p[0], []).append(p)
    return longest, {k: tuple(v) for k, v in by_first.items()}


def phrase_at(tokens: list[Token], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Length of the longest phrase of ``phrases`` starting at token ``i`` (0: none)."""
    if i >= len(tokens):
        return 0
    most = _starts(phrases)[0].get(tokens[i].low, 0)
    for n in range(min(most, len(tokens) - i), 0, -1):
        if tuple(t.low for t in tokens[i : i + n]) in phrases:
            return n
    return 0


def contains(tokens: list[Token], phrases: Collection[tuple[str, ...]]) -> bool:
    """Whether any of ``phrases`` occurs in ``tokens``."""
    by_first = _starts(frozenset(phrases))[1]
    lows = [t.low for t in tokens]
    if by_first.keys().isdisjoint(lows):
        return False
    for i, low in enumerate(lows):
        for phrase in by_first.get(low, ()):
            if tuple(lows[i : i + len(phrase)]) == phrase:
                return True
    return False


# --- mentions ---------------------------------------------------------------------------


# --- source phrases ---------------------------------------------------------------------


def _strip_front(tokens: list[Token], table: frozenset[tuple[str, ...]]) -> list[Token]:
    while tokens:
        n = phrase_at(tokens, 0, table)
        if not n:
            break
        tokens = tokens[n:]
    return tokens


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
    if not tokens or all(t.low in c.collectives for t in tokens):
        return None  # "analysts", "warga": a generic collective names no party
    span = (tokens[0].start, tokens[-1].end)
    anonymous = contains(tokens, c.anonymous)
    whole = index.covering(*span)
    if whole is not None:
        if whole.text.lower() in c.collectives:
            return None  # "Analysts" taken for a name at a sentence's start
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


def _clause_follows(tokens: list[Token], j: int, c: Cues) -> bool:
    """ "X, director of Y, said he expected ...": a pronoun with its own verb after the cue
    starts the reported clause; the speaker is before the cue, not after it."""
    return (
        j + 1 < len(tokens)
        and tokens[j].low in c.pronouns
        and tokens[j + 1].raw.isalpha()
        and tokens[j + 1].low not in c.fillers  # "said he on Saturday" is still inverted
        and tokens[j + 1].low not in c.stop_words  # "kata dia saat ditemui" too
    )


def _speaker_before(
    tokens: list[Token], i: int, n: int, lang: str, index: MentionIndex, history: list[Attribution]
) -> bool:
    """Whether a medium cue that is also a reporting verb ("told") has its speaker before it."""
    c = cues(lang)
    if phrase_at(tokens, i, c.subject_verbs) != n or phrase_at(tokens, i, c.source_after):
        return False
    phrase = _phrase_before(tokens, i, lang)
    return bool(phrase) and source_from(phrase, lang, index, history) is not None


def _verb_follows(tokens: list[Token], phrase: list[Token], c: Cues) -> bool:
    """Whether an auxiliary follows the phrase after an inverted verb: the phrase is the
    subject of the reported clause, not the speaker ("said spending would rise")."""
    k = next((m for m, t in enumerate(tokens) if t.start == phrase[-1].start), len(tokens)) + 1
    return k < len(tokens) and tokens[k].low in c.auxiliaries


def _pronoun_clause(phrase: list[Token], c: Cues) -> bool:
    """ "A small number, 17%, said they wouldn't miss it": a subject pronoun with words after
    it opens the reported clause; an inverted speaker is a name or a lone pronoun."""
    return (
        len(phrase) > 1 and phrase[0].low in c.pronouns and phrase[0].low not in c.object_pronouns
    )


def _figure_follows(tokens: list[Token], j: int, c: Cues) -> bool:
    """A figure is the verb's object: a number, a currency sign or an amount's first word."""
    if j >= len(tokens):
        return False
    first = tokens[j]
    return first.raw[:1].isdigit() or first.raw in "$£€¥" or first.low in c.amount_words


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


def _title_only(tokens: list[Token], lang: str, index: MentionIndex) -> Source | None:
    """ "menurut Menhub", "kata Menteri Perhubungan": a bare title means the person the article
    named with it ("Menhub Budi")."""
    c = cues(lang)
    tokens = _strip_front(tokens, c.determiners)
    if tokens and tokens[0].low in _demonyms(lang):
        tokens = tokens[1:]  # "the Indonesian Economics Minister"
    if not tokens or len(tokens) > 4 or not index.text:
        return None  # a title is a word or a few
    words = [norm(t.raw) for t in tokens]
    titles = lexicon(lang).titles
    found = titles.match(words, 0)
    region = lexicon(lang).jurisdictions.match(words, 0)
    if region and all(t.raw[:1].isupper() for t in tokens[region[0] :]):
        found = (len(words), True)  # "Kapolda Jatim": an office over a region, then the region
    if found is None or found[0] != len(words):
        # "Economics Minister": capitalised words before a title word, as written before a name
        last = titles.match(words, len(words) - 1)
        if last is None or last[0] != len(words) or not all(t.raw[:1].isupper() for t in tokens):
            return None
    person = index.titled(tokens[0].start, " ".join(t.low for t in tokens), ranks=_ranks(lang))
    return Source((person.canonical,), (tokens[0].start, tokens[-1].end)) if person else None


@cache
def _ranks(lang: str) -> frozenset[str]:
    """Single-word titles and ranks' corps, which may stand between an office and the name of
    the person holding it ("Kapolda Jatim, Irjen Luki Hermawan")."""
    titles = load(lang, "entities").get("person", {}).get("titles", [])
    return frozenset(norm(w) for w in titles if " " not in w) | lexicon(lang).rank_marks


@cache
def _demonyms(lang: str) -> frozenset[str]:
    """Country adjectives that may open a title ("the Indonesian Economics Minister")."""
    return frozenset(load(lang, "demonyms").get("demonyms", {}))


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
        name = (canonicalize(m.text, lang) or m.canonical) if m.type == "LOC" else m.canonical
        if name not in names:
            names.append(name)
        while i < len(tokens) and tokens[i].start < m.span[1]:
            i += 1
    return tuple(names)


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


def speaker_of(
    token: Token,
    lang: str,
    index: MentionIndex,
    history: list[Attribution],
    spoken: bool = True,
) -> Source | None:
    """The party a pronoun stands for, the one resolution every reading of a pronoun uses.

    A person's pronoun that speaks ('"...," katanya', "he said") is first the person last
    credited, not a person merely named in the narration between (news keeps quoting its
    speaker); ``spoken=False`` for one that only points back ("menurutnya"). Then the mention
    the references stage resolved it to; then the latest party of its kind credited (a body's
    pronoun, "it", "pihaknya", a body; a person's, a person); then the latest named."""
    c = cues(lang)
    group = token.low in c.group_pronouns
    if spoken and not group:
        credited = _last_person_credited(token, index, history)
        if credited is not None:
            return credited
    resolved = index.covering(token.start, token.end)
    if resolved is not None:
        return Source((resolved.canonical,), (token.start, token.end))
    for att in reversed(history[-6:]):
        if att.sources and att.cue[1] <= token.start and att.mode != "medium":
            person = att.head is None and _is_person(att, index)
            if person != group:
                return Source(att.sources, (token.start, token.end))
    latest = index.latest(token.start, frozenset({"ORG", "GPE"}) if group else frozenset({"PER"}))
    if latest is None:
        return None
    return Source((latest.canonical,), (token.start, token.end))


def _last_person_credited(
    token: Token, index: MentionIndex, history: list[Attribution]
) -> Source | None:
    """The person credited last, within a few attributions, before ``token``."""
    for att in reversed(history[-_SPEAKER_REACH:]):
        spoke = att.sources and att.cue[1] <= token.start and att.mode != "medium"
        if not spoke or att.head is not None or att.subject is None:
            continue
        people = [m.canonical for m in index.within(*att.subject) if m.type == "PER"]
        if not people:
            continue
        if not any(m.type == "PER" and m.canonical in att.sources for m in index.items):
            people = people[:1]  # "Cara Diemont of IT firm Dimension Data": she is the person
            return Source(tuple(people), (token.start, token.end))
        return Source(att.sources, (token.start, token.end))
    return None


_APPOSED_REACH = 4  # words after the comma where the person's name starts ("Kompol Hari ...")


def _apposed_person(tokens: list[Token], phrase: list[Token], index: MentionIndex) -> Source | None:
    """'..., kata Kasat Lantas Jakarta Barat, Kompol Hari Admoko': an office, a comma and the
    person holding it; the person is the speaker."""
    k = next(n for n, t in enumerate(tokens) if t.start == phrase[-1].start) + 1
    if k >= len(tokens) - 1 or tokens[k].raw != ",":
        return None
    if any(m.type == "PER" for m in index.within(phrase[0].start, phrase[-1].end)):
        return None  # the phrase names its person already
    after = tokens[k + 1 : k + 1 + _APPOSED_REACH]
    if not after:
        return None
    person = next(
        (m for m in index.within(after[0].start, after[-1].end + 200) if m.type == "PER"), None
    )
    if person is None or person.span[0] > after[-1].end:
        return None
    return Source((person.canonical,), person.span)


def _person_before_title(phrase: list[Token], index: MentionIndex, lang: str) -> Source | None:
    """'..., ujar Felix Christian Product Manager Realme Indonesia': a person named first and
    the title they hold after them; the person is the speaker, not the employer."""
    lex = lexicon(lang)
    person = index.covering(phrase[0].start, phrase[0].end)
    if person is None or person.type != "PER" or person.span[0] != phrase[0].start:
        return None
    words = norm(person.text).split()
    if len(words) < 2 or any(w in lex.ordinary for w in words):
        return None  # "Wakil Jaksa ...", "Regional Partnership Manager": words, not a full name
    k = next((n for n, t in enumerate(phrase) if t.start >= person.span[1]), None)
    if k is None or not lex.titles.match([norm(t.raw) for t in phrase], k):
        return None
    return Source((person.canonical,), person.span)


def _quoted_pronoun(
    tokens: list[Token],
    phrase: list[Token],
    c: Cues,
    index: MentionIndex,
    history: list[Attribution],
) -> Source | None:
    """'"...," he said', '"...," kata dia': a personal pronoun speaking right after a
    quotation is the person last credited; right after another reporting cue ("X said he
    believed"), it is that cue's party."""
    if len(phrase) != 1 or phrase[0].low not in c.pronouns:
        return None
    k = next(n for n, t in enumerate(tokens) if t.start == phrase[0].start)
    if k > 0:
        said = [a for a in history if a.sources and a.cue[1] == tokens[k - 1].end]
        if said:
            return Source(said[-1].sources, (phrase[0].start, phrase[0].end))
    if phrase[0].low in c.group_pronouns:
        return None
    near = tokens[max(0, k - 3) : k]
    if not any(t.raw in _QUOTES for t in near):
        return None
    return _last_person_credited(phrase[0], index, history)


_SPEAKER_REACH = 6  # attributions back within which a quotation's pronoun finds its speaker


def _is_person(att: Attribution, index: MentionIndex) -> bool:
    if att.subject is None:
        return False
    return any(m.type == "PER" for m in index.within(*att.subject))


# --- phrases around cues ----------------------------------------------------------------


def _phrase_after(tokens: list[Token], i: int, lang: str) -> list[Token]:
    """The source phrase that starts at token ``i`` and runs to a stop word or punctuation."""
    c = cues(lang)
    out: list[Token] = []
    j = i
    while j < len(tokens) and len(out) < 12:
        t = tokens[j]
        if t.raw == "(" and out:
            close = _acronym_close(tokens, j)
            if close:  # "Kepala Biro Penerangan Masyarakat (Karo Penmas) Divisi ...": go on
                j = close + 1
                continue
        if t.raw in _CLAUSE_PUNCT or t.raw == ",":
            break
        if out and t.low in c.phrase_stops and not _inside_name(out[-1], t):
            kept_place = t.low in c.place_words and phrase_at(out, 0, c.source_nouns) == len(out)
            if not kept_place:
                break
        if out and phrase_at(tokens, j, c.subject_verbs):
            break
        out.append(t)
        j += 1
    stripped = _strip_front(out, c.documents | c.determiners)
    if stripped is not out and _titled_document(out, c) is not None:
        return out  # "data Statistik Peternakan 2016": the report's title is kept whole
    return stripped


def _inside_name(before: Token, t: Token) -> bool:
    """A stop word written with a capital after a capitalised word is part of a name or a
    title ("Menteri Dalam Negeri"), not the end of the phrase."""
    return t.raw[:1].isupper() and before.raw[:1].isupper() and t.start - before.end == 1


_DEGREE_REACH = 24  # characters of degrees after a name ("Budi, S.H., M.H.", "Agus, Sp.P(K)")


def _titled_person(tokens: list[Token], v: int, index: MentionIndex) -> Source | None:
    """A person whose name is followed by academic or professional degrees before the verb:
    the walk back stops at their punctuation, the name just before them is the subject."""
    if v == 0:
        return None
    start = tokens[v].start
    person = index.latest(start, frozenset({"PER"}))
    if person is None or start - person.span[1] > _DEGREE_REACH:
        return None
    between = [t for t in tokens[:v] if t.start >= person.span[1]]
    if (
        not between
        or between[0].raw != ","
        or any(t.raw in '.;:"“”' and t.raw != "." for t in between)
    ):
        return None
    if not all(t.raw[:1].isupper() or not t.raw.isalnum() for t in between):
        return None
    return Source((person.canonical,), person.span)


def _acronym_close(tokens: list[Token], j: int) -> int:
    """The index of the ")" closing a short bracketed name at ``j`` (an acronym), or 0."""
    for k in range(j + 1, min(j + 5, len(tokens))):
        if tokens[k].raw == ")":
            return k if k > j + 1 else 0
        if not tokens[k].raw[:1].isupper():
            return 0
    return 0


def _phrase_before(tokens: list[Token], v: int, lang: str) -> list[Token]:
    """The subject phrase ending just before token ``v`` (fillers and appositions skipped)."""
    c = cues(lang)
    j = v - 1
    while j >= 0 and (tokens[j].low in c.fillers) and tokens[j].raw not in _CLAUSE_PUNCT:
        j -= 1
    j = _skip_emptied_bracket(tokens, j)
    if j >= 0 and tokens[j].raw == ",":
        j = _skip_apposition(tokens, j, c)
    elif j >= 0 and tokens[j].raw in _DASHES:
        j = _skip_dashed(tokens, j)
    if j >= 3 and tokens[j].raw == ")" and tokens[j - 2].raw == "(" and tokens[j - 1].raw.isdigit():
        j -= 3  # "Budi Santoso (45) mengatakan": the age after a name
    if j >= 2 and tokens[j].raw == ")" and tokens[j - 2].raw == "(" and len(tokens[j - 1].raw) > 1:
        return tokens[j - 1 : j]  # "Badan Pusat Statistik (BPS) mencatat"; not "Sp.P(K)"
    if j >= 0 and tokens[j].low in c.object_pronouns:
        return []  # "42% of them say", "his reported views": no one's subject
    if j >= 0 and tokens[j].low in c.group_pronouns and tokens[j].raw.isalpha():
        return tokens[j : j + 1]  # "the flexibility it offers": "it" takes no modifiers
    end = j
    while j >= 0:
        t = tokens[j]
        if (
            t.low in c.relative
            and j > 0
            and tokens[j - 1].raw not in _CLAUSE_PUNCT
            and tokens[j - 1].low not in c.stop_words  # "in which he sought": a new clause
        ):
            end = j - 1  # "Ford which posted ..., said": the subject is before the relative
        elif _possessive_mark(tokens, j, end, c):
            pass  # "the Office for National Statistics' figures": the name goes on
        elif t.raw in _CLAUSE_PUNCT or t.low in c.clause_openers or t.low in c.relative:
            break
        if t.raw == "," and not _list_comma(tokens, j, c):
            break
        if t.low in c.phrase_stops and t.low not in c.coordinators and j < end:
            described_place = (
                t.low in c.place_words
                and j > 0
                and tokens[j - 1].low in {n[0] for n in c.source_nouns}
            )
            if not described_place:
                break
        if j < end and (
            phrase_at(tokens, j, c.subject_verbs) or phrase_at(tokens, j, c.after_verbs)
        ):
            break
        j -= 1
    return tokens[j + 1 : end + 1]


def _skip_emptied_bracket(tokens: list[Token], j: int) -> int:
    """Before a bracket left holding only punctuation, where a page's link to an acronym was
    dropped ("Badan Pusat Statistik ( ,) mencatat"): the name before it is the subject."""
    if j < 1 or tokens[j].raw != ")":
        return j
    k = j - 1
    while k >= 0 and tokens[k].raw in {",", ".", ";"}:
        k -= 1
    return k - 1 if k >= 0 and tokens[k].raw == "(" and k < j - 1 else j


def _possessive_mark(tokens: list[Token], j: int, end: int, c: Cues) -> bool:
    """An apostrophe after a plural or a name ending in s, before lower-case words that end
    in a report or a speaker's role ("Statistics' figures", not "Hughes' resignation")."""
    return (
        tokens[j].raw in _APOSTROPHES
        and 0 < j < end
        and tokens[j - 1].low.endswith("s")
        and all(t.raw.islower() for t in tokens[j + 1 : end + 1])
        and bool((c.report_nouns | c.source_nouns | c.roles) & {(tokens[end].low,)})
    )


def _report_subject(tokens: list[Token], phrase: list[Token], lang: str) -> list[Token]:
    """ "A National Audit Office report on the 20 biggest projects says": the walk back stops
    at the preposition after the report; the report and its publisher are the subject."""
    c = cues(lang)
    if not phrase:
        return phrase
    k = next(n for n, t in enumerate(tokens) if t.start == phrase[0].start) - 1
    if k < 1 or tokens[k].low not in c.report_links or not c.report_nouns & {(tokens[k - 1].low,)}:
        return phrase
    return _phrase_before(tokens, k, lang) or phrase


def _whole_name(tokens: list[Token], phrase: list[Token], index: MentionIndex) -> list[Token]:
    """ "The Centre for Economics and Business Research said": the walk back stops at a word
    inside a name ("for"); the subject runs back to where the name starts."""
    if not phrase:
        return phrase
    name = index.covering(phrase[0].start, phrase[0].end)
    if name is None or name.span[0] >= phrase[0].start:
        return phrase
    first = next(n for n, t in enumerate(tokens) if t.start == phrase[0].start)
    last = first + len(phrase)
    while first > 0 and tokens[first - 1].start >= name.span[0]:
        first -= 1
    return tokens[first:last]


def _office_subject(tokens: list[Token], phrase: list[Token], index: MentionIndex) -> list[Token]:
    """ "Badan Pusat Statistik (BPS) Jawa Barat mencatat": the walk back stops at the bracket
    and leaves only the place; the organisation named before it belongs to the subject."""
    if not phrase:
        return phrase
    place = index.covering(phrase[0].start, phrase[-1].end)
    if place is None or place.type not in _PLACES or place.span[0] != phrase[0].start:
        return phrase
    k = next(n for n, t in enumerate(tokens) if t.start == phrase[0].start)
    if k < 3 or tokens[k - 1].raw != ")" or tokens[k - 3].raw != "(":
        return phrase
    acronym = index.covering(tokens[k - 2].start, tokens[k - 2].end)
    if acronym is None or acronym.type != "ORG":
        return phrase
    first = k - 3
    name = index.covering(tokens[k - 4].start, tokens[k - 4].end) if k > 3 else None
    if name is not None and name.type == "ORG":
        while first > 0 and tokens[first - 1].start >= name.span[0]:
            first -= 1
    return tokens[first : k + len(phrase)]


_DASHES = frozenset({"-", "–", "—"})


def _skip_dashed(tokens: list[Token], dash: int) -> int:
    """Index of the last word of the subject before ``X - a description -`` ("the firm -
    China's biggest jet fuel supplier - said"); ``dash`` itself when no dash opens it."""
    k = dash - 1
    while k > 0 and tokens[k].raw not in _DASHES and tokens[k].raw not in _CLAUSE_PUNCT:
        k -= 1
    return k - 1 if k > 0 and tokens[k].raw in _DASHES else dash


def _skip_apposition(tokens: list[Token], comma: int, c: Cues) -> int:
    """Index of the last word of the subject before ``X, a description,`` (else ``comma-1``)."""
    k = comma - 1
    while k >= 0 and (
        (tokens[k].raw != "," and tokens[k].raw not in _CLAUSE_PUNCT) or _in_number(tokens, k)
    ):
        k -= 1
    if k < 0 or tokens[k].raw != ",":
        return comma - 1
    first = tokens[k + 1] if k + 1 < comma else None
    if first is not None and first.raw[:1].islower() and first.low not in c.coordinators:
        return k - 1
    if k + 2 == comma and tokens[k + 1].raw.isdigit():
        return k - 1  # "John Smith, 45, said": the age after a name
    return comma - 1


def _named_before_office(
    tokens: list[Token], phrase: list[Token], index: MentionIndex, lang: str
) -> Source | None:
    """ "Budi Santoso, Kepala Dinas Pertanian, mengatakan", "Osamu Masuko, Chairman MMC
    mengatakan": the subject found is an office after a comma, naming no one; the person named
    just before the comma holds it and speaks."""
    k = next(n for n, t in enumerate(tokens) if t.start == phrase[0].start)
    end = phrase[-1].end
    if k > 0 and tokens[k - 1].raw != ",":
        # "Direktur Marketing Astra Motor (ADM),", "the leader of the Public and Commercial
        # Services Union said": the walk back stopped inside the office
        k = _office_start(tokens, k)
    first = k
    while first < len(tokens) - 1 and (tokens[first].low,) in cues(lang).determiners:
        first += 1  # "Mark Serwotka, the leader of ..."
    if k < 2 or tokens[k - 1].raw != "," or not _holds_title(tokens, first, lang):
        return None
    person = index.covering(tokens[k - 2].start, tokens[k - 2].end)
    if person is None or person.type != "PER" or person.span[1] != tokens[k - 2].end:
        return None
    within = index.within(tokens[k].start, end)
    if any(m.type == "PER" and m.canonical != person.canonical for m in within):
        return None  # "Kapolsek Tambun, Kompol Siswo, mengatakan": the office, then its holder
    return Source((person.canonical,), person.span)


_OFFICE_REACH = 10  # words of an office between a comma and the end of its name


def _office_start(tokens: list[Token], at: int) -> int:
    """Where the office holding token ``at`` starts, just after a comma (over its words and a
    bracketed acronym); else 0."""
    for k in range(at - 1, max(0, at - _OFFICE_REACH) - 1, -1):
        if tokens[k].raw == ",":
            return k + 1 if k + 1 < at else 0
        if tokens[k].raw in _CLAUSE_PUNCT and tokens[k].raw not in "()":
            return 0
    return 0


_ADJUNCT_REACH = 9  # words of an adverbial between a subject and its verb


def _subject_before_adjunct(
    tokens: list[Token], v: int, index: MentionIndex, lang: str
) -> Source | None:
    """ "Bahkan IMF dalam World Economic Forum (WEF) 2019, kembali merevisi", "BPS pada Senin
    (5/9) mencatat": an adverbial opened by a preposition stands between the subject and its
    verb; the party named right before the preposition, opening its sentence, is the subject."""
    c = cues(lang)
    j = v - 1
    while j >= 0 and tokens[j].low in c.fillers:
        j -= 1
    if j >= 0 and tokens[j].raw == ",":
        j -= 1  # "..., kembali merevisi": the adverbial's closing comma
    stop = max(0, j - _ADJUNCT_REACH)
    while j > stop and tokens[j].low not in c.adjunct_openers:
        if (tokens[j].raw in _CLAUSE_PUNCT and tokens[j].raw not in "()") or tokens[j].raw == ",":
            return None
        j -= 1
    if j < 1 or tokens[j].low not in c.adjunct_openers:
        return None
    party = index.covering(tokens[j - 1].start, tokens[j - 1].end)
    if party is None or party.type not in _SPEAKERS or party.span[1] != tokens[j - 1].end:
        return None
    first = next(n for n, t in enumerate(tokens) if t.end > party.span[0])
    leads = c.sentence_leads | lexicon(lang).honorifics
    if any(norm(t.raw) not in leads and t.raw != "," for t in tokens[:first]):
        return None  # the party does not open the sentence: not its subject
    return Source((party.canonical,), party.span)


def _holds_title(tokens: list[Token], k: int, lang: str) -> bool:
    """Whether a person's title or office starts at token ``k`` ("Kepala Dinas", "Chairman")."""
    norms = [norm(t.raw) for t in tokens[k : k + 4]]
    return bool(norms) and lexicon(lang).titles.match(norms, 0) is not None


def _in_number(tokens: list[Token], k: int) -> bool:
    """A comma grouping a number's digits ("10,000"), not one closing a clause."""
    return (
        tokens[k].raw == ","
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].raw.isdigit()
        and tokens[k + 1].raw.isdigit()
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def _inside_number(tokens: list[Token], k: int) -> bool:
    """A mark between a number's digits ("11.3", "10,000"), not one ending a sentence."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k - 1].raw[-1:].isdigit()
        and tokens[k + 1].raw[:1].isdigit()
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def _list_comma(tokens: list[Token], j: int, c: Cues) -> bool:
    """A comma inside a list of names ("Seoul, Kyiv dan Washington")."""
    after = tokens[j + 1 : j + 5]
    return (
        any(t.low in c.coordinators for t in after) and bool(after) and after[0].raw[:1].isupper()
    )


# --- one sentence ---------------------------------------------------------------------


def sentence_attributions(
    text: str,
    lang: str,
    sentence: Span,
    index: MentionIndex,
    history: list[Attribution],
    tokens: list[Token] | None = None,
) -> list[Attribution]:
    """Every reporting cue of one sentence with the party it credits, in text order."""
    c = cues(lang)
    tokens = tokenize(text, *sentence) if tokens is None else tokens
    found: list[Attribution] = []
    headed = _colon_source(tokens, index, c)
    if headed is not None:
        found.append(headed)
    i = 0
    while i < len(tokens):
        low = tokens[i].low
        if low not in c.cue_starts or (
            low in c.phrase_only and not phrase_at(tokens, i, c.subject_verbs)
        ):  # most words open no cue; "is" opens one only in "is expected to say"
            i += 1
            continue
        att, used = _cue_at(tokens, i, lang, index, [*history, *found])
        if att is not None:
            found.append(att)
        i += max(used, 1)
    anonymous = contains(tokens, c.anonymous)
    if anonymous:
        found = [replace(a, anonymous=True) for a in found]
    return _with_media(found)


_COLON_REACH = 4  # words a "Name:" opening may take
_SPEAKERS = frozenset({"PER", "ORG", "GPE"})


def _colon_source(tokens: list[Token], index: MentionIndex, c: Cues) -> Attribution | None:
    """ "BNPB: Korban Tewas Jadi 27", "Data BNPB: ...": a party named before a colon that
    opens the sentence says what follows it."""
    colon = next((k for k, t in enumerate(tokens[: _COLON_REACH + 1]) if t.raw == ":"), None)
    if not colon or colon + 1 >= len(tokens) or tokens[colon - 1].raw.isdigit():
        return None  # nothing before it, nothing after it, or a clock ("10:30")
    if any(t.raw == ";" for t in tokens[colon + 1 :]):
        return None  # a list ("Persib: Natshir; Vujovic, ..."), not a statement
    named = index.within(tokens[0].start, tokens[colon - 1].end)
    if len(named) != 1 or named[0].type not in _SPEAKERS:
        return None
    m = named[0]
    if m.text.lower() in c.pronouns:
        return None  # "She added:": the verb's own reading finds whom the pronoun means
    lead = sum(1 for t in tokens[:colon] if t.end <= m.span[0])
    if lead > 1 or m.span[1] != tokens[colon - 1].end:
        return None  # the name alone, or after one word ("Data BNPB:"), says it
    return Attribution(
        cue=(tokens[colon].start, tokens[colon].end),
        sources=(m.canonical,),
        mode="before",
        subject=m.span,
    )


def _cue_at(
    tokens: list[Token], i: int, lang: str, index: MentionIndex, history: list[Attribution]
) -> tuple[Attribution | None, int]:
    c = cues(lang)
    t = tokens[i]
    if (
        t.low in c.pronouns
        and t.low not in c.group_pronouns
        and len(t.low) > 4
        and _after_quote(tokens, i)
    ):
        src = speaker_of(t, lang, index, history)
        return (_make(t, src, "after", None, tokens, i + 1, lang, index), 1) if src else (None, 1)
    n = phrase_at(tokens, i, c.after_verbs)
    opening = bool(n) and _inverted_opening(tokens, i, n, c)
    if n and (opening or _after_quote(tokens, i)) and not _clause_follows(tokens, i + n, c):
        phrase = _phrase_after(tokens, i + n, lang)
        if phrase and (_verb_follows(tokens, phrase, c) or _pronoun_clause(phrase, c)):
            phrase = []  # "X, an economist, said consumer spending would rise": a clause
        src = _quoted_pronoun(tokens, phrase, c, index, history) or (
            _apposed_person(tokens, phrase, index)
            or _person_before_title(phrase, index, lang)
            or source_from(phrase, lang, index, history)
            if phrase
            else None
        )
        if (
            src is None
            and not opening
            and phrase
            and len(phrase) <= 3
            and all(w.raw.isalpha() for w in phrase)
            and phrase[0].low not in c.phrase_stops  # "said on Saturday": a time, not a speaker
            and phrase[0].low not in c.pronouns  # "kata dia" with no one to refer to
            and not any(w.low in lexicon(lang).common for w in phrase)  # "kata pramuniaga tadi"
        ):
            # after a quotation the speaker follows the verb, named or not ("ujar makmur")
            src = Source((" ".join(w.raw for w in phrase),), (phrase[0].start, phrase[-1].end))
        if src is not None:
            return _make(t, src, "after", tokens[i + n - 1].end, tokens, i + n, lang, index), n
    n = phrase_at(tokens, i, c.source_after) or phrase_at(tokens, i, c.medium_after)
    if n and _speaker_before(tokens, i, n, lang, index, history):
        n = 0  # "Mr Bakrie told the Bisnis Indonesia newspaper": the speaker, then the medium
    if n:
        mode = "prep" if phrase_at(tokens, i, c.source_after) == n else "medium"
        phrase = _phrase_after(tokens, i + n, lang)
        src = source_from(phrase, lang, index, history) if phrase else None
        if src is not None and mode == "prep":
            src = _commissioned(tokens, phrase, src, lang, index)
        if src is None and t.low.endswith("nya") and n == 1:
            src = speaker_of(t, lang, index, history, spoken=False)
        if src is not None:
            return _make(t, src, mode, tokens[i + n - 1].end, tokens, i + n, lang, index), n
        return None, n
    if t.low.startswith("menurut") and t.low in c.pronouns:
        src = speaker_of(t, lang, index, history, spoken=False)
        return (_make(t, src, "prep", None, tokens, i + 1, lang, index), 1) if src else (None, 1)
    n = phrase_at(tokens, i, c.participles)
    if n and i > 1 and (tokens[i - 1].raw == "," or tokens[i - 1].low in c.subordinators):
        phrase = _sentence_subject(tokens, i, c, lang)
        src = source_from(phrase, lang, index, history) if phrase else None
        return _make(t, src, "before", tokens[i + n - 1].end, tokens, i + n, lang, index), n
    n = phrase_at(tokens, i, c.subject_verbs)
    if n and _respondents(tokens, i, c):
        cue = (t.start, tokens[i + n - 1].end)
        return Attribution(cue=cue, sources=(), mode="unnamed", head=RESPONDENTS), n
    if n and t.low in c.object_verbs and _figure_follows(tokens, i + n, c):
        return None, n  # "Orange added five million customers": a doing, not a saying
    if n and i > 0 and tokens[i - 1].low in c.passive_auxiliaries:
        return None, n  # "growth is projected to be 2%": what is projected, not who projects
    if n and t.low in c.plural_verbs and not _plural_verb(tokens, i, c):
        return None, n  # "this could indicate", "the PPI's estimate is", "Motor Show"
    if n == 1 and _noun_before_verb(tokens, i, c):
        return None, n  # "300 Department of Health posts will go": a noun before its verb
    if n:
        phrase = _report_subject(
            tokens, _office_subject(tokens, _phrase_before(tokens, i, lang), index), lang
        )
        phrase = _whole_name(tokens, phrase, index)
        if not phrase and i > 0 and tokens[i - 1].low in c.relative:
            return None, n
        if (
            phrase
            and any(phrase_at(phrase, k, c.report_nouns) for k in range(len(phrase)))
            and not index.within(phrase[0].start, phrase[-1].end)
        ):
            # "figures showed", "data menunjukkan": a report nobody is named for speaks in the
            # article's own voice; it is kept so that no earlier speaker takes its figures
            if tokens[i - 1].low in c.relative:
                return None, n  # "menandai laporan yang mengatakan": the report is an object
            publisher = _publisher(phrase, c, lang)
            if publisher is not None:  # "Laporan Forum Ekonomi Dunia 2018 menyebutkan"
                return _make(
                    t, publisher, "before", tokens[i + n - 1].end, tokens, i + n, lang, index
                ), n
            cue = (t.start, tokens[i + n - 1].end)
            # a report noun of one word names it; one of several ("press release") has none
            noun = next((w.low for w in phrase if (w.low,) in c.report_nouns), None)
            span = (phrase[0].start, phrase[-1].end)
            return Attribution(cue=cue, sources=(), mode="unnamed", subject=span, head=noun), n
        src = _quoted_pronoun(tokens, phrase, c, index, history) or (
            _named_before_office(tokens, phrase, index, lang)
            or _subject_before_adjunct(tokens, i, index, lang)
            or source_from(phrase, lang, index, history)
            if phrase and not _reported_pronoun(tokens, phrase, c)
            else None
        )
        if src is not None and _credited_already(src, history):
            return None, n  # "adults quizzed by ICM for BBC News 24 said": the poll's parties
        if src is None and not phrase:
            src = _titled_person(tokens, i, index) or _subject_before_adjunct(
                tokens, i, index, lang
            )

        if src is not None:
            att = _make(t, src, "before", tokens[i + n - 1].end, tokens, i + n, lang, index)
            return _bound(att, tokens, phrase, c), n
        return None, n
    n = phrase_at(tokens, i, c.verdicts) or phrase_at(tokens, i, c.demands)
    if n and any(tok.low in c.penalties for tok in tokens):  # "dituntut untuk ..." is no demand
        return _institutional(tokens, i, n, lang, index, history), n
    n = phrase_at(tokens, i, c.agent_verbs)
    if n:
        j = i + n + (1 if i + n < len(tokens) and tokens[i + n].low in c.agent_markers else 0)
        if j > i + n or opens_with_reference(tokens, c):
            phrase = _phrase_after(tokens, j, lang)
            src = source_from(phrase, lang, index, history) if phrase else None
            if src is not None:
                src = _commissioned(tokens, phrase, src, lang, index)
                return _make(t, src, "carried", tokens[i + n - 1].end, tokens, j, lang, index), n
        return None, n
    return None, 1


RESPONDENTS = "respondents"  # the head of a poll's respondents' statement, for discourse
_SHARE_ALONE = 4  # words of a subject that is a share and nothing more ("The remaining 33%")


def _respondents(tokens: list[Token], i: int, c: Cues) -> bool:
    """ "61% said", "Half of them argue", "65% of those questioned said": a share of a poll's
    respondents says it, in the article's own voice unless the article names the poll's
    parties (``discourse``). The clause before the verb holds a share, and respondents or
    nothing else."""
    k = i
    while k > 0 and tokens[k - 1].raw not in _QUOTES:
        if tokens[k - 1].raw in ".;:!?" and not _inside_number(tokens, k - 1):
            break
        low = tokens[k - 1].low
        if low in c.clause_openers or low in c.coordinators or low in c.relative:
            break
        k -= 1
    clause = tokens[k:i]
    if not any(t.low in c.shares for t in clause):
        return False
    return len(clause) <= _SHARE_ALONE or contains(clause, c.respondents)


def _bound(
    att: Attribution | None, tokens: list[Token], phrase: list[Token], c: Cues
) -> Attribution | None:
    """ "Shares fell 5% after it said ...": a subject opened by a subordinator says only what
    follows its verb; the figures before it are the main clause's."""
    if att is None or not phrase:
        return att
    k = next((n for n, t in enumerate(tokens) if t.start == phrase[0].start), 0)
    return replace(att, bound=True) if k > 0 and tokens[k - 1].low in c.subordinators else att


def _reported_pronoun(tokens: list[Token], phrase: list[Token], c: Cues) -> bool:
    """ "The central bank said it expected 6%": a pronoun right after a reporting verb is that
    verb's subject again; when no one was credited there, it names no one new. Inside a
    quotation ('"... the flexibility it offers," said X') a pronoun is the speaker's word."""
    if len(phrase) != 1 or phrase[0].low not in c.pronouns:
        return False
    k = next(n for n, t in enumerate(tokens) if t.start == phrase[0].start)
    if k > 0 and (tokens[k - 1].low,) in c.subject_verbs | c.after_verbs:
        return True
    marks = [t.raw for t in tokens[:k] if t.raw in '"“”']
    return marks.count('"') % 2 == 1 or marks.count("“") > marks.count("”")


def _plural_verb(tokens: list[Token], i: int, c: Cues) -> bool:
    """Whether a bare form ("show", "estimate") is a verb here: written in lower case, not
    after an auxiliary or "to" ("could indicate"), nor before one ("the estimate is")."""
    if not tokens[i].raw.islower():
        return False
    if i > 0 and tokens[i - 1].low in c.auxiliaries | {"to"}:
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1].low in c.auxiliaries)


def _noun_before_verb(tokens: list[Token], i: int, c: Cues) -> bool:
    """A reporting verb's -s form that is a plural noun here: an auxiliary follows it
    ("posts will go", "the claims would be"); "says" stays a verb ("what he says are")."""
    low = tokens[i].low
    return (
        low.endswith("s")
        and not low.endswith("ss")
        and (low,) not in c.after_verbs
        and i + 1 < len(tokens)
        and tokens[i + 1].low in c.auxiliaries
    )


def _sentence_subject(tokens: list[Token], i: int, c: Cues, lang: str) -> list[Token]:
    """ "Meanwhile Ms Hutt defended her record, saying ...": the name (or "the company", "He")
    opening the sentence, which a participle after a comma has for its subject."""
    k = 0
    while k < i and (tokens[k].low in c.sentence_leads or tokens[k].raw == ","):
        k += 1
    if k < i and tokens[k].low in c.pronouns and tokens[k].low not in c.object_pronouns:
        return tokens[k : k + 1]  # "But he hit back, saying ..."
    joiners = lexicon(lang).org_connectors
    phrase: list[Token] = []
    for tok in tokens[k:i]:
        named = tok.raw[:1].isupper() and tok.raw[:1].isalpha()
        # "The company": a determiner opens the phrase and takes the noun after it
        determiner = not phrase and (tok.low,) in c.determiners
        determined = len(phrase) == 1 and (phrase[0].low,) in c.determiners
        if not (named or determiner or determined or (phrase and tok.low in joiners)):
            break
        phrase.append(tok)
    while phrase and phrase[-1].low in joiners:
        phrase.pop()
    return phrase


def _credited_already(src: Source, history: list[Attribution]) -> bool:
    """Whether the phrase before a verb lies inside a party an earlier cue credited."""
    return any(
        a.subject is not None and a.subject[0] < src.span[0] and src.span[1] <= a.subject[1]
        for a in history[-3:]
    )


def _commissioned(
    tokens: list[Token], phrase: list[Token], src: Source, lang: str, index: MentionIndex
) -> Source:
    """ "quizzed by ICM for BBC News 24", "a survey by X on behalf of Y": a poll's commissioner,
    named after its pollster, is a source of its figures too."""
    c = cues(lang)
    k = next((m for m, t in enumerate(tokens) if t.start == phrase[-1].start), len(tokens)) + 1
    n = phrase_at(tokens, k, c.commissioners) if k < len(tokens) else 0
    more = _phrase_after(tokens, k + n, lang) if n else []
    if not more or not (
        any(m.type != "LOC" for m in index.within(more[0].start, more[-1].end))
        or all(w.raw[:1].isupper() for w in more)
    ):
        return src  # "for the year", "for London": no party
    other = source_from(more, lang, index, [])
    if other is None or set(other.names) & set(src.names):
        return src
    return replace(src, names=(*src.names, *other.names), span=(src.span[0], more[-1].end))


def _institutional(
    tokens: list[Token], i: int, n: int, lang: str, index: MentionIndex, history: list[Attribution]
) -> Attribution | None:
    """ "divonis 5 tahun penjara", "dituntut 7 tahun": a sentence handed down is the court's, a
    demand the prosecutors'. The agent after "oleh" names them; else the court or prosecuting
    body the article names; else the panel or the prosecutors as such."""
    c = cues(lang)
    verdict = bool(phrase_at(tokens, i, c.verdicts))
    j = i + n
    by = next(
        (k for k in range(j, min(j + 12, len(tokens))) if tokens[k].low in c.agent_markers), 0
    )
    if by:  # "dituntut tujuh tahun penjara oleh jaksa KPK"
        phrase = _phrase_after(tokens, by + 1, lang)
        src = source_from(phrase, lang, index, history) if phrase else None
        att = _make(tokens[i], src, "prep", tokens[j - 1].end, tokens, j, lang, index)
        if att is not None:
            return replace(att, how="court" if verdict else "prosecutor")
    words, fallback = (c.court_words, c.court) if verdict else (c.prosecutor_words, c.prosecutor)
    named = [
        m
        for m in index.items
        if m.type == "ORG" and any(w in words for w in m.text.lower().split())
    ]
    before = [m for m in named if m.span[1] <= tokens[i].start]
    party = (before[-1] if before else named[0]).canonical if named else fallback
    cue = (tokens[i].start, tokens[j - 1].end)
    how = "court" if verdict else "prosecutor"
    return Attribution(cue=cue, sources=(party,), mode="prep", how=how)


def _make(
    cue: Token,
    src: Source | None,
    mode: str,
    cue_end: int | None,
    tokens: list[Token],
    after: int,
    lang: str,
    index: MentionIndex,
) -> Attribution | None:
    if src is None:
        return None
    att = Attribution(
        cue=(cue.start, cue_end or cue.end),
        sources=src.names,
        mode=mode,
        subject=src.span,
        anonymous=src.anonymous,
        head=src.head,
        region=src.region,
    )
    return _channel(att, tokens, after, lang, index)


def _channel(
    att: Attribution, tokens: list[Token], after: int, lang: str, index: MentionIndex
) -> Attribution:
    """Add the medium ("kepada AFP", "yang dikutip CNN") or the cited party ("mengutip ...")."""
    c = cues(lang)
    j = after
    limit = min(len(tokens), after + 10)
    while j < limit:
        if tokens[j].low in c.clause_openers:
            break
        n = phrase_at(tokens, j, c.channel_before)
        if n:
            m = (
                index.covering(tokens[j + n].start, tokens[j + n].end)
                if j + n < len(tokens)
                else None
            )
            if m is not None and m.type == "ORG":
                return replace(att, channel=m.canonical)
        n = phrase_at(tokens, j, c.citing)
        if n:
            phrase = _phrase_after(tokens, j + n, lang)
            if phrase and contains(phrase, c.anonymous):
                return replace(att, anonymous=True)
            if phrase:
                cited = source_from(phrase, lang, index, [])
                if cited is not None:
                    medium = att.sources[0] if len(att.sources) == 1 else None
                    return replace(
                        att, sources=cited.names, channel=medium, anonymous=cited.anonymous
                    )
        j += 1
    return att


def _with_media(found: list[Attribution]) -> list[Attribution]:
    """A medium cue ("seperti dilansir X") is the channel of a credited party when there is one."""
    parties = [a for a in found if a.mode != "medium"]
    media = [a for a in found if a.mode == "medium"]
    if not parties or not media:
        return found
    channel = media[0].sources[0] if media[0].sources else None
    return [replace(a, channel=a.channel or channel) for a in parties]


def _inverted_opening(tokens: list[Token], i: int, n: int, c: Cues) -> bool:
    """An inverted verb opening the sentence, its speaker closed by a comma ("Kata Amran,
    produksi ...", "Dan kata dia, ..."): what follows the comma is the reported clause."""
    if not (i == 0 or (i == 1 and tokens[0].low in c.inverted_leads)):
        return False
    j = i + n
    while j < len(tokens) and j - i - n <= _INVERTED_REACH and tokens[j].raw.isalpha():
        j += 1
    return i + n < j < len(tokens) - 1 and tokens[j].raw == ","


_INVERTED_REACH = 6  # words of a speaker between an opening verb and its comma


def _after_quote(tokens: list[Token], i: int) -> bool:
    """A cue after a comma or a closing quotation, or opening the sentence ('Kata dia, ...')."""
    if i == 0:
        return False
    prev = tokens[i - 1].raw
    return (
        prev == "," or prev in _QUOTES or (i >= 2 and tokens[i - 2].raw == "," and prev in _QUOTES)
    )


def opens_with_reference(tokens: list[Token], c: Cues) -> bool:
    return any(phrase_at(tokens, i, c.back_references) for i in range(min(3, len(tokens))))


# --- whole article ----------------------------------------------------------------------


def quoted_runs(text: str, sentences: list[Span], per: list[list[Attribution]]) -> None:
    """A quotation running over several sentences belongs to the speaker named after it closes
    ('"Harga naik. Kami minta 5 persen," kata X.')."""
    for k in range(len(sentences) - 2, -1, -1):
        if not credits_nothing(per[k]) or not _opens_quote(text[slice(*sentences[k])]):
            continue
        for j in range(k + 1, min(k + 4, len(sentences))):
            spoken = [a for a in per[j] if a.mode == "after"]
            if spoken:
                per[k] = [*per[k], replace(spoken[0], mode="carried")]
                break
            if not credits_nothing(per[j]):
                break


def _opens_quote(sentence: str) -> bool:
    """Whether a sentence leaves a quotation open (an odd number of straight or curly marks)."""
    straight = sentence.count('"')
    curly = sentence.count("“") - sentence.count("”")
    return straight % 2 == 1 or curly > 0


def credits_nothing(found: list[Attribution]) -> bool:
    return not any(a.sources and a.mode != "medium" for a in found)


def governing(found: list[Attribution], pos: int) -> Attribution | None:
    """The attribution that covers a figure at ``pos`` among its sentence's attributions."""
    usable = [
        a for a in found if a.sources and not (a.subject and a.subject[0] <= pos < a.subject[1])
    ]
    if not usable or _unnamed_report_before(found, pos):
        return None
    parties = [a for a in usable if a.mode != "medium"]
    if not parties:  # "seperti dilansir X" alone: X carried the report, it made no claim
        return replace(usable[0], sources=(), channel=usable[0].channel or usable[0].sources[0])
    preps = [a for a in parties if a.mode == "prep"]
    before = [a for a in parties if a.mode == "before" and a.cue[1] <= pos]
    if before:
        return max(before, key=lambda a: a.cue[0])
    later = [a for a in parties if a.cue[0] >= pos and a.mode != "carried" and not a.bound]
    # "Ford, which employs 10,000 people, said": a figure between a subject and its verb
    # describes the subject; it is not what the subject says
    later = [a for a in later if not (a.mode == "before" and a.subject and a.subject[1] <= pos)]
    if preps:
        return preps[-1]
    if later:
        return min(later, key=lambda a: a.cue[0])
    carried = [a for a in parties if a.mode == "carried"]
    if carried:
        return carried[0]
    earlier = [a for a in parties if a.cue[1] <= pos]
    return earlier[-1] if earlier else None


_HOW = {"before": "verb", "after": "verb", "prep": "according_to", "medium": "medium"}


def how_credited(att: Attribution) -> str:
    """How a claim's source was found, for the reader: the words of its own sentence, a
    quotation, carry-over, a court or prosecutors."""
    return att.how or _HOW.get(att.mode, att.mode)


def _unnamed_report_before(found: list[Attribution], pos: int) -> bool:
    """The nearest reporting cue before ``pos`` is a report that names no one."""
    before = [a for a in found if a.mode in ("before", "unnamed") and a.cue[1] <= pos]
    return bool(before) and max(before, key=lambda a: a.cue[0]).mode == "unnamed"


def sentence_has(
    text: str, lang: str, sentence: Span, key: str, tokens: list[Token] | None = None
) -> bool:
    """Whether the sentence holds one of the ``[status]`` phrases named ``key``."""
    c = cues(lang)
    table = c.anonymous if key == "anonymous" else c.unconfirmed
    return contains(tokenize(text, *sentence) if tokens is None else tokens, table)
