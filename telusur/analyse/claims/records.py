"""What attribution finds: the parties credited, the cues crediting them, and the vocabulary.

Kept apart from the readers so discourse, denials and claims can share them without a
circular import.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Source:
    """A credited party: canonical names, the words naming it, and how it was named."""

    names: tuple[str, ...]
    span: Span
    head: str | None = None  # the describing noun ("pejabat") when the party is described
    anonymous: bool = False
    region: str | None = None  # the region an office named with it serves ("BPS Jawa Barat")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reporting cue in a sentence and the party it credits."""

    cue: Span
    sources: tuple[str, ...]
    mode: str  # before | after | prep | medium | carried | unnamed (a report naming no one)
    subject: Span | None = None
    channel: str | None = None
    anonymous: bool = False
    head: str | None = None
    region: str | None = None  # see ``Source.region``
    how: str | None = None  # quote | carried | court | prosecutor, when the mode does not say
    bound: bool = False  # in a subordinate clause ("after it said"): credits no figure before it


@dataclass(frozen=True, slots=True)
class Cues:
    """One language's attribution vocabulary as word tuples."""

    subject_verbs: frozenset[tuple[str, ...]]
    after_verbs: frozenset[tuple[str, ...]]
    source_after: frozenset[tuple[str, ...]]
    medium_after: frozenset[tuple[str, ...]]
    agent_verbs: frozenset[tuple[str, ...]]
    back_references: frozenset[tuple[str, ...]]
    agent_markers: frozenset[str]
    documents: frozenset[tuple[str, ...]]
    report_nouns: frozenset[tuple[str, ...]]
    determiners: frozenset[tuple[str, ...]]
    source_nouns: frozenset[tuple[str, ...]]
    roles: frozenset[tuple[str, ...]]
    institutions: frozenset[str]
    collectives: frozenset[str]
    object_verbs: frozenset[str]
    amount_words: frozenset[str]
    verdicts: frozenset[tuple[str, ...]]
    demands: frozenset[tuple[str, ...]]
    court_words: frozenset[str]
    penalties: frozenset[str]
    prosecutor_words: frozenset[str]
    court: str
    prosecutor: str
    definite: frozenset[str]
    bare_references: frozenset[str]
    fillers: frozenset[str]
    coordinators: frozenset[str]
    pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    demonstratives: frozenset[str]
    phrase_stops: frozenset[str]
    stop_words: frozenset[str]  # phrase_stops as listed, without the reporting verbs
    place_words: frozenset[str]
    channel_before: frozenset[tuple[str, ...]]
    citing: frozenset[tuple[str, ...]]
    commissioners: frozenset[tuple[str, ...]]
    auxiliaries: frozenset[str]
    report_links: frozenset[str]
    clause_openers: frozenset[str]
    relative: frozenset[str]
    inverted_leads: frozenset[str]  # connectives before an opening inverted verb ("Dan kata")
    time_leads: frozenset[tuple[str, ...]]  # times before a subject ("tahun ini pemerintah")
    passive_auxiliaries: frozenset[str]  # before a reporting verb, they make it passive
    subordinators: frozenset[str]  # open a clause that tells why or when ("after it said")
    plural_verbs: frozenset[str]  # bare reporting verbs ("figures show"), not after "could"
    object_pronouns: frozenset[str]  # never a verb's subject ("of them say")
    participles: frozenset[tuple[str, ...]]  # ", saying ...": the sentence's subject speaks
    sentence_leads: frozenset[str]  # words before a sentence's subject ("Meanwhile", "But")
    anonymous: tuple[tuple[str, ...], ...]
    unconfirmed: tuple[tuple[str, ...], ...]
    hedged: frozenset[tuple[str, ...]]  # unconfirmed when no one is credited ("are thought to")
    adjunct_openers: frozenset[str]  # "dalam", "in": open an adverbial after a subject
    respondents: frozenset[tuple[str, ...]]  # "those questioned": a poll's respondents
    shares: frozenset[str]  # "half", "%": a share of them
    laws: frozenset[tuple[str, ...]]  # a law or rule cited: no party ("sesuai UU Nomor 22")
    cue_starts: frozenset[str] = frozenset()  # words that can open a reporting cue
    phrase_only: frozenset[str] = frozenset()  # open only longer verbs ("is expected to say")
    longest: int = field(default=4)
