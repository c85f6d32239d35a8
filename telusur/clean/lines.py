"""A general line classifier for boilerplate no outlet rule names: one line at a time.

Publishers' rules (``boilerplate``) know the outlets they were written for. Pages from any other
outlet carry the same kinds of lines: page furniture and ad slots, calls to action, credits and
notices, bylines and timestamps on lines of their own, widget glyphs, scraped link lists. They
are recognised by their shape and by vocabularies kept as data (``lang/*/lines.toml``). Where a
line stands on the page (near the top, in the run that closes it) is ``page``'s to judge.

A line that reads as body text is never removed: one with a quotation, or one with a figure and
a reporting word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from telusur.clean.outlet import display_name, outlets
from telusur.lang import load

FOLDERS = ("common", "id", "en")
MAX_LEN = 300  # longer lines are body
OPENER_LEN = 250
META_LEN = 120  # bylines and timestamps
NAME_LEN = 40
LONG_WORDS = 12
END = re.compile(r"[.!?]$")
QUOTE = re.compile(r"[\"“”]")
FIGURE = re.compile(r"\d")
REPORTING = re.compile(
    r"\b(?:said|says|according|told|kata|ujar|menurut|mencatat|tutur)\w*\b", re.I
)
TOKEN = re.compile(r"[^\s,|:;()]+")
NUMERIC = re.compile(r"\d[\d:./-]*(?:am|pm|a\.m\.|p\.m\.)?|\d{1,2}(?:st|nd|rd|th)", re.I)
SCORE = re.compile(r"\b\d+-\d+\b")
STAMP = re.compile(r"\d{1,2}[:.]\d{2}|\d{4}")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "12/05/2025", "13-11-2025", "2025-11-13"
NUMERIC_DATE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d{1,2}-\d{1,2}\b"
)
# A clock time with its zone ("14:30 WIB"); a zone after four digits may be a fixture's kick-off.
CLOCK_ZONE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|UTC|GMT)\b", re.I)
OUTLET_CREDIT = re.compile(
    r"(?:(?<=[.!?])\s+|\s*(?=[(\[]))[(\[]?(?P<a>[^()\[\]/.!?]{2,40}?)\s*/\s*(?P<b>[^()\[\]/!?]{2,40}?)[)\]]?\.?$"
)
DESK = re.compile(r"[a-z]{2,4}")  # a desk's code after a photo credit: "ANTARA/Name/aa"
BULLET = "*•·-–— "  # a list bullet before a call: "* Follow Official WhatsApp Channel …"
SIGNATURE = re.compile(r"\s*(?:,|\||-|–|—)\s*")  # between a name and the outlet it writes for
SITE = re.compile(r"[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:com|net|org|co|id|tv|news)", re.I)
WIDGET_LEN = 80
WIDGET_SPLIT = re.compile(r"[\s,|:/·•]+")
TITLE_WORDS = 8  # words a call to action may hold around the quoted title it points to
SEPARATORS = frozenset("|/-–—l")  # between the names of a closing credit ("NAME l DESK")
BRAND = re.compile(r"[a-z]+[A-Z][A-Za-z]*")  # a site's name in one word: "detikHealth"
HONORIFIC = r"(?i:dr|drg|prof|ir|hj|kh)\.\s*"  # "dr. Name", "Hj. Name"
NAME = rf"(?:{HONORIFIC})?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|bin|binti|de|van|von|al|el)){{0,5}}"
CAPTION_LEN = 200
SENTENCE_CAPTION_LEN = MAX_LEN  # a caption of one sentence, its credit after it
CREDIT_REACH = 120  # the longest photo credit closing a caption
ILLUSTRATION = re.compile(r"\((?:foto )?(?:ilustrasi|illustration)\)$", re.I)
SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
RESIDUE = re.compile(r"(?:\s*,)+$")  # the commas a scraper leaves where a link was dropped
# A site's credit and a photographer closing a caption after a space: "… merdeka.com/parwito".
SITE_CREDIT = re.compile(
    r"(?<=\s)[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.id|id|tv)\s*/\s*[\w .'-]{2,40}$", re.I
)
# A short caption, a stop and its source: "Ilustrasi kemeja putih polos. Pinterest".
SOURCED = re.compile(
    r"(?P<head>[^.!?]{3,100}?)\.\s+(?P<tail>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
)
SOURCED_WORDS = 8
CREDIT_CAPTION = re.compile(r"\((?:foto|photo|image|gambar|sumber foto)\s*[:/][^()]{1,80}\)$", re.I)


@dataclass(frozen=True, slots=True)
class Vocab:
    labels: frozenset[str]
    openers: tuple[str, ...]
    phrases: re.Pattern[str]
    agencies: frozenset[str]
    shapes: re.Pattern[str]
    trim: str  # stripped from a label's ends: glyphs and spaces
    widget_words: frozenset[str]
    date_words: frozenset[str]
    byline_words: frozenset[str]
    credits: re.Pattern[str]  # "Editor : Name", "Rep: Name/ Red: Name"
    staff_credits: re.Pattern[str]  # the same with a colon, staff roles only: anywhere
    roles: frozenset[str]  # the roles of credit lines, bare
    pointers: frozenset[str]  # bare related-link markers ("Artikel Selanjutnya")
    closers: re.Pattern[str]  # what goes in the closing run only: "(ANN)", "Tim VIVA"
    stop_words: frozenset[str]
    publication_words: frozenset[str]  # words of a publication's name: "Daily", "Insider"
    caption_credits: re.Pattern[str]  # a photo credit after a caption's sentence
    bar_credits: re.Pattern[str]  # the same after a bar
    call_verbs: tuple[str, ...]  # the verb opening a call to read, follow or download
    call_targets: re.Pattern[str]  # what such a call points to: news, more to read
    call_channels: re.Pattern[str]  # or a channel to join: WhatsApp, Google News
    inward: re.Pattern[str]  # words that point to what follows in the text: "berikut ini"
    call_leads: tuple[str, ...]  # words before a call's verb: "Lebih lengkapnya, simak …"
    signature_marks: frozenset[str]  # a desk's mark in brackets closing the article: "(*)"
    citations: frozenset[str]  # what opens a bracketed citation of scripture: "(HR …)"
    pointer_verbs: re.Pattern[str]  # "dapat dibaca": a passive pointer to elsewhere
    promo_calls: tuple[str, ...]  # a call to take part in a programme: "silakan ikut"
    meta_extras: re.Pattern[str]  # a reading time or view counter on a byline's line
    press_offices: re.Pattern[str]  # "hubungan masyarakat", "corporate communications"
    comment_markers: re.Pattern[str]  # "Komentar (12)", "Have your say"
    comment_labels: frozenset[str]  # "komentar", "comments": a bare label over the last lines
    shop_calls: frozenset[str]  # "beli sekarang", "buy now": the button closing a product card
    bio_verbs: tuple[str, ...]  # "adalah", "is": a name and one of them open an author's bio
    about_heads: frozenset[str]  # "tentang", "about": the word heading an issuer's blurb


def _credits(roles: list[str], colon: bool = False) -> re.Pattern[str]:
    """Credit lines: one or more "role: names" runs, names capitalised, and the site a name
    writes for after a dash ("Penulis: Dwi Andayani - detikNews"). Without ``colon`` the role
    may be glued to the name ("EditorRohman Wibowo") or stand before it with no colon."""
    role = "(?i:" + "|".join(re.escape(r) for r in roles) + ")" if roles else "(?!)"
    # Names, then the site after a dash or the place in brackets: "Name (Bekasi)".
    names = rf"{NAME}(?:\s*(?:,|&|dan|and)\s*{NAME})*(?:\s+-\s+\w+|\s*\([A-Z][\w .]{{1,30}}\))?"
    # A place or a grade may stand between the role and its colon: "Kontributor Bekasi: Name".
    join = r"(?:\s+[A-Z][\w.]*){0,2}\s*:\s*" if colon else rf"\s*(?::\s*|(?=[A-Z]|{HONORIFIC}))"
    # Runs joined by a bar or a comma, or by "dan": "Laporan Name dan videographer Name".
    sep = rf"(?:\s*[/|,;·•]\s*|\s+(?:dan|and)\s+(?={role}))?"
    return re.compile(rf"(?:{role}{join}{names}{sep})+[,;\s]*")


def words_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of the words (or phrases) as whole words, case ignored."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b" if alts else "(?!)", re.I)


def _caption_credits(desks: list[str], credits: list[str], bar: bool = False) -> re.Pattern[str]:
    """A photo credit closing the line after a sentence end (or a closing bracket); the group
    ``desk`` holds an agency photo desk's. One regex: it is tried on every line. With ``bar``,
    the credit after a bar instead ("… di Tol Cikampek | Foto: Name"), tried on lines with one
    (that start, unanchored, is slow to try everywhere)."""
    if not desks and not credits:
        return re.compile("(?!)")
    either = "|".join(f"(?:{c})" for c in credits) or "(?!)"
    desk = "|".join(f"(?:{c})" for c in desks) or "(?!)"
    # The credit may follow the sentence with no space when it is bracketed: "…2025).(SITE/NAME)".
    after = r"\s+\|\s*" if bar else r"(?<=[.!?)])(?:\s+|(?=[(\[]))"
    return re.compile(rf"{after}(?:(?P<desk>{desk})|{either})\s*$", re.I)


@cache
def vocab() -> Vocab:
    """Every language's vocabulary, merged: a page's language is not known line by line."""
    tables = [load(folder, "lines") for folder in FOLDERS]

    def words(key: str) -> list[str]:
        return [w.lower() for t in tables for w in t.get(key, [])]

    shapes = [s for t in tables for s in t.get("shapes", [])]
    return Vocab(
        labels=frozenset(words("labels")),
        openers=tuple(words("openers")),
        phrases=re.compile("|".join(re.escape(p) for p in words("phrases")) or "(?!)"),
        agencies=frozenset(words("agencies")),
        shapes=re.compile("|".join(f"(?:{s})" for s in shapes) or "(?!)", re.I),
        trim="".join(t.get("glyphs", "") for t in tables) + " ",
        widget_words=frozenset(words("widget_words")),
        date_words=frozenset(words("date_words")),
        byline_words=frozenset(words("byline_words")),
        credits=_credits(words("credit_roles")),
        staff_credits=_credits(
            [r for r in words("credit_roles") if r not in words("closing_roles")], colon=True
        ),
        roles=frozenset(words("credit_roles")),
        pointers=frozenset(words("pointers")),
        closers=re.compile(
            "|".join(f"(?:{s})" for t in tables for s in t.get("closing_shapes", [])) or "(?!)"
        ),
        stop_words=frozenset(words("stop_words")),
        publication_words=frozenset(words("publication_words")),
        caption_credits=_caption_credits(
            [s for t in tables for s in t.get("desk_credits", [])],
            [s for t in tables for s in t.get("caption_credits", [])],
        ),
        bar_credits=_caption_credits(
            [s for t in tables for s in t.get("desk_credits", [])],
            [s for t in tables for s in t.get("caption_credits", [])],
            bar=True,
        ),
        call_verbs=tuple(sorted(words("call_verbs"), key=len, reverse=True)),
        call_targets=words_pattern(words("call_targets")),
        call_channels=words_pattern(words("call_channels")),
        inward=words_pattern(words("inward")),
        call_leads=tuple(sorted(words("call_leads"), key=len, reverse=True)),
        signature_marks=frozenset(words("signature_marks")),
        citations=frozenset(words("citations")),
        pointer_verbs=words_pattern(words("pointer_verbs")),
        promo_calls=tuple(words("promo_calls")),
        meta_extras=_alternation(tables, "meta_extras"),
        press_offices=words_pattern(words("press_offices")),
        comment_markers=_alternation(tables, "comment_markers"),
        comment_labels=frozenset(words("comment_labels")),
        shop_calls=frozenset(words("shop_calls")),
        bio_verbs=tuple(words("bio_verbs")),
        about_heads=frozenset(words("about_heads")),
    )


def _alternation(tables: list[dict[str, list[str]]], key: str) -> re.Pattern[str]:
    """Every language's regexes under ``key`` as one, case ignored."""
    found = [f"(?:{s})" for t in tables for s in t.get(key, [])]
    return re.compile("|".join(found) or "(?!)", re.I)


