"""Language of the cleaned text."""

from __future__ import annotations

from telusur.clean.language import detect


def test_indonesian_and_english() -> None:
    assert detect("Pemerintah akan menaikkan harga bahan bakar minyak mulai bulan depan.") == "id"
    assert (
        detect("The government will raise fuel prices starting next month, officials said.") == "en"
    )


def test_malay_is_told_apart() -> None:
    text = (
        "Kerajaan akan menaikkan harga minyak mulai bulan hadapan, kata kenyataan itu. "
        "Menteri berkata langkah ini perlu bagi mengurangkan beban subsidi kerajaan."
    )
    assert detect(text) == "ms"


def test_casual_indonesian_is_not_taken_for_malay() -> None:
    text = (
        "Banyak yang bilang bahwa jalan pagi itu seru banget. Kamu juga bisa coba, "
        "apalagi kalau cuacanya lagi cerah dan teman-temanmu ikut."
    )
    assert detect(text) == "id"


def test_no_letters_defaults_to_indonesian() -> None:
    assert detect("2024 - 10 - 21") == "id"
