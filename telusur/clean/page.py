"""Where a line stands on the page: the classifier's judgments that need the lines around it.

``lines`` judges one line at a time. Some furniture is furniture only by its place: a name alone
next to a timestamp near the top is a byline, a credit line in the run that closes the article
is a credit (in the middle of a text it may be an interview's transcript), a short line in the
page's head beside a byline is a section or site name. The first line is never judged: it is
the headline when there is one.
"""

from __future__ import annotations

import itertools
import re

from telusur.clean import sections
from telusur.clean.lines import (
    END,
    FIGURE,
    META_LEN,
    NAME_LEN,
    QUOTE,
    REPORTING,
    SCORE,
    SITE,
    core,
    is_boilerplate,
    name_only,
    reads_as_body,
    vocab,
)
from telusur.clean.outlet import display_name

TOP_LINES = 2  # furniture lines above the headline
MENU_WORDS = 10  # a site's menu glued to the headline's copy
TOP = 5  # the headline and the four lines under it: where bylines and timestamps stand
HEAD_LINES = 8  # filled lines the page's head may span, headline included
SHORT_WORDS = 6
TITLE_WORDS = 12
OPENING_WORDS = 6
KEYWORDS = re.compile(r"[a-z]+(?: [a-z]+){2,9}")
TAG = re.compile(r"[^\W_][\w&'’.-]*(?: [\w&'’.-]+){0,3}")
TAG_LEN = 40
TAGS = 10  # the most tags a closing run holds
INTRO_LEN = 200  # a list's introduction is one short sentence
CLOSED = re.compile(r"[.!?][\"”’)]*$")  # a sentence's end, a closing quote after it
CAPS_CREDIT_LEN = 90
CREDIT_BARS = re.compile(r"\s*\|\s*|\s+I\s+")  # "NAME | SOURCE", "NAME I SITE.COM"
CREDIT_PARTS = 4
SENTENCE_STOP = re.compile(r"[A-Z0-9]{2}\.+$|[!?]$|\.\.")  # an initial's stop is no end: "A.S."
CREDIT_WORDS = 5  # one part alone: a name, not a line of capitals
# Names, desks and sources: words of capitals, "E!ONLINE", "GADGETS360", "A.S.", "HARPER'S".
CAPS_PART = re.compile(r"[A-Z][A-Z0-9.&!'’-]*(?:\s+(?:&\s+)?[A-Z][A-Z0-9.&!'’-]*){0,4}")
WORDS = re.compile(r"[^\W\d_]+")
INITIAL = re.compile(r"(?<=\b[A-Z])\.\s*")  # an initial's stop inside a name
NARRATIVE_STOPS = 1
INNER_END = re.compile(r"[.!?](?:\s|$)")  # a sentence's end inside a teaser: not one question
TEASER_LEN = 100  # one question before a closing call
CALL_WORDS = 10
# A name of two to four capitalised words in brackets after a sentence's end, closing the text.
SIGNED = re.compile(r"(?<=[.!?\"”’])\s*\((?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,3})\)$")
# A desk's code closing the last line after a word or a scraper's commas, not a sentence's end
# (the wire rules take those): "… Antonio Conte (bac)", "… ” jelasnya (gir / gir)".
DESK_CODE = re.compile(r"(?<=[A-Za-z,])\s*[(\[][a-z]{2,3}(?:\s*/\s*[a-z]{2,3}){0,2}[)\]]$")
ITEM_HEAD = 3  # the words that open a list item: "I MMI,Getaran …"
CAPS_WORD = re.compile(r"\b[A-Z][A-Z0-9]+\b")
MENU_STOP = re.compile(r"[.!?](?:\s|$)|[:\"“”]")
BARS = frozenset("|·•/")
HASHTAGS = re.compile(r"(?:#\w[\w-]*(?:\s+[\w-]+){0,3}\s*)+")
# A link to the previous or next page or post: an arrow opens or closes it ("← <title>",
# "<title> →", "Selanjutnya »"); a guillemet that opens a quotation closes none.
NAV = re.compile(r"[←‹«]\s*\S.*|.*\S\s*[→›»]")
RUBRIC_WORDS = 6  # a site's name or its menu above the headline, with bars or capitals
SECTION_WORDS = 2  # a section's name above it: "Pertanian", "Ekonomi Bisnis"
HEADLINE_WORDS = 5
ZONE_WORDS = 14  # a link title, a label or a contact line in the page's foot
LIST_MARKS = 3  # commas and semicolons of a lineup or a list in one line
CARD_LINES = 3
PRICE = re.compile(r"\b(?:Rp|IDR|US\$|\$)\s?\d")
TITLE_LEN = 100  # a subheading, a link title, a control's label
NUMBERING = 5  # "12. " before a subheading a table of contents lists
BULLETS = "-•·* "
REPEAT_WORDS = 6  # a control's label repeated under each entry: "Bagikan pembaruan ini"


