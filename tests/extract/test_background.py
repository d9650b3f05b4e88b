"""Past acts told as background get no date the text does not give (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from peninsula.models import Article
from tests.extract.conftest import summary


def _events(extractor: Extractor, text: str) -> set[tuple[str | None, ...]]:
    return summary(extractor, text, "2006-10-13", ("type", "actor", "recipient", "date"))


def test_a_past_act_after_once_is_not_dated_to_publication(extractor: Extractor) -> None:
    text = "Once the U.S. attacked Iraq, Pyongyang decided it needed a nuclear deterrent."
    assert not any(event == "ASSAULT" for event, *_rest in _events(extractor, text))


def test_a_dated_act_after_once_keeps_its_date(extractor: Extractor) -> None:
    text = "Once the U.S. attacked Iraq in 2003, Pyongyang decided it needed a deterrent."
    assert ("ASSAULT", "USA", "IRQ", "2003") in _events(extractor, text)


def test_acts_counted_in_times_are_not_one_act_on_publication_day(
    extractor: Extractor,
) -> None:
    text = "Xi Jinping has met South Korean President Park Geun-hye five times."
    assert not any(event == "CONSULT" for event, *_rest in _events(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Since Ali Khamenei became leader in 1989, Iran has conducted four missile tests.",
        "Iran has conducted six missile tests since 2006.",
    ],
)
def test_acts_counted_since_a_past_time_are_not_one_act_on_publication_day(
    extractor: Extractor, text: str
) -> None:
    assert not any(event == "MOBILIZE" for event, *_rest in _events(extractor, text))


def test_a_counted_act_with_a_date_keeps_it(extractor: Extractor) -> None:
    text = "North Korea has fired missiles several times this month."
    assert ("MOBILIZE", "PRK", None, "2006-10") in _events(extractor, text)


def test_a_plan_to_act_regularly_is_a_future_act_of_its_maker(extractor: Extractor) -> None:
    # "regularly" makes a past act undated background; in a plan it is still a plan.
    text = "South Korea announced its plan to regularly stage artillery drills near the border."
    assert ("MOBILIZE", "KOR", None, "2006-10-13") in _events(extractor, text)
    assert summary(extractor, text, "2006-10-13", ("modality",)) == {("future",)}


def test_who_answers_for_an_act_did_it_on_the_day_it_names(extractor: Extractor) -> None:
    # The apology is denied; the sinking it would answer for happened.
    text = "North Korea has never apologized for the 2010 sinking of a South Korean warship."
    article = Article.from_text(text, uri="test:", published="2022-02-03")
    found = {
        (m.event_type, m.actor.code, m.recipient.code if m.recipient else None, m.modality.value)
        for m in extractor.extract(article)
        if m.event_type == "ASSAULT" and m.date is not None and m.date.iso() == "2010"
    }
    assert found == {("ASSAULT", "PRK", "KOR", "asserted")}


def test_an_act_answered_for_with_no_day_of_its_own_is_not_dated_today(
    extractor: Extractor,
) -> None:
    text = "Pyongyang has yet to take responsibility for the killing of a South Korean official."
    assert not any(event == "ASSAULT" for event, *_rest in _events(extractor, text))


def test_a_day_after_counts_back_from_the_day_it_is_told_against(
    extractor: Extractor,
) -> None:
    # Published Sunday 2008-07-13: Saturday is the 12th, so the shooting was the 11th.
    text = (
        "Seoul suspended tours to the resort from Saturday, a day after a North Korean "
        "soldier shot a South Korean tourist."
    )
    assert ("ASSAULT", "2008-07-11") in summary(extractor, text, "2008-07-13", ("type", "date"))


def test_a_possessor_hung_on_the_year_still_owns_the_act(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "Ties have been frozen since the North's 2010 shelling of the South.",
        "2016-03-12",
        ("type", "actor", "recipient", "date"),
    )
    assert ("ASSAULT", "PRK", "KOR", "2010") in found


def test_a_second_act_joined_to_an_owned_one_has_the_same_owner(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "The exercises come after the North's January atomic test and February rocket launch.",
        "2016-03-12",
        ("type", "actor", "date"),
    )
    assert {("MOBILIZE", "PRK", "2016-01"), ("MOBILIZE", "PRK", "2016-02")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang has fired scores of rockets in recent years.",
        "Beijing has shipped food aid to Pyongyang over the past decade.",
    ],
)
def test_acts_over_a_stretch_of_the_past_get_no_day(extractor: Extractor, text: str) -> None:
    assert all(date is None for *_rest, date in _events(extractor, text))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Iran tested a rocket on Tuesday. The next day, Israel protested to Iran.", "2006-10-11"),
        (
            "Iran tested a rocket on Tuesday. Two days later, Israel protested to Iran.",
            "2006-10-12",
        ),
        (
            "Iran tested a rocket on Tuesday, and Israel protested to Iran a day later.",
            "2006-10-11",
        ),
        ("Iran tested a rocket on Oct. 2. Israel condemned Iran on the same day.", "2006-10-02"),
        # a day the paragraph named for no event of ours still counts
        (
            "Red Cross officials met in Geneva on Oct. 2. The next day, Israel condemned Iran.",
            "2006-10-03",
        ),
    ],
)
def test_a_day_counted_from_the_last_dated_act(extractor: Extractor, text: str, day: str) -> None:
    assert ("ACCUSE", "ISR", "IRN", day) in _events(extractor, text)


def test_a_count_after_a_clause_counts_from_that_clause(extractor: Extractor) -> None:
    # "a week after" an act its own clause dates is not a week after the act before
    text = (
        "Iran tested a rocket on Tuesday. Israel protested to Iran on Friday, "
        "a week after Iran seized a tanker on Oct. 6."
    )
    assert ("ACCUSE", "ISR", "IRN", "2006-10-13") in _events(extractor, text)


def test_a_day_told_of_the_object_in_a_past_clause_dates_the_act(extractor: Extractor) -> None:
    text = "Iran fired a rocket that landed in the sea on Tuesday."
    assert ("MOBILIZE", "IRN", None, "2006-10-10") in _events(extractor, text)


def test_a_day_told_in_a_past_passive_clause_on_the_object_dates_the_act(
    extractor: Extractor,
) -> None:
    text = "Iranian troops shot a Greek sailor who was found near the coast on Tuesday."
    assert ("ASSAULT", "IRN", "GRC", "2006-10-10") in _events(extractor, text)


def test_a_day_told_in_a_pluperfect_clause_on_the_object_is_before_the_act(
    extractor: Extractor,
) -> None:
    text = "Iran released a Greek sailor who had crossed into its waters in July."
    found = {e for e in _events(extractor, text) if e[0] == "RETREAT"}
    # the crossing's month is not the release's: the act is told with no day
    assert found == {("RETREAT", "IRN", "GRC", "2006-10-13")}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Israel reopened its embassy in Turkey in July, three months after Turkey "
            "closed its border with Israel.",
            "2006-04",
        ),
        (
            "Israel restored ties with Turkey on Tuesday, more than a year after Turkey cut them.",
            "2005",
        ),
    ],
)
def test_months_or_years_after_count_back_to_the_month_or_year(
    extractor: Extractor, text: str, date: str
) -> None:
    assert ("SANCTION", "TUR", "ISR", date) in _events(extractor, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Iran and Syria signed a defence pact during the Syrian president's visit to"
            " Tehran in June.",
            ("AGREE", "2006-06"),
        ),
        (
            "Iran and Syria signed a defence pact at their summit in Damascus in May.",
            ("AGREE", "2006-05"),
        ),
        (
            "Iran will sign a trade deal with Syria during its president's visit to"
            " Damascus next month.",
            ("AGREE", "2006-11"),
        ),
    ],
)
def test_an_act_during_a_dated_event_takes_its_date(
    extractor: Extractor, text: str, event: tuple[str, str]
) -> None:
    assert event in {(kind, date) for kind, _a, _r, date in _events(extractor, text)}


def test_an_event_an_act_takes_place_during_is_not_doubted(extractor: Extractor) -> None:
    text = "Iran and Syria signed a defence pact during the Syrian president's visit to Tehran."
    found = summary(extractor, text, "2006-10-13", ("type", "modality"))
    assert ("CONSULT", "asserted") in found


def test_the_day_before_counts_from_an_act_told_on_a_day(extractor: Extractor) -> None:
    # Japan's protest names no target, so it is no event; its day still counts
    text = "Japan protested on Tuesday. Iran had fired a ballistic missile the day before."
    found = summary(extractor, text, "2024-05-29", ("type", "actor", "date"))
    assert ("MOBILIZE", "IRN", "2024-05-27") in found


def test_an_act_named_again_keeps_the_day_it_was_told_with(extractor: Extractor) -> None:
    text = (
        "Since Xi Jinping's visit to Vietnam last month, China has taken new steps. "
        "On Feb. 3, China signed a trade deal with Laos.\n\n"
        "Analysts say the steps make official the outcome of Xi Jinping's Vietnam visit."
    )
    found = summary(extractor, text, "2024-02-20", ("type", "actor", "recipient", "date"))
    visits = {d for t, a, r, d in found if (t, a, r) == ("CONSULT", "CHN", "VNM")}
    assert visits == {"2024-01"}


def test_an_act_answered_for_keeps_the_date_the_parser_hung_on_the_answer(
    extractor: Extractor,
) -> None:
    # "in June 2020" hangs on "accepted": the refusal has no date, the destruction has
    text = (
        "Laos has still not made an apology or accepted responsibility over the"
        " destruction of the Thai trade office in June 2020."
    )
    assert ("ASSAULT", "LAO", "THA", "2020-06") in _events(extractor, text)


def test_an_apology_withheld_for_a_shared_office_is_owed_to_the_other_state(
    extractor: Extractor,
) -> None:
    text = (
        "North Korea has yet to apologize for the destruction of the joint liaison office in 2020."
    )
    found = summary(extractor, text, "2022-02-03", ("type", "actor", "recipient", "modality"))
    assert ("ASSAULT", "PRK", "KOR", "asserted") in found
    assert ("CONCEDE", "PRK", "KOR", "negated") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iraq invaded Kuwait in the 1990s.",
        "Iraq invaded Kuwait decades ago.",
        "Iraq invaded Kuwait two decades ago.",
    ],
)
def test_a_past_coarser_than_a_year_gives_no_date(extractor: Extractor, text: str) -> None:
    # a decade is no day, month or year: the publication day would be a false date
    assert not summary(extractor, text, "2024-03-25", ("type", "date"))


def test_an_old_date_does_not_carry_into_the_next_paragraph(extractor: Extractor) -> None:
    text = (
        "Five of them came home in 2002 after Junichiro Koizumi traveled to Pyongyang.\n\n"
        "Pyongyang says the issue has been settled.\n\n"
        "Japan has imposed its own sanctions on the North."
    )
    found = summary(extractor, text, "2024-03-25", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "JPN", "PRK", "2024-03-25") in found
    # within its own paragraph an old date still carries the story on
    text = "Junichiro Koizumi traveled to Pyongyang in 2002. Japan also condemned North Korea."
    found = summary(extractor, text, "2024-03-25", ("type", "actor", "date"))
    assert ("ACCUSE", "JPN", "2002") in found


def test_a_clause_months_after_its_governor_is_counted_back_from_it(extractor: Extractor) -> None:
    # the tagger makes "Tuesday, 13 months" one date
    text = (
        "Peru and Chile restored their communication lines on Tuesday, 13 months after"
        " Peru cut them."
    )
    found = summary(extractor, text, "2021-07-28", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "PER", "CHL", "2020-06") in found
    restored = {(a, r) for t, a, r, d in found if t == "COOPERATE" and d == "2021-07-27"}
    assert restored & {("CHL", "PER"), ("PER", "CHL")}


def test_an_act_a_week_before_a_told_act_is_counted_back_from_its_day(
    extractor: Extractor,
) -> None:
    text = (
        "Azerbaijan demolished the joint customs office with Armenia on Tuesday.\n\n"
        "The demolition came a week after Azerbaijan severed its hotline with Armenia."
    )
    found = summary(extractor, text, "2020-06-17", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "AZE", "ARM", "2020-06-09") in found
    # "a few days after" gives no count
    text = text.replace("a week after", "a few days after")
    found = summary(extractor, text, "2020-06-17", ("type", "actor", "recipient", "date"))
    assert not {e for e in found if e[0] == "SANCTION" and e[3] == "2020-06-15"}


def test_an_act_admitted_in_a_year_but_done_in_a_decade_has_no_date(
    extractor: Extractor,
) -> None:
    text = "Iran admitted in 2002 that its agents had kidnapped 13 Japanese in the 1970s and 1980s."
    found = summary(extractor, text, "2024-03-26", ("type", "actor", "recipient", "date"))
    assert not {e for e in found if e[0] == "COERCE"}


def test_an_act_after_which_people_took_shelter_yesterday_was_yesterday(
    extractor: Extractor,
) -> None:
    # "yesterday after ..." is a day, not a measure counted back from the clause
    text = (
        "Villagers on the coast were told to stay indoors yesterday after Iran fired "
        "a cruise missile over the strait."
    )
    found = summary(extractor, text, "2022-10-05", ("type", "actor", "date"))
    assert ("MOBILIZE", "IRN", "2022-10-04") in found


def test_the_means_of_a_dated_answer_is_dated_with_it(extractor: Extractor) -> None:
    text = "Pyongyang answered in December by expelling the inspectors of the IAEA."
    found = summary(extractor, text, "2003-01-17", ("type", "actor", "date"))
    assert ("SANCTION", "PRK", "2002-12") in found


def test_a_habit_told_in_a_present_tense_relative_clause_is_no_event(
    extractor: Extractor,
) -> None:
    text = "The talks will be hosted by Brazil, which supplies most of Bolivia's oil."
    found = summary(extractor, text, "2003-01-17", ("type", "actor", "recipient"))
    assert not {e for e in found if e[0] == "AID"}


def test_an_act_told_in_a_past_perfect_relative_clause_is_not_dated_at_publication(
    extractor: Extractor,
) -> None:
    text = (
        "The army said it will station troops at the resort and restore guard posts "
        "Iran had removed from the border."
    )
    found = summary(extractor, text, "2020-06-17", ("type", "actor", "date"))
    assert not {e for e in found if e[0] == "RETREAT"}


def test_an_act_charged_and_a_trip_said_to_be_in_a_month_are_dated_by_them(
    extractor: Extractor,
) -> None:
    text = (
        "In January the White House accused Tehran of supplying Russia with drones.\n\n"
        "Xi Jinping's last trip to Tehran was in June 2019."
    )
    found = summary(extractor, text, "2024-06-28", ("type", "actor", "recipient", "date"))
    assert ("AID", "IRN", "RUS", "2024-01") in found
    assert ("CONSULT", "CHN", "IRN", "2019-06") in found


def test_an_act_told_with_two_days_is_an_act_on_each(extractor: Extractor) -> None:
    text = "Iran tested what it called hypersonic missiles on Jan. 5 and Jan. 11."
    found = summary(extractor, text, "2022-01-17", ("type", "actor", "date"))
    assert {("MOBILIZE", "IRN", "2022-01-05"), ("MOBILIZE", "IRN", "2022-01-11")} <= found
    text = "The previous summits between Brazil and Chile, in 2000 and 2007, took place in Lima."
    found = summary(extractor, text, "2018-03-06", ("type", "date"))
    assert {("CONSULT", "2000"), ("CONSULT", "2007")} <= found


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ("on May 30 and Aug. 23", {"2022-05-30", "2022-08-23"}),
        ("on July 3 and July 27", {"2022-07-03", "2022-07-27"}),
        ("on Jan. 4 and 12", {"2022-01-04", "2022-01-12"}),  # the month said once
        ("in March and June 2021", {"2021-03", "2021-06"}),  # the year said once
        ("on Jan. 4 and 5", {"2022-01-04"}),  # two days running: one stretch
        ("between Jan. 4 and 12", {"2022-01-04"}),
    ],
)
def test_an_act_told_with_two_days_in_one_phrase_is_an_act_on_each(
    extractor: Extractor, days: str, expected: set[str]
) -> None:
    text = f"Iran fired artillery shells at Iraq {days}."
    found = summary(extractor, text, "2022-09-17", ("type", "date"))
    assert {day for kind, day in found if kind == "ASSAULT"} == expected


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        (
            "When the two leaders met in Ankara last month, Greek Prime Minister Kyriakos"
            " Mitsotakis urged Turkish President Recep Tayyip Erdogan to press Iran.",
            "2024-12-12",
            ("REQUEST", "GRC", "TUR", "2024-11"),
        ),
        (
            "Japan and North Korea signed the Pyongyang Declaration when Koizumi visited"
            " Pyongyang on September 17, 2002.",
            "2004-11-01",
            ("AGREE", "JPN", "PRK", "2002-09-17"),
        ),
        (
            # the parser hangs the trailing "when" clause on "help", not on "urged"
            "Greek Prime Minister Kyriakos Mitsotakis urged Turkish President Recep Tayyip"
            " Erdogan to help rein in Iran when the two met in Ankara last month.",
            "2024-12-12",
            ("REQUEST", "GRC", "TUR", "2024-11"),
        ),
    ],
)
def test_an_act_done_when_another_was_takes_its_day(
    extractor: Extractor, text: str, published: str, event: tuple[str, ...]
) -> None:
    found = summary(extractor, text, published, ("type", "actor", "recipient", "date"))
    assert event in found


def test_months_are_not_counted_back_from_a_year(extractor: Extractor) -> None:
    # "six months after" a year-dated act: not six years, and no month to count from
    text = "In 2019, Iran fired missiles six months after it met Israel."
    found = summary(extractor, text, "2024-03-14", ("type", "actor", "recipient", "date"))
    assert {("CONSULT", "IRN", "ISR", "2019"), ("CONSULT", "ISR", "IRN", "2019")} & found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The island was the scene of a March 2010 incident in which Indian troops"
            " shot two Pakistani fishermen.",
            ("ASSAULT", "IND", "PAK", "2010-03"),
        ),
        (
            "Ties improved after Narendra Modi's visit to Tokyo on June 20, 2019, during"
            " which India and Japan signed a trade agreement.",
            ("AGREE", "IND", "JPN", "2019-06-20"),
        ),
        (
            "The 2015 crisis, in which Turkey shot down a Russian jet, ended with a deal.",
            ("ASSAULT", "TUR", "RUS", "2015"),
        ),
        (
            # the parser hangs "where" on the place, not on the summit
            "He recalled the 2018 summit in Helsinki, where Russia and the United States"
            " signed a joint statement.",
            ("AGREE", "RUS", "USA", "2018"),
        ),
    ],
)
def test_a_relative_clause_told_as_happening_in_an_occasion_takes_its_date(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    found = summary(extractor, text, "2022-05-04", ("type", "actor", "recipient", "date"))
    assert event in found


@pytest.mark.parametrize(
    ("later", "date"),
    [
        ("The following year, Brazil imposed sanctions on Argentina.", "2017"),
        ("Two years later, Brazil imposed sanctions on Argentina.", "2018"),
        ("In January that year, Brazil imposed sanctions on Argentina.", "2016-01"),
        ("In March the following year, Brazil imposed sanctions on Argentina.", "2017-03"),
        ("The next month, Brazil imposed sanctions on Argentina.", "2016-07"),
        ("Later that month, Brazil imposed sanctions on Argentina.", "2016-06"),
        ("Brazil had imposed sanctions on Argentina the previous year.", "2015"),
    ],
)
def test_a_month_or_year_counted_from_the_last_one_told(
    extractor: Extractor, later: str, date: str
) -> None:
    text = f"Brazil and Argentina signed a trade deal in June 2016.\n\n{later}"
    found = summary(extractor, text, "2024-05-02", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "BRA", "ARG", date) in found


def test_that_year_after_a_month_told_in_a_historic_years_paragraph_is_that_year(
    extractor: Extractor,
) -> None:
    # "in September" is 2016's, the year the paragraph told, and so is "that year"
    text = (
        "Brazil and Argentina signed a trade deal in Brasilia on June 3, 2016. When the"
        " two presidents met again in Buenos Aires in September, they signed a border"
        " pact. Brazil imposed sanctions on Argentina in December that year."
    )
    found = summary(extractor, text, "2024-05-02", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "BRA", "ARG", "2016-12") in found


def test_next_month_with_no_article_counts_from_publication(extractor: Extractor) -> None:
    text = (
        "Brazil and Argentina signed a trade deal in June 2016.\n\n"
        "Brazil will meet Argentina next month."
    )
    found = summary(extractor, text, "2024-05-02", ("type", "modality", "date"))
    assert ("CONSULT", "future", "2024-06") in found


def test_an_act_days_or_months_later_keeps_the_month_or_year_told(extractor: Extractor) -> None:
    text = (
        "Iraq shelled Iranian border posts in August 2015.\n\n"
        "Days later, Iran and Iraq signed an agreement.\n\n"
        "Several months later, Iran attacked Iraq."
    )
    found = summary(extractor, text, "2024-05-04", ("type", "date"))
    assert {("AGREE", "2015-08"), ("ASSAULT", "2015")} <= found


def test_both_sides_after_a_clash_are_the_two_that_clashed(extractor: Extractor) -> None:
    text = (
        "Iraq shelled Iranian border posts on Saturday.\n\n"
        "China urged both sides to exercise restraint."
    )
    found = summary(extractor, text, "2024-05-04")
    assert {("REQUEST", "CHN", "IRN"), ("REQUEST", "CHN", "IRQ")} <= found


def test_he_after_a_titled_subject_is_that_official(extractor: Extractor) -> None:
    text = (
        "President Joe Biden condemned the attack.\n\n"
        "Iran's foreign minister told reporters the operation had concluded. He warned"
        " Washington to stay out of any further confrontation."
    )
    assert ("THREATEN", "IRN", "USA") in summary(extractor, text, "2024-04-14")


@pytest.mark.parametrize("title", ["emir", "army chief", "crown prince", "governor"])
def test_he_after_a_ruler_or_chief_told_by_title_is_that_person(
    extractor: Extractor, title: str
) -> None:
    text = (
        f"Iran fired a missile on Friday. Kuwait's {title}, who was attending a summit in"
        " Cairo, flew home. He denounced the test as an act of reckless folly."
    )
    assert ("ACCUSE", "KWT", "IRN") in summary(extractor, text, "2024-05-14")


def test_a_name_given_to_drills_takes_no_date_from_them(extractor: Extractor) -> None:
    # the parser hangs "on August 19" on "codenamed"
    text = (
        "The U.S. and the ROK kicked off joint military exercises codenamed Ulji Freedom"
        " Shield on August 19."
    )
    found = summary(extractor, text, "2024-08-20", ("type", "date"))
    assert ("COOPERATE", "2024-08-19") in found


def test_a_dateline_with_no_agency_dates_nothing(extractor: Extractor) -> None:
    text = (
        "WASHINGTON, Nov. 3 -- The United States strongly condemns the Islamic Republic"
        " of Iran's launch of a ballistic missile on October 31."
    )
    found = summary(extractor, text, "2024-11-03", ("type", "actor", "date"))
    assert ("MOBILIZE", "IRN", "2024-10-31") in found


@pytest.mark.parametrize(
    "text",
    [
        # days the tagger leaves untagged
        "Iran tested a rocket on Oct. 3. Israel urged Iran that day to halt its tests.",
        "Iran tested a rocket on Oct. 3. Israel urged Iran the same day to halt its tests.",
        "Iran tested a rocket on Oct. 3. Later that evening, Israel urged Iran to halt its tests.",
        "Iran tested a rocket on Oct. 3. Earlier in the day, Israel urged Iran to halt its tests.",
    ],
)
def test_that_day_is_the_day_told_last(extractor: Extractor, text: str) -> None:
    assert ("REQUEST", "ISR", "IRN", "2006-10-03") in _events(extractor, text)


def test_a_dated_list_dates_each_entry_by_its_heading(extractor: Extractor) -> None:
    text = (
        "Earlier clashes at sea:\n\n"
        "- June 8, 1998: an Iranian gunboat attacked an Iraqi patrol vessel, killing two.\n\n"
        "* Nov. 20, 2001 - Iraq shelled an Iranian island. Iran protested to Iraq the next day."
    )
    found = _events(extractor, text)
    assert ("ASSAULT", "IRN", "IRQ", "1998-06-08") in found
    assert ("ACCUSE", "IRN", "IRQ", "2001-11-21") in found
    assert not any(date == "2006-10-13" for *_rest, date in found)


def test_a_day_without_a_year_is_in_the_year_its_sentence_told(extractor: Extractor) -> None:
    text = (
        "An inquiry concluded in March 2003 that Iran had seized the tanker, "
        "and Israel imposed sanctions on Iran on March 21."
    )
    assert ("SANCTION", "ISR", "IRN", "2003-03-21") in _events(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the year a description tells is not the act's
        "Iran, which seized a tanker in 2003, protested to Israel on May 2.",
        # nor one that names a thing
        "After the 2003 seizure, Israel protested to Iran on May 2.",
    ],
)
def test_a_year_told_of_something_else_leaves_a_day_to_publication(
    extractor: Extractor, text: str
) -> None:
    assert any(date == "2006-05-02" for *_rest, date in _events(extractor, text))


def test_a_dated_list_under_a_year_dates_its_days_in_that_year(extractor: Extractor) -> None:
    text = (
        "2003\n\n"
        "March 8 - Israel agrees to meet Iran.\n\n"
        "2004\n\n"
        "June 12 - Iraq shelled an Iranian island."
    )
    found = _events(extractor, text)
    assert ("ASSAULT", "IRQ", "IRN", "2004-06-12") in found


def test_an_act_at_an_occasion_told_before_is_on_its_day(extractor: Extractor) -> None:
    text = (
        "Israel tested a missile on Wednesday. A military parade was held in Tehran "
        "on Thursday evening.\n\n"
        "In his speech at the parade, the Iranian defence minister warned Israel of a "
        "crushing response."
    )
    assert ("THREATEN", "IRN", "ISR", "2006-10-12") in _events(extractor, text)


def test_an_occasion_to_come_does_not_date_a_deed(extractor: Extractor) -> None:
    text = (
        "Iran and Iraq will hold a summit on Oct. 20. "
        "At the summit, Iran condemned Israel, its officials said."
    )
    accused = {date for event, *_rest, date in _events(extractor, text) if event == "ACCUSE"}
    assert accused and accused.isdisjoint({"2006-10-20", "2005-10-20"})


def test_another_occasion_of_the_kind_is_not_the_one_told_before(extractor: Extractor) -> None:
    text = (
        "Iran's president paid a visit to Iraq on Oct. 2.\n\n"
        "Iraq's minister visited Iran twice this month. During the second visit, "
        "Iraq condemned Israel."
    )
    accused = {date for event, *_rest, date in _events(extractor, text) if event == "ACCUSE"}
    assert accused and "2006-10-02" not in accused


@pytest.mark.parametrize(
    "text",
    [
        "Israel struck Syria on Oct. 11, and Iran now demands that Israel pay compensation.",
        "The foreign ministers of Iran and Syria issued a joint statement on Oct. 11, "
        "and Iran is now seeking to convene a meeting of the UN Security Council.",
    ],
)
def test_a_clause_of_now_joined_to_a_past_one_is_of_publication_day(
    extractor: Extractor, text: str
) -> None:
    requests = {date for event, *_rest, date in _events(extractor, text) if event == "REQUEST"}
    assert requests == {"2006-10-13"}


@pytest.mark.parametrize(
    ("text", "event", "date"),
    [
        (
            "The border was closed once before, in 2003, when Iran withdrew its staff after "
            "its first nuclear test.",
            "MOBILIZE",
            "2003",
        ),
        (
            "Turkey backed tougher sanctions last year over Iran's missile tests.",
            "MOBILIZE",
            "2005",
        ),
        (
            "Iran tore down the loudspeakers in April 2004, days before the first summit "
            "between Iran and Iraq.",
            "CONSULT",
            "2004-04",
        ),
    ],
)
def test_an_act_a_dated_one_followed_or_answered_is_of_its_year_or_month(
    extractor: Extractor, text: str, event: str, date: str
) -> None:
    assert {d for e, *_rest, d in _events(extractor, text) if e == event} == {date}


def test_an_act_a_dated_day_followed_gets_no_day_from_it(extractor: Extractor) -> None:
    # the day of the protest says not which day the test was
    text = "Israel protested to Iran on Oct. 9 after Iran's missile test."
    assert "2006-10-09" not in {d for e, *_r, d in _events(extractor, text) if e == "MOBILIZE"}


def test_a_role_a_present_relative_clause_describes_is_no_event(extractor: Extractor) -> None:
    text = (
        "Last week the UN Security Council committee that oversees sanctions on Iran "
        "granted exemptions to two aid groups."
    )
    assert not any(event == "SANCTION" for event, *_rest in _events(extractor, text))


def test_an_act_a_past_relative_clause_tells_is_still_an_event(extractor: Extractor) -> None:
    text = "Russia, which imposed sanctions on Georgia in 2005, condemned Georgia on Monday."
    assert ("SANCTION", "RUS", "GEO", "2005") in _events(extractor, text)


def test_a_timeline_dates_its_days_in_the_year_its_last_full_date_told(
    extractor: Extractor,
) -> None:
    text = (
        "Jan. 9, 2003 - Iran and Iraq hold talks at the border.\n\n"
        "May 4 - Iraq shells an Iranian island.\n\n"
        "Feb. 27-28, 2004 - Iran and Iraq hold a summit in Baghdad.\n\n"
        "June 8 - Iraq shells another Iranian island."
    )
    assaults = {d for e, *_rest, d in _events(extractor, text) if e == "ASSAULT"}
    assert assaults == {"2003-05-04", "2004-06-08"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Three days after Iran's nuclear test on Oct. 3, Israel imposed sanctions on Iran.",
            "2006-10-06",
        ),
        (
            "A week after the Iraqi president's visit to Moscow on Oct. 2, Israel imposed "
            "sanctions on Iran.",
            "2006-10-09",
        ),
        # uncounted: to the month
        ("Israel struck Iran days after the test on Sept. 3.", "2006-09"),
        # hours: the same day
        ("Israel struck Iran hours after the test on Sept. 3.", "2006-09-03"),
        ("Hours before the summit on Oct. 10, Israel struck Iran.", "2006-10-10"),
    ],
)
def test_an_act_a_measure_after_a_dated_one_is_counted_from_it(
    extractor: Extractor, text: str, day: str
) -> None:
    found = _events(extractor, text)
    assert any(date == day for event, actor, _r, date in found if actor == "ISR")


@pytest.mark.parametrize(
    "text",
    [
        "Iran, which has repeatedly demanded that Israel free its sailors, protested on Oct. 11.",
        "Iraq and Syria are frequently staging joint drills near the border.",
        "Iraqi and Syrian forces often stage joint drills near the border.",
        # acts of a kind, named by a plural, in the perfect
        "Iraq has often responded to such drills with missile tests.",
    ],
)
def test_an_act_done_again_and_again_as_a_habit_gets_no_day(
    extractor: Extractor, text: str
) -> None:
    habits = {("REQUEST", "IRN", "ISR"), ("COOPERATE", "IRQ", "SYR"), ("MOBILIZE", "IRQ", None)}
    assert not any(
        date == "2006-10-13"
        for event, actor, recipient, date in _events(extractor, text)
        if (event, actor, recipient) in habits
    )


def test_a_claim_of_repeated_requests_in_the_perfect_is_of_the_day(extractor: Extractor) -> None:
    text = "Iran has repeatedly requested talks with Israel, only to be refused."
    assert ("REQUEST", "IRN", "ISR", "2006-10-13") in _events(extractor, text)


def test_words_of_the_other_party_to_a_meeting_are_of_the_meetings_day(
    extractor: Extractor,
) -> None:
    text = (
        "Iranian President Masoud Pezeshkian held talks with Iraqi Prime Minister Mohammed "
        "Shia al-Sudani in Baghdad on Monday, Iranian state media said on Wednesday.\n\n"
        "The Iraqi prime minister told Pezeshkian that Iraq would continue to support "
        "dialogue between Iran and its neighbours, according to IRNA."
    )
    found = summary(extractor, text, "2024-09-13", ("type", "actor", "recipient", "date"))
    assert ("SUPPORT", "IRQ", "IRN", "2024-09-09") in found


def test_an_act_under_way_is_of_publication_day_not_of_a_meeting_before(
    extractor: Extractor,
) -> None:
    text = (
        "Iraqi Prime Minister Mohammed Shia al-Sudani visited Iran last month. As Iran is "
        "providing a great deal of assistance to Iraq, Iraq's dependence on Iran is "
        "expected to grow."
    )
    found = summary(extractor, text, "2024-09-13", ("type", "actor", "recipient", "date"))
    assert ("AID", "IRN", "IRQ", "2024-09-13") in found


@pytest.mark.parametrize("topic", ["in connection with", "in response to"])
def test_drills_a_statement_answers_are_not_dated_by_the_statement(
    extractor: Extractor, topic: str
) -> None:
    text = (
        f"A spokesman for the Iranian Foreign Ministry issued a press statement on Tuesday "
        f"{topic} the U.S.-Israel joint military drills."
    )
    found = _events(extractor, text)
    assert not any(event in ("MOBILIZE", "COOPERATE") for event, *_rest in found)


def test_a_day_told_of_the_target_fired_at_dates_the_firing(extractor: Extractor) -> None:
    text = (
        "Israeli troops fired machine guns at a suspected Iranian drone that flew across "
        "the border on Wednesday, the military said."
    )
    assert ("ASSAULT", "ISR", "IRN", "2006-10-11") in _events(extractor, text)


@pytest.mark.parametrize("aux", ["have", "had"])
def test_a_pact_told_in_a_perfect_relative_clause_has_no_day_of_its_own(
    extractor: Extractor, aux: str
) -> None:
    # signed before, on a day the text does not give: not on the day of the urging
    text = f"Iraq urged Iran to honor the agreements the two sides {aux} signed."
    found = summary(extractor, text, "2020-06-09", ("type", "actor", "recipient"))
    assert ("REQUEST", "IRQ", "IRN") in found
    assert not {e for e in found if e[0] == "AGREE"}
