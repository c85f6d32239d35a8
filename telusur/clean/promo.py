"""An outlet's promotion of its own event closing an article: a call to take part in the site's
programme or contest, naming the site ("Silakan ikut program kumparan bertajuk …"), and the
steps, prompts and link under it ("Caranya mudah!", "2. Follow dan tag @kumparancom …", "Info
selengkapnya silakan diakses di sini."). A programme the story reports is named without the
reader's call ("… ikut program pelatihan kerja"), or with a quotation under it, and stays.
"""

from __future__ import annotations

import re
from functools import cache

from telusur.clean.lines import QUOTE, REPORTING, vocab, words_pattern
from telusur.clean.outlet import display_name

REACH = 8  # filled lines from the end a closing promotion may span
OPENER_LEN = 300  # the call is a sentence or two, no paragraph
STORY_LINES = 2  # filled lines of the story above it, headline included
HANDLE = re.compile(r"@(\w+?)(?:com|id|official)?\b")
WORD = re.compile(r"[\w.]+")


def cut(lines: list[str]) -> tuple[list[str], list[str]]:
    """``(kept lines, removed lines)``: the promotion and every line under it go."""
    filled = [i for i, line in enumerate(lines) if line]
    reach = filled[STORY_LINES:][-REACH:]
    start = next((i for i in reach if _opens(lines[i])), None)
    if start is None:
        return lines, []
    under = [i for i in filled if i > start]
    if any(QUOTE.search(lines[i]) for i in under):
        return lines, []  # someone speaks under it: the story goes on
    return lines[:start], [line for line in lines[start:] if line]


@cache
def _calls() -> re.Pattern[str]:
    """The calls as whole words: "mengikuti program" holds no call."""
    return words_pattern(list(vocab().promo_calls))


def _opens(line: str) -> bool:
    if len(line) > OPENER_LEN:
        return False
    low = line.lower()
    if not any(c in low for c in vocab().promo_calls):  # most lines: no regex to run
        return False
    if not _calls().search(low) or REPORTING.search(line):
        return False
    return any(display_name(w) for w in WORD.findall(low)) or any(
        display_name(h) for h in HANDLE.findall(low)
    )
