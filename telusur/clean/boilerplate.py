"""Publisher boilerplate: share widgets, related-story links, notices, credits and sign-offs.

Rules are data (``lang/{common,id,en}/boilerplate.toml``; kinds are described in the common
file). Removal is conservative: a rule removes a whole line, or one clearly delimited fragment
(a glued "Baca juga: ..." run, a trailing "(ant/xyz)" sign-off). Everything removed is returned
verbatim, in order, so ``Article.boilerplate`` shows exactly what left the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from telusur.clean import lines, page, promo, signature
from telusur.lang import load

FOLDERS = ("common", "id", "en")
DEFAULT_MAX_LEN = 300
END_WINDOW = 400  # "end" and "last" inline rules only look at a line's final characters
MARKER_LEN = 40  # a bare related-links marker, with no headline of its own
TITLE_LEN = 120  # a link title under such a marker
TITLE_STOP = re.compile(r"[.?]$")
RESIDUE_LEN = 5
HEAD_REACH = 8  # lines (blank ones too) the headline may stand down
HEADLINE_WORDS = 5  # a gallery's headline "FOTO: <title>" is no photo credit


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    max_len: int
    at: str = "any"  # inline rules: any | first | last | end
    hints: tuple[str, ...] = ()  # inline rules: one must occur in the lower-cased line
    ends: tuple[str, ...] = ()  # inline rules: the line must end with one of these
    heads: int = 0  # line rules: a bare marker heads a list of up to this many link titles


@dataclass(frozen=True, slots=True)
class Block:
    name: str
    start: re.Pattern[str]
    end: re.Pattern[str]
    max_lines: int


@dataclass(frozen=True, slots=True)
class Rules:
    line: tuple[Rule, ...]
    tail: tuple[Rule, ...]
    inline: tuple[Rule, ...]
    block: tuple[Block, ...]
    # One alternation per group: most lines match nothing, and one regex call says so.
    any_line: re.Pattern[str]
    any_tail: re.Pattern[str]


def _compile(pattern: str, case: bool) -> re.Pattern[str]:
    return re.compile(pattern if case else f"(?i:{pattern})")


def _rule(entry: dict[str, Any]) -> Rule:
    return Rule(
        name=entry["name"],
        regex=_compile(entry["pattern"], entry.get("case", False)),
        max_len=entry.get("max_len", DEFAULT_MAX_LEN),
        at=entry.get("at", "any"),
        hints=tuple(h.lower() for h in entry.get("hints", [])),
        ends=tuple(entry.get("ends", [])),
        heads=entry.get("heads", 0),
    )


def _either(group: tuple[Rule, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{r.regex.pattern})" for r in group) or "(?!)")


@cache
def rules() -> Rules:
    """All boilerplate rules of every language folder, compiled once."""
    tables = [load(folder, "boilerplate") for folder in FOLDERS]
    line = tuple(_rule(e) for t in tables for e in t.get("line", []))
    tail = tuple(_rule(e) for t in tables for e in t.get("tail", []))
    inline = tuple(_rule(e) for t in tables for e in t.get("inline", []))
    return Rules(
        line=line,
        tail=tail,
        inline=inline,
        any_line=_either(line),
        any_tail=_either(tail),
        block=tuple(
            Block(
                name=e["name"],
                start=_compile(e["start"], e.get("case", False)),
                end=_compile(e["end"], e.get("case", False)),
                max_lines=e.get("max_lines", 10),
            )
            for t in tables
            for e in t.get("block", [])
        ),
    )


def _matches(line: str, group: tuple[Rule, ...], either: re.Pattern[str]) -> bool:
    if either.fullmatch(line) is None:
        return False
    return any(len(line) <= r.max_len and r.regex.fullmatch(line) for r in group)


def strip(text_lines: list[str]) -> tuple[list[str], list[str]]:
    """``(kept lines, removed pieces)``; blank lines are kept as separators."""
    rs = rules()
    kept, removed = _drop_blocks(text_lines, rs.block)
    kept, more = _drop_lines(kept, rs)
    removed += more
    kept, more = _drop_captions(kept)
    removed += more
    kept, more = _cut_inline(kept, rs)
    removed += more
    kept, more = page.cut_menu(kept)
    removed += more
    kept, more = page.classify(kept)
    removed += more
    kept, more = promo.cut(kept)
    removed += more
    kept, more = page.cut_signature(kept)
    removed += more
    kept, more = signature.cut(kept)
    return kept, removed + more


def _drop_blocks(lines: list[str], blocks: tuple[Block, ...]) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    removed: list[str] = []
    i = 0
    while i < len(lines):
        block = next((b for b in blocks if lines[i] and b.start.fullmatch(lines[i])), None)
        if block is None:
            kept.append(lines[i])
            i += 1
            continue
        stop = i
        for j in range(i, min(len(lines), i + block.max_lines)):
            if block.end.fullmatch(lines[j]):
                stop = j
                break
        removed += [line for line in lines[i : stop + 1] if line]
        i = stop + 1
    return kept, removed


def _drop_lines(lines: list[str], rs: Rules) -> tuple[list[str], list[str]]:
    """Whole-line rules anywhere; tail rules only in the removable run that ends the article."""
    drop = [bool(line) and _matches(line, rs.line, rs.any_line) for line in lines]
    if any(drop[:HEAD_REACH]):
        head = _headline_at(lines)
        if head is not None and drop[head] and _titled(lines[head]):
            drop[head] = False
    for i in [i for i, d in enumerate(drop) if d and len(lines[i]) <= MARKER_LEN]:
        _drop_list(lines, drop, i, rs.line)
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i] or drop[i]:
            continue
        if _matches(lines[i], rs.tail, rs.any_tail):
            drop[i] = True
            continue
        break
    kept = [line for line, d in zip(lines, drop, strict=True) if not d]
    removed = [line for line, d in zip(lines, drop, strict=True) if d]
    return kept, removed


def _headline_at(text_lines: list[str]) -> int | None:
    """The headline's line: the first, or the first under a breadcrumb."""
    shapes = lines.vocab().shapes
    seen = 0
    for i, line in enumerate(text_lines):
        if not line:
            continue
        if not shapes.fullmatch(line):
            return i
        seen += 1
        if seen > page.TOP_LINES:
            break
    return None


