"""Everyday wordings of a charge or a rebuke that name the accused by a phrasal verb,
a judgement reported in speech, a charge told by "charged that", or blame laid
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary


def _coded(extractor: Extractor, text: str) -> set[tuple[str, ...]]:
    return summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran hit out at Iraq on Monday over the border raids.", ("ACCUSE", "IRN", "IRQ")),
        ("Kuwait railed against Iraq's new oil quotas.", ("ACCUSE", "KWT", "IRQ")),
        ("Tehran took aim at Baghdad over the detentions.", ("ACCUSE", "IRN", "IRQ")),
        ("Kuwait took issue with Iraq's claims to the islands.", ("ACCUSE", "KWT", "IRQ")),
        ("Kuwait complained to Iraq about the shelling.", ("ACCUSE", "KWT", "IRQ")),
        ("Iran faulted Iraq for the collapse of the talks.", ("ACCUSE", "IRN", "IRQ")),
        ("Iran pointed the finger at Iraq for the bombing.", ("ACCUSE", "IRN", "IRQ")),
    ],
)
def test_a_phrasal_rebuke_accuses_the_one_it_names(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in _coded(extractor, text)


def test_regret_over_a_claim_is_a_charge_not_an_apology(extractor: Extractor) -> None:
    # the "to" of "claims to the islands" is no state the regret is told to
    found = _coded(extractor, "Kuwait expressed deep regret over Iraq's claims to the islands.")
    assert ("ACCUSE", "KWT", "IRQ") in found
    assert not any(event[0] == "CONCEDE" for event in found)


def test_regret_told_to_a_state_is_still_an_apology(extractor: Extractor) -> None:
    found = _coded(extractor, "Iraq expressed regret to Kuwait over the deaths of two guards.")
    assert ("CONCEDE", "IRQ", "KWT") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the judgement is the adjective of the noun said of the act
        ("Tehran said the Iraqi sanctions were a hostile act.", ("ACCUSE", "IRN", "IRQ")),
        ("Tehran said Iraq's drills were a rehearsal for war.", ("ACCUSE", "IRN", "IRQ")),
        # an act named by an object the lexicon lists
        (
            "Iraq described Kuwait's leaflet campaign as a grave provocation.",
            ("ACCUSE", "IRQ", "KWT"),
        ),
    ],
)
def test_a_judgement_reported_in_speech_accuses_the_doer(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in _coded(extractor, text)


def test_arms_supplied_as_charged_are_an_accusation(extractor: Extractor) -> None:
    found = _coded(extractor, "Washington charged that Iran had supplied drones to Russia.")
    assert ("ACCUSE", "USA", "IRN") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait held Iraq responsible for the deaths of the two guards.",
        # read by the parser as "holds [that] Iraq [is] responsible"
        "Kuwait holds Iraq responsible for the crisis.",
    ],
)
def test_blame_laid_for_a_deed_is_a_charge(extractor: Extractor, text: str) -> None:
    found = _coded(extractor, text)
    assert ("ACCUSE", "KWT", "IRQ") in found
    assert ("THREATEN", "KWT", "IRQ") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait will hold Iraq responsible for any provocation.",
        "Kuwait said it holds Iraq responsible for all the consequences.",
    ],
)
def test_blame_promised_for_what_is_to_come_is_a_threat(extractor: Extractor, text: str) -> None:
    found = _coded(extractor, text)
    assert ("THREATEN", "KWT", "IRQ") in found
    assert ("ACCUSE", "KWT", "IRQ") not in found


def test_a_warning_that_provocations_will_not_go_unpunished_is_a_threat(
    extractor: Extractor,
) -> None:
    found = _coded(extractor, "Tehran warned that Iraq's provocations would not go unpunished.")
    assert ("THREATEN", "IRN", "IRQ") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the "of" of a charge noun is the one charged
        ("Kuwait's condemnation of Iraq came on Tuesday.", ("ACCUSE", "KWT", "IRQ")),
        ("On Tuesday, Iran voiced criticism of Iraq.", ("ACCUSE", "IRN", "IRQ")),
        ("Kuwait's condemnation of Iraq's raid came within hours.", ("ACCUSE", "KWT", "IRQ")),
        ("Iran was sharply critical of Iraq on Monday.", ("ACCUSE", "IRN", "IRQ")),
        # the speaker blames the one said to raise tensions
        ("Tehran said Baghdad was fuelling tensions in the Gulf.", ("ACCUSE", "IRN", "IRQ")),
        # an insult said of a state's officer, read by the parser as an apposition
        ("Tehran called Iraq's president a fool.", ("ACCUSE", "IRN", "IRQ")),
        # "according to" names who makes the charge
        ("According to Kuwait, Iraq violated the ceasefire.", ("ACCUSE", "KWT", "IRQ")),
    ],
)
def test_a_charge_told_by_a_noun_an_adjective_or_a_source(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in _coded(extractor, text)


def test_a_person_described_in_an_aside_is_still_called(extractor: Extractor) -> None:
    found = _coded(extractor, "Blinken called Wang Yi, a close adviser to Xi, on Tuesday.")
    assert ("CONSULT", "USA", "CHN") in found
    assert not any(event[0] == "ACCUSE" for event in found)


def test_tensions_raised_in_the_reporters_words_are_no_charge(extractor: Extractor) -> None:
    assert not _coded(extractor, "The Iraqi launch raised tensions with Kuwait.")


def test_regret_over_the_deaths_of_anothers_people_is_owned_to_their_state(
    extractor: Extractor,
) -> None:
    found = _coded(extractor, "Iraq expressed regret over the deaths of two Iranian guards.")
    assert ("CONCEDE", "IRQ", "IRN") in found
    assert ("ACCUSE", "IRQ", "IRN") not in found


def test_a_rebuke_of_a_rival_at_home_is_aimed_at_no_state(extractor: Extractor) -> None:
    # Iran's last act told is against Iraq, but the policy criticised is that of
    # Iran's own former government
    text = (
        "Five Iraqi drones crossed the border into Iran on Monday. Tehran sent its own"
        " drones across the border in response. Iran's president criticised the previous"
        " government's policy."
    )
    found = _coded(extractor, text)
    assert ("COERCE", "IRN", "IRQ") in found
    assert not any(event[0] == "ACCUSE" for event in found)


def test_an_apology_for_a_failing_of_ones_own_is_owed_to_no_state(
    extractor: Extractor,
) -> None:
    text = (
        "Five Iraqi drones crossed the border into Iran on Monday. Tehran sent its own"
        " drones across the border in response. Iran's defence ministry apologised for the"
        " failure to down the aircraft."
    )
    found = _coded(extractor, text)
    assert ("COERCE", "IRN", "IRQ") in found
    assert not any(event[0] == "CONCEDE" and event[2] is not None for event in found)


def test_a_charge_over_an_act_whose_doer_was_not_found_falls_on_no_one_else(
    extractor: Extractor,
) -> None:
    # the deployment is Iraq's, told in a passive the extractor codes nothing for;
    # Kuwait's possible arms supply, told last, is no deployment
    text = (
        "Some 2,000 Iraqi soldiers have been deployed to Syria's border region. Kuwait said"
        " it could consider supplying weapons to Syria. Iran called the deployment a"
        " dangerous escalation."
    )
    found = _coded(extractor, text)
    assert ("AID", "KWT", "SYR") in found
    assert ("ACCUSE", "IRN", "KWT") not in found


def test_a_charge_against_drills_is_aimed_at_those_its_relative_clause_says_began_them(
    extractor: Extractor,
) -> None:
    # the drills are told after the charge, in its object's relative clause
    text = "Iran denounced the naval exercises which Iraq and Kuwait began on Monday."
    found = _coded(extractor, text)
    assert {("ACCUSE", "IRN", "IRQ"), ("ACCUSE", "IRN", "KWT")} <= found


def test_a_claim_not_accepted_is_refused_to_its_maker(extractor: Extractor) -> None:
    text = (
        "Iraq accused Kuwait of starting the clash. Kuwait did not accept that claim."
        " Iran accepted the explanation."
    )
    found = _coded(extractor, text)
    assert ("REJECT", "KWT", "IRQ") in found
    assert not any(event[1] == "IRN" for event in found)  # an account accepted: no event


def test_one_a_state_accused_in_a_relative_clause_with_no_pronoun_is_accused(
    extractor: Extractor,
) -> None:
    # "an official it accused of ...": the official is the object the clause leaves out
    text = "Iran imposed sanctions on an Iraqi official it accused of smuggling arms to Syria."
    found = _coded(extractor, text)
    assert {("SANCTION", "IRN", "IRQ"), ("ACCUSE", "IRN", "IRQ")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait said Iraq had broken its promise to withdraw.",
        "Kuwait said Iraq had betrayed the spirit of the accord.",
    ],
)
def test_a_promise_broken_told_by_another_state_is_its_charge(
    extractor: Extractor, text: str
) -> None:
    assert ("ACCUSE", "KWT", "IRQ") in _coded(extractor, text)


def test_breaking_a_deadlock_is_no_charge(extractor: Extractor) -> None:
    found = _coded(extractor, "Kuwait and Iraq broke the deadlock in their border talks.")
    assert not any(event[0] == "ACCUSE" for event in found)


@pytest.mark.parametrize(
    "text",
    [
        'Iran called the Kuwaiti-led push for sanctions "laughable".',
        "Iran called Kuwait's push for sanctions laughable.",
        "Iran called Kuwait's proposal a farce.",
    ],
)
def test_a_push_or_a_proposal_called_absurd_is_a_charge_against_its_maker(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("ACCUSE", "IRN", "KWT") in found
