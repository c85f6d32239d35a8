"""Sections a page appends under the story: a comment section, the issuer's "About X" blurb and
press contacts, the author's bio, and the link titles left between furniture.

Each is judged in the article's last lines only, and none takes a line that quotes someone: the
same shapes in the middle of a text (a subheading "Tentang X" and its paragraph, a list) are the
story's.
"""

from __future__ import annotations

import itertools
import re

from telusur.clean.lines import END, NAME_LEN, QUOTE, SITE, core, name_only, reads_as_body, vocab

CLOSING_LINES = 12  # the furthest from the end a closing section may open
COMMENT_LEN = 300  # a comment, a commenter's name, a reaction row
HEAD_LEN = 60  # a section's heading or marker: "Tentang PLN", "Komentar (12)"
ABOUT_WORDS = 5  # "Tentang PLN", "About Northwind Energy"
ISSUER = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")
BLURB_LEN = 600
OFFICE_LEN = 80
BIO_LEN = 300
TITLE_LEN = 120
TITLE_WORDS = 12
TITLE_STOP = re.compile(r"[.?]$")
RUN = 3  # link titles between two pieces of furniture
LABELLED = 3  # a bare "Komentar" and the lines under it: a form's notice, a prompt


def closing(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """Lines of the sections that close the page, beyond those already dropped."""
    tail = filled[-CLOSING_LINES:]
    out = _comments(lines, filled, drop)
    out |= _about(lines, tail, drop | out)
    out |= _offices(lines, tail, drop | out)
    out |= _bio(lines, filled, tail, drop | out)
    out |= _between(lines, filled, drop | out)
    return out


def _comments(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """A comment section: its marker ("Komentar (12)", "Have your say") in the article's second
    half and every line under it, when none is a paragraph or a quotation. A counter under the
    headline ("Komentar (0)") opens no section."""
    v = vocab()
    tail = filled[max(len(filled) // 2, len(filled) - CLOSING_LINES) :]
    for k, i in enumerate(tail):
        line = core(lines[i]).strip()
        rest = tail[k:]
        bare = line.lower().rstrip(" :") in v.comment_labels and len(rest) <= LABELLED
        if len(lines[i]) > HEAD_LEN or not (bare or v.comment_markers.fullmatch(line)):
            continue
        if all(len(lines[j]) <= COMMENT_LEN and not QUOTE.search(lines[j]) for j in rest):
            return set(rest) - drop
        return set()
    return set()


def _about(lines: list[str], tail: list[int], drop: set[int]) -> set[int]:
    """The issuer's blurb closing a press release: "Tentang PLN" / "About Northwind Energy" over
    a paragraph that names it and its site."""
    heads = vocab().about_heads
    for a, b in itertools.pairwise(tail):
        if len(lines[a]) > HEAD_LEN:
            continue  # most lines: a paragraph, no heading
        head = lines[a].strip(" :")
        word, _, issuer = head.partition(" ")
        if word.lower() not in heads or not ISSUER.fullmatch(issuer):
            continue  # most lines: no heading of the kind
        if len(head.split()) > ABOUT_WORDS or QUOTE.search(lines[b]):
            continue
        name = issuer.split()[0].lower()
        blurb = lines[b].lower()
        # A blurb points to the issuer's site; a closing subheading's paragraph does not.
        if len(blurb) <= BLURB_LEN and name in blurb and _sited(blurb) and b not in drop:
            return {a, b} - drop
    return set()


def _sited(text: str) -> bool:
    return "www." in text or SITE.search(text) is not None


def _offices(lines: list[str], tail: list[int], drop: set[int]) -> set[int]:
    """The press office signing a release ("Biro Hubungan Masyarakat dan Informasi Publik",
    "Vice President Komunikasi Korporat PLN"): a short line naming one, without a sentence's
    end, once the release has been signed off by its furniture (a contact line under it)."""
    offices = vocab().press_offices
    signed = [i for i in tail if i in drop]
    out: set[int] = set()
    for i in tail:
        if not signed or i >= signed[-1]:
            break  # no furniture under it: no release signed off
        if i in drop or len(lines[i]) > OFFICE_LEN:
            continue
        line = core(lines[i])
        if END.search(line) or reads_as_body(line):
            continue
        if offices.search(line):
            out.add(i)
    # The issuer's name under its office ("Kementerian Pertanian Republik Indonesia").
    for a, b in itertools.pairwise(tail):
        line = core(lines[b])
        if a in out and b not in drop | out and len(line) <= OFFICE_LEN and not END.search(line):
            out.add(b)
    return out


def _bio(lines: list[str], filled: list[int], tail: list[int], drop: set[int]) -> set[int]:
    """The author's bio: a line opening with the name of the byline dropped from the page's
    head, and a verb of being ("Maya Lindqvist is a senior correspondent …")."""
    head = " ".join(lines[i] for i in filled[1:6] if i in drop)
    if not head:
        return set()
    out: set[int] = set()
    for i in tail:
        line = lines[i]
        if i in drop or len(line) > BIO_LEN or QUOTE.search(line):
            continue
        for verb in vocab().bio_verbs:
            name, found, _ = line.partition(f" {verb} ")
            if found and name_only(name) and len(name) <= NAME_LEN and name in head:
                out.add(i)
                break
    return out


def _between(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """Link titles under a dropped marker ("Video Terkait", "Most Read", "Konten Bersponsor")
    that run to other furniture or to the end: one to three short lines, no sentence's stop.
    A story's list runs on to the story, not to furniture."""
    pointers = vocab().pointers
    out: set[int] = set()
    for k, i in enumerate(filled):
        if i not in drop or core(lines[i]).lower().strip(" :") not in pointers:
            continue
        run: list[int] = []
        for j in filled[k + 1 :]:
            if j in drop:
                break
            if len(run) == RUN or not _title(lines[j]):
                run = []
                break
            run.append(j)
        out |= set(run)
    return out


def _title(line: str) -> bool:
    return (
        len(line) <= TITLE_LEN
        and len(line.split()) <= TITLE_WORDS
        and not TITLE_STOP.search(line)
        and not reads_as_body(line)
    )
