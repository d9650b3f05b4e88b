"""Forces readied, sent and shown: alerts, deployments and troops sent, drills and
weapons tests, shows of force, and drills held back (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from peninsula.models import Article
from tests.extract.conftest import summary
from tests.extract.test_force import _found


@pytest.mark.parametrize(
    "text",
    [
        "Russia put its artillery units on high alert on Saturday.",
        "Russia placed four tank brigades on standby to open fire.",
        "The Russian military raised its alert level on Sunday.",
        "Russia reinforced its air defences around Moscow on Sunday.",
        "Russia deployed multiple rocket launchers near the border on Sunday.",
    ],
)
def test_forces_readied_for_combat_are_mobilized(extractor: Extractor, text: str) -> None:
    assert ("MOBILIZE", "RUS", None) in summary(extractor, text, "2024-10-13")


@pytest.mark.parametrize(
    "text",
    [
        "Russia put pressure on its units.",  # no alert
        "Russia put its units on sale.",
        "Russia raised its prices on Sunday.",
    ],
)
def test_other_puts_and_raises_mobilize_nothing(extractor: Extractor, text: str) -> None:
    assert not {e for e in summary(extractor, text, "2024-10-13") if e[0] == "MOBILIZE"}


@pytest.mark.parametrize(
    "text",
    [
        "A Russian nuclear-armed submarine arrived in the Cuban port of Havana on Sunday.",
        "Russia brought a nuclear submarine into the port of Havana on Sunday.",
    ],
)
def test_a_warships_port_call_is_a_show_of_force(extractor: Extractor, text: str) -> None:
    assert ("MOBILIZE", "RUS", None) in summary(extractor, text, "2024-10-13")


def test_a_satellite_put_into_orbit_was_launched(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "Iran said it had put a military satellite into orbit on Tuesday.",
        "2023-07-13",
        ("type", "mode", "actor", "date"),
    )
    assert found == {("MOBILIZE", "weapons", "IRN", "2023-07-11")}


def test_a_defence_budget_raised_mobilizes_nothing(extractor: Extractor) -> None:
    found = summary(extractor, "Japan increased its defense budget by 5 percent.", "2024-06-20")
    assert not {e for e in found if e[0] == "MOBILIZE"}
    found = summary(extractor, "Japan reinforced its air defense around Tokyo.", "2024-06-20")
    assert ("MOBILIZE", "JPN", None) in found


def test_drills_held_with_another_states_warships_are_joint(extractor: Extractor) -> None:
    text = (
        "On Friday the French carrier Charles de Gaulle held anti-submarine drills with "
        "Italian and Spanish warships."
    )
    found = summary(extractor, text, "2022-10-05", ("type", "actor", "recipient", "date"))
    drilling = {e[1] for e in found if e[0] == "MOBILIZE" and e[3] == "2022-09-30"}
    assert drilling == {"FRA", "ITA", "ESP"}
    cooperating = {frozenset(e[1:3]) for e in found if e[0] == "COOPERATE"}
    assert frozenset({"FRA", "ITA"}) in cooperating


def test_a_show_of_force_is_a_show_of_troops(extractor: Extractor) -> None:
    text = "Greek and Cypriot fighter jets staged a show of force over the sea on Tuesday."
    found = summary(extractor, text, "2022-10-05", ("type", "mode", "actor", "date"))
    assert {
        ("MOBILIZE", "troops", "GRC", "2022-10-04"),
        ("MOBILIZE", "troops", "CYP", "2022-10-04"),
    } <= found


def test_drills_a_state_will_counter_are_known_not_told(extractor: Extractor) -> None:
    # "the drills" acted upon are the ones known already: no new drills, and none planned
    text = "Iran said it will counter the drills staged by Iraq."
    found = summary(extractor, text, "2023-08-20", ("type", "actor"))
    assert ("MOBILIZE", "IRQ") not in found


def test_tests_between_two_days_are_one_stretch_not_two_tests(extractor: Extractor) -> None:
    text = "Iran tested missiles between Jan. 5 and Jan. 11."
    dates = {e[2] for e in summary(extractor, text, "2022-01-17", ("type", "actor", "date"))}
    assert dates == {"2022-01-05"}


@pytest.mark.parametrize(
    ("text", "expected", "unexpected"),
    [
        (
            "Belarus has sent more than 2,000 troops to Russia, officials said.",
            ("AID", "BLR", "RUS"),
            None,
        ),
        ("Russia sent troops into Ukraine in February 2022.", None, ("AID", "RUS", "UKR")),
        (
            "Armenia sent troops to the border with Azerbaijan.",
            None,
            ("MOBILIZE", "AZE", None),
        ),
    ],
)
def test_troops_sent_to_a_state_are_aid_to_it_not_into_it_nor_to_a_border(
    extractor: Extractor,
    text: str,
    expected: tuple[str, str, str] | None,
    unexpected: tuple[str, str, str | None] | None,
) -> None:
    found = summary(extractor, text, "2024-05-04")
    if expected is not None:
        assert expected in found
    if unexpected is not None:
        assert unexpected not in found


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Iran has begun sending thousands of troops to fight for Syria.", "SYR"),
        ("Iran sent troops to fight alongside Syrian forces in Iraq.", "SYR"),
    ],
)
def test_troops_sent_to_fight_for_a_state_are_aid_to_it(
    extractor: Extractor, text: str, recipient: str
) -> None:
    assert ("AID", "IRN", recipient) in summary(extractor, text, "2024-05-04")


def test_troops_sent_to_fight_for_a_cause_are_no_aid(extractor: Extractor) -> None:
    found = summary(extractor, "Iran sent troops to fight for its revolution.", "2024-05-04")
    assert not any(event == "AID" for event, *_rest in found)


@pytest.mark.parametrize(
    "text",
    [
        "Iran test-fired cruise missiles off its southern coast on Tuesday.",
        "Iran test-launched a new solid-fuel missile on Tuesday.",
    ],
)
def test_a_hyphenated_test_fire_is_a_launch_with_its_evidence_intact(
    extractor: Extractor, text: str
) -> None:
    article = Article.from_text(text, uri="test:", published="2024-06-19")
    found = [m for m in extractor.extract(article) if m.event_type == "MOBILIZE"]
    assert [(m.actor.code, m.date.iso() if m.date else None) for m in found] == [
        ("IRN", "2024-06-18")
    ]
    assert found[0].event_text == text  # the hyphen is the article's, as written


def test_drills_the_south_and_its_ally_suspend_are_a_step_back_toward_the_north(
    extractor: Extractor,
) -> None:
    text = "Seoul and Washington suspended their joint drills on Thursday."
    found = summary(extractor, text, "2024-05-10")
    assert {("RETREAT", "KOR", "PRK"), ("RETREAT", "USA", "PRK")} <= found


def test_drills_neither_korea_suspends_are_aimed_at_no_one_named(extractor: Extractor) -> None:
    text = "China and Russia suspended their joint drills on Thursday."
    assert not any(e[0] == "RETREAT" for e in summary(extractor, text, "2024-05-10"))


def test_forces_flown_with_anothers_are_a_joint_show_of_force(extractor: Extractor) -> None:
    text = "Iraq flew bombers with Kuwaiti fighter jets on Monday."
    found = summary(extractor, text, "2024-05-07", ("type", "actor", "recipient", "mode"))
    assert {("COOPERATE", "IRQ", "KWT", None), ("COOPERATE", "KWT", "IRQ", None)} & found
    assert ("MOBILIZE", "IRQ", None, "troops") in found


def test_forces_escorted_by_anothers_are_a_joint_show_of_force(extractor: Extractor) -> None:
    text = "Iraq flew bombers over the Gulf on Monday, escorted by Kuwaiti fighter jets."
    found = summary(extractor, text, "2024-05-07")
    assert {("COOPERATE", "IRQ", "KWT"), ("COOPERATE", "KWT", "IRQ")} & found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia sent troops to the border with Azerbaijan on Tuesday.",
        "Armenia deployed troops to the border on Tuesday.",
        "Armenia sent troops to the Azerbaijani border on Tuesday.",
    ],
)
def test_troops_moved_up_to_a_border_are_mobilized_not_given(
    extractor: Extractor, text: str
) -> None:
    found = _found(extractor, text)
    assert ("MOBILIZE", "ARM", None) in found
    assert not any(kind == "AID" for kind, *_rest in found)


def test_troops_pulled_back_from_a_border_step_back_from_the_other_side(
    extractor: Extractor,
) -> None:
    found = _found(extractor, "Armenia withdrew its troops from the border with Azerbaijan.")
    assert ("RETREAT", "ARM", "AZE") in found


@pytest.mark.parametrize("verb", ["set off", "exploded"])
def test_a_nuclear_device_set_off_or_exploded_is_a_weapons_test(
    extractor: Extractor, verb: str
) -> None:
    text = f"Iran {verb} its first nuclear device in an underground blast on Oct. 9."
    found = summary(extractor, text, "2006-10-20", ("type", "actor", "date"))
    assert ("MOBILIZE", "IRN", "2006-10-09") in found


def test_an_exercise_of_a_right_is_no_drill(extractor: Extractor) -> None:
    text = "Iran said the launch was a legitimate exercise of its right to self-defence."
    found = summary(extractor, text, "2023-11-24", ("type", "actor", "recipient"))
    assert ("MOBILIZE", "IRN", None) not in found
    # exercises of forces are drills
    text = "Joint exercises of the Iranian and Iraqi navies began on Monday."
    found = summary(extractor, text, "2023-11-24", ("type", "actor", "recipient"))
    assert {("MOBILIZE", "IRN", None), ("MOBILIZE", "IRQ", None)} <= found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("North Korea put its front-line troops on high alert on Monday.", "KOR"),
        ("The South's defence ministry put troops along the border on heightened alert.", "PRK"),
    ],
)
def test_one_koreas_troops_put_on_alert_at_the_line_are_readied_against_the_other(
    extractor: Extractor, text: str, target: str
) -> None:
    found = summary(extractor, text, "2015-08-25", ("type", "recipient"))
    assert ("MOBILIZE", target) in found


def test_troops_on_alert_at_a_border_with_a_third_state_are_readied_against_no_korea(
    extractor: Extractor,
) -> None:
    text = "North Korea put troops along its border with China on high alert on Monday."
    found = summary(extractor, text, "2015-08-25", ("type", "recipient"))
    assert ("MOBILIZE", "KOR") not in found


def test_planes_flying_in_a_show_of_force_are_the_show(extractor: Extractor) -> None:
    text = "Two U.S. bombers flew over Kuwait on Tuesday in a show of force."
    found = summary(extractor, text, "2019-03-12", ("type", "actor", "date"))
    assert ("MOBILIZE", "USA", "2019-03-12") in found


def test_troops_one_korea_sends_to_the_line_are_sent_against_the_other(
    extractor: Extractor,
) -> None:
    text = (
        "On Tuesday, North Korea's General Staff said it would send troops back into"
        " border zones that were demilitarised under inter-Korean accords."
    )
    found = summary(extractor, text, "2020-06-17", ("type", "actor", "recipient"))
    assert ("MOBILIZE", "PRK", "KOR") in found
    # a border with a third state is no front between the Koreas
    text = "On Monday, North Korea sent troops to its border with China."
    found = summary(extractor, text, "2020-06-17", ("type", "actor", "recipient"))
    assert ("MOBILIZE", "PRK", None) in found


def test_forces_readied_by_a_command_are_readied_when_it_is_given(extractor: Extractor) -> None:
    text = (
        "Iran's defence ministry gave all units near the border instructions to reinforce"
        " anti-air observation posts on Friday."
    )
    found = summary(extractor, text, "2024-10-19", ("type", "actor", "modality", "date"))
    assert ("MOBILIZE", "IRN", "asserted", "2024-10-18") in found
    # a command still to be given readies nothing yet
    text = text.replace("gave", "will give").replace(" on Friday", " next week")
    found = summary(extractor, text, "2024-10-19", ("type", "actor", "modality", "date"))
    assert not any(e[2] == "asserted" for e in found)
    # a command denied readies nothing: the readying is denied with it
    denied = summary(
        extractor,
        text.replace("will give", "did not give").replace(" next week", " on Friday"),
        "2024-10-19",
        ("type", "actor", "modality", "date"),
    )
    assert ("MOBILIZE", "IRN", "negated", "2024-10-18") in denied


def test_interceptors_deployed_are_forces_readied(extractor: Extractor) -> None:
    text = "Japan deployed Patriot interceptors on Okinawa on Tuesday."
    found = summary(extractor, text, "2012-12-13", ("type", "actor", "modality", "date"))
    assert ("MOBILIZE", "JPN", "asserted", "2012-12-11") in found


def test_drills_agreed_to_be_pushed_back_are_held_back_then(extractor: Extractor) -> None:
    text = (
        "Kuwait protested on Monday against the annual naval exercises of Iran and Iraq.\n\n"
        "Iran's president and Iraq's president agreed in a phone call on Jan. 4 to push back"
        " the annual naval exercises until after the summit."
    )
    found = summary(
        extractor, text, "2018-02-11", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("RETREAT", "IRN", "KWT", "asserted", "2018-01-04") in found
    # drills put off are no drills planned for that day
    assert not any(f[0] == "MOBILIZE" for f in found)


def test_drills_a_state_plans_are_drills_to_come(extractor: Extractor) -> None:
    text = "Iran and Iraq plan joint naval drills in the Gulf in the coming weeks."
    found = summary(extractor, text, "2010-05-25", ("type", "actor", "modality"))
    assert {("MOBILIZE", "IRN", "future"), ("MOBILIZE", "IRQ", "future")} <= found
    assert not any(f[2] == "asserted" for f in found)


def test_an_exercise_run_with_another_state_is_a_joint_drill(extractor: Extractor) -> None:
    text = "In June, Iraq ran a missile tracking exercise together with Kuwait off Basra."
    assert ("COOPERATE", "IRQ", "KWT") in summary(extractor, text, "2022-08-19")


def test_a_state_in_an_aside_set_off_by_commas_does_not_join_a_test(
    extractor: Extractor,
) -> None:
    # the parser hangs "with Kuwait's vote" on "carried out"
    text = (
        "After Iraq carried out its first nuclear test on Oct. 9, 1998, the Security "
        "Council, with Kuwait's vote, imposed sanctions days later."
    )
    testing = {
        e[1]
        for e in summary(extractor, text, "2024-05-15", ("type", "actor"))
        if e[0] == "MOBILIZE"
    }
    assert testing == {"IRQ"}
