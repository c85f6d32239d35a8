"""The phrases around a reporting cue: the subject walked back from a verb (over fillers,
appositions, brackets and adverbials) and the source phrase read forward after a cue."""

from __future__ import annotations

from telusur.analyse.claims.cues import _CLAUSE_PUNCT, _strip_front, cues, phrase_at
from telusur.analyse.claims.records import Cues, Source
from telusur.analyse.claims.sources import _APOSTROPHES, _PLACES, _SPEAKERS, _titled_document
from telusur.analyse.doc.index import MentionIndex
from telusur.analyse.doc.phrases import norm
from telusur.analyse.doc.tokens import Token
from telusur.analyse.entities.lexicon import lexicon


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
