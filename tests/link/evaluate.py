"""Scoring helpers for linking: BCubed over stories, precision/recall over same-origin pairs."""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telusur.analyse.pipeline import analyse
from telusur.clean import clean
from telusur.ingest import analysed
from telusur.link import Linker, MinHasher, features_from
from telusur.readers import read_paths
from telusur.records import Analysis, Article, Published, RawItem

LABELS = Path(__file__).with_name("dev_labels.json")
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def labels() -> dict[str, list[list[str]]]:
    return json.loads(LABELS.read_text(encoding="utf-8"))


def corpus_articles(path: Path) -> Iterator[Article]:
    """Corpus rows as Articles, in publication order (undated rows keep file order)."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows.sort(key=lambda r: r["published"] or "")
    for r in rows:
        yield Article(
            id=r["id"],
            text=r["text"],
            format="jsonl",
            origin=r["origin"],
            title=r["title"],
            outlet=r["source"],
            published=Published(start=r["published"], end=r["published"]),
        )


@functools.cache
def corpus_analyses(path: Path) -> tuple[Analysis, ...]:
    """Corpus rows read, cleaned and analysed as ingest does, in publication order (once per
    run: several gates read the same file)."""
    out = [analyse(clean(item)) for item in read_paths([str(path)]) if isinstance(item, RawItem)]
    return tuple(sorted(out, key=lambda a: a.article.published.start or ""))


def seed_analyses(seeds_dir: Path) -> list[Analysis]:
    window = ("2024-10-01", "2025-07-31")
    return [
        analyse(
            clean(
                RawItem(
                    text=p.read_text(encoding="utf-8"),
                    origin=str(p),
                    format="txt",
                    id=p.stem,
                    stem=p.stem,
                )
            ),
            window=window,
        )
        for p in sorted(seeds_dir.glob("*.txt"))
    ]


@functools.cache
def sample_analyses() -> tuple[Analysis, ...]:
    """The bundled sample news read, cleaned and analysed as ``telusur ingest`` does, in the
    order ingest meets them (file order, not date order); empty when they are absent."""
    if not (SAMPLES / "news").is_dir():
        return ()
    return tuple(
        a for a in analysed(read_paths([str(SAMPLES / "news")])) if isinstance(a, Analysis)
    )


def sample_gold(analyses: Iterable[Analysis]) -> tuple[dict[str, str], dict[str, str]]:
    """The sample's hand-made stories (article id -> story) and, for the ingested articles,
    the key the annotation uses: the id, or the url for an article whose id is a content hash
    (the pages inside the WARC)."""
    expected = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    gold = {a: str(i) for i, story in enumerate(expected["stories"]) for a in story["articles"]}
    keys = {}
    for analysis in analyses:
        article = analysis.article
        keys[article.id] = article.id if article.id in gold else str(article.url)
    return gold, keys


def link_all(articles: Iterable[Article | Analysis]) -> Linker:
    """Link articles (text stand-ins) or analyses (their real entities and figures, as the
    store does)."""
    linker, hasher = Linker(), MinHasher()
    for item in articles:
        if isinstance(item, Analysis):
            linker.add(item.article.id, features_from(item.article, item, hasher=hasher))
        else:
            linker.add(item.id, features_from(item, hasher=hasher))
    return linker


def bcubed(
    pred: dict[str, str],
    gold: dict[str, str],
    judged: Callable[[str, str], bool] | None = None,
) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 over the items that gold labels; with ``judged``, each
    item's precision and recall are taken over the items judged against it only."""
    items = list(gold)
    p = r = 0.0
    for i in items:
        seen = [j for j in items if judged is None or judged(i, j)]
        same_gold = {j for j in seen if gold[j] == gold[i]}
        same_pred = {j for j in seen if pred[j] == pred[i]}
        both = len(same_gold & same_pred)
        p += both / len(same_pred)
        r += both / len(same_gold)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pair_scores(pred: set[frozenset[str]], gold: set[frozenset[str]]) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def origin_pairs(linker: Linker, within: set[str] | None = None) -> set[frozenset[str]]:
    out: set[frozenset[str]] = set()
    for group in linker.origin_groups():
        ids = [a for a in group.articles if within is None or a in within]
        out.update(frozenset(p) for p in itertools.combinations(ids, 2))
    return out


def story_of(linker: Linker, ids: Iterable[str]) -> dict[str, str]:
    return {a: linker.result_of(a).story for a in ids}


@dataclass(frozen=True)
class StoryJudgements:
    """Story labels made relative to seed articles: each labelled article's gold story (the
    union of the seeds' same-story sets, merged where clusters share an article), the pairs of
    gold stories judged apart, and the judged seed–candidate pairs themselves."""

    story: dict[str, str]
    apart: frozenset[frozenset[str]]
    same_pairs: tuple[tuple[str, str], ...]
    apart_pairs: tuple[tuple[str, str], ...]


def story_judgements(clusters: Iterable[dict[str, Any]]) -> StoryJudgements:
    clusters = list(clusters)
    parent: dict[str, str] = {}

    def root(a: str) -> str:
        while parent.setdefault(a, a) != a:
            a = parent[a]
        return a

    same: list[tuple[str, str]] = []
    other: list[tuple[str, str]] = []
    for c in clusters:
        same += [(c["seed"], a) for a in c["same_story"]]
        other += [(c["seed"], a) for a in c["other_story"]]
    for a, b in [*same, *other]:
        root(a), root(b)
    for a, b in same:
        parent[root(b)] = root(a)
    story = {a: root(a) for a in parent}
    apart = frozenset(frozenset((story[a], story[b])) for a, b in other)
    assert all(len(pair) == 2 for pair in apart), "an article is both same and other story"
    return StoryJudgements(story, apart, tuple(same), tuple(other))


def judged_bcubed(pred: dict[str, str], gold: StoryJudgements) -> tuple[float, float, float]:
    """BCubed over the labelled articles, each article's precision and recall taken over the
    articles whose relation to it was judged: its own gold story, and the stories judged apart
    from it. Two candidates judged apart from one seed are not known to be apart from each
    other, so they never count against each other."""
    story = gold.story

    def judged(i: str, j: str) -> bool:
        return story[j] == story[i] or frozenset((story[i], story[j])) in gold.apart

    return bcubed(pred, story, judged)


def joined_rate(pred: dict[str, str], pairs: Iterable[tuple[str, str]]) -> float:
    """The share of judged pairs that the prediction puts in one story."""
    pairs = list(pairs)
    return sum(pred[a] == pred[b] for a, b in pairs) / len(pairs) if pairs else 0.0


STORY_GOLD = Path(__file__).resolve().parents[1] / "gold" / "linking" / "devcorpus_stories.json"


def story_gold(split: str) -> StoryJudgements:
    clusters = json.loads(STORY_GOLD.read_text(encoding="utf-8"))["clusters"]
    return story_judgements(c for c in clusters if c["split"] == split)


def story_scores(linker: Linker, gold: StoryJudgements) -> dict[str, float]:
    """Judged BCubed, the share of separate events joined and of same-story pairs split."""
    pred = story_of(linker, gold.story)
    p, r, f = judged_bcubed(pred, gold)
    return {
        "P": p,
        "R": r,
        "F1": f,
        "apart_joined": joined_rate(pred, gold.apart_pairs),
        "same_split": 1 - joined_rate(pred, gold.same_pairs),
    }
