"""Acts under a condition: what an "if" supposes is no event, what it governs is
possible, and a promise conditioned on an attack is a pledge (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary
from tests.extract.test_modality import _moods


def test_a_negated_condition_stays_a_condition(extractor: Extractor) -> None:
    text = "Turkey warned of action if Syria does not withdraw its troops from Turkey's posts."
    # not a refusal to withdraw (negated), nor a withdrawal: a supposed act, no event
    assert _moods(extractor, text, "RETREAT") == set()


@pytest.mark.parametrize(
    ("text", "supposed"),
    [
        (
            "Iran said it would strike Israel if the United States dares to attack Iran.",
            ("ASSAULT", "USA", "IRN"),
        ),
        (
            "Should Israel attack Iran, the Iranian army will strike back.",
            ("ASSAULT", "ISR", "IRN"),
        ),
        ("Should Israel hold talks with Iran, Turkey will protest.", ("CONSULT", "ISR", "IRN")),
        (
            "Should Israel decide to impose sanctions on Iran, Turkey will protest.",
            ("SANCTION", "ISR", "IRN"),
        ),
        (
            "\"Should the U.S. infringe upon even an inch of Iran's territory, the army will"
            ' not hesitate to strike," the Iranian general said.',
            ("COERCE", "USA", "IRN"),
        ),
    ],
)
def test_an_act_only_supposed_by_a_condition_is_no_event(
    extractor: Extractor, text: str, supposed: tuple[str, str, str]
) -> None:
    found = {e[:3] for e in summary(extractor, text, "2022-03-14", ("type", "actor", "recipient"))}
    assert supposed not in found
    # nor is the inverted "should" of the condition a demand of the U.S.
    assert not {e for e in found if e[0] == "REQUEST"}


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Iran said it will not hesitate to strike Israel.", "future"),
        ("Iran hesitated to strike Israel.", "negated"),
        ("Iran said it will strike Israel unless Israel withdraws its troops.", "hypothetical"),
        (
            "Iran said it would strike Israel if the United States dares to attack Iran.",
            "hypothetical",
        ),
        (
            "\"Should Israel infringe upon even an inch of Iran's territory, the Iranian army"
            ' will not hesitate to strike Israel," the general said.',
            "hypothetical",
        ),
    ],
)
def test_a_strike_promised_outright_or_on_a_condition(
    extractor: Extractor, text: str, mood: str
) -> None:
    # "not hesitate to" affirms; a condition makes the promised act hypothetical
    assert _moods(extractor, text, "ASSAULT") == {mood}


def test_a_concession_is_no_condition(extractor: Extractor) -> None:
    # "whether or not" does not make the main act hypothetical
    text = "Iran will continue its missile tests whether or not Israel imposes sanctions."
    assert _moods(extractor, text, "MOBILIZE") == {"future"}


def test_a_defence_pacts_promise_of_help_if_attacked_is_to_come(extractor: Extractor) -> None:
    text = (
        "Iran and Syria signed a mutual defence pact on Wednesday, pledging to help each"
        " other if either is attacked."
    )
    assert _moods(extractor, text, "AID") == {"future"}


def test_supplying_arms_weighed_whether_to_is_a_possibility(extractor: Extractor) -> None:
    text = "Turkey said it would review whether to supply weapons to Ukraine."
    assert _moods(extractor, text, "AID") == {"hypothetical"}


def test_a_participle_beside_a_refusals_own_object_is_done(extractor: Extractor) -> None:
    # not a gerund the refusal takes as its act ("rejected meeting Kim"): a vow made
    text = (
        "Iran rejected the resolution on Monday, calling it a violation of its sovereignty"
        " and vowing revenge on the United States."
    )
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality"))
    assert ("THREATEN", "IRN", "USA", "asserted") in found


def test_a_plan_being_examined_may_or_may_not_come(extractor: Extractor) -> None:
    text = "Iran said on Monday it was examining a plan to send troops to Syria."
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality"))
    assert ("AID", "IRN", "SYR", "hypothetical") in found


def test_an_act_in_a_time_clause_of_what_must_be_done_is_still_to_come(
    extractor: Extractor,
) -> None:
    # "before Iran withdraws": the present tense of a time clause under "must"
    text = "Iran said Iraq must lift sanctions before Iran withdraws its troops from Kuwait."
    assert _moods(extractor, text, "RETREAT") == {"future"}


def test_a_strike_after_a_should_condition_with_two_verbs_is_supposed(
    extractor: Extractor,
) -> None:
    # the parser joins "will strike" to "persist ... and reject" as a third verb
    text = (
        "Should Kuwait persist in its groundless claims and reject the joint probe, the"
        " army and people of Iraq will strike at the Kuwaiti palace."
    )
    assert _moods(extractor, text, "ASSAULT") == {"hypothetical"}
