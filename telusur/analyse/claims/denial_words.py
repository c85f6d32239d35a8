"""One language's denial vocabulary (``lang/*/denials.toml``), read once into word tuples."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from telusur.lang import load

Phrases = frozenset[tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class DenialWords:
    """One language's denial vocabulary (``lang/*/denials.toml``) as word tuples."""

    denial: Phrases
    false_report: Phrases
    false_nouns: Phrases
    false_markers: frozenset[str]
    self_references: frozenset[str]
    expletives: frozenset[str]
    self_denial: Phrases
    self_denial_stop: frozenset[str]
    dispute_verbs: Phrases
    claim_nouns: frozenset[str]
    dismissed_as: frozenset[str]
    not_dismissal: frozenset[str]  # after "as" past a long object: no report called worthless
    object_gap: int
    not_confirmed: Phrases
    not_confirmed_said: Phrases
    not_verified: Phrases
    negations: frozenset[str]
    confirm_verbs: frozenset[str]
    confirm_passives: frozenset[str]
    refusals: Phrases
    disclose_verbs: Phrases
    whether: frozenset[str]
    whether_gap: frozenset[str]  # words between a verb of telling and its open question
    insist_verbs: Phrases
    firm_negations: Phrases
    pledges: frozenset[str]
    negation_breakers: frozenset[str]  # after a firm negation, undoing it ("bukan tanpa")
    negation_preps: frozenset[str]  # before one, making it a noun phrase's ("of not")
    insist_gap: int
    gap: int
    gap_breakers: frozenset[str]
    cancel: frozenset[str]
    false_report_cancel: frozenset[str]
    subject_bounds: frozenset[str]
    between: frozenset[str]
    agent_markers: frozenset[str]
    agent_optional: bool
    saying_verbs: frozenset[str]
    sentence_openers: frozenset[str]
    passive_auxiliaries: frozenset[str]
    deprive_verbs: frozenset[str]
    deprive_objects: frozenset[str]
    deprive_possessives: frozenset[str]
    deprive_articles: frozenset[str]
    passive: frozenset[str]
    figure_targets: frozenset[str]
    cancel_gap: frozenset[str]
    wrong_to: Phrases
    object_stops: frozenset[str]
    judging_after: frozenset[str]
    stand_by: Phrases
    stood_by: frozenset[str]
    own_statements: frozenset[str]
    possessives: frozenset[str]
    copulas: frozenset[str]
    statement_negations: frozenset[str]
    starts: frozenset[str] = frozenset()  # words that can open a cue: most words open none
    noun_starts: frozenset[str] = frozenset()  # first words of `false_nouns`
    anchors: frozenset[str] = frozenset()  # a sentence without any of these holds no cue


def _phrases(table: dict[str, Any], key: str) -> Phrases:
    return frozenset(tuple(p.lower().split()) for p in table.get(key, []) if p.strip())


def _words(table: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in table.get(key, []))


@cache
def denial_words(lang: str) -> DenialWords:
    words = _denial_words(load(lang, "denials").get("denials", {}))
    phrases = (
        words.denial,
        words.false_report,
        words.not_confirmed,
        words.not_confirmed_said,
        words.not_verified,
        words.self_denial,
        words.dispute_verbs,
        words.insist_verbs,
        words.stand_by,
        words.wrong_to,
    )
    starts = {p[0] for table in (*phrases, words.refusals) for p in table} | words.negations
    own = words.own_statements if words.statement_negations else frozenset()
    starts |= own
    nouns = frozenset(p[0] for p in words.false_nouns)
    # every cue holds one of these words: a phrase's longest (the rarest, as a rule), or a
    # confirming verb
    anchors = {_longest(p) for table in (*phrases, words.false_nouns) for p in table}
    anchors |= words.confirm_verbs | words.confirm_passives
    anchors |= {p[0] for p in words.disclose_verbs}
    anchors |= own
    return replace(words, starts=frozenset(starts), noun_starts=nouns, anchors=frozenset(anchors))


def _longest(phrase: tuple[str, ...]) -> str:
    return max(reversed(phrase), key=len)


def _denial_words(table: dict[str, Any]) -> DenialWords:
    return DenialWords(
        denial=_phrases(table, "denial"),
        false_report=_phrases(table, "false_report"),
        false_nouns=_phrases(table, "false_nouns"),
        false_markers=_words(table, "false_markers"),
        self_references=_words(table, "self_references"),
        expletives=_words(table, "expletives"),
        self_denial=_phrases(table, "self_denial"),
        self_denial_stop=_words(table, "self_denial_stop"),
        dispute_verbs=_phrases(table, "dispute_verbs"),
        claim_nouns=_words(table, "claim_nouns"),
        dismissed_as=_words(table, "dismissed_as"),
        not_dismissal=_words(table, "not_dismissal"),
        object_gap=int(table.get("object_gap", 2)),
        not_confirmed=_phrases(table, "not_confirmed"),
        not_confirmed_said=_phrases(table, "not_confirmed_said"),
        not_verified=_phrases(table, "not_verified"),
        negations=_words(table, "negations"),
        confirm_verbs=_words(table, "confirm_verbs"),
        confirm_passives=_words(table, "confirm_passives"),
        refusals=_phrases(table, "refusals"),
        disclose_verbs=_phrases(table, "disclose_verbs"),
        whether=_words(table, "whether"),
        whether_gap=_words(table, "whether_gap"),
        insist_verbs=_phrases(table, "insist_verbs"),
        firm_negations=_phrases(table, "firm_negations"),
        pledges=_words(table, "pledges"),
        negation_breakers=_words(table, "negation_breakers"),
        negation_preps=_words(table, "negation_preps"),
        insist_gap=int(table.get("insist_gap", 4)),
        gap=int(table.get("gap", 3)),
        gap_breakers=_words(table, "gap_breakers"),
        cancel=_words(table, "cancel"),
        false_report_cancel=_words(table, "false_report_cancel"),
        subject_bounds=_words(table, "subject_bounds"),
        between=_words(table, "between"),
        agent_markers=_words(table, "agent_markers"),
        agent_optional=bool(table.get("agent_optional", False)),
        saying_verbs=_words(table, "saying_verbs"),
        sentence_openers=_words(table, "sentence_openers"),
        passive_auxiliaries=_words(table, "passive_auxiliaries"),
        deprive_verbs=_words(table, "deprive_verbs"),
        deprive_objects=_words(table, "deprive_objects"),
        deprive_possessives=_words(table, "deprive_possessives"),
        deprive_articles=_words(table, "deprive_articles"),
        passive=_words(table, "passive"),
        figure_targets=_words(table, "figure_targets"),
        cancel_gap=_words(table, "cancel_gap"),
        wrong_to=_phrases(table, "wrong_to"),
        object_stops=_words(table, "object_stops"),
        judging_after=_words(table, "judging_after"),
        stand_by=_phrases(table, "stand_by"),
        stood_by=_words(table, "stood_by"),
        own_statements=_words(table, "own_statements"),
        possessives=_words(table, "possessives"),
        copulas=_words(table, "copulas"),
        statement_negations=_words(table, "statement_negations"),
    )
