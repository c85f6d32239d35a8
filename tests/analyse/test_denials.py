"""Denials and refusals to confirm, from short hand-written sentences."""

from __future__ import annotations

import re

import pytest

from telusur.analyse.claims.denials import apply_denials, find_denials
from telusur.analyse.pipeline import analyse
from telusur.clean import clean
from telusur.records import Claim, Mention, RawItem

NAMES = {
    "Moskow": ("GPE", "Rusia"),
    "Pyongyang": ("GPE", "Korea Utara"),
    "Rusia": ("GPE", "Rusia"),
    "NIS": ("ORG", "NIS"),
    "NATO": ("ORG", "NATO"),
    "Dmitry Peskov": ("PER", "Dmitry Peskov"),
    "Kremlin": ("GPE", "Rusia"),
    "The ministry": ("ORG", "Ministry of Defence"),
    "Budi Santoso": ("PER", "Budi Santoso"),
    "Ani Lestari": ("PER", "Ani Lestari"),
    "Dinas Kesehatan": ("ORG", "Dinas Kesehatan"),
    "Kementerian Sosial": ("ORG", "Kementerian Sosial"),
    "Apex": ("ORG", "Apex"),
    "Reuters": ("ORG", "Reuters"),
}


def _mentions(text: str) -> list[Mention]:
    out = []
    for name, (kind, canonical) in NAMES.items():
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            out.append(Mention((m.start(), m.end()), name, kind, canonical))
    return sorted(out, key=lambda m: m.span)


def _claim(text: str, figure: str, sentence: tuple[int, int]) -> Claim:
    at = text.index(figure)
    return Claim(
        (at, at + len(figure)),
        sentence,
        900.0,
        900.0,
        900.0,
        "exact",
        "count",
        "tentara",
        "troops",
        "Korea Utara",
        ["media"],
        None,
        None,
        None,
        "asserted",
    )


def test_both_parties_decline_to_confirm() -> None:
    text = "Baik Moskow maupun Pyongyang tidak mengonfirmasi pengerahan itu."
    [d] = find_denials(text, "id", [(0, len(text))], _mentions(text), [])
    assert d.kind == "not_confirmed"
    assert d.by == ["Rusia", "Korea Utara"]


def test_outright_denial_by_a_spokesman() -> None:
    text = "Juru bicara Kremlin Dmitry Peskov membantah laporan itu."
    [d] = find_denials(text, "id", [(0, len(text))], _mentions(text), [])
    assert d.kind == "denial"
    assert d.by == ["Dmitry Peskov"]


def test_refusing_a_call_is_not_a_denial() -> None:
    text = "Rusia menolak seruan untuk berunding."
    assert find_denials(text, "id", [(0, len(text))], _mentions(text), []) == []


def test_not_confirming_the_report_just_made_leaves_it_unconfirmed() -> None:
    text = "Media melaporkan 900 tentara dikirim. NIS tidak segera mengkonfirmasi laporan tersebut."
    sentences = [(0, 37), (38, len(text))]
    claim = _claim(text, "900", sentences[0])
    denials = find_denials(text, "id", sentences, _mentions(text), [claim])
    assert [d.by for d in denials] == [["NIS"]]
    [updated] = apply_denials(text, "id", sentences, [claim], denials)
    assert updated.status == "unconfirmed"


def test_a_denial_about_something_else_leaves_claims_alone() -> None:
    text = "Media melaporkan 900 tentara dikirim. NATO belum mengonfirmasi pengiriman pasukan."
    sentences = [(0, 37), (38, len(text))]
    claim = _claim(text, "900", sentences[0])
    denials = find_denials(text, "id", sentences, _mentions(text), [claim])
    assert [
        updated.status for updated in apply_denials(text, "id", sentences, [claim], denials)
    ] == ["asserted"]