def core(line: str) -> str:
    """The line without the commas a scraper left at its end where it dropped a link ("(Tin/
    Ysl),", "… 11 September 2019.,"): what the line says is judged, not the residue."""
    if not line.endswith(","):
        return line  # most lines: no residue, and no regex to run
    return RESIDUE.sub("", line) or line


def is_boilerplate(line: str, edge: bool = False) -> bool:
    """Whether one line is page furniture, a call to action, a credit, a notice or a byline."""
    line = core(line)
    if len(line) > MAX_LEN or not _candidate(line, edge):
        return False
    return not reads_as_body(line) or _titled_call(line) or _channel_call(line)


def _candidate(line: str, edge: bool) -> bool:
    v = vocab()
    low = line.lower()
    key = low.rstrip(" .:!").strip(v.trim)
    if key in v.labels or key in v.agencies or v.shapes.fullmatch(line):
        return True
    if key in v.roles and line.rstrip().endswith(":"):
        return True  # "Penulis:" over the name; bare "Penulis" may head a listicle's item
    if not any(c.isalnum() for c in line):
        return True  # glyphs, or the brackets and commas a scraper left of a link: "(,) ,"
    if _widget(low, v):
        return True
    opened = low.startswith(v.openers) or (
        low[:1] in "([" and low.lstrip("([ ").startswith(v.openers)
    )
    if len(line) <= OPENER_LEN and opened and not _sentences(line):
        return True
    called = low.lstrip(BULLET)
    if v.phrases.search(low) or (called.startswith(v.call_verbs) and _call(called, v)):
        return True
    if len(line) <= META_LEN and ":" in line and v.staff_credits.fullmatch(line):
        return True
    if len(line) <= META_LEN and " | " in line and _credit_parts(line, v):
        return True
    if edge and (
        _meta(line, v) or (len(line) <= META_LEN and v.credits.fullmatch(line)) or _signed(line)
    ):
        return True
    return credit_caption(line) or ("/" in line and _photo_credit(line))


