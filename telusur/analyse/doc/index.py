"""Mentions in text order with lookups by position: which name covers a span, which names lie
inside one, which came last before a point. Built once per document."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import islice

from telusur.records import Mention


class MentionIndex:
    """Mentions in text order with lookups by position."""

    def __init__(self, mentions: list[Mention], text: str = "") -> None:
        self.text = text  # the document's text, for the words before a mention
        self.items = sorted(mentions, key=lambda m: (m.span[0], -m.span[1]))
        self._starts = [m.span[0] for m in self.items]
        self._widest = max((m.span[1] - m.span[0] for m in self.items), default=0)

    def covering(self, start: int, end: int) -> Mention | None:
        """The widest mention that covers ``[start, end)``."""
        best = None
        # a mention starting more than the widest width before ``start`` cannot reach ``end``
        first = bisect_left(self._starts, min(start, end) - self._widest)
        for m in islice(self.items, first, None):
            if m.span[0] > start:
                break
            if m.span[1] >= end and (
                best is None or m.span[1] - m.span[0] > best.span[1] - best.span[0]
            ):
                best = m
        return best

    def within(self, start: int, end: int) -> list[Mention]:
        first, last = bisect_left(self._starts, start), bisect_right(self._starts, end)
        return [m for m in self.items[first:last] if m.span[1] <= end]

    def latest(self, before: int, types: frozenset[str]) -> Mention | None:
        found = None
        for m in self.items:
            if m.span[1] > before:
                break
            if m.type in types:
                found = m
        return found

    def titled(
        self, before: int, title: str, reach: int = 30, ranks: frozenset[str] = frozenset()
    ) -> Mention | None:
        """The latest person before ``before`` written with ``title`` just before the name
        ("Menhub Budi", "Menteri Perhubungan Budi Karya Sumadi"), or with ranks between the two
        ("Kapolda Jatim, Irjen Luki Hermawan"): whom a bare title means."""
        found = None
        for m in self.items:
            if m.span[1] > before:
                break
            if m.type == "PER":
                lead = " ".join(self.text[max(0, m.span[0] - reach) : m.span[0]].lower().split())
                if lead.endswith(title) or self._ranked(m, title, reach, ranks):
                    found = m
        return found

    def _ranked(self, m: Mention, title: str, reach: int, ranks: frozenset[str]) -> bool:
        """Whether ``title`` stands before ``m`` with only ranks and a comma between."""
        lead = self.text[max(0, m.span[0] - reach - 20) : m.span[0]].lower().split()
        stripped = False
        while lead and lead[-1].strip(",") in ranks:
            lead.pop()
            stripped = True
        return stripped and " ".join(lead).rstrip(",").endswith(title)
