"""Candidate entity mentions in one text: known names, descriptions of a country's
organisation, and capitalised names typed by the cues around them.

One pass over the words. Case is evidence only where it means something: a capital at a
sentence start or in a Title Case headline is not a name unless the word is known or is no
ordinary word; text whose capitals were removed is matched against known names only.
Canonical names are settled afterwards across the whole document (``canonical.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, pairwise

from telusur.analyse.doc.phrases import Tokens, tokenize, unglue
from telusur.analyse.doc.sentences import is_lowercased, split_sentences
from telusur.analyse.entities.gazetteer import Entry, Gazetteer, gazetteer
from telusur.analyse.entities.lexicon import Lexicon, lexicon

Span = tuple[int, int]

_CUE_REACH = 8  # words after a title within which a name is that person's
_CUE_LOWER = 3  # lower-case words allowed between a title and a multi-word name
_HEADLINE_WORDS = 20  # longer words a Title Case headline may hold; a lead of titles holds more
_DATELINE_GAP = 45  # "Seoul, Suarathailand -": how far the outlet's dash may follow


@dataclass(slots=True)
class Candidate:
    """A span that may name an entity; ``type``/``canonical`` are None until settled."""

    first: int  # token index
    last: int  # token index, exclusive
    start: int
    end: int
    type: str | None
    canonical: str | None = None
    known: bool = False  # canonical fixed by the alias tables
    headline: bool = False  # found only in a Title Case line: keep only if the body knows it
    placed: bool = False  # typed a place only by the preposition before it ("in Marconi")


@dataclass(slots=True)
class Scan:
    """What the scan found, with the tokens and tables the later steps need."""

    text: str
    lang: str
    tokens: Tokens
    candidates: list[Candidate]
    lex: Lexicon
    gaz: Gazetteer
    lowered: bool


_APPOSED_REACH = 4  # words of an apposition before the kind of body it names


def scan(
    text: str, lang: str, sentences: list[Span] | None = None, words: Tokens | None = None
) -> Scan:
    """``words``: the plain tokens of ``text`` (``phrases.tokenize_plain``) when already made."""
    lex, gaz = lexicon(lang), gazetteer(lang)
    toks = tokenize(text, lex.common) if words is None else unglue(words, text, lex.common)
    lowered = is_lowercased(text)
    spans = sentences if sentences is not None else split_sentences(text, lang)
    state = _State(lang, text, toks, lowered, spans)
    state.run()
    return Scan(text, lang, toks, state.found, lex, gaz, lowered)


class _State:
    """The per-document pass; attributes rather than globals keep the analysis pure."""

    def __init__(
        self, lang: str, text: str, toks: Tokens, lowered: bool, spans: list[Span]
    ) -> None:
        self.lex, self.gaz = lexicon(lang), gazetteer(lang)
        self.text, self.toks, self.lowered = text, toks, lowered
        self.n = len(toks)
        self.caps = [not lowered and t[0].isupper() for t in toks.texts]
        self.starts = _sentence_starts(toks, spans)
        self.headline = _headline_tokens(text, toks, self.caps)
        self.lower_seen = {nm for t, nm in zip(toks.texts, toks.norms, strict=True) if t.islower()}
        self.starters = _starters(lang)
        self.found: list[Candidate] = []
        self.caps_before = list(accumulate(self.caps, initial=0))  # capitals before token i
        self.start_list = sorted(self.starts)
        self.cue_end = -1  # token index where the last title ended
        self.region_end = -1  # where the last title over a region ended ("Bupati")
        self._regions: set[tuple[str, ...]] | None = None

    # -- the pass ------------------------------------------------------------------------

    def run(self) -> None:
        """Visit only the words that can start something: capitals and lower-case cues (in
        lower-cased text every word, as known names are matched in any case)."""
        cues, caps = self.lex.lower_cues, self.caps
        if self.lowered:
            visit: Iterable[int] = range(self.n)
        else:
            visit = [i for i, w in enumerate(self.toks.norms) if caps[i] or w in cues]
        resume = 0
        for k in visit:
            if k >= resume:
                resume = self._step(k)

    def _step(self, k: int) -> int:
        norms, lex = self.toks.norms, self.lex
        word = norms[k]
        if " " in word:
            word = word.split(" ", 1)[0]
        if word not in self.starters and self.cue_end < 0:  # only a plain name can start here
            if not self.caps[k]:
                return k + 1
            return (
                k + 1 if self._ordinary(k) or not _wordlike(self.toks.texts[k]) else self._name(k)
            )
        described = self._description(k)
        if described:
            return described
        title = lex.titles.match(norms, k)
        region = lex.jurisdictions.match(norms, k)
        if region and (not title or region[0] >= title[0]):
            title = region
        if title and (self.caps[k] or not self.toks.texts[k][0].isupper()):
            self.cue_end = title[0]
            self.region_end = title[0] if title is region else -1
            return title[0]
        known = self._known(k)
        if known:
            return known
        if not self.caps[k]:
            return k + 1
        return self._capitalised(k)

    def _capitalised(self, k: int) -> int:
        norms, lex = self.toks.norms, self.lex
        skip = lex.not_names.match(norms, k)
        if skip:
            return skip[0]
        gap = self._cue_gap(k)
        if gap == 0:
            filler = lex.complements.match(norms, k)
            if filler:
                return filler[0]  # a title's complement: "Menteri Luar Negeri"
            if norms[k] in lex.common:
                return k + 1
        elif gap is not None and gap <= _CUE_LOWER and norms[k] in lex.common and self._named(k):
            return k + 1  # the title's field: "Pengamat Komoditas dan Mata Uang Lukman Leong"
        head = lex.org_heads.match(norms, k)
        if self._ordinary(k):
            if head and lex.public_heads.match(norms, k) and self._body_opens(head[0]):
                return self._organisation(k, head[0])  # "Kepolisian X" opening a sentence
            return k + 1
        if not _wordlike(self.toks.texts[k]):
            return k + 1
        if head:
            return self._organisation(k, head[0])
        place = lex.place_heads.match(norms, k)
        if place and place[0] < self.n and self.caps[place[0]] and self._joined(place[0] - 1):
            return self._place(k, place[0])
        return self._name(k)

    # -- known names and descriptions ----------------------------------------------------

    def _known(self, k: int) -> int:
        match = self.gaz.names.match(self.toks.norms, k)
        if not match or not self._acceptable(k, match[0], match[1]):
            return 0
        j, entry = match
        led = self._country_led(k, j, entry)
        if led:
            return led
        if entry.type in ("GPE", "LOC") and self._compass(j):
            # "Jakarta Timur", "Bekasi Utara": a place and a compass word name another place
            self.found.append(
                Candidate(
                    k,
                    j + 1,
                    self.toks.starts[k],
                    self.toks.ends[j],
                    "LOC",
                    " ".join(self.toks.texts[k : j + 1]),
                    known=True,
                )
            )
            return j + 1
        start, end = self.toks.starts[k], self.toks.ends[j - 1]
        if self._possessive(end):
            described = self._description(j, country=entry, begin=k)
            if described:
                return described
        if entry.seat_of and not (
            self._place_context(k)
            or self.lex.place_from.ends_at(self.toks.norms, k)
            or self._located(k)
        ):
            cand = Candidate(k, j, start, end, entry.seat_type, entry.seat_of, known=True)
        else:
            cand = Candidate(k, j, start, end, entry.type, entry.canonical, known=True)
        self.found.append(cand)
        if entry.type == "PER":
            self.cue_end = -1
        return j

    def _compass(self, j: int) -> bool:
        """A capitalised compass word right after a known place ("Jakarta | Timur")."""
        return (
            j < self.n
            and self.caps[j]
            and self._joined(j - 1)
            and self.toks.norms[j] in self.lex.place_tails
        )

    def _country_led(self, k: int, j: int, entry: Entry) -> int:
        """ "France Telecom", "Japan Airlines", "London Stock Exchange": a country or a city that
        opens a capitalised run ending in an organisation tail is part of that organisation's
        name, not a party or a place of its own."""
        if (
            entry.type not in ("GPE", "LOC")
            or j >= self.n
            or not self.caps[j]
            or not self._joined(j - 1)
        ):
            return 0
        end = self._name_end(j)
        if self.toks.norms[end - 1] not in self.lex.org_tails:
            return 0
        self._add(k, end, "ORG")
        return end

    def _acceptable(self, k: int, j: int, entry: Entry) -> bool:
        texts = self.toks.texts
        if "\n" in self.text[self.toks.starts[k] : self.toks.ends[j - 1]]:
            return False
        if self.lowered:
            word = self.toks.norms[k]
            single = j == k + 1
            return not (single and (word in self.lex.ambiguous_lower or word in self.lex.common))
        if entry.cased:
            return "".join(texts[k:j]).replace(".", "").isupper()
        return texts[k][0].isupper()

    def _description(self, k: int, country: Entry | None = None, begin: int | None = None) -> int:
        """ "badan intelijen Korea Selatan", "kementerian pertahanan Seoul", "Seoul's spy
        agency": a kind of organisation plus a country names that country's organisation."""
        desc = self.lex.descriptions.match(self.toks.norms, k)
        if not desc:
            return 0
        j, kind = desc
        if country is None:
            if j >= self.n:
                return 0
            nxt = self.gaz.names.match(self.toks.norms, j)
            if not nxt or not self._acceptable(j, nxt[0], nxt[1]) or not self._joined(j - 1):
                return 0
            end_tok, country = nxt
        else:
            end_tok = j
        state = country.seat_of or country.canonical
        state_type = country.seat_type or country.type
        if state_type not in ("GPE", "ORG"):
            return 0
        first = k if begin is None else begin
        entry = self.gaz.described.get((kind, state))
        canonical = entry.canonical if entry else f"{self.gaz.kinds.get(kind, kind)} {state}"
        start, end = self.toks.starts[first], self.toks.ends[end_tok - 1]
        self.found.append(Candidate(first, end_tok, start, end, "ORG", canonical, known=True))
        return end_tok

    # -- capitalised names ---------------------------------------------------------------

    def _ordinary(self, k: int) -> bool:
        """A capital that only marks a sentence start or a headline word; a pronoun ("She",
        "Dia") is never a name, wherever a stray mark leaves the sentence's start."""
        word = self.toks.norms[k]
        pronoun = self.lex.references.match(self.toks.norms, k)
        if pronoun is not None and pronoun[0] == k + 1:
            return True
        if k not in self.starts and k not in self.headline and not self._after_opening(k):
            return False
        return word in self.lex.common or word in self.lower_seen

    def _organisation(self, k: int, j: int) -> int:
        """From an organisation head over the capitalised words; a country closes the name, and
        after a title the last two proper words are the person ("Bank X Kartika Wirjoatmodjo")."""
        lex, norms, end = self.lex, self.toks.norms, j
        while end < self.n and self._joined(end - 1):
            if self.caps[end]:
                if lex.titles.match(norms, end):
                    break
                known = self.gaz.names.match(norms, end)
                if known and (known[1].type == "GPE" or known[1].seat_of):
                    end = known[0]
                    while end < self.n and self.caps[end] and norms[end] in lex.place_tails:
                        end += 1  # "Jakarta Utara": the place's own compass word
                    break
                if (
                    known
                    and known[1].type == "ORG"
                    and self._licensed(k)
                    and self._named_after(known[0])
                ):
                    # "Humas BNPB Sutopo Purwo Nugroho": a known body closes the office's name
                    self._add(k, known[0], "ORG")
                    return known[0]
                end += 1
            elif norms[end] in lex.org_connectors and end + 1 < self.n and self.caps[end + 1]:
                end += 1
            else:
                break
        if end == j:
            return j  # a bare head ("Bank", "Badan") names nothing
        person = self._after_acronym(j, end) if self._licensed(k) else 0
        if person:
            # "Kepala Balai Besar ... BPPT | Tri Handoko Seto", "Kepala Pos SAR | Cilacap |
            # Mulwahyono": a person's name holds no acronym; the body's region may come first
            self._add(k, person, "ORG")
            served = self._known_region(person, end)
            if served:
                self._add(person, person + served, "LOC")
                person += served
            self._add(person, end, "PER")
            self.cue_end = -1
            return end
        if (
            self._licensed(k)
            and end - j >= 3
            and not any(norms[m] in lex.common for m in (end - 2, end - 1))
            and not (end < self.n and lex.titles.match(norms, end))
        ):
            self._add(k, end - 2, "ORG")
            self._add(end - 2, end, "PER")
            self.cue_end = -1
            return end
        self._add(k, end, "ORG")
        return end

    def _after_body(self, k: int) -> bool:
        """Whether an organisation's name ends right before token ``k``, in the same run."""
        last = self.found[-1] if self.found else None
        return last is not None and last.type == "ORG" and last.last == k and self._joined(k - 1)

    def _after_acronym(self, j: int, end: int) -> int:
        """Where a person's name starts after the last acronym of a body's name that runs on
        with capitalised words ("Balai Besar TMC BPPT Tri Handoko Seto"); 0 when none does."""
        if self._apposed_after(end):
            return 0  # "Kantor SAR Maumere, I Putu Sudayana": the office, a comma, the person
        texts, honorifics = self.toks.texts, self.lex.honorifics
        for a in range(end - 2, j - 1, -1):
            if _acronym(texts[a]) and self.toks.norms[a] not in honorifics:
                return a + 1
        return 0

    def _body_opens(self, j: int) -> bool:
        """Whether a public body's head is followed, in its name, by a place or a name that is
        no known party of its own ("Kepolisian Northern Territory" opening a sentence)."""
        if j >= self.n or not self.caps[j] or not self._joined(j - 1):
            return False
        known = self.gaz.names.match(self.toks.norms, j)
        return known is None or known[1].type in ("GPE", "LOC")

    def _named(self, k: int) -> bool:
        """Whether at least two capitalised words that are no ordinary words follow ``k`` in
        its run: a name still comes after a capitalised common word there."""
        proper, j = 0, k
        while proper < 2 and self._joined(j) and self.caps[j + 1]:
            j += 1
            proper += self.toks.norms[j] not in self.lex.common
        return proper >= 2

    def _named_after(self, j: int) -> bool:
        """Whether capitalised words that may be a person's name follow at ``j``."""
        return (
            j + 1 < self.n
            and self._joined(j - 1)
            and self.caps[j]
            and self.caps[j + 1]
            and self._joined(j)
            and not self.gaz.names.match(self.toks.norms, j)
        )

    def _place(self, k: int, j: int) -> int:
        """ "Kabupaten Sukabumi", "Pelabuhan Tanjung Priok"; after a title only one word, as
        the person's name may follow ("Bupati Kabupaten Sukabumi Marwan Hamami")."""
        end = self._name_end(j) if not self._licensed(k) else j + 1
        if self._compass(end):
            end += 1
        self._add(k, end, "LOC")
        return end

    def _name(self, k: int) -> int:
        """A run of capitalised words, typed by the words around it."""
        if len(self.toks.texts[k]) == 1 and not self._joined(k):
            return k + 1  # a stray letter
        if _ROMAN.fullmatch(self.toks.texts[k]):
            return k + 1  # a numeral opens no name ("Kodam XVII/Cenderawasih", "Perang Dunia II")
        end = self._name_end(k)
        if self._credit(k, end):
            return end
        region = self._region_length(k, end) if k == self.region_end else 0
        if region:
            self._add(k, k + region, "LOC")  # "Bupati Purwakarta | Dedi Mulyadi"
            k += region
            if k == end:
                return end
        if self._after_body(k):
            served = self._known_region(k, end)
            if served:
                self._add(k, k + served, "LOC")  # "Basarnas | Manado | Gede Darmada"
                k += served
        first = self.toks.texts[k]
        if end - k > 2 and ((_acronym(first) and len(first) > 2) or _camel(first)):
            # "UFC Dana White", "BigDish Ray Wong": the body, then its person
            self._add(k, k + 1, "ORG")
            k += 1
            served = self._known_region(k, end, whole=True)
            if served:
                self._add(k, k + served, "LOC")  # "BPBD Tandapura | Rusdi Lamarauna"
                k += served
        inner = self._inner_body(k, end) if self._licensed(k) else 0
        if inner:
            self._add(k, inner, "ORG")  # "Wasekjen DPP | Eriko Sotarduga": a unit, then its person
            k = inner
            served = self._known_region(k, end)
            if served:
                self._add(k, k + served, "LOC")  # "Pos SAR | Cilacap | Mulwahyono"
                k += served
        type_ = self._type(k, end)
        cand = self._add(k, end, type_)
        cand.headline = all(m in self.headline for m in range(k, end))
        cand.placed = type_ == "LOC" and self._place_context(k)
        return max(end, cand.last)

    def _inner_body(self, k: int, end: int) -> int:
        """After a title, the end of a body's name inside a run that goes on with a person's
        name of two words or more: the run's last acronym ("Kesbangpol DKI Taufan Bakri"); a
        person's name holds no acronym. 0 when there is none."""
        texts, honorifics = self.toks.texts, self.lex.honorifics
        for a in range(end - 3, k - 1, -1):
            if _acronym(texts[a]) and self.toks.norms[a] not in honorifics:
                return a + 1 if a + 1 > k else 0
        return 0

    def _region_length(self, k: int, end: int) -> int:
        """Words of the run after a regional office that name the region: the whole run when
        another title follows it, a place the article names elsewhere ("Kabupaten X"), else
        the first word of three or more."""
        if end < self.n and self._joined(end - 1) and self.lex.titles.match(self.toks.norms, end):
            return end - k
        if self._apposed_after(end):
            return end - k  # "Kapolsek Pesanggrahan, Sukadi": the region, a comma, the person
        if end - k < 2:
            return 0
        return self._known_region(k, end) or (1 if end - k >= 3 else 0)

    def _apposed_after(self, end: int) -> bool:
        """Whether a comma and a capitalised word that opens no title follow ``end``."""
        return (
            0 < end < self.n
            and self.text[self.toks.ends[end - 1] : self.toks.starts[end]] == ", "
            and self.caps[end]
            and not self.lex.titles.match(self.toks.norms, end)
        )

    def _known_region(self, k: int, end: int, whole: bool = False) -> int:
        """Words at ``k`` that name a place the article names elsewhere ("Kabupaten X"), with
        a name still after them unless ``whole``; 0 when there are none."""
        for size in (2, 1):
            fits = k + size <= end if whole else k + size < end
            if fits and tuple(self.toks.norms[k : k + size]) in self._region_names():
                return size
        return 0

    def _region_names(self) -> set[tuple[str, ...]]:
        """One- and two-word names that follow a place head somewhere in the text, and single
        words after a place preposition ("di Cilacap")."""
        if self._regions is None:
            norms, found = self.toks.norms, set[tuple[str, ...]]()
            for i in range(1, self.n):
                if self._lone_place(i):
                    found.add((norms[i],))
            for i in range(self.n):
                head = self.lex.place_heads.match(norms, i) if self.caps[i] else None
                if head and head[0] < self.n and self.caps[head[0]] and not self._titled(i):
                    j = head[0]
                    found.add((norms[j],))
                    if j + 1 < self.n and self.caps[j + 1] and self._joined(j):
                        found.add((norms[j], norms[j + 1]))
            self._regions = found
        return found if self._regions is None else self._regions

    def _lone_place(self, i: int) -> bool:
        """A single capitalised word right after a place preposition ("di Cilacap,")."""
        return (
            self.caps[i]
            and bool(self.lex.place_before.ends_at(self.toks.norms, i))
            and not (i + 1 < self.n and self.caps[i + 1] and self._joined(i))
            and not _acronym(self.toks.texts[i])
        )

    def _titled(self, i: int) -> bool:
        """Token ``i`` ends a title begun before it ("Wali Kota"): not a place head there."""
        norms, lex = self.toks.norms, self.lex
        return i > 0 and any(
            (m := table.match(norms, i - 1)) is not None and m[0] > i
            for table in (lex.titles, lex.jurisdictions)
        )

    def _name_end(self, k: int) -> int:
        """End of the capitalised run from ``k``: it stops before a title, a head, a known
        name, and after an organisation tail ("Madura United | Angga Saputra")."""
        end = k + 1
        norms, lex = self.toks.norms, self.lex
        if k + 1 < self.n and norms[k] in lex.org_tails and k > 0 and self.caps[k - 1]:
            return end
        while end < self.n and self._joined(end - 1):
            if self.caps[end]:
                if norms[end] in lex.org_tails:
                    return end + 1
                if norms[end] not in self.starters and _wordlike(self.toks.texts[end]):
                    end += 1
                    continue
                if (
                    lex.titles.match(norms, end)
                    or lex.not_names.match(norms, end)
                    or lex.org_heads.match(norms, end)
                    or self._place_head_at(end)
                    or not _wordlike(self.toks.texts[end])
                ):
                    break
                known = self.gaz.names.match(norms, end)
                if known and self._acceptable(end, known[0], known[1]):
                    break
                end += 1
            elif (
                norms[end] in lex.connectors
                and end + 1 < self.n
                and self.caps[end + 1]
                and self._joined(end)
                and not self.gaz.names.match(norms, end + 1)
            ):
                end += 1
            else:
                break
        return end

    def _place_head_at(self, j: int) -> bool:
        """A place's head word opening a name after it ("Lake Victoria"); a surname that is
        such a word ends the person's name instead ("Mike Lake, a spokesman")."""
        head = self.lex.place_heads.match(self.toks.norms, j)
        if not head or not self.lex.head_needs_name:
            return bool(head)
        after = head[0]
        return after < self.n and self.caps[after] and self._joined(after - 1)

    def _type(self, k: int, end: int) -> str | None:
        norms, texts, lex = self.toks.norms, self.toks.texts, self.lex
        words = norms[k:end]
        acronym = end == k + 1 and _acronym(texts[k])
        led = _acronym(texts[k]) and len(texts[k]) > 2  # "PSM Makassar"
        if end - k > 1 and (words[-1] in lex.org_tails or led):
            return "ORG"
        if self._licensed(k) and (end - k > 1 or self._cue_gap(k) == 0) and not acronym:
            self.cue_end = -1
            return "PER"
        if acronym and self._dateline(k):
            return "LOC"  # a dateline's city in capitals ("PALU, ...")
        if acronym:
            return "ORG" if len(texts[k]) > 2 or self._speaks(k, end) else None
        if lex.org_before.ends_at(norms, k) and not self.gaz.names.match(norms, k):
            return "ORG"  # "shares in Marconi": a firm, though "in" reads like a place
        if self._place_context(k):
            return "LOC"
        if end - k > 1 and words[-1] in lex.place_tails:
            return "LOC"
        if (
            end == k + 1
            and end < self.n
            and norms[end] in lex.org_roles_after
            and words[0] not in lex.ordinary
        ):
            return "ORG"  # "a Tesco spokesman", "BP executives"
        if self._apposed_body(end):
            return "ORG"  # "Parmalat, the Italian dairy company which ..."
        if self._speaks(k, end):
            return "PER"
        proper = all(w not in lex.ordinary or w in lex.connectors for w in words)
        if 1 < end - k <= 4 and proper:
            return "PER"
        return None

    def _apposed_body(self, end: int) -> bool:
        """Whether ", the" and, a few words on, a kind of body follow the name ("Yukos, the
        Russian oil firm"): the apposition says what the name is."""
        lex, norms = self.lex, self.toks.norms
        if not lex.org_apposed or end >= self.n or norms[end] not in lex.apposed_openers:
            return False
        if self.text[self.toks.ends[end - 1] : self.toks.starts[end]] != ", ":
            return False
        for j in range(end + 1, min(self.n, end + 1 + _APPOSED_REACH)):
            if norms[j] in lex.apposed_stops or (not norms[j].isalnum() and "-" not in norms[j]):
                return False
            if norms[j] in lex.org_apposed:
                return self._apposition_ends(j)
        return False

    def _apposition_ends(self, j: int) -> bool:
        """Whether the body's noun at ``j`` closes the apposition: a stop or a relative word
        follows, not a possessive ("the company's founder") or a verb ("Cheese, the company
        now sells")."""
        after = self.text[self.toks.ends[j] : self.toks.ends[j] + 2]
        if after[:1] in ("'", "’"):
            return False
        if j + 1 >= self.n:
            return True
        nxt = self.toks.norms[j + 1]
        return not nxt.isalnum() or nxt in self.lex.apposed_closers

    def _speaks(self, k: int, end: int) -> bool:
        """ "kata Yana", "Yana mengatakan": the name is a speaker."""
        norms = self.toks.norms
        if self.lex.person_before.ends_at(norms, k):
            return True
        return end < self.n and norms[end] in self.lex.person_after

    # -- helpers -------------------------------------------------------------------------

    def _add(self, k: int, end: int, type_: str | None) -> Candidate:
        if type_ == "PER" and self._peerage(k - 1):
            k -= 1  # "Lord Falconer", "Sir John Stevens": the style is part of the name
            if self.toks.norms[k] in self.lex.territorial:
                end = self._territorial(end)
        cand = Candidate(k, end, self.toks.starts[k], self.toks.ends[end - 1], type_)
        self.found.append(cand)
        return cand

    def _territorial(self, end: int) -> int:
        """ "Lord Roberts of Conwy": a peer's territorial designation ends the name, not a
        person or a place of its own."""
        norms, n = self.toks.norms, self.n
        if end + 1 >= n or norms[end] != "of" or not self.caps[end + 1]:
            return end
        if not (self._joined(end - 1) and self._joined(end)):
            return end
        end += 2
        while end < n and self.caps[end] and self._joined(end - 1):
            end += 1
        return end

    def _peerage(self, k: int) -> bool:
        """A capitalised peer's or knight's style just before a name ("Lord", "Dame")."""
        return (
            k >= 0
            and self.caps[k]
            and self.toks.norms[k] in self.lex.peerages
            and self.text[self.toks.ends[k] : self.toks.starts[k + 1]] == " "
        )

    def _licensed(self, k: int) -> bool:
        """Whether a title before ``k`` makes a name there a person."""
        gap = self._cue_gap(k)
        return gap is not None and gap <= _CUE_LOWER

    def _cue_gap(self, k: int) -> int | None:
        """Lower-case words between the last title and ``k``; None when no title is open (none
        seen, or a sentence began since)."""
        cue = self.cue_end
        if cue < 0 or k - cue > _CUE_REACH:
            return None
        if bisect_right(self.start_list, k) != bisect_right(self.start_list, cue):
            self.cue_end = -1
            return None
        return (k - cue) - (self.caps_before[k] - self.caps_before[cue])

    def _joined(self, k: int) -> bool:
        """Whether token ``k`` and the next are one name: a space, or an initial's period."""
        if k + 1 >= self.n:
            return False
        gap = self.text[self.toks.ends[k] : self.toks.starts[k + 1]]
        if gap == " ":
            return True
        if gap == ". ":
            word = self.toks.texts[k]
            return len(word) == 1 or self.toks.norms[k] in self.lex.honorifics
        return False

    def _possessive(self, end: int) -> bool:
        return self.text[end : end + 2] in ("'s", "’s")

    def _place_context(self, k: int) -> bool:
        """ "di Seoul", "kota pelabuhan Vladivostok", or a dateline "Seoul, Outlet -"."""
        return self.lex.place_before.ends_at(self.toks.norms, k) or self._dateline(k)

    def _dateline(self, k: int) -> bool:
        """ "Seoul, Outlet -", "PALU, Outlet.com —": a place opening a line."""
        line_start = self.text.rfind("\n", 0, self.toks.starts[k]) + 1
        if self.text[line_start : self.toks.starts[k]].strip():
            return False
        after = self.text[self.toks.ends[k] : self.toks.ends[k] + _DATELINE_GAP]
        if after.lstrip().startswith(("-", "–", "—")):
            return True  # "Jakarta - ..."
        if not after.startswith((",", " (")):
            return False
        return any(mark in after for mark in (" -", "- ", "–", "—", "("))

    def _located(self, k: int) -> bool:
        """ "Epicentrum, Jakarta": a capital after a place and a comma locates it."""
        if not self.found or self.found[-1].type not in ("LOC", "GPE"):
            return False
        return self.text[self.found[-1].end : self.toks.starts[k]].strip() == ","

    def _credit(self, k: int, end: int) -> bool:
        """The outlet of a dateline ("Seoul, Suarathailand- ..."): a credit, not a party."""
        line_start = self.text.rfind("\n", 0, self.toks.starts[k]) + 1
        if self.toks.starts[k] - line_start > _DATELINE_GAP:
            return False
        after = self.text[self.toks.ends[end - 1] : self.toks.ends[end - 1] + 3]
        return after.startswith(("-", " -", " –", " —"))

    def _after_opening(self, k: int) -> bool:
        before = self.text[max(0, self.toks.starts[k] - 2) : self.toks.starts[k]].strip()
        return bool(before) and before[-1] in "\"“‘'(:"


