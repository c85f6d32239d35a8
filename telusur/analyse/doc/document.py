"""The one document an article is read into, built once and read by every analyser.

It holds the paragraphs, sentences, word tokens (for names), sentence tokens (for cues) and
quotations with their extents; the entity stage adds the mentions. Later stages read what the
earlier ones added instead of tokenising the text again, as spaCy's ``Doc`` is shared by its
pipeline components.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from telusur.analyse.doc.index import MentionIndex
from telusur.analyse.doc.phrases import Tokens, tokenize_plain
from telusur.analyse.doc.quotes import Quote, find_quotes, paragraphs_of
from telusur.analyse.doc.sentences import split_sentences
from telusur.analyse.doc.tokens import SentenceTokens
from telusur.records import Mention

Span = tuple[int, int]


@dataclass(slots=True)
class Document:
    text: str
    lang: str
    paragraphs: list[Span]
    sentences: list[Span]
    words: Tokens  # word tokens of the whole text, for names and references
    tokens_of: SentenceTokens  # word and punctuation tokens, per sentence
    quotes: list[Quote]
    paragraph_of: list[int]  # per sentence, the index of its paragraph
    mentions: list[Mention] = field(default_factory=list)  # added by the entity stage
    outlet: str | None = None  # the outlet printing the article: never a party to its claims
    _index: MentionIndex | None = None

    def index(self) -> MentionIndex:
        """The mentions indexed by position, made once (after the entity stage added them)."""
        if self._index is None or len(self._index.items) != len(self.mentions):
            self._index = MentionIndex(self.mentions, self.text)
        return self._index

    def with_sentences(self, sentences: list[Span]) -> Document:
        """The same document cut into other sentences (the bounded ones of a hostile text);
        itself when they are the same."""
        if sentences == self.sentences:
            return self
        starts = [p[0] for p in self.paragraphs]
        return replace(
            self,
            sentences=sentences,
            paragraph_of=[max(bisect_right(starts, s[0]) - 1, 0) for s in sentences],
            _index=None,
        )

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation holding position ``pos``, if any."""
        k = bisect_right(self.quotes, pos, key=lambda q: q.start) - 1
        if k >= 0 and pos < self.quotes[k].end:
            return self.quotes[k]
        return None


def read_document(
    text: str,
    lang: str,
    *,
    sentences: list[Span] | None = None,
    mentions: list[Mention] | None = None,
    outlet: str | None = None,
) -> Document:
    """The document of ``text``; ``sentences`` and ``mentions``, when given, are taken as they
    are (a caller that already has them, or a test that fixes them)."""
    paragraphs = paragraphs_of(text)
    sentences = split_sentences(text, lang) if sentences is None else sentences
    starts = [p[0] for p in paragraphs]
    return Document(
        text=text,
        lang=lang,
        paragraphs=paragraphs,
        sentences=sentences,
        words=tokenize_plain(text),
        tokens_of=SentenceTokens(text),
        quotes=find_quotes(text, paragraphs),
        paragraph_of=[max(bisect_right(starts, s[0]) - 1, 0) for s in sentences],
        mentions=list(mentions or []),
        outlet=outlet,
    )