def test_english_denial_and_could_not_confirm() -> None:
    text = "The ministry denied the report. NATO could not confirm the figures."
    sentences = [(0, 31), (32, len(text))]
    found = find_denials(text, "en", sentences, _mentions(text), [])
    assert [(d.kind, d.by) for d in found] == [
        ("denial", ["Ministry of Defence"]),
        ("not_confirmed", ["NATO"]),
    ]


def _found(text: str, lang: str) -> list[tuple[str, list[str]]]:
    """(kind, by) of each denial in a text split into sentences at full stops."""
    sentences, start = [], 0
    for end in [
        i + 1
        for i, ch in enumerate(text)
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " ")
    ]:
        sentences.append((start, end))
        start = end + 1
    return [(d.kind, d.by) for d in find_denials(text, lang, sentences, _mentions(text), [])]


def test_an_admission_is_not_a_denial() -> None:
    assert _found("Budi Santoso tidak membantah kabar itu.", "id") == []
    assert _found("Ani Lestari did not deny the report.", "en") == []


def test_declining_to_comment_is_not_confirming() -> None:
    assert _found("Kementerian Sosial enggan berkomentar soal angka tersebut.", "id") == [
        ("not_confirmed", ["Kementerian Sosial"])
    ]
    assert _found("Apex declined to comment on the figures.", "en") == [("not_confirmed", ["Apex"])]


def test_a_report_called_false_is_denied_by_whoever_says_so() -> None:
    assert _found("“Kabar itu tidak benar,” kata Budi Santoso.", "id") == [
        ("denial", ["Budi Santoso"])
    ]
    assert _found("Budi Santoso memastikan kabar kenaikan harga itu adalah hoaks.", "id") == [
        ("denial", ["Budi Santoso"])
    ]
    assert _found('"The claims are untrue," said Ani Lestari.', "en") == [
        ("denial", ["Ani Lestari"])
    ]


def test_something_described_as_false_denies_nothing() -> None:
    assert _found("Warga termakan kabar tidak benar soal banjir.", "id") == []
    assert _found("Polisi menangkap dua penyebar hoaks di Medan.", "id") == []
    assert _found("Ani Lestari is known for her no-nonsense style.", "en") == []


def test_a_pronoun_denies_for_the_person_who_spoke_last() -> None:
    text = "Budi Santoso mengatakan stok beras aman. Ia membantah laporan kelangkaan beras."
    assert _found(text, "id") == [("denial", ["Budi Santoso"])]
    text = "Ani Lestari said sales rose. She denied reports of job cuts."
    assert _found(text, "en") == [("denial", ["Ani Lestari"])]


def test_a_self_reference_in_reported_speech_is_the_speaker() -> None:
    text = "Budi Santoso mengatakan, pihaknya sama sekali tidak meminta jabatan menteri."
    assert _found(text, "id") == [("denial", ["Budi Santoso"])]


def test_a_feeling_after_a_firm_negation_is_no_denial() -> None:
    text = "Ani Lestari mengatakan, dirinya sama sekali tidak menyangka akan menang."
    assert _found(text, "id") == []


def test_the_head_of_an_apposition_denies() -> None:
    text = "Budi Santoso, Kepala Dinas Kesehatan, membantah angka itu."
    assert _found(text, "id") == [("denial", ["Budi Santoso"])]
    text = "Apex's spokesman Budi Santoso declined to comment."
    assert _found(text, "en") == [("not_confirmed", ["Budi Santoso"])]


def test_a_passive_denial_is_made_by_its_agent() -> None:
    assert _found("Kabar itu dibantah oleh Dinas Kesehatan.", "id") == [
        ("denial", ["Dinas Kesehatan"])
    ]
    assert _found("Kabar itu segera dibantah Budi Santoso.", "id") == [("denial", ["Budi Santoso"])]
    assert _found("The report was denied by Apex.", "en") == [("denial", ["Apex"])]


def test_parrying_a_ball_or_refusing_a_player_is_no_denial() -> None:
    assert _found("Kiper Budi Santoso menepis bola dengan sigap.", "id") == []
    assert _found("A late tackle denied Apex a famous win.", "en") == []
    assert _found("The referee denied him a penalty.", "en") == []
    assert _found("Apex rejected the offer.", "en") == []


