"""Fights told as one incident: who fired at whom, and on which day (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

PARTIES_DATE = ("type", "actor", "recipient", "date")


def test_fire_that_hit_a_states_vessel_is_aimed_at_that_state(extractor: Extractor) -> None:
    text = (
        "An Iranian boat opened fire without warning, hitting the bridge of an Iraqi patrol craft."
    )
    found = summary(extractor, text, "2002-06-30")
    assert ("ASSAULT", "IRN", "IRQ") in found


def test_shooting_back_is_aimed_at_who_fired_first(extractor: Extractor) -> None:
    text = "An Iranian boat opened fire on Iraqi vessels. Iraqi boats shot back for 20 minutes."
    found = summary(extractor, text, "2002-06-30")
    assert {("ASSAULT", "IRN", "IRQ"), ("ASSAULT", "IRQ", "IRN")} <= found


def test_the_deeds_of_a_fights_account_are_of_the_fights_day(extractor: Extractor) -> None:
    # the lead reports Sunday's reactions; the account tells Saturday's clash
    text = (
        "Iraq on Sunday demanded that Iran apologize for a naval gunfight.\n\n"
        "The clash on Saturday morning was the deadliest between the two navies in years.\n\n"
        "According to Iraq's account, two Iranian patrol boats crossed the sea border near"
        " Fao. One of the Iranian boats opened fire on an Iraqi patrol craft, and Iraqi"
        " boats shot back for 20 minutes."
    )
    found = summary(extractor, text, "2002-06-30", PARTIES_DATE)
    assert ("REQUEST", "IRQ", "IRN", "2002-06-30") in found
    assert {
        ("ASSAULT", "IRN", "IRQ", "2002-06-29"),
        ("ASSAULT", "IRQ", "IRN", "2002-06-29"),
    } <= found
    assert ("ASSAULT", "IRN", "IRQ", "2002-06-30") not in found


def test_a_fight_a_day_before_the_warning_told_is_the_day_before(extractor: Extractor) -> None:
    # the parser hangs "a day" on the "after" of the clause
    text = (
        "Iran warned on Saturday that the talks could fall through.\n\n"
        "The warning came a day after troops of Iran and Iraq traded machine-gun fire."
    )
    found = summary(extractor, text, "2014-10-11", PARTIES_DATE)
    fire = {e for e in found if e[0] == "ASSAULT"}
    assert fire == {
        ("ASSAULT", "IRN", "IRQ", "2014-10-10"),
        ("ASSAULT", "IRQ", "IRN", "2014-10-10"),
    }


@pytest.mark.parametrize(
    ("before", "aimed_at"),
    [
        ("Iran shelled an Iraqi border post on Thursday.", "IRN"),
        # a partner's visit is nothing readied against
        ("Iran's president visited Baghdad on Thursday.", None),
    ],
)
def test_forces_readied_after_a_foes_act_are_readied_against_it(
    extractor: Extractor, before: str, aimed_at: str | None
) -> None:
    text = f"{before} On Friday, Iraq's president put frontline units on a war footing."
    found = summary(extractor, text, "2015-08-22")
    assert ("MOBILIZE", "IRQ", aimed_at) in found


def test_the_two_sides_that_exchange_fire_are_those_at_odds(extractor: Extractor) -> None:
    # not the last two to meet
    text = (
        "Iraq accused Iran on Tuesday of planting mines on the border. Iraq's president met"
        " Kuwait's emir on Wednesday. On Thursday, the two sides exchanged artillery fire."
    )
    found = summary(extractor, text, "2015-08-22")
    assert {("ASSAULT", "IRQ", "IRN"), ("ASSAULT", "IRN", "IRQ")} <= found
    assert not any("KWT" in e for e in found if e[0] == "ASSAULT")


def test_rounds_fired_toward_a_states_forces_are_an_attack_on_it(extractor: Extractor) -> None:
    text = "Iraqi troops fired about 40 rounds from heavy machine guns toward Kuwaiti guard posts."
    assert ("ASSAULT", "IRQ", "KWT") in summary(extractor, text, "2019-10-11")
    # a missile fired toward a state is a launch, no attack
    text = "Iraq fired a ballistic missile toward Kuwait on Monday."
    assert ("ASSAULT", "IRQ", "KWT") not in summary(extractor, text, "2019-10-11")


@pytest.mark.parametrize(
    "answer",
    [
        "Iraqi marines answered with around 80 rounds from howitzers.",
        "Iraqi troops responded with artillery fire.",
    ],
)
def test_an_answer_with_rounds_is_fire_at_whoever_fired_first(
    extractor: Extractor, answer: str
) -> None:
    text = f"Iranian guns fired 170 shells at an Iraqi island on Tuesday. {answer}"
    found = summary(extractor, text, "1996-10-10", ("type", "actor", "recipient", "date"))
    assert ("ASSAULT", "IRQ", "IRN", "1996-10-08") in found


@pytest.mark.parametrize(("dateline", "hurt"), [("TEHRAN (Reuters) -- ", "IRN"), ("", None)])
def test_a_local_person_is_of_the_state_the_report_is_from(
    extractor: Extractor, dateline: str, hurt: str | None
) -> None:
    text = (
        f"Iran proposes talks\n\n{dateline}Iran proposed talks with Iraq on Thursday.\n\n"
        "In September last year, a local fisheries official was killed by Iraq's military"
        " near the sea border."
    )
    found = summary(extractor, text, "2021-07-30", ("type", "actor", "recipient"))
    assert (("ASSAULT", "IRQ", hurt) in found) is (hurt is not None)


@pytest.mark.parametrize(
    ("dateline", "attack", "hurt"),
    [
        (
            "BAGHDAD (AP) -- ",
            "An Iranian artillery barrage killed two soldiers and a farmer",
            "IRQ",
        ),
        ("", "An Iranian artillery barrage killed two soldiers and a farmer", None),
        # the attacker is the report's own state, or the place is elsewhere
        ("BAGHDAD (AP) -- ", "Iraqi artillery killed two soldiers", None),
        ("BAGHDAD (AP) -- ", "Iranian missiles killed ten civilians in Kharkiv", None),
    ],
)
def test_people_no_state_names_are_of_the_state_the_report_is_from(
    extractor: Extractor, dateline: str, attack: str, hurt: str | None
) -> None:
    text = f"Border clash\n\n{dateline}{attack} on Tuesday, officials said."
    found = summary(extractor, text, "1996-10-09", ("type", "recipient", "date"))
    assaults = [f for f in found if f[0] == "ASSAULT"]
    assert assaults == ([("ASSAULT", hurt, "1996-10-08")] if hurt else [])


def test_forces_entering_another_states_territory_coerce_it(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "Iranian troops entered Kuwaiti territory on Tuesday.",
        "2024-05-15",
        ("type", "actor", "recipient"),
    )
    assert found == {("COERCE", "IRN", "KWT")}
    # a delegation crossing for talks forces nothing on anyone
    assert not summary(
        extractor,
        "The Iranian delegation entered Kuwaiti territory for the talks.",
        "2024-05-15",
        ("type", "actor", "recipient"),
    )


def test_more_rounds_fired_with_no_aim_go_on_at_the_side_last_shelled(
    extractor: Extractor,
) -> None:
    text = (
        "On Jan. 5, Iraqi coastal artillery fired about 200 rounds into Kuwaiti waters."
        " The Iraqis fired more than 60 rounds the next day."
    )
    found = summary(extractor, text, "2024-02-06", ("type", "actor", "recipient", "date"))
    assert ("ASSAULT", "IRQ", "KWT", "2024-01-06") in found


def test_rounds_fired_with_no_aim_after_none_were_aimed_stay_a_drill(
    extractor: Extractor,
) -> None:
    text = "Iraqi artillery fired about 200 rounds on Jan. 5 during a drill."
    found = summary(extractor, text, "2024-02-06", ("type", "actor", "recipient"))
    assert ("MOBILIZE", "IRQ", None) in found


def test_a_count_gapped_with_a_day_of_its_own_is_the_act_again_that_day(
    extractor: Extractor,
) -> None:
    text = (
        "On Jan. 5, Iraqi coastal artillery fired about 200 rounds into Kuwaiti waters."
        " The Iraqis fired more than 60 rounds the next day and about 90 on Jan. 7."
    )
    found = summary(extractor, text, "2024-02-06", ("type", "actor", "recipient", "date"))
    assert ("ASSAULT", "IRQ", "KWT", "2024-01-07") in found


def test_a_date_that_names_a_thing_is_no_second_act(extractor: Extractor) -> None:
    text = "On Monday Iran scrapped the June 15 agreement with Iraq and the October 4 agreement."
    found = summary(extractor, text, "2024-02-06", ("type", "date"))
    assert {kind for kind, _date in found} == {"SANCTION"}
    assert found == {("SANCTION", "2024-02-05")}  # scrapped once, on Monday
