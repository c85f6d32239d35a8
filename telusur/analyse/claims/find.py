"""Claims: every reported figure with what it counts, whom it is about, who says so and when.

A figure is a quantity that measures something (people, things, money, shares). Dates, ages,
spans of time and ordinals are not claims. Each claim takes its source from the reporting cue
that covers it (``attribution``), its actor from the clause it sits in, its time from the time
expressions of its sentence (the time the figure refers to before the time it was said), its
hedge from words of doubt, and its status from anonymity or non-confirmation in the sentence.
Denials found later may mark a claim "denied" (``denials.apply_denials``).

A vague amount ("ribuan tentara", "miliaran dolar") is a claim only when someone is credited
with it: in the article's own voice it describes rather than reports. Ages are not claims:
"berusia 45 tahun" describes a person, not a reported measure, and would flood claim groups
with unrelated numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from telusur.analyse.claims.attribution import MentionIndex, governing, how_credited, sentence_has
from telusur.analyse.claims.cues import contains, cues, phrase_at
from telusur.analyse.claims.discourse import attribute
from telusur.analyse.claims.records import Attribution
from telusur.analyse.doc.document import Document
from telusur.analyse.doc.tokens import Token, words_of
from telusur.analyse.numbers.kinds import (
    kind_of,
    measure_before,
    narrowable,
    refined,
    undergone,
    unit_kind,
)
from telusur.clean.outlet import display_name
from telusur.lang import load
from telusur.records import Claim, Mention, Published, Quantity, TimeRef

Span = tuple[int, int]
_ACTORS = frozenset({"GPE", "ORG", "PER"})


@dataclass(frozen=True, slots=True)
class FigureWords:
    """Words that tell a figure from a date, an age, a span of time or an ordinal."""

    age_before: frozenset[str]
    age_after: tuple[str, ...]
    ordinal_before: frozenset[str]
    hedges: frozenset[tuple[str, ...]]
    hedge_starts: frozenset[str]
    locative: frozenset[str]
    then: frozenset[tuple[str, ...]]
    since: frozenset[str]


@cache
def figure_words(lang: str) -> FigureWords:
    data = load(lang, "claims")
    fig = data.get("figures", {})
    about = data.get("about", {})
    hedges = frozenset(tuple(h.split()) for h in data.get("hedges", {}).get("words", []))
    return FigureWords(
        age_before=frozenset(fig.get("age_before", [])),
        age_after=tuple(fig.get("age_after", [])),
        ordinal_before=frozenset(fig.get("ordinal_before", [])),
        hedges=hedges,
        hedge_starts=frozenset(h[0] for h in hedges if h),
        locative=frozenset(about.get("locative", [])),
        then=frozenset(tuple(p.split()) for p in about.get("then", [])),
        since=frozenset(about.get("since", [])),
    )


def find_claims(
    doc: Document,
    quantities: list[Quantity],
    times: list[TimeRef],
    published: Published | None = None,
    attributions: list[list[Attribution]] | None = None,
) -> list[Claim]:
    """Every figure of the article as a claim, in text order (a pure function of its inputs).

    ``published`` closes intervals opened by "sejak"/"since" when the statement has no date;
    ``attributions`` (``discourse.attribute(doc)``) when the caller shares them with denials.
    """
    text, lang, sentences, tokens_of = doc.text, doc.lang, doc.sentences, doc.tokens_of
    per = attribute(doc) if attributions is None else attributions
    index = doc.index()
    claims: list[Claim] = []
    views: dict[int, _View] = {}  # what every figure of a sentence reads, found once
    starts = [a for a, _ in sentences]
    for q in sorted(quantities, key=lambda q: q.span):
        k = _sentence_of(sentences, starts, q.span[0])
        if k is None or not is_figure(text, lang, q, times, index):
            continue
        sentence = sentences[k]
        att = governing(per[k], q.span[0])
        if q.qualifier == "vague" and (att is None or not att.sources):
            continue
        if k not in views:
            views[k] = _View.of(text, lang, sentence, tokens_of(sentence))
        view = views[k]
        kind = _kind(text, q, sentence)
        parties = _parties(att, doc.outlet)
        claims.append(
            Claim(
                span=q.span,
                sentence=sentence,
                value=q.value,
                low=q.low,
                high=q.high,
                qualifier=q.qualifier,
                unit=q.unit,
                counts=q.counts,
                kind=kind,
                about=_about(lang, q, sentence, view, index, att, undergone(kind)),
                sources=parties,
                channel=att.channel if att else None,
                when=_when(q, k, sentences, times, att, published, view, text, lang),
                hedge=_hedge(q, view.doubts),
                status=_status(
                    att, view.unconfirmed or (not parties and _in_hedge(q, view, text, lang))
                ),
                attribution=how_credited(att) if att and parties else None,
                cue=att.cue if att and parties else None,
            )
        )
    return claims


def _parties(att: Attribution | None, outlet: str | None) -> list[str]:
    """The credited parties, without the outlet printing the article: what it prints in its
    own voice is no one's claim ("dikatakan Kompas.com" in Kompas.com)."""
    if att is None:
        return []
    if outlet is None:
        return list(att.sources)
    own = (display_name(outlet) or outlet).lower()
    return [s for s in att.sources if (display_name(s) or s).lower() != own]


