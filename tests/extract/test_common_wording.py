"""Everyday news wording of charges, visits, cuts and threats that the small parse
reads awkwardly: a date between the verb and its object, a manner phrase before
the object, a link hung on the last of two objects (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from peninsula.nlp import blank_time_stamps
from tests.extract.conftest import summary


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the act named as the object is read as a complement of "called"
        (
            "The State Department called North Korea's launch a provocation.",
            ("ACCUSE", "USA", "PRK"),
        ),
        ("Kuwait called Iraq's raid a violation of U.N. resolutions.", ("ACCUSE", "KWT", "IRQ")),
        # a date before the one named: both names read as complements
        (
            "North Korea on Tuesday called South Korean President Yoon Suk Yeol a traitor.",
            ("ACCUSE", "PRK", "KOR"),
        ),
        # the object after "in the strongest terms", read as an apposition to it
        (
            "The United States condemned in the strongest terms North Korea's latest missile test.",
            ("ACCUSE", "USA", "PRK"),
        ),
        # the ends of a link hung on the last of joined objects
        (
            "Iraq severed the roads and railways connecting it with Kuwait on Tuesday.",
            ("SANCTION", "IRQ", "KWT"),
        ),
        ("Vladimir Putin landed in Tehran early Wednesday.", ("CONSULT", "RUS", "IRN")),
        (
            "Washington relisted Cuba as a state sponsor of terrorism on Monday.",
            ("SANCTION", "USA", "CUB"),
        ),
        # a response promised in a warning, with no manner, aims at whom it answers
        (
            "Tehran warned on Sunday that it would respond to any leaflets from Iraq.",
            ("THREATEN", "IRN", "IRQ"),
        ),
        # whom one joins in a drill drills with it
        (
            "Kuwait joined the United States in a naval exercise on Tuesday.",
            ("COOPERATE", "KWT", "USA"),
        ),
        ("Japan closed its ports to Iranian ships on Tuesday.", ("SANCTION", "JPN", "IRN")),
        # "to Iran" hung on the "of" phrase of what was sent
        ("Russia sent a delegation of scientists to Iran on Tuesday.", ("CONSULT", "RUS", "IRN")),
        # a sum "in aid", and "for" hung on the verb
        ("Kuwait approved $8 million in aid for Iraq on Tuesday.", ("AID", "KWT", "IRQ")),
        # the ends of a link destroyed are its target
        ("Iraq blew up roads connecting Iraq and Kuwait on Tuesday.", ("ASSAULT", "IRQ", "KWT")),
        # a ban on going somewhere falls on where the going is to
        ("Washington imposed a ban on travel to Iran on Tuesday.", ("SANCTION", "USA", "IRN")),
        ("Washington lifted its ban on travel to Iran on Tuesday.", ("CONCEDE", "USA", "IRN")),
    ],
)
def test_everyday_wording_is_coded_between_the_states_it_names(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert event in found


@pytest.mark.parametrize(
    "text",
    [
        "An Iraqi missile landed in the sea off Kuwait on Monday.",
        "Iran relisted its own companies on the exchange on Monday.",
    ],
)
def test_what_is_no_visit_or_penalty_stays_uncoded(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert not {e for e in found if e[0] in ("CONSULT", "SANCTION")}


@pytest.mark.parametrize(
    ("text", "banned"),
    [
        ("Kuwait imposed a ban on visits to Iraq on Monday.", ("SANCTION", "KWT", "IRQ")),
        ("Kuwait lifted its ban on visits to Iraq on Monday.", ("CONCEDE", "KWT", "IRQ")),
    ],
)
def test_visits_under_a_ban_are_none_made(
    extractor: Extractor, text: str, banned: tuple[str, str, str]
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert found == {banned}


def test_a_standing_charge_in_a_relative_clause_is_no_dated_accusation(
    extractor: Extractor,
) -> None:
    # "an attack Seoul blames on ...": a charge held, not made on the story's day,
    # even when a later act of the accused was told before it
    text = (
        "The North Korean delegation landed at Incheon on Friday and was greeted by the"
        " unification minister.\n\nU.S. Vice President Mike Pence held talks with Moon"
        " Jae-in on Thursday. On Friday he visited a memorial to the 46 sailors who died"
        " when the corvette Cheonan sank in 2010, an attack Seoul blames on a North"
        " Korean torpedo."
    )
    found = summary(extractor, text, "2018-02-11", ("type", "actor", "recipient"))
    assert ("CONSULT", "PRK", "KOR") in found
    assert ("ACCUSE", "KOR", "PRK") not in found


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Iraq shelled a Kuwaiti border post on Tuesday. Kuwait urged it to stop.", "IRQ"),
        (
            "Iraq shelled a Kuwaiti border post on Tuesday. The Security Council demanded"
            " that it halt all attacks.",
            "IRQ",
        ),
        # a noun before it in its own sentence is still the one asked
        ("Kuwait criticized Iraq and urged it to stop.", "IRQ"),
    ],
)
def test_a_state_asked_as_it_is_the_state_told_of_before(
    extractor: Extractor, text: str, asked: str
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "recipient"))
    assert ("REQUEST", asked) in found


def test_weapons_given_up_are_no_arms_given(extractor: Extractor) -> None:
    text = "Iran sent weapons to Iraq. Washington insisted that Iraq give up its weapons to the UN."
    found = summary(extractor, text, "2019-01-19", ("type", "actor", "recipient"))
    assert {e for e in found if e[0] == "AID"} == {("AID", "IRN", "IRQ")}


def test_a_stand_told_after_a_present_perfect_holds_as_the_story_is_told(
    extractor: Extractor,
) -> None:
    # "have since stalled, with ... insisting": the stand taken now, not on the day
    # of the summit told before
    text = (
        "Trump and Kim met for the first time in Singapore last June. Negotiations have"
        " since stalled, with Washington insisting that North Korea first take concrete"
        " steps toward disarmament."
    )
    found = summary(extractor, text, "2019-01-19", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "USA", "PRK", "2019-01-19") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it would turn Baghdad into a sea of fire if attacked.",
        "Iran warned that it would reduce the Iraqi bases to ashes.",
    ],
)
def test_a_place_to_be_laid_waste_is_a_threat_to_its_state(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("THREATEN", "IRN", "IRQ") in found


def test_a_bare_number_opening_a_sentence_is_those_named_before(extractor: Extractor) -> None:
    text = (
        "Moon Jae-in and Kim Jong Un walked to the border line on Friday. The two held"
        " talks for an hour."
    )
    found = summary(extractor, text, "2018-05-07", ("type", "actor", "recipient"))
    assert ("CONSULT", "KOR", "PRK") in found
    # the two of its own sentence stay its own
    text = "Iran's president spoke with Iraq's president on Friday, and the two agreed to meet."
    found = summary(extractor, text, "2018-05-07", ("type", "actor", "recipient"))
    assert ("AGREE", "IRN", "IRQ") in found


def test_a_bare_refusal_answers_whoever_asked_just_before_on_that_day(
    extractor: Extractor,
) -> None:
    text = "Iran asked Iraq on Monday to halt the raids. Iraq refused."
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "IRQ", "IRN", "2024-05-13") in found
    # a fall is no refusal
    found = summary(extractor, "Iraq's exports to Iran declined last year.", "2024-05-15")
    assert not {e for e in found if e[0] == "REJECT"}


def test_a_bare_refusal_in_a_report_is_dated_with_the_request_not_the_report(
    extractor: Extractor,
) -> None:
    text = "Tehran said on Friday it had asked Iraq on Monday to halt the raids, but Iraq declined."
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "date"))
    asked = {d for t, a, r, d in found if (t, a, r) == ("REQUEST", "IRN", "IRQ")}
    refused = {d for t, a, r, d in found if (t, a, r) == ("REJECT", "IRQ", "IRN")}
    assert asked and refused == asked
    assert "2024-05-15" not in refused  # not the day the article was published


def test_they_after_a_meeting_are_both_sides(extractor: Extractor) -> None:
    text = (
        "Donald Trump first met Kim Jong Un in Singapore on June 12, 2018. They met again"
        " in Hanoi in February 2019."
    )
    found = summary(extractor, text, "2019-03-01", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "USA", "PRK", "2019-02") in found


def test_an_act_done_so_many_times_then_listed_is_one_act_on_each_day(
    extractor: Extractor,
) -> None:
    text = (
        "Iran's and Iraq's foreign ministers met three times in 2018: in Baghdad on April"
        " 27, again there on May 26, and in Tehran in September."
    )
    found = summary(extractor, text, "2019-01-19", ("type", "date"))
    assert {d for t, d in found if t == "CONSULT"} == {"2018-04-27", "2018-05-26", "2018-09"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran is believed to have supplied drones to Iraq.",
        "Iran is thought to be supplying drones to Iraq.",
        "Iran allegedly supplied drones to Iraq.",
    ],
)
def test_an_act_told_as_believed_is_speculation_not_fact(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2019-01-19", ("type", "actor", "recipient", "modality"))
    assert found == {("AID", "IRN", "IRQ", "hypothetical")}


def test_a_letter_received_is_words_from_its_sender(extractor: Extractor) -> None:
    # (the sender named by "from" is no guest received)
    found = summary(
        extractor,
        "Kim Jong Un received a letter from Xi Jinping.",
        "2024-05-15",
        ("type", "actor", "recipient", "mode"),
    )
    assert ("CONSULT", "CHN", "PRK", None) in found
    assert not any(event[3] == "visit" for event in found)


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Iraq settled their dispute over the waterway.",
        "Iran and Iraq resolved their row over the border posts.",
    ],
)
def test_a_dispute_settled_together_is_an_agreement(extractor: Extractor, text: str) -> None:
    assert ("AGREE", "IRN", "IRQ") in summary(
        extractor, text, "2024-05-15", ("type", "actor", "recipient")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Turkey reached an understanding on Iraq.",
        "Iran reached a deal with Turkey on Iraq.",
        "Iran and Turkey agreed on sanctions against Iraq.",
    ],
)
def test_what_an_agreement_is_on_is_no_party_to_it(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("AGREE", "IRN", "TUR") in found or ("AGREE", "TUR", "IRN") in found
    assert not any(event[0] == "AGREE" and "IRQ" in event for event in found)


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Turkey agreed on Tuesday to cooperate closely on Iraq.",
        "Iran will cooperate with Turkey on Iraq.",
    ],
)
def test_what_cooperation_is_on_is_no_party_to_it(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("COOPERATE", "IRN", "TUR") in found or ("COOPERATE", "TUR", "IRN") in found
    assert not any(event[0] == "COOPERATE" and "IRQ" in event for event in found)


def test_a_relative_that_read_as_a_clause_of_its_noun_is_the_object(
    extractor: Extractor,
) -> None:
    # "that" parsed as a conjunction opening an acl, not a relative clause
    found = summary(
        extractor,
        "The pact that the two Koreas signed in September 2018 collapsed last year.",
        "2024-05-15",
        ("type", "actor", "recipient", "date"),
    )
    assert ("AGREE", "KOR", "PRK", "2018-09") in found


def test_a_shared_park_opened_together_is_cooperation(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "The two Koreas opened the Kaesong industrial park in 2004.",
        "2024-05-15",
        ("type", "actor", "recipient", "date"),
    )
    assert ("COOPERATE", "KOR", "PRK", "2004") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran sided with Iraq.", ("SUPPORT", "IRN", "IRQ")),
        ("Iran threw its weight behind Iraq.", ("SUPPORT", "IRN", "IRQ")),
        ("Iran defended Iraq's right to enrich uranium.", ("SUPPORT", "IRN", "IRQ")),
        ("Kuwait turned a deaf ear to Iraq's demands.", ("REJECT", "KWT", "IRQ")),
    ],
)
def test_idioms_of_backing_and_refusing(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))


def test_again_in_a_month_is_in_the_year_told_first(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "Kim Jong Un visited China in March 2018 and again in May.",
        "2024-05-15",
        ("type", "actor", "recipient", "date"),
    )
    assert ("CONSULT", "PRK", "CHN", "2018-05") in found
    assert ("CONSULT", "PRK", "CHN", "2024-05") not in found


def test_an_apology_demanded_of_no_one_is_asked_of_the_wrongdoer(extractor: Extractor) -> None:
    text = (
        "Iraqi troops fired machine guns at a Kuwaiti guard post on Sunday. Kuwait called the"
        " shooting a violation of the ceasefire and demanded an apology."
    )
    found = summary(extractor, text, "2024-10-21", ("type", "actor", "recipient"))
    assert ("REQUEST", "KWT", "IRQ") in found


@pytest.mark.parametrize(
    "demand",
    ["demanded that the troops be pulled out immediately", "demanded an apology"],
)
def test_a_demand_after_a_summons_is_asked_of_the_one_summoned(
    extractor: Extractor, demand: str
) -> None:
    text = f"Kuwait summoned the Iraqi ambassador on Monday and {demand}."
    found = summary(extractor, text, "2024-10-22", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "KWT", "IRQ", "2024-10-21") in found


def test_a_hope_after_a_welcome_asks_no_one(extractor: Extractor) -> None:
    text = "Kuwait welcomed the talks between Iraq and Syria and hoped they would bring peace."
    found = summary(extractor, text, "2024-10-22", ("type", "actor"))
    assert ("REQUEST", "KWT") not in found


def test_a_live_blogs_time_stamp_lines_do_not_join_the_entries_below_them(
    extractor: Extractor,
) -> None:
    text = (
        "Iran launches missile: live updates\n\n"
        "10:20 a.m.\n"
        "Kuwait's National Security Council convened an emergency meeting and condemned the"
        " launch as a grave provocation.\n\n"
        "9:40 a.m.\n"
        "Iran has fired a ballistic missile toward the Gulf, Kuwait's military says."
    )
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("ACCUSE", "KWT", "IRN") in found


@pytest.mark.parametrize(
    ("line", "blanked"),
    [
        ("10:20 a.m.\nIran fired.", True),
        ("0940 GMT\nIran fired.", True),
        ("Iran fired at 10:20 a.m.\nKuwait protested.", False),
        # a year heading a list is no time of day
        ("2004\n\nJune 12 - Iraq shelled an Iranian island.", False),
    ],
)
def test_only_lines_that_are_a_clock_time_are_blanked(line: str, blanked: bool) -> None:
    out = blank_time_stamps(line)
    assert len(out) == len(line)
    assert (out != line) is blanked


@pytest.mark.parametrize(
    "text",
    [
        "Iran's rocket exploded shortly after liftoff late on Monday.",
        "An Iranian missile flew over Iraq on Monday.",
    ],
)
def test_a_weapon_told_in_flight_was_launched_by_its_state(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-28", ("type", "actor", "date"))
    assert ("MOBILIZE", "IRN", "2024-05-27") in found


def test_propaganda_broadcasts_resumed_are_aimed_at_the_state_they_oppose(
    extractor: Extractor,
) -> None:
    text = "Seoul said Sunday it will resume anti-Pyongyang propaganda broadcasts."
    found = summary(extractor, text, "2024-06-09", ("type", "actor", "recipient", "modality"))
    assert ("COERCE", "KOR", "PRK", "future") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Iraq marched together at the opening ceremony.",
        "Tehran and Baghdad set up a consultative group on water.",
        "Iran and Iraq shared intelligence on Kuwait's troop movements.",
    ],
)
def test_what_two_states_do_together_is_their_cooperation(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2020-05-05", ("type", "actor", "recipient"))
    assert ("COOPERATE", "IRN", "IRQ") in found
    # the state the intelligence is about shares in nothing
    assert not any("KWT" in event for event in found)


@pytest.mark.parametrize(
    "text",
    [
        "Iran shared intelligence with Iraq on Kuwait's troop movements.",
        "Iranian officials shared evidence with Iraq over the killing.",
        "Tehran set up a consultative group with Baghdad.",
    ],
)
def test_what_a_state_does_together_with_another_is_their_cooperation(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2020-05-05", ("type", "actor", "recipient"))
    assert ("COOPERATE", "IRN", "IRQ") in found
    assert not any("KWT" in event for event in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait called Iran's declaration a positive step.",
        "Kuwait described Iran's offer as constructive.",
        "Kuwait called the agreement between Iran and Iraq a breakthrough.",
    ],
)
def test_praise_of_another_states_act_backs_it(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2008-06-27", ("type", "actor", "recipient"))
    assert ("SUPPORT", "KWT", "IRN") in found


@pytest.mark.parametrize("praise", ["welcomed the accord", "called the accord a milestone"])
@pytest.mark.parametrize("signers", ["Iraq and Iran", "Iran and Iraq"])
def test_praise_of_a_pact_by_one_of_its_makers_backs_no_one(
    extractor: Extractor, praise: str, signers: str
) -> None:
    text = f"{signers} signed an accord on Friday. Iran's foreign minister {praise}."
    found = summary(extractor, text, "2008-06-27", ("type", "actor", "recipient"))
    assert {e for e in found if e[0] == "AGREE"}
    assert not {e for e in found if e[0] == "SUPPORT"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran handed its nuclear declaration to Iraq on Thursday.",
        "Iran submitted a full inventory of its missiles to Iraq.",
        "Last month, Iran gave Iraqi envoys 9,000 pages of records from the plant.",
    ],
)
def test_records_handed_to_another_state_are_cooperation(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2008-06-27", ("type", "actor", "recipient"))
    assert ("COOPERATE", "IRN", "IRQ") in found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Iran agreed on Monday to let IAEA inspectors return to the plant.", "future"),
        ("Iran readmitted IAEA inspectors in November.", "asserted"),
    ],
)
def test_inspectors_let_in_are_a_step_back_toward_their_body(
    extractor: Extractor, text: str, modality: str
) -> None:
    found = summary(extractor, text, "2012-04-17", ("type", "actor", "recipient", "modality"))
    assert ("RETREAT", "IRN", "IAE", modality) in found


@pytest.mark.parametrize(
    "text",
    [
        "Iraq expressed condolences over the death of Iran's leader.",
        "Iraq sent a message of condolence on the passing of Iran's president.",
    ],
)
def test_condolences_over_a_leaders_death_back_the_leaders_state(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-21", ("type", "actor", "recipient"))
    assert ("SUPPORT", "IRQ", "IRN") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iraq assured Kuwait that it would defend it against any attack.",
        "Iraq had given Kuwait the same assurance in Riyadh on Tuesday.",
        "Iraq's foreign minister met Kuwait's foreign minister and assured him that Baghdad"
        " would not forget the Kuwaitis held in Iran.",
    ],
)
def test_assurances_given_to_a_state_back_it(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("SUPPORT", "IRQ", "KWT") in found


def test_a_groundbreaking_ceremony_held_together_is_cooperation(extractor: Extractor) -> None:
    text = "Iraq and Iran held a groundbreaking ceremony for a railway linking the two countries."
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert {("COOPERATE", "IRQ", "IRN"), ("COOPERATE", "IRN", "IRQ")} & found


@pytest.mark.parametrize(
    "text",
    [
        "Washington pledged to defend Kuwait.",
        "Washington will do whatever it takes to defend Kuwait.",
    ],
)
def test_a_promise_to_defend_a_state_backs_it(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality"))
    assert ("SUPPORT", "USA", "KWT", "asserted") in found