def _titled(line: str) -> bool:
    """A headline under a rubric's label ("FOTO: Ribuan Umat Padati …"): the words after the
    label run as a title, with a sentence's small words and no sentence's end; a credit holds
    names only."""
    label, colon, rest = line.partition(":")
    words = rest.split()
    if not colon or len(label.split()) > 2 or lines.END.search(rest):
        return False
    stops = lines.vocab().stop_words
    return HEADLINE_WORDS <= len(words) <= lines.LONG_WORDS + 4 and any(
        w.lower() in stops for w in words
    )


def _drop_captions(text_lines: list[str]) -> tuple[list[str], list[str]]:
    """Captions ending in a photo credit go whole, before inline rules cut the credit alone and
    leave the caption behind as if it were text. The first line (the headline) stays."""
    first = next((i for i, line in enumerate(text_lines) if line), -1)
    drop = {i for i, line in enumerate(text_lines) if i > first and _caption(line)}
    if not drop:
        return text_lines, []
    kept = [line for i, line in enumerate(text_lines) if i not in drop]
    return kept, [text_lines[i] for i in sorted(drop)]


def _caption(line: str) -> bool:
    shaped = (
        (line.endswith(")") and lines.credit_caption(line))
        or lines.sentence_caption(line)
        or lines.source_caption(line)
    )
    return shaped and not lines.reads_as_body(line)


def captions(removed: list[str]) -> tuple[str, ...]:
    """The photo captions among removed pieces: their dates may be the only ones an article
    carries, so publication is read from them when the text gives none."""
    return tuple(p for p in removed if _caption(p))


