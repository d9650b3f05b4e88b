"""Press briefings told as a transcript: a question is the reporter's, an answer the
briefer's own words for the briefer's state (transcripts written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.briefings import asks, is_transcript, speaker_label
from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

OPENING = (
    "BAGHDAD, March 6 -- A foreign ministry spokesperson took questions from"
    " reporters at the ministry's regular press conference on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Q: What is Iraq's position?", "Q"),
        ("QUESTION: So you don't accept that?", "QUESTION"),
        ("MS. DOE: No, we don't.", "MS. DOE"),
        ("A: We oppose it.", "A"),
        ("BAGHDAD, March 6 -- A spokesperson took questions.", None),
        ("Iraq said: we oppose it.", None),
        ("UPDATE 2: Iraq protests", None),
        # a foreign ministry's own style: the briefer's name, and "Question"
        ("Maria Zakharova: We have answered this.", "Maria Zakharova"),
        ("Question: Is a visit being prepared?", "Question"),
        ("The foreign ministry of Iraq said: we oppose it.", None),
    ],
)
def test_a_turn_opens_with_its_speakers_label(paragraph: str, label: str | None) -> None:
    assert speaker_label(paragraph) == label


def test_a_transcript_has_both_questions_and_answers() -> None:
    assert is_transcript("Q: Why now?\n\nA: Because.")
    assert not is_transcript("NOTE: Iraq fired a missile.\n\nIraq fired a missile.")
    assert asks("QUESTION") and asks("Question") and not asks("MS. DOE")


def test_an_answer_is_the_briefers_states_on_the_briefing_day(extractor: Extractor) -> None:
    text = OPENING + (
        "Q: Iran fired a ballistic missile on Saturday. What is Iraq's position?\n\n"
        "A: We firmly oppose Iran's missile launch. We urge Iran to stop its tests."
    )
    found = summary(extractor, text, "2017-03-06", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "IRQ", "IRN", "2017-03-06") in found
    assert ("REQUEST", "IRQ", "IRN", "2017-03-06") in found


def test_an_answer_is_not_dated_by_the_objections_a_question_recalls(
    extractor: Extractor,
) -> None:
    # the question's objections take Friday from its meeting; the answer opposes now
    text = OPENING + (
        "Q: Iraq's foreign minister met Kuwait's foreign minister on Friday. Iraq has"
        " repeatedly voiced objections to Iran's missile tests. What is your response?\n\n"
        "A: We firmly oppose Iran's missile tests."
    )
    found = summary(extractor, text, "2017-03-06", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "IRQ", "IRN", "2017-03-06") in found


def test_the_states_a_question_names_do_not_answer_it(extractor: Extractor) -> None:
    text = OPENING + (
        "Q: Kuwait's foreign minister said on Sunday that Iran must stop its tests."
        " Does Iraq agree?\n\n"
        "A: We hope all parties will show restraint. We oppose Iran's missile launch."
    )
    found = summary(extractor, text, "2017-03-06")
    assert ("ACCUSE", "IRQ", "IRN") in found
    assert ("ACCUSE", "KWT", "IRN") not in found


def test_an_answer_labelled_with_the_briefers_name_is_the_briefers_state(
    extractor: Extractor,
) -> None:
    # the opening names no briefer; the answer's label does, and acts in nothing
    text = (
        "Answers to media questions\n\n"
        "Question: How do you assess the drills?\n\n"
        "Maria Zakharova: From November 13 to 15 Iraq and Kuwait held joint drills."
        " This bloc policy undermines security, and we condemn it."
    )
    found = summary(extractor, text, "2024-11-20")
    assert ("ACCUSE", "RUS", "IRQ") in found
    assert not {f for f in found if f[1] == "RUS" and f[0] != "ACCUSE"}


def test_a_past_act_the_briefer_tells_of_another_is_of_its_own_day(extractor: Extractor) -> None:
    # "He" is the minister who phoned over the weekend, not the briefer speaking today
    text = OPENING + (
        "A: Good afternoon. I want to start with Iran. Last Friday, Iran fired a ballistic"
        " missile that came down near our border.\n\n"
        "Over the weekend, Iraq's foreign minister spoke by phone with Kuwait's foreign"
        " minister. He reaffirmed our support for Kuwait's security.\n\n"
        "Q: Does Baghdad expect another launch?\n\n"
        "A: We are watching closely."
    )
    found = summary(extractor, text, "2023-03-06", ("type", "actor", "recipient", "date"))
    assert ("SUPPORT", "IRQ", "KWT", "2023-03-04") in found


def test_a_turn_labelled_by_a_news_agency_or_ending_in_a_question_is_asked(
    extractor: Extractor,
) -> None:
    assert asks("AFP") and asks("Reuters") and not asks("Mao Ning")
    assert asks("Bloomberg", "Bloomberg: Iran tested a missile. Any comment?")
    # so "we" in the answer is the briefer's state, not the states the question told of
    text = OPENING + (
        "Bloomberg: Kuwait and Qatar announced yesterday that they would upgrade"
        " their alliance. Does Iraq have any comment?\n\n"
        "SPOKESPERSON: We urge Kuwait and Qatar to stop hyping up the so-called Iraqi"
        " threat."
    )
    found = summary(extractor, text, "2024-04-11", ("type", "actor", "recipient"))
    assert {e for e in found if e[0] == "REQUEST"} == {
        ("REQUEST", "IRQ", "KWT"),
        ("REQUEST", "IRQ", "QAT"),
    }
