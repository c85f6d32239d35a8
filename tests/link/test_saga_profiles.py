"""Sagas from analyses in memory (the batch's links): a party a story only quotes is its voice,
not one of its names, so two reports quoting one analyst are not threaded by him."""

from __future__ import annotations

from telusur.link.saga_profiles import SagaProfiles
from telusur.records import Analysis, Article, Claim, Mention, Published


def analysis(aid: str, day: str, names: list[str], source: str, about: str) -> Analysis:
    article = Article(aid, "", "txt", aid, published=Published(day, day))
    claim = Claim(
        span=(0, 1),
        sentence=(0, 1),
        value=4000,
        low=None,
        high=None,
        qualifier="exact",
        unit="count",
        counts="tentara",
        kind="troops",
        about=about,
        sources=[source],
        channel=None,
        when=None,
        hedge=None,
        status="asserted",
    )
    mentions = [Mention((0, 1), n, "GPE", n) for n in names]
    return Analysis(article, entities=mentions, claims=[claim])


def test_rare_names_and_a_measure_thread_stories_but_a_voice_does_not() -> None:
    profiles = SagaProfiles()
    profiles.add(
        "jan", analysis("a", "2026-01-12", ["Belarus", "Grodno", "Nowak"], "Nowak", "Belarus")
    )
    profiles.add("apr", analysis("b", "2026-04-03", ["Belarus", "Grodno"], "Nowak", "Belarus"))
    profiles.add("jul", analysis("c", "2026-07-16", ["Grodno", "Nowak"], "Nowak", "Grodno"))
    spans = {
        "jan": ("2026-01-12", "2026-01-12", 1),
        "apr": ("2026-04-03", "2026-04-03", 1),
        "jul": ("2026-07-16", "2026-07-16", 1),
    }
    names = {p.id: p.names for p in profiles.profiles(spans)}
    assert "Nowak" not in names["jan"], "quoted as a source only: a voice"
    sagas = profiles.sagas(spans)
    assert sagas["jan"] == sagas["apr"] == "jan"
    assert sagas["jul"] == "jul", "Grodno and the analyst alone are not two names"
