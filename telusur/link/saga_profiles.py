"""Sagas from analyses held in memory (the batch's links table), by the store's rule.

The store profiles stories from its tables (``telusur.store.sagas``); a batch has no store, only
the analyses and each article's story. Each story's profile is gathered the same way: the
measure keys of its claims, and its names (mentions, a demonym read as its country) with how
many of its articles carry each, leaving out its voices (a claim's source or channel, a wire
credited) unless one is also the subject of a measure. Then stories sharing two rare own names
and a measure of one of them are threaded (``telusur.link.sagas``).

A name is counted per article once, keyed by the raw names behind it, so memory follows the
distinct names of each story rather than every mention.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from telusur.link.groups import group_key
from telusur.link.keys import subject
from telusur.link.sagas import Profile, SagaLink, link, measure_key, measure_parts, rare_cap, thread
from telusur.records import Analysis

Named = tuple[str, frozenset[str]]  # a story name and the raw names behind it in one article


@dataclass(slots=True)
class _Gathered:
    names: Counter[Named] = field(default_factory=Counter)
    voices: set[str] = field(default_factory=set)
    measures: set[str] = field(default_factory=set)


class SagaProfiles:
    """Stories' names, voices and measures, one analysis at a time; ``sagas`` threads them."""

    def __init__(self) -> None:
        self._stories: dict[str, _Gathered] = defaultdict(_Gathered)
        self.articles = 0

    def add(self, story: str, analysis: Analysis) -> None:
        g = self._stories[story]
        self.articles += 1
        for c in analysis.claims:
            measured = group_key(
                {"kind": c.kind, "counts": c.counts, "about": c.about, "unit": c.unit}
            )
            key = measure_key(*measured) if measured else None
            if key:
                g.measures.add(key)
            g.voices.update(c.sources)
            if c.channel:
                g.voices.add(c.channel)
        if analysis.article.credit:
            g.voices.add(analysis.article.credit)
        raws: dict[str, set[str]] = defaultdict(set)
        for m in analysis.entities:
            raws[subject(m.canonical, None) or m.canonical].add(m.canonical)
        g.names.update((name, frozenset(r)) for name, r in raws.items())

    def profiles(self, spans: dict[str, tuple[str | None, str | None, int]]) -> list[Profile]:
        """Each story's profile; ``spans`` gives a story's start, end and article count."""
        out = []
        for story, g in self._stories.items():
            start, end, count = spans[story]
            quiet = g.voices - {measure_parts(k)[0] for k in g.measures}
            names: Counter[str] = Counter()
            for (name, raw), k in g.names.items():
                if raw - quiet:  # some raw name behind it is not only the story's voice
                    names[name] += k
            out.append(Profile(story, start, end, count, dict(names), set(g.measures)))
        return out

    def sagas(self, spans: dict[str, tuple[str | None, str | None, int]]) -> dict[str, str]:
        """Every story's saga (a story alone is its own)."""
        found = self.profiles(spans)
        return thread(((p.id, p.start) for p in found), ((lk.a, lk.b) for lk in links(found)))


def links(found: Iterable[Profile]) -> list[SagaLink]:
    """Saga links among the profiles: candidates share two rare own names (rare over the
    articles of all the profiles)."""
    found = list(found)
    carried: Counter[str] = Counter()
    for p in found:
        carried.update(p.names)
    cap = rare_cap(sum(p.articles for p in found))

    def rare(name: str) -> bool:
        return carried[name] <= cap

    index: dict[str, list[int]] = defaultdict(list)
    own = [{n for n in p.own() if rare(n)} for p in found]
    for i, names in enumerate(own):
        for n in names:
            index[n].append(i)
    out = []
    for i, names in enumerate(own):
        hits = Counter(j for n in names for j in index[n] if j > i)
        for j in sorted(j for j, k in hits.items() if k >= 2):
            lk = link(found[i], found[j], rare)
            if lk is not None:
                out.append(lk)
    return out
