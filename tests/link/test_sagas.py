"""Sagas: two stories are one development only with shared rare own names and a measure."""

from __future__ import annotations

from telusur.link.sagas import GAP_DAYS, Profile, link, measure_key, thread

TROOPS = "\x1f".join(("Belarus", "troops", "count"))
EXPORTS = "\x1f".join(("Belarus", "exports", "percent"))


def story(sid: str, start: str, names: dict[str, int], measures: set[str]) -> Profile:
    return Profile(sid, start, start, 2, names, measures)


def everything_rare(name: str) -> bool:
    return True


def test_rare_names_and_a_measure_make_one_saga_with_their_evidence() -> None:
    jan = story("s1", "2026-01-12", {"Belarus": 2, "Grodno": 2, "Polandia": 1}, {TROOPS})
    apr = story("s2", "2026-04-03", {"Belarus": 2, "Grodno": 1}, {TROOPS, EXPORTS})
    found = link(apr, jan, everything_rare)
    assert found is not None
    assert found.as_dict() == {
        "a": "s1",
        "b": "s2",
        "names": ["Belarus", "Grodno"],
        "measures": [["Belarus", "troops", "count"]],
    }


def test_a_measure_of_a_common_subject_is_a_recurring_report_not_a_saga() -> None:
    """Two daily rupiah reports quoting one analyst: rare names, and a measure of a subject
    every report names."""
    rate = "\x1f".join(("Amerika Serikat", "exchange_rate", "IDR"))
    names = {"Ibrahim Assuaibi": 1, "PT TRFX Garuda Berjangka": 1, "Amerika Serikat": 1}
    monday = story("s1", "2021-01-04", names, {rate})
    friday = story("s2", "2021-02-23", names, {rate})
    assert link(monday, friday, lambda name: name != "Amerika Serikat") is None


def test_names_without_a_shared_measure_are_a_topic_not_a_saga() -> None:
    troops = story("s1", "2026-01-12", {"Belarus": 2, "Lituania": 2}, {TROOPS})
    potash = story("s2", "2026-04-05", {"Belarus": 2, "Lituania": 2}, {EXPORTS})
    assert link(troops, potash, everything_rare) is None


def test_a_measure_with_one_rare_name_is_not_enough() -> None:
    a = story("s1", "2026-01-12", {"Grodno": 2, "Belarus": 2}, {TROOPS})
    b = story("s2", "2026-02-12", {"Grodno": 2, "Belarus": 2}, {TROOPS})
    assert link(a, b, lambda name: name != "Belarus") is None  # Belarus is in many articles
    assert link(a, b, everything_rare) is not None


def test_a_name_only_a_few_of_a_storys_articles_carry_is_not_its_own() -> None:
    big = Profile("s1", "2026-01-12", "2026-01-30", 20, {"Grodno": 12, "Minsk": 1}, {TROOPS})
    small = story("s2", "2026-02-12", {"Grodno": 2, "Minsk": 2}, {TROOPS})
    assert link(big, small, everything_rare) is None


def test_stories_too_far_apart_are_not_threaded_directly() -> None:
    names = {"Grodno": 2, "Belarus": 2}
    a = story("s1", "2025-01-01", names, {TROOPS})
    b = story("s2", "2026-01-01", names, {TROOPS})
    assert GAP_DAYS < 365
    assert link(a, b, everything_rare) is None
    undated = Profile("s3", None, None, 2, names, {TROOPS})
    assert link(a, undated, everything_rare) is not None


def test_a_measure_is_keyed_only_with_its_subject() -> None:
    assert measure_key("Belarus", "troops", "count") == TROOPS
    assert measure_key(None, "troops", "count") is None
    assert measure_key("Prancis", "percent", "percent") is None  # a bare unit
    assert measure_key("Bulog", "beras", "ton") is None  # counted words the data does not name
    assert measure_key("Nasdaq Composite", "stock_index", "count") is None  # a daily close
    assert measure_key("Bahama", "dead", "count") is not None


def test_a_saga_is_named_by_its_earliest_story_and_a_story_alone_is_its_own() -> None:
    stories = [("c", "2026-07-16"), ("b", "2026-04-03"), ("a", "2026-01-12"), ("z", None)]
    sagas = thread(stories, [("b", "c"), ("a", "b")])
    assert sagas == {"a": "a", "b": "a", "c": "a", "z": "z"}
