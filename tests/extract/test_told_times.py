"""Times an act takes from a time told next to it, when the parser hangs the words
elsewhere (sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

PARTIES_DATE = ("type", "actor", "recipient", "date")


def test_a_when_clause_after_a_time_is_of_that_time(extractor: Extractor) -> None:
    # the parser hangs "when ..." on "respond", not on "August last year"
    text = (
        "Analysts said Tehran could respond with fire, as it did in August last year,"
        " when Iran shelled an Iraqi post and Iraq fired back at Iran."
    )
    found = summary(extractor, text, "2016-01-14", PARTIES_DATE)
    assert ("ASSAULT", "IRN", "IRQ", "2015-08") in found
    assert ("ASSAULT", "IRQ", "IRN", "2015-08") in found


def test_a_when_clause_on_a_period_is_of_the_time_the_period_is_told_in(
    extractor: Extractor,
) -> None:
    text = (
        "The pipelines, along the northern and southern borders, were reopened in 2018"
        " during a brief period of calm, when Iran and Iraq agreed to link their grids."
    )
    found = summary(extractor, text, "2024-10-15", PARTIES_DATE)
    assert ("AGREE", "IRN", "IRQ", "2018") in found


def test_a_when_clause_after_since_is_of_that_day(extractor: Extractor) -> None:
    text = (
        "It was the first missile launch by Iran since Sept. 15, when it fired a missile"
        " over Iraq, and its first satellite launch since July 28."
    )
    found = summary(extractor, text, "2017-11-29", ("type", "actor", "date"))
    assert ("MOBILIZE", "IRN", "2017-09-15") in found


def test_a_measure_the_tagger_joined_to_other_words_still_counts_from_the_last_time(
    extractor: Extractor,
) -> None:
    # the tagger reads "a deal days later" as one time expression
    text = (
        "Iran and Iraq clashed on Wednesday. Analysts said Tehran could respond with"
        " fire, as it did in August last year, when Iran shelled an Iraqi post. That"
        " standoff ended when the two sides struck a deal days later."
    )
    found = summary(extractor, text, "2016-01-14", PARTIES_DATE)
    assert ("AGREE", "IRN", "IRQ", "2015-08") in found


@pytest.mark.parametrize(
    "text",
    [
        "After Iran carried out a nuclear test on Oct. 9, 2006, the Security Council"
        " imposed sanctions on it days later.",
        "Iran carried out a nuclear test on Oct. 9, 2006. A few weeks later, the Security"
        " Council imposed sanctions on Iran.",
    ],
)
def test_an_act_days_or_weeks_later_is_of_the_month_told_before(
    extractor: Extractor, text: str
) -> None:
    # the tagger leaves "days later" untagged: without it the act fell on publication
    found = summary(extractor, text, "2024-05-01", PARTIES_DATE)
    assert ("SANCTION", "UNO", "IRN", "2006-10") in found


def test_a_plan_is_dated_on_the_day_it_was_agreed(extractor: Extractor) -> None:
    # docs/gold.md: a plan with no time of its own takes the day it was made
    text = (
        "Japan and South Korea held talks on Tuesday. The two sides agreed to cooperate"
        " on missile warnings."
    )
    found = summary(extractor, text, "2016-03-12", ("type", "modality", "date"))
    assert ("COOPERATE", "future", "2016-03-08") in found
    assert ("COOPERATE", "future", "2016-03-12") not in found


def test_a_state_ready_to_talk_offers_talks_on_the_day_it_says_so(extractor: Extractor) -> None:
    # docs/gold.md: saying one is "ready to talk" is an asserted REQUEST dated when said
    for text in (
        "Iran said on Monday it is ready to talk with Iraq.",
        "Iran is willing to hold talks with Iraq, its foreign minister said on Monday.",
        # talks offered by their noun
        "Iran said on Monday it was open to talks with Iraq.",
        "Iran is ready for dialogue with Iraq, its foreign minister said on Monday.",
    ):
        found = summary(
            extractor, text, "2024-05-28", ("type", "actor", "recipient", "modality", "date")
        )
        assert ("REQUEST", "IRN", "IRQ", "asserted", "2024-05-27") in found
        # talks offered with no time of their own are only offered: no planned talks
        assert not any(kind == "CONSULT" for kind, *_p in found)


def test_talks_offered_for_a_time_of_their_own_are_also_planned(extractor: Extractor) -> None:
    text = "Iran said on Monday it was ready to meet Iraq in late June."
    found = summary(extractor, text, "2024-05-28", ("type", "modality", "date"))
    assert ("REQUEST", "asserted", "2024-05-27") in found
    assert ("CONSULT", "future", "2024-06") in found


def test_calls_unanswered_since_a_day_were_refused_from_that_day(extractor: Extractor) -> None:
    text = "Iran has not answered Iraq's routine calls since Tuesday afternoon."
    found = summary(extractor, text, "2021-08-12", PARTIES_DATE)
    assert ("REJECT", "IRN", "IRQ", "2021-08-10") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Iraq has refused all aid from Iran since July 2019.",
            ("REJECT", "IRQ", "IRN", "2019-07"),
        ),
        ("Turkey has banned imports from Syria since 2017.", ("SANCTION", "TUR", "SYR", "2017")),
        # the "since" of the act refused or stopped
        (
            "Iran has refused to answer Iraq's calls since April.",
            ("REJECT", "IRN", "IRQ", "2021-04"),
        ),
        (
            "Iran has stopped answering Iraq's calls since April.",
            ("SANCTION", "IRN", "IRQ", "2021-04"),
        ),
    ],
)
def test_a_lasting_act_in_the_perfect_began_on_its_since_date(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    assert event in summary(extractor, text, "2021-09-16", PARTIES_DATE)


def test_a_hotline_that_stopped_answering_fell_silent_once_on_its_own_date(
    extractor: Extractor,
) -> None:
    # the time is the answering's, and the stopping is not told a second time
    text = (
        "Iran tested a missile on Friday.\n\nIran stopped answering the hotline with Iraq in April."
    )
    found = [e for e in summary(extractor, text, "2021-09-16", PARTIES_DATE) if e[0] == "SANCTION"]
    assert found == [("SANCTION", "IRN", "IRQ", "2021-04")]


def test_a_date_on_drills_the_tagger_took_for_a_verb_dates_the_staging(
    extractor: Extractor,
) -> None:
    # the tagger reads "drills" after the exercise's name as a verb, the object all the same
    text = (
        'It is noteworthy that Seoul staged the largest-ever "Freedom Shield" joint war'
        " drills with the U.S. in March."
    )
    found = summary(extractor, text, "2023-11-23", PARTIES_DATE)
    assert ("COOPERATE", "KOR", "USA", "2023-03") in found


def test_a_meeting_proposed_past_an_aside_is_a_plan_and_a_request(extractor: Extractor) -> None:
    # the parser hangs the gerund after the aside loose from "proposed"
    text = "Iran had recently proposed, through another channel, meeting Iraq's leader."
    found = summary(extractor, text, "2024-03-26", ("type", "actor", "recipient", "modality"))
    assert ("CONSULT", "IRN", "IRQ", "future") in found
    assert ("REQUEST", "IRN", "IRQ", "asserted") in found
    assert ("CONSULT", "IRN", "IRQ", "asserted") not in found


def test_a_pledge_to_seek_talks_offers_them_now(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "Iraq pledged on Monday to seek dialogue with Iran.",
        "2025-06-12",
        ("type", "modality", "date"),
    )
    assert ("REQUEST", "asserted", "2025-06-09") in found
    # a plan to propose talks is no proposal yet
    later = summary(
        extractor,
        "Iraq plans to propose talks with Iran next week.",
        "2025-06-12",
        ("type", "modality"),
    )
    assert ("REQUEST", "future") in later


def test_drills_stopped_or_put_off_are_not_drills_held_that_day(extractor: Extractor) -> None:
    for text in (
        "Iraq suspended its joint military exercises with Syria on Tuesday.",
        "Iraq postponed its joint drills with Syria on Tuesday.",
        "Iraq said on Tuesday it would stop its joint military exercises with Syria.",
    ):
        found = summary(extractor, text, "2018-06-13", ("type",))
        assert not found & {("MOBILIZE",), ("COOPERATE",)}, text


def test_drills_held_back_are_a_step_back_toward_the_state_that_objected(
    extractor: Extractor,
) -> None:
    # docs/gold.md: halting joint drills is a RETREAT toward the state that objected
    text = (
        "Iran accused Iraq of provocations on Monday. Iraq postponed its December air"
        " drill on Thursday."
    )
    found = summary(extractor, text, "2019-11-22", PARTIES_DATE)
    assert ("RETREAT", "IRQ", "IRN", "2019-11-21") in found


def test_talks_that_ended_without_a_deal_are_dated_by_the_date_after_the_deal(
    extractor: Extractor,
) -> None:
    # the parser hangs the date on "agreement": one not reached is of the talks' time
    text = "The talks between Iran and Iraq in Doha ended without an agreement in February 2019."
    found = summary(extractor, text, "2024-06-10", PARTIES_DATE + ("modality",))
    assert ("CONSULT", "IRN", "IRQ", "2019-02", "asserted") in found
    assert ("AGREE", "IRN", "IRQ", "2019-02", "negated") in found


def test_talks_that_collapsed_or_broke_down_reached_no_agreement(extractor: Extractor) -> None:
    for text in (
        "The summit between Iran and Iraq in Doha broke down in February 2019.",
        "Talks between Iran and Iraq collapsed in February 2019.",
    ):
        found = summary(extractor, text, "2024-06-10", PARTIES_DATE + ("modality",))
        assert ("AGREE", "IRN", "IRQ", "2019-02", "negated") in found
    # a meeting that simply ended says nothing of an agreement
    ended = summary(extractor, "The summit between Iran and Iraq ended on Monday.", "2024-06-10")
    assert not any(kind == "AGREE" for kind, *_rest in ended)


def test_a_day_before_the_verb_is_no_object_of_it(extractor: Extractor) -> None:
    found = summary(extractor, "Iran on Thursday called for talks with Iraq.", "2023-03-17")
    assert ("REQUEST", "IRN", "IRQ") in found


def test_talks_pushed_for_are_dated_on_the_day_they_were_sought(extractor: Extractor) -> None:
    text = "Iran on Thursday pushed for talks with Iraq."
    found = summary(extractor, text, "2023-03-17", ("type", "modality", "date"))
    assert ("CONSULT", "future", "2023-03-16") in found  # not the Thursday after


def test_a_month_in_an_after_clause_falls_before_the_act_it_came_before(
    extractor: Extractor,
) -> None:
    text = (
        "Iran recalled its ambassador in March last year after Iraq shelled its border"
        " posts in May."
    )
    found = summary(extractor, text, "2024-06-12", PARTIES_DATE)
    assert ("SANCTION", "IRN", "IRQ", "2023-03") in found
    assert ("ASSAULT", "IRQ", "IRN", "2022-05") in found  # not this May, after March 2023


def test_a_date_split_before_an_after_clause_is_not_the_clauses(extractor: Extractor) -> None:
    # the parser reads "last year after ..." as "a year after ...": "in late May"
    # dates the floating, and "June last year" the resumption
    text = (
        "Seoul resumed the broadcasts in June last year after the North began floating"
        " thousands of balloons carrying trash across the border in late May."
    )
    found = summary(extractor, text, "2025-06-12", PARTIES_DATE)
    assert ("COERCE", "PRK", "KOR", "2024-05") in found


def test_an_after_clause_is_not_put_before_a_date_the_act_after_it_lacks(
    extractor: Extractor,
) -> None:
    # the parser hangs the announcement from "was launched on 4 May": the 4th is not
    # the announcement's, so the firing on the 9th stays this year's
    text = (
        "The embargo was announced just hours after North Korea fired two short-range"
        " missiles on 9 May, its second weapons test in less than a week after a salvo of"
        " rockets was launched on 4 May."
    )
    found = summary(extractor, text, "2019-05-22", PARTIES_DATE)
    assert ("MOBILIZE", "PRK", None, "2019-05-09") in found
    assert not {e for e in found if e[3].startswith("2018")}


def test_what_an_act_was_done_without_is_not_done_on_its_day(extractor: Extractor) -> None:
    text = "Turkey sent jets over the islands on Tuesday without notifying Greece."
    fields = ("type", "actor", "recipient", "modality", "date")
    found = summary(extractor, text, "2013-12-07", fields)
    # Greece was not told on Tuesday (not: as of the paper's day)
    assert ("CONSULT", "TUR", "GRC", "negated", "2013-12-03") in found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a statement's "that" clause: the approval's day, not 2006, the resolution's
        (
            "The Security Council on Monday approved a statement that condemned Iran's"
            " launch as a breach of a 2006 resolution barring it from missile activity.",
            "2009-04-14",
            ("ACCUSE", "UNO", "IRN", "2009-04-13"),
        ),
        # "the year ..." after a comma restates the year told before it
        (
            "Kuwait sent 20,000 tons of wheat in 1991, the year Iraq first appealed to the"
            " United Nations for food after the war.",
            "1999-12-14",
            ("REQUEST", "IRQ", "UNO", "1991"),
        ),
        # a past clause on a noun with a year: that year, not the paper's day
        (
            "Egypt and Israel signed a deal on Monday.\n\nCairo has long insisted that all"
            " claims were settled by the 1979 treaty that re-established diplomatic ties"
            " between the two countries.",
            "2015-12-28",
            ("COOPERATE", "EGY", "ISR", "1979"),
        ),
        # (a month told with the year is left to the date's own reading)
        (
            "The border was the scene of an August 1976 incident in which Iraqi soldiers"
            " killed two Iranian officers with axes.",
            "2015-12-28",
            ("ASSAULT", "IRQ", "IRN", "1976-08"),
        ),
        # told "where" another act was held: the talks' month
        (
            "In October Iran and Iraq held talks on the Shatt al-Arab, where Iran expressed"
            " regret over the deaths of six Iraqi fishermen swept away in September when"
            " it released water from a dam without warning.",
            "2009-11-11",
            ("CONCEDE", "IRN", "IRQ", "2009-10"),
        ),
        # a year, or a month and year, that names a thing does not date the act
        (
            "Iran pressed Iraq to address the issue of the 2018 Iraqi court rulings on"
            " seized assets, officials said.",
            "2019-12-24",
            ("REQUEST", "IRN", "IRQ", "2019-12-24"),
        ),
        (
            "Iraq pinned the March 2014 breach of its banks on Iran on May 19 of that year.",
            "2017-12-22",
            ("ACCUSE", "IRQ", "IRN", "2014-05-19"),
        ),
    ],
)
def test_an_act_takes_the_time_its_own_words_give(
    extractor: Extractor, text: str, published: str, expected: tuple[str, ...]
) -> None:
    assert expected in summary(extractor, text, published, PARTIES_DATE)


def test_a_with_clause_telling_how_an_act_was_done_dates_it(extractor: Extractor) -> None:
    text = (
        "The United States has expressed support for the decision of Iraq, with a State"
        ' Department spokesman calling it a "responsible" step on Thursday.'
    )
    found = summary(extractor, text, "2016-02-12", PARTIES_DATE)
    assert ("SUPPORT", "USA", "IRQ", "2016-02-11") in found


def test_a_present_perfect_after_a_past_clause_is_as_of_now(extractor: Extractor) -> None:
    text = (
        "In September, Iran said it was prepared to hold talks with Iraq, and Iraq has said"
        " it is ready to meet Iranian officials."
    )
    found = summary(extractor, text, "2009-10-06", PARTIES_DATE)
    assert ("REQUEST", "IRN", "IRQ", "2009-09") in found
    assert ("REQUEST", "IRQ", "IRN", "2009-10-06") in found  # not September


def test_the_span_an_act_is_counted_in_is_not_its_date(extractor: Extractor) -> None:
    text = "Iraq closed the border crossing with Iran for the second time this year on Sunday."
    found = summary(extractor, text, "2024-06-28", PARTIES_DATE)
    assert ("SANCTION", "IRQ", "IRN", "2024-06-23") in found
    assert ("SANCTION", "IRQ", "IRN", "2024") not in found


def test_a_named_past_time_of_a_first_act_is_its_date(extractor: Extractor) -> None:
    # "for the first time" counts the act, but "last June" is when it happened
    text = "The presidents of Iran and Iraq met for the first time in Geneva last June."
    found = summary(extractor, text, "2019-01-19", PARTIES_DATE)
    assert ("CONSULT", "IRN", "IRQ", "2018-06") in found


def test_talks_resumed_after_suspending_them_are_talks(extractor: Extractor) -> None:
    # "them" names the talks, which are told in their own words as well
    text = "Iran and Iraq resumed talks on Monday, a week after suspending them."
    found = summary(extractor, text, "2024-06-28", PARTIES_DATE)
    assert ("CONSULT", "IRN", "IRQ", "2024-06-24") in found


def test_places_visited_each_in_its_month_are_a_visit_in_each(extractor: Extractor) -> None:
    text = "The Iranian president visited Baghdad in March and Basra in May."
    found = summary(extractor, text, "2018-06-13", PARTIES_DATE)
    assert {("CONSULT", "IRN", "IRQ", "2018-03"), ("CONSULT", "IRN", "IRQ", "2018-05")} <= found


def test_a_day_the_parser_hung_on_a_later_act_is_no_second_day(extractor: Extractor) -> None:
    # "on Saturday" is the arrival's day, not a second condemning
    text = (
        "On Monday, Iran's defence ministry condemned the arrival of an Iraqi warship"
        " at Basra on Saturday, calling it a reckless move."
    )
    found = summary(extractor, text, "2024-06-25", PARTIES_DATE)
    assert ("ACCUSE", "IRN", "IRQ", "2024-06-24") in found
    assert ("ACCUSE", "IRN", "IRQ", "2024-06-22") not in found


def test_meetings_listed_each_with_its_place_and_month_are_one_in_each(
    extractor: Extractor,
) -> None:
    text = (
        "The Iranian president met the Turkish president in Ankara in June 2018, in Baku"
        " in February 2019 and at Doha in June 2019."
    )
    found = summary(extractor, text, "2024-11-20", PARTIES_DATE)
    months = {date for kind, _a, _r, date in found if kind == "CONSULT"}
    assert months == {"2018-06", "2019-02", "2019-06"}


def test_what_an_announcement_said_would_be_done_is_planned_on_its_day(
    extractor: Extractor,
) -> None:
    # (a halt so announced is decided: tests/extract/test_modality.py)
    text = (
        "Iraq's announcement on Wednesday that it would resume gas imports from Iran "
        "pleased Tehran."
    )
    found = summary(extractor, text, "2016-02-12", ("type", "actor", "modality", "date"))
    assert ("COOPERATE", "IRQ", "future", "2016-02-10") in found


def test_a_day_on_the_talks_a_state_hosted_dates_the_hosting(extractor: Extractor) -> None:
    # the parser hangs "on Wednesday" on the talks
    text = "Kim Jong Un hosted Vladimir Putin for talks in Pyongyang on Wednesday."
    found = summary(extractor, text, "2023-09-15", PARTIES_DATE)
    assert ("CONSULT", "PRK", "RUS", "2023-09-13") in found


def test_a_part_of_a_month_placed_in_last_year_is_that_month(extractor: Extractor) -> None:
    text = "Iran's president visited Baghdad in mid-September last year."
    found = summary(extractor, text, "2024-05-10", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "IRQ", "2023-09") in found


def test_the_day_owning_a_meeting_after_which_more_happened_is_the_meetings(
    extractor: Extractor,
) -> None:
    text = (
        "After Wednesday's summit between the presidents of Iran and Iraq, the two "
        "leaders issued a joint statement."
    )
    found = summary(extractor, text, "2024-05-10", ("type", "date"))
    assert ("CONSULT", "2024-05-08") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran rebuffed an Iraqi proposal for talks on Tuesday.", ("REJECT", "IRN", "IRQ")),
        ("Iran accused Iraq of violating the ceasefire on Tuesday.", ("ACCUSE", "IRN", "IRQ")),
        ("Iran demanded that Iraq release the sailors on Tuesday.", ("REQUEST", "IRN", "IRQ")),
        ("Iran vowed to retaliate against Iraq on Tuesday.", ("THREATEN", "IRN", "IRQ")),
        (
            "Iran urged Iraq to return to the negotiating table on Tuesday.",
            ("REQUEST", "IRN", "IRQ"),
        ),
    ],
)
def test_a_weekday_closing_the_sentence_is_its_main_verbs(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    # the parser hangs "on Tuesday" on the talks, the violation, the release
    found = summary(extractor, text, "2024-05-01", PARTIES_DATE)
    assert (*event, "2024-04-30") in found


def test_a_day_after_clause_hung_on_its_measure_counts_from_the_main_act(
    extractor: Extractor,
) -> None:
    # the parser makes "he met" a relative clause on "a day"
    text = (
        "Iraq's president on Friday accepted an invitation to visit Tehran, a day after he"
        " met Iran's president in Baghdad."
    )
    found = summary(extractor, text, "1996-10-12", ("type", "modality", "date"))
    assert ("CONSULT", "asserted", "1996-10-10") in found


def test_a_plan_for_a_named_occasion_is_of_the_year_its_name_gives(
    extractor: Extractor,
) -> None:
    # the tagger reads "2020" as part of the Games' name, not as a date
    text = (
        "Iran and Iraq agreed Friday to form joint teams in several sports at the 2020 Tokyo"
        " Olympics."
    )
    found = summary(extractor, text, "2018-11-02", ("type", "modality", "date"))
    assert ("COOPERATE", "future", "2020") in found


def test_a_clause_ended_by_a_semicolon_takes_no_date_from_the_next(
    extractor: Extractor,
) -> None:
    # the parser makes the meeting the proposal's complement across the semicolon
    text = (
        "Washington and Baghdad could meet in Amman, with Jordan as host; Kuwait earlier"
        " this month proposed a three-way format with Washington and Baghdad."
    )
    found = summary(extractor, text, "2003-01-17", ("type", "modality", "date"))
    assert ("CONSULT", "hypothetical", "2003-01-17") in found
    assert ("CONSULT", "hypothetical", "2003-01") not in found


def test_an_agreement_named_by_its_of_date_was_made_that_day(extractor: Extractor) -> None:
    text = "Iraq suspended a clause of the Iraq-Kuwait military agreement of September 19, 2018."
    found = summary(extractor, text, "2019-11-25", ("type", "actor", "recipient", "date"))
    assert ("AGREE", "IRQ", "KWT", "2018-09-19") in found
    assert ("SANCTION", "IRQ", "KWT", "2019-11-25") in found


def test_an_agreement_signed_on_a_day_binds_the_two_sides_its_clause_names(
    extractor: Extractor,
) -> None:
    # "the two sides" of its terms are the two states of the clause that names it
    text = (
        "Kuwait's defence ministry expressed deep regret and urged Iraq to abide by the"
        " agreement signed on Sept. 19 last year, under which the two sides pledged to stop"
        " all hostile acts along the border."
    )
    found = summary(extractor, text, "2019-11-25", PARTIES_DATE)
    assert ("AGREE", "KWT", "IRQ", "2018-09-19") in found


def test_what_the_object_of_a_plan_did_before_does_not_date_the_plan(
    extractor: Extractor,
) -> None:
    text = "Iran will expel the Iraqi soldier who crossed into its territory in July."
    found = summary(extractor, text, "2023-09-27", ("type", "modality", "date"))
    assert ("SANCTION", "future", "2024-07") not in found
    assert ("SANCTION", "future", "2023-09-27") in found


def test_the_following_day_of_a_second_verb_counts_from_the_first_verbs_day(
    extractor: Extractor,
) -> None:
    # the tagger leaves "the following day" untagged as a date
    text = (
        "An Iraqi envoy met Iran's foreign minister in Tehran on Thursday and flew on"
        " to Moscow the following day for talks with Lavrov."
    )
    found = summary(extractor, text, "2006-10-15", PARTIES_DATE)
    assert ("CONSULT", "IRQ", "RUS", "2006-10-13") in found


def test_the_day_a_subject_met_on_is_the_day_of_its_act(extractor: Extractor) -> None:
    text = (
        "Iran launched a rocket on Monday.\n\n"
        "Iraq's security cabinet, meeting Tuesday, condemned the launch."
    )
    found = summary(extractor, text, "2024-05-29", PARTIES_DATE)
    assert ("ACCUSE", "IRQ", "IRN", "2024-05-28") in found


def test_a_day_with_no_year_is_in_the_year_its_sentence_told(extractor: Extractor) -> None:
    # "last year" told once dates the days listed after it (not this year's May 8)
    text = (
        "Iran's president held talks with Iraq's prime minister in Baghdad on March 26 last"
        " year, and met Iraq's prime minister again in Basra on May 8."
    )
    found = summary(extractor, text, "2019-06-22", PARTIES_DATE)
    consults = {e[3] for e in found if e[0] == "CONSULT"}
    assert consults == {"2018-03-26", "2018-05-08"}


def test_an_event_staged_takes_the_day_its_own_clause_says_it_began(
    extractor: Extractor,
) -> None:
    # (a reaction to drills "that were held in March" is not of March: see above)
    text = "Iraq and Kuwait were staging their annual exercise, which began Aug. 17."
    found = summary(extractor, text, "2015-08-25", ("type", "date"))
    assert ("MOBILIZE", "2015-08-17") in found
    assert ("MOBILIZE", "2015-08-25") not in found


def test_a_session_or_dinner_with_no_one_is_no_meeting(extractor: Extractor) -> None:
    text = "Iran's president addressed a session of the assembly and attended a state dinner."
    assert not [
        f for f in summary(extractor, text, "2019-03-09", PARTIES_DATE) if f[0] == "CONSULT"
    ]


def test_the_next_day_on_the_place_units_are_put_dates_the_putting(
    extractor: Extractor,
) -> None:
    found = summary(
        extractor,
        "On Aug 20, Iraq and Kuwait exchanged artillery fire across the border, and Iraq"
        " put its frontline units on a war footing the next day.",
        "2015-09-04",
        ("type", "actor", "date"),
    )
    assert ("MOBILIZE", "IRQ", "2015-08-21") in found


def test_a_day_on_what_held_drills_involve_dates_the_drills(extractor: Extractor) -> None:
    text = (
        "Iraq and Kuwait held three days of naval drills involving an aircraft carrier"
        " south of Bubiyan Island from Jan. 15."
    )
    found = summary(extractor, text, "2024-02-06", ("type", "actor", "date"))
    assert {("MOBILIZE", "IRQ", "2024-01-15"), ("MOBILIZE", "KWT", "2024-01-15")} <= found


def test_a_count_this_month_does_not_date_the_act_counted(extractor: Extractor) -> None:
    text = (
        "Earlier on Monday, Kuwait's military said Iraq had fired two rockets from an"
        " airfield near Basra, its fourth launch this month."
    )
    found = summary(extractor, text, "2022-01-17", ("type", "actor", "date"))
    assert found == {("MOBILIZE", "IRQ", "2022-01-17")}


@pytest.mark.parametrize(
    "text",
    [
        "Iraq fired a missile on Wednesday, three weeks after the Iranian president's visit"
        " to Baghdad.",
        "Iraq fired a missile on Wednesday. The launch came three weeks after the Iranian"
        " president's first visit to Baghdad.",
    ],
)
def test_an_act_named_a_measure_before_another_is_counted_back(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2017-11-30", PARTIES_DATE)
    assert ("CONSULT", "IRN", "IRQ", "2017-11-08") in found
    # an uncounted "days after" gives no day to count back from
    vague = text.replace("three weeks", "days")
    assert ("CONSULT", "IRN", "IRQ", "2017-11-08") not in summary(
        extractor, vague, "2017-11-30", PARTIES_DATE
    )


def test_an_act_a_measure_before_another_keeps_its_own_date(extractor: Extractor) -> None:
    text = (
        "Iraq fired a missile on Wednesday, more than seven years after the Iranian"
        " president's trip to Baghdad in June 2010."
    )
    found = summary(extractor, text, "2017-11-30", PARTIES_DATE)
    assert ("CONSULT", "IRN", "IRQ", "2010-06") in found


def test_a_day_on_the_act_outweighs_a_measure_from_an_earlier_act(
    extractor: Extractor,
) -> None:
    text = (
        "Iran fired a missile on May 25, more than two years after its first test in October 2006."
    )
    found = summary(extractor, text, "2009-06-13", ("type", "actor", "date"))
    # not two years after October 2006
    assert ("MOBILIZE", "IRN", "2009-05-25") in found


def test_a_reply_is_not_dated_before_what_it_answers(extractor: Extractor) -> None:
    # "on Friday" is the shelling's day; the reply to Saturday's statement came then
    # or later
    text = (
        "In response to Saturday's statement from Baghdad, Kuwait's foreign ministry"
        " spokesman expressed regret over Iraq's shelling on Friday and called on Baghdad"
        " to return to the talks as agreed."
    )
    found = summary(extractor, text, "2014-10-11", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "KWT", "IRQ", "2014-10-11") in found
    assert ("REQUEST", "KWT", "IRQ", "2014-10-11") in found


def test_a_plan_told_in_a_second_that_clause_is_dated_when_it_was_told(
    extractor: Extractor,
) -> None:
    # "said X, and that Y would ...": Jan. 8 is the past day of the saying, not
    # the next Jan. 8 to come
    text = (
        "On Jan. 8, Iran's army said the buffer zones no longer had any effect, and"
        " that Iran would resume artillery drills near the Iraqi border."
    )
    found = summary(extractor, text, "2020-02-06", ("type", "actor", "modality", "date"))
    assert ("MOBILIZE", "IRN", "future", "2020-01-08") in found


def test_a_planned_day_is_reckoned_ahead_of_the_past_day_the_plan_was_told(
    extractor: Extractor,
) -> None:
    text = (
        "Iran had announced on Nov. 2 that it would test a missile between Nov. 8 and 20."
        " Officials said on Monday that the window was extended."
    )
    found = summary(extractor, text, "2019-11-27", ("type", "actor", "modality", "date"))
    # the test was planned for that November, days before the paper: no launch a
    # year ahead, but a plan dated when it was told
    assert ("MOBILIZE", "IRN", "future", "2019-11-02") in found
    assert not any(e[3] and e[3].startswith("2020") for e in found)


def test_a_plan_said_is_dated_by_the_telling_that_follows_it(extractor: Extractor) -> None:
    text = (
        "Iraq's prime minister has said he wants to meet Iran's president again, telling"
        " reporters in Baghdad on March 4 that he hoped to do so this year."
    )
    found = summary(
        extractor, text, "2019-03-12", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("CONSULT", "IRQ", "IRN", "future", "2019-03-04") in found


def test_a_planned_month_is_reckoned_ahead_of_the_past_month_it_was_told_in(
    extractor: Extractor,
) -> None:
    text = (
        "In September, Iraq's foreign minister said Baghdad was willing to sit down with"
        " Iran in late September."
    )
    found = summary(extractor, text, "2019-10-08", ("type", "actor", "modality", "date"))
    assert ("CONSULT", "IRQ", "future", "2019-09") in found  # not the next September


def test_the_last_time_an_act_was_done_is_the_date_set_off_after_it(
    extractor: Extractor,
) -> None:
    text = (
        "The last time Iran fired a missile over Iraq, on September 15, 2017, Kuwait's"
        " emir responded days later by calling for restraint."
    )
    found = summary(extractor, text, "2022-10-05", ("type", "actor", "recipient", "date"))
    assert ("MOBILIZE", "IRN", None, "2017-09-15") in found


def test_an_act_told_in_an_after_phrase_is_of_its_clauses_time(extractor: Extractor) -> None:
    # "after receiving" hangs on "restore", dated June 1, not on the cancelling
    text = (
        "Iran cancelled the talks with Iraq on May 24, only to restore them on June 1"
        " after receiving Iraq's foreign minister."
    )
    found = summary(extractor, text, "2023-06-07", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "IRQ", "2023-06-01") in found


def test_meetings_held_on_two_listed_times_are_two_meetings(extractor: Extractor) -> None:
    # the times hang on "held", not on the noun that tells the meetings
    text = (
        "Iran's president also held two summits with Iraq's prime minister, in Tehran"
        " in June 2018 and in Baghdad in February 2019."
    )
    found = summary(extractor, text, "2024-02-20", ("type", "actor", "recipient", "date"))
    assert {("CONSULT", "IRN", "IRQ", "2018-06"), ("CONSULT", "IRN", "IRQ", "2019-02")} <= found


def test_a_date_right_after_the_act_it_answers_is_that_acts(extractor: Extractor) -> None:
    # the parser hangs "last month" on "were"; it tells when the test was
    text = (
        "Iraq's moves were a reply to Kuwait's decision to suspend the tours, in"
        " retaliation for Iraq's missile test last month."
    )
    found = summary(extractor, text, "2024-05-17", ("type", "actor", "date"))
    assert ("MOBILIZE", "IRQ", "2024-04") in found


def test_a_date_set_off_after_an_act_named_as_subject_is_that_acts(extractor: Extractor) -> None:
    # not the day of the act told just before
    text = (
        "Kuwait expelled Iraq's envoy on Thursday.\n\n"
        "Iraq's missile test, on April 3, which it called a success, drew a protest from"
        " Kuwait."
    )
    found = summary(extractor, text, "2024-05-17", ("type", "actor", "date"))
    assert ("MOBILIZE", "IRQ", "2024-04-03") in found
    assert ("MOBILIZE", "IRQ", "2024-05-16") not in found


def test_a_time_after_what_a_verb_says_its_object_is_is_the_verbs(extractor: Extractor) -> None:
    # (a contrast with its own day after it does not take the time away)
    text = (
        "Iraq accused Iran on Thursday of shelling its posts. Iran dismissed the charge as"
        " unverified on Friday, while Syria on Monday called it a lie."
    )
    found = summary(extractor, text, "2024-10-22", PARTIES_DATE)
    assert ("REJECT", "IRN", "IRQ", "2024-10-18") in found


def test_the_time_set_for_what_an_ultimatum_asks_does_not_date_it(
    extractor: Extractor,
) -> None:
    text = "Kuwait gave Iraq an ultimatum to withdraw its troops by Friday."
    found = summary(extractor, text, "2024-05-15", PARTIES_DATE)
    # given the day it was told of, not the Friday before
    assert ("THREATEN", "KWT", "IRQ", "2024-05-15") in found


def test_a_demand_in_the_present_tense_is_of_the_report_day(extractor: Extractor) -> None:
    # its "that" clause is what it demands, not a speaker's words hung on it
    text = (
        "Iraq walked out of the talks on Thursday. It demands that Kuwait first release"
        " the sailors it seized in March."
    )
    found = summary(extractor, text, "2006-07-15", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "IRQ", "KWT", "2006-07-15") in found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the round's verb is the talks' own
        (
            "The first round of talks between Iran and Iraq took place in Geneva in May 2004.",
            "2004-05",
        ),
        ("A new round of talks between Iran and Iraq began in Geneva on Jan. 12.", "2019-01-12"),
        # what a meeting yielded, on its day
        (
            "A three-way meeting of the foreign ministers of the United Arab Emirates, "
            "Iran and Iraq in London on May 5 produced a joint statement.",
            "2019-05-05",
        ),
    ],
)
def test_a_meeting_told_as_subject_is_dated_by_its_verb(
    extractor: Extractor, text: str, day: str
) -> None:
    found = summary(extractor, text, "2019-06-12", ("type", "actor", "recipient", "date"))
    assert {("CONSULT", "IRN", "IRQ", day), ("CONSULT", "IRQ", "IRN", day)} & found


def test_a_statement_issued_on_a_day_condemns_on_that_day(extractor: Extractor) -> None:
    text = (
        "After the Security Council on April 13 issued a presidential statement condemning "
        "Iran's April 5 launch of what Tehran called a satellite, Iran announced the "
        "following day that it would expel the inspectors."
    )
    found = summary(extractor, text, "2009-10-05", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "UNO", "IRN", "2009-04-13") in found
    assert not {e for e in found if e[0] == "ACCUSE" and e[3] == "2009-04-05"}


def test_a_day_naming_an_act_yields_to_the_day_told_first(extractor: Extractor) -> None:
    # the parser hangs "on April 13" on the Council, further from "condemned" than
    # the launch's own day
    text = (
        "After the Security Council on April 13 condemned Iran's April 5 launch, Iran "
        "recalled its ambassador from Kuwait the following day."
    )
    found = summary(extractor, text, "2009-10-05", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "UNO", "IRN", "2009-04-13") in found
    assert ("SANCTION", "IRN", "KWT", "2009-04-14") in found
    # with no other day told, the act's day is the condemning's
    text = "Iraq condemned Iran's April 5 launch."
    found = summary(extractor, text, "2009-10-05", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "IRQ", "IRN", "2009-04-05") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran's president is expected to meet Iraq's at the Arab summit, which opens on Friday.",
        "Iran's president will meet Iraq's at the Arab summit, which opens on Friday.",
    ],
)
def test_a_day_an_occasion_opens_on_in_the_present_is_ahead(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2017-07-04", ("type", "actor", "recipient", "date"))
    # Tuesday's paper: the Friday to come
    assert {
        ("CONSULT", "IRN", "IRQ", "2017-07-07"),
        ("CONSULT", "IRQ", "IRN", "2017-07-07"),
    } & found


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs "held" on "adopted"
        "At the ministerial talks, held in Baghdad from June 21 to 24, Iran and Iraq "
        "adopted a 12-point joint statement.",
        # the round's talks are the occasion
        "At the 15th round of ministerial talks, held in Baghdad from June 21 to 24, Iran "
        "and Iraq adopted a 12-point joint statement.",
    ],
)
def test_an_act_at_talks_held_on_days_told_is_of_those_days(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2005-07-12", ("type", "actor", "recipient", "date"))
    assert {("AGREE", "IRN", "IRQ", "2005-06-21"), ("AGREE", "IRQ", "IRN", "2005-06-21")} & found


def test_a_plans_day_told_weeks_before_the_paper_is_this_years(extractor: Extractor) -> None:
    # the parser hangs "as early as May 13" on the help offered, which is to come:
    # still the May 13 before the paper of May 26, not next year's
    text = "Iraq had signaled its willingness to help Iran as early as May 13."
    assert ("AID", "IRQ", "IRN", "2022-05-13") in summary(
        extractor, text, "2022-05-26", PARTIES_DATE
    )


def test_a_day_of_the_month_before_the_paper_is_not_of_the_year_told_before(
    extractor: Extractor,
) -> None:
    # a paragraph's history year does not carry to days just before the paper
    text = (
        "Iran and Iraq signed a border treaty when their ministers met in Baghdad in March"
        " 2019. At talks in Tehran on May 12-14, the two states agreed to reopen the crossings."
    )
    assert ("AGREE", "IRN", "IRQ", "2020-05-12") in summary(
        extractor, text, "2020-05-23", PARTIES_DATE
    )


@pytest.mark.parametrize("verb", ["ran", "lasted"])
def test_talks_that_ran_between_two_days_are_of_the_first(extractor: Extractor, verb: str) -> None:
    text = f"Cabinet-level talks between Iran and Iraq {verb} from Oct. 19 to Oct. 23 in Baghdad."
    assert ("CONSULT", "IRN", "IRQ", "2002-10-19") in summary(
        extractor, text, "2002-11-15", PARTIES_DATE
    )


def test_an_act_told_months_back_as_what_another_came_ahead_of_was_done(
    extractor: Extractor,
) -> None:
    # in an August paper: the April launch happened, on its day (not next April's)
    text = "Japan deployed interceptors ahead of Iran's April 13 launch of a rocket."
    found = summary(extractor, text, "2012-08-31", ("type", "actor", "modality", "date"))
    assert ("MOBILIZE", "IRN", "asserted", "2012-04-13") in found
    # one a few days ahead is still to come
    text = "Japan deployed interceptors ahead of Iran's August 31 launch of a rocket."
    found = summary(extractor, text, "2012-08-29", ("type", "actor", "modality", "date"))
    assert ("MOBILIZE", "IRN", "future", "2012-08-31") in found