def _sentence_of(sentences: list[Span], starts: list[int], pos: int) -> int | None:
    k = bisect_left(starts, pos + 1) - 1
    return k if k >= 0 and sentences[k][0] <= pos < sentences[k][1] else None


@dataclass(slots=True)
class _View:
    """One sentence as its figures read it: its tokens with the clause openers, relative words,
    words of doubt and non-confirmation found once, so each figure costs a lookup, not a scan
    of the sentence (a sentence may hold hundreds of figures)."""

    tokens: list[Token]
    doubts: list[tuple[int, str]]
    unconfirmed: bool
    points_back: bool
    hedged: list[
        Span
    ]  # "are thought to", "diyakini": unconfirm an uncredited figure in their clause
    ends: list[int] = field(default_factory=list)  # each token's end, for bisecting
    openers: list[int] = field(default_factory=list)  # starts of clause openers
    opener_ends: list[int] = field(default_factory=list)
    relatives: list[int] = field(default_factory=list)  # indices of relative words

    @classmethod
    def of(cls, text: str, lang: str, sentence: Span, tokens: list[Token]) -> _View:
        words, said = figure_words(lang), cues(lang)
        openers, relative = said.clause_openers, said.relative
        view = cls(
            tokens,
            _hedges(lang, tokens),
            sentence_has(text, lang, sentence, "unconfirmed", tokens),
            contains(tokens, words.then),
            _hedged(lang, tokens),
            [t.end for t in tokens],
        )
        for i, t in enumerate(tokens):
            if t.low in openers:
                view.openers.append(t.start)
                view.opener_ends.append(t.end)
            if t.low in relative:
                view.relatives.append(i)
        return view

    def clause_start(self, pos: int) -> int:
        """End of the last clause opener ("bahwa", "that") before ``pos``."""
        k = bisect_left(self.openers, pos) - 1
        return self.opener_ends[k] if k >= 0 else 0

    def last_relative(self, start: int, pos: int) -> int | None:
        """Index of the last relative word starting in [start, pos)."""
        for i in reversed(self.relatives):
            at = self.tokens[i].start
            if at < start:
                return None
            if at < pos:
                return i
        return None

    def previous(self, pos: int) -> Token | None:
        """The last token ending at or before ``pos``."""
        k = bisect_left(self.ends, pos + 1) - 1
        return self.tokens[k] if k >= 0 else None


# --- which figures are claims -----------------------------------------------------------