def classify(lines: list[str]) -> tuple[list[str], list[str]]:
    """``(kept lines, removed lines)``; blank lines are kept as separators."""
    filled = [i for i, line in enumerate(lines) if line]
    if len(filled) < 2:
        return lines, []
    top = _top(lines, filled)
    filled = filled[len(top) :]
    if len(filled) < 2:
        return lines, []
    edges = set(filled[1:TOP] + filled[-2:])
    drop = set(top) | {i for i in filled[1:] if is_boilerplate(lines[i], edge=i in edges)}
    drop |= _closing(lines, filled, drop)
    drop |= _neighbours(lines, filled, drop)
    drop |= _tags(lines, filled, drop)
    if _closing_credit(lines[filled[-1]], lines[filled[-2]]) or _keywords(lines, filled[-1]):
        drop.add(filled[-1])
    drop |= _closing_name(lines, filled, drop)
    drop |= sections.closing(lines, filled, drop)
    if _dangling_call(lines[filled[-1]]) or _dangling_pointer(lines[filled[-1]]):
        drop.add(filled[-1])
    drop |= _repeated(lines, filled, drop)
    drop |= _contents(lines, filled, drop)
    drop |= _product_cards(lines, filled, drop)
    drop |= _foot(lines, filled, drop)
    drop |= _head(lines, filled, drop)
    drop |= _rubric(lines, [*top, *filled], drop)
    kept = [line for i, line in enumerate(lines) if i not in drop]
    return kept, [lines[i] for i in sorted(drop)]


def cut_menu(lines: list[str]) -> tuple[list[str], list[str]]:
    """A site's menu glued to a copy of the headline above it ("Home Banua Ekonomi Olahraga
    <headline>", the headline again under it): the menu goes, the headline's words stay."""
    filled = [i for i, line in enumerate(lines) if line]
    if len(filled) < 2:
        return lines, []
    first = filled[0]
    menu = _menu_over_title(lines[first], lines, filled)
    if not menu:
        return lines, []
    out = list(lines)
    out[first] = lines[first][len(menu) :].strip()
    return out, [menu.strip()]


def cut_above_title(lines: list[str], title: str) -> tuple[list[str], list[str]]:
    """When the page's title is known and its copy opens the text a line or two down, the short
    lines above it are the page's rubric or section trail ("Kompasiana Humaniora Pendidikan",
    "Features | Environment"): they go, and the text opens with its headline."""
    filled = [i for i, line in enumerate(lines) if line]
    key = title.casefold()
    at = next((k for k, i in enumerate(filled[: TOP_LINES + 1]) if lines[i].casefold() == key), 0)
    above = filled[:at]
    if not above or not all(_short_label(lines[i]) for i in above):
        return lines, []
    return [line for i, line in enumerate(lines) if i not in above], [lines[i] for i in above]


