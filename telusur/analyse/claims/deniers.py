"""Who denies: the party behind a denying or refusing cue.

A denying verb's subject denies; a self-reference ("pihaknya", "saya", "we") or an unnamed
subject is the speaker the sentence credits; a pronoun is the party last named ("ia", "he"). A
report called false ("kabar itu tidak benar") is denied by the sentence's speaker, not by its
subject; a passive cue's agent ("dibantah oleh X", "was denied by X") denies.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from telusur.analyse.claims.attribution import MentionIndex, Token, governing
from telusur.analyse.claims.cues import cues, phrase_at
from telusur.analyse.claims.denial_cues import Cue, agent_follows
from telusur.analyse.claims.denial_words import denial_words
from telusur.analyse.claims.records import Attribution, Source
from telusur.analyse.claims.sources import source_from
from telusur.analyse.doc.phrases import norm
from telusur.analyse.entities.lexicon import lexicon
from telusur.lang import load

_STOP = frozenset(".;:!?,")
_QUOTES = frozenset("\"“”'‘’«»")
_SUBJECT_REACH = 8  # words a denying verb's subject may take
_AGENT_REACH = 12  # words its agent may take: a title chain before the name, as attribution reads
_SPEAKER_REACH = 3  # sentences back a pronoun may reach for the last speaker


class Speakers:
    """Whom each sentence credits, worked out only for articles that hold a cue: the speaker of
    a quoted denial and the party a pronoun refers back to."""

    def __init__(self, make: Callable[[], list[list[Attribution]]]) -> None:
        self._make = make
        self._per: list[list[Attribution]] | None = None

    def per(self) -> list[list[Attribution]]:
        if self._per is None:
            self._per = self._make()
        return self._per

    def history(self, k: int) -> list[Attribution]:
        return [a for found in self.per()[: k + 1] for a in found]

    def last(self, k: int, pos: int, people: frozenset[str] | None) -> tuple[str, ...]:
        """The party that spoke last before ``pos`` in this or the few sentences before it
        (only a named person when ``people`` is given): whom "ia", "he" or "pihaknya" mean."""
        for found in reversed(self.per()[max(0, k - _SPEAKER_REACH) : k + 1]):
            for a in reversed(found):
                if a.mode == "medium" or not a.sources or a.cue[1] > pos:
                    continue
                if people is None or any(name in people for name in a.sources):
                    return a.sources
        return ()

    def speaker(self, k: int, pos: int) -> tuple[str, ...]:
        found = [a for a in self.per()[k] if a.mode != "medium"]
        att = governing(found, pos)
        return att.sources if att is not None else ()


# --- who denies -------------------------------------------------------------------------


def _by(
    tokens: list[Token], cue: Cue, lang: str, index: MentionIndex, speakers: Speakers, k: int
) -> list[str]:
    if cue.role == "agent":
        return _agent(tokens, cue, lang, index, speakers, k)
    selves = denial_words(lang).self_references
    if cue.role == "speaker" or any(t.low in selves for t in tokens[cue.start : cue.end]):
        # "belum bisa kami sampaikan": a self-reference inside the cue is the speaker's
        said = speakers.speaker(k, tokens[cue.start].start)
        if said:
            return list(said)
        return _quote_speaker(tokens, cue, lang, index, speakers, k) or _saying(
            tokens, cue, lang, index, speakers, k
        )
    return _subject_party(tokens, cue.start, lang, index, speakers, k)


def _subject_party(
    tokens: list[Token], at: int, lang: str, index: MentionIndex, speakers: Speakers, k: int
) -> list[str]:
    """The party that is the subject of the verb at token ``at``."""
    phrase = _subject(tokens, at, lang)
    if phrase is None:  # no subject in the clause ("..., but refused to confirm")
        return _from_speaker_or_opening(tokens, at, lang, index, speakers, k)
    referred = (
        _referred(tokens, phrase, lang, index, speakers, k)
        or _described_back(tokens, phrase, lang, index, speakers, k)
        or _body_reported(phrase, lang, speakers, k)
    )
    if referred:
        return referred
    w = denial_words(lang)
    if len(phrase) == 1 and phrase[0].low in w.self_references | w.expletives:
        return []  # "dirinya" with no one it could mean
    phrase, person = _apposed(phrase, index)
    if person is not None:
        return [person]
    owner = _spoken_for(phrase, lang, index)
    if owner:
        return owner
    phrase = _after_possessive(phrase)
    found = _source(phrase, lang, index, speakers, k)
    if found is not None:
        return list(found.names)
    if not phrase:
        return []
    people = [m for m in index.within(phrase[0].start, phrase[-1].end) if m.type != "LOC"]
    return [people[-1].canonical] if people else []


def _saying(
    tokens: list[Token], cue: Cue, lang: str, index: MentionIndex, speakers: Speakers, k: int
) -> list[str]:
    """ "X memastikan kabar itu hoaks", "X insisted the claims were untrue": the subject of the
    nearest verb of saying before a report called false."""
    saying = denial_words(lang).saying_verbs
    for j in range(cue.start - 1, -1, -1):
        if tokens[j].raw in _QUOTES:
            return []
        if tokens[j].low in saying:
            return _subject_party(tokens, j, lang, index, speakers, k)
    return []


def _quote_speaker(
    tokens: list[Token], cue: Cue, lang: str, index: MentionIndex, speakers: Speakers, k: int
) -> list[str]:
    """The party named right after the quotation that holds the cue, before its reporting
    verb ('"Itu tidak benar," Kepala Dinas X mengatakan', '"Too early," Swiss Re's spokesman
    Y told AP'), when the sentence's attributions credit no one."""
    c = cues(lang)
    close = next((j for j in range(cue.end, len(tokens)) if tokens[j].raw in _QUOTES), None)
    if close is None:
        return []
    phrase: list[Token] = []
    for j in range(close + 1, min(len(tokens), close + 1 + _SUBJECT_REACH)):
        if phrase_at(tokens, j, c.subject_verbs):
            break
        if tokens[j].raw in _STOP and phrase:
            return []
        if tokens[j].raw not in _STOP:
            phrase.append(tokens[j])
    else:
        return []
    owner = _spoken_for(phrase, lang, index)
    if owner:
        return owner
    phrase = _after_possessive(phrase)
    found = _source(phrase, lang, index, speakers, k)
    return list(found.names) if found is not None else []


def _referred(
    tokens: list[Token],
    phrase: list[Token],
    lang: str,
    index: MentionIndex,
    speakers: Speakers,
    k: int,
) -> list[str]:
    """Whom a one-word subject refers to. A self-reference or "it" is the sentence's speaker,
    else the subject of a verb of saying before it ("The agency said it could not confirm"),
    else the last speaker; "ia", "he" is the last person who spoke."""
    if len(phrase) != 1:
        return []
    c, w, low = cues(lang), denial_words(lang), phrase[0].low
    pos = phrase[0].start
    if low in w.self_references or low in w.expletives:
        said = speakers.speaker(k, pos)
        if said:
            return list(said)
        at = tokens.index(phrase[0])
        saying = next((j for j in range(at - 1, -1, -1) if tokens[j].low in w.saying_verbs), None)
        if saying is not None:
            return _subject_party(tokens, saying, lang, index, speakers, k)
        said = speakers.last(k, pos, None)
        if said or low not in c.group_pronouns:
            return list(said)
        return _last_named(index, pos, _BODIES)  # "The firm ... It denied ...": the body
    if low in c.pronouns and low not in c.group_pronouns:
        people = frozenset(m.canonical for m in index.items if m.type == "PER")
        return list(speakers.last(k, pos, people)) or _last_named(index, pos, _PEOPLE)
    return []


_PEOPLE = frozenset({"PER"})
_NAMED_REACH = 400  # characters back a reference may reach for a party named, not credited


def _last_named(index: MentionIndex, pos: int, types: frozenset[str]) -> list[str]:
    """ "Yingluck Shinawatra tidak hadir ... Ia membantah ...": with no one credited before a
    reference, the party of its kind named last, a few sentences back at most."""
    m = index.latest(pos, types)
    return [m.canonical] if m is not None and pos - m.span[1] <= _NAMED_REACH else []


def _body_reported(phrase: list[Token], lang: str, speakers: Speakers, k: int) -> list[str]:
    """ "Mike Lake, a spokesman for Yukos' lawyers, said that the company stands by ...": a body
    described, not named, inside what a speaker reports is spoken for by that speaker."""
    if len(phrase) != 2 or phrase[0].low not in cues(lang).definite:
        return []
    nouns = load(lang, "entities").get("reference_nouns", {})
    if "ORG" not in nouns.get(phrase[1].low, []):
        return []
    start = phrase[0].start
    said = [a for a in speakers.per()[k] if a.mode != "medium" and a.cue[1] <= start]
    return list(said[-1].sources) if said and said[-1].sources else []


def _described_back(
    tokens: list[Token],
    phrase: list[Token],
    lang: str,
    index: MentionIndex,
    speakers: Speakers,
    k: int,
) -> list[str]:
    """ "mantan pemain Manchester United ini", "the former minister": a description pointing
    back at the person last speaking, not at the party it names. The demonstrative may have
    been read as a filler after the phrase ("Perempuan 50 tahun itu sebelumnya membantah")."""
    c = cues(lang)
    after = tokens.index(phrase[-1]) + 1
    pointing = phrase[-1].low in c.demonstratives or (
        after < len(tokens) and tokens[after].low in c.demonstratives
    )
    if len(phrase) < 2 or not pointing:
        return []
    if phrase[0].raw[:1].isupper() and not _opens_description(phrase, lang, index):
        return []
    people = frozenset(m.canonical for m in index.items if m.type == "PER")
    pos = phrase[0].start
    return list(speakers.last(k, pos, people)) or _last_named(index, pos, _PEOPLE)


_BODIES = frozenset({"ORG"})


def _opens_description(phrase: list[Token], lang: str, index: MentionIndex) -> bool:
    """ "Perempuan 50 tahun itu", "Penyerang berusia 25 tahun tersebut": a capital only because
    the sentence opens with it; no word for a body or a place at its head, and no name inside
    unless the head is a person's role ("Calon pimpinan BPK 2019-2023 itu": the candidate,
    not the body)."""
    if phrase[0].raw[1:] != phrase[0].raw[1:].lower():
        return False
    kinds = load(lang, "entities").get("reference_nouns", {}).get(phrase[0].low, [])
    named = index.within(phrase[0].start, phrase[-1].end)
    if named and (kinds[:1] != ["PER"] or any(m.type == "PER" for m in named)):
        return False
    return not set(kinds) & {"ORG", "GPE", "LOC"}


def _from_speaker_or_opening(
    tokens: list[Token], at: int, lang: str, index: MentionIndex, speakers: Speakers, k: int
) -> list[str]:
    """The subject of a clause that leaves it out: the sentence's opening subject ("He plans
    ... but refused to confirm"), else its speaker."""
    opening = _opening_subject(tokens, at, lang)
    referred = _referred(tokens, opening, lang, index, speakers, k)
    if referred:
        return referred
    named = opening and (
        opening[0].low in cues(lang).pronouns or index.within(opening[0].start, opening[-1].end)
    )
    if named:
        found = _source(opening, lang, index, speakers, k)
        if found is not None:
            return list(found.names)
    if not named:
        party = _first_party(tokens, at, lang, index)
        if party is not None:
            return [party]
    return list(speakers.speaker(k, tokens[at].start))