def credit_line(line: str) -> bool:
    """A line of credits alone: "Penulis: Name | Editor: Name", "Editor: Name"."""
    if len(line) > META_LEN or ":" not in line:
        return False
    v = vocab()
    return v.staff_credits.fullmatch(line) is not None or (" | " in line and _credit_parts(line, v))


def _credit_parts(line: str, v: Vocab) -> bool:
    """Credits of several roles joined by bars, each "role: names" ("Fotografer: Name | Teks:
    Name"): the bar is split before each part is judged."""
    parts = [p.strip() for p in line.split(" | ")]
    return all(":" in p and v.credits.fullmatch(p) for p in parts)


def _photo_credit(line: str) -> bool:
    """A photo credit standing alone: a name and the outlet or agency, between slashes
    ("Ahmad Fauzi/Kompas.com", "IDN Times/Ahmad Fauzi", "ANTARA/Name/aa")."""
    if len(line) > CREDIT_REACH or "/" not in line or FIGURE.search(line):
        return False
    parts = [p.strip() for p in line.split("/")]
    if not 2 <= len(parts) <= 3:
        return False
    v = vocab()
    outlets = [p for p in parts if display_name(p) or SITE.fullmatch(p) or p.lower() in v.agencies]
    others = [p for p in parts if p not in outlets]
    return len(outlets) >= 1 and all(name_only(p, least=1) or DESK.fullmatch(p) for p in others)


