"""The per-article analysis: a pure function from Article to Analysis.

It does no I/O and keeps no state between calls, so it runs the same in-process, in a process
pool or inside a distributed map.
"""

from __future__ import annotations

from telusur.records import Analysis, Article


def analyse(article: Article) -> Analysis:
    return Analysis(article=article)