_PARTY_TYPES = frozenset({"PER", "ORG"})


def _first_party(tokens: list[Token], at: int, lang: str, index: MentionIndex) -> str | None:
    """ "During his second day in court Mr Ebbers played down ... and denied ...": after an
    opening phrase, the first person or body named outside a prepositional phrase is the
    subject the coordinated verb shares."""
    stops = cues(lang).stop_words
    honorifics = lexicon(lang).honorifics
    for m in index.within(tokens[0].start, tokens[at].start):
        if m.type not in _PARTY_TYPES:
            continue
        j = next((n for n, t in enumerate(tokens) if t.start >= m.span[0]), 0) - 1
        while j >= 0 and norm(tokens[j].raw) in honorifics:
            j -= 1
        if j < 0 or tokens[j].low not in stops:
            return m.canonical
    return None


def _source(
    phrase: list[Token], lang: str, index: MentionIndex, speakers: Speakers, k: int
) -> Source | None:
    """The party a phrase names; the sentences' attributions are worked out only when the
    phrase may refer back ("ia", "pejabat tersebut"), not when it is a name."""
    if not phrase:
        return None
    named = index.covering(phrase[0].start, phrase[-1].end) is not None
    return source_from(phrase, lang, index, [] if named else speakers.history(k))


def _agent(
    tokens: list[Token], cue: Cue, lang: str, index: MentionIndex, speakers: Speakers, k: int
) -> list[str]:
    """ "dibantah oleh X", "dibantah X", "was denied by X": the party after the agent marker
    (Indonesian may leave it out)."""
    c, w = cues(lang), denial_words(lang)
    first = cue.start + 1
    if agent_follows(tokens, first, w):
        first += 1
    phrase = _agent_phrase(tokens, first, c.phrase_stops)
    owned = _after_possessive(phrase)
    if owned and not index.within(owned[0].start, owned[-1].end):
        # "questioned by Plaid Cymru's former President, Dafydd Wigley": the title's name
        after = first + len(phrase)
        if after < len(tokens) and tokens[after].raw == ",":
            named = _agent_phrase(tokens, after + 1, c.phrase_stops)
            if named and index.within(named[0].start, named[-1].end):
                phrase = named
    found = _source(phrase, lang, index, speakers, k)
    return list(found.names) if found is not None else []