def _drop_list(lines: list[str], drop: list[bool], i: int, group: tuple[Rule, ...]) -> None:
    """The link titles under a bare "Read more" / "Baca juga" marker: short lines without a
    sentence end, two at least, up to the rule's ``heads``; a story line ends the run."""
    most = max((r.heads for r in group if r.heads and r.regex.fullmatch(lines[i])), default=0)
    run: list[int] = []
    spaced = False  # the titles stand apart; when they stand together a blank line ends them
    for j in range(i + 1, len(lines)):
        if not lines[j]:
            if run and not spaced:
                break  # a subheading may follow the titles after a blank line
            spaced = spaced or not run
            continue
        if len(run) == most or drop[j] or not _link_title(lines[j]):
            break
        run.append(j)
    if len(run) >= 2:
        for j in run:
            drop[j] = True


def _link_title(line: str) -> bool:
    """A headline: short, no sentence's stop (a headline may exclaim: "… dari Paranormal!")."""
    return (
        len(line) <= TITLE_LEN
        and len(line.split()) <= lines.LONG_WORDS
        and not TITLE_STOP.search(line)
        and not lines.reads_as_body(line)
    )


def _cut_inline(lines: list[str], rs: Rules) -> tuple[list[str], list[str]]:
    """Remove delimited fragments; a line left empty disappears."""
    inline = rs.inline
    filled = [i for i, line in enumerate(lines) if line]
    if not filled:
        return lines, []
    first, last = filled[0], filled[-1]
    out = list(lines)
    lows = [line.lower() for line in lines]  # kept in step with ``out``: lowered once a line
    removed: list[str] = []
    whole = "\n".join(lows)
    for rule in inline:
        if rule.hints and not any(h in whole for h in rule.hints):
            continue
        targets = {"first": [first], "last": [last]}.get(rule.at, filled)
        for i in targets:
            if rule.hints and not any(h in lows[i] for h in rule.hints):
                continue
            cut = _cut(out[i], rule, removed)
            if cut != out[i]:
                out[i], lows[i] = cut, cut.lower()
    # A trailing sign-off may sit behind a fragment removed above: run last-line rules again.
    for rule in inline:
        if rule.at == "last":
            out[last] = _cut(out[last], rule, removed)
    return [line for i, line in enumerate(out) if line or not lines[i]], removed


def _cut(line: str, rule: Rule, removed: list[str]) -> str:
    if not line:
        return line
    if rule.at in ("end", "last"):
        return _cut_end(line, rule, removed)
    pieces: list[str] = []

    def record(m: re.Match[str]) -> str:
        pieces.append(m.group(0).strip())
        return " " if m.start() > 0 and m.end() < len(line) else ""

    new = rule.regex.sub(record, line).strip()
    if pieces and new and lines.credit_line(line):
        removed.append(line)  # the whole line is credits: no cut inside a name
        return ""
    if pieces and _residue(new):
        removed.append(line.strip())  # a credit's tail the cut stopped before: "…, Lc."
        return ""
    removed += [p for p in pieces if p]
    return re.sub(" {2,}", " ", new) if pieces else line


def _residue(rest: str) -> bool:
    """One short word left of a line when a fragment went: a degree or an initial ("Lc.",
    "S.H."), not a word of the story."""
    if not 0 < len(rest) <= RESIDUE_LEN or rest[0] in "([" or " " in rest:
        return False  # a desk's code in brackets is cut by its own rule: "(rah)"
    return not any(c.isdigit() for c in rest)


def _cut_end(line: str, rule: Rule, removed: list[str]) -> str:
    """One fragment ending the line; only the final characters are searched (lookbehinds still
    see the text before them)."""
    if rule.ends and not line.endswith(rule.ends):
        return line
    m = rule.regex.search(line, max(0, len(line) - END_WINDOW))
    if m is None or not m.group(0).strip():
        return line
    removed.append(m.group(0).strip())
    return (line[: m.start()] + line[m.end() :]).rstrip()