def test_an_unverified_report_is_the_speakers_non_confirmation() -> None:
    text = "“Jumlah korban belum dapat dipastikan,” kata Budi Santoso."
    assert _found(text, "id") == [("not_confirmed", ["Budi Santoso"])]
    text = "Reuters could not independently verify the figure."
    assert _found(text, "en") == [("not_confirmed", ["Reuters"])]
    assert _found("The figure could not be verified.", "en") == []  # no party behind it


def test_a_clause_that_leaves_its_subject_out_takes_the_sentences() -> None:
    text = "Ani Lestari plans to run again but refused to confirm the date."
    assert _found(text, "en") == [("not_confirmed", ["Ani Lestari"])]


def test_dismissing_as_and_neither_confirming_nor_denying() -> None:
    assert _found("Ani Lestari dismissed the reports as nonsense.", "en") == [
        ("denial", ["Ani Lestari"])
    ]
    assert _found("Apex would neither confirm nor deny the report.", "en") == [
        ("not_confirmed", ["Apex"])
    ]


def test_disagreeing_with_a_claim_is_a_denial_but_opposing_a_plan_is_not() -> None:
    text = "Budi Santoso tidak setuju dengan anggapan bahwa harga naik."
    assert _found(text, "id") == [("denial", ["Budi Santoso"])]
    assert _found("Budi Santoso tidak setuju dengan rencana itu.", "id") == []
    assert _found("Apex hit back at claims of job cuts.", "en") == [("denial", ["Apex"])]


def test_a_long_lead_dense_with_titles_is_no_headline_and_its_agent_is_the_named_officer() -> None:
    text = (
        "JAKARTA - Soal pernyataan Wakil Ketua DPP Partai Hanura kubu Ambhara, Sudewo bersama"
        " kuasa hukumnya, Adhiwarman sudah melaporkan Ketua Umum Partai Hanura, Oesman Sapta"
        " Odang ke kantor Bareskrim Mabes Polri, Senin (22/1) dibantah oleh Kepala Bagian"
        " Penerangan Umum Divisi Humas Polri Kombes Martinus Sitompul\n\nMenurut Martinus, tidak"
        " ada laporan."
    )
    item = RawItem(text=text, origin="t", format="txt", id="t", published="2018-01-23")
    denials = analyse(clean(item)).denials
    assert any(d.by == ["Martinus Sitompul"] for d in denials), denials


def test_reports_whose_content_is_called_inaccurate_are_denied() -> None:
    found = _found(
        "Shani Rhys James said reports that she had likened the government to Hitler were"
        " inaccurate.",
        "en",
    )
    assert found == [("denial", ["Shani Rhys James"])]


def test_insisting_on_a_negation_and_giving_no_assurance() -> None:
    assert _found("Tony Blair has insisted he has done no deals over the premiership.", "en") == [
        ("denial", ["Tony Blair"])
    ]
    assert _found(
        "Euronext said there can be no assurances at this stage that any offer will be made.",
        "en",
    ) == [("not_confirmed", ["Euronext"])]
    assert _found("Michael Howard was forced to deny the cabinet was split.", "en") == [
        ("denial", ["Michael Howard"])
    ]


