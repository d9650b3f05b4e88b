"""Joint acts proposed to another state, and the refusals that answer them
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

PARTIES_AND_MOOD = ("type", "actor", "recipient", "modality")


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("Iran proposed sending envoys to Iraq.", "CONSULT"),
        ("Tehran proposed holding joint naval drills with Baghdad.", "COOPERATE"),
        # people to be handed over, "to" hanging on the particle
        ("Iran proposed on Monday to hand the fishermen over to Iraq.", "RETREAT"),
        # a joint act the noun's modifiers pair the two states of
        ("Seoul proposed holding an inter-Korean basketball game in March.", "COOPERATE"),
    ],
)
def test_a_joint_act_proposed_asks_the_partner(
    extractor: Extractor, text: str, proposed: str
) -> None:
    found = summary(extractor, text, "2019-01-09", PARTIES_AND_MOOD)
    actor, partner = ("KOR", "PRK") if "inter-Korean" in text else ("IRN", "IRQ")
    assert ("REQUEST", actor, partner, "asserted") in found
    assert (proposed, actor, partner, "future") in found


def test_a_sanction_proposed_asks_nothing_of_its_target(extractor: Extractor) -> None:
    found = summary(extractor, "Iran proposed new sanctions on Iraq.", "2019-01-09")
    assert ("REQUEST", "IRN", "IRQ") not in found


def test_a_refusal_of_the_idea_answers_whoever_proposed_it(extractor: Extractor) -> None:
    text = (
        "Tehran proposed holding a joint football match with Iraq in May, "
        "but Baghdad turned down the idea."
    )
    assert ("REJECT", "IRQ", "IRN") in summary(extractor, text, "2019-01-09")


def test_a_push_turned_aside_is_refused_to_whoever_pushed(extractor: Extractor) -> None:
    text = (
        "Iran and Syria, Iraq's closest partners, turned aside Kuwait's push, arguing that"
        " the sanctions would hurt civilians."
    )
    assert {("REJECT", "IRN", "KWT"), ("REJECT", "SYR", "KWT")} <= summary(
        extractor, text, "2009-04-14"
    )


def test_a_second_that_clause_is_dated_by_the_saying_not_by_the_first(
    extractor: Extractor,
) -> None:
    text = (
        "Kim Yo-jong said in a statement carried by state media on Wednesday that Seoul "
        "had on Monday proposed dispatching envoys, but that she flatly turned down the idea."
    )
    found = summary(extractor, text, "2020-06-18", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "PRK", "KOR", "2020-06-17") in found


def test_a_refused_idea_was_a_request_to_the_one_refusing(extractor: Extractor) -> None:
    text = (
        "Baghdad said on Friday that Tehran had on Tuesday proposed sending two envoys "
        "to the border, but that Baghdad had turned down the idea."
    )
    found = summary(extractor, text, "2019-01-12", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "IRN", "IRQ", "2019-01-08") in found


def test_an_offer_that_told_its_own_event_is_no_request_besides(extractor: Extractor) -> None:
    found = summary(
        extractor, "Iraq offered Iran flood aid on Monday, but Iran refused it.", "2019-01-12"
    )
    assert ("AID", "IRQ", "IRN") in found
    assert ("REQUEST", "IRQ", "IRN") not in found


def test_a_proposal_noun_with_a_date_before_its_clause_asks_the_other_side(
    extractor: Extractor,
) -> None:
    # the parser hangs "to restore" on "cited", past "last month"
    text = (
        "The ROK authorities cited their proposal last month to restore the inter-Korean"
        " communication lines."
    )
    found = summary(extractor, text, "2025-08-18", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "KOR", "PRK", "2025-07") in found


DATED_PARTIES = ("type", "actor", "recipient", "date")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # the invitation's own time is not that of the summit it asks Iraq to
        (
            "On Thursday, Iraq turned down a personal invitation from Kuwaiti President Ali"
            " for its leader to attend a summit in Kuwait City this week.",
            ("REQUEST", "KWT", "IRQ", "2019-11"),
        ),
        (
            "Washington on Thursday accepted a Russian request, made earlier this week, to"
            " give countries 24 months to repatriate the workers.",
            ("REQUEST", "RUS", "USA", "2019-11-20"),
        ),
    ],
)
def test_a_request_an_answer_names_was_made_to_the_one_answering(
    extractor: Extractor, text: str, asked: tuple[str, ...]
) -> None:
    assert asked in summary(extractor, text, "2019-11-23", DATED_PARTIES)


def test_a_named_request_takes_the_day_told_elsewhere_that_month(extractor: Extractor) -> None:
    text = (
        "Iraq said on Wednesday it had rejected the Jordanian king's offer to send envoys.\n\n"
        "Jordan proposed on Monday sending its foreign minister to Iraq as an envoy."
    )
    found = summary(extractor, text, "2020-06-17", DATED_PARTIES)
    assert ("REQUEST", "JOR", "IRQ", "2020-06-15") in found
    assert ("REQUEST", "JOR", "IRQ", "2020-06") not in found


def test_an_offer_of_talks_turned_down_is_refused_and_was_asked(extractor: Extractor) -> None:
    found = summary(extractor, "Vietnam turned down China's offer of talks.", "2023-05-01")
    assert {e[:3] for e in found} == {("REJECT", "VNM", "CHN"), ("REQUEST", "CHN", "VNM")}


def test_an_offer_of_goods_refused_asked_nothing(extractor: Extractor) -> None:
    text = "In July Iraq rebuffed Jordan's offer of 50,000 tonnes of rice."
    assert not {e for e in summary(extractor, text, "2021-09-16") if e[0] == "REQUEST"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran extended an invitation to the Iraqi president to visit Tehran.",
        "The Iranian side conveyed an invitation for an Iraqi delegation to visit Iran.",
    ],
)
def test_an_invitation_conveyed_asks_the_invited(extractor: Extractor, text: str) -> None:
    assert ("REQUEST", "IRN", "IRQ", "asserted") in summary(
        extractor, text, "2018-12-02", PARTIES_AND_MOOD
    )


def test_a_gerund_the_parser_splits_from_its_proposing_is_still_proposed(
    extractor: Extractor,
) -> None:
    # past "on Monday" the parser makes "dispatching" a clause of its own
    text = "Jordan proposed on Monday dispatching its foreign minister to Baghdad."
    found = summary(extractor, text, "2020-06-17", DATED_PARTIES)
    assert ("REQUEST", "JOR", "IRQ", "2020-06-15") in found
    # the visit proposed on Monday is a plan of that Monday, not of the next one
    assert ("CONSULT", "JOR", "IRQ", "2020-06-15") in found


def test_asking_an_envoy_to_convey_greetings_is_no_demand(extractor: Extractor) -> None:
    text = (
        "Iran's president asked Iraq's foreign minister to convey his warm greetings to the"
        " Iraqi president."
    )
    found = summary(extractor, text, "2019-07-30", ("type", "actor", "recipient"))
    assert not any(t == "REQUEST" for t, *_rest in found)
    text = "Iran asked Turkey to convey its concerns to Baghdad on Monday."
    found = summary(extractor, text, "2019-07-30", ("type", "actor", "recipient"))
    assert ("REQUEST", "IRN", "TUR") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi president paid a state visit to Iran from May 3 to 6 at the invitation of"
        " the Iranian president.",
        "At the Iranian president's invitation, the Iraqi president visited Iran from May 3 to 6.",
        "The Iraqi president arrived in Iran on May 3 at the invitation of the Iranian president.",
    ],
)
def test_a_visit_paid_at_an_invitation_was_asked_by_the_host(
    extractor: Extractor, text: str
) -> None:
    found = summary(
        extractor, text, "2023-05-08", ("type", "actor", "recipient", "modality", "date")
    )
    # the invitation has no day of its own: the visit's
    assert ("REQUEST", "IRN", "IRQ", "asserted", "2023-05-03") in found
    assert ("CONSULT", "IRQ", "IRN", "asserted", "2023-05-03") in found


def test_a_visit_at_no_states_invitation_asks_nothing(extractor: Extractor) -> None:
    text = "The Iraqi president visited Iran on May 3 at the invitation of a peace forum."
    found = summary(extractor, text, "2023-05-08", ("type", "actor", "recipient"))
    assert found == {("CONSULT", "IRQ", "IRN")}


def test_an_invitation_a_letter_carries_is_its_senders(extractor: Extractor) -> None:
    # the parser hangs "inviting" on the sender named after "from"
    text = (
        "Peru's envoy delivered a letter from Peru's president inviting Chile's president"
        " to visit Lima."
    )
    found = summary(extractor, text, "2018-02-11", ("type", "actor", "recipient"))
    assert ("REQUEST", "PER", "CHL") in found


def test_a_visit_to_come_at_a_hosts_invitation_was_asked_for_when_told(
    extractor: Extractor,
) -> None:
    text = "Chile's president will visit Lima at the invitation of Peru's president."
    found = summary(
        extractor, text, "2018-09-20", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("REQUEST", "PER", "CHL", "asserted", "2018-09-20") in found


def test_a_door_to_talks_left_open_offers_them(extractor: Extractor) -> None:
    text = "The State Department said on Friday that its door to dialogue with Iran remained open."
    found = summary(extractor, text, "2023-08-21", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "USA", "IRN", "2023-08-18") in found
    # a door to talks told in words said, scornfully, by the other side
    text = (
        "Iran's foreign ministry said on Friday that Washington had blustered that the door"
        " of negotiations with Iran is still opened."
    )
    assert ("REQUEST", "USA", "IRN") in summary(extractor, text, "2023-08-21")
    # a door shut offers nothing
    text = "Iran said on Friday that the door to dialogue with Washington is closed."
    assert not {e for e in summary(extractor, text, "2023-08-21") if e[0] == "REQUEST"}


def test_a_joint_act_proposed_is_asked_by_the_proposer_in_a_dated_speech(
    extractor: Extractor,
) -> None:
    # "the two sides" names Kuwait first; the proposing is Iraq's, on New Year's Day
    text = (
        "Iraq's president raised the idea in his New Year's Day speech, in which he said"
        " Iraq was ready to send a delegation and proposed that officials of Kuwait and"
        " Iraq meet without delay."
    )
    found = summary(extractor, text, "1990-02-11", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "IRQ", "KWT", "1990-01-01") in found
    assert not [f for f in found if f[0] == "REQUEST" and f[1] == "KWT"]


def test_what_a_leader_said_in_his_new_years_speech_is_of_new_years_day(
    extractor: Extractor,
) -> None:
    text = (
        "In his New Year's speech, the Iraqi president said he was willing to meet the"
        " Emir of Kuwait at any time."
    )
    found = summary(extractor, text, "1990-01-19", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "IRQ", "KWT", "1990-01-01") in found
    assert not [f for f in found if f[3] == "1990-01-19"]


def test_new_year_greetings_keep_the_day_they_were_exchanged(extractor: Extractor) -> None:
    text = "The Iraqi and Kuwaiti presidents exchanged New Year greetings on Friday."
    found = summary(extractor, text, "1990-01-20", ("type", "actor", "recipient", "date"))
    assert ("SUPPORT", "IRQ", "KWT", "1990-01-19") in found


def test_a_request_accepted_in_the_same_sentence_was_made_to_the_one_accepting(
    extractor: Extractor,
) -> None:
    # "the request" names no one: the North asked, so it asked Seoul
    text = (
        "On Saturday, Iraq asked for a one-day postponement, citing technical problems,"
        " and Kuwait accepted the request the same day."
    )
    found = summary(extractor, text, "2000-06-14", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "IRQ", "KWT", "2000-06-10") in found
    assert ("CONCEDE", "KWT", "IRQ", "2000-06-10") in found


def test_my_invitation_is_the_speakers(extractor: Extractor) -> None:
    text = (
        '"Iraq\'s president agreed to visit Tehran in the near future at my invitation,"'
        " Iran's president told reporters."
    )
    assert ("REQUEST", "IRN", "IRQ") in summary(extractor, text, "2018-09-20")


def test_a_phone_call_sought_is_a_request_to_meet(extractor: Extractor) -> None:
    text = "Iraq's president sought a telephone call with Iran's president last week."
    assert ("REQUEST", "IRQ", "IRN") in summary(extractor, text, "2011-12-29")
    text = "Iraq's president sought a call for restraint last week."
    assert not any(e[0] == "REQUEST" for e in summary(extractor, text, "2011-12-29"))


def test_a_plan_told_in_the_passive_is_the_tellers_and_a_participle_after_it_too(
    extractor: Extractor,
) -> None:
    # the parser hangs "while scorning" on the told clause, which names no doer
    text = (
        "On September 29, Iran's leader told parliament that the lines with Iraq would be"
        " reconnected in early October, while scorning Washington's offer of talks as a"
        " cover for continued hostility."
    )
    found = summary(
        extractor, text, "2021-11-16", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("COOPERATE", "IRN", "IRQ", "future", "2021-09-29") in found
    assert ("REJECT", "IRN", "USA", "asserted", "2021-09-29") in found


def test_an_offer_scorned_is_refused(extractor: Extractor) -> None:
    found = summary(extractor, "Iran scorned Washington's offer of talks.", "2021-11-16")
    assert ("REJECT", "IRN", "USA") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran offered to send a delegation to Baghdad.",
        # the parser makes the infinitive, past the phrase, a clause of its own
        "Iran's president offered in his New Year's Day speech to send a delegation to Baghdad.",
    ],
)
def test_a_visit_offered_asks_the_host_to_receive_it(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2018-01-09", ("type", "actor", "recipient", "modality"))
    assert ("REQUEST", "IRN", "IRQ", "asserted") in found
    assert ("CONSULT", "IRN", "IRQ", "future") in found


def test_a_proposal_accepted_a_sentence_later_is_agreed_with_its_proposer(
    extractor: Extractor,
) -> None:
    text = "On Monday, Iraq proposed talks with Kuwait. On Tuesday, Kuwait accepted the proposal."
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "date"))
    assert ("AGREE", "KWT", "IRQ", "2024-05-14") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait refused to impose sanctions on Iraq.",
        "Kuwait has no intention to attack or invade Iraq.",
    ],
)
def test_refusing_to_harm_a_state_turns_it_down_in_nothing(extractor: Extractor, text: str) -> None:
    # a penalty not imposed, an attack disavowed: no REJECT of Iraq
    found = summary(extractor, text, "2024-05-15")
    assert ("REJECT", "KWT", "IRQ") not in found
    assert any(event[1:] == ("KWT", "IRQ") for event in found)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Iran urged Iraq to free six Iranian fishermen.", ("RETREAT", "IRQ", "IRN")),
        ("Iran pressed Kuwait to lift its ban on Iranian imports.", ("CONCEDE", "KWT", "IRN")),
        ("Iran called on Iraq and Kuwait to hold talks soon.", ("CONSULT", "IRQ", "KWT")),
        ("Iran demanded that Iraq release the Iranian sailors.", ("RETREAT", "IRQ", "IRN")),
    ],
)
def test_what_a_state_is_asked_to_do_is_no_plan_of_its_own(
    extractor: Extractor, text: str, asked: tuple[str, ...]
) -> None:
    found = summary(extractor, text, "2017-06-13", PARTIES_AND_MOOD)
    assert ("REQUEST", "IRN", asked[1], "asserted") in found
    assert (*asked, "future") not in found


def test_sanctions_asked_of_the_security_council_are_before_it(extractor: Extractor) -> None:
    text = "Iran asked the U.N. Security Council to impose sanctions on Iraq."
    found = summary(extractor, text, "2017-06-13", PARTIES_AND_MOOD)
    assert ("SANCTION", "UNO", "IRQ", "future") in found


@pytest.mark.parametrize(
    "text",
    [
        '"Iraq must stop its provocations against Iran at once," Iran\'s foreign ministry said.',
        '"Iraq should release the Iranian sailors it holds without delay," Iran said.',
    ],
)
def test_what_a_state_must_or_should_do_is_demanded_not_to_come(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2017-06-13", PARTIES_AND_MOOD)
    assert not {e for e in found if e[1] == "IRQ"}
    # one's own duty is still an act that may come
    ours = summary(
        extractor, '"We must release the Iraqi sailors to Iraq," Iran said.', "2017-06-13"
    )
    assert ("RETREAT", "IRN", "IRQ") in ours


@pytest.mark.parametrize(
    "text",
    [
        '"I hope the Iraqi authorities agree with us," the Iranian envoy said.',
        '"We hope Iraq can release the Iranian sailors soon," Iran said.',
    ],
)
def test_what_a_speaker_hopes_another_state_does_is_asked_not_to_come(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2017-06-13", PARTIES_AND_MOOD)
    assert not {e for e in found if e[1] == "IRQ"}
    # a state's hope for its own act is still an act that may come
    own = "Tehran hoped the occasion could allow President Raisi to meet the Iraqi leader."
    assert ("CONSULT", "IRN", "IRQ") in summary(extractor, own, "2017-06-13")


def test_talks_a_state_says_it_will_seek_are_sought_as_it_says_so(extractor: Extractor) -> None:
    text = "Iran said on Wednesday it would seek talks with Iraq to bring home nine citizens."
    found = summary(extractor, text, "2017-03-08", PARTIES_AND_MOOD)
    assert ("REQUEST", "IRN", "IRQ", "asserted") in found
    # a proposal it will make later is still to come
    later = "Iran said on Wednesday it would propose talks with Iraq next week."
    assert ("REQUEST", "IRN", "IRQ", "future") in summary(
        extractor, later, "2017-03-08", PARTIES_AND_MOOD
    )


@pytest.mark.parametrize(
    "text",
    [
        "Iran's foreign minister cautioned against punishing Iraq too harshly.",
        "Iran warned against attacking Iraq.",
    ],
)
def test_an_act_warned_against_with_no_one_warned_is_no_act_of_the_warner(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2006-10-15", PARTIES_AND_MOOD)
    assert not {e for e in found if e[2] == "IRQ"}


def test_what_a_proposal_sets_out_is_proposed_not_to_come(extractor: Extractor) -> None:
    text = (
        "Under the proposal, Iran would conclude a non-aggression treaty with Iraq and"
        " establish diplomatic relations with it."
    )
    found = summary(extractor, text, "2003-08-29", PARTIES_AND_MOOD)
    assert not {e for e in found if e[1] == "IRN"}
    # what a deal sets out is planned
    deal = "Under the deal, Iran will establish diplomatic relations with Iraq."
    assert ("COOPERATE", "IRN", "IRQ", "future") in summary(
        extractor, deal, "2003-08-29", PARTIES_AND_MOOD
    )


def test_what_a_proposed_scheme_sets_out_is_proposed_not_to_come(extractor: Extractor) -> None:
    # a noun no word for a proposal, but the object of "proposed"
    text = (
        'Kuwait proposed a "double freeze," under which Iraq would withdraw its troops'
        " from Kuwaiti territory."
    )
    found = summary(extractor, text, "2020-05-05", PARTIES_AND_MOOD)
    assert not {e for e in found if e[1] == "IRQ"}


def test_talks_proposed_as_a_gerund_with_a_time_are_of_that_time(extractor: Extractor) -> None:
    # (the parser hangs "next month" on "holding" here, not on "proposed")
    text = "Iran proposed holding talks with Iraq next month."
    found = summary(extractor, text, "2024-05-15", ("type", "modality", "date"))
    assert ("CONSULT", "future", "2024-06") in found
    assert ("REQUEST", "asserted", "2024-05-15") in found


@pytest.mark.parametrize(
    "text",
    [
        # the drills halted "while" the tests are: as proposed as the tests' halt
        "China proposed that North Korea halt its missile tests while the United States"
        " and South Korea suspend their drills.",
        # the acts a plan is spelled out as, after "that is"
        'China put forward a "freeze for freeze" plan last year, that is, North Korea'
        " suspends its missile tests and the United States and South Korea suspend their"
        " drills.",
    ],
)
def test_the_halts_a_proposal_spells_out_are_not_done(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", PARTIES_AND_MOOD)
    assert not any(event[0] == "RETREAT" and event[3] == "asserted" for event in found)


@pytest.mark.parametrize(
    "text",
    [
        "Washington refused to consider the freeze proposed by Russia.",
        "Washington refused to accept the plan drafted by Russia.",
        "Washington rejected the peace plan Russia had proposed.",
    ],
)
def test_a_plan_refused_turns_down_whoever_made_it(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("REJECT", "USA", "RUS") in found


def test_a_proposal_asks_each_state_its_terms_name_to_act(extractor: Extractor) -> None:
    text = (
        'Iran and Qatar proposed on July 4 a "dual suspension," under which Baghdad would'
        " freeze missile tests and Kuwait and Saudi Arabia would halt their large-scale"
        " military drills."
    )
    found = summary(extractor, text, "2019-07-09", ("type", "actor", "recipient", "date"))
    asked = {(a, r) for t, a, r, d in found if t == "REQUEST" and d == "2019-07-04"}
    assert asked == {(a, r) for a in ("IRN", "QAT") for r in ("IRQ", "KWT", "SAU")}


def test_a_proposal_asks_nothing_of_a_state_its_terms_name_only_as_an_object(
    extractor: Extractor,
) -> None:
    text = (
        "Iran put forward a plan under which Iraq would withdraw its troops from Kuwait"
        " and Iran would send food aid."
    )
    asked = {r for t, a, r in summary(extractor, text, "2019-07-09") if t == "REQUEST"}
    assert asked == {"IRQ"}  # not Kuwait, and not Iran itself


def test_each_state_a_proposal_names_in_its_own_that_clause_is_asked(
    extractor: Extractor,
) -> None:
    text = "Iran proposed that Iraq freeze its missile tests and that Kuwait halt its drills."
    asked = {r for t, a, r in summary(extractor, text, "2019-07-09") if t == "REQUEST"}
    assert asked == {"IRQ", "KWT"}


def test_an_act_a_proposal_sets_beside_the_asked_one_with_while_is_asked_too(
    extractor: Extractor,
) -> None:
    text = (
        "Turkey and Egypt proposed that Iran suspend its missile tests while Iraq and "
        "Kuwait refrain from large-scale military exercises."
    )
    found = summary(extractor, text, "2017-07-04")
    for proposer in ("TUR", "EGY"):
        for asked in ("IRN", "IRQ", "KWT"):
            assert ("REQUEST", proposer, asked) in found
    # an act told beside the asked one is not asked
    found = summary(extractor, "Kuwait urged Iraq to stop firing while Iran watched.", "2017-07-04")
    assert ("REQUEST", "KWT", "IRN") not in found


@pytest.mark.parametrize(
    "text",
    [
        # drills put off by one Korea would be a step back toward the other
        "Pyongyang dropped its insistence that Seoul put off its military exercises.",
        "Pyongyang abandoned its insistence that Seoul put off its military exercises.",
    ],
)
def test_what_a_demand_given_up_asked_is_neither_done_nor_to_come(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2014-02-14", ("type", "actor", "recipient", "modality"))
    assert not {e for e in found if e[1] == "KOR"}


def test_a_states_own_demand_given_up_asked_it_nothing(extractor: Extractor) -> None:
    text = "Iran abandoned its demand that Iraq pay compensation."
    found = summary(extractor, text, "2014-02-14")
    assert ("REQUEST", "IRQ", "IRN") not in found
    # a request turned down was made to the one turning it down
    text = "Iran turned down a request from Iraq to hold talks."
    assert ("REQUEST", "IRQ", "IRN") in summary(extractor, text, "2014-02-14")