def _widget(low: str, v: Vocab) -> bool:
    """Share buttons in a row: "Facebook Twitter WhatsApp Telegram", "Bagikan: Facebook | X"."""
    if len(low) > WIDGET_LEN:
        return False
    words = [w for w in WIDGET_SPLIT.split(low) if w]
    return len(words) >= 2 and all(w in v.widget_words for w in words)


def _call(low: str, v: Vocab) -> bool:
    """A call to read more news, follow a channel or get the app: a call verb opens the line
    and the line names what it points to ("Download aplikasi X untuk akses berita lebih
    cepat", "Klik untuk baca: <title>"), unless it reports what someone said."""
    if len(low) > MAX_LEN or not low.startswith(v.call_verbs) or REPORTING.search(low):
        return False  # too long, no call verb, or someone's words ("…, katanya.")
    verb = next(w for w in v.call_verbs if low.startswith(w))
    if low[len(verb) : len(verb) + 1].isalnum():
        return False  # a longer word: "bacaan", "cekcok"
    if v.call_channels.search(low, len(verb)):
        return True
    if len(low) > OPENER_LEN or v.inward.search(low) or _list_follows(low):
        return False  # it introduces what follows in the text: "Simak jadwalnya berikut ini:"
    # Running text after "Baca selengkapnya di , ," is the story glued to a call; a channel's
    # promotion runs to several sentences ("Simak breaking news … WhatsApp Channel …").
    return not _sentences(low) and v.call_targets.search(low, len(verb)) is not None


