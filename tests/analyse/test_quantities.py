"""Finding quantities in news text: forms read from the corpus, negatives, robustness, seeds."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telusur.analyse.numbers.kinds import unit_kind
from telusur.analyse.numbers.quantities import find_quantities
from telusur.records import Quantity

T = 1e12
B = 1e9
M = 1e6

# (lang, text, expected fields of the first quantity found). Phrases are written in the style
# of the corpus: Indonesian national and economy news, and English business and sport news.
FORMS: list[tuple[str, str, dict[str, Any]]] = [
    # -- Indonesian digits and counted nouns
    (
        "id",
        "telah mengirim 1.500 tentara ke",
        {"value": 1500, "qualifier": "exact", "counts": "tentara"},
    ),
    ("id", "melatih 10.000 tentara untuk", {"value": 10000, "counts": "tentara"}),
    ("id", "mengirim total 12.000 tentara ke", {"value": 12000, "counts": "tentara"}),
    ("id", "sebanyak 2.000.000 dosis vaksin", {"value": 2e6, "counts": "dosis vaksin"}),
    ("id", "menampung 14.476 orang per kilometer", {"value": 14476, "counts": "orang"}),
    ("id", "ada 363 donatur yang", {"value": 363, "counts": "donatur"}),
    ("id", "sudah 8.000 unit terjual", {"value": 8000, "counts": "unit"}),
    ("id", "sedikitnya 956 unit Calya", {"value": 956, "qualifier": "at_least", "counts": "unit"}),
    (
        "id",
        "mengerahkan 200 artileri jarak jauh dan",
        {"value": 200, "counts": "artileri jarak jauh"},
    ),
    ("id", "mengirim 30.000 tentaranya ke", {"value": 30000, "counts": "tentara"}),
    ("id", "memindahkan 1.500 pasukan operasi khusus Korea", {"counts": "pasukan operasi khusus"}),
    ("id", "kedatangan 1.500 tentara khusus Korea Utara", {"counts": "tentara khusus"}),
    ("id", "lebih dari 13.000 kontainer berisi peluru", {"counts": "kontainer"}),
    ("id", "sisa-sisa dari 11.000 orang yang dikirim", {"value": 11000, "counts": "orang"}),
    ("id", "salah satu dari 10 eksportir senjata", {"value": 10, "counts": "eksportir senjata"}),
    ("id", "Kirim 1.500 Tentara untuk Bantu", {"value": 1500, "counts": "Tentara"}),
    ("id", "Beri Rusia 200 Senjata Artileri", {"value": 200, "counts": "Senjata Artileri"}),
    ("id", "sekitar 4.000 tentara Korea Utara tewas", {"value": 4000, "counts": "tentara"}),
    ("id", "menahan 17 tersangka narkoba", {"value": 17, "counts": "tersangka narkoba"}),
    ("id", "melibatkan 250 personel gabungan", {"value": 250, "counts": "personel gabungan"}),
    ("id", "terjual 4.200 ekor sapi", {"value": 4200, "counts": "ekor sapi"}),
    ("id", "menyita 2 juta butir, menurut", {"value": 2e6, "counts": "butir"}),
    ("id", "total 5.999,25 kg beras", {"value": 5999.25, "unit": "kg", "counts": "beras"}),
    ("id", "menghimpun 70.255,9 ton pupuk", {"value": 70255.9, "unit": "ton", "counts": "pupuk"}),
    ("id", "hujan 1,5 - 2 meter", {"low": 1.5, "high": 2, "qualifier": "range", "unit": "m"}),
    ("id", "berjarak 68 kilometer dari pusat", {"value": 68, "unit": "km"}),
    ("id", "lahan 1.226,965 meter persegi", {"value": 1226.965, "unit": "m2"}),
    ("id", "seluas 500 hektare sawah", {"value": 500, "unit": "hectare", "counts": "sawah"}),
    ("id", "ICP 65,6 dolar per barel", {"value": 65.6, "unit": "USD/barrel"}),
    ("id", "rupiah ditutup di Rp14.060 per dolar AS", {"value": 14_060, "unit": "IDR/USD"}),
    ("id", "rupiah ditutup melemah ke Rp14.060/USD.", {"value": 14_060, "unit": "IDR/USD"}),
    ("en", "the rupiah weakened to Rp 14,060 per US dollar", {"value": 14_060, "unit": "IDR/USD"}),
    (
        "id",
        "cabai dijual Rp42.000 sampai Rp47.500 per kilogram",
        {"low": 42_000, "high": 47_500, "qualifier": "range", "unit": "IDR/kg"},
    ),
    ("id", "produksi 800 ribu barel per hari", {"value": 800_000, "unit": "barrel"}),
    ("id", "berkekuatan 4,9 Skala Richter", {"value": 4.9, "unit": "richter"}),
    ("id", "kemasan 5 kilogram dijual", {"value": 5, "unit": "kg"}),
    ("id", "berat 180 gram dan", {"value": 180, "unit": "g"}),
    ("id", "daya 4.000 mAh", {"value": 4000, "unit": "mAh"}),
    ("id", "cadangan 2.500 MW listrik", {"value": 2500, "unit": "MW", "counts": "listrik"}),
    ("id", "menyalurkan 1.121.579,90 kilogram beras", {"value": 1121579.9, "unit": "kg"}),
    # -- English-style decimals in Indonesian text
    ("id", "mencapai 2.8 milyar dollar", {"value": 2.8e9, "unit": "USD"}),
    ("id", "pertumbuhan ekonomi 5.06 persen", {"value": 5.06, "unit": "percent"}),
    ("id", "turun ke US$1.9995 per troy ons", {"value": 1.9995, "unit": "USD/troy_oz"}),
    # -- scale words and short forms
    ("id", "anggaran Rp 1,5 triliun untuk", {"value": 1.5 * T, "unit": "IDR"}),
    ("id", "dana Rp2,5 M dari", {"value": 2.5 * B, "unit": "IDR"}),
    ("id", "utang Rp 5 T lebih", {"value": 5 * T, "unit": "IDR"}),
    ("id", "hanya Rp192 T pada", {"value": 192 * T, "unit": "IDR"}),
    ("id", "harganya Rp 140 juta", {"value": 140 * M, "unit": "IDR"}),
    ("id", "dijual Rp 132,45 juta", {"value": 132.45 * M, "unit": "IDR"}),
    # a share of a whole
    ("en", "Eight out of 10 voters do not trust politicians", {"value": 0.8, "unit": "fraction"}),
    ("en", "won 12 out of 20 games", {"value": 0.6, "unit": "fraction"}),
    # watts, glued or spaced: chargers and power
    ("id", "Mi Charge Turbo mencapai 30W", {"value": 30, "unit": "W"}),
    ("id", "antara 2,5W hingga 3W", {"low": 2.5, "high": 3, "unit": "W"}),
    # a currency's hundredths written as a word
    ("id", "minyak Brent merosot 21 sen", {"value": 0.21, "unit": "USD"}),
    ("en", "shares closed up 64 pence", {"value": 0.64, "unit": "GBP"}),
    ("en", "petrol fell 30 cents", {"value": 0.3, "unit": "USD"}),
    # a scale's plural after digits: "114-odd million"
    ("id", "dijual mulai Rp 114 jutaan", {"value": 114 * M, "unit": "IDR"}),
    ("id", "Rp 114 jutaan sampai Rp 154 jutaan", {"low": 114 * M, "high": 154 * M, "unit": "IDR"}),
    ("id", "sebesar Rp137,6 triliun dari", {"value": 137.6 * T, "unit": "IDR"}),
    ("id", "total Rp2.082,9 triliun", {"value": 2082.9 * T, "unit": "IDR"}),
    ("id", "kursnya Rp13.400 per dolar AS", {"value": 13400, "unit": "IDR/USD"}),
    ("id", "denda Rp 500.000 bagi", {"value": 500_000, "unit": "IDR"}),
    ("id", "seharga Rp. 1.129.000.000 untuk", {"value": 1.129e9, "unit": "IDR"}),
    ("id", "harga rp65.000 per karung", {"value": 65000, "unit": "IDR"}),
    ("id", "naik rp 1.958.000 per gram", {"value": 1_958_000, "unit": "IDR/g"}),
    ("id", "ongkos Rp50 rb per orang", {"value": 50_000, "unit": "IDR/orang"}),
    ("id", "gaji Rp 5 jt sebulan", {"value": 5e6, "unit": "IDR"}),
    ("id", "kredit 25 juta rupiah", {"value": 25e6, "unit": "IDR", "counts": "rupiah"}),
    ("id", "profit US$ 1,26 miliar atau", {"value": 1.26e9, "unit": "USD"}),
    ("id", "senilai 5 juta dolar AS", {"value": 5e6, "unit": "USD", "counts": "dolar AS"}),
    ("id", "ekspor 10 miliar dolar Amerika", {"value": 10e9, "unit": "USD"}),
    ("id", "menjadi 206.718 dolar Singapura di", {"value": 206718, "unit": "SGD"}),
    ("id", "sebesar 1,3 miliar dolar Australia", {"value": 1.3e9, "unit": "AUD"}),
    ("id", "mengeluarkan 79,90 juta euro untuk", {"value": 79.9e6, "unit": "EUR"}),
    ("id", "saldo 852,468 juta yuan atau", {"value": 852.468e6, "unit": "CNY"}),
    (
        "id",
        "sekitar 7,5 juta Poundsterling",
        {"value": 7.5e6, "unit": "GBP", "qualifier": "approx"},
    ),
    ("id", "sekitar 300 ringgit per bulan", {"value": 300, "unit": "MYR"}),
    ("id", "senilai 2 miliar yen", {"value": 2e9, "unit": "JPY"}),
    ("id", "harga €5 per liter", {"value": 5, "unit": "EUR/liter"}),
    ("id", "dana USD 20 juta", {"value": 20e6, "unit": "USD"}),
    # -- number words
    ("id", "dalam empat brigade ke", {"value": 4, "counts": "brigade"}),
    ("id", "dua wilayah di Siberia", {"value": 2, "counts": "wilayah"}),
    ("id", "tiga produk logam mulia", {"value": 3, "counts": "produk logam mulia"}),
    ("id", "sepuluh kapal perang", {"value": 10, "counts": "kapal perang"}),
    ("id", "sebelas pemain inti", {"value": 11, "counts": "pemain inti"}),
    ("id", "lima belas korban jiwa", {"value": 15, "counts": "korban jiwa"}),
    ("id", "seratus relawan tiba", {"value": 100, "counts": "relawan"}),
    ("id", "seribu rumah rusak", {"value": 1000, "counts": "rumah"}),
    ("id", "sejuta rumah murah", {"value": 1e6, "counts": "rumah murah"}),
    ("id", "dua ratus lima puluh ribu pemudik", {"value": 250_000, "counts": "pemudik"}),
    ("id", "tiga juta penerima bantuan", {"value": 3e6, "counts": "penerima bantuan"}),
    ("id", "setengah juta pengungsi", {"value": 500_000, "counts": "pengungsi"}),
    ("id", "satu orang tewas", {"value": 1, "counts": "orang"}),
    ("id", "Tiga Tersangka Ditangkap", {"value": 3, "counts": "Tersangka"}),
    ("id", "selama dua tahun terakhir", {"value": 2, "counts": "tahun"}),
    # -- fractions and percentages
    (
        "id",
        "menyediakan setengah dari amunisi",
        {"value": 0.5, "qualifier": "fraction", "counts": "amunisi"},
    ),
    (
        "id",
        "separuh penduduk desa",
        {"value": 0.5, "qualifier": "fraction", "counts": "penduduk desa"},
    ),
    (
        "id",
        "seperempat dari anggaran",
        {"value": 0.25, "qualifier": "fraction", "counts": "anggaran"},
    ),
    ("id", "sepertiga wilayah", {"value": 1 / 3, "qualifier": "fraction"}),
    ("id", "tiga perempat warga", {"value": 0.75, "qualifier": "fraction", "counts": "warga"}),
    ("id", "ditambah ½ sendok", {"value": 0.5, "qualifier": "fraction"}),
    ("id", "inflasi 3,02 persen pada", {"value": 3.02, "unit": "percent", "counts": None}),
    ("id", "komposisi 92,5% perak", {"value": 92.5, "unit": "percent"}),
    (
        "id",
        "sekitar 57,8 persen dari pemesanan",
        {"value": 57.8, "qualifier": "approx", "counts": "pemesanan"},
    ),
    ("id", "naik 25 basis poin ke", {"value": 25, "unit": "basis_point"}),
    ("id", "turun 0,5 persen poin", {"value": 0.5, "unit": "percentage_point"}),
    ("id", "menguat 32 poin menjadi", {"value": 32, "unit": "point"}),
    (
        "id",
        "hingga 98% dari total pinjaman",
        {"value": 98, "qualifier": "at_most", "counts": "pinjaman"},
    ),
    ("id", "mendominasi 65%.", {"value": 65, "unit": "percent"}),
    ("id", "pangsa 55% lebih.", {"value": 55, "qualifier": "more_than"}),
    ("id", "sudah 1.900 ton lebih,", {"value": 1900, "qualifier": "more_than", "unit": "ton"}),
    ("id", "bunga 5 persen lebih tinggi", {"value": 5, "qualifier": "exact"}),
    # -- multiplicatives
    (
        "id",
        "tiga kali lipat lebih banyak",
        {"value": 3, "qualifier": "ratio", "counts": "kali lipat"},
    ),
    ("id", "naik 4 kali lipat dari", {"value": 4, "qualifier": "ratio"}),
    ("id", "dua kali lipat", {"value": 2, "qualifier": "ratio"}),
    ("id", "sepuluh kali lipat", {"value": 10, "qualifier": "ratio"}),
    ("id", "dua kali lebih besar", {"value": 2, "qualifier": "ratio"}),
    ("id", "diulang tiga kali oleh", {"value": 3, "qualifier": "exact", "counts": "kali"}),
    # -- qualifiers
    (
        "id",
        "sekitar 11.000 tentara",
        {"value": 11000, "qualifier": "approx", "text": "sekitar 11.000"},
    ),
    ("id", "kira-kira 300 orang", {"value": 300, "qualifier": "approx"}),
    ("id", "kurang lebih 40 kilometer", {"value": 40, "qualifier": "approx", "unit": "km"}),
    ("id", "hampir 4.000 warga", {"value": 4000, "qualifier": "approx"}),
    ("id", "lebih dari 13.000 kontainer", {"qualifier": "more_than", "text": "lebih dari 13.000"}),
    ("id", "lebih dari 2 juta butir", {"value": 2e6, "qualifier": "more_than"}),
    ("id", "kurang dari 100 meter", {"value": 100, "qualifier": "less_than", "unit": "m"}),
    ("id", "di bawah 3 persen", {"value": 3, "qualifier": "less_than"}),
    ("id", "di atas 5 persen", {"value": 5, "qualifier": "more_than"}),
    ("id", "setidaknya 20 orang", {"value": 20, "qualifier": "at_least"}),
    ("id", "sedikitnya 35 rumah", {"value": 35, "qualifier": "at_least"}),
    ("id", "minimal Rp 10 juta", {"value": 10e6, "qualifier": "at_least", "unit": "IDR"}),
    (
        "id",
        "maksimal Rp25,5 triliun.",
        {"value": 25.5 * T, "qualifier": "at_most", "text": "maksimal Rp25,5 triliun"},
    ),
    ("id", "paling banyak 50 orang", {"value": 50, "qualifier": "at_most"}),
    ("id", "tidak lebih dari 3 persen", {"value": 3, "qualifier": "at_most"}),
    ("id", "tingkat daur ulang hingga 95%.", {"value": 95, "qualifier": "at_most"}),
    ("id", '"sekitar 11.000 tentara, rudal', {"qualifier": "approx", "text": "sekitar 11.000"}),
    ("id", "mengirim total 12.000 tentara", {"qualifier": "exact", "text": "12.000"}),
    # -- ranges
    (
        "id",
        "antara 25.000 hingga 30.000 tentaranya",
        {
            "low": 25000,
            "high": 30000,
            "qualifier": "range",
            "text": "antara 25.000 hingga 30.000",
            "counts": "tentara",
        },
    ),
    (
        "id",
        "tambahan 25.000 hingga 30.000 pasukan",
        {"low": 25000, "high": 30000, "counts": "pasukan"},
    ),
    ("id", "antara 200 dan 300 peserta", {"low": 200, "high": 300, "qualifier": "range"}),
    ("id", "2 hingga 3 juta orang", {"low": 2e6, "high": 3e6, "counts": "orang"}),
    ("id", "Rp 10 - 20 juta untuk", {"low": 10e6, "high": 20e6, "unit": "IDR"}),
    ("id", "antara Rp100 juta sampai Rp150 juta", {"low": 100e6, "high": 150e6, "unit": "IDR"}),
    (
        "id",
        "rentang Rp14960 hingga Rp15.100 per dolar",
        {"low": 14960, "high": 15100, "unit": "IDR/USD"},
    ),
    ("id", "kisaran 5-5,1 persen pada", {"low": 5, "high": 5.1, "unit": "percent"}),
    ("id", "kisaran 0,6-0,7 persen", {"low": 0.6, "high": 0.7, "unit": "percent"}),
    ("id", "ke kisaran 2 - 2,25 persen", {"low": 2, "high": 2.25, "unit": "percent"}),
    ("id", "membeli 3-5 kilogram beras", {"low": 3, "high": 5, "unit": "kg"}),
    ("id", "usia 23 - 45 tahun", {"low": 23, "high": 45, "counts": "tahun"}),
    ("id", "tersisa 6 - 7 meter", {"low": 6, "high": 7, "unit": "m"}),
    ("id", "dua hingga tiga pekan", {"low": 2, "high": 3, "counts": "pekan"}),
    ("id", "5 s.d. 10 persen", {"low": 5, "high": 10, "unit": "percent"}),
    ("id", "puluhan hingga ratusan orang", {"low": 20, "high": 999, "qualifier": "vague"}),
    # -- vague amounts
    (
        "id",
        "Ada puluhan warga Korea Utara",
        {"low": 20, "high": 99, "qualifier": "vague", "counts": "warga"},
    ),
    ("id", "dalam puluhan serangan di", {"low": 20, "high": 99, "counts": "serangan"}),
    (
        "id",
        "puluhan ribu pasukan tambahan",
        {"low": 20000, "high": 99999, "counts": "pasukan tambahan"},
    ),
    ("id", "ratusan aparat gabungan", {"low": 200, "high": 999, "counts": "aparat gabungan"}),
    ("id", "ratusan ribu orang", {"low": 200_000, "high": 999_999}),
    ("id", "ratusan juta rupiah", {"low": 200e6, "high": 999_999_999, "unit": "IDR"}),
    ("id", "ribuan warga turun", {"low": 1000, "high": 999_999, "counts": "warga"}),
    ("id", "jutaan orang per hari", {"low": 1e6, "high": 999_999_999, "counts": "orang"}),
    ("id", "senilai miliaran dolar kepada", {"low": 1e9, "high": 999_999_999_999, "unit": "USD"}),
    ("id", "belasan tahun lalu", {"low": 11, "high": 19, "counts": "tahun"}),
    ("id", "beberapa ratus meter", {"low": 200, "high": 999, "unit": "m"}),
    ("id", "beberapa juta dosis", {"low": 2e6, "high": 9_999_999}),
    ("id", "Korea Utara Kirim Ribuan Tentara", {"low": 1000, "counts": "Tentara"}),
    # -- lists: each figure with its own noun
    ("id", "11.000 tentara, rudal, 200 artileri", {"counts": "tentara"}),
    # -- lower-cased 2025 text
    (
        "id",
        "menyediakan 2,5 ton beras standar",
        {"value": 2.5, "unit": "ton", "counts": "beras standar"},
    ),
    ("id", "sebanyak 1.004.098,50 kg, serta", {"value": 1_004_098.5, "unit": "kg"}),
    (
        "id",
        "lebih dari rp10 juta, dikenakan",
        {"value": 10e6, "qualifier": "more_than", "unit": "IDR"},
    ),
    # -- re-joined tokens
    ("id", "denda Rp. 10.000.000 karena", {"value": 10e6, "unit": "IDR"}),
    ("id", "tiket RP   2.885.000, Diamond", {"value": 2_885_000, "unit": "IDR"}),
    # -- scores
    ("id", "menang 3 - 0 atas", {"low": 3, "high": 0, "unit": "score"}),
    ("id", "dengan skor 12 - 6, dan", {"low": 12, "high": 6, "unit": "score"}),
    ("id", "ditahan imbang Venezuela 2 - 2,", {"low": 2, "high": 2, "unit": "score"}),
    ("id", "kalah 1-2 dari tuan rumah", {"low": 1, "high": 2, "unit": "score"}),
    ("id", "Arsenal 2-1 di laga", {"low": 2, "high": 1, "unit": "score"}),
    ("id", "unggul 2:1 di babak", {"low": 2, "high": 1, "unit": "score"}),
    # -- English
    ("en", "BA has cut 13,000 jobs as", {"value": 13000, "counts": "jobs"}),
    ("en", "It lost 464,000 subscribers in the", {"value": 464000, "counts": "subscribers"}),
    ("en", "rose 7,000 in November", {"value": 7000}),
    ("en", "to 4.464 million people, or", {"value": 4.464e6, "counts": "people"}),
    ("en", "sales rose 2% to $11.1bn", {"value": 2, "unit": "percent"}),
    ("en", "jumped 76% to $1.13bn (£600m)", {"value": 76, "unit": "percent"}),
    ("en", "exceeding $86m (£46m).", {"value": 86e6, "unit": "USD"}),
    ("en", "profit of £21.5m on", {"value": 21.5e6, "unit": "GBP"}),
    ("en", "will pay 481.42m yuan ($58.16m", {"value": 481.42e6, "unit": "CNY"}),
    ("en", "trading at 105.28 yen, after", {"value": 105.28, "unit": "JPY"}),
    ("en", "a fine of €500,000 was", {"value": 500_000, "unit": "EUR"}),
    ("en", "cost 20,479.5bn yen in trade", {"value": 20479.5e9, "unit": "JPY"}),
    ("en", "sold 12.3 million copies", {"value": 12.3e6, "counts": "copies"}),
    (
        "en",
        "produced 14.27 million tonnes of crops",
        {"value": 14.27e6, "unit": "ton", "counts": "crops"},
    ),
    ("en", "89,000 tonnes of fortified food", {"value": 89000, "unit": "ton"}),
    ("en", "an order for 70 Boeing planes", {"value": 70}),
    ("en", "by some 4%. Analysts", {"value": 4, "qualifier": "approx", "unit": "percent"}),
    ("en", "growth of around 5%, and", {"value": 5, "qualifier": "approx"}),
    # Signs, glued and compound units, rates, durations.
    ("en", "a balance of minus 10 in the survey", {"value": -10, "text": "minus 10"}),
    ("en", "prices changed by -3% last month", {"value": -3, "unit": "percent"}),
    ("en", "World 5000m champion Kipchoge", {"value": 5000, "unit": "m"}),
    ("en", "my 60m world indoor silver", {"value": 60, "unit": "m"}),
    ("en", "raised 37m euros from investors", {"value": 37e6, "unit": "EUR"}),
    ("en", "a 10kW turbine", {"value": 10, "unit": "kW"}),
    ("en", "speeds of 30Mbps for homes", {"value": 30, "unit": "Mbps"}),
    ("en", "inflation rose to 24pc in May", {"value": 24, "unit": "percent"}),
    ("en", "a 25-yard drive", {"value": 25, "unit": "yard"}),
    ("en", "a nine-year sentence", {"value": 9, "unit": "year"}),
    ("en", "processed in 52 days", {"value": 52, "unit": "day"}),
    ("en", "topping $50 a barrel at one point", {"value": 50, "unit": "USD/barrel"}),
    ("en", "for £4.99 per month or", {"value": 4.99, "unit": "GBP/month"}),
    ("en", "costs $1 per track", {"value": 1, "unit": "USD/track"}),
    ("en", "£20,000 a year, compared", {"value": 20000, "unit": "GBP/year"}),
    ("en", "down from £610m a year earlier", {"value": 610e6, "unit": "GBP"}),
    ("en", "Arsenal 3-0 on Sunday after Chelsea beat", {"low": 3, "high": 0, "unit": "score"}),
    # Changes and ranges; "one" that counts.
    (
        "en",
        "profits rose from $5m to $7m in",
        {"qualifier": "change", "low": 5e6, "high": 7e6, "value": 7e6, "unit": "USD"},
    ),
    ("en", "children aged from 5 to 11 years", {"qualifier": "range", "low": 5, "high": 11}),
    ("en", "the index fell 0.4 percent to 13,176", {"value": 0.4, "unit": "percent"}),
    ("en", "print two or three pictures", {"qualifier": "range", "low": 2, "high": 3}),
    ("en", "though only one episode aired", {"value": 1, "counts": "episode"}),
    ("en", "shares closed at 97p on Friday", {"value": 0.97, "unit": "GBP"}),
    ("en", "costs 70p per track", {"value": 0.7, "unit": "GBP/track"}),
    (
        "en",
        "shares fell from 97p ($1.87) to 44p",
        {"qualifier": "change", "low": 0.97, "high": 0.44, "unit": "GBP"},
    ),
    ("en", "nearly tripled to more than 300 staff", {"value": 300, "qualifier": "more_than"}),
    ("en", "at least 20 people died", {"value": 20, "qualifier": "at_least", "counts": "people"}),
    ("en", "fewer than 100 seats", {"value": 100, "qualifier": "less_than"}),
    ("en", "up to 500 jobs could go", {"value": 500, "qualifier": "at_most", "counts": "jobs"}),
    ("en", "over 10,000 fans", {"value": 10000, "qualifier": "more_than", "counts": "fans"}),
    ("en", "about 2,000 staff", {"value": 2000, "qualifier": "approx"}),
    ("en", "almost £3bn was", {"value": 3e9, "qualifier": "approx", "unit": "GBP"}),
    ("en", "between 7,000 and 8,000 annually", {"low": 7000, "high": 8000, "qualifier": "range"}),
    ("en", "spending 10 to 15 hours a day", {"low": 10, "high": 15, "unit": "hour"}),
    ("en", "a 3% to 3.5% improvement", {"low": 3, "high": 3.5, "unit": "percent"}),
    (
        "en",
        "was a seasonally-adjusted 0.7-0.8%, ahead",
        {"low": 0.7, "high": 0.8, "unit": "percent"},
    ),
    ("en", "within the 2-3% target range", {"low": 2, "high": 3, "unit": "percent"}),
    (
        "en",
        "support the 10-20 million subscribers",
        {"low": 10e6, "high": 20e6, "counts": "subscribers"},
    ),
    ("en", "twenty-five thousand workers", {"value": 25000, "counts": "workers"}),
    ("en", "the four Britons freed", {"value": 4, "counts": "Britons"}),
    ("en", "three years, accused", {"value": 3, "unit": "year"}),
    ("en", "capable of one trillion calculations", {"value": 1e12, "counts": "calculations"}),
    ("en", "after selling a million in the US", {"value": 1e6}),
    ("en", "half a million people", {"value": 500_000, "counts": "people"}),
    (
        "en",
        "among millions of TV viewers and",
        {"low": 1e6, "high": 999_999_999, "counts": "TV viewers"},
    ),
    (
        "en",
        "hundreds of thousands of people",
        {"low": 200_000, "high": 999_999, "counts": "people"},
    ),
    ("en", "tens of thousands of jobs", {"low": 20_000, "high": 99_999, "counts": "jobs"}),
    ("en", "dozens of firms", {"low": 24, "high": 99, "qualifier": "vague", "counts": "firms"}),
    ("en", "billions of dollars in", {"low": 1e9, "unit": "USD", "qualifier": "vague"}),
    ("en", "several hundred staff", {"low": 200, "high": 999}),
    (
        "en",
        "two-thirds of the voters",
        {"value": 2 / 3, "qualifier": "fraction", "counts": "voters"},
    ),
    ("en", "half of all new homes", {"value": 0.5, "qualifier": "fraction"}),
    ("en", "a quarter of its staff", {"value": 0.25, "qualifier": "fraction", "counts": "staff"}),
    ("en", "60% of its total annual budget", {"value": 60, "counts": "total annual budget"}),
    ("en", "a three-fold rise", {"value": 3, "qualifier": "ratio"}),
    ("en", "five times more likely", {"value": 5, "qualifier": "ratio"}),
    ("en", "cut rates by 25 basis points", {"value": 25, "unit": "basis_point"}),
    ("en", "lost to Williams 1-6, 4-6 in", {"low": 1, "high": 6, "unit": "score"}),
    ("en", "rejected in a 2-1 decision", {"low": 2, "high": 1, "unit": "score"}),
    ("en", "Chelsea beat Arsenal 3-0 on", {"low": 3, "high": 0, "unit": "score"}),
    ("en", "profits of 1,500 or more", {"value": 1500, "qualifier": "at_least"}),
]


def _check(quantity: Quantity, expected: dict[str, Any]) -> None:
    for key, want in expected.items():
        got = getattr(quantity, key)
        if isinstance(want, float | int) and not isinstance(want, bool):
            assert got == pytest.approx(want), (key, quantity)
        else:
            assert got == want, (key, quantity)


@pytest.mark.parametrize(("lang", "text", "expected"), FORMS, ids=[f[1][:40] for f in FORMS])
def test_reads_real_world_forms(lang: str, text: str, expected: dict[str, Any]) -> None:
    found = find_quantities(text, lang)
    assert found, text
    _check(found[0], expected)
    if "value" in expected and expected.get("qualifier") not in ("range", "vague", "change"):
        assert found[0].low == found[0].high == found[0].value


def test_form_table_is_large() -> None:
    assert len(FORMS) >= 150


def test_span_covers_the_qualifier_and_points_into_the_text() -> None:
    text = "NIS: Korea Utara memberikan lebih dari 13.000 kontainer berisi peluru."
    (quantity,) = find_quantities(text, "id")
    assert quantity.text == "lebih dari 13.000"
    assert text[quantity.span[0] : quantity.span[1]] == quantity.text
    assert quantity.counts_span is not None
    assert text[quantity.counts_span[0] : quantity.counts_span[1]] == "kontainer"


def test_a_list_yields_each_figure_with_its_noun() -> None:
    found = find_quantities("sekitar 11.000 tentara, rudal, 200 artileri jarak jauh dan", "id")
    assert [(q.value, q.qualifier, q.counts) for q in found] == [
        (11000, "approx", "tentara"),
        (200, "exact", "artileri jarak jauh"),
    ]


def test_possessive_counts_the_noun() -> None:
    (quantity,) = find_quantities("mengirim 30.000 tentaranya ke Rusia", "id")
    assert quantity.counts == "tentara"
    assert quantity.counts_span == (16, 23)


def test_malay_reads_indonesian_vocabulary() -> None:
    (quantity,) = find_quantities("kerugian RM2.5 bilion tahun lalu", "ms")
    assert quantity.unit == "MYR"
    assert quantity.value == pytest.approx(2.5e9)


# -- not quantities ------------------------------------------------------------------------------

NEGATIVES = [
    ("en", "amid reports of a rift between the two men"),
    ("en", "The two firms tried and failed to merge"),
    ("id", "Bayern tampil dengan formasi 4 - 2 - 3 - 1, Madrid (4-3-3)"),
    ("id", "pada Jumat (21 - 04 - 2017) pagi"),
    ("id", "yang dibenahi adalah (1) perizinan, (2) koordinasi, dan (3) gugatan"),
    ("id", "gerai yang mirip dengan 7 - Eleven itu"),
    ("en", "a revamped version of its 3-Series saloon"),
    ("id", "pada tahun 2022 dan"),
    ("id", "sejak 2005. Kerjasama itu"),
    ("id", "periode 2016 – 2021. Ia"),
    ("id", "RPJMN 2015-2019 yang dipatok"),
    ("id", "Jakarta, Jumat (8/5). Kolonel"),
    ("id", "Senin (21/10/2024) memanggil"),
    ("id", "Kamis (18/8 / 2016), Henry"),
    ("id", "antara 8 dan 13 Oktober,"),
    ("id", "antara tanggal 8 dan 13 Oktober"),
    ("id", "pada 11 Februari, saat"),
    ("id", "berlangsung pada 9 - 11 September 2016."),
    ("id", "tanggal 19, 20 sampai 21 November 1945."),
    ("id", "mulai pukul 07.00 hingga 10.00 WIB,"),
    ("id", "sekitar pukul 6.15 pagi, Jumat"),
    ("id", "pukul 19.30, 21.00 dan 22.00 WIB."),
    ("id", "pada 10.30 WIB tadi"),
    ("id", "call center 021 - 6546316 atau"),
    ("id", "nomor 08111967016, kata"),
    ("id", "NIP 19670315 1988031020."),
    ("id", "Pasal 2 ayat"),
    ("id", "UU Nomor 1 Tahun 2023 tentang"),
    ("id", "surat No. 12 dari"),
    ("id", "pph 22 atas transaksi"),
    ("id", "Perang Dunia II berakhir"),
    ("id", "HUT ke-80 TNI"),
    ("id", "di menit ke - 55. Umpan"),
    ("id", "Android 7.1.1 Nougat"),
    ("id", "dalam versi 2.1.3 yang"),
    ("id", "rudal KN-23 buatan"),
    ("id", "KTT G20 di Bali"),
    ("id", "pandemi Covid-19 melanda"),
    ("id", "pesawat MH370 hilang"),
    ("id", "jaringan 5G di kota"),
    ("id", "era 1990an ketika"),
    ("id", "salah satu eksportir"),
    ("id", "satu sama lain"),
    ("id", "satu-satunya jalan"),
    ("id", "seorang pejabat dan sebuah laporan"),
    ("id", "dalam beberapa bulan ke depan"),
    ("id", "NPWP 03.275.487.1 - 014.000"),
    ("id", "+62 812 5555 0000"),
    ("en", "in 2004, up from 2003"),
    ("en", "due for release on May 19, 2006 in"),
    ("en", "held on 14, 20 and 27 April."),
    ("en", "at 10:30 on Monday"),
    ("en", "one of the leading providers"),
    ("en", "no one knew"),
    ("en", "the first half of the year"),
    ("en", "in the fourth quarter of 2004"),
    ("en", "the 3G mobile phone"),
    ("en", "iTunes version 4.7.1. The"),
    ("en", "since 1998/9. Correcting"),
    ("en", "ordered Boeing 737-800 planes"),
    ("en", "after 9/11 and"),
    # Figures inside names.
    ("en", "He told BBC Radio 4's Today programme"),
    ("en", "Anastacia, Maroon 5 and Ludacris"),
    ("en", "the production of the Rover 25 to China"),
    ("en", "ahead of the RBS Six Nations and"),
    ("en", "televised on BBC Four on Saturday"),
    ("en", "According to Il Sole 24 Ore, the paper"),
    ("en", "with the likes of Halo 2 and others"),
    ("en", "it is only one of many"),
    ("en", "- Jonathan Ross, Film 2005: Film - The Aviator"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES, ids=[n[1][:40] for n in NEGATIVES])
def test_not_quantities(lang: str, text: str) -> None:
    assert find_quantities(text, lang) == []


def test_excluded_spans_yield_nothing() -> None:
    text = "Pada 8 Desember 500 orang datang"
    found = find_quantities(text, "id", exclude=[(5, 15)])
    assert [q.value for q in found] == [500]
    assert find_quantities(text, "id", exclude=[(0, len(text))]) == []


# -- robustness ----------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["id", "ms", "en"]))
def test_arbitrary_text_never_raises(text: str, lang: str) -> None:
    for quantity in find_quantities(text, lang):
        start, end = quantity.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == quantity.text


_NUMERIC = st.text(alphabet="0123456789.,- %ribujtRp$\n", max_size=200)


@settings(max_examples=300, deadline=None)
@given(_NUMERIC, st.sampled_from(["id", "en"]))
def test_numeric_soup_never_raises(text: str, lang: str) -> None:
    for quantity in find_quantities(text, lang):
        assert text[quantity.span[0] : quantity.span[1]] == quantity.text


def _adversarial(kind: str, size: int = 1_000_000) -> str:
    rng = random.Random(kind)
    if kind == "random":
        return "".join(rng.choice("0123456789.,  ") for _ in range(size))
    unit = {"dots": "1.", "commas": "1,", "spaces": "1 ", "groups": "1.000,", "dashes": "1-"}[kind]
    return unit * (size // len(unit))


# Linear work is a few seconds per megabyte; catastrophic backtracking would take hours. The
# margin covers busy CI machines.
@pytest.mark.timeout(60)
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("kind", ["random", "dots", "commas", "spaces", "groups", "dashes"])
def test_adversarial_megabyte_completes(kind: str, lang: str) -> None:
    assert isinstance(find_quantities(_adversarial(kind), lang), list)


# -- the reference articles ----------------------------------------------------------------------


@pytest.mark.corpus
def test_every_gold_claim_quantity_is_found(seeds_dir: Path, gold: dict[str, Any]) -> None:
    missing = []
    for claim in gold["claims"]:
        text = (seeds_dir / f"{claim['article']}.txt").read_text(encoding="utf-8")
        where = text.find(claim["where"])
        assert where >= 0, claim["where"]
        value = claim["value"]
        low, high = value if isinstance(value, list) else (value, value)
        hits = [
            q
            for q in find_quantities(text, "id")
            if q.span[0] < where + len(claim["where"])
            and q.span[1] > where
            and q.low == pytest.approx(low)
            and q.high == pytest.approx(high)
            and q.qualifier == claim["qualifier"]
        ]
        if not hits:
            missing.append(claim["where"])
        elif hits[0].unit == "count" and claim["counts"]:
            head = claim["counts"].split()[0].lower()
            assert head in (hits[0].counts or "").lower(), (claim["where"], hits[0].counts)
    assert missing == []


@pytest.mark.corpus
def test_corpus_sample_spans_are_consistent(corpus_dir: Path) -> None:
    import json

    for path in sorted(corpus_dir.glob("*.jsonl")):
        lang = "en" if path.name.startswith("en_") else "id"
        with path.open(encoding="utf-8") as fh:
            for _, line in zip(range(200), fh, strict=False):
                text = json.loads(line)["text"]
                for quantity in find_quantities(text, lang):
                    assert text[quantity.span[0] : quantity.span[1]] == quantity.text


def test_a_move_to_a_level_is_two_figures() -> None:
    """ "fell 0.4 percent to 13,176": the move and the level, not a range from one to the other."""
    found = find_quantities("The Nikkei fell 0.4 percent to 13,176 on Friday.", "en")
    assert [(q.value, q.unit, q.qualifier) for q in found] == [
        (0.4, "percent", "exact"),
        (13176, "count", "exact"),
    ]


def test_a_capitalised_minor_unit_is_a_name_not_money() -> None:
    """ "50 Cent" is a rapper: only the lower-case word is the currency's hundredths."""
    assert all(q.unit != "USD" for q in find_quantities("a single by 50 Cent topped it", "en"))


def test_a_currency_per_currency_is_an_exchange_rate() -> None:
    assert unit_kind("IDR/USD") == "exchange_rate"
    assert unit_kind("USD/barrel") == "money"
    assert unit_kind("IDR") == "money"
    assert unit_kind("percent") == "percent"


def test_a_rate_counts_nothing_after_its_denominator() -> None:
    text = "turun menjadi Rp1.894.000 per gram dari harga sebelumnya"
    found = find_quantities(text, "id")
    assert found[0].unit == "IDR/g"
    assert found[0].counts is None
