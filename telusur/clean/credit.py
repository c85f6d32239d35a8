"""The credited wire or source outlet of an article.

In order of trust:

1. a removed credit line ("Sumber: Channelnewsasia.com", a standalone "(Antara)");
2. a known wire agency closing the last paragraph ("... kata pejabat itu. AFP", "(Antara)");
3. a credit phrase naming a known outlet in the body ("dikutip dari CNN International").

A credit equal to the article's own outlet is no credit. Names found as known aliases become
display names; a name written as a domain ("Channelnewsasia.com") or unknown stays as written.
Cue phrases live in ``lang/{id,en}/credit.toml``, outlets in ``lang/common/outlets.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain

from telusur.clean.outlet import display_name, outlets
from telusur.lang import load

LANGS = ("id", "en")
LOWERED_SHARE = 0.02
_UPPER = re.compile(r"[A-Z]")
_LETTER = re.compile(r"[A-Za-z]")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.\w\w|id|net|org|tv|news)(?:\.\w\w)?", re.I)


@dataclass(frozen=True, slots=True)
class CreditRules:
    removed: tuple[re.Pattern[str], ...]
    removed_known: tuple[re.Pattern[str], ...]
    cues: tuple[str, ...]  # lower case; found with str.find, which is far faster than a regex
    named: re.Pattern[str]  # what may follow a cue: a descriptor, then a known outlet
    trailing: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def credit_rules() -> CreditRules:
    tables = [load(lang, "credit") for lang in LANGS]
    table = outlets()
    names = _alternation(list(table.by_key))
    descriptors = _alternation([d for t in tables for d in t.get("descriptors", [])])
    wires = [k for k, v in table.by_key.items() if v in table.wires and "." not in k]
    return CreditRules(
        removed=tuple(re.compile(p, re.I) for t in tables for p in t.get("removed", [])),
        removed_known=tuple(
            re.compile(p, re.I) for t in tables for p in t.get("removed_known", [])
        ),
        cues=tuple(sorted({c.lower() for t in tables for c in t.get("cues", [])})),
        # Matched in the lower-cased text: much faster than ignoring case in the pattern.
        named=re.compile(rf"\s+(?:(?:{descriptors.lower()})\s+)?(?P<credit>{names})(?![\w-])"),
        trailing=re.compile(
            rf"(?:^|[.!?\"”'’)]\s*)[(\[]?\s*(?P<credit>(?i:{_alternation(wires)}))\s*[)\]]?\.?$"
        ),
    )


def find_credit(text: str, removed: list[str], outlet: str | None) -> str | None:
    """The credited source of the cleaned ``text``, given the removed boilerplate pieces."""
    rules = credit_rules()
    candidates = chain(
        (_from_removed(piece, rules) for piece in removed),
        (_from_trailing(text, rules),),
        _from_cues(text, rules),
    )
    own = (outlet or "").lower()
    return next((c for c in candidates if c and (display_name(c) or c).lower() != own), None)


def _from_removed(piece: str, rules: CreditRules) -> str | None:
    for regex in rules.removed:
        m = regex.search(piece)
        if m:
            written = m.group("credit").strip(" .")
            return written if _DOMAIN.fullmatch(written) else display_name(written) or written
    for regex in rules.removed_known:
        m = regex.search(piece)
        if m and display_name(m.group("credit")):
            return display_name(m.group("credit"))
    return None


def _lower_cased(text: str) -> bool:
    """Whether the text was lower-cased by its source (a cased title may still open it)."""
    return len(_UPPER.findall(text)) < LOWERED_SHARE * max(len(_LETTER.findall(text)), 1)


def _from_trailing(text: str, rules: CreditRules) -> str | None:
    last = text.rstrip().rsplit("\n", 1)[-1]
    m = rules.trailing.search(last)
    return display_name(m.group("credit")) if m else None


def _lower_same_length(text: str) -> str:
    """Lower case that keeps every offset (a few characters lengthen when lower-cased)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _after_cues(low: str, rules: CreditRules) -> Iterator[re.Match[str]]:
    """Known outlets right after a whole-word cue in the lower-cased text."""
    for cue in rules.cues:
        at = low.find(cue)
        while at >= 0:
            end = at + len(cue)
            if (at == 0 or not low[at - 1].isalnum()) and (m := rules.named.match(low, end)):
                yield m
            at = low.find(cue, end)


def _from_cues(text: str, rules: CreditRules) -> Iterator[str | None]:
    """Known outlets after a credit phrase; in cased text the name must be written capitalised."""
    lowered: bool | None = None
    low = _lower_same_length(text)
    for m in sorted(_after_cues(low, rules), key=lambda m: m.start()):
        written = text[m.start("credit") : m.end("credit")]
        if not (written[0].isupper() or written[0].isdigit()):
            lowered = _lower_cased(text[:2000]) if lowered is None else lowered
            if not lowered:
                continue
        yield written if _DOMAIN.fullmatch(written) else display_name(written)
