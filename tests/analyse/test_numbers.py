"""Number parsing: digit shapes per language, number words, scale words, fractions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telusur.analyse.numbers.parse import parse_digits, parse_number

DIGIT_CASES = [
    # Indonesian: dots group thousands, comma marks decimals.
    ("id", "1.500", 1500),
    ("id", "13.000", 13000),
    ("id", "2.000.000", 2_000_000),
    ("id", "1,5", 1.5),
    ("id", "0,45", 0.45),
    ("id", "2.293,08", 2293.08),
    ("id", "4.567,31", 4567.31),
    ("id", "1.004.098,50", 1_004_098.5),
    ("id", "1,022", 1.022),  # "Rp1,022 juta": a decimal in Indonesian
    ("id", "14960", 14960),
    # English-style decimals in Indonesian text: a thousands group has exactly three digits.
    ("id", "2.8", 2.8),
    ("id", "5.06", 5.06),
    ("id", "1.9995", 1.9995),
    ("id", "2,000,000", 2_000_000),
    # English: commas group thousands, dot marks decimals.
    ("en", "1,500", 1500),
    ("en", "464,000", 464_000),
    ("en", "6,798,000", 6_798_000),
    ("en", "4.464", 4.464),
    ("en", "1,011.15", 1011.15),
    ("en", "1.000.000", 1_000_000),
    ("en", "2.3", 2.3),
]


@pytest.mark.parametrize(("lang", "text", "value"), DIGIT_CASES)
def test_digit_shapes(lang: str, text: str, value: float) -> None:
    assert parse_number(text, lang) == pytest.approx(value)


@pytest.mark.parametrize("token", ["2.1.3", "1.558.00", "7.1.1", "03.275.487.1", "", "1" * 41])
def test_malformed_digit_runs_are_not_numbers(token: str) -> None:
    assert parse_digits(token, ",") is None


WORD_CASES = [
    ("id", "satu", 1),
    ("id", "sepuluh", 10),
    ("id", "sebelas", 11),
    ("id", "dua belas", 12),
    ("id", "sembilan belas", 19),
    ("id", "dua puluh", 20),
    ("id", "dua puluh lima", 25),
    ("id", "seratus", 100),
    ("id", "seratus dua belas", 112),
    ("id", "tiga ratus", 300),
    ("id", "seribu", 1000),
    ("id", "sejuta", 1_000_000),
    ("id", "dua ratus lima puluh ribu", 250_000),
    ("id", "satu juta dua ratus ribu", 1_200_000),
    ("id", "tiga miliar", 3e9),
    ("id", "lima triliun", 5e12),
    ("id", "setengah juta", 500_000),
    ("id", "satu setengah juta", 1_500_000),
    ("id", "dua setengah", 2.5),
    ("id", "2,5 juta", 2_500_000),
    ("id", "1,5 triliun", 1.5e12),
    ("id", "5 jt", 5e6),
    ("id", "5jt", 5e6),
    ("id", "150 rb", 150_000),
    ("id", "2 milyar", 2e9),
    ("id", "setengah", 0.5),
    ("id", "seperempat", 0.25),
    ("id", "sepertiga", 1 / 3),
    ("id", "tiga perempat", 0.75),
    ("id", "½", 0.5),
    ("ms", "dua bilion", 2e9),
    ("en", "seven", 7),
    ("en", "fifteen", 15),
    ("en", "twenty-five", 25),
    ("en", "twenty five thousand", 25_000),
    ("en", "twenty-five thousand", 25_000),
    ("en", "two hundred and fifty", 250),
    ("en", "fifteen hundred", 1500),
    ("en", "a hundred", 100),
    ("en", "a million", 1e6),
    ("en", "half a million", 500_000),
    ("en", "one trillion", 1e12),
    ("en", "4.464 million", 4_464_000),
    ("en", "1.13bn", 1.13e9),
    ("en", "two thirds", 2 / 3),
    ("en", "three-quarters", 0.75),
]


@pytest.mark.parametrize(("lang", "text", "value"), WORD_CASES)
def test_number_words(lang: str, text: str, value: float) -> None:
    assert parse_number(text, lang) == pytest.approx(value)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "dua tiga"),
        ("id", "ribu"),
        ("id", "tentara"),
        ("id", "1.500 tentara"),
        ("id", "puluh"),
        ("en", "a"),
        ("en", "hundred and"),
        ("en", ""),
        ("en", "   "),
    ],
)
def test_not_a_number(lang: str, text: str) -> None:
    assert parse_number(text, lang) is None


# -- generated Indonesian number words --------------------------------------------------------

_DIGITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
_SCALES = [(10**9, "miliar", "semiliar"), (10**6, "juta", "sejuta"), (10**3, "ribu", "seribu")]


def _below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_DIGITS[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_DIGITS[rest - 10], "belas"]
    elif rest >= 20:
        tens, units = divmod(rest, 10)
        words += [_DIGITS[tens], "puluh"]
        if units:
            words.append(_DIGITS[units])
    elif rest:
        words.append(_DIGITS[rest])
    return words


def indonesian_words(n: int, se_forms: bool) -> str:
    """``n`` spelled in Indonesian; ``se_forms`` writes "sejuta" rather than "satu juta"."""
    if n == 0:
        return "nol"
    words: list[str] = []
    for size, name, one in _SCALES:
        count, n = divmod(n, size)
        if count == 1 and (se_forms or name == "ribu"):
            words.append(one)
        elif count:
            words += [*_below_thousand(count), name]
    words += _below_thousand(n)
    return " ".join(words)


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999_999), st.booleans())
def test_generated_indonesian_words_parse_back(n: int, se_forms: bool) -> None:
    assert parse_number(indonesian_words(n, se_forms), "id") == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_generated_indonesian_digits_parse_back(n: int) -> None:
    assert parse_number(f"{n:,}".replace(",", "."), "id") == n
    assert parse_number(f"{n:,}", "en") == n
