"""The signature closing an article: who filed it, in brackets after its last sentence or on a
line of its own under it.

Desks sign in many forms: a reporter's name ("(Name Surname)", "(abdul malik mubarok) ,"), a
desk's initials ("(atik) ,", "(KS)"), a name and the editor's code or the outlet ("(Name/Isk)",
"(Surya/Name)", "(Uu. Aulia / KR - AMQ)", "(H - RF)"), a mark ("(*)", "(Adv)"), or what a
scraper left of one ("(,: ,) ,", "(,) (,)"). Only the last line's end is read, after the commas
a scraper leaves there; one sign-off may stand behind another. A bracket that credits a source
the story keeps ("(Antara)", "(Business Insider)", "(Motorsport)") or cites one ("(HR Bukhari
dan Muslim)", "(QS. At-Taubah: 36)") stays, and so does an abbreviation the text uses.
"""

from __future__ import annotations

import re

from telusur.clean.lines import core, vocab
from telusur.clean.outlet import display_name

MOST = 3  # sign-offs read from one line's end
# What may stand before a sign-off: a sentence's end, a quote, a bracket, a scraper's comma.
BEFORE = re.compile(r"(?:[.!?\"”'’)\],]|^)$")
BRACKET = re.compile(r"\s*[(\[](?P<body>[^()\[\]]{0,60})[)\]]$")
EMPTIED = re.compile(r"[^\w]*")  # a sign-off the scraper emptied: "(,: ,)"
# A name (or an outlet) and the editor's code or the reporter's name, across a slash.
SLASHED = re.compile(r"(?P<a>[^/\d]{1,30}?)\s*/\s*(?P<b>[^/\d]{1,30})")
# A news agency's desk codes: "H - RF", "KR - AMQ".
DESK_DASH = re.compile(r"[A-Z][A-Za-z.]{0,3}\s+-\s+[A-Z]{1,4}")
DESK_CODE = re.compile(r"[a-z]{1,8}(?:\s*/\s*[A-Za-z0-9*]{1,8}){0,3}")
INITIALS = re.compile(r"[A-Z]{2,3}")
CAPITALISED = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}")
LOWERED = re.compile(r"[a-z]{2,}(?: [a-z]{2,}){1,3}")
ONE_NAME = re.compile(r"[A-Z][a-z]{2,}")  # alone on the last line only: "(Alimansyah) ,"
PART_WORDS = 4
WORDS = re.compile(r"[^\W\d_]+")


def cut(lines: list[str]) -> tuple[list[str], list[str]]:
    """``(kept lines, removed pieces)``: the signatures closing the last line go; a line that
    held nothing else goes whole."""
    filled = [i for i, line in enumerate(lines) if line]
    if len(filled) < 2:
        return lines, []
    last = filled[-1]
    line = core(lines[last])
    if not line.endswith((")", "]")):
        return lines, []  # most articles: no bracket closes them
    words = _Words(lines, filled[:-1])
    rest = line
    for _ in range(MOST):
        m = BRACKET.search(rest)
        head = rest[: m.start()].rstrip() if m else ""
        if m is None or not BEFORE.search(core(head)):
            break
        if not _signs(m["body"].strip(), head, words=words):
            break
        rest = core(head)
    if rest == line:
        return lines, []
    out = list(lines)
    if not rest:
        del out[last]
        return out, [lines[last]]
    out[last] = rest
    return out, [lines[last][len(rest) :].strip(" ,")]


def _signs(body: str, head: str, words: _Words) -> bool:
    """Whether a bracket's text signs the story; ``head`` is what the line holds before it."""
    v = vocab()
    low = body.lower()
    if EMPTIED.fullmatch(body) or low in v.signature_marks:
        return True
    if _source(body) or low.split(" ", 1)[0].rstrip(".") in v.citations:
        return False
    if DESK_CODE.fullmatch(body) or DESK_DASH.fullmatch(body):
        return True
    m = SLASHED.fullmatch(body)
    if m:
        parts = [p.strip() for p in m.groups()]
        if all(_source(p) for p in parts):
            return False  # two wires credited: "(Antara / Reuters)"
        return all(len(p.split()) <= PART_WORDS and WORDS.search(p) for p in parts)
    if INITIALS.fullmatch(body) and _abbreviates(body, head):
        return False  # "… Whistle Blowing System. (WBS)"
    if INITIALS.fullmatch(body) or LOWERED.fullmatch(body):
        return not any(w in words.get() for w in low.split())  # words the text uses
    if CAPITALISED.fullmatch(body):
        return not any(w in v.stop_words for w in low.split())
    return not head and ONE_NAME.fullmatch(body) is not None


def _abbreviates(body: str, head: str) -> bool:
    """Whether initials abbreviate capitalised words the line ends with."""
    words = WORDS.findall(head)[-2 * len(body) :]
    return body in "".join(w[0] for w in words if w[0].isupper())


def _source(body: str) -> bool:
    """A known outlet or wire, or a publication's name: a source the story credits."""
    v = vocab()
    low = body.lower()
    if display_name(body) or low in v.agencies:
        return True
    return any(w in v.publication_words for w in low.split())


class _Words:
    """The words of the text above, lower-cased, read once and only when asked: a desk's
    initials or a name are not among them; an abbreviation the story uses or its own words are."""

    def __init__(self, lines: list[str], indices: list[int]) -> None:
        self._lines, self._indices = lines, indices
        self._words: frozenset[str] | None = None

    def get(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(
                w.lower() for i in self._indices for w in WORDS.findall(self._lines[i])
            )
        return self._words