def test_silence_evasion_and_never_having_done_it() -> None:
    assert _found("Kepala Dinas Budi Santoso masih bungkam soal angka kerugian itu.", "id") == [
        ("not_confirmed", ["Budi Santoso"])
    ]
    assert _found("PT Maju Jaya belum memberikan keterangan terkait jumlah korban.", "id") == [
        ("not_confirmed", ["PT Maju Jaya"])
    ]
    assert _found("Andi Wijaya mengaku tidak pernah menerima uang itu.", "id") == [
        ("denial", ["Andi Wijaya"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The Home Office said the claims were "wholly inaccurate".',
        "Labour insisted it had no plans to raise taxes.",
        "Shell said it did not recognise the figures.",
    ],
)
def test_english_rejections_in_other_words(text: str) -> None:
    assert [kind for kind, _ in _found(text, "en")] == ["denial"]


@pytest.mark.parametrize(
    ("text", "lang", "by"),
    [
        ("Apex would not say how many jobs would go.", "en", "Apex"),
        ("Apex has yet to comment on the figures.", "en", "Apex"),
        ("Apex refused to be drawn on the figures.", "en", "Apex"),
        ("A spokesman for Apex said it could not comment.", "en", "Apex"),
        ("Budi Santoso belum dapat menyebutkan apakah mobil itu disita.", "id", "Budi Santoso"),
        ("Budi Santoso enggan mengungkap identitas kedua pelaku.", "id", "Budi Santoso"),
        ("Budi Santoso belum mau berkomentar soal angka itu.", "id", "Budi Santoso"),
    ],
)
def test_a_refusal_or_negation_before_a_verb_of_telling_declines_to_confirm(
    text: str, lang: str, by: str
) -> None:
    assert _found(text, lang) == [("not_confirmed", [by])]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Apex refused to give up on the deal.", "en"),
        ("I can't say I was pleased with the result.", "en"),
        ("Budi Santoso menolak membayar denda itu.", "id"),
        ("Merokok tidak dibenarkan di ruangan itu.", "id"),
    ],
)
def test_a_refusal_of_something_other_than_telling_declines_nothing(text: str, lang: str) -> None:
    assert _found(text, lang) == []


def test_a_confirming_verb_in_the_passive_is_the_speakers_non_confirmation() -> None:
    text = "Kepala BNPB Budi Santoso mengatakan jumlah korban belum dapat dipastikan."
    assert _found(text, "id") == [("not_confirmed", ["Budi Santoso"])]


@pytest.mark.parametrize(
    ("text", "lang", "by"),
    [
        ("Budi Santoso insisted he had done no deals.", "en", "Budi Santoso"),
        ("Apex insists there is no shortfall.", "en", "Apex"),
        ("Budi Santoso menegaskan tidak ada rencana menaikkan pajak.", "id", "Budi Santoso"),
        ("Budi Santoso mengaku tidak tahu soal dana itu.", "id", "Budi Santoso"),
    ],
)
def test_insisting_on_a_firm_negation_denies(text: str, lang: str, by: str) -> None:
    assert _found(text, lang) == [("denial", [by])]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Apex insisted it would not raise prices.", "en"),
        ("Budi Santoso menegaskan tidak akan menaikkan harga.", "id"),
    ],
)
def test_insisting_on_a_pledge_denies_nothing(text: str, lang: str) -> None:
    assert _found(text, lang) == []


def test_a_coordinated_denial_after_an_opening_phrase_is_its_clauses_subjects() -> None:
    text = (
        "During his second day in court Budi Santoso played down his ties with Ani Lestari and"
        " denied he met her."
    )
    assert _found(text, "en") == [("denial", ["Budi Santoso"])]


def test_saying_the_report_does_not_exist_denies_it() -> None:
    text = '"Tidak ada laporan polisi yang dibuat," kata Budi Santoso.'
    assert _found(text, "id") == [("denial", ["Budi Santoso"])]


def test_a_figure_describing_the_denier_is_not_what_is_denied() -> None:
    text = "Budi Santoso, who won five medals, denies using drugs."
    claim = _claim(text, "five", (0, len(text)))
    denials = find_denials(text, "en", [(0, len(text))], _mentions(text), [claim])
    assert [c.status for c in apply_denials(text, "en", [(0, len(text))], [claim], denials)] == [
        "asserted"
    ]


def test_a_headline_bare_verb_denies() -> None:
    assert _found("Kementerian Sosial bantah tudingan itu.", "id") == [
        ("denial", ["Kementerian Sosial"])
    ]


