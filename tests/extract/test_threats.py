"""Threats and warnings: who makes them, and whom they aim at (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary


def _found(extractor: Extractor, text: str) -> set[tuple[str | None, ...]]:
    return summary(extractor, text, "2023-05-12", ("type", "actor", "recipient"))


def test_a_threat_to_destroy_a_capital_is_a_threat_to_its_state(extractor: Extractor) -> None:
    # (the destruction threatened is the threat's, no act of its own)
    found = _found(extractor, "Russia threatened to destroy Kyiv on Monday.")
    assert found == {("THREATEN", "RUS", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia warned that it was boosting its defences in response to joint drills by"
        " Poland and Germany.",
        "Russia warned that it was increasing its defences in response to joint Polish-German"
        " military exercises.",
    ],
)
def test_a_warning_answering_drills_threatens_who_stages_them(
    extractor: Extractor, text: str
) -> None:
    found = _found(extractor, text)
    assert {("THREATEN", "RUS", "POL"), ("THREATEN", "RUS", "DEU")} <= found
    assert ("MOBILIZE", "RUS", None) in found


@pytest.mark.parametrize(
    "warned",
    [
        "Russia warned on Tuesday that Poland would pay a heavy price.",
        "Russia warned on Tuesday that Poland would be met with fire and fury.",
        "Russia warned on Tuesday that Poland would bear full responsibility.",
    ],
)
def test_a_warning_of_what_a_state_will_suffer_threatens_that_state(
    extractor: Extractor, warned: str
) -> None:
    assert ("THREATEN", "RUS", "POL") in _found(extractor, warned)
    # what a state will do is no threat to it
    assert not _found(
        extractor, "Russia warned on Tuesday that Poland's drills would continue."
    ) & {("THREATEN", "RUS", "POL")}


@pytest.mark.parametrize(
    "provocation", ["Russia's reckless provocation", "a provocation from Russia"]
)
def test_a_warning_about_a_states_provocation_threatens_that_state(
    extractor: Extractor, provocation: str
) -> None:
    # the act told just before is another state's: the warning names its target
    text = (
        "Poland held air drills on Tuesday.\n\n"
        f"Germany's chancellor warned that {provocation} would be met with a resolute response."
    )
    found = summary(extractor, text, "2022-10-05", ("type", "actor", "recipient"))
    assert ("THREATEN", "DEU", "RUS") in found
    assert ("THREATEN", "DEU", "POL") not in found


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        (
            'Iran warned of "catastrophic consequences" if Israel went ahead with the strikes.',
            ("THREATEN", "IRN", "ISR"),
        ),
        (
            "Iran warned on Monday that it could take a new path if Washington does not"
            " change course.",
            ("THREATEN", "IRN", "USA"),
        ),
        (
            "Iran threatened to retaliate unless Japan withdrew its sanctions.",
            ("THREATEN", "IRN", "JPN"),
        ),
    ],
)
def test_a_threat_aims_at_the_state_whose_act_would_bring_it_on(
    extractor: Extractor, text: str, threat: tuple[str, str, str]
) -> None:
    assert threat in summary(extractor, text, "2024-05-04")


def test_a_warning_of_what_one_cannot_do_unless_given_is_no_threat(extractor: Extractor) -> None:
    text = (
        "The World Food Programme warned that it would be unable to feed millions of"
        " Afghans unless Japan makes immediate contributions."
    )
    assert not {e for e in summary(extractor, text, "2024-05-04") if e[0] == "THREATEN"}


def test_a_warning_after_a_strike_answers_the_striker(extractor: Extractor) -> None:
    text = (
        "Iran launched missiles at Israel on Saturday.\n\n"
        "President Joe Biden condemned the attack.\n\n"
        "Israel vowed to retaliate."
    )
    found = summary(extractor, text, "2024-04-14")
    assert {("ACCUSE", "USA", "IRN"), ("THREATEN", "ISR", "IRN")} <= found


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Iran issued a series of threats over U.S. flights on Monday.", ("IRN", "USA")),
        ("Iran made fresh threats against Jordan on Monday.", ("IRN", "JOR")),
        ("Iraq warned on Monday over Kuwait's drills.", ("IRQ", "KWT")),
    ],
)
def test_threats_made_aim_at_the_state_they_are_against_or_over(
    extractor: Extractor, text: str, threat: tuple[str, str]
) -> None:
    assert ("THREATEN", *threat, "2023-05-08") in summary(
        extractor, text, "2023-05-12", ("type", "actor", "recipient", "date")
    )


def test_a_threat_named_but_not_made_is_no_threat(extractor: Extractor) -> None:
    text = "The nuclear threat posed by Iran worries Jordan."
    assert not {e for e in _found(extractor, text) if e[0] == "THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran's news agency said its leader had overseen the test of a missile, describing it"
        " as a warning to the United States and Iraq.",
        "Iran called the launch a warning to the United States and Iraq.",
    ],
)
def test_a_launch_called_a_warning_threatens_whom_it_warns(extractor: Extractor, text: str) -> None:
    found = _found(extractor, text)
    assert {("THREATEN", "IRN", "USA"), ("THREATEN", "IRN", "IRQ")} <= found


def test_a_threat_to_fire_on_what_a_state_installs_aims_at_it(extractor: Extractor) -> None:
    text = "Iran warned on Tuesday that it would open fire on any loudspeakers Iraq installs."
    found = summary(extractor, text, "2010-05-25", ("type", "actor", "recipient", "modality"))
    assert ("THREATEN", "IRN", "IRQ", "asserted") in found


def test_measures_supposed_in_an_if_clause_threaten_no_one(extractor: Extractor) -> None:
    text = (
        "Under the declaration, Iran will dismantle its test site, and is willing to take"
        " further steps if the United States takes corresponding measures."
    )
    found = summary(extractor, text, "2018-09-20")
    assert not {f for f in found if f[0] == "THREATEN"}


def test_what_one_calls_war_games_accuses_no_one(extractor: Extractor) -> None:
    text = (
        'Trump said the United States would stop what he called "war games" with Iran,'
        " describing the joint military exercises as expensive."
    )
    assert not {f for f in summary(extractor, text, "2018-06-13") if f[0] == "ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        # a forum named by "at" is where the warning was made, not whom it warned
        "At an emergency session of the UN Security Council, Iraq's ambassador warned"
        " that the Kuwaiti regime would be utterly destroyed.",
        # the object of a verb coordinated after the warning is no one warned
        "Iraq's ambassador warned that the Kuwaiti regime would be utterly destroyed, and"
        " urged Iran to cut off oil deliveries to its neighbour.",
    ],
)
def test_a_warning_that_a_state_would_be_destroyed_threatens_that_state(
    extractor: Extractor, text: str
) -> None:
    threatened = {
        (actor, recipient)
        for kind, actor, recipient in summary(extractor, text, "2017-11-30")
        if kind == "THREATEN"
    }
    assert threatened == {("IRQ", "KWT")}


def test_a_participle_calling_a_leader_names_is_an_accusation_not_a_call(
    extractor: Extractor,
) -> None:
    # the parser reads "Trump" as a complement and what he is called as the object
    text = (
        "Iran's president Hassan Rouhani responded on Friday with a statement in his own"
        ' name, calling Trump a "mentally deranged U.S. dotard" and vowing that he would'
        ' "pay dearly" for the speech.'
    )
    found = summary(extractor, text, "2017-09-26", ("type", "actor", "recipient"))
    assert found == {("ACCUSE", "IRN", "USA"), ("THREATEN", "IRN", "USA")}


@pytest.mark.parametrize(
    "answer",
    [
        "Kuwaiti marines answered hours later with a live-fire drill of 400 shells.",
        "Kuwait held a missile drill in response.",
        "Kuwait fired two missiles of its own in response to the launch.",
        "Kuwait fired two missiles into the sea in a show of force.",
    ],
)
def test_a_show_of_force_in_answer_is_aimed_at_whom_it_answers(
    extractor: Extractor, answer: str
) -> None:
    text = "Iraq fired about 200 artillery shells near the sea border on Monday. " + answer
    found = _found(extractor, text)
    assert ("MOBILIZE", "KWT", "IRQ") in found
    assert ("MOBILIZE", "IRQ", None) in found  # the act answered has no target


def test_a_show_of_force_is_not_aimed_at_a_partner_in_it(extractor: Extractor) -> None:
    text = (
        "Iraq fired about 200 artillery shells near the sea border on Monday. The US flew"
        " a bomber over the region for a combined drill with the Iraqi air force, in a"
        " show of force."
    )
    assert ("MOBILIZE", "USA", "IRQ") not in _found(extractor, text)


def test_a_drill_told_as_no_answer_has_no_target(extractor: Extractor) -> None:
    text = "Iraq fired about 200 artillery shells on Monday. Kuwait held a missile drill."
    assert ("MOBILIZE", "KWT", None) in _found(extractor, text)


def test_a_session_a_warning_is_given_at_is_not_whom_it_warns(extractor: Extractor) -> None:
    text = (
        "At an emergency session of the UN Security Council, requested by the United"
        " States, Kuwait and Saudi Arabia, the US ambassador warned that the Iraqi regime"
        " would be utterly destroyed if war broke out."
    )
    found = _found(extractor, text)
    assert ("THREATEN", "USA", "IRQ") in found
    assert not {r for t, _a, r in found if t == "THREATEN"} - {"IRQ"}


def test_a_vow_never_to_disarm_refuses_rather_than_threatens(extractor: Extractor) -> None:
    text = (
        "On Tuesday the United States put Iran back on its terrorism list. Iran's foreign"
        " ministry on Wednesday called the listing a serious provocation and vowed never to"
        " give up its nuclear deterrent."
    )
    found = summary(extractor, text, "2017-11-30", ("type", "actor", "recipient"))
    assert ("REJECT", "IRN", "USA") in found
    assert ("THREATEN", "IRN", "USA") not in found


def test_a_judgement_going_on_from_a_charge_is_aimed_where_the_charge_was(
    extractor: Extractor,
) -> None:
    # "them" are the sanctions, imposed by others; the charge names who is to blame
    text = (
        "Kuwait and Saudi Arabia imposed new sanctions on Iraq last week.\n\n"
        "On Tuesday Iraq's Foreign Ministry blamed the United States for the sanctions,"
        " calling them a declaration of war, and warned that it would deal merciless"
        " blows to anyone who violated its sovereignty."
    )
    found = summary(extractor, text, "2019-03-20", ("type", "actor", "recipient"))
    assert ("THREATEN", "IRQ", "USA") in found
    assert [f for f in found if f[0] == "ACCUSE" and f[1] == "IRQ"] == [("ACCUSE", "IRQ", "USA")]


def test_a_state_told_it_will_be_held_accountable_is_held_so_by_the_teller(
    extractor: Extractor,
) -> None:
    # the one held does not hold itself, though "forget" has it as subject
    text = (
        "TEHRAN, June 5 (IRNA) -- The Iranian Foreign Ministry issued a statement on"
        " Wednesday.\n\n"
        "Kuwait launched a patrol boat near the island on June 3.\n\n"
        "Iran strongly denounces Kuwait for its hostile acts and warns that it will take"
        " resolute countermeasures.\n\n"
        "Kuwait should not forget that it will be held fully accountable for the"
        " consequences."
    )
    found = summary(extractor, text, "2024-06-05", ("type", "actor", "recipient", "date"))
    assert ("THREATEN", "IRN", "KWT", "2024-06-05") in found
    assert not {e for e in found if e[:2] == ("THREATEN", "KWT")}


def test_a_warning_after_a_quoted_charge_is_the_chargers(extractor: Extractor) -> None:
    # the parser hangs "warning" on the noun of "as"
    text = (
        "Iran's foreign ministry slammed the listing on Wednesday as a \"serious"
        ' provocation," warning that Washington would be held fully responsible for the'
        " consequences."
    )
    assert ("THREATEN", "IRN", "USA") in _found(extractor, text)


def test_a_vow_of_cooperation_is_no_threat(extractor: Extractor) -> None:
    text = (
        "Iran fired a missile on Thursday. Kuwait condemned the launch and vowed to"
        " strengthen cooperation with the United States."
    )
    found = _found(extractor, text)
    assert ("THREATEN", "KWT", "IRN") not in found
    assert ("ACCUSE", "KWT", "IRN") in found
    # (a vow never to give up one's arms still refuses)
    found = _found(extractor, "Iran vowed never to give up its nuclear deterrent.")
    assert not {e for e in found if e[0] == "COOPERATE"}


@pytest.mark.parametrize(
    ("warned", "charged"),
    [
        (
            "Kuwait warned on Monday that Iraqi agents were smuggling weapons across the border.",
            "IRQ",
        ),
        ("Kuwait warned on Monday that Iraq had moved troops to the border.", "IRQ"),
        ("Kuwait warned Iraq on Monday that it was violating the ceasefire.", "IRQ"),
    ],
)
def test_a_warning_that_a_state_is_doing_a_thing_is_a_charge(
    extractor: Extractor, warned: str, charged: str
) -> None:
    found = _found(extractor, "Japan and South Korea met on Friday. " + warned)
    assert ("ACCUSE", "KWT", charged) in found
    # no threat is made, to the doer or to those told of before
    assert not {f for f in found if f[0] == "THREATEN"}


def test_action_promised_against_a_state_is_a_threat_to_it(extractor: Extractor) -> None:
    found = _found(extractor, "Kuwait promised swift and tough action against Iraq on Tuesday.")
    assert ("THREATEN", "KWT", "IRQ") in found
    # action pledged on a matter threatens no one
    told = "Japan and China met on Monday. Kuwait pledged action on climate change on Tuesday."
    assert not {f for f in _found(extractor, told) if f[0] == "THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned that it would not hesitate to impose new sanctions on Iraq.",
        "Iran's foreign minister warned that Tehran could close its border with Iraq.",
    ],
)
def test_a_hostile_act_a_state_warns_it_will_do_is_its_threat_alone(
    extractor: Extractor, text: str
) -> None:
    assert _found(extractor, text) == {("THREATEN", "IRN", "IRQ")}


def test_a_build_up_vowed_at_no_state_is_still_to_come(extractor: Extractor) -> None:
    found = summary(
        extractor, "Iran vowed to launch more satellites.", "2023-05-12", ("type", "modality")
    )
    assert ("MOBILIZE", "future") in found


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Iran said it would respond if Iraq kept up its pressure.", True),
        ("Iraq said it would respond if Iran imposed sanctions.", True),
        ("Iraq said it would respond if Iran proposed talks.", False),
    ],
)
def test_a_response_promised_if_another_state_acts_with_hostility_is_a_threat(
    extractor: Extractor, text: str, threat: bool
) -> None:
    found = summary(extractor, text, "2006-10-20", ("type",))
    assert (("THREATEN",) in found) is threat


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned it would not tolerate Iraq's provocations.",
        "Iran warned it would not tolerate any provocation by Iraq.",
        "Iran warned it would not sit idle if Iraq attacked Kuwait.",
    ],
)
def test_a_warning_not_to_let_an_act_pass_threatens_its_doer(
    extractor: Extractor, text: str
) -> None:
    assert ("THREATEN", "IRN", "IRQ") in _found(extractor, text)


def test_tolerating_nothing_of_anyone_threatens_no_one(extractor: Extractor) -> None:
    assert not _found(extractor, "Iran warned it would not tolerate corruption.")


def test_declining_to_say_whether_one_will_attack_threatens_no_one(
    extractor: Extractor,
) -> None:
    found = _found(extractor, "Iran declined to say whether it would attack Iraq.")
    assert not any(event[0] == "THREATEN" for event in found)


@pytest.mark.parametrize(
    "text",
    [
        "Iraq's army announced a plan to strike Kuwait's bases.",
        "Iraq said it was studying a plan to fire missiles at Kuwait's bases.",
    ],
)
def test_a_plan_of_force_made_known_threatens_its_target(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality"))
    assert ("THREATEN", "IRQ", "KWT", "asserted") in found
    assert ("ASSAULT", "IRQ", "KWT", "asserted") not in found


def test_a_plan_of_force_another_state_tells_of_is_no_threat_by_the_teller(
    extractor: Extractor,
) -> None:
    text = "Kuwait said Iraq was studying a plan to fire missiles at Kuwait's bases."
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("THREATEN", "KWT", "IRQ") not in found
    assert ("THREATEN", "IRQ", "KWT") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Iraq warned that relations with Kuwait would suffer.",
        "Iraq warned on Monday that its ties with Kuwait would be damaged.",
    ],
)
def test_ties_a_warning_says_will_be_harmed_threaten_the_other_side(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("THREATEN", "IRQ", "KWT") in found


def test_a_warning_of_a_states_end_threatens_that_state(extractor: Extractor) -> None:
    text = "Iraq's defense chief warned that any attack would mean the end of Kuwait's regime."
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("THREATEN", "IRQ", "KWT") in found


def test_a_risk_of_a_states_end_foretold_threatens_no_one(extractor: Extractor) -> None:
    text = "The United Nations warned that the war could mean the end of Iraq."
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("THREATEN", "UNO", "IRQ") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait warned that Iraq could follow up with another missile test.",
        # after an act of the state warned about, which a threat would answer
        "Iraq fired a missile on Monday.\n\nKuwait warned that Iraq may fire another missile.",
    ],
)
def test_a_warning_of_what_another_state_may_do_is_no_threat_to_it(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2010-11-22")
    assert not {e for e in found if e[0] == "THREATEN"}
    # what it is told it will undergo is a threat
    paid = summary(extractor, "Kuwait warned that Iraq would pay a heavy price.", "2010-11-22")
    assert ("THREATEN", "KWT", "IRQ") in paid


def test_a_threat_in_a_participles_warning_is_the_warners(extractor: Extractor) -> None:
    text = (
        "Turkey's envoy said Ankara was satisfied with the text.\n\n"
        "Iraq's delegation cut the talks short on Monday and flew home, warning that"
        ' Kuwait would "pay a price" for its choice.'
    )
    found = summary(extractor, text, "2006-07-15")
    assert ("THREATEN", "IRQ", "KWT") in found
    assert not {e for e in found if e[1] == "TUR"}  # not the last speaker's


def test_force_promised_on_a_condition_in_a_statement_is_its_threat(
    extractor: Extractor,
) -> None:
    text = (
        "Pyongyang, March 5 (KCNA) -- A spokesman for the DPRK Foreign Ministry issued a"
        " statement on Sunday.\n\nShould the U.S. go ahead with the drills, the army of the"
        " DPRK will strike at its bases in Guam."
    )
    fields = ("type", "actor", "recipient", "modality")
    found = summary(extractor, text, "2023-03-05", fields, outlet="KCNA")
    assert ("ASSAULT", "PRK", "USA", "hypothetical") in found
    # the statement's own words threaten now what they suppose
    assert ("THREATEN", "PRK", "USA", "asserted") in found
