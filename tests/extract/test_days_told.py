"""Days an act takes from what the text told around it: an act told before ("on the
day of the test"), the year its paragraph told last, a day spelled out beside a measure,
"within hours"; and acts told on several days, or over a span of time."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary


def test_on_the_day_of_an_act_told_before_is_that_acts_day(extractor: Extractor) -> None:
    text = (
        "Iran conducted its first nuclear test on Oct. 9.\n\n"
        "Iraq's president, who was holding a summit in Baghdad with Kuwait's emir on the"
        " day of the test, said the test was a grave threat."
    )
    found = summary(extractor, text, "2006-10-20", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRQ", "KWT", "2006-10-09") in found
    # the blast is the test that was told
    blast = text.replace("day of the test", "day of the blast")
    found = summary(extractor, blast, "2006-10-20", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRQ", "KWT", "2006-10-09") in found


def test_a_bare_month_after_a_dated_act_of_history_is_in_that_acts_year(
    extractor: Extractor,
) -> None:
    text = (
        "At Basra, on April 27, 2018, the leaders of Iraq and Kuwait signed a declaration."
        " When the leaders met again in Kuwait City in September, Iraq and Kuwait signed a"
        " military agreement."
    )
    found = summary(extractor, text, "2020-06-13", ("type", "actor", "date"))
    # not the last September before publication (2019)
    agreements = {e for e in found if e[0] == "AGREE"}
    assert agreements == {("AGREE", "IRQ", "2018-04-27"), ("AGREE", "IRQ", "2018-09")}


def test_a_day_spelled_out_beside_a_measure_dates_the_act(extractor: Extractor) -> None:
    text = (
        "On Jan. 17, Iraq and Kuwait agreed to field a joint team. A week earlier, on"
        " Jan. 9, officials of the two sides had met for their first talks in over two years."
    )
    found = summary(extractor, text, "2018-02-11", ("type", "actor", "date"))
    assert ("CONSULT", "IRQ", "2018-01-09") in found


@pytest.mark.parametrize(
    ("measure", "day"), [("The day after", "2019-03-13"), ("The week before", "2019-03-05")]
)
def test_the_day_after_a_dated_act_is_one_day_from_it(
    extractor: Extractor, measure: str, day: str
) -> None:
    text = f"{measure} the March 12 launch, Peru lodged a protest with Chile."
    found = summary(extractor, text, "2019-04-02", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "PER", "CHL", day) in found


@pytest.mark.parametrize("measure", ["Later that week", "Later in the week,"])
def test_later_that_week_is_in_the_days_left_of_the_last_days_week(
    extractor: Extractor, measure: str
) -> None:
    text = (
        "Chile barred Peruvian mourners from travelling on 20 December.\n\n"
        f"{measure} Peru accused Chile of an insult."
    )
    found = summary(extractor, text, "2011-12-26", ("type", "actor", "date"))
    assert ("ACCUSE", "PER", "2011-12-23") in found  # Tuesday's week: Wednesday to Sunday


def test_earlier_in_the_week_is_before_the_last_day_told(extractor: Extractor) -> None:
    # an editorial of Tuesday 15 August looking back on the week before
    text = (
        "Iran warned Iraq on Saturday, 12 August.\n\n"
        "Kuwait had already called on Iraq earlier in the week to stop the threats."
    )
    found = summary(extractor, text, "2017-08-15", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "KWT", "IRQ", "2017-08-09") in found  # Monday 7 to Friday 11


@pytest.mark.parametrize("measure", ["Earlier this week", "Earlier in the week"])
def test_a_weekday_named_beside_earlier_in_the_week_dates_the_act(
    extractor: Extractor, measure: str
) -> None:
    # (Friday's paper: "earlier this week" alone would guess Tuesday)
    text = f"{measure}, on Monday, an Iranian patrol boat crossed into Iraqi waters."
    found = summary(extractor, text, "2014-10-10", ("actor", "date"))
    assert ("IRN", "2014-10-06") in found


@pytest.mark.parametrize("opening", ["Within hours, Kuwait", "Kuwait, hours later,"])
def test_within_hours_of_a_day_told_is_that_day(extractor: Extractor, opening: str) -> None:
    text = (
        "News of the death reached the world on 19 December, when Iraqi television"
        f" announced it.\n\n{opening} placed its armed forces on emergency alert."
    )
    found = summary(extractor, text, "2011-12-26", ("type", "actor", "date"))
    assert ("MOBILIZE", "KWT", "2011-12-19") in found


def test_hours_before_an_act_are_not_counted_from_the_last_day(extractor: Extractor) -> None:
    text = (
        "Iran met Iraq on Monday.\n\nHours before the summit on Wednesday, Kuwait fired"
        " two missiles."
    )
    found = summary(extractor, text, "2023-09-14", ("type", "actor", "date"))
    assert ("MOBILIZE", "KWT", "2023-09-11") not in found


def test_an_act_done_again_on_another_date_is_one_act_on_each(extractor: Extractor) -> None:
    text = "The Iranian president visited Iraq in 2002 and again in 2004."
    found = summary(extractor, text, "2024-03-26", ("type", "actor", "recipient", "date"))
    assert {("CONSULT", "IRN", "IRQ", "2002"), ("CONSULT", "IRN", "IRQ", "2004")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Watching the whole course of the Iran-Iraq dialogue, observers concluded that Iraq"
        " cannot be trusted.",
        "The history of talks between Iran and Iraq shows little progress.",
        "Years of dialogue between Iran and Iraq have yielded nothing.",
    ],
)
def test_events_a_span_of_time_runs_through_are_no_act_of_a_day(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "1996-07-23")
    assert not {f for f in found if f[0] in ("CONSULT", "SANCTION")}


@pytest.mark.parametrize(
    "telling",
    [
        "Iraq's minister said on Tuesday that Baghdad had no plans to shut its border",
        "Iraq's minister told lawmakers the same day that Baghdad had no plans to shut its border",
    ],
)
def test_a_plan_had_or_none_is_dated_when_it_was_told(extractor: Extractor, telling: str) -> None:
    text = f"Kuwait tested a missile on Oct. 10. {telling} with Kuwait."
    found = summary(extractor, text, "2006-10-15", ("type", "actor", "modality", "date"))
    # not the publication's day, nor the next Tuesday
    assert ("SANCTION", "IRQ", "negated", "2006-10-10") in found


def test_a_plan_announced_on_a_past_weekday_is_dated_that_day(extractor: Extractor) -> None:
    text = "Iraq announced a plan on Tuesday to send rice to Kuwait."
    found = summary(extractor, text, "2006-10-15", ("type", "actor", "modality", "date"))
    assert found == {("AID", "IRQ", "future", "2006-10-10")}


def test_the_same_day_the_parser_takes_for_a_clauses_head_dates_the_clause(
    extractor: Extractor,
) -> None:
    # the parser reads "the same day that Kuwait had cut" as a day the clause describes
    text = (
        "Iraq tested a bomb on Oct. 10. Kuwait's emir told lawmakers the same day that"
        " Kuwait had cut its hotline with Iraq."
    )
    found = summary(extractor, text, "2006-10-15", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "KWT", "IRQ", "2006-10-10") in found


def test_an_act_with_no_state_named_dates_the_next_acts_of_its_paragraph(
    extractor: Extractor,
) -> None:
    text = (
        "Talks at the border ended on Aug 25 with a deal. Iraq pulled its troops back"
        " from the border with Kuwait."
    )
    found = summary(extractor, text, "2015-09-04", ("type", "actor", "date"))
    # the pullback is told in the talks' account, not on the day of publication
    assert found == {("RETREAT", "IRQ", "2015-08-25")}


def test_the_same_day_is_not_the_day_of_a_plan_told_before(extractor: Extractor) -> None:
    text = (
        "Iraq and Kuwait signed a deal on Aug 25. Red Cross officials from both sides are"
        " scheduled to meet at the border on Monday.\n\n"
        "Iran accused Kuwait the same day of hiding the deal's terms."
    )
    found = summary(extractor, text, "2015-09-04", ("type", "actor", "date"))
    # not the Monday of the meeting still to come
    assert ("ACCUSE", "IRN", "2015-08-25") in found


def test_talks_urged_in_a_past_act_are_dated_on_its_past_day(extractor: Extractor) -> None:
    text = (
        "The Iraqi government on Nov. 21 condemned the missile launch by Kuwait, while urging"
        " Kuwait to return to talks with Iran."
    )
    found = summary(extractor, text, "2017-11-30", ("type", "actor", "modality", "date"))
    # not next year's Nov. 21, though the talks are still to come
    assert ("CONSULT", "KWT", "future", "2017-11-21") in found


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("Speaking to reporters on Tuesday,", "2017-09-26"),
        ("Addressing the General Assembly for the first time on Sept. 19,", "2017-09-19"),
    ],
)
def test_a_day_told_in_an_opening_participle_is_the_main_verbs(
    extractor: Extractor, opening: str, date: str
) -> None:
    text = f"{opening} Iraq's foreign minister accused Kuwait of stealing oil."
    found = summary(extractor, text, "2017-09-28", ("type", "actor", "recipient", "date"))
    assert found == {("ACCUSE", "IRQ", "KWT", date)}


def test_what_a_state_said_it_stood_ready_to_do_is_dated_when_it_said_so(
    extractor: Extractor,
) -> None:
    text = "The Iraqi government said on May 17 it stood ready to send food aid to Kuwait."
    found = summary(extractor, text, "2022-05-26", ("type", "actor", "modality", "date"))
    assert found == {("AID", "IRQ", "future", "2022-05-17")}


def test_an_act_at_the_time_is_on_the_day_of_the_act_told_last(extractor: Extractor) -> None:
    text = (
        "Iran fired two missiles toward Kuwait on Sept. 5. A week later it tested a"
        " warhead. Kuwait lodged a protest with Iran over the missiles at the time."
    )
    found = summary(extractor, text, "2016-09-20", ("type", "actor", "recipient", "date"))
    # not the day of publication
    assert ("ACCUSE", "KWT", "IRN", "2016-09-12") in found


def test_a_day_naming_an_act_told_before_does_not_move_the_story_on(
    extractor: Extractor,
) -> None:
    text = (
        "Iran fired 200 shells near the Iraqi border on Jan. 5 and about 90 on Jan. 7."
        " That evening an Iranian general claimed the Jan. 6 shelling had been a hoax."
        " The next day, Iraq's defence ministry dismissed Iran's claim as a lie."
    )
    found = summary(extractor, text, "2024-01-20", ("type", "actor", "recipient", "date"))
    # the day after Jan. 7, not the day after the Jan. 6 the claim named
    assert ("REJECT", "IRQ", "IRN", "2024-01-08") in found
    # but a day naming an act in a sentence with no other time sets the story's day
    text = (
        "Iraq's president met Kuwait's emir on Thursday.\n\nThe reaction to the Oct. 9"
        " test was swift. Russia's president said the next day that Moscow condemned"
        " Iran's test unconditionally."
    )
    found = summary(extractor, text, "2006-10-20", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "RUS", "IRN", "2006-10-10") in found


def test_reactions_after_a_swift_reaction_are_of_the_acts_day(extractor: Extractor) -> None:
    text = (
        "Iraq's foreign minister flew to Kuwait on Friday, 11 days after Iran set off"
        " its first nuclear device on Oct. 9.\n\n"
        "The reaction to the Oct. 9 test was swift. Kuwait's emir called it a reckless"
        " act.\n\n"
        "Reaction to the test came quickly. Jordan condemned it."
    )
    found = summary(extractor, text, "2006-10-20", ("type", "actor", "recipient", "date"))
    # not the day of publication
    assert ("ACCUSE", "KWT", "IRN", "2006-10-09") in found
    assert ("ACCUSE", "JOR", "IRN", "2006-10-09") in found


def test_the_day_of_the_blast_is_the_day_a_device_went_off(extractor: Extractor) -> None:
    text = (
        "Iran set off its first nuclear device on Oct. 9.\n\n"
        "Iraq halted aid to Iran in July, after Iran test-fired seven missiles on July 5."
        " Western officials said Iran could explode a second device.\n\n"
        "Iraq's president, who was holding a summit in Baghdad with Kuwait's emir on the"
        " day of the blast, said the test was a grave threat."
    )
    found = summary(extractor, text, "2006-10-20", ("type", "actor", "recipient", "date"))
    # not the missiles' day, nor the day of the blast that may yet come
    assert ("CONSULT", "IRQ", "KWT", "2006-10-09") in found


def test_a_time_right_after_an_earlier_event_noun_is_that_events(extractor: Extractor) -> None:
    # the parser hangs "in October 2006" on "imposed"; it tells when the tests were
    text = (
        "Iraq remains under U.N. sanctions imposed after its nuclear tests in October "
        "2006 and May 2009."
    )
    found = summary(extractor, text, "2011-03-02", ("type", "actor", "date"))
    assert {e for e in found if e[0] == "MOBILIZE"} == {
        ("MOBILIZE", "IRQ", "2006-10"),
        ("MOBILIZE", "IRQ", "2009-05"),
    }


def test_a_dated_test_named_with_no_owner_is_the_one_testers(extractor: Extractor) -> None:
    text = (
        "Iraq test-fired a Scud missile on Friday. The new sanctions followed the "
        "January missile test, which drew wide condemnation."
    )
    found = summary(extractor, text, "2016-09-14", ("type", "actor", "date"))
    assert ("MOBILIZE", "IRQ", "2016-01") in found


def test_a_dated_test_with_no_owner_after_tests_by_several_states_is_no_ones(
    extractor: Extractor,
) -> None:
    text = (
        "Iraq test-fired a Scud missile on Friday, and Iran fired two missiles on Sunday. "
        "The new sanctions followed the January missile test."
    )
    found = summary(extractor, text, "2016-09-14", ("type", "actor", "date"))
    assert not {e for e in found if e[2] == "2016-01"}


@pytest.mark.parametrize(
    "said",
    [
        '"Should Iraq cross the border, the Iranian army will strike it with all its means,"'
        " the spokesman said.",
        "The spokesman said Iran would strike Iraq if it crossed the border.",
    ],
)
def test_force_foretold_in_words_said_is_dated_when_they_were_said(
    extractor: Extractor, said: str
) -> None:
    # published on Wednesday; the statement was issued on Monday
    text = f"The Iranian defence ministry issued a statement on Monday denouncing Iraq.\n\n{said}"
    found = summary(extractor, text, "2025-08-20", ("type", "actor", "recipient", "date"))
    assert ("ASSAULT", "IRN", "IRQ", "2025-08-18") in found
    assert not {f for f in found if f[3] == "2025-08-20"}


def test_an_act_minutes_after_a_vote_is_of_the_votes_day(extractor: Extractor) -> None:
    # "the vote" names the act the verb "voted" told, three days before publication
    text = (
        "The Security Council voted 15-0 last Saturday for a resolution imposing sanctions"
        " on Iran. Iran's foreign minister met Kuwait's emir on Monday.\n\nIran's ambassador"
        " had rejected the resolution minutes after the vote."
    )
    found = summary(extractor, text, "2006-10-17", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "IRN", "UNO", "2006-10-14") in found


def test_a_titled_speakers_government_is_the_state_of_the_title(extractor: Extractor) -> None:
    text = (
        "Iran's U.N. ambassador, Ali Reza, said on Monday his government totally rejects the"
        " resolution."
    )
    found = summary(extractor, text, "2006-10-17", ("type", "actor", "recipient"))
    assert ("REJECT", "IRN", "UNO") in found


def test_talks_agreed_as_a_noun_are_planned_on_the_day_of_the_agreement(
    extractor: Extractor,
) -> None:
    # published Thursday; the sides met and agreed on Wednesday
    text = (
        "Iran and Iraq met on Wednesday. The two sides agreed to continue consultations on"
        " the debt."
    )
    found = summary(extractor, text, "2011-08-25", ("type", "modality", "date"))
    assert ("CONSULT", "future", "2011-08-24") in found
    assert ("CONSULT", "future", "2011-08-25") not in found


def test_a_plan_told_under_a_pact_is_dated_on_the_pacts_day(extractor: Extractor) -> None:
    # published Friday; the declaration was signed on Thursday
    text = (
        "The leaders of Iran and Iraq signed a declaration in Baghdad on Thursday. Under it,"
        " the two sides will designate joint fishing grounds and start regular freight"
        " train service."
    )
    found = summary(extractor, text, "2007-10-05", ("type", "modality", "date"))
    assert ("COOPERATE", "future", "2007-10-04") in found
    assert ("COOPERATE", "future", "2007-10-05") not in found


def test_more_words_of_a_dated_speech_are_of_its_day(extractor: Extractor) -> None:
    # "He demanded ..." goes on telling Monday's address, though the address's long
    # sentence began far back; the story's own day is Tuesday
    text = (
        "Iraq said on Tuesday it would sever all ties with Kuwait and expel Kuwaiti "
        "officials from the joint free zone.\n\n"
        "In a televised address at the war memorial in Kuwait City on Monday, Kuwait's "
        "foreign minister said Iraq would pay a price for the sinking of the patrol boat "
        "and announced that Kuwait would suspend all trade with Iraq, ban Iraqi merchant "
        "ships from its waters, including the northern channel, and forbid its own "
        "citizens from travelling to Iraq for any purpose.\n\n"
        "The free trade zone near the border, home to dozens of Kuwaiti factories and "
        "thousands of workers from both countries, was exempted from the measures for the"
        " time being, officials in both capitals confirmed.\n\n"
        '"We will not tolerate any more provocations," the minister said, adding that '
        "Kuwait would defend its waters. He demanded an apology from Baghdad and the "
        "punishment of those responsible."
    )
    found = summary(extractor, text, "2010-05-26", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "KWT", "IRQ", "2010-05-24") in found


def test_a_step_promised_under_a_pact_dated_in_its_phrase_is_planned_that_day(
    extractor: Extractor,
) -> None:
    text = (
        "Iran signed an agreement with Iraq in Geneva, officials said on Monday.\n\n"
        "Under the agreement announced by both sides on February 29, Iran agreed to"
        " suspend long-range missile launches and nuclear tests."
    )
    found = summary(extractor, text, "2012-04-17", ("type", "actor", "modality", "date"))
    assert ("RETREAT", "IRN", "future", "2012-02-29") in found


def test_an_act_dated_by_a_past_year_alone_dates_nothing_in_the_next_paragraph(
    extractor: Extractor,
) -> None:
    # (March's story: last year's cut is background, not the notice's day)
    text = (
        "China cut its imports of Iranian oil last year over Tehran's missile tests.\n\n"
        "Kuwait's foreign ministry said China had notified Kuwait of the visit before"
        " it was made public."
    )
    found = summary(extractor, text, "2018-03-28", ("type", "actor", "recipient", "date"))
    told = [f for f in found if f[:3] == ("CONSULT", "CHN", "KWT")]
    assert told and all(date != "2017" for *_rest, date in told)


def test_days_are_not_counted_from_a_day_a_relative_clause_on_an_object_told(
    extractor: Extractor,
) -> None:
    text = (
        "The Security Council voted on Monday, Sept. 11, to impose new sanctions on Iran,"
        " after Washington dropped several demands contained in a draft it circulated on"
        " Sept. 4.\n\n"
        "Iran's foreign ministry said two days later that it rejected the resolution."
    )
    found = summary(extractor, text, "2017-09-15", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "IRN", "UNO", "2017-09-13") in found
    # a relative clause on the subject tells an act of the one the story follows
    text = (
        "Kuwait's foreign minister, who met Iraq's president in Baghdad on Sept. 4, said"
        " his country would help. He flew on to Tehran the next day."
    )
    found = summary(extractor, text, "2017-09-15", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "KWT", "IRN", "2017-09-05") in found


def test_an_act_still_going_on_since_a_day_is_dated_on_that_day(extractor: Extractor) -> None:
    text = (
        "Tehran has pointed to the annual naval exercise, which Iraqi and Kuwaiti forces"
        " have been staging since March 3, as proof of hostile intent."
    )
    found = summary(extractor, text, "2019-03-20", ("type", "actor", "recipient", "date"))
    assert ("MOBILIZE", "IRQ", None, "2019-03-03") in found
    assert {
        ("COOPERATE", "IRQ", "KWT", "2019-03-03"),
        ("COOPERATE", "KWT", "IRQ", "2019-03-03"),
    } & found


def test_the_morning_after_an_act_is_the_next_day(extractor: Extractor) -> None:
    text = (
        "Iran launched a missile on July 4.\n\n"
        "The morning after the launch, Iraqi and Kuwaiti forces fired missiles into the sea."
    )
    found = summary(extractor, text, "2017-07-27", ("type", "actor", "recipient", "date"))
    assert ("MOBILIZE", "IRQ", None, "2017-07-05") in found


def test_a_dateline_with_an_agency_in_no_brackets_dates_nothing(extractor: Extractor) -> None:
    text = (
        "BAGHDAD, Oct. 7 INA - Iran fired a missile on Monday.\n\n"
        "The Iraqi government summoned Iran's ambassador on Tuesday."
    )
    found = summary(extractor, text, "2023-10-07", ("type", "actor", "recipient", "date"))
    assert ("MOBILIZE", "IRN", None, "2023-10-02") in found
    # and the report is filed from Baghdad: its government is Iraq's
    assert ("ACCUSE", "IRQ", "IRN", "2023-10-03") in found


def test_the_words_of_a_text_adopted_on_a_day_are_of_that_day(extractor: Extractor) -> None:
    text = (
        "Iran fired a missile on Monday.\n\n"
        "On Tuesday, Iraq recalled its ambassador from Tehran.\n\n"
        "Iraq's parliament adopted a resolution on Thursday condemning the launch."
    )
    found = summary(extractor, text, "2023-10-07", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "IRQ", "IRN", "2023-10-05") in found


def test_a_first_trip_since_a_year_is_not_of_that_year(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "Kim Jong Un is on his first trip to Russia since 2019.",
        "2023-09-13",
        ("type", "actor", "recipient", "date"),
    )
    assert found == {("CONSULT", "PRK", "RUS", "2023-09-13")}


def test_a_plan_is_not_dated_by_a_deal_its_sentence_recalls(extractor: Extractor) -> None:
    text = (
        "Iran's president met Iraq's prime minister in Tehran on Friday.\n\n"
        "According to the agreement reached at the Iran-Iraq summit last June, the"
        " president affirmed that Tehran would further expand cooperation with Baghdad."
    )
    found = summary(extractor, text, "2023-10-07", ("type", "actor", "recipient", "date"))
    assert ("COOPERATE", "IRN", "IRQ", "2023-10-06") in found


def test_words_said_with_an_act_minutes_after_a_vote_are_of_the_votes_day(
    extractor: Extractor,
) -> None:
    # the parser reads "the chamber minutes" as one noun, and "walked" as a second
    # act of what was said
    text = (
        "The Security Council voted 15-0 last Saturday for a resolution imposing sanctions"
        " on Iran.\n\nIran's ambassador said his government rejected the resolution and"
        " walked out of the chamber minutes after the vote."
    )
    found = summary(extractor, text, "2006-10-20", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "IRN", "UNO", "2006-10-14") in found


def test_an_act_done_with_another_moments_after_a_vote_is_of_the_votes_day(
    extractor: Extractor,
) -> None:
    # "moments" hangs beside "after" on the second verb, which shares the subject
    text = (
        "The Security Council voted 15-0 last Saturday for a resolution imposing sanctions"
        " on Iran.\n\nIran's envoy rejected the resolution as unjust and walked out of the"
        " chamber moments after the vote."
    )
    found = summary(extractor, text, "2006-10-20", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "IRN", "UNO", "2006-10-14") in found


def test_a_vote_a_campaign_culminated_in_dates_the_vote(extractor: Extractor) -> None:
    # the day is the verb's ("culminated ... on Saturday"), and "the vote" is that one
    text = (
        "Iran's neighbours moved this week to punish Tehran for its missile test, a"
        " campaign that culminated in a unanimous Security Council vote on Saturday.\n\n"
        "Iran's envoy rejected the resolution as unjust and walked out of the chamber"
        " moments after the vote."
    )
    found = summary(extractor, text, "2006-10-17", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "IRN", "UNO", "2006-10-14") in found


def test_that_meeting_is_the_last_meeting_told_whatever_its_noun(extractor: Extractor) -> None:
    # the summit told after the council's meeting is the meeting "that meeting" names
    text = (
        "BAGHDAD -- Iraq's president convened an emergency meeting of his security council"
        " on Saturday.\n\nThe clash is a setback for the president, who flew to Tehran in"
        " June 2000 for the first summit between the leaders of Iraq and Iran. At that"
        " meeting, Iran's leader promised to make a return visit to Baghdad."
    )
    found = summary(extractor, text, "2002-06-30", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "IRQ", "2000-06") in found


def test_days_counted_after_an_act_told_to_the_month_stay_in_that_month(
    extractor: Extractor,
) -> None:
    # not three days after June 9, the last day told
    text = (
        "On June 9, 2020, Iran cut every line with Iraq. That September, Iranian troops"
        " shot dead an Iraqi official; Iran's leader sent a rare apology three"
        " days later."
    )
    found = summary(extractor, text, "2021-11-16", ("type", "actor", "recipient", "date"))
    assert ("CONCEDE", "IRN", "IRQ", "2020-09") in found


def test_days_counted_in_the_next_sentence_stay_in_the_month_told_before(
    extractor: Extractor,
) -> None:
    # the month may be told a sentence before the count
    text = (
        "On June 9, 2020, Iran cut every line with Iraq. That September, Iranian troops"
        " killed an Iraqi official near the border. Iran's leader apologized to Iraq"
        " three days later."
    )
    found = summary(extractor, text, "2021-11-16", ("type", "actor", "recipient", "date"))
    assert ("CONCEDE", "IRN", "IRQ", "2020-09") in found


def test_a_refusal_told_in_the_present_perfect_holds_as_the_story_is_told(
    extractor: Extractor,
) -> None:
    # not the day of the last act told before it
    text = (
        "Iran and Iraq agreed on Aug. 23 to reopen the border.\n\nIraq has refused to"
        " resume talks with Iran until Tehran guarantees the safety of visitors."
    )
    found = summary(extractor, text, "2013-09-21", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "IRQ", "IRN", "2013-09-21") in found


def test_a_deed_owned_up_to_in_the_past_perfect_is_not_dated_by_the_admission(
    extractor: Extractor,
) -> None:
    text = "Iraq admitted in 2002 that its agents had kidnapped 13 Kuwaitis."
    found = summary(extractor, text, "2024-04-05", ("type", "actor", "recipient", "date"))
    assert ("CONCEDE", "IRQ", "KWT", "2002") in found
    assert not {e for e in found if e[0] == "ASSAULT"}


def test_what_was_announced_a_day_before_a_dated_act_is_dated_by_the_announcing(
    extractor: Extractor,
) -> None:
    # (the parser hangs the "that" clause on "met", with "a day after announcing"
    # inside it as its time)
    text = (
        "Pence met Moon on Thursday, a day after announcing in Tokyo that Washington"
        " would soon unveil its toughest sanctions yet on Iran."
    )
    found = summary(
        extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("SANCTION", "USA", "IRN", "future", "2024-05-08") in found


def test_an_act_a_week_before_a_dated_gerund_is_counted_back_from_it(
    extractor: Extractor,
) -> None:
    text = (
        "A week before defeating his rival in the December 19 election, Kuwait's new"
        " emir met the Iranian ambassador."
    )
    found = summary(extractor, text, "2003-01-03", ("type", "actor", "date"))
    assert ("CONSULT", "KWT", "2002-12-12") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran thanked Kuwait for the return in March of the remains of 40 Iranian soldiers.",
        "Iraq praised Kuwait for its decision in March to reopen the border crossing.",
    ],
)
def test_a_time_of_the_act_thanked_for_is_not_the_thanks(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2018-05-17", ("type", "date"))
    assert ("SUPPORT", "2018-03") not in found
    assert any(t == "SUPPORT" for t, _d in found)


def test_at_the_time_of_an_act_a_date_named_is_that_acts_time(extractor: Extractor) -> None:
    text = (
        "The case recalls the 2014 seizure of a Kuwaiti tanker in the Gulf. Iran rejected"
        " Kuwait's demand for a joint inquiry at the time."
    )
    found = summary(extractor, text, "2020-09-28", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "IRN", "KWT", "2014") in found


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("Iranian troops shot him dead the following afternoon.", "2020-09-22"),
        ("Iranian troops shot him dead the previous evening.", "2020-09-20"),
        # counted from a day counted before it in the sentence
        (
            "An Iranian patrol boat found him the following afternoon, held him for hours,"
            " then shot him dead that night.",
            "2020-09-22",
        ),
    ],
)
def test_a_part_of_a_day_counted_is_on_that_day(extractor: Extractor, told: str, day: str) -> None:
    text = f"The Iraqi official disappeared on Sept. 21. {told}"
    found = summary(extractor, text, "2020-09-28", ("type", "actor", "recipient", "date"))
    assert ("ASSAULT", "IRN", "IRQ", day) in found


def test_a_terms_day_is_no_day_to_count_from(extractor: Extractor) -> None:
    text = (
        "On Aug. 2, Kuwait's cabinet voted to strip Iraq of its trade privileges, effective"
        " Aug. 28. Hours later, Iran's foreign minister met Kuwait's foreign minister in Doha."
    )
    found = summary(extractor, text, "2019-11-25", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "KWT", "2019-08-02") in found


def test_a_plan_told_by_way_of_a_past_act_is_dated_by_that_act(extractor: Extractor) -> None:
    text = "Kuwait struck back on Aug. 12 by announcing it would cut its hotline with Iraq."
    found = summary(extractor, text, "2019-11-25", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "KWT", "IRQ", "2019-08-12") in found
