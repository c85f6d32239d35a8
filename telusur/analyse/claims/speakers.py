"""Who a pronoun or a bare title stands for: the person last credited ('"...," katanya',
"he said"), the person the article named with a title ("menurut Menhub", "The prime minister
... He said"), and a speaker named after a quotation's verb with their office or title."""

from __future__ import annotations

import re
from functools import cache

from telusur.analyse.claims.cues import _QUOTES, _strip_front, cues
from telusur.analyse.claims.records import Attribution, Cues, Source
from telusur.analyse.doc.index import MentionIndex
from telusur.analyse.doc.phrases import norm
from telusur.analyse.doc.tokens import Token
from telusur.analyse.entities.lexicon import lexicon
from telusur.lang import load
from telusur.records import Mention


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
    if not group:
        titled = _titled_before(token, lang, index)
        rival = index.latest(token.start, frozenset({"PER"}))  # a reference's span is its own
        if titled is not None and (rival is None or titled[0] > rival.span[0]):
            return Source((titled[1].canonical,), (token.start, token.end))
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


_TITLE_REACH = 250  # characters back where the sentence before a pronoun opens with a title
_OPENING_TITLE = re.compile(r"(?:^|[.!?][\"”’']?\s+)[Tt]he ((?:[a-z]+ ){0,3}[a-z]+)\b")


def _titled_before(token: Token, lang: str, index: MentionIndex) -> tuple[int, Mention] | None:
    """ "Tony Blair ... Mr Brown was absent. The prime minister toured the plant. He said":
    a person's pronoun right after a sentence opening with a bare title stands for the person
    the article named with that title; (where the title stands, whom it names)."""
    start = max(0, token.start - _TITLE_REACH)
    found = list(_OPENING_TITLE.finditer(index.text, start, token.start))
    if not found:
        return None
    m = found[-1]
    if re.search(r"[.!?][\"”’']?\s", index.text[m.end() : token.start]) is None:
        return None  # the title opens the pronoun's own sentence
    words = [norm(w) for w in m.group(1).split()]
    hit = lexicon(lang).titles.match(words, 0)
    if hit is None:
        return None
    at = m.start(1)
    person = index.titled(at, " ".join(m.group(1).split()[: hit[0]]).lower(), ranks=_ranks(lang))
    return (at, person) if person is not None else None


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


def _apposed_person(
    tokens: list[Token], phrase: list[Token], index: MentionIndex, lang: str
) -> Source | None:
    """'..., kata Kasat Lantas Jakarta Barat, Kompol Hari Admoko': an office, a comma and the
    person holding it; the person is the speaker."""
    k = next(n for n, t in enumerate(tokens) if t.start == phrase[-1].start) + 1
    if k >= len(tokens) - 1 or tokens[k].raw != ",":
        return None
    named = index.within(phrase[0].start, phrase[-1].end)
    if any(m.type == "PER" for m in named):
        # the phrase names its person already, unless what was read as one is a body or a
        # unit after a title ("Ketua Presidium IPW, Neta S Pane")
        titled = lexicon(lang).titles.match([norm(t.raw) for t in phrase], 0)
        if not titled or any(_full_name(m) for m in named):
            return None
    after = tokens[k + 1 : k + 1 + _APPOSED_REACH]
    if not after:
        return None
    person = next(
        (m for m in index.within(after[0].start, after[-1].end + 200) if m.type == "PER"), None
    )
    if person is None or person.span[0] > after[-1].end:
        return None
    return Source((person.canonical,), person.span)


def _full_name(m: Mention) -> bool:
    """A person's name of two words or more with no acronym in it: not a body or a unit read
    as a person after a title ("Ketua Presidium IPW, Neta S Pane", "Direktur Walhi, ...")."""
    words = m.text.split()
    return m.type == "PER" and len(words) > 1 and not any(_acronym(w) for w in words)


def _acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


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