def test_saying_there_is_no_evidence_denies() -> None:
    text = "Budi Santoso menuduh Apex, seraya menyebut tidak ada bukti keterlibatan NATO."
    assert _found(text, "id") == [("denial", ["Budi Santoso"])]


def test_an_argument_rejected_in_the_passive_is_denied_by_its_agent() -> None:
    assert _found("This argument was rejected by Ani Lestari.", "en") == [
        ("denial", ["Ani Lestari"])
    ]


def test_refusing_to_answer_questions_is_not_confirming() -> None:
    assert _found("Ani Lestari refused to answer further questions on the issue.", "en") == [
        ("not_confirmed", ["Ani Lestari"])
    ]


def test_a_denying_word_inside_a_name_is_no_denial() -> None:
    text = "Pemprov DKI Bantah Potong Kabel Jaringan Internet."
    name = Mention((0, len(text) - 1), text[:-1], "ORG", text[:-1])
    assert find_denials(text, "id", [(0, len(text))], [name], []) == []


def test_a_lead_describing_who_denies_names_them_in_the_next_sentence() -> None:
    text = (
        "Reuters's closest ally has denied suggestions there will be a giveaway. Budi Santoso,"
        " a former adviser, said there would be none."
    )
    assert _found(text, "en")[0] == ("denial", ["Budi Santoso"])
    named = "Ani Lestari has met the ally, who denied it. Budi Santoso said nothing."
    assert ("denial", ["Budi Santoso"]) not in _found(named, "en")


def test_rejecting_a_contention_denies_it() -> None:
    assert _found("Ani Lestari rejected the contention that Apex dominated the market.", "en") == [
        ("denial", ["Ani Lestari"])
    ]


def test_declining_to_say_or_brushing_off_doubled_rumours() -> None:
    assert _found("Apex enggan mengatakan berapa unit yang terjual.", "id") == [
        ("not_confirmed", ["Apex"])
    ]
    assert _found("Ani Lestari menepis isu-isu miring soal Apex.", "id") == [
        ("denial", ["Ani Lestari"])
    ]


def test_a_spokesman_speaks_for_the_party_possessing_them() -> None:
    assert _found("Ani Lestari's official spokesman declined to say whether Apex paid.", "en") == [
        ("not_confirmed", ["Ani Lestari"])
    ]


def test_the_firm_declining_to_comment_is_the_body_last_credited() -> None:
    text = "Tesco reported profits of £5m on Monday. The firm has declined to comment on it."
    found = analyse(
        clean(RawItem(text=text, origin="t", format="txt", id="t", published="2025-11-04"))
    ).denials
    assert [(d.kind, d.by) for d in found] == [("not_confirmed", ["Tesco"])]


def test_the_chancellor_named_before_denies() -> None:
    text = "Gordon Brown spoke on Monday. The chancellor denied the claims."
    found = analyse(
        clean(RawItem(text=text, origin="t", format="txt", id="t", published="2025-11-04"))
    ).denials
    assert [(d.kind, d.by) for d in found] == [("denial", ["Gordon Brown"])]


def test_a_report_set_off_by_commas_called_untrue_is_denied() -> None:
    text = (
        '"Klaim soal artis kami, Jungkook, yang tersebar di media sosial adalah tidak benar,"'
        " kata Budi Santoso."
    )
    assert _found(text, "id") == [("denial", ["Budi Santoso"])]


@pytest.mark.parametrize(
    "sentence",
    [
        '"That is not true," said Ani Lestari.',
        "Ani Lestari said the claims were false.",
        "Ani Lestari said the figure was wrong.",
    ],
)
def test_a_report_called_false_is_denied_by_its_speaker(sentence: str) -> None:
    assert _found(sentence, "en") == [("denial", ["Ani Lestari"])]


