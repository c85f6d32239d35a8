"""Language of an article: Indonesian, Malay or English.

lingua is restricted to those three (faster and more accurate than an open set) and built once;
building it is the slow part. Only a bounded prefix is classified, cut at a word boundary: a few
hundred characters decide these three languages reliably and keep cleaning fast. Indonesian and
Malay are close: a short Indonesian prefix in a casual register often scores as Malay, so Malay is
only returned when a longer sample still prefers it by a clear margin.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from telusur.lang import load

PREFIX_CHARS = 400
MALAY_CHECK_CHARS = 2000
MALAY_MARGIN = 0.2
DEFAULT = "id"
QUICK_MIN_HITS = 6  # function words needed before a sample is decided without lingua
QUICK_DOMINANCE = 5  # ... and how many times the other language's count they must reach
_WORD = re.compile(r"[^\W\d_]+")


@cache
def detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = (Language.INDONESIAN, Language.MALAY, Language.ENGLISH)
    return LanguageDetectorBuilder.from_languages(*languages).build()


@cache
def _codes() -> dict[Any, str]:
    from lingua import Language

    return {Language.INDONESIAN: "id", Language.MALAY: "ms", Language.ENGLISH: "en"}


def detect(text: str) -> str:
    """``"id"``, ``"ms"`` or ``"en"``; Indonesian when the text gives no signal."""
    sample = text[:PREFIX_CHARS]
    if len(text) > PREFIX_CHARS and " " in sample:
        sample = sample.rsplit(" ", 1)[0]
    if not any(c.isalpha() for c in sample):
        return DEFAULT
    quick = _by_function_words(sample)
    if quick:
        return quick
    code = _codes().get(detector().detect_language_of(sample), DEFAULT)
    return _confirm_malay(text) if code == "ms" else code


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = load("common", "language")
    english, indonesian, malay = (
        frozenset(table.get(k, [])) for k in ("english", "indonesian_malay", "malay")
    )
    return english, indonesian, malay


def _by_function_words(sample: str) -> str | None:
    """ "en" or "id" when the sample's function words leave no doubt; else None (ask lingua).

    Lingua costs about half a millisecond per call, more than the rest of cleaning; most news
    settles on a handful of very frequent words. Any Malay marker defers to lingua.
    """
    english, indonesian, malay = _cues()
    en = idn = 0
    for word in _WORD.findall(sample.lower()):
        if word in malay:
            return None
        en += word in english
        idn += word in indonesian
    if en >= QUICK_MIN_HITS and en >= QUICK_DOMINANCE * max(idn, 1):
        return "en"
    if idn >= QUICK_MIN_HITS and idn >= QUICK_DOMINANCE * max(en, 1):
        return "id"
    return None


def _confirm_malay(text: str) -> str:
    scores = {
        _codes()[v.language]: v.value
        for v in detector().compute_language_confidence_values(text[:MALAY_CHECK_CHARS])
    }
    return "ms" if scores.get("ms", 0.0) - scores.get("id", 0.0) >= MALAY_MARGIN else "id"
