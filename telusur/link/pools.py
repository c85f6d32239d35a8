"""Story profiles: the pooled names, words and figures of a story's newest members.

A developing story keeps its places, actors and key counts across days, while each follow-up may
resemble each earlier report only weakly (the figures are revised, the angle changes). So an
article is also compared with the pooled tokens of a candidate story. Pooling alone would let a
story drift into its whole topic (every rice-stock report names the same agencies), so a pooled
story counts only when the article shares several of the story's *own* names: names that most
stored articles carrying them belong to this story (a regency, a river, a local official), not
names spread over many stories. Only the stories of the article's candidates are pooled, a few
newest members each, so the cost per article stays flat.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from telusur.link.stories import StoryTable, isin

POOL_MEMBERS = 8  # newest members pooled per story: enough for its names, a bounded cost
OWN_MIN = 2  # pooled members that must carry a name for it to be the story's own
OWN_SHARE = 0.5  # share of the stored articles with a name that must be in the story
OWN_NAMES = 2  # own names of a story an article must share to be compared with its pool


@dataclass(slots=True)
class Pools:
    """The pooled members of some stories (only stories with several members)."""

    docs: np.ndarray  # pooled member documents
    pool: np.ndarray  # the pool (0..n-1) of each member
    sampled: np.ndarray  # per pool: pooled members over all members of the story
    n: int
    sids: np.ndarray  # per pool: its story, in ascending order

    def only(self, keep: np.ndarray) -> Pools:
        """The pools where ``keep`` holds, numbered anew."""
        renumber = np.cumsum(keep) - 1
        members = keep[self.pool]
        return Pools(
            self.docs[members],
            renumber[self.pool[members]],
            self.sampled[keep],
            int(keep.sum()),
            self.sids[keep],
        )


def newest_members(table: StoryTable, sids: np.ndarray, limit: int = POOL_MEMBERS) -> Pools:
    """The ``limit`` newest members of each story in ``sids`` that has more than one (the
    member chains walked side by side, a step per member)."""
    sids = np.unique(sids)
    sids = sids[table.count[sids] > 1]
    cur = table.head[sids].astype(np.int64)
    pool = np.arange(len(sids))
    docs: list[np.ndarray] = []
    pools: list[np.ndarray] = []
    for _ in range(limit):
        live = cur >= 0
        if not live.any():
            break
        cur, pool = cur[live], pool[live]
        docs.append(cur)
        pools.append(pool)
        cur = table.next_member[cur].astype(np.int64)
    member_pool = np.concatenate(pools) if pools else np.zeros(0, np.int64)
    taken = np.bincount(member_pool, minlength=len(sids))
    return Pools(
        np.concatenate(docs) if docs else np.zeros(0, np.int64),
        member_pool,
        taken / np.maximum(table.count[sids], 1),
        len(sids),
        sids,
    )


def pooled(
    data: np.ndarray, seg: np.ndarray, pools: Pools
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Members' tokens (``data``, member index ``seg``) as each pool's distinct tokens, the pool
    of each, and how many pooled members carry it."""
    key = pools.pool[seg].astype(np.uint64) << np.uint64(32) | data.astype(np.uint64)
    keys, counts = np.unique(key, return_counts=True)
    tokens = (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return tokens, (keys >> np.uint64(32)).astype(np.int64), counts


def own_shared(
    tokens: np.ndarray,
    pool: np.ndarray,
    counts: np.ndarray,
    stored: np.ndarray,
    mine: np.ndarray,
    pools: Pools,
) -> np.ndarray:
    """Per pool, how many of ``mine`` (the article's names) are the story's own: carried by
    several pooled members and, scaled up from the pooled sample to the whole story, by at
    least ``OWN_SHARE`` of the ``stored`` articles that carry the name."""
    in_story = counts / pools.sampled[pool]
    own = (counts >= OWN_MIN) & (in_story >= OWN_SHARE * stored) & isin(tokens, mine)
    return np.bincount(pool, weights=own, minlength=pools.n)


def nearest_members(pools: Pools, days: np.ndarray, day: int) -> np.ndarray:
    """Per pool, the dated member nearest to ``day`` (any member when none is dated): the
    story's time is where it last was, not where it began."""
    member_days = days[pools.docs].astype(np.int64)
    gap = np.where(member_days < 0, 1 << 30, np.abs(member_days - day))
    order = np.lexsort((gap, pools.pool))
    first = np.ones(len(order), bool)
    first[1:] = pools.pool[order][1:] != pools.pool[order][:-1]
    return pools.docs[order][first]
