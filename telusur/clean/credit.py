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
from dataclasses import dataclass
from functools import cache

from telusur.clean.outlet import display_name, outlets
from telusur.lang import load

LANGS = ("id", "en")
LOWERED_SHARE = 0.02
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.\w\w|id|net|org|tv|news)(?:\.\w\w)?", re.I)


@dataclass(frozen=True, slots=True)
class CreditRules:
    removed: tuple[re.Pattern[str], ...]
    removed_known: tuple[re.Pattern[str], ...]
    cue: re.Pattern[str]
    trailing: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def credit_rules() -> CreditRules:
    tables = [load(lang, "credit") for lang in LANGS]
    table = outlets()
    names = _alternation(list(table.by_key))
    cues = _alternation([c for t in tables for c in t.get("cues", [])])
    descriptors = _alternation([d for t in tables for d in t.get("descriptors", [])])
    wires = [k for k, v in table.by_key.items() if v in table.wires and "." not in k]
    return CreditRules(
        removed=tuple(re.compile(p, re.I) for t in tables for p in t.get("removed", [])),
        removed_known=tuple(
            re.compile(p, re.I) for t in tables for p in t.get("removed_known", [])
        ),
        cue=re.compile(
            rf"(?i:\b(?:{cues}))\s+(?:(?i:{descriptors})\s+)?(?P<credit>(?i:{names}))(?![\w-])"
        ),
        trailing=re.compile(
            rf"(?:^|[.!?\"”'’)]\s*)[(\[]?\s*(?P<credit>(?i:{_alternation(wires)}))\s*[)\]]?\.?$"
        ),
    )


def find_credit(text: str, removed: list[str], outlet: str | None) -> str | None:
    """The credited source of the cleaned ``text``, given the removed boilerplate pieces."""
    rules = credit_rules()
    lowered = _lower_cased(text[:2000])
    candidates = [
        *(_from_removed(piece, rules) for piece in removed),
        _from_trailing(text, rules),
        *(_named(m.group("credit"), lowered) for m in rules.cue.finditer(text)),
    ]
    own = (outlet or "").lower()
    return next((c for c in candidates if c and c.lower() != own), None)


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
    letters = sum(c.isalpha() for c in text)
    return sum(c.isupper() for c in text) < LOWERED_SHARE * max(letters, 1)


def _from_trailing(text: str, rules: CreditRules) -> str | None:
    last = text.rstrip().rsplit("\n", 1)[-1]
    m = rules.trailing.search(last)
    return display_name(m.group("credit")) if m else None


def _named(written: str, lowered: bool) -> str | None:
    """A known outlet named in the body; in cased text it must be written capitalised."""
    if not (lowered or written[0].isupper() or written[0].isdigit()):
        return None
    if _DOMAIN.fullmatch(written):
        return written
    return display_name(written)