def _channel_call(line: str) -> bool:
    """A call to join a channel is one even with a quoted name in it ('Mari bergabung di Grup
    Telegram "Kompas.com News Update"'), unless it reports what someone said."""
    v = vocab()
    low = line.lower().lstrip(BULLET)
    if not low.startswith(v.call_verbs) or REPORTING.search(low):
        return False
    return _call(QUOTE.sub(" ", low), v) and v.call_channels.search(low) is not None


def _list_follows(low: str) -> bool:
    """A colon that ends the line, or one before more than a title's words."""
    _, colon, tail = low.partition(":")
    return bool(colon) and (not tail.strip(" ,") or len(tail.split()) > TITLE_WORDS)


def _titled_call(line: str) -> bool:
    """A call to action around one quoted title ('Tonton juga video "<title>" di sini:'): the
    quotation is the title of what it points to, not a quote of the story."""
    v = vocab()
    low = line.lower()
    called = low.startswith(v.openers) or _call(QUOTE.sub(" ", low), v)
    if not called or len(line) > OPENER_LEN:
        return False
    parts = QUOTE.split(line)
    if len(parts) != 3 or (FIGURE.search(parts[0] + parts[2]) and REPORTING.search(line)):
        return False
    return len((parts[0] + parts[2]).split()) <= TITLE_WORDS


def reads_as_body(line: str) -> bool:
    """A quotation, or a figure with a reporting word: the story, never furniture."""
    return bool(QUOTE.search(line)) or bool(FIGURE.search(line) and REPORTING.search(line))


def _sentences(line: str) -> bool:
    """Long running text after an opener: body glued to it, not a call to action."""
    return len(line.split()) >= LONG_WORDS and bool(END.search(line))