def is_figure(text: str, lang: str, q: Quantity, times: list[TimeRef], index: MentionIndex) -> bool:
    """Whether a quantity is a reported figure rather than a date, an age, an ordinal or part of
    a name. A duration ("selama tiga hari", "for seven years") is a figure: a sentence handed
    down is one; a time counted from the report ("tiga hari lalu") is a time, found before."""
    if q.value is None and q.low is None and q.high is None:
        return False
    if any(t.span[0] < q.span[1] and q.span[0] < t.span[1] for t in times):
        return False
    words = figure_words(lang)
    before = words_of(text, max(0, q.span[0] - 40), q.span[0])
    counted = (q.counts or "").lower().split()
    if _age(text, q, before, counted, words, index):
        return False
    if _in_name(text, q) or _list_marker(text, q):
        return False
    return not (before and before[-1].rstrip("-") in words.ordinal_before)


_NAME_GAP = frozenset(" -–")
_LIST_LEAD = frozenset(" \t,:;(")


def _list_marker(text: str, q: Quantity) -> bool:
    """ "2. Posko Siaga ...", "3) ...": a number opening a line (or after "yakni:") that
    numbers a list item."""
    if text[q.span[1] : q.span[1] + 1] not in (".", ")") or q.counts:
        return False
    if text[q.span[1] + 1 : q.span[1] + 2].isdigit():
        return False  # "2.5", "1.500"
    at = q.span[0]
    while at > 0 and text[at - 1] in _LIST_LEAD:
        at -= 1
    return at == 0 or text[at - 1] == "\n" or text[at - 1] == ":"


def _in_name(text: str, q: Quantity) -> bool:
    """A number that belongs to a name: "Mi 9", "Liga 1 Indonesia", "BC 9001", "S&P 500".

    A plain count right after a capitalised word that does not open its sentence, with no
    lower-case word counted after it, names a thing rather than counting one."""
    if q.unit != "count" or (q.counts and not q.counts[:1].isupper()):
        return False
    end = q.span[0]
    while end > 0 and text[end - 1] in _NAME_GAP and q.span[0] - end < 3:
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:end]
    if not word[:1].isupper() or not word.replace("&", "").replace("-", "").isalnum():
        return False
    before = text[max(0, start - 3) : start].rstrip(" ")
    return bool(before) and before[-1:] not in '.!?\n"“:'


def _age(
    text: str,
    q: Quantity,
    before: list[str],
    counted: list[str],
    words: FigureWords,
    index: MentionIndex,
) -> bool:
    """An age: "berusia 45 tahun", "a 45-year-old", or "Budi (45)" after a person's name."""
    if any(w in words.age_before for w in before[-2:]):
        return True
    tail = text[q.span[1] : q.span[1] + 12].lower()
    if any(tail.lstrip(" -").startswith(a.lstrip("-")) for a in words.age_after) and (
        not counted or counted[0].startswith("year")
    ):
        return True
    if text[q.span[0] - 1 : q.span[0]] == "(" and text[q.span[1] : q.span[1] + 1] == ")":
        person = index.latest(q.span[0], frozenset({"PER"}))
        return person is not None and q.span[0] - person.span[1] <= 3
    return False


# --- what, who, when, how firmly --------------------------------------------------------


def _kind(text: str, q: Quantity, sentence: Span) -> str | None:
    found = kind_of(q.counts)
    if found is not None and narrowable(found):
        return refined(found, _predicate(text, q, sentence), _subject(text, q, sentence))
    if found is not None:
        return found
    if q.unit != "count" or not q.counts:
        window = text[max(sentence[0], q.span[0] - 60) : q.span[0]]
        found = measure_before(window)
        if found is not None:
            return found
    return unit_kind(q.unit)


_CLAUSE_END = re.compile(r"[,.;:()\"“”]|\d")
_SUBJECT_END = re.compile(r"[;:]|\d")
_NEAR_WORDS = 5


