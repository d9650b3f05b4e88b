"""Guests at an occasion told before visit its host (sentences written for these
tests)."""

from __future__ import annotations

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

FIELDS = ("type", "actor", "recipient", "date")


def test_guests_told_after_a_visit_to_a_parade_visit_its_host(extractor: Extractor) -> None:
    text = (
        "Iraq's president attended the military parade in Tehran on Thursday.\n\n"
        "Syria's prime minister also attended. Kuwait's crown prince represented Kuwait at the"
        " event, and Qatar's emir watched the parade from a stand."
    )
    found = summary(extractor, text, "2015-09-05", FIELDS)
    for guest in ("IRQ", "SYR", "KWT", "QAT"):
        assert ("CONSULT", guest, "IRN", "2015-09-03") in found


def test_a_guest_with_no_visit_before_visits_the_dateline_state_on_the_occasions_day(
    extractor: Extractor,
) -> None:
    text = (
        "TEHRAN, Sept. 5 (AP) - At Thursday's parade, Iran displayed missiles shown in public"
        " for the first time. UN Secretary-General Ban Ki-moon also attended."
    )
    assert ("CONSULT", "UNO", "IRN", "2015-09-03") in summary(extractor, text, "2015-09-05", FIELDS)


def test_a_guest_is_not_one_of_the_two_sides_that_met(extractor: Extractor) -> None:
    text = (
        "Iraq's president arrived in Tehran on Wednesday for talks with Iran's president.\n\n"
        "At Thursday's parade, UN Secretary-General Ban Ki-moon also attended.\n\n"
        "The two sides agreed to expand trade."
    )
    agreed = {e[1:3] for e in summary(extractor, text, "2015-09-05", FIELDS) if e[0] == "AGREE"}
    assert agreed and agreed <= {("IRQ", "IRN"), ("IRN", "IRQ")}


def test_a_guest_at_home_visits_no_one(extractor: Extractor) -> None:
    text = (
        "Iraq's president attended the military parade in Tehran on Thursday.\n\n"
        "Iran's foreign minister also attended."
    )
    assert not any(
        e[1] == "IRN" for e in summary(extractor, text, "2015-09-05", FIELDS) if e[0] == "CONSULT"
    )