def _meta(line: str, v: Vocab) -> bool:
    """A byline or timestamp standing alone: names, byline words, dates and clock times only."""
    if len(line) > META_LEN or END.search(line) or "(" in line:
        return False
    bare = v.meta_extras.sub(" ", line).strip(" ·•|")
    # What the line carried besides names (a reading time, a counter, "2 menit lalu") marks it.
    extras = bare != line.strip(" ·•|")
    line = bare
    if SCORE.search(line) and SCORE.search(NUMERIC_DATE.sub(" ", line)):
        return False  # a score ("2-1"), not the dashes of a date ("13-11-2025")
    tokens = TOKEN.findall(line)
    if not tokens:
        return False  # nothing but a reading time or a counter: its own shape judges it
    lows = [t.lower().strip(".,") for t in tokens]
    byline = lows[0] in ("by", "oleh") and len(tokens) <= 9
    dated = any(w in v.date_words and (len(w) > 3 or _in_date(w, line)) for w in lows)
    dated = dated or NUMERIC_DATE.search(line) is not None or extras
    named = any(t[:1].isupper() and t.lower() not in v.date_words for t in tokens)
    # The site's name and the city alone: "Liputan6.com, Jakarta".
    sited = len(tokens) <= 4 and bool(SITE.fullmatch(tokens[0]))
    # A name and the site it writes for: "Annisa Rahim - detikHealth".
    signed = len(tokens) <= 6 and "-" in tokens and bool(BRAND.fullmatch(tokens[-1]))
    signed = signed or (len(tokens) == 1 and bool(BRAND.fullmatch(tokens[0])))
    # A name and the role after it: "Ravie Wardani , Jurnalis".
    signed = signed or (2 <= len(tokens) <= 6 and lows[-1] in v.byline_words)
    # A clock and its zone alone ("14:30 WIB"); beside a name it may be a fixture's kick-off.
    clock = CLOCK_ZONE.search(line) is not None and not named
    if not (byline or sited or signed or clock or (dated and (named or STAMP.search(line)))):
        return False
    for tok, low in zip(tokens, lows, strict=True):
        if low in v.stop_words and not (byline and len(tok) == 1 and tok.isupper()):
            return False  # a sentence's word; in a byline "A" is an initial: "Oleh : A Name"
        known = (
            low in v.date_words
            or low in v.byline_words
            or NUMERIC.fullmatch(low)
            or SITE.fullmatch(tok)
            or BRAND.fullmatch(tok)
        )
        if not known and not tok[:1].isupper() and tok not in ("|", "-", "–", "—", "/", "•", "·"):
            return False
    return True


def _signed(line: str) -> bool:
    """A name (or "Tim <desk>") and the known outlet it writes for: "Name, CNN Indonesia",
    "Name | Kompas TV", "Tim detikcom - detikNews"."""
    if len(line) > NAME_LEN + 30:
        return False
    parts = SIGNATURE.split(line.strip())
    if len(parts) != 2:
        return False
    who, where = parts
    team = who.lower().startswith("tim ") and len(who.split()) <= 3
    return (team or name_only(who, least=1)) and (
        display_name(where) is not None or bool(BRAND.fullmatch(where))
    )


def _in_date(word: str, line: str) -> bool:
    """A three-letter word ("Sep") counts as a date word inside a whole date only: "09 Sep
    2025", "Sep 9, 2025"; alone it may be a time zone of a fixture list ("2000 GMT")."""
    w = re.escape(word)
    date = rf"\b\d{{1,2}}\s+{w}\.?,?\s+{YEAR.pattern}|\b{w}\.?\s+\d{{1,2}},?\s+{YEAR.pattern}"
    return re.search(date, line, re.I) is not None


def name_only(line: str, caps: bool = False, least: int = 2) -> bool:
    """A reporter's name alone (near the top; ``least`` words), or an all-capitals credit
    closing the article (names and desks between bars count: "NAME | DESK")."""
    words = line.split()
    if caps:
        words = [w for w in words if w not in SEPARATORS]
    if not 1 <= len(words) <= 4 or len(line) > NAME_LEN or FIGURE.search(line):
        return False
    if caps:
        return all(w.isalpha() and w.isupper() for w in words)
    return len(words) >= least and all(w[:1].isupper() and w.isalpha() for w in words)


