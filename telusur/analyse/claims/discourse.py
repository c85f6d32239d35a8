"""Attribution over the discourse: what a sentence that names nobody inherits from its context.

A reader credits a figure to a party named elsewhere when the figure sits inside that party's
quotation, however many sentences and paragraphs it runs over, or when its sentence carries on
what was just attributed: the paragraphs after a lead that names a report's source ("BPS
mencatat ..."), or a breakdown of a statement ("Rinciannya ...", "Of those, ..."). Carry-over
ends at a new source, at a sentence whose subject is another party (``subject_change``), at
words that open the reporter's own background ("Sebelumnya", "Meanwhile") or cite a law, and
after a bounded reach: a speaker's statement carries within its paragraph (in English only
where the text marks it, or tells what is to come), a report's data into the next paragraphs.
The vocabulary is ``[discourse]`` in ``lang/*/claims.toml``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache

from telusur.analyse.claims.attribution import (
    RESPONDENTS,
    MentionIndex,
    credits_nothing,
    opens_with_reference,
    quoted_runs,
    sentence_attributions,
)
from telusur.analyse.claims.cues import _QUOTES, contains, cues, phrase_at
from telusur.analyse.claims.records import Attribution, Cues
from telusur.analyse.claims.subject_change import SubjectWords, actor_subject, new_subject
from telusur.analyse.doc.document import Document
from telusur.analyse.doc.quotes import Quote
from telusur.analyse.doc.tokens import Token
from telusur.lang import load

_PARTIES = frozenset({"PER", "ORG", "GPE"})


@dataclass(frozen=True, slots=True)
class DiscourseWords:
    openers: frozenset[tuple[str, ...]]  # a sentence carrying on the statement before it
    breaks: frozenset[tuple[str, ...]]  # a sentence opening the reporter's own background
    asides: frozenset[tuple[str, ...]]  # the reporter's aside: not carried, carry goes on after
    data_verbs: frozenset[tuple[str, ...]]  # a party reporting data, not speaking
    requests: frozenset[tuple[str, ...]]  # a request starts no carry-over
    actors: frozenset[tuple[str, ...]]  # a party acting as the subject: the reporter's account
    one_reports: frozenset[str]  # reports an article cites as one document ("the survey")
    hearsay: frozenset[tuple[str, ...]]  # an unnamed report's words: no carry-over into them
    subject_leads: frozenset[str]  # words before a clause's subject ("kendati", "although")
    possessor_links: frozenset[str]  # words before a possessor ("sales of Ford")
    verb_prefixes: tuple[str, ...]  # a verb's prefixes, where the language marks verbs so
    projections: frozenset[tuple[str, ...]]  # what is to come: a plan or forecast relayed
    attitudes: frozenset[tuple[str, ...]]  # a party's own hope or fear ("the board hopes")
    rules: frozenset[tuple[str, ...]]  # a law or regulation cited: the reporter's background
    pollsters: tuple[str, ...]  # "adults quizzed by ICM for BBC News 24": the poll's parties
    data_reach: int  # paragraphs a report's data may carry over
    speech_reach: int  # paragraphs a speaker's statement may carry over
    unmarked: bool  # whether a speaker's words carry over with no opener (the language's style)


@cache
def discourse_words(lang: str) -> DiscourseWords:
    table = load(lang, "claims").get("discourse", {})

    def phrases(key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(p.lower().split()) for p in table.get(key, []))

    return DiscourseWords(
        openers=phrases("openers"),
        breaks=phrases("breaks"),
        asides=phrases("asides"),
        data_verbs=phrases("data_verbs"),
        requests=phrases("requests"),
        actors=phrases("actors"),
        one_reports=frozenset(w.lower() for w in table.get("one_reports", [])),
        hearsay=phrases("hearsay"),
        subject_leads=frozenset(w.lower() for w in table.get("subject_leads", [])),
        possessor_links=frozenset(w.lower() for w in table.get("possessor_links", [])),
        verb_prefixes=tuple(w.lower() for w in table.get("verb_prefixes", [])),
        projections=phrases("projections"),
        attitudes=phrases("attitudes"),
        rules=phrases("rules"),
        pollsters=tuple(w.lower() for w in table.get("pollsters", [])),
        data_reach=int(table.get("data_reach", 2)),
        speech_reach=int(table.get("speech_reach", 0)),
        unmarked=bool(table.get("unmarked_carry", True)),
    )


def attribute(doc: Document) -> list[list[Attribution]]:
    """Attributions per sentence; a pointing-back sentence also credits the one before it, and
    sentences crediting nobody inherit from quotations and carry-over (``discourse``)."""
    text, lang, sentences, tokens_of = doc.text, doc.lang, doc.sentences, doc.tokens_of
    index = doc.index()
    c = cues(lang)
    history: list[Attribution] = []
    per: list[list[Attribution]] = []
    for sentence in sentences:
        found = sentence_attributions(text, lang, sentence, index, history, tokens_of(sentence))
        per.append(found)
        history.extend(found)
    quoted_runs(text, sentences, per)
    _name_reports(doc, per)
    for k in range(1, len(sentences)):
        tokens = tokens_of(sentences[k])
        carried = [a for a in per[k] if a.mode in ("carried", "before", "after")]
        if not carried or not opens_with_reference(tokens, c) or tokens[0].raw in _QUOTES:
            continue  # '"Dengan demikian, ...," pungkasnya': the speaker's own connective
        # "Demikian disampaikan X": the paragraph before, as far as it credits nobody
        j, para = k - 1, doc.paragraph_of[k - 1]
        while j >= 0 and credits_nothing(per[j]) and doc.paragraph_of[j] == para:
            per[j] = [*per[j], replace(carried[0], mode="carried")]
            j -= 1
    credit_discourse(doc, per)
    return per


def _name_reports(doc: Document, per: list[list[Attribution]]) -> None:
    """ "A survey suggests ..." and, later, "The survey was conducted by X for Y": a report
    the article names no one for where it cites it is the report whose parties it names
    elsewhere, when it names those of only one report of that kind; what a share of the
    respondents says ("61% said") is the poll's, when the article names one report's parties."""
    named: dict[str, set[tuple[str, ...]]] = {}
    for found in per:
        for a in found:
            noun = _report_noun(doc, a)
            if noun is not None and a.sources and a.mode != "medium":
                named.setdefault(noun, set()).add(a.sources)
    polled = {p for ps in named.values() for p in ps}  # a poll's respondents: any report's
    pollsters = _pollsters(doc)
    if pollsters and not named:
        # "87% of the 1,000 adults quizzed by ICM for BBC News 24 said": the only poll the
        # article names its parties for, so "a new poll suggests" and "61% said" are its too
        polled = {pollsters}
        named = {noun: {pollsters} for noun in discourse_words(doc.lang).one_reports}
    for found in per:
        for j, a in enumerate(found):
            parties = named.get(a.head or "", set()) if a.mode == "unnamed" else set()
            if a.mode == "unnamed" and a.head == RESPONDENTS:
                parties = polled
            if len(parties) == 1:
                found[j] = replace(a, sources=next(iter(parties)), mode="before")


_POLLSTER_GAP = frozenset({"for", "and", "the", "on", "behalf", "of", ","})


def _pollsters(doc: Document) -> tuple[str, ...]:
    """The parties after the words naming who polled the respondents ("quizzed by ICM for BBC
    News 24", "surveyed by Gallup"), when the article names one such set."""
    low = doc.text.lower()
    found: set[tuple[str, ...]] = set()
    for phrase in discourse_words(doc.lang).pollsters:
        at = low.find(f" {phrase} ")
        while at >= 0:
            pos = at + len(phrase) + 2
            parties: list[str] = []
            for m in doc.index().within(pos, pos + 80):
                gap = doc.text[pos : m.span[0]].replace(",", " , ").lower().split()
                if m.type not in ("ORG", "PER") or any(w not in _POLLSTER_GAP for w in gap):
                    break
                parties.append(m.canonical)
                pos = m.span[1]
            if parties:
                found.add(tuple(dict.fromkeys(parties)))
            at = low.find(f" {phrase} ", at + 1)
    return next(iter(found)) if len(found) == 1 else ()


_REPORT_WORDS = 4  # words before a cue where the report it credits is named


def _report_noun(doc: Document, att: Attribution) -> str | None:
    """The report noun just before a cue ("The survey was conducted by", "the poll found"), or
    between the cue and the party it names ("menurut laporan Bank Dunia", "according to a
    survey by ICM")."""
    nouns = discourse_words(doc.lang).one_reports
    words = doc.text[max(0, att.cue[0] - 40) : att.cue[0]].lower().split()[-_REPORT_WORDS:]
    if att.subject is not None and att.cue[1] <= att.subject[0] <= att.cue[1] + 40:
        words = [*words, *doc.text[att.cue[0] : att.subject[0]].lower().split()]
    elif att.subject is not None and att.subject[1] <= att.cue[0]:
        # "The report by the US Pew Research Center reveals": the noun before the publisher,
        # joined to it by the agent's marker (the publisher's own name is no report)
        c = cues(doc.lang)
        before = doc.text[max(0, att.subject[0] - 40) : att.subject[0]].lower().split()
        for word in doc.text[att.subject[0] : att.subject[1]].split():
            if word[:1].isupper():
                break
            before.append(word.lower())  # "by the" opening the subject found
        while before and (before[-1],) in c.determiners:
            before.pop()
        if len(before) > 1 and before[-1] in c.agent_markers and before[-2] in nouns:
            return before[-2]
        words = [*words, *doc.text[att.subject[1] : att.cue[0]].lower().split()]
    return next((w for w in reversed(words) if w in nouns), None)


def credit_discourse(doc: Document, per: list[list[Attribution]]) -> None:
    """Add to ``per`` (attributions per sentence) what sentences crediting nobody inherit."""
    index = doc.index()
    for quote in doc.quotes:
        _credit_quote(doc, per, quote)
    _carry_over(doc, per, index)


def _parties(found: list[Attribution]) -> list[Attribution]:
    return [a for a in found if a.sources and a.mode != "medium"]


def _sentences_of(doc: Document, start: int, end: int) -> range:
    """The sentences overlapping ``[start, end)`` (sentences are in text order)."""
    first = bisect_right(doc.sentences, start, key=lambda s: s[1])
    last = bisect_left(doc.sentences, end, key=lambda s: s[0])
    return range(first, last)


def _credit_quote(doc: Document, per: list[list[Attribution]], quote: Quote) -> None:
    """Sentences inside a quotation that credit nobody are its speaker's."""
    ks = _sentences_of(doc, quote.start, quote.end)
    if not ks:
        return
    speaker = _speaker(doc, per, quote, ks)
    if speaker is None:
        return
    for k in ks:
        # a sentence opening inside the quotation is quoted, even when a stray mark after the
        # close runs the sentence on ('"... drop. "In the 20th century, ...')
        inside = quote.start <= doc.sentences[k][0] + 1
        if inside and not _parties(per[k]):
            per[k] = [*per[k], replace(speaker, mode="carried", how="quote")]


def _speaker(
    doc: Document, per: list[list[Attribution]], quote: Quote, ks: range
) -> Attribution | None:
    """Who is credited right after the quotation closes, or right before it opens, in the
    sentences it touches; else the speaker of a sentence introducing it with a colon."""
    after = [a for a in _parties(per[ks[-1]]) if a.cue[0] >= quote.end]
    if after:
        return min(after, key=lambda a: a.cue[0])
    before = [a for a in _parties(per[ks[0]]) if a.cue[1] <= quote.start]
    if before:
        return max(before, key=lambda a: a.cue[0])
    k = ks[0] - 1
    if k >= 0 and doc.text[: doc.sentences[ks[0]][0]].rstrip().endswith(":"):
        earlier = _parties(per[k])
        return earlier[-1] if earlier else None
    return _goes_on(doc, per, quote, ks[0])


def _goes_on(
    doc: Document, per: list[list[Attribution]], quote: Quote, k: int
) -> Attribution | None:
    """A quotation opening a sentence and naming no speaker goes on quoting the person the
    sentence before credits, in that paragraph or the one before ('... ," he said.' then
    '"In the 20th century, ..."')."""
    if k == 0 or doc.sentences[k][0] < quote.start - 1:
        return None  # the quotation does not open its sentence
    if doc.paragraph_of[k] - doc.paragraph_of[k - 1] > 1:
        return None
    earlier = [a for a in _parties(per[k - 1]) if a.mode != "carried"]
    return earlier[-1] if earlier else None


def _carry_over(doc: Document, per: list[list[Attribution]], index: MentionIndex) -> None:
    words = discourse_words(doc.lang)
    last: Attribution | None = None
    since = 0  # the paragraph where ``last`` was credited
    for k, sentence in enumerate(doc.sentences):
        own = _parties(per[k])
        para = doc.paragraph_of[k]
        if any(a.mode == "unnamed" for a in per[k]):
            last = None  # a report naming no one: the article speaks for itself again
            continue
        if own:
            last, since = own[-1], para
            if _verb(doc, last) in words.requests:
                last = None
            continue
        if last is None:
            continue
        tokens = doc.tokens_of(sentence)
        if _opens(tokens, words.asides):
            continue  # "Shares in X fell 5%", "Analysts expected ...": the reporter's aside
        if contains(tokens, words.rules):
            last = None  # "retribusi resmi yang diatur Peraturan Daerah ...": the rule's terms,
            continue  # told by the reporter; the speaker's statement has ended
        if not _continues(doc, tokens, last, para - since, index, words):
            last = None
            continue
        per[k] = [*per[k], replace(last, mode="carried", how="carried")]
        if _opens(tokens, words.openers):
            since = para  # "Lalu, ...", "Rinciannya ...": the statement goes on from here


def _continues(
    doc: Document,
    tokens: list[Token],
    last: Attribution,
    paragraphs: int,
    index: MentionIndex,
    words: DiscourseWords,
) -> bool:
    if not tokens or _opens(tokens, words.breaks):
        return False
    if contains(tokens, words.hearsay):
        return False  # "yang dikabarkan ...", "reportedly": what unnamed reports say
    data = _reports_data(doc, last, words)
    types = frozenset({"PER"}) if data else _PARTIES
    if new_subject(tokens, last.sources, index, types, doc.lang, _subject_words(words)):
        return False
    if not data and actor_subject(tokens, words.actors, cues(doc.lang).sentence_leads):
        return False
    if _opens_with(tokens, last.sources, index, cues(doc.lang).pronouns):
        return False  # "Laura Ashley, which floated in 1995, ...": the reporter on the party
    if _opens(tokens, words.openers):
        return paragraphs <= max(1, words.data_reach if data else words.speech_reach)
    if not data and not words.unmarked:
        # a speaker's words go on only where the text says so, or, in their paragraph, in a
        # sentence telling what is to come ("30,000 jobs are to go", "will leave"): a plan or
        # a forecast, which the reporter relays rather than witnesses
        return paragraphs == 0 and _projection(tokens, words, cues(doc.lang))
    return paragraphs <= (words.data_reach if data else words.speech_reach)


def _opens_with(
    tokens: list[Token], parties: tuple[str, ...], index: MentionIndex, pronouns: frozenset[str]
) -> bool:
    """Whether the sentence opens by naming the credited party itself, with no cue of its own:
    what follows is the reporter's account of that party, not more of what it said."""
    if not tokens[0].raw[:1].isupper() or tokens[0].low in pronouns:
        return False  # "It leaves GDP up 2.3%", "Dia menjabarkan": a pronoun goes on
    m = index.covering(tokens[0].start, tokens[0].end)
    if m is None or m.span[0] != tokens[0].start or m.canonical not in parties:
        return False
    k = next((i for i, t in enumerate(tokens) if t.start >= m.span[1]), len(tokens))
    # "Rahmad melanjutkan, Perumnas ...": the party, a verb and a comma report what follows
    return not (k + 1 < len(tokens) and tokens[k + 1].raw == "," and tokens[k].raw.isalpha())


def _projection(tokens: list[Token], words: DiscourseWords, c: Cues) -> bool:
    """A sentence telling what is to come that cites no one of its own ("The board hopes",
    "According to official data": a party or a report the article leaves unnamed)."""
    if not contains(tokens, words.projections):
        return False
    own = c.subject_verbs | c.source_after | c.after_verbs | words.attitudes
    return not any(phrase_at(tokens, i, own) for i in range(len(tokens)))


_LEAD = 3  # words at a sentence's opening where its connective may stand ("Dimana saat itu")


def _opens(tokens: list[Token], table: frozenset[tuple[str, ...]]) -> bool:
    firsts = _first_words(table)
    return any(
        tokens[i].low in firsts and phrase_at(tokens, i, table)
        for i in range(min(_LEAD, len(tokens)))
    )


@cache
def _first_words(table: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(p[0] for p in table if p)


def _subject_words(words: DiscourseWords) -> SubjectWords:
    return SubjectWords(words.subject_leads, words.possessor_links, words.verb_prefixes)


def _verb(doc: Document, att: Attribution) -> tuple[str, ...]:
    return tuple(doc.text[att.cue[0] : att.cue[1]].lower().split())


def _reports_data(doc: Document, att: Attribution, words: DiscourseWords) -> bool:
    """A party credited for data ("X mencatat", "data X menunjukkan", "menurut data X")
    rather than for a statement of its own."""
    if _verb(doc, att) in words.data_verbs:
        return True
    if att.subject is None:
        return False
    lead = doc.text[max(0, att.subject[0] - 40) : att.subject[1]].lower().split()
    nouns = cues(doc.lang).report_nouns
    return any(tuple(lead[i : i + 1]) in nouns for i in range(len(lead)))
