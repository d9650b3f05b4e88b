"""Acts a sentence doubts, denies or makes conditional are not coded as done
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary


def _moods(extractor: Extractor, text: str, event: str) -> set[str | None]:
    found = summary(extractor, text, "2022-03-14", ("type", "modality"))
    return {modality for kind, modality in found if kind == event}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Washington warned Tehran against attacking Iraq.", ("ASSAULT", "IRN", "IRQ")),
        ("Moscow cautioned Tokyo against sending troops to Taiwan.", ("AID", "JPN", "TWN")),
        ("Moscow warned Tokyo not to send weapons to Kyiv.", ("AID", "JPN", "UKR")),
    ],
)
def test_an_act_a_state_is_warned_against_is_the_warned_states_risk(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    found = summary(extractor, text, "2022-03-14", ("type", "actor", "recipient", "modality"))
    kind, actor, recipient = event
    # not the warner's act, and not one done or one said not to be done
    assert {f for f in found if f[0] == kind} == {(kind, actor, recipient, "hypothetical")}


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang warned that it will take strong countermeasures against Seoul.",
        # one told what a state will do is not asked to do it
        "A North Korean official told reporters that Pyongyang would take stern measures"
        " against Seoul.",
    ],
)
def test_a_state_said_to_take_measures_threatens(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2022-03-14", ("type", "actor", "recipient", "modality"))
    assert ("THREATEN", "PRK", "KOR", "asserted") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Analysts say Iran is unlikely to attack Israel.", "ASSAULT"),
        ("Iran is likely to attack Israel, analysts say.", "ASSAULT"),
        ("There is no evidence that Iran sent rockets to Syria.", "AID"),
        ("There is little proof that Iran shipped arms to Syria.", "AID"),
    ],
)
def test_an_act_judged_likely_or_unproven_is_hypothetical(
    extractor: Extractor, text: str, event: str
) -> None:
    assert _moods(extractor, text, event) == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Greek Prime Minister Kyriakos Mitsotakis is due to meet Turkish President Recep"
        " Tayyip Erdogan in Ankara on Saturday.",
        "Greece is due to hold talks with Turkey on Saturday.",
    ],
)
def test_an_act_one_is_due_to_do_is_planned(extractor: Extractor, text: str) -> None:
    # published on a Monday: "on Saturday" is the coming one, not the one before
    found = summary(
        extractor, text, "2022-03-14", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("CONSULT", "GRC", "TUR", "future", "2022-03-19") in found


def test_drills_due_to_begin_are_planned_and_date_nothing_else(extractor: Extractor) -> None:
    text = (
        "Moscow accused Washington of goading Tehran, pointing to the large joint"
        " US-Israeli air exercise due to begin on Saturday."
    )
    # published on a Monday: the drill is the coming Saturday's; the accusation,
    # told with no day of its own, is the publication's, not the Saturday before
    found = summary(
        extractor, text, "2022-03-14", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("ACCUSE", "RUS", "USA", "asserted", "2022-03-14") in found
    assert ("COOPERATE", "ISR", "USA", "future", "2022-03-19") in found
    assert not {m for t, _a, _r, m, _d in found if t != "ACCUSE"} - {"future"}


def test_not_ruling_out_an_act_rejects_nothing(extractor: Extractor) -> None:
    text = "Turkey said it would not rule out sending arms to Ukraine."
    assert _moods(extractor, text, "REJECT") == set()


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Greece has not ruled out talks with Turkey.", "REJECT"),
        ("China did not condemn the missile launch by Iran.", "ACCUSE"),
        ("Greece has not threatened Turkey.", "THREATEN"),
    ],
)
def test_a_charge_refusal_or_threat_not_made_is_no_event(
    extractor: Extractor, text: str, event: str
) -> None:
    # none of our gold codes one (a talk not held is a negated CONSULT, though)
    assert _moods(extractor, text, event) == set()


def test_a_refusal_to_act_told_as_will_not_is_negated(extractor: Extractor) -> None:
    text = "France said it will not lift its sanctions on Iran."
    assert _moods(extractor, text, "CONCEDE") == {"negated"}


@pytest.mark.parametrize(
    ("text", "event", "mood"),
    [
        ("The visit by the Turkish president to Greece was postponed.", "CONSULT", "future"),
        ("Greece postponed its talks with Turkey.", "CONSULT", "future"),
        ("Iran has refrained from testing missiles since 2019.", "MOBILIZE", "negated"),
        # "stopped short of" doing it: not done
        ("Kuwait stopped short of imposing sanctions on Iraq.", "SANCTION", "negated"),
        # what was done "without" it was not done
        ("Turkey sent jets over the islands without notifying Greece.", "CONSULT", "negated"),
    ],
)
def test_an_act_put_off_or_refrained_from_did_not_happen(
    extractor: Extractor, text: str, event: str, mood: str
) -> None:
    assert _moods(extractor, text, event) == {mood}


def test_disarmament_insisted_on_is_not_done(extractor: Extractor) -> None:
    # the tagger reads the base form "scrap" as past; what is insisted on is asked
    text = "Washington insisted that Iran scrap its nuclear program before anything else."
    assert "asserted" not in _moods(extractor, text, "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Turkey and Greece have stalled since 2019.",
        "Talks between Turkey and Greece have been stuck since 2019.",
    ],
)
def test_talks_that_stalled_are_no_talks(extractor: Extractor, text: str) -> None:
    assert not _moods(extractor, text, "CONSULT")


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Greece has been reluctant to hold talks with Turkey.", "negated"),
        ("Greece is willing to hold talks with Turkey next month.", "future"),
        ("Greece proposed that Turkey and Greece hold talks next month.", "future"),
    ],
)
def test_talks_a_state_is_reluctant_or_willing_to_hold_are_not_held(
    extractor: Extractor, text: str, mood: str
) -> None:
    assert _moods(extractor, text, "CONSULT") == {mood}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Analysts say Seoul could abandon the 2015 agreement with Tokyo.", "AGREE"),
        ("Iran may retaliate for Israel's 2019 missile test.", "MOBILIZE"),
    ],
)
def test_an_act_its_name_dates_in_the_past_happened_whatever_is_said_of_it(
    extractor: Extractor, text: str, event: str
) -> None:
    assert _moods(extractor, text, event) == {"asserted"}


def test_a_past_act_its_own_words_doubt_stays_doubted(extractor: Extractor) -> None:
    text = "Analysts say Seoul could revive the proposed 2019 summit with Tokyo."
    assert _moods(extractor, text, "CONSULT") <= {"future", "hypothetical"}


def test_an_act_worried_about_stays_speculation(extractor: Extractor) -> None:
    text = "Israel worried about a missile test by Iran."
    assert _moods(extractor, text, "MOBILIZE") == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The Security Council will likely come up with a new resolution against Iran.",
            "SANCTION",
        ),
        ("Israel probably attacked Iran last week, analysts said.", "ASSAULT"),
        (
            "The agency is likely to recommend that the Security Council impose further"
            " economic punishment on Iran.",
            "SANCTION",
        ),
    ],
)
def test_an_act_hedged_by_an_adverb_or_a_likely_proposal_is_hypothetical(
    extractor: Extractor, text: str, event: str
) -> None:
    assert _moods(extractor, text, event) == {"hypothetical"}


def test_an_act_a_state_recommends_is_future(extractor: Extractor) -> None:
    text = "France recommended that the Security Council impose further punishment on Iran."
    assert _moods(extractor, text, "SANCTION") == {"future"}


@pytest.mark.parametrize(
    "text",
    [
        "Seoul will halt aid to the North in response to North Korea's missile launch.",
        "Japan could impose sanctions on Pyongyang because of North Korea's missile launch.",
        "Seoul will stage drills with Washington despite North Korea's missile launch.",
    ],
)
def test_an_act_given_as_the_cause_happened(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2022-03-14", ("type", "actor", "modality"))
    assert {m for t, a, m in found if (t, a) == ("MOBILIZE", "PRK")} == {"asserted"}


def test_an_act_a_time_is_counted_from_happened(extractor: Extractor) -> None:
    text = (
        "Iran and Iraq have not held a summit since the Iranian president's visit"
        " to Baghdad in 2019."
    )
    found = summary(extractor, text, "2024-03-26", ("type", "modality", "date"))
    assert ("CONSULT", "asserted", "2019") in found
    assert ("CONSULT", "negated", "2019") not in found


def test_an_act_expected_of_a_state_is_not_done(extractor: Extractor) -> None:
    text = "Analysts expect Iran to conduct a missile test in the coming months."
    assert _moods(extractor, text, "MOBILIZE") <= {"future", "hypothetical"}
    assert _moods(extractor, text, "MOBILIZE")


def test_an_act_no_report_tells_of_is_hypothetical(extractor: Extractor) -> None:
    text = "There were no immediate reports of Iranian missile launches on Tuesday."
    assert _moods(extractor, text, "MOBILIZE") == {"hypothetical"}


def test_talks_that_ended_without_agreement_were_held(extractor: Extractor) -> None:
    text = "The talks between Japan and Vietnam ended without an agreement on Monday."
    assert _moods(extractor, text, "CONSULT") == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin affirmed that Russia would hold talks with Iran.",
        "Vladimir Putin stressed that Russia would hold talks with Iran.",
    ],
)
def test_a_would_under_a_past_assurance_is_a_reported_will(extractor: Extractor, text: str) -> None:
    assert _moods(extractor, text, "CONSULT") == {"future"}


def test_a_would_before_its_past_speech_verb_is_a_reported_will(extractor: Extractor) -> None:
    # "Russia would hold talks with Iran, Putin said" reports "Russia will hold talks"
    text = "Russia would hold talks with Iran next month, Vladimir Putin said on Monday."
    assert _moods(extractor, text, "CONSULT") == {"future"}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey denied reports that it had agreed to send weapons to Ukraine.",
        # the claim parsed as a clause of the denial, or as the object of the date's
        # preposition: still what was denied
        "Iran on Monday dismissed US claims that it had supplied arms to Russia as a fabrication.",
        "Turkey denied on Monday Russia's claim that it had sent weapons to Ukraine.",
    ],
)
def test_what_a_denied_claim_tells_did_not_happen(extractor: Extractor, text: str) -> None:
    assert _moods(extractor, text, "AID") == {"negated"}


def test_a_would_under_a_participle_of_announcing_is_a_reported_will(
    extractor: Extractor,
) -> None:
    text = "Poland declared a state of alert, announcing that it would hold talks with Ukraine."
    assert _moods(extractor, text, "CONSULT") == {"future"}


def test_a_refusal_declared_with_will_is_made_now(extractor: Extractor) -> None:
    assert _moods(
        extractor, "Iran will reject any talks with Israel, its minister said.", "REJECT"
    ) == {"asserted"}
    # one agreed on as a plan is still to come
    text = "Iran and Syria agreed to reject any talks with Israel."
    assert _moods(extractor, text, "REJECT") <= {"future"}


@pytest.mark.parametrize(
    "text",
    [
        "Brazil rejected a Japanese proposal to impose new sanctions on Chile on Friday.",
        "Brazil blocked a Japanese push to tighten sanctions on Chile on Friday.",
        "Brazil opposed a Japanese plan to impose new sanctions on Chile.",
        "Brazil blocked a push by Japan to tighten sanctions on Chile on Friday.",
    ],
)
def test_an_intent_another_state_thwarts_is_its_owners_and_hypothetical(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-04", ("type", "actor", "recipient", "modality"))
    assert ("SANCTION", "JPN", "CHL", "hypothetical") in found
    assert not {e for e in found if e[:2] == ("SANCTION", "BRA")}


def test_the_day_of_a_thwarted_push_is_the_day_it_was_blocked(extractor: Extractor) -> None:
    # the parser hangs "to tighten" on "blocked", not on "push"
    text = "Brazil blocked a U.S. push to tighten sanctions on Chile on Friday."
    found = summary(extractor, text, "2024-05-04", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "BRA", "USA", "2024-05-03") in found
    assert ("SANCTION", "USA", "CHL", "2024-05-03") in found


def test_any_attempt_is_hypothetical(extractor: Extractor) -> None:
    text = "Brazil vowed to counter any attempt by Japan to impose sanctions on Chile."
    found = summary(extractor, text, "2024-05-04", ("type", "actor", "recipient", "modality"))
    assert ("SANCTION", "JPN", "CHL", "hypothetical") in found


def test_no_plans_to_act_is_the_act_negated_and_refuses_no_one(extractor: Extractor) -> None:
    text = "A Kremlin spokesman said Putin had no plans to travel to Tehran this year."
    found = summary(extractor, text, "2024-05-04", ("type", "actor", "recipient", "modality"))
    assert ("CONSULT", "RUS", "IRN", "negated") in found
    assert not {e for e in found if e[0] == "REJECT"}


def test_drills_that_began_are_held_whatever_is_to_come(extractor: Extractor) -> None:
    text = "The joint Indian-Japanese drills, which began on Monday, will run for 11 days."
    found = summary(extractor, text, "2024-05-04", ("type", "modality", "date"))
    assert ("COOPERATE", "asserted", "2024-04-29") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran does not intend to hold talks with Israel.", "CONSULT"),
        ("Officials said Egypt and Sudan did not plan to sign any agreements.", "AGREE"),
        ("Greece is not ready to send aid to Turkey, officials said.", "AID"),
    ],
)
def test_an_act_not_planned_is_negated_not_future(
    extractor: Extractor, text: str, event: str
) -> None:
    assert _moods(extractor, text, event) == {"negated"}


def test_talks_called_off_by_a_state_are_its_talks_not_held(extractor: Extractor) -> None:
    text = "Iran cancelled a planned summit with Iraq."
    found = summary(extractor, text, "2022-03-14", ("type", "actor", "recipient", "modality"))
    assert ("CONSULT", "IRN", "IRQ", "negated") in found


def test_talks_called_off_are_a_sanction_as_cancelled_talks_are(extractor: Extractor) -> None:
    # the dev gold codes talks cancelled and a trip called off as a sanction
    for text in ("Iran called off talks with Iraq.", "Iran cancelled talks with Iraq."):
        found = summary(extractor, text, "2022-03-14", ("type", "actor", "recipient", "modality"))
        assert ("SANCTION", "IRN", "IRQ", "asserted") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # what a vetoed resolution would have done did not happen, as of the veto
        (
            "Russia vetoed a U.S.-drafted resolution in May that would have imposed"
            " sanctions on Iran.",
            ("SANCTION", "USA", "IRN", "negated", "2022-05"),
        ),
        (
            "The Security Council would have imposed sanctions on Iran without Russia's veto.",
            ("SANCTION", "UNO", "IRN", "negated", "2022-07-01"),
        ),
    ],
)
def test_what_would_have_been_done_was_not_done(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    fields = ("type", "actor", "recipient", "modality", "date")
    assert event in summary(extractor, text, "2022-07-01", fields)


def test_drills_agreed_to_be_expanded_are_to_come_dated_by_the_agreement(
    extractor: Extractor,
) -> None:
    text = "Iran and Iraq agreed last Saturday to expand the scale of their joint drills."
    found = summary(extractor, text, "2022-05-28", ("type", "actor", "modality", "date"))
    assert ("MOBILIZE", "IRN", "future", "2022-05-21") in found
    assert not any(mood == "asserted" for kind, _a, mood, _d in found if kind == "MOBILIZE")


def test_no_such_talks_held_are_the_talks_agreed_not_held(extractor: Extractor) -> None:
    text = (
        "Iran and Iraq agreed on June 30 to resume working-level negotiations within weeks,"
        " but no such talks have been held."
    )
    found = summary(
        extractor, text, "2019-07-31", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("CONSULT", "IRN", "IRQ", "negated", "2019-07-31") in found
    assert ("CONSULT", "IRN", "IRQ", "future", "2019-06-30") in found


def test_an_act_a_role_is_asked_in_is_no_act_done(extractor: Extractor) -> None:
    text = "Iran asked Turkey to play a constructive role in persuading Iraq."
    found = summary(extractor, text, "2024-06-28", ("type", "actor", "recipient", "modality"))
    assert ("REQUEST", "IRN", "TUR", "asserted") in found
    assert ("REQUEST", "TUR", "IRQ", "asserted") not in found


def test_the_means_of_an_answer_has_the_answers_mood(extractor: Extractor) -> None:
    text = "Iran's foreign minister said it could respond by testing a nuclear bomb."
    assert _moods(extractor, text, "MOBILIZE") == {"hypothetical"}
    text = "Iran responded on Monday by testing two missiles."
    assert _moods(extractor, text, "MOBILIZE") == {"asserted"}


def test_a_yes_or_no_question_reports_nothing_as_done(extractor: Extractor) -> None:
    # (asked, not told: the act is neither done nor planned nor guessed at)
    assert not _moods(extractor, "Will Iran's president visit Baghdad next month?", "CONSULT")
    assert not _moods(extractor, "Did Iran shell Iraqi border posts on Monday?", "ASSAULT")
    # a question of why takes the act as done
    assert _moods(extractor, "Why did Iran shell Iraqi border posts on Monday?", "ASSAULT") == {
        "asserted"
    }
    # what a question takes as known is still told
    found = summary(extractor, "Is it linked to Iran's latest missile launch?", "2018-06-13")
    assert ("MOBILIZE", "IRN", None) in found


def test_an_act_two_states_discuss_doing_is_not_done(extractor: Extractor) -> None:
    text = "Officials of Iran and Iraq will meet next week to discuss reopening more crossings."
    assert _moods(extractor, text, "COOPERATE") == {"future"}


def test_a_report_rejected_tells_of_an_act_denied(extractor: Extractor) -> None:
    text = "Tehran rejected a report that it had sent troops to Iraq."
    found = summary(extractor, text, "2024-05-10", ("type", "actor", "recipient", "modality"))
    assert ("AID", "IRN", "IRQ", "asserted") not in found


def test_an_offer_rejected_is_still_what_was_offered(extractor: Extractor) -> None:
    text = "Tehran rejected Baghdad's offer to send envoys to Iran."
    found = summary(extractor, text, "2024-05-10", ("type", "actor", "recipient", "modality"))
    assert ("CONSULT", "IRQ", "IRN", "negated") not in found


def test_a_plan_the_tagger_reads_as_a_noun_is_the_states_plan(extractor: Extractor) -> None:
    text = "The US and South Korea plan to hold joint drills next month."
    found = summary(extractor, text, "2024-05-10", ("type", "actor", "recipient", "modality"))
    assert ("COOPERATE", "USA", "KOR", "future") in found


@pytest.mark.parametrize(
    "text",
    [
        "Seoul and Washington said on Monday they would postpone a joint air exercise "
        "planned for December.",
        "Baghdad's announcement on Monday that it would halt all flights to Iran angered Tehran.",
    ],
)
def test_a_halt_announced_as_what_a_state_would_do_is_decided(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-10", ("type", "modality", "date"))
    assert {e[1:] for e in found if e[0] in ("RETREAT", "SANCTION")} == {("asserted", "2024-05-06")}


def test_a_halt_that_will_come_is_still_a_plan(extractor: Extractor) -> None:
    text = "Iraq will halt all flights to Iran next month."
    found = summary(extractor, text, "2024-05-10", ("type", "modality"))
    assert ("SANCTION", "future") in found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Joint drills by Iran and Iraq are scheduled to begin next week.", "2024-06-27"),
        ("Joint drills by Iran and Iraq are set to start on Monday.", "2024-06-24"),
    ],
)
def test_an_event_scheduled_to_begin_is_to_come_on_its_day(
    extractor: Extractor, text: str, date: str
) -> None:
    found = summary(extractor, text, "2024-06-20", ("type", "modality", "date"))
    assert ("COOPERATE", "future", date) in found
    assert not any(e[1] == "asserted" for e in found)


def test_a_visit_an_invitation_is_for_is_to_come(extractor: Extractor) -> None:
    text = (
        "The Iraqi side conveyed an invitation for a high-level Iranian delegation to visit"
        " Iraq at a mutually convenient time."
    )
    found = summary(extractor, text, "1996-09-26", ("type", "actor", "recipient", "modality"))
    assert ("CONSULT", "IRN", "IRQ", "future") in found
    assert ("CONSULT", "IRN", "IRQ", "asserted") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said a visit by Iran's president to Moscow was on the agenda.",
        "The Kremlin said a visit by Iran's president to Moscow remained on the agenda.",
        "A visit by Iran's president to Moscow is on the cards, the Kremlin said.",
    ],
)
def test_a_visit_on_the_agenda_is_to_come(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "1996-09-26", ("type", "actor", "recipient", "modality"))
    assert found == {("CONSULT", "IRN", "RUS", "future")}


@pytest.mark.parametrize(
    "text",
    [
        "Iraq has sent no envoy to Iran since 1991.",
        "Iraq sent no aid to Iran last year.",
        "Iraq has imposed no sanctions on Iran.",
        # the "no" on what the object is of: "no message of sympathy"
        "Iraq pointedly sent no message of sympathy to Iran.",
    ],
)
def test_an_act_with_none_of_its_object_did_not_happen(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "1996-06-28", ("actor", "recipient", "modality"))
    assert found == {("IRQ", "IRN", "negated")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published on a Tuesday: Thursday is two days ahead
        (
            "President Erdogan hosts Iraqi Prime Minister Sudani in Ankara on Thursday.",
            ("future", "2017-04-06"),
        ),
        (
            "President Erdogan hosted Iraqi Prime Minister Sudani in Ankara on Thursday.",
            ("asserted", "2017-03-30"),
        ),
    ],
)
def test_a_present_tense_act_on_a_weekday_is_scheduled(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    found = summary(extractor, text, "2017-04-04", ("type", "modality", "date"))
    assert ("CONSULT", *expected) in found


def test_the_errands_of_a_scheduled_trip_are_scheduled_with_it(extractor: Extractor) -> None:
    text = (
        "Tillerson flies to Ankara on Thursday to brief Turkey's president and to meet the"
        " foreign ministers of Iraq and Jordan."
    )
    found = summary(
        extractor, text, "2017-04-04", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("CONSULT", "USA", "TUR", "future", "2017-04-06") in found
    assert ("CONSULT", "USA", "IRQ", "future", "2017-04-06") in found
    assert not any(e[3] == "asserted" for e in found)


def test_declining_to_criticize_is_a_charge_withheld(extractor: Extractor) -> None:
    text = (
        "Iran fired a missile on Monday.\n\n"
        "Iraq's foreign ministry spokesman declined to criticize the launch on Tuesday."
    )
    found = summary(extractor, text, "2024-05-28", ("type", "actor", "recipient", "modality"))
    assert ("ACCUSE", "IRQ", "IRN", "negated") in found
    assert not any(e[0] == "REJECT" for e in found)  # no offer of Iran's refused


def test_what_a_thing_is_read_to_signal_is_not_reported(extractor: Extractor) -> None:
    text = (
        "An analyst said Iraq's recent steps seem to signal that it hopes Tehran will pursue"
        " a balanced diplomacy."
    )
    found = summary(extractor, text, "2015-03-13")
    assert ("REQUEST", "IRQ", "IRN") not in found  # an analyst's reading, no act


def test_what_a_state_must_do_has_not_been_done(extractor: Extractor) -> None:
    text = "Iraq must stop its military provocations against Iran at once."
    found = summary(extractor, text, "2017-08-10", ("type", "actor", "recipient", "modality"))
    assert ("RETREAT", "IRQ", "IRN", "asserted") not in found


def test_what_was_agreed_would_happen_is_planned_for_its_day(extractor: Extractor) -> None:
    # "agreed that their leaders would meet on April 27": a reported "will", so the
    # coming April 27 (not a hypothetical meeting of last April)
    text = (
        "On Thursday, officials of Iran and Iraq agreed at talks in Basra that their"
        " leaders would meet there on April 27."
    )
    found = summary(extractor, text, "2018-03-29", ("type", "modality", "date"))
    assert ("CONSULT", "future", "2018-04-27") in found


def test_what_a_trip_made_was_for_is_done_with_it(extractor: Extractor) -> None:
    # "flew to Baghdad in March to hold talks": the talks of March, not of next March
    text = "Iran's president flew to Baghdad in March to hold talks with Iraq's prime minister."
    found = summary(extractor, text, "2018-06-13", ("type", "modality", "date"))
    assert found == {("CONSULT", "asserted", "2018-03")}
    planned = "Iran's president will fly to Baghdad next week to hold talks with Iraq's premier."
    assert {e[1] for e in summary(extractor, planned, "2018-06-13", ("type", "modality"))} == {
        "future"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The summit between Iraq and Kuwait, set for late July, never took place.",
        "The summit between Iraq and Kuwait, planned for late July, was never held.",
    ],
)
def test_a_slated_meeting_that_never_took_place_is_negated_on_its_past_day(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "1994-10-21", ("type", "modality", "date"))
    assert found == {("CONSULT", "negated", "1994-07")}


def test_what_a_past_call_was_made_to_say_is_said_in_it(extractor: Extractor) -> None:
    text = (
        "Iraq's prime minister made a one-day trip to Tehran on Tuesday and met Iran's"
        " president.\n\nThe U.S. president telephoned the Iraqi prime minister on Wednesday"
        " to praise the trip as bold, an official said."
    )
    found = summary(
        extractor, text, "2002-09-19", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("SUPPORT", "USA", "IRQ", "asserted", "2002-09-18") in found


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday, Iran's commerce ministry said it would ban cotton imports from Iraq"
        " immediately.",
        "Iran will close its border with Iraq with immediate effect, the ministry said on"
        " Saturday.",
    ],
)
def test_a_measure_told_to_start_at_once_is_taken(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2015-06-20", ("type", "actor", "recipient", "modality"))
    assert found == {("SANCTION", "IRN", "IRQ", "asserted")}
    later = "Iran said on Saturday it would ban cotton imports from Iraq next month."
    assert summary(extractor, later, "2015-06-20", ("type", "modality")) == {("SANCTION", "future")}


def test_a_trip_after_a_planned_one_is_planned_too(extractor: Extractor) -> None:
    planned = (
        "Iraq's foreign minister will visit Kuwait on Monday before travelling to Tehran for talks."
    )
    found = summary(extractor, planned, "2015-06-20", ("type", "recipient", "modality"))
    assert found == {("CONSULT", "KWT", "future"), ("CONSULT", "IRN", "future")}
    made = planned.replace("will visit", "visited")
    found = summary(extractor, made, "2015-06-20", ("type", "recipient", "modality"))
    assert found == {("CONSULT", "KWT", "asserted"), ("CONSULT", "IRN", "asserted")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kuwait is considering sanctions against Iraq.", ("SANCTION", "KWT", "IRQ")),
        ("Kuwait is considering imposing sanctions on Iraq.", ("SANCTION", "KWT", "IRQ")),
        ("Kuwait is weighing a visit to Iraq by its emir.", ("CONSULT", "KWT", "IRQ")),
    ],
)
def test_an_act_weighed_may_or_may_not_come(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    fields = ("type", "actor", "recipient", "modality")
    assert summary(extractor, text, "2016-09-13", fields) == {(*expected, "hypothetical")}


def test_sanctions_on_top_of_others_are_not_aimed_at_their_owner(extractor: Extractor) -> None:
    text = "Kuwait imposed new sanctions on top of existing U.N. measures on Monday."
    assert not {f for f in summary(extractor, text, "2013-02-12") if f[2] == "UNO"}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Iran ruled out sending troops to Iraq.", "negated"),
        ("Iran did not rule out sending troops to Iraq.", "hypothetical"),
        ("Iran refused to rule out sending troops to Iraq.", "hypothetical"),
    ],
)
def test_an_act_ruled_out_is_not_done_and_one_not_ruled_out_is_possible(
    extractor: Extractor, text: str, modality: str
) -> None:
    found = summary(extractor, text, "2024-11-08", ("type", "actor", "recipient", "modality"))
    assert ("AID", "IRN", "IRQ", modality) in found


def test_an_act_cited_as_a_reason_for_a_plan_took_place(extractor: Extractor) -> None:
    # the plan is future; what it cites happened
    text = (
        "Kuwait and Washington announced on July 8, 2016, that they would deploy the "
        "battery, citing Iraq's missile tests in January 2016."
    )
    found = summary(extractor, text, "2016-07-10", ("type", "actor", "modality", "date"))
    assert ("MOBILIZE", "IRQ", "asserted", "2016-01") in found


@pytest.mark.parametrize(
    "text",
    [
        "Peru urged Chile not to carry out a missile test.",
        "The Council demanded that Chile not conduct any further missile tests.",
    ],
)
def test_an_act_a_state_is_asked_not_to_do_is_no_event(extractor: Extractor, text: str) -> None:
    # the asking is the event; the act was neither done nor refused
    assert not {e for e in summary(extractor, text, "2017-08-12") if e[0] == "MOBILIZE"}
    # one not done, told so, still is a negated act
    done = summary(extractor, "Chile did not conduct a missile test on Monday.", "2017-08-12")
    assert ("MOBILIZE", "CHL", None) in done


def test_each_would_of_a_reported_clause_tells_a_plan(extractor: Extractor) -> None:
    # "said it would recall ... and would deploy": both report a "will"
    text = (
        "On Nov. 3, Iraq's defence ministry said it would recall its envoy to Kuwait"
        " and would deploy more troops along the Kuwaiti border."
    )
    found = summary(extractor, text, "2019-11-05", ("type", "actor", "modality"))
    assert ("MOBILIZE", "IRQ", "future") in found
    assert ("MOBILIZE", "IRQ", "hypothetical") not in found


def test_an_attempt_a_but_clause_undoes_did_not_happen_on_the_storys_day(
    extractor: Extractor,
) -> None:
    text = (
        "Iraq's prime minister criticised Kuwait in a speech in Basra on May 2."
        " Hours earlier, he had tried to pay a visit to Kuwait, but a sandstorm forced"
        " his plane to turn back."
    )
    found = summary(extractor, text, "2019-05-20", ("type", "actor", "modality", "date"))
    assert ("CONSULT", "IRQ", "negated", "2019-05-02") in found
    # an attempt with no "but" is still only meant
    text = "Iraq's prime minister will try to pay a visit to Kuwait next week."
    found = summary(extractor, text, "2019-05-20", ("type", "actor", "modality"))
    assert ("CONSULT", "IRQ", "future") in found


@pytest.mark.parametrize("weighing", ["reviewing", "considering", "studying"])
def test_a_plan_under_review_may_or_may_not_come(extractor: Extractor, weighing: str) -> None:
    text = (
        f"Iran's General Staff said on Tuesday it was {weighing} plans to send troops"
        " to the Iraqi border."
    )
    found = summary(extractor, text, "2020-06-17", ("type", "actor", "modality"))
    assert ("MOBILIZE", "IRN", "hypothetical") in found
    assert ("MOBILIZE", "IRN", "future") not in found


def test_what_reports_suggest_a_state_might_do_is_told_as_possible(
    extractor: Extractor,
) -> None:
    # reports are speakers, not a sign read by the writer ("the move suggests ...")
    text = "Some reports suggest Iran might conduct another nuclear test in the coming weeks."
    found = summary(extractor, text, "2019-03-20", ("type", "actor", "modality"))
    assert ("MOBILIZE", "IRN", "hypothetical") in found


def test_a_test_a_state_said_it_would_carry_out_is_planned(extractor: Extractor) -> None:
    text = "Tehran announced on March 3 that it would carry out a test."
    found = summary(extractor, text, "2019-03-20", ("type", "actor", "modality", "date"))
    assert ("MOBILIZE", "IRN", "future", "2019-03-03") in found


def test_a_visit_looked_forward_to_is_still_to_come(extractor: Extractor) -> None:
    text = "Iraq's president said on Monday he looks forward to visiting Kuwait."
    found = summary(extractor, text, "2018-03-28", ("type", "actor", "recipient", "modality"))
    assert ("CONSULT", "IRQ", "KWT", "future") in found
    assert ("CONSULT", "IRQ", "KWT", "asserted") not in found


def test_an_act_none_of_its_subjects_did_is_negated(extractor: Extractor) -> None:
    text = "No Iranian leader has visited Iraq since the president's trip in June 2019."
    found = summary(extractor, text, "2024-09-15", ("type", "actor", "recipient", "modality"))
    assert found == {("CONSULT", "IRN", "IRQ", "negated")}


@pytest.mark.parametrize(
    "text",
    [
        "Iraq refused to rule out a strike on Iran.",
        "Iraq declined on Monday to rule out sanctions against Iran.",
    ],
)
def test_refusing_to_rule_an_act_out_turns_no_one_down(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert not {e for e in found if e[0] == "REJECT"}


def test_criticism_avoided_is_a_charge_withheld(extractor: Extractor) -> None:
    found = summary(extractor, "Iraq avoided criticizing Iran.", "2024-05-15", ("type", "modality"))
    assert found == {("ACCUSE", "negated")}


@pytest.mark.parametrize(
    "text",
    [
        "Iran's attempt to hold talks with Iraq failed on Tuesday.",
        "Iran's bid to arrange a summit with Iraq collapsed.",
        "Kuwait's attempt to broker talks between Iran and Iraq failed.",
    ],
)
def test_talks_an_attempt_failed_to_bring_about_were_not_held(
    extractor: Extractor, text: str
) -> None:
    assert _moods(extractor, text, "CONSULT") == {"negated"}


def test_talks_one_offered_to_broker_are_not_held_yet(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "Kuwait offered to broker talks between Iran and Iraq.",
        "2022-03-14",
        ("type", "actor", "recipient", "modality"),
    )
    assert not any(event[0] == "CONSULT" and event[3] == "asserted" for event in found)


@pytest.mark.parametrize(
    "text",
    [
        "Officials suspect that Iran supplied artillery shells to Russia.",
        "U.S. officials believe Iran supplied artillery shells to Russia.",
        "Analysts think Iran has supplied shells to Russia.",
        "Officials said they suspected Iran of supplying shells to Russia.",
    ],
)
def test_an_act_only_believed_or_suspected_is_hypothetical(extractor: Extractor, text: str) -> None:
    assert _moods(extractor, text, "AID") == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran came close to attacking Iraq in 1988.", "ASSAULT"),
        ("Iran almost signed a deal with Iraq last year.", "AGREE"),
    ],
)
def test_an_act_that_nearly_happened_did_not(extractor: Extractor, text: str, event: str) -> None:
    assert _moods(extractor, text, event) == {"negated"}


def test_an_act_a_state_is_capable_of_is_only_possible(extractor: Extractor) -> None:
    assert _moods(extractor, "Iran is capable of striking Iraq.", "ASSAULT") == {"hypothetical"}


def test_drills_that_almost_ended_in_disaster_were_held(extractor: Extractor) -> None:
    text = "Iran and Iraq held joint drills on Monday. But the drills almost ended in disaster."
    assert _moods(extractor, text, "COOPERATE") == {"asserted"}


def test_an_act_neither_confirmed_nor_denied_is_only_possible(extractor: Extractor) -> None:
    text = "Iran neither confirmed nor denied that it had attacked Iraq."
    assert _moods(extractor, text, "ASSAULT") == {"hypothetical"}
    assert _moods(extractor, "Iran denied that it had attacked Iraq.", "ASSAULT") == {"negated"}


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Iran is keen on meeting Kuwait's leaders.", "future"),
        ("Iran said it was interested in holding talks with Kuwait.", "future"),
        ("Iran insisted on meeting Kuwait's leaders.", "future"),
        ("Iran said it had no interest in any proposal or meeting with Kuwait.", "negated"),
        ("Iran succeeded in meeting Kuwait's leaders.", "asserted"),
    ],
)
def test_a_meeting_only_wished_for_through_a_preposition_is_not_held(
    extractor: Extractor, text: str, mood: str
) -> None:
    assert _moods(extractor, text, "CONSULT") == {mood}


def test_a_meeting_with_no_interest_in_it_is_refused(extractor: Extractor) -> None:
    text = "Iran said it had no interest in any proposal or meeting with Kuwait."
    assert ("REJECT", "IRN", "KWT") in summary(extractor, text, "2022-03-14")


@pytest.mark.parametrize(
    "text",
    [
        "Iran expressed support for Iraq's wish to restore dialogue with Kuwait.",
        "Iran backed Iraq's desire to resume talks with Kuwait.",
    ],
)
def test_talks_a_state_wishes_for_are_to_come_not_held(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2022-03-14", ("type", "actor", "recipient", "modality"))
    assert ("CONSULT", "IRQ", "KWT", "future") in found
    assert ("CONSULT", "IRQ", "KWT", "asserted") not in found


def test_his_wish_conveyed_by_envoys_is_not_theirs(extractor: Extractor) -> None:
    text = (
        "Iraqi President Abdul Latif Rashid received the envoys on Monday. Kuwaiti envoys"
        " who had met Rashid conveyed his wish to meet the Iranian president."
    )
    found = summary(extractor, text, "2022-03-14", ("type", "actor", "recipient", "modality"))
    assert ("CONSULT", "KWT", "IRN", "future") not in found


def test_a_meeting_a_past_relative_clause_tells_under_a_hope_took_place(
    extractor: Extractor,
) -> None:
    text = (
        "The emir said he hoped talks could resume on the plan that he and the Iraqi"
        " president proposed at their summit in Baghdad in April."
    )
    fields = ("type", "actor", "recipient", "modality")
    found = summary(extractor, f"Kuwait's emir spoke on Monday. {text}", "2018-12-30", fields)
    assert any(
        e[0] == "CONSULT" and {e[1], e[2]} == {"KWT", "IRQ"} and e[3] == "asserted" for e in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait could look at asking Washington to send more troops.",
        "Kuwait looked at asking Washington to send more troops.",
    ],
)
def test_an_act_a_verb_of_thinking_takes_through_a_preposition_is_weighed(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2010-11-22", ("type", "actor", "recipient", "modality"))
    assert ("REQUEST", "KWT", "USA", "hypothetical") in found
    assert ("REQUEST", "KWT", "USA", "asserted") not in found


def test_any_act_told_as_subject_is_none_made(extractor: Extractor) -> None:
    text = "Any attack by Iran on Iraq would be met with force, Kuwait said."
    found = summary(extractor, text, "2023-07-20", ("type", "actor", "recipient", "modality"))
    assert ("ASSAULT", "IRN", "IRQ", "hypothetical") in found
    # met with force: an answer, no meeting
    assert not {e for e in found if e[0] == "CONSULT"}
    # but a summit not held under "any" is still negated
    text = "Japan has yet to hold any summit with Iraq."
    found = summary(extractor, text, "2023-07-20", ("type", "actor", "recipient", "modality"))
    assert ("CONSULT", "JPN", "IRQ", "negated") in found
    # (a guard) met by someone, in the passive: a meeting
    text = "The Iranian president was met by Iraq's prime minister at the airport."
    assert ("CONSULT", "IRQ", "IRN") in summary(extractor, text, "2023-07-20")
