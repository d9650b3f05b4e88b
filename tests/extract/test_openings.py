"""Acts on a site two states share: its opening is their cooperation, its loudspeakers
held back a step back (sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

PARTIES_DATE = ("type", "actor", "recipient", "date")


def test_a_shared_site_that_opened_is_cooperation_of_its_two_states(
    extractor: Extractor,
) -> None:
    found = summary(extractor, "The Kaesong park first opened in 2004.", "2016-02-12", PARTIES_DATE)
    assert ("COOPERATE", "KOR", "PRK", "2004") in found


def test_a_shared_site_that_resumed_its_operations_reopened(extractor: Extractor) -> None:
    text = "The Kaesong park resumed operations on Monday, five months after it shut."
    found = summary(extractor, text, "2013-09-17", PARTIES_DATE)
    assert ("COOPERATE", "KOR", "PRK", "2013-09-16") in found
    # what the site does, not its own working again, is no opening
    text = "The Kaesong park resumed shipments of socks to Iran on Monday."
    assert not any(kind == "COOPERATE" for kind, *_ in summary(extractor, text, "2013-09-17"))


def test_tours_told_in_a_clause_as_beginning_began_then(extractor: Extractor) -> None:
    text = "Trips to Mount Kumgang, which began in November 1998, ended ten years later."
    found = summary(extractor, text, "2020-06-17", PARTIES_DATE)
    assert ("COOPERATE", "KOR", "PRK", "1998-11") in found


def test_the_office_named_with_its_site_before_opened_on_its_date(extractor: Extractor) -> None:
    text = (
        "North Korea demolished the inter-Korean liaison office on Tuesday.\n\n"
        "The office had opened in September 2018."
    )
    found = summary(extractor, text, "2020-06-17", PARTIES_DATE)
    assert ("COOPERATE", "KOR", "PRK", "2018-09") in found


def test_a_site_that_opened_something_or_an_office_of_no_site_is_no_opening(
    extractor: Extractor,
) -> None:
    # the site acts on an object; "the office" was never named with a shared site
    assert not summary(
        extractor, "The Kaesong park opened a new clinic in 2005.", "2016-02-12", PARTIES_DATE
    )
    text = "Iran's trade office in Baghdad was moved.\n\nThe office opened in 2015."
    assert not any(kind == "COOPERATE" for kind, *_ in summary(extractor, text, "2016-02-12"))


def test_acts_at_the_site_named_before_act_on_the_state_sharing_it(
    extractor: Extractor,
) -> None:
    text = (
        "Seoul funded the Kaesong industrial complex for years.\n\n"
        "On Wednesday, Seoul halted operations at the complex."
    )
    found = summary(extractor, text, "2016-02-12", PARTIES_DATE)
    assert ("SANCTION", "KOR", "PRK", "2016-02-10") in found


def test_a_halting_of_loudspeaker_broadcasts_told_by_a_noun_is_held_back(
    extractor: Extractor,
) -> None:
    text = "Seoul pointed to its halting of the loudspeaker broadcasts in June."
    found = summary(extractor, text, "2025-08-19", PARTIES_DATE)
    assert ("RETREAT", "KOR", "PRK", "2025-06") in found


def test_traffic_on_that_line_restored_and_resumed_is_cooperation_each_time(
    extractor: Extractor,
) -> None:
    text = (
        "Officials agreed to run more trains between Dandong and Sinuiju.\n\n"
        "Freight on that line was restored in March 2021, stopped for a while and"
        " resumed in October 2022."
    )
    found = summary(extractor, text, "2023-08-24", PARTIES_DATE)
    assert ("COOPERATE", "CHN", "PRK", "2021-03") in found
    assert ("COOPERATE", "CHN", "PRK", "2022-10") in found


def test_loudspeakers_that_resumed_are_no_cooperation(extractor: Extractor) -> None:
    text = "The loudspeakers along the border resumed in July 2024."
    assert not any(kind == "COOPERATE" for kind, *_ in summary(extractor, text, "2024-08-01"))


def test_a_passive_participle_after_a_passive_acts_on_its_subject(extractor: Extractor) -> None:
    text = (
        "Freight on the Dandong line was restored in March 2021 and halted by Chinese"
        " customs in May 2021."
    )
    found = summary(extractor, text, "2023-08-24", PARTIES_DATE)
    assert ("SANCTION", "CHN", "PRK", "2021-05") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iranian border authorities on Wednesday let five buses carrying Iraqi workers and"
        " traders cross the bridge to Basra.",
        "Iran on Wednesday allowed trucks carrying Iraqi goods to cross the border.",
    ],
)
def test_traffic_let_across_the_border_is_cooperation_with_the_state_it_serves(
    extractor: Extractor, text: str
) -> None:
    assert ("COOPERATE", "IRN", "IRQ") in summary(extractor, text, "1996-08-24")


def test_people_allowed_to_do_something_are_no_traffic_let_through(extractor: Extractor) -> None:
    assert not summary(
        extractor, "Iran allowed reporters to visit the site on Wednesday.", "1996-08-24"
    )