def _agent_phrase(tokens: list[Token], first: int, stops: frozenset[str]) -> list[Token]:
    phrase: list[Token] = []
    for t in tokens[first : first + _AGENT_REACH]:
        if t.raw in _STOP or t.raw in _QUOTES or (phrase and t.low in stops):
            break
        phrase.append(t)
    return phrase


def _subject(tokens: list[Token], start: int, lang: str) -> list[Token] | None:
    """The subject phrase of the verb at ``start``: the words before it back to a clause
    boundary, with the adverbs between skipped and a relative ("X, yang membantah", "X, who
    denied") read as its noun. A comma right before the verb closes an apposition ("Sarifuddin,
    Kepala Dusun X, membantah"): the phrase then runs over its commas. None when the clause has
    no subject."""
    c, w = cues(lang), denial_words(lang)
    j = start - 1
    while j >= 0 and (tokens[j].low in w.between or tokens[j].low in c.fillers):
        if tokens[j].low in w.self_references or tokens[j].low in c.pronouns:
            break
        j -= 1
    if j >= 0 and tokens[j].low in c.relative:
        j -= 1
    apposed = j >= 0 and tokens[j].raw == ","
    end = j if apposed else j + 1
    j = end - 1
    reach = _SUBJECT_REACH * (3 if apposed else 1)
    while j >= 0 and end - j <= reach:
        t = tokens[j]
        if apposed and t.low in c.relative and j > 0 and tokens[j - 1].raw == ",":
            j -= 2  # "Jones, who is under investigation, has denied": the noun before "who"
            continue
        if (
            (t.raw in _STOP and not (apposed and t.raw == ","))
            or t.raw in _QUOTES
            or t.low in w.subject_bounds
            or t.low in c.clause_openers
            or (t.low in c.coordinators and _starts_verb(tokens, j + 1, c))
        ):
            break
        if j < end - 1 and phrase_at(tokens, j, c.subject_verbs):
            break  # "Ia menambahkan, tim belum bisa memastikan": the reported clause's subject
        j -= 1
    phrase = list(tokens[j + 1 : end])
    while phrase and (phrase[0].low in c.clause_openers | c.coordinators or phrase[0].raw == ","):
        phrase = phrase[1:]
    return phrase or None