def _predicate(text: str, q: Quantity, sentence: Span) -> str:
    """The few words after the counted words, up to punctuation or the next figure."""
    start = q.counts_span[1] if q.counts_span else q.span[1]
    window = text[start : min(sentence[1], start + 80)]
    cut = _CLAUSE_END.search(window)
    return " ".join(window[: cut.start() if cut else None].split()[:_NEAR_WORDS])


def _subject(text: str, q: Quantity, sentence: Span) -> str:
    """The words before the figure back to the previous figure or the sentence's start
    ("Jumlah korban meninggal ..., bertambah menjadi 27 orang")."""
    window = text[max(sentence[0], q.span[0] - 200) : q.span[0]]
    cuts = list(_SUBJECT_END.finditer(window))
    return window[cuts[-1].end() if cuts else 0 :]


def _about(
    lang: str,
    q: Quantity,
    sentence: Span,
    view: _View,
    index: MentionIndex,
    att: Attribution | None,
    undergone: bool = False,
) -> str | None:
    """The actor: a name on the counted words, else the subject of the figure's clause.

    ``undergone``: the figure counts people something happened to (the dead, the missing);
    a name after it is then an agent ("dicari tim SAR"), never whom the figure is about."""
    words = figure_words(lang)
    counted_end = q.counts_span[1] if q.counts_span else q.span[1]
    for m in index.within(q.span[1], sentence[1]):
        if m.span[0] > counted_end + 2:
            break
        if m.type in _ACTORS and not _locative(view, m, words):
            return m.canonical
    opened = max(sentence[0], _after_dateline(view.tokens))
    said = opened
    if att is not None and att.cue[1] <= q.span[0]:
        said = max(opened, att.cue[1], att.subject[1] if att.subject else 0)
    start = max(said, view.clause_start(q.span[0]))

    def fits(m: Mention) -> bool:
        return m.type in _ACTORS and not _credited(m, att) and not _locative(view, m, words)

    subject = _before_relative(view, index, q.span[0], start)
    if subject is not None and subject.type in _ACTORS and not _credited(subject, att):
        return subject.canonical
    windows = [(start, q.span[0]), (said, q.span[0]), (opened, q.span[0])]
    if not undergone:
        windows.append((q.span[1], sentence[1]))
    for lo, hi in windows:
        for m in index.within(lo, hi):
            if fits(m):
                return m.canonical
    # A regional office's figures are about the region it serves ("BPS Provinsi Jawa Barat
    # mencatat ...") when no other actor is named. Not a toll's: the dead of one disaster are
    # counted by national and regional offices alike, and their figures must meet in one
    # timeline, which is keyed by what a claim is about.
    return att.region if att is not None and not undergone else None


def _credited(m: Mention, att: Attribution | None) -> bool:
    """A mention naming the source or the medium is not the actor."""
    if att is None:
        return False
    if att.subject and att.subject[0] <= m.span[0] < att.subject[1]:
        return True
    return m.canonical in att.sources or m.canonical == att.channel


def _before_relative(view: _View, index: MentionIndex, pos: int, start: int) -> Mention | None:
    """The name a relative clause hangs on: "Korut yang kirim 1.500 tentara" -> Korut."""
    k = view.last_relative(start, pos)
    if not k:
        return None
    prev = view.tokens[k - 1]
    return index.covering(prev.start, prev.end)


def _after_dateline(tokens: list[Token]) -> int:
    """Where the text starts after a dateline ("Seoul, Kantor Berita- ..."), else 0."""
    for t in tokens[:8]:
        if t.raw in ("-", "–", "—"):
            return t.end
    return 0


def _locative(view: _View, m: Mention, words: FigureWords) -> bool:
    prev = view.previous(m.span[0])
    return prev is not None and prev.low in words.locative


