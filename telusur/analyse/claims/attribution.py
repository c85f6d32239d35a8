"""Who an article credits for what it reports, sentence by sentence.

A reporting cue ("mengatakan", "kata", "menurut", "said", "according to") names a source: the
phrase before a verb ("NIS mengatakan"), after a quotation ('"...", kata X') or after a
preposition ("menurut catatan intelijen Barat"). A sentence that opens by pointing back
("Informasi ini diungkap oleh ...") credits the sentence before it too. Sources are canonical
entity names where an entity is mentioned, or the describing phrase ("media Korea Selatan",
"sumber di Ukraina") when the article names no one. The vocabulary is ``lang/*/claims.toml``.
"""

from __future__ import annotations

from dataclasses import replace

from telusur.analyse.claims.cues import _QUOTES, contains, cues, phrase_at
from telusur.analyse.claims.records import Attribution, Cues, Source, Span
from telusur.analyse.claims.sources import _SPEAKERS, _publisher, source_from
from telusur.analyse.claims.speakers import (
    _apposed_person,
    _person_before_title,
    _quoted_pronoun,
    speaker_of,
)
from telusur.analyse.claims.subjects import (
    _inside_number,
    _named_before_office,
    _office_subject,
    _phrase_after,
    _phrase_before,
    _report_subject,
    _subject_before_adjunct,
    _titled_person,
    _whole_name,
)
from telusur.analyse.doc.index import MentionIndex as MentionIndex  # re-exported
from telusur.analyse.doc.tokens import SentenceTokens as SentenceTokens  # re-exported
from telusur.analyse.doc.tokens import Token, tokenize
from telusur.analyse.entities.lexicon import lexicon


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
    after = 0  # the first token past the last cue read
    for i in [k for k, t in enumerate(tokens) if t.low in c.cue_starts]:  # most words open none
        if i < after or (
            tokens[i].low in c.phrase_only and not phrase_at(tokens, i, c.subject_verbs)
        ):
            continue  # "is" opens a cue only in "is expected to say"
        att, used = _cue_at(tokens, i, lang, index, [*history, *found])
        if att is not None:
            found.append(att)
        after = i + max(used, 1)
    anonymous = contains(tokens, c.anonymous)
    if anonymous:
        found = [replace(a, anonymous=True) for a in found]
    return _with_media(found)


_COLON_REACH = 4  # words a "Name:" opening may take


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
            _apposed_person(tokens, phrase, index, lang)
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
        src = _name_then_clause(phrase, index) if mode == "prep" and phrase else None
        if src is None:
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
        if (
            j > i + n
            or opens_with_reference(tokens, c)
            or (_agent_named(tokens, j, index) and not _described(tokens, i, c))
        ):
            phrase = _phrase_after(tokens, j, lang)
            src = source_from(phrase, lang, index, history) if phrase else None
            if src is not None:
                src = _commissioned(tokens, phrase, src, lang, index)
                return _make(t, src, "carried", tokens[i + n - 1].end, tokens, j, lang, index), n
        return None, n
    return None, 1


def _name_then_clause(phrase: list[Token], index: MentionIndex) -> Source | None:
    """ "Berdasarkan data BPS ekspor turun 10 persen": no comma closes the source, so the phrase
    runs on into the clause; a party named at its start, with words in lower case after it, is
    the source."""
    m = index.covering(phrase[0].start, phrase[0].end)
    if m is None or m.span[0] != phrase[0].start or m.type not in _SPEAKERS:
        return None
    rest = [t for t in phrase if t.start >= m.span[1]]
    if not rest or not rest[0].raw[:1].islower():
        return None
    if any(t.raw[:1].isupper() for t in rest):
        return None  # "Bank of England deputy governor Rachel Lomax": a description, a name
    return Source((m.canonical,), m.span)


def _agent_named(tokens: list[Token], j: int, index: MentionIndex) -> bool:
    """ "Koordinat gempa dilaporkan BMKG berada di ...": a person or body named right after a
    passive verb is its agent, with no "oleh" before it."""
    if j >= len(tokens):
        return False
    m = index.covering(tokens[j].start, tokens[j].end)
    return m is not None and m.type in ("PER", "ORG") and m.span[0] == tokens[j].start


def _described(tokens: list[Token], i: int, c: Cues) -> bool:
    """Whether the passive verb at ``i`` describes a noun ("data resmi yang dirilis BPBD") or
    ends a medium's phrase ("seperti dilaporkan Yonhap"): it credits no statement."""
    if i > 0 and tokens[i - 1].low in c.relative:
        return True
    return any(k + phrase_at(tokens, k, c.medium_after) > i for k in range(max(0, i - 2), i))


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