def test_a_firm_typed_a_place_by_in_speaks_through_its_spokesman() -> None:
    """ "Shares in Marconi" reads like a place; "a Marconi spokesman" says it is a firm, and
    the firm is the one who denies."""
    text = (
        "Shares in Marconi rose 5% after a newspaper reported that it had cut 2,000 jobs. "
        "A Marconi spokesman denied the report."
    )
    item = RawItem(text=text, origin="t", format="txt", id="t", published="2005-01-10")
    result = analyse(clean(item))
    assert {m.type for m in result.entities if m.text == "Marconi"} == {"ORG"}
    assert [(d.kind, d.by) for d in result.denials] == [("denial", ["Marconi"])]


def test_a_report_dismissed_as_worthless_past_a_long_object_is_denied() -> None:
    assert _found("NATO has dismissed Apex's legal wrangling as meaningless.", "en") == [
        ("denial", ["NATO"])
    ]
    assert _found("Apex dismissed its chief executive as part of a shake-up.", "en") == []


def test_having_no_evidence_denies() -> None:
    assert _found("Ani Lestari said she had no evidence that the jobs had gone.", "en") == [
        ("denial", ["Ani Lestari"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ani Lestari said the company stands by its report.",
        '"I stand by everything I said," Ani Lestari said.',
    ],
)
def test_standing_by_what_was_said_denies_the_challenge(text: str) -> None:
    assert _found(text, "en") == [("denial", ["Ani Lestari"])]


def test_standing_by_a_person_denies_nothing() -> None:
    assert _found("Ani Lestari stood by her husband during the trial.", "en") == []


def test_a_speaker_defending_their_own_words_denies() -> None:
    assert _found("Ani Lestari said her comments were not racist.", "en") == [
        ("denial", ["Ani Lestari"])
    ]
    assert _found("Ani Lestari said her remarks were not only about pay.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Budi Santoso tidak lagi menampik kabar itu.", "id"),
        ("Budi Santoso tak bisa membantah kabar itu.", "id"),
        ("Ani Lestari did not even deny the report.", "en"),
        ("Ani Lestari has never publicly denied the report.", "en"),
    ],
)
def test_a_negation_a_word_before_a_denying_verb_still_admits(text: str, lang: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ani Lestari said Apex was wrong to suggest the plan had failed.",
        '"That\'s rubbish," Ani Lestari said.',
        'Ani Lestari said the allegations were "wholly unfounded".',
        "Ani Lestari insisted her attack on the plan was not a stunt.",
        "Ani Lestari derided the claims.",
        "Ani Lestari said the comment had been taken out of context.",
    ],
)
def test_english_rebuttals_deny(text: str) -> None:
    assert _found(text, "en") == [("denial", ["Ani Lestari"])]


@pytest.mark.parametrize(
    "text",
    [
        "Apex ridiculed over complaint.",
        "Ani Lestari said she expected unfounded applications to fall.",
        "Ani Lestari insisted her plan was not going to change.",
    ],
)
def test_english_look_alikes_of_rebuttals_deny_nothing(text: str) -> None:
    assert _found(text, "en") == []


def _analysed(text: str) -> list[tuple[str, list[str]]]:
    item = RawItem(text=text, origin="t", format="txt", id="t", published="2025-11-04")
    return [(d.kind, d.by) for d in analyse(clean(item)).denials]


@pytest.mark.parametrize(
    "text",
    [
        "Yingluck Shinawatra tidak hadir di sidang, Jumat. Ia membantah berbuat salah.",
        "Yingluck Shinawatra tidak hadir di sidang, Jumat. Perempuan 50 tahun itu sebelumnya"
        " membantah berbuat salah.",
    ],
)
def test_a_denial_before_anyone_spoke_is_the_person_named_before(text: str) -> None:
    assert _analysed(text) == [("denial", ["Yingluck Shinawatra"])]


def test_a_body_named_before_denies_as_it() -> None:
    text = (
        "The China Three Gorges Project Corp could now face a fine. Last week, it denied that"
        " its projects violated regulations."
    )
    assert _analysed(text) == [("denial", ["China Three Gorges Project Corp"])]