@cache
def _starters(lang: str) -> frozenset[str]:
    """First words of everything that ends a run of capitalised words."""
    lex, gaz = lexicon(lang), gazetteer(lang)
    tables = (
        lex.titles,
        lex.not_names,
        lex.org_heads,
        lex.place_heads,
        lex.descriptions,
        lex.complements,
        gaz.names,
    )
    return frozenset().union(*(t.first_words() for t in tables))


def _wordlike(word: str) -> bool:
    """Names have no digits ("U-23", "A79") and are not shouted ("APARTEMEN")."""
    if not word.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha():
        return False
    return not (word.isupper() and len(word) > 6)


_ROMAN = re.compile(r"(?=[IVXLC])X{0,3}(?:IX|IV|V?I{0,3})|X?L|XC|C{1,3}")


def _camel(word: str) -> bool:
    """A capital after a lower-case letter inside a word ("PermataBank", "BigDish"): a brand,
    not a person's given name."""
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def _acronym(word: str) -> bool:
    """ "NIS", "PSSI"; not a roman numeral ("III") nor a single letter."""
    return len(word) > 1 and word.isalpha() and word.isupper() and word.strip("IVXLC") != ""


def _sentence_starts(toks: Tokens, spans: list[Span]) -> set[int]:
    n, starts = len(toks.starts), toks.starts
    return {t for t in (bisect_left(starts, begin) for begin, _ in spans) if t < n}


def _headline_tokens(text: str, toks: Tokens, caps: list[bool]) -> set[int]:
    """Tokens of Title Case lines ("Korut Kembali Kirim 30.000 Tentara ke Rusia")."""
    out: set[int] = set()
    t, n, starts = 0, len(toks.starts), toks.starts
    while t < n:
        line_end = text.find("\n", starts[t])
        line_end = len(text) if line_end < 0 else line_end
        first = t
        t = bisect_left(starts, line_end, t)
        words = [m for m in range(first, t) if len(toks.texts[m]) > 3 and toks.texts[m].isalpha()]
        upper = sum(1 for m in words if caps[m])
        closed = text[toks.ends[t - 1] : line_end].strip().startswith(".")
        if 3 <= len(words) <= _HEADLINE_WORDS and upper >= 0.75 * len(words) and not closed:
            out.update(range(first, t))
    return out