def _when(
    q: Quantity,
    k: int,
    sentences: list[Span],
    times: list[TimeRef],
    att: Attribution | None,
    published: Published | None,
    view: _View,
    text: str,
    lang: str,
) -> tuple[str, str] | None:
    """The time the figure refers to; else the time it was said; else the time of "saat itu"."""
    a, b = sentences[k]
    dated = [t for t in times if a <= t.span[0] < b and t.start and t.end and _may_date(q, t)]
    said = [t for t in dated if att is not None and _near_cue(t, att)]
    meant = [t for t in dated if t not in said]
    if meant:
        best = min(meant, key=lambda t: abs(t.span[0] - q.span[0]))
        if _since(text, lang, best):
            until = str(said[0].end) if said else (published.end if published else None)
            if until and until >= str(best.start):
                return (str(best.start), until[:10])
        return (str(best.start), str(best.end))
    if said:
        return (str(said[0].start), str(said[0].end))
    if k > 0 and view.points_back:
        pa, pb = sentences[k - 1]
        earlier = [t for t in times if pa <= t.span[0] < pb and t.start and t.end]
        if earlier:
            return (str(earlier[-1].start), str(earlier[-1].end))
    return None


def _may_date(q: Quantity, t: TimeRef) -> bool:
    """ "sehari setelah X" dates X, after it; a figure before it belongs to the main clause."""
    return t.anchor != "event" or q.span[0] > t.span[0]


def _since(text: str, lang: str, t: TimeRef) -> bool:
    """A time opened by "sejak"/"since": the figure runs from it up to the statement."""
    words = figure_words(lang).since
    own = t.text.split()
    if own and own[0].lower() in words:
        return True
    before = words_of(text, max(0, t.span[0] - 12), t.span[0])
    return bool(before) and before[-1] in words


def _near_cue(t: TimeRef, att: Attribution) -> bool:
    """A time next to the reporting cue dates the statement, not the figure."""
    if 0 <= t.span[0] - att.cue[1] <= 25:
        return True
    return att.subject is not None and t.span[1] <= att.subject[0] and att.mode == "before"


def _hedges(lang: str, tokens: list[Token]) -> list[tuple[int, str]]:
    """(offset, words) of each word of doubt in a sentence, longest phrase (up to 3) first."""
    words = figure_words(lang)
    found: list[tuple[int, str]] = []
    for i, token in enumerate(tokens):
        if token.low not in words.hedge_starts:
            continue
        for n in (3, 2, 1):
            phrase = tuple(t.low for t in tokens[i : i + n])
            if len(phrase) == n and phrase in words.hedges:
                found.append((token.start, " ".join(phrase)))
                break
    return found


def _hedge(q: Quantity, found: list[tuple[int, str]]) -> str | None:
    """The word of doubt closest before the figure in its sentence, else the first after it."""
    if not found:
        return None
    before = [f for f in found if f[0] < q.span[0]]
    return before[-1][1] if before else found[0][1]


def _hedged(lang: str, tokens: list[Token]) -> list[Span]:
    table = cues(lang).hedged
    found = []
    for i in range(len(tokens)):
        n = phrase_at(tokens, i, table) if table else 0
        if n:
            found.append((tokens[i].start, tokens[i + n - 1].end))
    return found


def _in_hedge(q: Quantity, view: _View, text: str, lang: str) -> bool:
    """Whether a hedge stands in the figure's clause: no comma, stop, coordinator or clause
    opener between the two ("IBM has received 25,772 patents and reportedly has ...")."""
    c = cues(lang)
    bounds = c.coordinators | c.clause_openers
    for start, end in view.hedged:
        a, b = min(q.span[1], start), max(q.span[0], end)
        if any(ch in text[a:b] for ch in ",;:.!?"):
            continue
        if not any(a <= t.start and t.end <= b and t.low in bounds for t in view.tokens):
            return True
    return False


def _status(att: Attribution | None, unconfirmed: bool) -> str:
    if att is not None and att.anonymous:
        return "unconfirmed"
    return "unconfirmed" if unconfirmed else "asserted"
