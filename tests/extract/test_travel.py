"""Visits told as travel: who went to which state's soil, and when (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

VISIT = ("type", "mode", "actor", "recipient", "modality", "date")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "A Vietnamese government delegation arrived in Pyongyang on Tuesday.",
            ("CONSULT", "visit", "VNM", "PRK", "asserted", "2024-02-27"),
        ),
        (
            "Mongolia's foreign minister left for Seoul on Monday.",
            ("CONSULT", "visit", "MNG", "KOR", "asserted", "2024-02-26"),
        ),
        # the place left is the one visited, the state travelled home to is no host
        (
            "Sergei Lavrov left Pyongyang for Moscow on Wednesday after two days of talks.",
            ("CONSULT", "visit", "RUS", "PRK", "asserted", "2024-02-28"),
        ),
        (
            "Antony Blinken will fly to Beijing next month.",
            ("CONSULT", "visit", "USA", "CHN", "future", "2024-03"),
        ),
        # one "on a visit to" a state, or home from a trip to it, visits it
        (
            "Mongolia's foreign minister is on a three-day visit to Hanoi.",
            ("CONSULT", "visit", "MNG", "VNM", "asserted", "2024-02-29"),
        ),
        (
            "Mongolia's foreign minister returned home on Tuesday from a four-day trip to Hanoi.",
            ("CONSULT", "visit", "MNG", "VNM", "asserted", "2024-02-27"),
        ),
        (
            "Mongolia's foreign minister left on a trip to Hanoi on Tuesday.",
            ("CONSULT", "visit", "MNG", "VNM", "asserted", "2024-02-27"),
        ),
        # a journey to a state is a visit there, like a trip
        (
            "Mongolia's foreign minister's train journey to Hanoi on Tuesday was his first.",
            ("CONSULT", "visit", "MNG", "VNM", "asserted", "2024-02-27"),
        ),
        # a visit wrapped up or concluded was made
        (
            "Mongolia's foreign minister wrapped up his visit to Vietnam on Tuesday.",
            ("CONSULT", "visit", "MNG", "VNM", "asserted", "2024-02-27"),
        ),
        # a trip made to a state, "to" hung on the verb or on the traveller's role
        (
            "Vietnam's president made his first trip abroad as leader to Mongolia in January.",
            ("CONSULT", "visit", "VNM", "MNG", "asserted", "2024-01"),
        ),
        # the visit a traveller set off for began with the journey
        (
            "A Mongolian government delegation left Ulaanbaatar on Tuesday to visit Vietnam.",
            ("CONSULT", "visit", "MNG", "VNM", "asserted", "2024-02-27"),
        ),
        # one due or expected in a state's capital is to visit it then
        (
            "Mongolia's foreign minister is due in Hanoi on Friday.",
            ("CONSULT", "visit", "MNG", "VNM", "future", "2024-03-01"),
        ),
        (
            "Vietnam's president is expected in Ulaanbaatar next month.",
            ("CONSULT", "visit", "VNM", "MNG", "future", "2024-03"),
        ),
        # the one a host says it awaits travels ("we": the host)
        (
            "Vietnam's foreign minister held talks in Ulaanbaatar in January. We expect"
            " him in Ulaanbaatar again next month, Mongolia's foreign ministry said.",
            ("CONSULT", "visit", "VNM", "MNG", "future", "2024-03"),
        ),
    ],
)
def test_travel_to_a_state_is_a_visit(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    assert summary(extractor, text, "2024-02-29", VISIT) == {event}


def test_here_is_the_dateline_city(extractor: Extractor) -> None:
    text = (
        "Visit Ends\n\n"
        "Pyongyang, March 2 (KCNA) -- A sports delegation of the Lao People's Democratic "
        "Republic led by its minister, Sonexay Siphandone, left here for home on March 1."
    )
    found = summary(extractor, text, "2024-03-02", VISIT)
    assert found == {("CONSULT", "visit", "LAO", "PRK", "asserted", "2024-03-01")}


@pytest.mark.parametrize(
    "text",
    [
        # soldiers sent abroad are a deployment, and tourists no state at all
        "Mongolian troops arrived in South Korea on Tuesday for a joint exercise.",
        "Chinese tourists flew to Pyongyang on Tuesday.",
        # a building in a capital, a home and a war are no state's soil
        "A group of Vietnamese officials arrived at the Defence Ministry in Seoul on Tuesday.",
        "The Mongolian delegation left for home on Tuesday.",
        "Mongolia went to war in 1921.",
        # what is due or expected there is no traveller
        "A shipment of Vietnamese rice is due in Pyongyang on Friday.",
        "Heavy rain is expected in Seoul on Tuesday.",
    ],
)
def test_travel_that_is_no_visit(extractor: Extractor, text: str) -> None:
    assert not {e for e in summary(extractor, text, "2024-02-29", VISIT) if e[0] == "CONSULT"}


def test_an_explicit_day_followed_by_after_keeps_its_day(extractor: Extractor) -> None:
    # "after" makes "two years after" relative; it does not undo "on Feb. 2"
    text = "Japan's prime minister left Seoul on Feb. 2 after talks with President Yoon."
    dates = {e[-1] for e in summary(extractor, text, "2024-02-29", VISIT) if e[0] == "CONSULT"}
    assert dates == {"2024-02-02"}


def test_a_delegation_sent_to_a_state_visits_it(extractor: Extractor) -> None:
    # the parser marks this "to" as a dative, not a preposition
    text = "Vietnam will send a delegation to Pyongyang next month."
    assert summary(extractor, text, "2024-02-29", VISIT) == {
        ("CONSULT", "visit", "VNM", "PRK", "future", "2024-03")
    }


def test_coming_home_from_a_state_ends_a_visit_there(extractor: Extractor) -> None:
    text = "Mongolia's foreign minister returned home from Seoul on Monday."
    assert summary(extractor, text, "2024-02-29", VISIT) == {
        ("CONSULT", "visit", "MNG", "KOR", "asserted", "2024-02-26")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam's president returned to Hanoi on Monday.",
        "Mongolia's minister left a message for Seoul on Monday.",
        "Vietnam's envoy returned the documents from Seoul on Monday.",
    ],
)
def test_what_is_carried_or_the_way_home_is_no_visit(extractor: Extractor, text: str) -> None:
    assert not {e for e in summary(extractor, text, "2024-02-29", VISIT) if e[0] == "CONSULT"}


def test_a_visit_told_in_a_relative_clause_is_the_named_persons(extractor: Extractor) -> None:
    text = (
        "Vladimir Putin, who arrived in Hanoi on Tuesday aboard his plane, told reporters"
        " that the talks went well."
    )
    found = summary(extractor, text, "2023-09-13", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "RUS", "VNM", "2023-09-12") in found


def test_the_visit_named_again_is_the_last_meeting_told_on_the_day_it_began(
    extractor: Extractor,
) -> None:
    text = (
        "Vladimir Putin held talks with Xi Jinping in Beijing on Monday. The visit, which"
        " began on Sunday and ended on Wednesday, was his first this year."
    )
    found = summary(extractor, text, "2018-03-28", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "RUS", "CHN", "2018-03-25") in found


def test_a_leaders_own_train_crossing_a_border_is_his_visit(extractor: Extractor) -> None:
    text = "Alexander Lukashenko's armoured train crossed into Russia on Tuesday."
    found = summary(extractor, text, "2024-02-29", VISIT)
    assert found == {("CONSULT", "visit", "BLR", "RUS", "asserted", "2024-02-27")}


def test_what_a_visitor_did_on_the_visit_is_done_with_the_host(extractor: Extractor) -> None:
    text = (
        "Mongolia's prime minister visited Hanoi in January, bringing an aid package"
        " and signing a deal on coal."
    )
    found = summary(extractor, text, "2024-02-29", ("type", "actor", "recipient", "date"))
    assert {("AID", "MNG", "VNM", "2024-01"), ("AGREE", "MNG", "VNM", "2024-01")} <= found
    # a verb sharing the visitor's subject
    text = "Mongolia's prime minister visited Hanoi in January and signed a deal on coal."
    found = summary(extractor, text, "2024-02-29", ("type", "actor", "recipient", "date"))
    assert ("AGREE", "MNG", "VNM", "2024-01") in found
    # an act aimed at a state named is aimed at it, not at the host
    text = "Mongolia's prime minister visited Hanoi in January, accusing Russia of lying."
    found = summary(extractor, text, "2024-02-29", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "MNG", "RUS", "2024-01") in found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "On a visit to Hanoi in January, Mongolia's prime minister signed a coal deal.",
            "2024-01",
        ),
        ("During his visit to Hanoi, Mongolia's prime minister signed a coal deal.", "2024-02-29"),
        (
            "Mongolia's prime minister signed a coal deal during a visit to Hanoi in January.",
            "2024-01",
        ),
    ],
)
def test_what_a_visitor_did_during_a_visit_is_done_with_the_host(
    extractor: Extractor, text: str, date: str
) -> None:
    found = summary(extractor, text, "2024-02-29", ("type", "actor", "recipient", "date"))
    assert {("CONSULT", "MNG", "VNM", date), ("AGREE", "MNG", "VNM", date)} <= found


def test_a_visit_told_by_a_participle_on_the_visitors_name_is_theirs(
    extractor: Extractor,
) -> None:
    text = "Vladimir Putin, visiting Hanoi on Tuesday, praised Vietnam's growth."
    found = summary(extractor, text, "2024-02-29", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "RUS", "VNM", "2024-02-27") in found


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam's president hosted a banquet for the visiting Mongolian delegation on Tuesday.",
        "Vietnam's president held a dinner in honour of the Mongolian president on Tuesday.",
        "Vietnam's president saw off the Mongolian delegation at the airport on Tuesday.",
        # who leads the guests is no time of its own
        "Vietnam's president received a Mongolian delegation led by Batmunkh on Tuesday.",
    ],
)
def test_a_host_receiving_a_states_guests_meets_that_state(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-02-29", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "VNM", "MNG", "2024-02-27") in found


def test_a_visit_by_someone_to_a_capital_visits_its_state(extractor: Extractor) -> None:
    # the parser hangs "to Baghdad" on the visitor
    text = "A visit by the Iranian president to Baghdad took place on Monday."
    found = summary(extractor, text, "2024-06-28", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "IRQ", "2024-06-24") in found


def test_a_visit_expected_that_has_not_happened_did_not_happen(extractor: Extractor) -> None:
    fields = ("type", "actor", "recipient", "modality")
    text = "An expected visit by the Iranian president to Baghdad has not happened."
    assert ("CONSULT", "IRN", "IRQ", "negated") in summary(extractor, text, "2024-06-28", fields)
    # a person named before the visit noun is the visitor, not where the visit goes
    text = (
        "Masoud Pezeshkian met Putin in June.\n\n"
        "A Pezeshkian visit to Baghdad, widely expected this spring, has not happened."
    )
    assert ("CONSULT", "IRN", "IRQ", "negated") in summary(extractor, text, "2024-06-28", fields)


@pytest.mark.parametrize(
    "text",
    [
        "An Iranian delegation attended the opening ceremony in Baghdad on Thursday.",
        "Iran's foreign minister attended a military parade in Baghdad on Thursday.",
    ],
)
def test_a_guest_at_an_occasion_in_another_state_visits_it(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-10", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "IRQ", "2024-05-09") in found


def test_people_at_an_occasion_abroad_are_no_visit_of_their_state(extractor: Extractor) -> None:
    text = "Iranian students attended a ceremony in Baghdad on Thursday."
    assert not summary(extractor, text, "2024-05-10")


@pytest.mark.parametrize(
    "text",
    [
        "Iran welcomed Iraqi tourists on Thursday.",
        "Iraq sent 1,000 tourists to Iran on Thursday.",
    ],
)
def test_tourists_welcomed_or_sent_are_tourism_between_the_two(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-10")
    assert {("COOPERATE", "IRN", "IRQ"), ("COOPERATE", "IRQ", "IRN")} & found
    assert not any(e[0] == "CONSULT" for e in found)


def test_flying_into_a_capital_is_a_visit_and_a_drone_flying_in_is_not(
    extractor: Extractor,
) -> None:
    visit = "Iran's foreign minister flew into Baghdad in April to open a friendship year."
    assert ("CONSULT", "IRN", "IRQ") in summary(extractor, visit, "1996-09-26")
    drone = "An Iranian drone flew into Iraq on Monday."
    assert not {f for f in summary(extractor, drone, "1996-09-26") if f[0] == "CONSULT"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Iran's president travelled to the Iraqi city of Basra in September.",
            {("CONSULT", "IRN", "IRQ")},
        ),
        (
            "Iran's president travelled to a port city in southern Iraq in September.",
            {("CONSULT", "IRN", "IRQ")},
        ),
        (
            "Iran's president took his armoured train to Baghdad in September.",
            {("CONSULT", "IRN", "IRQ")},
        ),
        (
            "Iran's president took his armoured train to the Imam Reza Shrine in the Russian"
            " Far East in September.",
            {("CONSULT", "IRN", "RUS")},
        ),
        # a place two states share is in neither
        ("Iran's minister travelled to the inter-Korean truce village of Panmunjom.", set()),
    ],
)
def test_a_journey_to_a_place_in_a_state_visits_that_state(
    extractor: Extractor, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert summary(extractor, text, "1996-09-26") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ali Hamdan is the most senior Iranian official to visit Iraq since the Iranian"
        " president's state visit in June 1991.",
        "It was the first Iranian trip to Baghdad since the Iranian president's visit in June"
        " 1991.",
    ],
)
def test_a_visit_a_journey_is_compared_with_went_where_it_goes(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "1996-10-10", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "IRQ", "1991-06") in found


@pytest.mark.parametrize(
    "dateline", ["MOSCOW (Reuters) -", "BAGHDAD (Reuters) -", "MOSCOW, Russia (AP) —"]
)
def test_a_dateline_the_parser_reads_as_a_subject_does_not_hide_the_one_who_acts(
    extractor: Extractor, dateline: str
) -> None:
    text = f"{dateline} Iraq's president arrived in Moscow on Wednesday."
    found = summary(extractor, text, "2024-06-20", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRQ", "RUS", "2024-06-19") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran's president called on Iraq's prime minister in Baghdad in January.", "CONSULT"),
        ("Iran's president called on Iraq's prime minister to stop the flights.", "REQUEST"),
    ],
)
def test_calling_on_a_person_is_a_visit_unless_something_is_asked(
    extractor: Extractor, text: str, event: str
) -> None:
    found = summary(extractor, text, "2019-03-09")
    assert {e[0] for e in found if e[1:] == ("IRN", "IRQ")} == {event}


@pytest.mark.parametrize(
    "text",
    [
        "Iraq's president attended Iran's military parade on Thursday.",
        # the occasion of one of its people, by "of" or a possessive
        "An Iraqi delegation attended the inauguration of the Iranian president on Thursday.",
        "An Iraqi delegation attended the Iranian president's inauguration on Thursday.",
        # the place hung inside the "of" phrase
        "An Iraqi delegation attended the funeral of the Iranian president in Tehran on Thursday.",
    ],
)
def test_attending_a_states_occasion_is_a_visit_to_it(extractor: Extractor, text: str) -> None:
    assert ("CONSULT", "IRQ", "IRN") in summary(extractor, text, "2015-09-05")


@pytest.mark.parametrize(
    ("text", "modality", "date"),
    [
        ("Iran's foreign minister will be in Baghdad on Friday for talks.", "future", "2006-10-20"),
        ("Iran's foreign minister was in Baghdad on Wednesday.", "asserted", "2006-10-11"),
    ],
)
def test_a_minister_in_another_states_capital_visits_it(
    extractor: Extractor, text: str, modality: str, date: str
) -> None:
    found = summary(
        extractor, text, "2006-10-15", ("type", "actor", "recipient", "modality", "date")
    )
    assert found == {("CONSULT", "IRN", "IRQ", modality, date)}


def test_a_president_in_his_own_capital_visits_no_one(extractor: Extractor) -> None:
    assert not summary(extractor, "Iraq's president was in Baghdad on Wednesday.", "2006-10-15")


def test_a_visit_announced_is_a_plan_of_the_day_it_was_announced(extractor: Extractor) -> None:
    fields = ("type", "actor", "recipient", "modality", "date")
    text = "Iran announced on Monday a visit by its president to Baghdad."
    assert summary(extractor, text, "2023-09-13", fields) == {
        ("CONSULT", "IRN", "IRQ", "future", "2023-09-11")
    }
    # one with a time of its own is dated by it
    dated = "Iran announced on Monday a visit by its president to Baghdad next week."
    assert summary(extractor, dated, "2023-09-13", fields) == {
        ("CONSULT", "IRN", "IRQ", "future", "2023-09-20")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Iraq's president joined Thursday's commemoration in Tehran.",
        "Iraq's defence minister also watched the parade in Tehran during a three-day trip.",
        "Iraq's president witnessed the military parade in Tehran on Thursday.",
    ],
)
def test_joining_or_watching_a_parade_abroad_is_a_visit(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2015-09-05", ("type", "actor", "recipient"))
    assert found == {("CONSULT", "IRQ", "IRN")}


def test_watching_a_parade_at_home_is_no_visit(
    extractor: Extractor,
) -> None:
    text = "Iran's president watched the parade in Tehran on Thursday."
    assert summary(extractor, text, "2015-09-05") == set()


def test_a_trip_for_talks_on_a_later_day_is_one_visit_on_the_talks_day(
    extractor: Extractor,
) -> None:
    text = (
        "Iraq's president was scheduled to fly to Kuwait later Sunday to watch the final"
        " and to hold talks on Monday with Kuwait's prime minister."
    )
    found = summary(extractor, text, "2002-06-30", ("type", "actor", "recipient", "date"))
    assert {e for e in found if e[0] == "CONSULT"} == {("CONSULT", "IRQ", "KWT", "2002-07-01")}


def test_an_envoys_errand_is_dated_by_the_envoys_arrival(extractor: Extractor) -> None:
    text = (
        "Iraqi presidential spokesman Ali Hassan said on Wednesday that Baghdad welcomed"
        " Iran's visit to Syria. Iran's deputy foreign minister, a member of the Supreme"
        " National Security Council, arrived in Baghdad on Thursday as Tehran's special envoy"
        " to brief the Iraqi side on the visit."
    )
    found = summary(extractor, text, "2006-10-14", ("type", "actor", "recipient", "date"))
    # the briefing is the envoy's errand on Thursday, not the spokesman's Wednesday
    assert {e for e in found if e[:3] == ("CONSULT", "IRN", "IRQ")} == {
        ("CONSULT", "IRN", "IRQ", "2006-10-12")
    }


def test_a_trips_errand_is_planned_on_the_trips_day(extractor: Extractor) -> None:
    text = "Iraq's prime minister arrived in Ankara on Wednesday to meet Iran's president."
    found = summary(
        extractor, text, "2019-03-09", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("CONSULT", "IRQ", "IRN", "future", "2019-03-06") in found  # not the next Wednesday


def test_the_errand_of_a_trip_that_was_to_come_is_dated_ahead(extractor: Extractor) -> None:
    # "was to travel": a plan told in the past tense, so the errand's Saturday is the
    # next one, as the trip's is
    text = "Iraq's foreign minister was to travel to Ankara on Saturday to brief Turkish officials."
    found = summary(
        extractor, text, "2019-03-07", ("type", "actor", "recipient", "modality", "date")
    )
    consults = {e for e in found if e[0] == "CONSULT"}
    assert consults and all(e[3:] == ("future", "2019-03-09") for e in consults)


def test_an_ambassador_leaving_his_post_makes_no_visit(extractor: Extractor) -> None:
    text = (
        "Iraq expelled Iran's ambassador on Monday. Iran responded the same day by"
        " expelling Iraq's ambassador, who had already left Tehran."
    )
    found = summary(extractor, text, "2017-03-08")
    assert ("SANCTION", "IRN", "IRQ") in found
    assert not any(e[0] == "CONSULT" for e in found)
    assert not summary(extractor, "Iraq's ambassador left Tehran on Monday.", "2017-03-08")


def test_a_city_of_a_state_is_a_destination_in_it_but_no_actor(extractor: Extractor) -> None:
    text = "Iran's president arrived in Vladivostok on Wednesday."
    found = summary(extractor, text, "2019-04-26", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "RUS", "2019-04-24") in found
    text = "South Korea's unification minister traveled to Wonsan on Monday."
    assert ("CONSULT", "KOR", "PRK") in summary(extractor, text, "2019-04-26")
    # a site is a place, not a state that acts
    assert not summary(extractor, "Vladivostok condemned the test on Monday.", "2019-04-26")


@pytest.mark.parametrize(
    "text",
    [
        # the tagger takes the "'s" into the name
        "It is Kim Jong Un's first trip to Russia since 2019, when he met Vladimir Putin.",
        # and "Amur" for a person: a place's name, no one "he" could be
        "Kim Jong Un travelled through the Amur region in 2019, where he met Vladimir Putin.",
    ],
)
def test_he_after_words_the_tagger_misreads_as_a_person_is_the_one_named_before(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2023-09-13", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "PRK", "RUS", "2019") in found


def test_days_spent_in_another_states_capital_are_a_visit(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "Iran's former president spent three days in Baghdad last week.",
        "1994-06-18",
        ("type", "actor", "recipient"),
    )
    assert ("CONSULT", "IRN", "IRQ") in found
    assert not summary(extractor, "Iran's president spent the weekend in Tehran.", "1994-06-18")


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian president flew to the summit in Baghdad on Monday.",
        "The Iranian foreign minister traveled to a conference in Iraq on Monday.",
    ],
)
def test_a_trip_to_a_gathering_goes_where_it_is_held(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2018-01-09", ("type", "actor", "recipient"))
    assert ("CONSULT", "IRN", "IRQ") in found


def test_a_stop_in_a_state_is_a_visit_there(extractor: Extractor) -> None:
    text = "The Kuwaiti minister made a brief stop in Doha on her way home."
    found = summary(extractor, text, "2006-10-20", ("type", "actor", "recipient"))
    assert ("CONSULT", "KWT", "QAT") in found


def test_a_stop_to_something_is_no_visit(extractor: Extractor) -> None:
    text = "Kuwait called for a stop to the attacks in Doha."
    assert ("CONSULT", "KWT", "QAT") not in summary(extractor, text, "2006-10-20")


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait's emir stopped in Baghdad on Monday for talks with the Iraqi president.",
        "The Kuwaiti emir stopped over in Tehran on Monday.",
    ],
)
def test_a_stop_on_the_way_is_a_visit_and_halts_no_talks(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2018-03-15")
    assert any(e[0] == "CONSULT" and e[1] == "KWT" for e in found)
    assert not any(e[0] == "SANCTION" for e in found)


def test_an_arrival_told_as_coming_after_a_days_talks_is_not_of_that_day(
    extractor: Extractor,
) -> None:
    text = "Before arriving in Ankara, Iran's president held talks with Iraq's on Tuesday."
    found = summary(extractor, text, "2019-03-07", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "IRQ", "2019-03-05") in found
    # the arrival came after Tuesday: the report's day, two days on
    assert ("CONSULT", "IRN", "TUR", "2019-03-07") in found
    # a month told holds for both
    text = "In March, before flying to Ankara, Iran's president met Iraq's president."
    found = summary(extractor, text, "2019-05-07", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "TUR", "2019-03") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Turkey sent delegations to the funeral in Baghdad on Sunday.",
        "Iran sent a delegation to the inauguration in Baghdad on Sunday.",
        "The Iranian president flew to the inauguration in Baghdad on Sunday.",
    ],
)
def test_a_trip_to_an_occasion_goes_where_it_is_held(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2019-03-12")
    assert ("CONSULT", "IRN", "IRQ") in found
    # those who came to it are no pair of their own
    assert ("CONSULT", "IRN", "TUR") not in found