def _after_possessive(phrase: list[Token]) -> list[Token]:
    """ "Gordon Brown's closest ally": the party is the one possessed, not the possessor."""
    cut = [n for n, t in enumerate(phrase[:-1]) if t.low.endswith(("'s", "’s"))]
    return phrase[cut[-1] + 1 :] if cut else phrase


def _spoken_for(phrase: list[Token], lang: str, index: MentionIndex) -> list[str]:
    """ "Tony Blair's official spokesman": a spokesperson speaks for the party possessing them."""
    rest = _after_possessive(phrase)
    if rest is phrase or not rest or rest[-1].low not in _spokespeople(lang):
        return []
    owner = index.covering(phrase[0].start, phrase[len(phrase) - len(rest) - 1].start + 1)
    return [owner.canonical] if owner is not None and owner.type != "LOC" else []


@cache
def _spokespeople(lang: str) -> frozenset[str]:
    return frozenset(w for (w, *rest) in cues(lang).roles if not rest)


def _apposed(phrase: list[Token], index: MentionIndex) -> tuple[list[Token], str | None]:
    """In a phrase of commas ("Sarifuddin, Kepala Dusun Bulung, Sulawesi Barat"), the first
    person named; else its head, the part before the first comma (the parts after it describe
    the head: its office, its place)."""
    commas = [n for n, t in enumerate(phrase) if t.raw == ","]
    if not commas:
        return phrase, None
    people = [m for m in index.within(phrase[0].start, phrase[-1].end) if m.type == "PER"]
    if people:
        return phrase, people[0].canonical
    return phrase[: commas[0]], None


def _starts_verb(tokens: list[Token], j: int, c: Any) -> bool:
    """Whether the words after a coordinator are a lower-case predicate ("dan queried why")
    rather than a second name ("Moskow maupun Pyongyang")."""
    return not tokens[j].raw[:1].isupper() and tokens[j].low not in c.pronouns


def _opening_subject(tokens: list[Token], before: int, lang: str) -> list[Token]:
    """The subject opening a sentence: a pronoun, or its first capitalised words."""
    c = cues(lang)
    skip = c.clause_openers | c.coordinators | denial_words(lang).sentence_openers
    out: list[Token] = []
    for t in tokens[:before]:
        if not out and (t.low in skip or t.raw == ","):
            continue
        if not out and t.low in c.object_pronouns:
            break  # "During his second day ...": a phrase, not the subject
        if not out and t.low in c.pronouns:
            return [t]
        if not t.raw[:1].isupper():
            break
        out.append(t)
    return out
