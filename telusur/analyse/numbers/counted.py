"""The noun phrase a figure counts: "1.500 tentara", "200 artileri jarak jauh", "30.000 tentaranya".

Without a tagger the phrase is kept short and stopped early: at punctuation, function words,
words that look like verbs, a proper noun after a lower-case head, or a possessive -nya, and
after at most ``max_words`` words. A phrase is never better than its head noun, so stopping
early costs little.
"""

from __future__ import annotations

import re

from telusur.analyse.numbers.words import CountedWords
from telusur.records import Span

# A word after the figure, separated by spaces only (punctuation ends the phrase).
_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+(?:-[^\W\d_]+)*)")


def counted_phrase(
    text: str,
    low: str,
    pos: int,
    words: CountedWords,
    *,
    via_of: bool = False,
    need_of: bool = False,
) -> tuple[str, Span] | None:
    """The counted phrase starting after ``pos`` as (text, span), or None.

    ``low`` is ``text`` lower-cased (same length). With ``via_of`` a leading "dari"/"of" is
    skipped ("setengah dari amunisi"); with ``need_of`` it is required (fractions, percentages).
    """
    match = _WORD.match(low, pos)
    if match is None:
        return None
    if match.group(1) in words.of_words:
        if not (via_of or need_of):
            return None
        match = _skip_determiners(low, match.end(), words)
        if match is None:
            return None
    elif need_of:
        return None
    return _phrase(text, low, match, words)


def _skip_determiners(low: str, pos: int, words: CountedWords) -> re.Match[str] | None:
    match = _WORD.match(low, pos)
    if match is not None and match.group(1) in words.determiners:
        match = _WORD.match(low, match.end())
    return match


def _phrase(
    text: str, low: str, head: re.Match[str], words: CountedWords
) -> tuple[str, Span] | None:
    word = head.group(1)
    if (word in words.stop and word not in words.head_only) or len(word) < 2:
        return None
    start, end = head.span(1)
    end, done = _possessive(low, start, end, words)
    capital = text[start].isupper()
    count = 1
    pos = head.end()
    while not done and count < words.max_words:
        match = _WORD.match(low, pos)
        if match is None or not _continues(text, match, capital, words):
            break
        end, done = _possessive(low, match.start(1), match.end(1), words)
        count += 1
        pos = match.end()
    return text[start:end], (start, end)


def _continues(text: str, match: re.Match[str], capital: bool, words: CountedWords) -> bool:
    """Whether a further word belongs to the phrase."""
    word = match.group(1)
    if word in words.stop or word in words.head_only:
        return False
    if not capital and text[match.start(1)].isupper():
        return False  # a proper noun after a common head: who, not what ("tentara Korea Utara")
    return not _verb_like(word, words)


def _verb_like(word: str, words: CountedWords) -> bool:
    if word in words.not_verbs:
        return False
    if any(word.endswith(s) and len(word) > len(s) + 1 for s in words.verb_suffixes):
        return True
    return any(word.startswith(p) and len(word) >= len(p) + 3 for p in words.verb_prefixes)


def _possessive(low: str, start: int, end: int, words: CountedWords) -> tuple[int, bool]:
    """Drop a possessive suffix ("tentaranya" -> "tentara"); it also ends the phrase."""
    suffix = words.possessive
    if not suffix or end - start <= len(suffix) + 2 or not low.endswith(suffix, start, end):
        return end, False
    if low[start:end] in words.keep_nya:
        return end, False
    return end - len(suffix), True