def _top(lines: list[str], filled: list[int]) -> list[int]:
    """Furniture above the headline: a breadcrumb or a cookie notice, shapes no headline has.
    The headline itself is never judged."""
    out: list[int] = []
    for i in filled[:TOP_LINES]:
        if not vocab().shapes.fullmatch(lines[i]) or reads_as_body(lines[i]):
            break
        out.append(i)
    return out if len(out) < len(filled) else []


def _menu_over_title(line: str, lines: list[str], filled: list[int]) -> str:
    """The menu before a copy of a later head line of a few words (the headline): menu words
    without a sentence's stop; empty when the line is no such thing."""
    for j in filled[1:HEAD_LINES]:
        title = lines[j]
        if not line.endswith(title) or title == line:
            continue  # most pages: the first line is the headline, no copy of a later one
        if len(title.split()) >= OPENING_WORDS // 2:
            menu = line[: -len(title)]
            if 0 < len(menu.split()) <= MENU_WORDS and not MENU_STOP.search(menu):
                return menu
    return ""


def cut_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    """The signature closing the article's last line: a reporter's name in brackets after its
    last sentence ("… pungkasnya. (Name Surname)"), or a desk's code after a word ("… Manajer:
    Name (bac)", "… diawasi OJK,,,,(adv)"). The signature goes, the line stays."""
    filled = [i for i, line in enumerate(lines) if line]
    if len(filled) < 2:
        return lines, []
    last = filled[-1]
    if not lines[last].endswith((")", "]")):
        return lines, []  # most articles: no bracket closes them
    m = _signed_name(lines[last]) or _desk_code(lines, filled)
    if m is None:
        return lines, []
    out = list(lines)
    out[last] = lines[last][: m.start()].rstrip()
    return out, [m.group(0).strip()]


def _signed_name(line: str) -> re.Match[str] | None:
    """A known outlet or wire there ("(Antara)", "(Daily Mail)") or a publication's name
    ("(Business Insider)") credits a source the story keeps; one word ("(Tri)") may be
    either and stays."""
    m = SIGNED.search(line)
    if m is None or display_name(m["name"]) or m["name"].lower() in vocab().agencies:
        return None
    if any(w.lower() in vocab().publication_words for w in m["name"].split()):
        return None
    return m


def _desk_code(lines: list[str], filled: list[int]) -> re.Match[str] | None:
    """Two or three lower-case letters in brackets (a word there, "Tromol (belakang)", is the
    story's). In a text its source lower-cased, the same brackets hold abbreviations ("naik 3
    persen (yoy)"), so only a text that writes capitals has desk codes there."""
    m = DESK_CODE.search(lines[filled[-1]])
    if m is None or not any(c.isupper() for i in filled[:-1] for c in lines[i]):
        return None
    return m


