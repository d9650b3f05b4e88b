"""Everyday wordings of exchanges halted and pacts left: reunions halted, talks and
drills called off, workers pulled out of a shared site, a pact one is "no longer
bound by", people repatriated (sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary


def _coded(extractor: Extractor, text: str) -> set[tuple[str, ...]]:
    return summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))


def _dated(extractor: Extractor, text: str) -> set[tuple[str, ...]]:
    return summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "date"))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # family reunions are held by the two Koreas together: halted, from the other
        ("Seoul halted the reunions of separated families.", ("SANCTION", "KOR", "PRK")),
        ("The North abruptly called off the family reunions.", ("SANCTION", "PRK", "KOR")),
        ("Tehran called off the talks with Baghdad.", ("SANCTION", "IRN", "IRQ")),
        # the "of" of "out of" names the shared site
        (
            "South Korea pulled its workers out of the Kaesong industrial park.",
            ("SANCTION", "KOR", "PRK"),
        ),
    ],
)
def test_an_exchange_halted_or_called_off_is_a_sanction_on_the_other_side(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in _coded(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait pulled out of the talks with Iraq.",
        "Kuwait broke off talks with Iraq.",
        "Kuwait halted negotiations with Iraq on Monday.",
    ],
)
def test_talks_left_or_broken_off_are_cut_with_the_other_side(
    extractor: Extractor, text: str
) -> None:
    assert ("SANCTION", "KWT", "IRQ") in _coded(extractor, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kuwait closed its embassy in Baghdad on Monday.", ("SANCTION", "KWT", "IRQ")),
        ("Kuwait plans to reopen its embassy in Iraq in June.", ("COOPERATE", "KWT", "IRQ")),
    ],
)
def test_a_mission_closed_or_reopened_is_aimed_at_the_state_it_stands_in(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in _coded(extractor, text)


def test_drills_called_off_are_held_back_not_a_sanction(extractor: Extractor) -> None:
    found = _coded(extractor, "The United States and South Korea called off their joint drills.")
    assert ("RETREAT", "USA", "PRK") in found
    assert not any(event[0] == "SANCTION" for event in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Iran said on Tuesday it was no longer bound by a February agreement with Iraq.",
            ("SANCTION", "IRN", "IRQ", "2024-05-14"),
        ),
        (
            "Iran declared on Thursday it would no longer abide by its 2018 pact with Iraq.",
            ("SANCTION", "IRN", "IRQ", "2024-05-09"),
        ),
        # the pact told before names the partner; the withdrawal is the saying's day
        (
            "Iran and Iraq signed a border pact in 2018. "
            "Iran said on Thursday it was no longer bound by the pact.",
            ("SANCTION", "IRN", "IRQ", "2024-05-09"),
        ),
    ],
)
def test_a_pact_one_is_no_longer_bound_by_is_left(
    extractor: Extractor, text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in _dated(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran said on Tuesday it was no longer bound by the ceasefire agreement it signed"
        " with Iraq.",
        "Iran scrapped on Tuesday the border pact that it signed with Iraq.",
        "On Tuesday Iran quit the accord it had signed with Iraq.",
    ],
)
def test_a_pact_left_is_left_by_the_parties_its_relative_clause_names(
    extractor: Extractor, text: str
) -> None:
    found = _dated(extractor, text)
    assert ("SANCTION", "IRN", "IRQ", "2024-05-14") in found
    # the signing was before, on a day not told: not the day the pact was left
    assert not any(event[0] == "AGREE" for event in found)


def test_a_step_told_under_a_named_pact_is_promised_to_its_other_party(
    extractor: Extractor,
) -> None:
    text = "Pyongyang froze its plutonium programme under the 1994 accord."
    assert ("RETREAT", "PRK", "USA") in _coded(extractor, text)


def test_the_year_of_an_armistice_does_not_date_leaving_it(extractor: Extractor) -> None:
    found = _dated(
        extractor, "Iraq declared on Tuesday it was no longer bound by the 1953 armistice."
    )
    assert [event[3] for event in found if event[0] == "SANCTION"] == ["2024-05-14"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it would abide by the deal with Iraq.",
        "Iran is bound by its pact with Iraq.",
    ],
)
def test_a_pact_kept_is_not_left(extractor: Extractor, text: str) -> None:
    assert not any(event[0] == "SANCTION" for event in _coded(extractor, text))


def test_people_repatriated_are_released_to_their_state(extractor: Extractor) -> None:
    found = _coded(extractor, "Iran repatriated six Iraqis on Monday.")
    assert ("RETREAT", "IRN", "IRQ") in found


def test_the_allies_are_those_whose_joint_drill_was_called_off(extractor: Extractor) -> None:
    found = _coded(
        extractor,
        "Last summer the Pentagon called off a large exercise with South Korea. "
        "The allies said on Monday that they would also end their spring drills.",
    )
    assert ("RETREAT", "USA", "PRK") in found
    assert ("RETREAT", "KOR", "PRK") in found  # the allies: the partner holds back too


@pytest.mark.parametrize(
    "text",
    [
        "Iranian and Iraqi troops trained together near the border.",
        "Iranian troops drilled jointly with Iraqi forces on Monday.",
    ],
)
def test_forces_training_together_cooperate(extractor: Extractor, text: str) -> None:
    assert ("COOPERATE", "IRN", "IRQ") in _coded(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Iraq pledged to work together on border security.",
        "Iran and Iraq vowed to fight terrorism together.",
    ],
)
def test_states_pledging_to_work_together_will_cooperate(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality"))
    assert ("COOPERATE", "IRN", "IRQ", "future") in found


def test_forces_training_alone_cooperate_with_no_one(extractor: Extractor) -> None:
    assert not any(
        e[0] == "COOPERATE" for e in _coded(extractor, "Iranian troops trained near Iraq.")
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Iraq allowed three Kuwaiti prisoners to return home in March 1991.", "1991-03"),
        ("Iraq let the families of two Kuwaiti captives leave for Kuwait in May 1992.", "1992-05"),
    ],
)
def test_people_let_go_are_released_when_they_go(extractor: Extractor, text: str, day: str) -> None:
    assert ("RETREAT", "IRQ", "KWT", day) in _dated(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran pledged to give up its nuclear weapons in return for security guarantees "
        "from the United States.",
        "Iran offered to give up its nuclear weapons in exchange for Washington's "
        "security guarantees.",
        # ("from" hung on "return")
        "Iran froze its reactor in 2004 in return for fuel oil from the United States.",
    ],
)
def test_arms_offered_in_a_bargain_are_given_up_to_the_other_side(
    extractor: Extractor, text: str
) -> None:
    assert ("RETREAT", "IRN", "USA") in _coded(extractor, text)


def test_people_told_of_before_and_freed_are_released_to_their_state(
    extractor: Extractor,
) -> None:
    text = "Iran detained two Kuwaiti fishermen in March. It freed them on Tuesday."
    assert ("RETREAT", "IRN", "KWT") in _coded(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea scrapped the Comprehensive Military Agreement in November 2023.",
        # the names news most often gives it
        "North Korea scrapped the 2018 military agreement in November 2023.",
        "North Korea scrapped the inter-Korean military pact in November 2023.",
    ],
)
def test_a_pact_left_by_its_name_is_left_toward_its_other_party(
    extractor: Extractor, text: str
) -> None:
    assert ("SANCTION", "PRK", "KOR", "2023-11") in _dated(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "An Iraqi soldier shot dead a Kuwaiti tourist at the border in July 2008, and"
        " Kuwait suspended the tours.",
        "In 2010, Kuwait blamed Iraq for sinking a patrol boat and cut off most trade.",
    ],
)
def test_a_link_cut_with_no_partner_named_is_cut_with_whom_it_answers(
    extractor: Extractor, text: str
) -> None:
    assert ("SANCTION", "KWT", "IRQ") in _coded(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea abolished three inter-Korean agencies.",
        "The North dissolved the inter-Korean committees for reunification.",
    ],
)
def test_bodies_for_dealing_with_the_other_korea_dissolved_close_a_channel(
    extractor: Extractor, text: str
) -> None:
    assert ("SANCTION", "PRK", "KOR") in _coded(extractor, text)


def test_a_body_of_ones_own_dissolved_is_no_sanction(extractor: Extractor) -> None:
    assert not _coded(extractor, "Iran dissolved its committee on education.")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Seoul stopped its propaganda broadcasts on Monday.", ("RETREAT", "KOR", "PRK")),
        ("Pyongyang halted its propaganda broadcasts on Monday.", ("RETREAT", "PRK", "KOR")),
    ],
)
def test_propaganda_broadcasts_halted_by_one_korea_are_held_back_from_the_other(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    assert event in _coded(extractor, text)
    # another state's propaganda names no Korea
    assert not _coded(extractor, "Moscow halted its propaganda broadcasts on Monday.") - {
        ("RETREAT", "RUS", None)
    }


def test_channels_one_korea_cuts_with_no_partner_named_are_with_the_other(
    extractor: Extractor,
) -> None:
    assert ("SANCTION", "PRK", "KOR") in _coded(
        extractor, "Seoul wants to reopen the dialogue channels that Pyongyang cut off in 2023."
    )


@pytest.mark.parametrize(
    "text", ["Iran halted its missile tests.", "Iran froze its missile testing last year."]
)
def test_tests_halted_are_no_tests(extractor: Extractor, text: str) -> None:
    assert not {e for e in _coded(extractor, text) if e[0] == "MOBILIZE"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tehran decided on Monday to suspend the tours to Iraq.", "2024-05-13"),
        # the decision noun's own day dates the halt
        (
            "Baghdad called Tehran's decision on Monday to suspend the tours to Iraq a"
            " hostile act.",
            "2024-05-13",
        ),
    ],
)
def test_a_halt_takes_effect_the_day_it_is_decided(
    extractor: Extractor, text: str, day: str
) -> None:
    found = summary(
        extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("SANCTION", "IRN", "IRQ", "asserted", day) in found


def test_a_halt_decided_for_a_later_day_is_still_to_come(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "Tehran decided on Monday to suspend the tours to Iraq from next month.",
        "2024-05-15",
        ("type", "actor", "recipient", "modality"),
    )
    assert ("SANCTION", "IRN", "IRQ", "future") in found
    assert ("SANCTION", "IRN", "IRQ", "asserted") not in found


def test_preparations_halted_for_an_exchange_halt_it(extractor: Extractor) -> None:
    text = "Iraq halted preparations for the fuel shipments to Kuwait in late March."
    assert ("SANCTION", "IRQ", "KWT") in _coded(extractor, text)


def test_forces_pulling_back_over_a_line_retreat_from_the_side_they_answer(
    extractor: Extractor,
) -> None:
    text = (
        "A Kuwaiti warship opened fire on an Iraqi patrol boat. The Iraqi boat then withdrew"
        " to its side of the line."
    )
    assert ("RETREAT", "IRQ", "KWT") in _coded(extractor, text)
    # withdrawing from a place is no step back from anyone
    assert not _coded(extractor, "Iraqi troops withdrew from Basra.")


@pytest.mark.parametrize(
    "text",
    [
        "Iran halted its strikes on Iraq on Sunday.",
        "Iran said on Sunday that it would stop its attacks on Iraq.",
        "Iran said on Sunday it would pause its shelling of Iraqi towns.",
        "Iran ended its bombing of Iraq on Sunday.",
        "Iran called off its offensive against Iraq on Sunday.",
    ],
)
def test_attacks_halted_are_a_step_back_not_an_attack_or_a_threat(
    extractor: Extractor, text: str
) -> None:
    found = _coded(extractor, text)
    assert ("RETREAT", "IRN", "IRQ") in found
    assert not any(event[0] in ("ASSAULT", "THREATEN") for event in found)


@pytest.mark.parametrize(
    "text",
    [
        # the parser reads "student home" as one noun
        "Iran sent the Iraqi student home in a coma on Tuesday.",
        "Iraqi student Ali Hassan was arrested in Iran in 2016. He died in June last year,"
        " days after Iran sent him home in a coma.",
    ],
)
def test_a_person_sent_home_is_released(extractor: Extractor, text: str) -> None:
    assert ("RETREAT", "IRN", "IRQ") in _coded(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The death of Iran's leader has left the talks in doubt.",
        "Iran's decision left the accord intact.",
    ],
)
def test_talks_or_a_pact_left_in_some_state_are_not_walked_out_of(
    extractor: Extractor, text: str
) -> None:
    assert not {e for e in _coded(extractor, text) if e[0] == "SANCTION"}
    # leaving them is still leaving them
    assert ("SANCTION", "IRN") in {e[:2] for e in _coded(extractor, "Iran left the talks in 2009.")}
