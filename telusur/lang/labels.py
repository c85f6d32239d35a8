"""Counted kinds as a vocabulary: which groups measure something, and what a kind is called.

A claim group's kind is a vocabulary code (``lang/common/kinds.toml`` and its unit fallbacks) or,
when the counted words named no kind, those words themselves ("hari", "dibanding"). Only the
codes are measures worth a row of figures; their labels come from ``lang/<lang>/kind_labels.toml``.
"""

from __future__ import annotations

from functools import cache

from telusur.lang import load


@cache
def vocabulary() -> frozenset[str]:
    table = load("common", "kinds")
    return frozenset(table.get("kinds", {})) | frozenset(table.get("units", {}))


def is_measure(kind: str | None) -> bool:
    return kind in vocabulary()


def kind_label(kind: str, lang: str) -> str:
    """The kind's name in ``lang``; words that are not a code are shown as the article gave them."""
    return str(load(lang, "kind_labels").get("kinds", {}).get(kind, kind))


@cache
def _money() -> frozenset[str]:
    units = load("common", "kinds").get("units", {})
    return frozenset(units.get("money", [])) - {"money"}


def amount(text: str, unit: str | None) -> str:
    """A figure with its unit where the number alone would mislead: "IDR 15,000,000", "3.2%"."""
    if unit in _money():
        return f"{unit} {text}"
    return f"{text}%" if unit == "percent" else text