def _closing(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """Credit lines, hashtag lists and sign-offs in the run of furniture that closes the
    article: the same lines in the middle of a text may be a transcript or a quoted post."""
    v = vocab()
    out: set[int] = set()
    for i in reversed(filled[1:]):
        if i in drop:
            continue
        line = core(lines[i])
        closer = v.credits.fullmatch(line) or v.closers.fullmatch(line)
        if len(line) > META_LEN or not (closer or HASHTAGS.fullmatch(line)):
            break
        out.add(i)
    return out


def _closing_name(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """A reporter's name alone closing the article ("Raka Dwi Novianto ,"), under a paragraph
    that ends as a sentence: a list of names would have another short line above it."""
    kept = [i for i in filled[1:] if i not in drop]
    if len(kept) < 2:
        return set()
    last, above = kept[-1], lines[kept[-2]]
    if len(lines[last]) > 2 * NAME_LEN:
        return set()  # a paragraph, not a name
    name = INITIAL.sub(" ", lines[last].rstrip(" ,;'’"))  # "Leila S.Chudori'" -> "Leila S Chudori"
    if not (name_only(name, least=2) or _lowered_name(name, above)) or not _narrative(above):
        return set()
    # A name's words are not written in lower case in the text; a subheading's are.
    words = {w for i in kept[:-1] for w in WORDS.findall(lines[i])}
    return set() if any(len(w) > 1 and w.lower() in words for w in name.split()) else {last}


def _lowered_name(name: str, above: str) -> bool:
    """A name in a text its source wrote in lower case ("dian fath risalah")."""
    words = name.split()
    lowered = not any(c.isupper() for c in above + name)
    return (
        lowered
        and 2 <= len(words) <= 4
        and len(name) <= NAME_LEN
        and name.replace(" ", "").isalpha()
    )


def _narrative(line: str) -> bool:
    """A sentence of the story: it ends as one and holds function words (a lineup, a
    result list or a table row holds names and figures only)."""
    if len(line.split()) < OPENING_WORDS or not CLOSED.search(line):
        return False
    stops = vocab().stop_words
    return sum(w.lower() in stops for w in WORDS.findall(line)) >= NARRATIVE_STOPS


def _caps_credit(line: str) -> bool:
    """An all-capitals credit closing the article: the reporters' names and the sources the
    story drew on, between bars ("ANDITA RAHMA | BUDIARTI UTAMI PUTRI", "TOMS GUIDE | WALLET
    HUB,", "POPSUGAR | DAILY MAIL | E!ONLINE"), or one such name ("AINUDDIN A.S.")."""
    line = line.rstrip(" ,;")
    if len(line) > CAPS_CREDIT_LEN or not line or any(c.islower() for c in line):
        return False
    if SENTENCE_STOP.search(line):
        return False  # a sentence in capitals: "RASANYA BARU KEMARIN.."
    parts = CREDIT_BARS.split(line)
    if len(parts) > CREDIT_PARTS or (len(parts) == 1 and len(line.split()) > CREDIT_WORDS):
        return False
    return all(CAPS_PART.fullmatch(p) for p in parts)


def _closing_credit(last: str, above: str) -> bool:
    """Names in capitals closing the article. One that repeats a word in capitals opening the
    line above is the last item of a list ("I MMI,Getaran …", then "II MMI"); a credit's
    sources may be named in the story ("EXPRESS | ESA | NASA" under "… kata NASA.")."""
    if not (name_only(last, caps=True) or _caps_credit(last)):
        return False
    words = set(CAPS_WORD.findall(" ".join(above.split()[:ITEM_HEAD])))
    return not any(w in words for w in CAPS_WORD.findall(last))


def _dangling_call(line: str) -> bool:
    """A call that closes the article and points to what follows it ("Simak video berikut:",
    "Lebih lengkapnya, simak , berikut ini!"): nothing follows, so what it points to (a video,
    a gallery, a link the scraper dropped) is not in the text. One teaser question may stand
    before it ("Seperti apa truk ini? Simak video berikut:")."""
    v = vocab()
    low = line.lower().rstrip(" ,")
    head, _, call = low.rpartition("? ")
    if not head:  # a teaser ended where the scraper dropped a link: "Penasaran … , ,Silakan …"
        head, _, call = low.rpartition(", ,")
    if head and (len(head) > TEASER_LEN or INNER_END.search(head) or "?" in head):
        return False
    for lead in v.call_leads:
        if call.startswith(lead):
            call = call[len(lead) :].lstrip(" ,")
            break
    verb = next((w for w in v.call_verbs if call.startswith(w)), "")
    if not verb or call[len(verb) : len(verb) + 1].isalnum():
        return False  # no call verb, or a longer word: "bacaan"
    if REPORTING.search(call) or QUOTE.search(call):
        return False
    points = call.endswith(":") or v.inward.search(call) is not None
    return points and len(call.split()) <= CALL_WORDS


def _dangling_pointer(line: str) -> bool:
    """A passive pointer to more reading closing the article ("Berita selengkapnya tentang …
    dapat dibaca dalam:"): its colon points to a link the text no longer holds."""
    v = vocab()
    line = line.rstrip(" ,")
    if not line.endswith(":") or len(line.split()) > 2 * CALL_WORDS:
        return False
    if QUOTE.search(line) or REPORTING.search(line):
        return False
    return bool(v.pointer_verbs.search(line) and v.call_targets.search(line))


def _neighbours(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """Names that are credits by what stands next to them."""
    out: set[int] = set()
    # A name alone under a bare role label ("Editor", then "Rohman Wibowo") is its credit.
    for a, b in itertools.pairwise(filled[1:]):
        if a in drop and b not in drop and _bare_role(lines[a]) and name_only(lines[b]):
            out.add(b)
    # The one title a dropped call points to ("Simak Video Pilihan Ini:", then its title), or
    # a bare marker over the title that closes the article ("Artikel Selanjutnya").
    for a, b in itertools.pairwise(filled[1:]):
        if a not in drop or b in drop or not _title(lines[b]):
            continue
        if _call(lines[a]) or (b == filled[-1] and _pointer(lines[a])):
            out.add(b)
    # A reporter's name (or the site's) alone next to a dropped timestamp is its byline.
    for a, b in itertools.pairwise(filled[1:TOP]):
        if b in drop and a not in drop and name_only(lines[a], least=1):
            out.add(a)
        elif a in drop and b not in drop and name_only(lines[b]):
            out.add(b)
    return out


def _tags(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """A site's tags or topics, one a line, in the furniture that closes the article
    ("Konser", "GBK" under a credit; "obligasi ritel", "SBN" under "Simak berita lainnya …"):
    short labels without a sentence end, between dropped lines and the end. The run must rise
    to a dropped line, and not to a list's introduction above it, so the short items that end
    a story's own list stay."""
    tags: list[int] = []
    top_dropped = False
    for i in reversed(filled[1:]):
        if i in drop:
            top_dropped = True
            continue
        if len(tags) == TAGS or not _tag(lines[i]):
            if _introduces(lines[i]):
                return set()  # a list under its introduction, an ad slot in between
            break
        tags.append(i)
        top_dropped = False
    return set(tags) if tags and top_dropped else set()


def _introduces(line: str) -> bool:
    """A line that introduces a list: "Berikut daftarnya:", "… sebagai berikut."."""
    if line.rstrip().endswith(":"):
        return True
    return len(line) <= INTRO_LEN and vocab().inward.search(line) is not None


def _tag(line: str) -> bool:
    return (
        len(line) <= TAG_LEN
        and TAG.fullmatch(line) is not None
        and not END.search(line)
        and not line.replace(" ", "").isdigit()
        and not SCORE.search(line)
    )


def _call(line: str) -> bool:
    return line.endswith(":") and line.lower().startswith(vocab().openers)


def _pointer(line: str) -> bool:
    return line.lower().rstrip(" :") in vocab().pointers


def _title(line: str) -> bool:
    return (
        len(line.split()) <= TITLE_WORDS
        and not END.search(line)
        and not QUOTE.search(line)
        and not REPORTING.search(line)
    )


def _head(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """The page's head between the headline and the story's first sentence: when furniture
    was found there (a byline, a timestamp), the other short lines without a sentence end
    beside it are furniture too ("Detik Health", a section name, a share row)."""
    if _opening(lines[filled[0]]):
        return set()  # the text opens with its story, not with a headline
    head: list[int] = []
    for i in filled[1:HEAD_LINES]:
        if _opening(lines[i]):
            break
        head.append(i)
    if not any(i in drop for i in head):
        return set()
    return {i for i in head if i not in drop and _short_label(lines[i])}


def _rubric(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """A section's name, a site's name or its menu above the headline, when the headline stands
    right above the byline or timestamp found under it ("Sepak Bola Nasional", then the
    headline, then "Name - Sabtu, 22 November 2025"): short labels without a sentence's words,
    each under half the headline's length."""
    kept = [i for i in filled[: TOP_LINES + 1] if i not in drop]
    for k, i in enumerate(kept[1:], 1):
        below = next((j for j in filled if j > i), None)
        if below is None or below not in drop or not _headline(lines[i]):
            continue
        words = len(lines[i].split())
        above = kept[:k]
        if all(_rubric_label(lines[j], words) for j in above):
            return set(above)
        return set()
    return set()


def _headline(line: str) -> bool:
    return (
        len(line.split()) >= HEADLINE_WORDS
        and not CLOSED.search(line)
        and not QUOTE.search(line)
        and not REPORTING.search(line)
    )


def _rubric_label(line: str, headline_words: int) -> bool:
    words = [w for w in line.split() if w not in BARS]
    if not any(c.isalnum() for c in line):
        return True  # a menu's glyph: "☰"
    stops = vocab().stop_words
    # A site's name, capitals or bars mark a rubric; an unmarked label is a section's name of
    # a word or two (a short headline may stand over a standfirst without a stop).
    marked = len(words) < len(line.split()) or SITE.search(line) is not None or line.isupper()
    return (
        len(words) <= (RUBRIC_WORDS if marked else SECTION_WORDS)
        and len(words) < headline_words
        and _short_label(line)
        and not any(w.lower() in stops for w in words)
    )


def _repeated(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """A control's label that the page repeats under each of its entries ("Bagikan pembaruan
    ini" under every update of a live report): a short line without a sentence's end, standing
    three times or more. The headline's copies are the headline's."""
    seen: dict[str, list[int]] = {}
    for i in filled[1:]:
        if i not in drop and len(lines[i]) <= TITLE_LEN:
            seen.setdefault(lines[i], []).append(i)
    out: set[int] = set()
    kept = [i for i in filled if i not in drop]
    above = dict(itertools.pairwise(kept))
    above = {b: a for a, b in above.items()}
    for line, at in seen.items():
        if len(at) < 3 or line == lines[filled[0]] or FIGURE.search(line):
            continue
        if not 2 <= len(line.split()) <= REPEAT_WORDS or not _short_label(line):
            continue
        # Under each entry: a schedule's repeated line stands between fixtures, not paragraphs.
        if all(i in above and _narrative(lines[above[i]]) for i in at):
            out |= set(at)
    return out


def _foot(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """The page's foot: after the story's last sentence, once furniture has begun (a credit, a
    tag line, a link to the next post), the short lines under it are furniture too: link
    titles, section labels, a contact line, a counter. A list's introduction above keeps what
    follows (a list the page broke with an ad slot), and no line that quotes or reports."""
    last = next((i for i in reversed(filled[1:]) if i not in drop and _story_line(lines[i])), None)
    if last is None or last == filled[-1]:
        return set()  # no sentence of a story, or the story runs to the end
    tail = [i for i in filled if i > last]
    out: set[int] = set()
    begun = False
    prev = last
    for i in tail:
        line = lines[i]
        # Two blank lines in a row: furniture an earlier rule took stood between them (the text
        # holds one blank line between its paragraphs at most).
        begun = begun or i - prev > 2
        prev = i
        if i in drop or _hashtags(line) or _nav(line):
            begun = True
            if i not in drop:
                out.add(i)
            continue
        if _introduces(line):
            return set()
        if begun and _foot_line(line) and not _named_above(lines, line, last):
            out.add(i)
    return out if begun else set()


def _story_line(line: str) -> bool:
    """``_narrative`` at less cost, for the scan up from the end: a sentence's end, its words,
    and one of a sentence's small words among them."""
    if not CLOSED.search(line):
        return False
    words = line.lower().split()
    stops = vocab().stop_words
    return len(words) >= OPENING_WORDS and any(w.strip(".,;:!?\"”“'’()") in stops for w in words)


def _named_above(lines: list[str], line: str, last: int) -> bool:
    """A name the story names: a letter's or a statement's signature, not a link's title."""
    return name_only(line) and any(line in lines[i] for i in range(last + 1))


def _hashtags(line: str) -> bool:
    """Hashtags alone, or under a label: "Topik Terkait: #A #B"."""
    label, colon, rest = line.partition(":")
    if colon and len(label.split()) <= 3 and "#" not in label:
        line = rest.strip()
    return HASHTAGS.fullmatch(line) is not None


def _contents(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """A table of contents (its marker "Daftar Isi" gone already or not): two or more short
    lines in a row, each standing again further down as a numbered subheading ("1. Bersihkan
    setelah dipakai"), where the story's own text follows it."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*filled[1:], None]:
        if i is not None and i not in drop and len(lines[i]) <= TITLE_LEN and _title(lines[i]):
            run.append(i)
            continue
        # The run may reach the first subheading: the contents are the lines heading again.
        listed = list(itertools.takewhile(lambda j: _heads_again(lines, j, filled), run[:2]))
        if len(listed) == 2:
            listed += itertools.takewhile(lambda j: _heads_again(lines, j, filled), run[2:])
            out |= set(listed)
        run = []
    return out


def _product_cards(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """A product card in a shop's post: its button ("Beli Sekarang") and the short lines above
    it, up to three (the product's name, its price, its rating), when one of them shows a
    price. The story's own lines end as sentences, and stop the card."""
    calls = vocab().shop_calls
    out: set[int] = set()
    for k, i in enumerate(filled[1:], 1):
        if core(lines[i]).lower().strip(" ›»→>") not in calls:
            continue
        card = [i]
        for j in reversed(filled[max(1, k - CARD_LINES) : k]):
            if j in drop or END.search(lines[j]) or len(lines[j]) > TITLE_LEN:
                break
            card.append(j)
        if any(PRICE.search(lines[j]) for j in card):
            out |= set(card)
    return out


def _heads_again(lines: list[str], i: int, filled: list[int]) -> bool:
    item = lines[i].lstrip(BULLETS)
    if not item:
        return False
    return any(
        lines[j] != item and lines[j].endswith(item) and len(lines[j]) - len(item) <= NUMBERING
        for j in filled
        if j > i
    )


def _nav(line: str) -> bool:
    return len(line) <= sections.TITLE_LEN and NAV.fullmatch(line) is not None and "«" not in line


def _foot_line(line: str) -> bool:
    return (
        len(line.split()) <= ZONE_WORDS
        and not line.rstrip().endswith((".", "?"))
        and not QUOTE.search(line)
        and not REPORTING.search(line)
        and line.count(",") + line.count(";") < LIST_MARKS
    )


def _opening(line: str) -> bool:
    """The story's first sentence: running text that ends like a sentence."""
    return len(line.split()) >= OPENING_WORDS and bool(END.search(line))


def _short_label(line: str) -> bool:
    """A section name, a share row or a profile's labels between bars ("Guru SD | Penulis lepas
    | Pencinta danau"): the bars are not words."""
    return (
        len([w for w in line.split() if w not in BARS]) <= SHORT_WORDS
        and not END.search(line)
        and not line.endswith(":")  # a list's introduction
        and not QUOTE.search(line)
        and not REPORTING.search(line)
    )


def _bare_role(line: str) -> bool:
    return line.lower().rstrip(" :") in vocab().roles


def _keywords(lines: list[str], last: int) -> bool:
    """A keyword list closing the article ("demam berdarah dbd nyamuk jakarta"): lower-case
    words without punctuation, in a text that otherwise writes capitals."""
    return bool(KEYWORDS.fullmatch(lines[last])) and any(
        c.isupper() for line in lines[:last] for c in line
    )