def credit_caption(line: str) -> bool:
    """A short caption ending in a bracketed photo credit, or marked as an illustration."""
    if len(line) > CAPTION_LEN:
        return False
    if ILLUSTRATION.search(line):
        return True
    m = CREDIT_CAPTION.search(line)
    return m is not None and not END.search(line[: m.start()].rstrip())


def sentence_caption(line: str) -> bool:
    """A caption closed by its photo credit: one sentence before the credit ("Warga mengungsi
    di Cianjur, Selasa (11/11/2025). Foto: Name/site", "… (Name/Site.com)"), or a few under an
    agency photo desk's credit ("… Selasa (11/11/2025). Warga … . ANTARA FOTO/Name/abc."),
    whose captions are written so."""
    if len(line) > SENTENCE_CAPTION_LEN:
        return False
    # A credit is short: only the line's end is searched (the lookbehind sees before it).
    v = vocab()
    start = max(0, len(line) - CREDIT_REACH)
    m = v.caption_credits.search(line, start)
    if m is None and line.find("|", start) >= 0:
        m = v.bar_credits.search(line, start)
    if m is None:
        if line.find("/", len(line) - NAME_LEN) < 0:
            return False  # most lines: no credit of any kind near their end
        at = _outlet_credit(line)
        before = line[:at] if at is not None else ""
        return len(before.split()) >= 3 and not SENTENCE_END.search(before)
    before = line[: m.start()]
    return len(before.split()) >= 3 and (
        m.group("desk") is not None or not SENTENCE_END.search(before)
    )


def source_caption(line: str) -> bool:
    """A caption closed by where its picture came from, with no sentence's end: a site's
    credit and a photographer after the caption's words ("Jenazah Wiwit 2017 merdeka.com/
    purnomo edi"), or a short caption, a stop, and the source's name ("Ilustrasi kemeja putih
    polos. Pinterest", "New Smyrna Beach. The Inquisitr"). The caption opens with a capital and
    holds no comma: a sentence cut by a broken line does not."""
    if len(line) > CAPTION_LEN or END.search(line):
        return False
    slash = line.find("/", len(line) - NAME_LEN) >= 0
    if (not slash and ". " not in line) or QUOTE.search(line):
        return False
    if slash:
        m = SITE_CREDIT.search(line, max(0, len(line) - CREDIT_REACH))
        if m is not None:
            return len(line[: m.start()].split()) >= 3
    if ". " not in line:
        return False
    m = SOURCED.fullmatch(line)
    if m is None or not m["head"][:1].isupper() or "," in m["head"]:
        return False
    stops = vocab().stop_words
    tail = m["tail"].split()
    tail = tail[1:] if tail[0] == "The" and len(tail) > 1 else tail
    return len(m["head"].split()) <= SOURCED_WORDS and not any(w.lower() in stops for w in tail)


def _wire(name: str) -> bool:
    return display_name(name) in outlets().wires or name.lower() in vocab().agencies


def _outlet_credit(line: str) -> int | None:
    """Where a credit of a known outlet and a photographer closes a caption: "… (Tribunnews/
    Name)", "… Tempo/Name", "(IDN Times/Name)"; None when the line ends otherwise."""
    slash = line.rfind("/")
    if slash < len(line) - NAME_LEN or FIGURE.search(line, slash) is not None:
        return None  # no slash near the end, or a date's: "(12/5/2025)"
    m = OUTLET_CREDIT.search(line, max(0, len(line) - CREDIT_REACH))
    if m is None:
        return None
    parts = [p for p in (m.group("a"), m.group("b")) if p]
    # A wire's name there ("… (Name/Antara)") signs a story it supplied: the text stays.
    outlet = [p for p in parts if (display_name(p) or SITE.fullmatch(p)) and not _wire(p)]
    names = [p for p in parts if p not in outlet and name_only(p.title(), least=1)]
    return m.start() if len(outlet) == 1 and len(names) == 1 else None
