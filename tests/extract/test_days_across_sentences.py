"""Days acts take from another sentence or paragraph of the story: the day its lead,
headline or dateline tells, the day of a statement and of the words said in it, and a
day told for the act further on (sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from peninsula.models import Article
from tests.extract.conftest import summary
from tests.extract.test_told_times import PARTIES_DATE


def test_the_story_day_is_the_day_of_the_act_the_lead_reports(extractor: Extractor) -> None:
    # "..., state media said on Wednesday": the story is of Monday's talks
    filler = " ".join(["The weather in the capital was mild and the streets were quiet."] * 12)
    text = (
        "Iran held talks with Iraq in Tehran on Monday, state media said on Wednesday.\n\n"
        f"{filler}\n\nIran also urged Syria to release the prisoners."
    )
    found = summary(extractor, text, "2018-03-28", PARTIES_DATE)
    assert ("REQUEST", "IRN", "SYR", "2018-03-26") in found


def test_a_headline_tells_the_news_of_the_storys_day(extractor: Extractor) -> None:
    text = (
        "Kim Jong Un Receives Iranian Delegation\n\n"
        "Pyongyang, July 28 (KCNA) -- Kim Jong Un received the visiting Iranian delegation"
        " on Thursday."
    )
    found = summary(extractor, text, "2023-07-28", PARTIES_DATE)
    assert ("CONSULT", "PRK", "IRN", "2023-07-27") in found
    assert ("CONSULT", "PRK", "IRN", "2023-07-28") not in found  # not publication day


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month after "that" is of the year told before, not the last one of its name
        (
            "Relations soured after Ali took office in 2008. A Kuwaiti tourist was shot"
            " dead by an Iraqi soldier at the border that July.",
            ("ASSAULT", "IRQ", "KWT", "2008-07"),
        ),
        # "that same day": the tagger leaves "that" out of the date
        (
            "Iraq invited Kuwait to talks on Oct. 5. Kuwait accepted Iraq's invitation"
            " that same day.",
            ("AGREE", "KWT", "IRQ", "2019-10-05"),
        ),
    ],
)
def test_a_time_named_with_that_is_the_time_told_before(
    extractor: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    found = summary(extractor, text, "2019-10-08", ("type", "actor", "recipient", "date"))
    assert expected in found


def test_that_day_after_a_date_in_a_list_of_acts_is_that_date(extractor: Extractor) -> None:
    # the recognizer reads "Aug 10 and that day" as one date, the parser "that day"
    # as what resumed
    text = (
        "Kuwait blamed Iraq for planting the mines on Aug 10 and that day resumed"
        " loudspeaker broadcasts against Iraq for the first time in 11 years."
    )
    found = summary(extractor, text, "2015-09-04", ("type", "actor", "recipient", "date"))
    assert ("COERCE", "KWT", "IRQ", "2015-08-10") in found


def test_a_deed_said_now_to_have_been_done_is_not_of_the_day_told_before(
    extractor: Extractor,
) -> None:
    text = (
        "Russia and Iran signed a treaty in June that obliges each side to provide"
        " military assistance if the other is attacked. The Duma ratified the treaty in"
        " October.\n\n"
        "Kuwait and Qatar say Iran has sent more than 10,000 troops to Russia."
    )
    found = summary(extractor, text, "2024-11-29", ("type", "actor", "recipient", "date"))
    assert ("AID", "IRN", "RUS", "2024-11-29") in found


def test_an_act_done_twice_is_dated_by_each_time_told(extractor: Extractor) -> None:
    text = (
        "The Iranian president hosted the Emir of Qatar twice, in Tabriz in 2019 and at the"
        " Bushehr plant in September 2023."
    )
    found = summary(extractor, text, "2024-09-15", ("type", "actor", "date"))
    assert {("CONSULT", "IRN", "2019"), ("CONSULT", "IRN", "2023-09")} <= found


def test_a_pact_named_by_its_year_is_no_time_of_the_story(extractor: Extractor) -> None:
    text = (
        "SEOUL, Nov. 22 -- Iran fired a rocket on Tuesday.\n\n"
        "In response, Kuwait said it will partially suspend the 2018 military"
        " agreement with Iran. Kuwait's defense ministry called the launch a clear"
        " provocation."
    )
    found = summary(extractor, text, "2023-11-22", ("type", "actor", "recipient", "date"))
    assert not {e for e in found if e[0] == "ACCUSE" and e[3] == "2018"}
    assert {e for e in found if e[:3] == ("ACCUSE", "KWT", "IRN")}


def test_an_agreement_told_as_also_made_is_of_the_deals_day_not_of_talks_before(
    extractor: Extractor,
) -> None:
    text = (
        "TEHRAN, June 11 -- Iran and Iraq struck a deal early Tuesday to end a months-long"
        " border standoff.\n\n"
        "The deal was announced after marathon talks in Basra that began Saturday and ran"
        " for some 50 hours. Iran's interior minister sat at the table with Iraq's national"
        " security adviser.\n\n"
        "The two sides also agreed to reopen two border crossings next month."
    )
    found = summary(extractor, text, "2024-06-11", PARTIES_DATE)
    assert ("CONSULT", "IRN", "IRQ", "2024-06-08") in found  # the talks, from Saturday
    assert ("AGREE", "IRN", "IRQ", "2024-06-11") in found
    assert ("AGREE", "IRN", "IRQ", "2024-06-08") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kuwait's foreign ministry said on Tuesday that Iraq had seized a tanker."
            " Kuwait has repeatedly pressed Iraq to release the crew.",
            ("REQUEST", "KWT", "IRQ", "2024-04-24"),
        ),
        (
            "An Iranian delegation arrived in Baghdad on Tuesday. Kuwait has long accused"
            " Iraq of smuggling oil to Iran.",
            ("ACCUSE", "KWT", "IRQ", "2024-04-24"),
        ),
    ],
)
def test_an_act_done_over_time_is_of_the_story_not_of_the_day_told_before(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    found = summary(extractor, text, "2024-04-24", PARTIES_DATE)
    assert expected in found
    assert (*expected[:3], "2024-04-23") not in found


def test_acts_under_a_deal_are_of_the_deals_day_not_of_the_talks_before(
    extractor: Extractor,
) -> None:
    text = (
        "TEHRAN, June 11 -- Iran and Iraq struck a deal early Tuesday to end a months-long"
        " border standoff.\n\n"
        "The deal was announced after marathon talks in Basra that began Saturday and ran"
        " for some 50 hours. Iran's interior minister sat at the table with Iraq's national"
        " security adviser.\n\n"
        "Under the deal, Iraq expressed regret over the deaths of two Iranian guards, and"
        " Iran pledged to halt its artillery drills near the border."
    )
    found = summary(extractor, text, "2024-06-11", ("type", "actor", "date"))
    regret = {d for t, a, d in found if a == "IRQ" and t in ("ACCUSE", "CONCEDE")}
    halt = {d for t, a, d in found if (t, a) == ("RETREAT", "IRN")}
    assert regret == {"2024-06-11"}
    assert halt == {"2024-06-11"}


def test_a_meeting_told_as_not_held_in_the_past_is_of_the_storys_day(
    extractor: Extractor,
) -> None:
    # "did not hold talks": not done on the day told, not a state up to publication
    forum = "Iran and Iraq traded charges at a regional forum in Doha on March 4."
    missed = (
        "Iran's foreign minister and his Iraqi counterpart did not hold talks on the sidelines."
    )
    still = "Iran's foreign minister and his Iraqi counterpart have not held talks since then."
    fields = ("type", "modality", "date")
    assert ("CONSULT", "negated", "2023-03-04") in summary(
        extractor, f"{forum} {missed}", "2023-03-20", fields
    )
    assert ("CONSULT", "negated", "2023-03-20") in summary(
        extractor, f"{forum} {still}", "2023-03-20", fields
    )


@pytest.mark.parametrize(
    "plan, expected",
    [
        (
            "Iraq and Kuwait stated their willingness to provide energy assistance to Iran.",
            ("AID", "IRQ", "future", "2005-09-19"),
        ),
        (
            "Iran and Kuwait undertook to take steps to normalize their relations.",
            ("COOPERATE", "IRN", "future", "2005-09-19"),
        ),
    ],
)
def test_a_will_or_step_stated_at_talks_is_planned_on_the_talks_day(
    extractor: Extractor, plan: str, expected: tuple[str, ...]
) -> None:
    text = (
        "TEHRAN, Sept. 20 -- Talks between Iran and Iraq closed in Baghdad on Monday with"
        f" the adoption of a joint statement.\n\n{plan}"
    )
    assert expected in summary(extractor, text, "2005-09-20", ("type", "actor", "modality", "date"))


@pytest.mark.parametrize("opening", ["Hours later", "A few hours later", "Within hours"])
def test_an_act_hours_after_the_last_is_of_its_day(extractor: Extractor, opening: str) -> None:
    # not of the day of an act told earlier by the same state
    text = (
        "Kuwait decided on Monday to suspend the tours to Iraq.\n\n"
        "Iraq on Wednesday expelled the Kuwaiti guides.\n\n"
        f"{opening}, Kuwait cut off the supply of electricity to Iraq."
    )
    found = summary(extractor, text, "2024-05-17", PARTIES_DATE)
    assert ("SANCTION", "KWT", "IRQ", "2024-05-15") in found


def test_acts_told_in_a_clause_under_a_pact_are_to_its_other_party_on_its_day(
    extractor: Extractor,
) -> None:
    fields = ("type", "actor", "recipient", "modality", "date")
    signed = "Iraq and Kuwait signed a pact on Monday under which Iraq will pull its troops back."
    assert ("RETREAT", "IRQ", "KWT", "future", "2024-05-13") in summary(
        extractor, signed, "2024-05-17", fields
    )
    # the accord's own month, not the day the breach was told
    broken = (
        "Iraq and Kuwait signed a border pact in 2019.\n\n"
        "Kuwait said on Tuesday that Iraq had broken the May 2019 accord under which Iraq"
        " pulled its troops back from the border."
    )
    assert ("RETREAT", "IRQ", "KWT", "asserted", "2019-05") in summary(
        extractor, broken, "2024-05-17", fields
    )


def test_a_state_described_after_two_subjects_is_not_the_first_of_them(
    extractor: Extractor,
) -> None:
    # either may be "the communist state": not the first subject by default
    text = (
        "The United States and North Korea signed an agreement on Friday under which the"
        " communist state will freeze its nuclear program."
    )
    found = summary(extractor, text, "1994-10-22", ("type", "actor", "recipient"))
    assert ("RETREAT", "USA", "PRK") not in found


@pytest.mark.parametrize(
    "text",
    [
        "On December 20 last year, an Iraqi destroyer fired on a Kuwaiti patrol boat. "
        "Kuwait lodged a protest with Iraq on the 21st.",
        "Iraq fired on a Kuwaiti patrol boat on December 20 last year, and Kuwait lodged a "
        "protest with Iraq on the 21st.",
    ],
)
def test_a_day_told_by_its_number_is_in_the_month_told_last(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2019-01-22", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "KWT", "IRQ", "2018-12-21") in found
    # with no month told, the paper's month (or the one before it)
    text = "Kuwait protested to Iraq on the 2nd."
    found = summary(extractor, text, "2019-01-22", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "KWT", "IRQ", "2019-01-02") in found


def test_a_day_a_meeting_was_planned_for_is_no_day_counted_from(extractor: Extractor) -> None:
    # dawn's Lavrov text: "that same day" is the letter's, not the planned summit's
    text = (
        "The Russian side reiterated that it regrets the decision of the US President, "
        "conveyed in his letter of 24 May, to cancel the meeting with the DPRK leader "
        "planned for 12 June in Singapore, as President Vladimir Putin said on that same day."
    )
    found = summary(extractor, text, "2018-05-31", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "RUS", "USA", "2018-05-24") in found
    assert not {e for e in found if e[3] and e[3] < "2018-01-01"}


def test_a_protest_with_no_day_of_its_own_is_of_the_act_it_answers(
    extractor: Extractor,
) -> None:
    # a background paragraph: the protest answers the arrest of Aug. 15, not the
    # story's Wednesday
    text = (
        "Japan and Iran held talks in Beijing on Wednesday.\n\n"
        "Tension with China has risen since Japanese authorities arrested 14 Chinese"
        " activists on an island on Aug. 15. Beijing protested and demanded their release."
    )
    found = summary(extractor, text, "2012-08-31", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "CHN", "JPN", "2012-08-15") in found
    assert ("REQUEST", "CHN", "JPN", "2012-08-15") in found
    # words a statement says are of the day it was said, not of the act before
    text = (
        "Japan and Iran held talks in Beijing on Wednesday.\n\n"
        "Japanese authorities arrested 14 Chinese activists on an island on Aug. 15."
        " China said it could not accept the arrests, and chided Japan."
    )
    found = summary(extractor, text, "2012-08-31", ("type", "actor", "recipient", "date"))
    assert not {e for e in found if e[1] == "CHN" and e[3] == "2012-08-15"}
