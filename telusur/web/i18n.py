"""Interface language: Indonesian by default, English on request (?lang=en), strings from data."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from telusur.lang import load

UI_LANGUAGES = ("id", "en")


def pick(lang: str | None) -> str:
    return lang if lang in UI_LANGUAGES else "id"


def strings(lang: str) -> dict[str, Any]:
    return load(lang, "ui")


def switch_url(path: str, params: dict[str, str], lang: str) -> str:
    """The same page in the other language; links carry the choice, so GET never sets state."""
    other = "en" if lang == "id" else "id"
    return f"{path}?{urlencode({**params, 'lang': other})}"
