"""The Linker: incremental same-origin groups and stories over compact per-article features.

Each new article is compared only with candidates drawn from indexes (MinHash LSH buckets for text
copies, postings of its rarest names, words and figures for renderings and stories), never with
the whole store, so the cost per article stays flat as the store grows; postings it can no longer
read are dropped as the store ages (``telusur.link.aging``), so their memory stays bounded too.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from telusur.link import aging, fingerprint, fixtures, pools, stories
from telusur.link.docfreq import DocFreq
from telusur.link.features import EPOCH, Features
from telusur.link.lsh import LSHIndex
from telusur.link.minhash import containment, jaccard
from telusur.link.origin import (
    COPY,
    MIN_ALIGNED,
    OriginGroups,
    OriginLink,
    credited_wire,
    second_look,
    text_verdict,
)
from telusur.link.passages import MATCHES, Alignment, Sketch, align, matched_hashes
from telusur.link.postings import Postings
from telusur.link.ragged import Ragged, gather, grown
from telusur.link.renderings import Renderings
from telusur.link.stories import PairScore, Story, StoryTable
from telusur.link.strings import StringIndex, Strings

SIG_BITS = 8  # signatures are kept as their low 8 bits for verification (128 bytes a document)
SIG_MASK = np.uint32((1 << SIG_BITS) - 1)
POSTED_MAX = 32  # topic postings per article at most
COMMON_DF = 64  # a token in more articles than this (or 0.2% of them) is too common to post
QUERIED_MAX = 32  # an article looks up its rarest tokens only, as it posts only its rarest
POSTING_LIMIT = 32  # newest documents read per posting
CANDIDATES = 16  # topic candidates (most shared rare tokens first) scored per article
FIXTURE_MEMBERS = 64  # newest members of a story whose fixtures it is known by
ISSUE_MEMBERS = 32  # newest members of a story read for the report an article is the next issue of
COPY_WINDOW_DAYS = 3  # republished copies appear within days; later look-alikes are templates
RENDER_WINDOW_DAYS = 1  # renderings sharing figures but few words come within a day
EXACT = 0.97  # estimated Jaccard taken as the same text whatever the dates
RAGGED = ("facts", "kinds", "entities", "words")
RECENT_TEXTS = 20_000  # texts of the newest articles, kept (not saved) for translation checks
# Rows added after the first saved states (empty when loading an older one): per-sentence text
# sketches, and the fixtures (who meets whom) that keep separate events of one kind apart.
ADDED_ROWS = {"sent_hashes": np.uint16, "sent_words": np.uint8, "fixtures": np.uint32}
NO_ALIGNMENT = Alignment(0.0, 0.0)
NO_SKETCH = Sketch(np.zeros(0, np.uint16), np.zeros(0, np.uint8), np.zeros(0, np.uint16))


@dataclass(slots=True)
class LinkResult:
    article_id: str
    origin: str  # id of the same-origin group (its earliest article; the article itself if alone)
    origin_links: list[OriginLink]
    story: str  # id of the story (its first article)
    new_story: bool
    story_evidence: dict[str, object] = field(default_factory=dict)


@dataclass(slots=True)
class OriginGroup:
    id: str
    articles: list[str]
    credit: str | None
    links: list[dict[str, object]]


class Linker:
    """Holds every index; ``add`` one article at a time; ``save``/``load`` to persist."""

    def __init__(self, num_perm: int = 128, bands: int = 32, rows: int = 4) -> None:
        self.num_perm = num_perm
        self.lsh = LSHIndex(bands, rows)
        self.topics = Postings(14)
        self.df = DocFreq()
        self.origins = OriginGroups()
        self.stories = StoryTable()
        self.ids = Strings()  # compact: a million ids would hold ~200 MB as str and dict
        self.index = StringIndex(self.ids)
        self.outlets: list[str] = []
        self._outlet_code: dict[str, int] = {}
        self.credits: dict[int, str] = {}
        self.sigs = np.zeros((1024, num_perm), np.uint8)
        self.sizes = np.zeros(1024, np.int32)
        self.days = np.zeros(1024, np.int32)
        self.story_of = np.zeros(1024, np.int32)
        self.outlet_of = np.zeros(1024, np.int32)
        self.rows = {name: Ragged(np.uint32) for name in RAGGED}
        self.rows.update({name: Ragged(dtype) for name, dtype in ADDED_ROWS.items()})
        self.texts: dict[int, str] = {}
        self.renderings = Renderings()
        self._aged_at = [aging.FIRST, aging.FIRST]  # (topics, LSH) sizes when next judged

    def __len__(self) -> int:
        return len(self.ids)

    # -- adding -------------------------------------------------------------------------------

    def add(self, article_id: str, f: Features) -> LinkResult:
        if article_id in self.index:
            return self.result_of(article_id)
        doc = self._store(article_id, f)
        short = (f.signature & SIG_MASK).astype(np.uint8)
        bands = self.lsh.keys(f.signature)
        text_cands = self.lsh.query(f.signature, bands)
        topic_cands, near_cands = self._topic_candidates(f)
        links = self._origin_links(doc, f, short, text_cands, near_cands)
        linked = set()
        for other, link in links:
            self.origins.union(doc, other, link)
            linked.add(other)
        result = self._place_in_story(doc, f, topic_cands, linked)
        result.origin_links = [link for _, link in links]
        self._index(doc, f, bands)
        self.sigs[doc] = short
        return result

    def add_unlinked(self, article_id: str, f: Features) -> None:
        """Store and index an article without looking for its links (it is its own origin and
        story): fills a store quickly, to measure what linking costs at that size."""
        if article_id in self.index:
            return
        doc = self._store(article_id, f)
        self.story_of[doc] = self.stories.open(doc, f.day, f.title)
        self._index(doc, f)
        self.sigs[doc] = (f.signature & SIG_MASK).astype(np.uint8)

    def _store(self, article_id: str, f: Features) -> int:
        doc = self.origins.new()
        self.ids.append(article_id)
        self.index.add(article_id, doc)
        if doc == len(self.sizes):
            grow = 2 * doc
            for name in ("sigs", "sizes", "days", "story_of", "outlet_of"):
                setattr(self, name, grown(getattr(self, name), grow))
        self.sizes[doc] = f.shingles
        self.days[doc] = f.day
        self.outlet_of[doc] = self._code(f.outlet or "")
        if f.credit:
            self.credits[doc] = f.credit
        for name, arr in zip(RAGGED, (f.facts, f.fact_kinds, f.entities, f.words), strict=True):
            self.rows[name].append(arr)
        sk = f.passages or NO_SKETCH
        self.rows["sent_hashes"].append(sk.hashes)
        self.rows["sent_words"].append(sk.words)
        self.rows["fixtures"].append(f.fixtures)
        if f.text:
            self.texts[doc] = f.text
            self.texts.pop(doc - RECENT_TEXTS, None)
        return doc

    def _code(self, outlet: str) -> int:
        if outlet not in self._outlet_code:
            self._outlet_code[outlet] = len(self.outlets)
            self.outlets.append(outlet)
        return self._outlet_code[outlet]

    def _index(self, doc: int, f: Features, bands: np.ndarray | None = None) -> None:
        self.lsh.add(f.signature, doc, bands)
        self.topics.add(self._rarest(f, POSTED_MAX), doc)  # memory stays bounded
        self.df.add(self._all_tokens(f))
        self._age()

    def _age(self) -> None:
        """Drop the postings linking can no longer read (see ``telusur.link.aging``)."""
        if aging.due(self.topics, self._aged_at[0]):
            aging.forget_topics(self.topics, self.days, aging.today(self.days[: len(self)]))
            self._aged_at[0] = aging.next_at(self.topics)
        if aging.due(self.lsh.postings, self._aged_at[1]):
            aging.forget_bands(self.lsh.postings, self.days, aging.today(self.days[: len(self)]))
            self._aged_at[1] = aging.next_at(self.lsh.postings)

    def _cap(self) -> float:
        """Tokens in more articles than this are too common to find related articles by."""
        return max(COMMON_DF, 0.002 * self.df.docs)

    def _rarest(self, f: Features, limit: int, seen: bool = False) -> np.ndarray:
        """The article's ``limit`` rarest tokens that are not too common (and, when ``seen``,
        already in some article: only those can find one); on equal counts (all of them in a
        young store) names first, then figures with their kind, figures, words."""
        families = (f.entities, f.fact_kinds, f.facts, f.words)
        tokens = np.concatenate(families)
        family = np.repeat(np.arange(4), [len(t) for t in families])
        counts = self.df.count(tokens)
        keep = (counts <= self._cap()) & (counts >= int(seen))
        tokens, family, counts = tokens[keep], family[keep], counts[keep]
        return tokens[np.lexsort((family, counts))[:limit]]

    @staticmethod
    def _all_tokens(f: Features) -> np.ndarray:
        return np.unique(np.concatenate([f.entities, f.words, f.fact_kinds, f.facts]))

    def weights(self, tokens: np.ndarray) -> np.ndarray:
        return self.df.idf(tokens)

    # -- candidates and verification -----------------------------------------------------------

    def _topic_candidates(self, f: Features) -> tuple[np.ndarray, np.ndarray]:
        """Stored articles sharing most rare tokens (newest first on ties): those within a year
        for stories, and those within the copy window for same-origin checks."""
        docs = self.topics.get_many(self._rarest(f, QUERIED_MAX, seen=True), POSTING_LIMIT)
        if not len(docs):
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        cands, hits = np.unique(docs.astype(np.int64), return_counts=True)
        cands = cands[np.lexsort((-cands, -hits))]
        if f.day < 0:
            return cands[:CANDIDATES], cands[:CANDIDATES]
        days = self.days[cands]
        gap = np.abs(days - f.day)
        near = cands[(days < 0) | (gap <= COPY_WINDOW_DAYS)][:CANDIDATES]
        return cands[(days < 0) | (gap <= stories.LONG_WINDOW_DAYS)][:CANDIDATES], near

    def _origin_links(
        self,
        doc: int,
        f: Features,
        short: np.ndarray,
        text_cands: set[int],
        topic_cands: np.ndarray,
    ) -> list[tuple[int, OriginLink]]:
        cands = sorted(text_cands.union(topic_cands.tolist()))
        if not cands:
            return []
        idx = np.array(cands, np.int64)
        js = _unbiased(jaccard(short, self.sigs[idx]))
        sizes = self.sizes[idx]
        inside = np.maximum(containment(js, f.shingles, sizes), containment(js, sizes, f.shingles))
        facts, kinds = (
            stories.overlap(mine, *gather(self.rows[name], idx), len(idx), self.weights, 1.0)
            for mine, name in ((f.facts, "facts"), (f.fact_kinds, "kinds"))
        )
        fact_ov = (facts.cover() + kinds.cover()) / 2.0
        mine = f.passages or NO_SKETCH
        matched = matched_hashes(mine, *gather(self.rows["sent_hashes"], idx), len(idx))
        same_outlet = self._same_outlet(f, idx)
        links: list[tuple[int, OriginLink]] = []
        for k, other in enumerate(cands):
            j, c = float(js[k]), float(inside[k])
            al = NO_ALIGNMENT
            if j >= COPY or matched[k] >= MATCHES * MIN_ALIGNED:  # else no two sentences align
                al = align(mine, self._sketch(other))
                text = self.texts.get(other, "")
                al = second_look(j, al, f.text, text, bool(same_outlet[k]))
            why = text_verdict(j, al)
            if why is not None and j < EXACT and not self._may_copy(f, other):
                why = None
            if why in ("near_copy", "contained") and not fingerprint.figures_agree(
                int(facts.count[k]), float(fact_ov[k])
            ):
                why = None  # same wording, other figures: a template, not a copy
            elif why is None and fingerprint.may_match(
                int(facts.count[k]), float(facts.shared[k]), float(fact_ov[k])
            ):
                why, al = self._rendering(doc, f, other, al)
            if why is None:
                continue
            theirs = set(self.rows["facts"][other].tolist())
            shared = [
                float(v) for v, t in zip(f.values, f.facts.tolist(), strict=True) if t in theirs
            ]
            link = OriginLink(self.ids[other], why, j, c, shared[:12], al.share_a, al.share_b)
            links.append((other, link))
        return links

    def _rendering(
        self, doc: int, f: Features, other: int, al: Alignment
    ) -> tuple[str | None, Alignment]:
        """A translation: the same figures and names in order, within a day, and most sentences
        of one text rendered in the other (by meaning, since the words differ)."""
        theirs = self.texts.get(other)
        if not f.text or not theirs or not self._may_render(f, other):
            return None, al
        match = fingerprint.compare(
            self._fingerprint_of(f), self._stored_fingerprint(other), self.weights, self.weights
        )
        if not match.same_report:
            return None, al
        r = self.renderings.compare(self.ids[doc], f.text, self.ids[other], theirs)
        return ("rendering" if r.confirmed else None), Alignment(r.share, r.share_other)

    def _sketch(self, doc: int) -> Sketch:
        words = self.rows["sent_words"][doc]
        return Sketch(self.rows["sent_hashes"][doc], words, np.arange(len(words), dtype=np.uint16))

    def _may_copy(self, f: Features, other: int) -> bool:
        """Dated copies come within days; one outlet's look-alikes on other days are templates."""
        if f.day < 0 or self.days[other] < 0:
            return True
        gap = abs(int(self.days[other]) - f.day)
        same_outlet = bool(f.outlet) and self.outlets[self.outlet_of[other]] == f.outlet
        return gap == 0 if same_outlet else gap <= COPY_WINDOW_DAYS

    def _may_render(self, f: Features, other: int) -> bool:
        """Renderings of one report that share few words appear the same day (or the next):
        the same figures days apart are a recurring report (a daily price list), not a copy."""
        if f.day < 0 or self.days[other] < 0:
            return self._may_copy(f, other)
        return abs(int(self.days[other]) - f.day) <= RENDER_WINDOW_DAYS

    @staticmethod
    def _fingerprint_of(f: Features) -> fingerprint.Fingerprint:
        return fingerprint.Fingerprint(f.facts, f.fact_kinds, f.entities)

    def _stored_fingerprint(self, doc: int) -> fingerprint.Fingerprint:
        r = self.rows
        return fingerprint.Fingerprint(r["facts"][doc], r["kinds"][doc], r["entities"][doc])

    # -- stories -------------------------------------------------------------------------------

    def _story_scores(self, f: Features, cands: np.ndarray) -> tuple[np.ndarray, ...]:
        """Resemblance of ``f`` to every candidate at once (total, entities, words, figures)."""
        n, rare = len(cands), self.df.rarest()
        ents, words, kinds = (
            stories.overlap(mine, *gather(self.rows[name], cands), n, self.weights, enough * rare)
            for mine, name, enough in (
                (f.entities, "entities", stories.ENOUGH_NAMES),
                (f.words, "words", stories.ENOUGH_WORDS),
                (f.fact_kinds, "kinds", stories.ENOUGH_FIGURES),
            )
        )
        same = self._same_outlet(f, cands)
        totals, *parts = stories.scores(ents, words, kinds, f.day, self.days[cands], None, same)
        totals = self._next_issues(f, cands, totals)
        if len(f.fixtures):  # most articles name no sides: nothing to keep apart
            other = self._other_event(f, *gather(self.rows["fixtures"], cands), n)
            other |= self._other_story_event(f.fixtures, self.story_of[cands])
            totals = np.where(other, 0.0, totals)
        return (totals, *parts)

    def _next_issues(self, f: Features, docs: np.ndarray, totals: np.ndarray) -> np.ndarray:
        """``totals`` with the stories of ``docs`` discounted as recurring when ``f`` is the
        next issue of one of their reports: it cites several of the figures of a report of an
        earlier day (the candidate, or one of its story's ``ISSUE_MEMBERS`` newest members) as
        the previous values (``stories.recited``). The day before's market close is another
        story, and so is every report joined to it. Only articles citing that many previous
        values are read, and only stories close enough to join."""
        if not f.text or f.day < 0 or len(stories.figures_in(f.text)[1]) < stories.RECITED:
            return totals
        sids = self.story_of[docs]
        out = totals
        for sid in np.unique(sids[totals >= stories.JOIN]).tolist():
            mine = sids == sid
            if self._previous_issue(f, [*docs[mine].tolist(), *self._newest(sid)]):
                out = out.copy() if out is totals else out
                out[mine] *= stories.RECURRING_KEEP
        return out

    def _newest(self, sid: int) -> list[int]:
        """The story's ``ISSUE_MEMBERS`` newest members, newest first."""
        out: list[int] = []
        doc = int(self.stories.head[sid])
        while doc >= 0 and len(out) < ISSUE_MEMBERS:
            out.append(doc)
            doc = int(self.stories.next_member[doc])
        return out

    def _previous_issue(self, f: Features, docs: list[int]) -> bool:
        for doc in docs:
            theirs = self.texts.get(doc)
            day = int(self.days[doc])
            if theirs and 0 <= day < f.day and stories.recited(f.text, theirs) >= stories.RECITED:
                return True
        return False

    def _other_story_event(self, mine: np.ndarray, sids: np.ndarray) -> np.ndarray:
        """Which of the stories ``sids`` are known by fixtures (those of their newest members)
        none of which meets ``mine``: a preview or a round-up naming no sides of its own is no
        bridge from one match of a tournament to the next."""
        group = pools.newest_members(self.stories, sids, FIXTURE_MEMBERS)
        if not group.n:
            return np.zeros(len(sids), bool)
        fix = pools.pooled(*gather(self.rows["fixtures"], group.docs), group)[:2]
        hit = stories.isin(fix[0], fixtures.query(mine))
        apart = fixtures.distinct(
            mine,
            np.bincount(fix[1], minlength=group.n),
            np.bincount(fix[1], weights=hit, minlength=group.n),
        )
        pooled = group.sids
        at = np.minimum(np.searchsorted(pooled, sids), len(pooled) - 1)
        return (pooled[at] == sids) & apart[at]

    def _story_fixtures(self, sid: int) -> np.ndarray:
        """The fixture tokens of a story's newest members."""
        docs = self.stories.members(sid)[-FIXTURE_MEMBERS:]
        rows = [self.rows["fixtures"][d] for d in docs]
        return np.unique(np.concatenate(rows)) if rows else np.zeros(0, np.uint32)

    def _other_event(self, f: Features, data: np.ndarray, seg: np.ndarray, n: int) -> np.ndarray:
        """Which of ``n`` candidates (their fixture tokens ``data`` by candidate ``seg``) set
        other sides against each other than ``f`` does: another match of one tournament."""
        hit = stories.isin(data, fixtures.query(f.fixtures))
        return fixtures.distinct(
            f.fixtures,
            np.bincount(seg, minlength=n),
            np.bincount(seg, weights=hit, minlength=n),
        )

    def _same_outlet(self, f: Features, docs: np.ndarray) -> np.ndarray:
        code = self._outlet_code.get(f.outlet or "", -1) if f.outlet else -1
        return self.outlet_of[docs] == code

    def _pool_scores(self, f: Features, cands: np.ndarray) -> tuple[np.ndarray, ...]:
        """Resemblance of ``f`` to the pooled names, words and figures of those of the
        candidates' stories whose own names ``f`` shares (see ``telusur.link.pools``), each
        story stood for by its member nearest in time. Returns (standing members, totals,
        entities, words, figures); such a story is one developing event, so its revised
        figures are not taken for a recurring report."""
        group = pools.newest_members(self.stories, self.story_of[cands])
        if group.n:
            tokens, pool, counts = pools.pooled(*gather(self.rows["entities"], group.docs), group)
            stored = self.df.count(tokens).astype(np.float64)
            stored[stored > self._cap()] = np.inf  # a name too common is no story's own
            own = pools.own_shared(tokens, pool, counts, stored, f.entities, group)
            group = group.only(own >= pools.OWN_NAMES)
        if not group.n:
            return (np.zeros(0, np.int64), *(np.zeros(0) for _ in range(4)))
        rare = self.df.rarest()
        ents, words, kinds = (
            stories.overlap(
                mine,
                *pools.pooled(*gather(self.rows[name], group.docs), group)[:2],
                group.n,
                self.weights,
                enough * rare,
            )
            for mine, name, enough in (
                (f.entities, "entities", stories.ENOUGH_NAMES),
                (f.words, "words", stories.ENOUGH_WORDS),
                (f.fact_kinds, "kinds", stories.ENOUGH_FIGURES),
            )
        )
        nearest = pools.nearest_members(group, self.days, f.day)
        strong = np.ones(group.n, bool)
        same = self._same_outlet(f, nearest)
        totals, e, w, k = stories.scores(
            ents, words, kinds, f.day, self.days[nearest], strong, same, stories.POOL_KEEP
        )
        totals = self._next_issues(f, nearest, totals)
        if len(f.fixtures):
            fix = pools.pooled(*gather(self.rows["fixtures"], group.docs), group)[:2]
            totals = np.where(self._other_event(f, *fix, group.n), 0.0, totals)
        return nearest, totals, e, w, k

    def _place_in_story(
        self, doc: int, f: Features, cands: np.ndarray, linked: set[int]
    ) -> LinkResult:
        total, other, score, totals, merged = 0.0, -1, None, None, []
        if linked:
            total, other = 2.0, min(linked)
        elif len(cands):
            totals, ents, words, figs = self._story_scores(f, cands)
            if totals.max() < stories.JOIN:  # no single member is enough: try two of a story
                near = self.days[cands] == f.day
                near |= (self.days[cands] < 0) | (f.day < 0)
                totals = stories.combined(totals, self.story_of[cands], near)
            if totals.max() < stories.JOIN:  # no single article is enough: try their stories
                nearest, *pooled = self._pool_scores(f, cands)
                scored = zip((totals, ents, words, figs), pooled, strict=True)
                totals, ents, words, figs = (np.concatenate(pair) for pair in scored)
                cands = np.concatenate([cands, nearest])
            k = int(np.argmax(totals))
            total, other = float(totals[k]), int(cands[k])
            day = int(self.days[other])
            gap = abs(day - f.day) if day >= 0 and f.day >= 0 else None
            score = PairScore(float(ents[k]), float(words[k]), float(figs[k]), gap, total)
        if other >= 0 and total >= stories.JOIN:
            sid = int(self.story_of[other])
            self.stories.join(sid, doc, f.day, f.title)
            new = False
            bridged = self._bridged(sid, cands, totals, linked)
            merged = [self.ids[int(self.stories.first[s])] for s in bridged]
            for other_sid in bridged:
                sid = self.stories.merge(sid, other_sid, self.story_of)
        else:
            sid = self.stories.open(doc, f.day, f.title)
            new = True
        self.story_of[doc] = sid
        evidence: dict[str, object] = {}
        if other >= 0 and not new:
            evidence = {"nearest": self.ids[other], "score": round(min(total, 1.0), 3)}
            if score is not None:
                evidence.update(
                    entities=round(score.entities, 3),
                    words=round(score.words, 3),
                    figures=round(score.facts, 3),
                    days=score.days,
                )
            else:
                evidence["why"] = "same_origin"
            if merged:  # the stories this article showed to be one with its own
                evidence["merged"] = merged
        origin = self.ids[self.origins.find(doc)]
        story = self.ids[int(self.stories.first[sid])]
        return LinkResult(self.ids[doc], origin, [], story, new, evidence)

    def _bridged(
        self, sid: int, cands: np.ndarray, totals: np.ndarray | None, linked: set[int]
    ) -> list[int]:
        """Other stories the article belongs to as well: those of its copies, and those of
        candidates it resembles as much as ``stories.MERGE``."""
        docs = list(linked)
        if totals is not None and len(cands):
            order = np.argsort(-totals, kind="stable")
            strong = order[totals[order] >= stories.MERGE]
            best: dict[int, int] = {}
            for k in strong.tolist():
                best.setdefault(int(self.story_of[cands[k]]), int(cands[k]))
            best.pop(sid, None)
            if best and len(order):
                anchor = int(cands[order[0]])
                others = np.array(list(best.values()), np.int64)
                between = self._stored_scores(anchor, others)
                close = others[between >= stories.MERGE_BETWEEN]
                docs += [d for d in close.tolist() if not self._other_stories(sid, d)]
        return sorted({int(self.story_of[d]) for d in docs} - {sid})

    def _other_stories(self, sid: int, doc: int) -> bool:
        """Whether story ``sid`` and the story of ``doc`` are known by fixtures none of which
        meets: two matches of one tournament, however close their reports, are not one story."""
        other = int(self.story_of[doc])
        mine = self._story_fixtures(sid)
        if not len(mine):
            return False
        theirs = self._story_fixtures(other)
        shared = stories.isin(theirs, fixtures.query(mine)).sum()
        return bool(fixtures.distinct(mine, np.array([len(theirs)]), np.array([shared]))[0])

    def _stored_scores(self, doc: int, cands: np.ndarray) -> np.ndarray:
        """Resemblance of a stored article to other stored ones (as ``_story_scores``)."""
        r = self.rows
        f = Features(
            signature=np.zeros(0, np.uint32),
            shingles=0,
            facts=r["facts"][doc],
            fact_kinds=r["kinds"][doc],
            values=np.zeros(0),
            entities=r["entities"][doc],
            words=r["words"][doc],
            fixtures=r["fixtures"][doc],
            day=int(self.days[doc]),
            outlet=self.outlets[self.outlet_of[doc]],
            text=self.texts.get(doc, ""),
        )
        return self._story_scores(f, cands)[0]

    # -- reading -------------------------------------------------------------------------------

    def result_of(self, article_id: str) -> LinkResult:
        doc = self.index[article_id]
        sid = int(self.story_of[doc])
        return LinkResult(
            article_id,
            self.ids[self.origins.find(doc)],
            [],
            self.ids[int(self.stories.first[sid])],
            False,
        )

    def origin_groups(self) -> list[OriginGroup]:
        """Every group of two or more articles, with the credited wire and the evidence."""
        out = []
        for root in sorted(self.origins.links):
            members = self.origins.members(root)
            out.append(
                OriginGroup(
                    self.ids[root],
                    [self.ids[d] for d in members],
                    credited_wire([self.credits.get(d) for d in members]),
                    [
                        {"a": self.ids[a], **link.as_dict()}
                        for a, _, link in self.origins.links[root]
                    ],
                )
            )
        return out

    def story(self, story_id: str) -> Story:
        sid = int(self.story_of[self.index[story_id]])
        members = self.stories.members(sid)
        outlets = sorted({self.outlets[self.outlet_of[d]] for d in members} - {""})
        return Story(
            self.ids[int(self.stories.first[sid])],
            self.stories.headlines[sid],
            _iso(int(self.stories.start[sid])),
            _iso(int(self.stories.end[sid])),
            outlets,
            [self.ids[d] for d in members],
        )

    def story_members(self) -> list[list[str]]:
        table = self.stories
        return [
            [self.ids[d] for d in table.members(s)] for s in range(len(table)) if table.count[s]
        ]

    # -- persistence ---------------------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        """One ``.npz``: every array, plus JSON for ids, outlets, headlines and evidence."""
        n = len(self)
        arrays: dict[str, np.ndarray] = {
            "sigs": self.sigs[:n],
            "sizes": self.sizes[:n],
            "days": self.days[:n],
            "story_of": self.story_of[:n],
            "outlet_of": self.outlet_of[:n],
            "parent": self.origins.parent[:n],
        }
        for prefix, part in (
            ("lsh", self.lsh.postings.state()),
            ("topics", self.topics.state()),
            ("df", self.df.state()),
            ("stories", self.stories.state()),
            *((f"rows_{k}", v.state()) for k, v in self.rows.items()),
        ):
            arrays.update({f"{prefix}.{k}": v for k, v in part.items()})
        meta = {
            "num_perm": self.num_perm,
            "bands": self.lsh.bands,
            "rows": self.lsh.rows,
            "ids": list(self.ids),
            "outlets": self.outlets,
            "headlines": list(self.stories.headlines),
            "credits": {str(k): v for k, v in self.credits.items()},
            "links": {
                str(root): [[a, b, link.as_dict()] for a, b, link in edges]
                for root, edges in self.origins.links.items()
            },
        }
        arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), np.uint8)
        np.savez(Path(path), **arrays)  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: str | Path) -> Linker:
        with np.load(Path(path)) as z:
            data = {k: z[k] for k in z.files}
        meta = json.loads(data.pop("meta").tobytes())
        linker = cls(meta["num_perm"], meta["bands"], meta["rows"])

        def part(prefix: str) -> dict[str, np.ndarray]:
            return {k.split(".", 1)[1]: v for k, v in data.items() if k.startswith(prefix + ".")}

        linker.ids = Strings(meta["ids"])
        linker.index = StringIndex(linker.ids)
        linker.outlets = meta["outlets"]
        linker._outlet_code = {o: i for i, o in enumerate(linker.outlets)}
        linker.credits = {int(k): v for k, v in meta["credits"].items()}
        n = len(linker.ids)
        cap = max(1024, n)
        data["sigs"] = (data["sigs"] & SIG_MASK).astype(np.uint8)  # 16-bit in older states
        for name in ("sigs", "sizes", "days", "story_of", "outlet_of"):
            arr = data[name]
            setattr(linker, name, grown(arr, cap) if n else getattr(linker, name))
        linker.origins.parent = grown(data["parent"], cap) if n else linker.origins.parent
        linker.origins.size = n
        linker.origins.links = {
            int(root): [(a, b, _link_from(link)) for a, b, link in edges]
            for root, edges in meta["links"].items()
        }
        linker.lsh.postings = Postings.from_state(part("lsh"))
        linker.topics = Postings.from_state(part("topics"))
        linker.df = DocFreq.from_state(part("df"))
        linker.stories = StoryTable.from_state(part("stories"), meta["headlines"])
        linker._aged_at = [aging.next_at(linker.topics), aging.next_at(linker.lsh.postings)]
        linker.rows = {k: Ragged.from_state(part(f"rows_{k}")) for k in RAGGED}
        for name, dtype in ADDED_ROWS.items():  # states saved before these rows: empty rows
            linker.rows[name] = (
                Ragged.from_state(part(f"rows_{name}"))
                if f"rows_{name}.ends" in data
                else _empty_rows(dtype, n)
            )
        return linker


def _unbiased(js: np.ndarray) -> np.ndarray:
    """Estimates from truncated minima, less the share that agrees by chance (1 in 256)."""
    chance = 2.0**-SIG_BITS
    return np.maximum((js - chance) / (1.0 - chance), 0.0)


def _link_from(d: dict[str, Any]) -> OriginLink:
    return OriginLink(
        d["other"],
        d["why"],
        d["jaccard"],
        d["containment"],
        d["shared_figures"],
        d.get("share", 0.0),
        d.get("share_other", 0.0),
    )


def _empty_rows(dtype: type, n: int) -> Ragged:
    rag = Ragged(dtype)
    for _ in range(n):
        rag.append(np.zeros(0, dtype))
    return rag


def _iso(day: int) -> str | None:
    return (EPOCH + dt.timedelta(days=day)).isoformat() if day >= 0 else None