def test_judging_an_action_wrong_denies_nothing() -> None:
    assert _found("Ani Lestari said it was wrong to deny people the right to vote.", "en") == []


def test_declining_to_tell_in_ones_own_words_is_the_speakers_non_confirmation() -> None:
    text = '"Hasilnya belum bisa kami sampaikan," kata Budi Santoso.'
    assert _found(text, "id") == [("not_confirmed", ["Budi Santoso"])]
    text = "Ani Lestari said there was a meeting but the talks were confidential."
    assert _found(text, "en") == [("not_confirmed", ["Ani Lestari"])]


def test_declining_to_explain_when_asked_is_not_confirming() -> None:
    # the refusal has its verb of telling; "dikonfirmasi" after it is when it was asked
    text = (
        '"Segera kami umumkan," kata Budi Santoso. Namun, ia enggan menjelaskan lebih lanjut'
        " saat dikonfirmasi siapa tersangka barunya."
    )
    assert _found(text, "id") == [("not_confirmed", ["Budi Santoso"])]


def test_a_question_left_open_past_words_of_degree_is_not_confirming() -> None:
    text = "Budi Santoso tidak memberikan penjelasan lebih lanjut apakah statusnya tersangka."
    assert _found(text, "id") == [("not_confirmed", ["Budi Santoso"])]
    said = "Ani Lestari did not say exactly how many jobs would go."
    assert _found(said, "en") == [("not_confirmed", ["Ani Lestari"])]


def test_insisting_that_something_is_not_so_denies_it() -> None:
    assert _found("Budi Santoso menegaskan Ani Lestari bukanlah bandar narkoba.", "id") == [
        ("denial", ["Budi Santoso"])
    ]
    # "bukan tanpa alasan", "bukan hanya": the negation is undone
    assert _found("Budi Santoso mengaku bukan tanpa alasan memilih kereta.", "id") == []


def test_a_report_called_against_the_facts_is_denied_by_its_speaker() -> None:
    text = '"Kabar itu tidak sesuai fakta," kata Budi Santoso.'
    assert _found(text, "id") == [("denial", ["Budi Santoso"])]


def test_a_role_with_a_body_in_it_points_back_at_the_person() -> None:
    # the candidate for the body, not the body, denies
    text = (
        '"Kami mendukung pemerintah," ujar Ani Lestari. Calon pimpinan Kementerian Sosial'
        " itu juga membantah adanya transaksi politik."
    )
    assert _found(text, "id") == [("denial", ["Ani Lestari"])]


def test_a_downright_lie_is_a_report_called_false() -> None:
    text = '"To call that a cut is at worst a downright lie," said Budi Santoso.'
    assert _found(text, "en") == [("denial", ["Budi Santoso"])]


def test_a_report_called_false_inside_quotation_marks_is_denied() -> None:
    text = 'Budi Santoso said that the article was "false and misleading" as it claimed.'
    assert _found(text, "en") == [("denial", ["Budi Santoso"])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Apex argues it is not liable for the tax.", [("denial", ["Apex"])]),
        # an argument about what ought to be, or a negation inside a noun phrase
        ("Ani Lestari argued that ministers should not have a veto.", []),
        ("Apex argues that the price of not investing will be felt.", []),
    ],
)
def test_arguing_a_firm_negation_denies(text: str, found: list[tuple[str, list[str]]]) -> None:
    assert _found(text, "en") == found


def test_a_peer_named_with_his_territory_denies_as_one_person() -> None:
    text = "Former minister Lord Roberts of Conwy denied security services were involved."
    assert _analysed(text) == [("denial", ["Lord Roberts of Conwy"])]


def test_a_theory_questioned_by_a_title_and_its_name_is_denied_by_the_named() -> None:
    text = (
        "Mr Llwyd's theory has also been questioned by Plaid Cymru's former President,"
        " Dafydd Wigley."
    )
    assert _analysed(text) == [("denial", ["Dafydd Wigley"])]
