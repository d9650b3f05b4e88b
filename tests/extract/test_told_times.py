"""Times an act takes from a time told next to it, when the parser hangs the words
elsewhere (sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from peninsula.models import Article
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


def test_the_story_day_is_the_day_of_the_act_the_lead_reports(extractor: Extractor) -> None:
    # "..., state media said on Wednesday": the story is of Monday's talks
    filler = " ".join(["The weather in the capital was mild and the streets were quiet."] * 12)
    text = (
        "Iran held talks with Iraq in Tehran on Monday, state media said on Wednesday.\n\n"
        f"{filler}\n\nIran also urged Syria to release the prisoners."
    )
    found = summary(extractor, text, "2018-03-28", PARTIES_DATE)
    assert ("REQUEST", "IRN", "SYR", "2018-03-26") in found


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


def test_a_headline_tells_the_news_of_the_storys_day(extractor: Extractor) -> None:
    text = (
        "Kim Jong Un Receives Iranian Delegation\n\n"
        "Pyongyang, July 28 (KCNA) -- Kim Jong Un received the visiting Iranian delegation"
        " on Thursday."
    )
    found = summary(extractor, text, "2023-07-28", PARTIES_DATE)
    assert ("CONSULT", "PRK", "IRN", "2023-07-27") in found
    assert ("CONSULT", "PRK", "IRN", "2023-07-28") not in found  # not publication day


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


def test_a_statement_is_dated_by_its_own_day_not_by_a_clause_inside_it(
    extractor: Extractor,
) -> None:
    # "on October 2" tells when the resolution was adopted, not the statement
    text = (
        "Iran's foreign ministry issued a statement on Friday about a resolution adopted"
        " by the UN General Assembly on October 2.\n\nIn the statement, Iran accused Iraq"
        " of spreading lies."
    )
    found = summary(extractor, text, "1996-10-12", PARTIES_DATE)
    assert ("ACCUSE", "IRN", "IRQ", "1996-10-11") in found


@pytest.mark.parametrize(
    "act, expected",
    [
        (
            "Delegates of Armenia and Norway at the meeting voiced support for Iran.",
            ("SUPPORT", "ARM", "IRN", "1996-10-09"),
        ),
        (
            "At the session, Iraq's envoy accused Iran of lying.",
            ("ACCUSE", "IRQ", "IRN", "1996-10-09"),
        ),
    ],
)
def test_an_act_at_the_gathering_told_before_is_of_that_gathering_s_day(
    extractor: Extractor, act: str, expected: tuple[str, ...]
) -> None:
    # "the meeting" was told with no day of its own: it is the vote told just before
    text = (
        "Iran's foreign ministry issued a statement on Friday about a resolution adopted by"
        " a committee of the UN General Assembly.\n\nIran's delegation refused on Wednesday"
        f" to take part in the vote.\n\n{act}"
    )
    assert expected in summary(extractor, text, "1996-10-11", PARTIES_DATE)


@pytest.mark.parametrize(
    "act",
    [
        "The Iranian president invited the Iraqi leader at the end of their talks, state"
        " media reported on Saturday.",
        # the parser hangs the talks on the visit asked for
        "State media reported on Saturday that the Iranian president had invited the Iraqi"
        " leader to visit again at the end of their talks.",
    ],
)
def test_an_act_at_the_end_of_the_talks_told_before_is_of_the_talks_day(
    extractor: Extractor, act: str
) -> None:
    # the talks' day is told in the same sentence as Friday's acceptance
    text = (
        "Iraq's president on Friday accepted an invitation to visit Tehran, a day after he"
        f" met Iran's president in Baghdad.\n\n{act}"
    )
    found = summary(extractor, text, "1996-10-12", PARTIES_DATE)
    assert ("REQUEST", "IRN", "IRQ", "1996-10-10") in found
    assert ("REQUEST", "IRN", "IRQ", "1996-10-12") not in found


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


def test_an_act_told_done_is_not_dated_after_its_telling(extractor: Extractor) -> None:
    # "next February" is when the refugees would return, not when he proposed it
    text = (
        "In a speech in Ankara on July 6, Turkey's president Erdogan set out a peace plan"
        " for Iraq. He proposed talks with Iraq on the border; the return of Iraqi refugees"
        " next February; and a resumption of trade with Iraq."
    )
    found = summary(
        extractor, text, "2017-07-27", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("REQUEST", "TUR", "IRQ", "asserted", "2017-07-06") in found
    assert not any(f[3] == "asserted" and f[4] > "2017-07-27" for f in found)


def test_an_act_told_in_what_was_said_takes_the_day_the_text_gives_it_elsewhere(
    extractor: Extractor,
) -> None:
    # Thursday is the day of the saying; the approval itself was on Wednesday
    text = (
        "Iran's foreign ministry said Thursday it has approved a charity's plan to send"
        " medicine to Iraq.\n\nTehran gave the go-ahead Wednesday for the charity to ship"
        " medicine to Iraq."
    )
    found = summary(extractor, text, "1996-10-10", PARTIES_DATE)
    assert {f for f in found if f[0] == "AID"} == {("AID", "IRN", "IRQ", "1996-10-09")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Iran's military said Thursday that its troops had shot dead an Iraqi soldier who"
            " crossed the border.\n\nThe shooting took place on Tuesday near the border town"
            " of Mehran, it said.",
            ("ASSAULT", "IRN", "IRQ", "1996-10-08"),
        ),
        (
            "Iraq accused Iran on Thursday of shelling its border posts.\n\nThe attack on"
            " Tuesday killed two Iraqi soldiers.",
            ("ASSAULT", "IRN", "IRQ", "1996-10-08"),
        ),
        (
            "Iran's navy seized an Iraqi fishing boat, officials said Thursday.\n\nThe boat was"
            " seized on Tuesday in the Gulf.",
            ("COERCE", "IRN", "IRQ", "1996-10-08"),
        ),
    ],
)
def test_an_act_told_in_what_was_said_takes_the_day_its_noun_or_passive_gives(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    found = summary(extractor, text, "1996-10-10", PARTIES_DATE)
    assert {f for f in found if f[0] == expected[0]} == {expected}


def test_a_reported_act_already_of_a_day_told_for_its_parties_keeps_that_day(
    extractor: Extractor,
) -> None:
    # the rounds are Friday's exchange told again, not Tuesday's shooting told after
    text = (
        "Iranian and Iraqi border troops exchanged machine-gun fire on Friday, the Iraqi army"
        " said on Saturday.\n\nIraqi troops fired about 30 rounds toward Iranian border"
        " posts, the army said.\n\nEarlier in the week, on Tuesday, an Iraqi patrol boat"
        " fired warning shots at an Iranian boat near the river mouth."
    )
    article = Article.from_text(text, uri="test:", published="1996-10-12")
    rounds = {
        m.date.iso() if m.date else None
        for m in extractor.extract(article)
        if "30 rounds" in m.event_text
    }
    assert rounds == {"1996-10-11"}


def test_an_act_told_in_what_was_said_takes_the_day_of_its_noun_the_tagger_misread(
    extractor: Extractor,
) -> None:
    # the tagger reads "shelling" as a participle on "Tuesday afternoon"
    text = (
        "Iran shelled Iraq's border town of Basra, Iraqi officials said on Wednesday.\n\n"
        "The shelling Tuesday afternoon of Basra, which sits near the border, was the"
        " heaviest in years."
    )
    found = summary(extractor, text, "1996-10-10", PARTIES_DATE)
    assert {f for f in found if f[0] == "ASSAULT"} == {("ASSAULT", "IRN", "IRQ", "1996-10-08")}


def test_what_was_said_at_the_time_is_of_the_time_told_last(extractor: Extractor) -> None:
    text = (
        "An American student was arrested in Iran in January 2016. Iran sentenced the"
        " student on March 16, 2016, to 15 years of hard labor.\n\n"
        "The State Department said at the time that Tehran was using detained Americans as"
        " pawns and urged it to pardon the student."
    )
    found = summary(extractor, text, "2017-06-14", PARTIES_DATE)
    # "it" is Tehran, one state, not the Americans
    assert ("REQUEST", "USA", "IRN", "2016-03-16") in found


def test_an_act_told_with_no_time_takes_the_day_the_text_gives_it_further_on(
    extractor: Extractor,
) -> None:
    text = (
        "Iran has urged Iraq to free the prisoners of war it still holds, Iranian media"
        " reported.\n\nOn Tuesday, Iran's foreign minister urged Iraq to free the prisoners."
    )
    found = summary(extractor, text, "1996-10-10", PARTIES_DATE)
    assert {f for f in found if f[0] == "REQUEST"} == {("REQUEST", "IRN", "IRQ", "1996-10-08")}


def test_a_speakers_day_does_not_date_their_states_words_paragraphs_later(
    extractor: Extractor,
) -> None:
    # the Pentagon spoke on Friday; three paragraphs on, the condemnation is not Friday's
    text = (
        "Iraq fired a missile over Kuwait on Tuesday, the first such launch in five years."
        "\n\nLast Friday, a U.S. aircraft carrier held drills with Saudi warships, and the"
        " Pentagon said the carrier would sail back into the Gulf.\n\nExperts fear Iraq is"
        " now preparing another test.\n\nTrains stopped across Kuwait as sirens sounded."
        '\n\nKuwait\'s foreign minister warned of a "firm response", while Bill Clinton and'
        " Jacques Chirac spoke by phone and condemned the launch."
    )
    found = summary(extractor, text, "1996-10-09", PARTIES_DATE)
    condemned = {f[3] for f in found if f[:3] == ("ACCUSE", "USA", "IRQ")}
    assert condemned and all(day >= "1996-10-08" for day in condemned)


def test_an_act_in_a_clause_joined_to_one_with_its_day_is_of_that_day(
    extractor: Extractor,
) -> None:
    # "Later in the day" dates "came and opened fire": the firing has its own day,
    # and gives it to the shooting the ministry reported on Thursday
    text = (
        "Iraq said Thursday Iranian troops shot an Iraqi fisheries official.\n\nIranian"
        " officials approached the boat on Tuesday afternoon. Later in the day, an Iranian"
        " navy boat came and opened fire at the Iraqi official, Iraq's Defense Ministry said."
    )
    found = summary(extractor, text, "1996-09-27", PARTIES_DATE)
    assert {f for f in found if f[0] == "ASSAULT"} == {("ASSAULT", "IRN", "IRQ", "1996-09-24")}


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


def test_an_act_of_this_week_told_after_a_dateline_takes_the_day_told_later(
    extractor: Extractor,
) -> None:
    # "this week" gives no day; the report's "said on Friday" trails the dateline
    text = (
        "BAGHDAD (Reuters) - Iran's president has apologised for the killing of an Iraqi"
        " border guard by his troops this week, saying he was sorry, Iraq's presidential"
        " office said on Friday.\n\nIraq's military said on Thursday that Iranian troops had"
        " shot the Iraqi guard dead on Tuesday."
    )
    found = summary(extractor, text, "2020-09-25", PARTIES_DATE)
    assert {f for f in found if f[0] == "ASSAULT"} == {("ASSAULT", "IRN", "IRQ", "2020-09-22")}


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


def test_an_act_during_which_a_told_act_came_is_of_its_time(extractor: Extractor) -> None:
    text = (
        "Iraq admitted in 2002 that its agents had kidnapped 13 Kuwaitis in the 1970s.\n\n"
        "The admission came during a landmark visit to Baghdad by Kuwait's prime minister."
    )
    found = summary(extractor, text, "2024-03-26", PARTIES_DATE)
    assert ("CONSULT", "KWT", "IRQ", "2002") in found
    assert ("CONSULT", "KWT", "IRQ", "2024-03-26") not in found


def test_the_second_lead_sentence_gives_the_story_day_when_the_first_gives_none(
    extractor: Extractor,
) -> None:
    text = (
        "Iran has fired a ballistic missile toward Iraq, Iraqi officials said. The"
        " officials spoke on Wednesday after an emergency meeting.\n\n"
        "Jordan condemned the launch."
    )
    found = summary(extractor, text, "2024-05-10", PARTIES_DATE)
    assert ("ACCUSE", "JOR", "IRN", "2024-05-08") in found


def test_a_verb_coordinated_with_the_leads_main_verb_gives_the_story_day(
    extractor: Extractor,
) -> None:
    text = "Floods hit northern Iran and killed 40 people Thursday.\n\nIraq sent aid to Iran."
    found = summary(extractor, text, "2024-05-18", PARTIES_DATE)
    assert ("AID", "IRQ", "IRN", "2024-05-16") in found


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


def test_the_same_day_counts_from_a_day_the_paragraph_before_named(
    extractor: Extractor,
) -> None:
    # the Monday names no event of ours, but it is the last day told
    text = (
        "Kuwait recalled its ambassador from Baghdad on February 20. Ali Hassan flew"
        " out on Monday, telling reporters the measures would wreck relations.\n\n"
        "Iraq responded the same day by expelling Kuwait's ambassador."
    )
    found = summary(extractor, text, "2017-03-08", PARTIES_DATE)
    assert ("SANCTION", "IRQ", "KWT", "2017-03-06") in found


def test_a_statements_own_warning_is_made_the_day_it_is_issued(extractor: Extractor) -> None:
    # the commentary's warning, in its own voice, is not of the drill it recounts
    text = (
        "Gulf Pact Is Scheme against DPRK: KCNA Commentary\n\n"
        "Pyongyang, August 22 (KCNA) -- The leaders of Kuwait and Iraq met in Baghdad on"
        " August 18 and plotted against the DPRK.\n\n"
        "On August 20, Kim Jong Un watched a missile firing drill aboard a patrol ship and"
        " stressed that the navy must be ready at any moment.\n\n"
        "If Iraq goes on with its war drills, the armed forces of the DPRK will take"
        " overwhelming countermeasures."
    )
    found = summary(extractor, text, "2023-08-22", PARTIES_DATE, outlet="KCNA")
    assert ("THREATEN", "PRK", "IRQ", "2023-08-22") in found
    assert ("THREATEN", "PRK", "IRQ", "2023-08-20") not in found


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


def test_a_summit_travelled_to_takes_the_days_of_the_trip(extractor: Extractor) -> None:
    # the month hangs on the travelling; the summit is what the trip was for, and
    # what was promised "at that meeting" was promised then (not in the war of the
    # sentence before, nor on the day of the article)
    text = (
        "Iran and Iraq fought a war from 1980 to 1988. The clash is a blow to Rouhani, who"
        " won praise after traveling to Baghdad in March 2019 for the first summit between"
        " the leaders of Iran and Iraq. At that meeting, Iraq's president promised to make a return"
        " visit to Tehran."
    )
    found = summary(extractor, text, "2021-06-30", (*PARTIES_DATE, "modality"))
    assert ("CONSULT", "IRN", "IRQ", "2019-03", "asserted") in found
    assert ("CONSULT", "IRQ", "IRN", "2019-03", "future") in found


def test_what_a_named_body_did_is_no_day_of_the_meeting_it_holds(extractor: Extractor) -> None:
    # "the 1980-88 war" is the day of no meeting: the talks later "at that meeting"
    # are of the day the council met
    text = (
        "Iraq's prime minister convened a meeting of the Arab League, which"
        " called the raid a breach of the truce that ended the 1980-88 war.\n\n"
        "At that meeting, Iraq's prime minister agreed to receive Iran's envoy."
    )
    found = summary(extractor, text, "2021-06-30", (*PARTIES_DATE, "modality"))
    assert not any(e[3] == "1980" for e in found), found


def test_words_said_after_a_dated_statement_are_of_its_day(extractor: Extractor) -> None:
    # the speaker set off before "in a statement carried late on Saturday" spoke
    # then; its next sentence's charge is of that day, not of Monday's story
    text = (
        "Kuwait's emir on Monday dismissed North Korea's complaint about the talks.\n\n"
        "The emir spoke hours after North Korea's foreign ministry, in a statement carried"
        " late on Saturday by the official news agency, described the talks as a failure."
        " The ministry accused Kuwait of making gangster-like demands."
    )
    found = summary(extractor, text, "2018-07-09", PARTIES_DATE)
    assert ("ACCUSE", "PRK", "KWT", "2018-07-07") in found


def test_what_a_statement_says_is_no_day_of_the_statement(extractor: Extractor) -> None:
    # the reunions "planned for Sept. 25-30" are what was said: the statement, and
    # the cancelling told after it, are of Saturday's story, not of last September
    text = (
        "Iraq on Saturday accused Kuwait of hostility.\n\n"
        "Iraq's foreign ministry said in a statement carried by state television that"
        " the talks, planned for Sept. 25-30 in Basra, would be put off. It also"
        " cancelled flights to Kuwait that had been set for Oct. 2."
    )
    found = summary(extractor, text, "2013-09-21", PARTIES_DATE)
    assert ("SANCTION", "IRQ", "KWT", "2013-09-21") in found


def test_a_plan_told_in_an_entry_of_a_timeline_is_made_on_its_day(extractor: Extractor) -> None:
    text = (
        "TIMELINE: the Basra office\n\n"
        "April 27, 2018: Iran's president and Iraq's prime minister meet in Basra. In the"
        " declaration they sign that day, the two leaders promise to set up a joint liaison"
        " office on the border.\n\n"
        "June 16, 2020: Iraq shuts the office."
    )
    found = summary(extractor, text, "2020-06-17", ("type", "modality", "date"))
    assert ("COOPERATE", "future", "2018-04-27") in found


def test_an_event_staged_takes_the_day_its_own_clause_says_it_began(
    extractor: Extractor,
) -> None:
    # (a reaction to drills "that were held in March" is not of March: see above)
    text = "Iraq and Kuwait were staging their annual exercise, which began Aug. 17."
    found = summary(extractor, text, "2015-08-25", ("type", "date"))
    assert ("MOBILIZE", "2015-08-17") in found
    assert ("MOBILIZE", "2015-08-25") not in found


def test_a_live_blogs_stamped_entries_are_of_its_day(extractor: Extractor) -> None:
    # newest first: the older entry's "late Saturday" does not date the meeting above it
    text = (
        "LIVE: Rouhani meets al-Sudani at the border\n\n"
        "Newest entries first.\n\n"
        "3:46 p.m. - Iran's president met Iraq's prime minister at the border post.\n\n"
        "11:20 a.m. - An Iraqi official said Iranian and Iraqi officials had met late"
        " Saturday to arrange the meeting."
    )
    found = summary(extractor, text, "2019-06-30", ("type", "modality", "date"))
    assert {("CONSULT", "asserted", "2019-06-30"), ("CONSULT", "asserted", "2019-06-29")} <= found


def test_a_call_on_the_way_home_is_of_the_meetings_day(extractor: Extractor) -> None:
    text = (
        "Iran's president met Iraq's prime minister in Baghdad on Tuesday. Iran's president"
        " said on Wednesday that he had raised the border. He telephoned Kuwait's emir from"
        " his plane on his way home to brief him."
    )
    found = summary(extractor, text, "2018-06-14", PARTIES_DATE)
    assert ("CONSULT", "IRN", "KWT", "2018-06-12") in found


def test_a_call_on_the_way_home_is_of_the_latest_meeting_not_one_looked_back_to(
    extractor: Extractor,
) -> None:
    text = (
        "On February 28, Iran's president left the hotel after a shortened morning session"
        " with Iraq's prime minister.\n\n"
        "At their first meeting on June 12 last year, the two men signed a short statement."
        "\n\nIran's president telephoned Kuwait's emir from his plane on his way home."
    )
    found = summary(extractor, text, "2019-03-09", PARTIES_DATE)
    # a session with someone is a meeting with him
    assert ("CONSULT", "IRN", "IRQ", "2019-02-28") in found
    assert ("CONSULT", "IRN", "KWT", "2019-02-28") in found


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


def test_a_headline_act_the_text_dates_takes_the_texts_day(extractor: Extractor) -> None:
    # the story's day is Wednesday's warning; the shelling the headline tells is
    # dated Tuesday further on
    text = (
        "Iraq shells Iranian border town; Tehran vows revenge\n\n"
        "TEHRAN (AP) -- Iran's president warned Iraq on Wednesday that any new attack"
        " would draw a harsh response.\n\n"
        "Iraqi artillery shelled the Iranian town of Mehran on Tuesday, killing three people."
    )
    found = summary(extractor, text, "2024-03-14", PARTIES_DATE)
    assert ("ASSAULT", "IRQ", "IRN", "2024-03-12") in found
    assert ("ASSAULT", "IRQ", "IRN", "2024-03-13") not in found  # not the warning's day


def test_a_plan_its_noun_tells_undated_takes_the_time_told_elsewhere(
    extractor: Extractor,
) -> None:
    # the drills of the lead are the drills of next month, not of the firing's day
    text = (
        "Iran fired two rockets into the Gulf early Wednesday, in an apparent protest"
        " against upcoming joint naval drills between Iraq and Kuwait.\n\n"
        "Iraq and Kuwait plan to hold the combined exercise early next month."
    )
    found = summary(extractor, text, "2019-07-31", PARTIES_DATE)
    drills = {(frozenset(e[1:3]), e[3]) for e in found if e[0] == "COOPERATE"}
    assert drills == {(frozenset(("IRQ", "KWT")), "2019-08")}


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


def test_an_answer_within_minutes_is_of_the_day_of_the_act_a_clause_told_last(
    extractor: Extractor,
) -> None:
    # the sentence's own day (Thursday) comes before the firing its clause tells
    text = (
        "Iraq on Thursday showed off photographs of the new missile it fired a day earlier,"
        " boasting that all of Kuwait lies within its reach.\n\n"
        "The missile blasted off shortly after 3:00 am on Wednesday and came down in the Gulf.\n\n"
        "Iraq's leader, who watched the test, declared that his country had completed its"
        " nuclear force.\n\n"
        "Kuwait answered within minutes. Kuwait's army, navy and air force fired three"
        " missiles into the sea in a precision-strike drill."
    )
    found = summary(extractor, text, "2017-11-30", PARTIES_DATE)
    assert ("MOBILIZE", "KWT", "IRQ", "2017-11-29") in found
