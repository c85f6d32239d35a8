"""Language knowledge lives in TOML files here, one folder per language (plus ``common``).

Code asks for a table by language and name; adding a word, alias or outlet is a data change.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).parent
LANGUAGES = ("id", "en")


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The parsed ``lang/<lang>/<name>.toml``; an empty table when the file does not exist.

    Malay (``ms``) reads the Indonesian files: the vocabulary that matters here is shared.
    """
    folder = "id" if lang == "ms" else lang
    path = LANG_DIR / folder / f"{name}.toml"
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_all(name: str) -> dict[str, dict[str, Any]]:
    """The same table for every language, keyed by language."""
    return {lang: load(lang, name) for lang in LANGUAGES}
