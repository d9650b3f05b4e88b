"""Whom sanctions and links cut are aimed at when no phrase of their verb names it
(extract/sanctions.py), and who imposed sanctions told in the passive
(extract/passives.py)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary


@pytest.mark.parametrize(
    "text",
    [
        "Peru suspended the tours the following day and called on Chile to permit an inquiry.",
        "Peru closed the border crossing and urged Chile to hand over the soldier.",
    ],
)
def test_a_link_cut_beside_a_demand_is_cut_from_the_state_asked(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2011-05-03")
    assert ("SANCTION", "PER", "CHL") in found


def test_a_link_cut_beside_a_call_to_a_third_state_is_not_aimed_at_it_twice(
    extractor: Extractor,
) -> None:
    text = "Peru suspended the tours and called on Chile and Bolivia to permit an inquiry."
    found = summary(extractor, text, "2011-05-03")
    assert not {e for e in found if e[0] == "SANCTION" and e[2] is not None}


def test_a_resolution_brushed_aside_is_refused_to_the_council(extractor: Extractor) -> None:
    # the parser reads "aside" as a preposition with the resolution its object
    text = (
        "Iran said on Saturday it will start enriching uranium to weapons grade, brushing"
        " aside a U.N. Security Council resolution adopted a day earlier."
    )
    found = summary(extractor, text, "2009-06-14", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "IRN", "UNO", "2009-06-13") in found


def test_sanctions_announced_in_the_passive_are_the_announcers(extractor: Extractor) -> None:
    text = "The French president announced on Tuesday that new sanctions would be imposed on Iran."
    found = summary(extractor, text, "2011-05-05", ("type", "actor", "recipient", "modality"))
    assert ("SANCTION", "FRA", "IRN", "future") in found


def test_sanctions_foretold_in_the_passive_name_no_one(extractor: Extractor) -> None:
    # a sanction said to be coming, not announced, is no one's act the text shows
    text = "The French president said on Tuesday that new sanctions would be imposed on Iran."
    found = summary(extractor, text, "2011-05-05", ("type", "actor", "recipient"))
    assert not {e for e in found if e[0] == "SANCTION"}


def test_the_treasury_is_the_us_treasury(extractor: Extractor) -> None:
    # (a state's own treasury is that state's: "Britain's Treasury")
    text = (
        "The Treasury on Tuesday imposed sanctions on Iranian shipping firms. Britain's"
        " Treasury imposed sanctions on Iran on Wednesday."
    )
    found = summary(extractor, text, "2011-05-05", ("type", "actor", "recipient"))
    assert {e for e in found if e[0] == "SANCTION"} == {
        ("SANCTION", "USA", "IRN"),
        ("SANCTION", "GBR", "IRN"),
    }


def test_additional_sanctions_of_a_states_own_are_on_the_one_sanctioned_before(
    extractor: Extractor,
) -> None:
    text = (
        "Kuwait halted almost all trade with Iraq on Monday over the sinking of its"
        " patrol boat. In Riyadh, the Saudi foreign minister expressed support for Kuwait"
        " and said Saudi Arabia was considering additional sanctions of its own."
    )
    found = summary(extractor, text, "2010-05-25", ("type", "actor", "recipient", "modality"))
    assert ("SANCTION", "SAU", "IRQ", "hypothetical") in found
    assert not [f for f in found if f[0] == "SANCTION" and f[2] == "SAU"]


def test_ending_visa_free_entry_for_a_states_people_sanctions_it(extractor: Extractor) -> None:
    text = "Kuwait also ended visa-free entry for Iranians on Monday."
    found = summary(extractor, text, "2017-03-08", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "KWT", "IRN", "2017-03-06") in found


def test_those_expelled_from_a_state_were_expelled_by_it(extractor: Extractor) -> None:
    text = "Two Russian diplomats were expelled from Japan on Monday."
    assert ("SANCTION", "JPN", "RUS") in summary(extractor, text, "2003-01-03")


def test_the_government_of_a_report_filed_from_a_capital_is_that_states(
    extractor: Extractor,
) -> None:
    text = "TEHRAN (Reuters) -- On Tuesday, the government decided to halt food aid to Iraq."
    found = summary(extractor, text, "2019-05-08", ("type", "actor", "recipient"))
    assert ("SANCTION", "IRN", "IRQ") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait banned its citizens from travelling to Iraq in 1995.",
        "Kuwait barred its tourists from visiting Iraq in 1995.",
    ],
)
def test_people_barred_from_going_to_a_state_sanction_that_state(
    extractor: Extractor, text: str
) -> None:
    found = summary(
        extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("SANCTION", "KWT", "IRQ", "asserted", "1995") in found
    assert not any(e[0] == "CONSULT" and e[3] == "asserted" for e in found)  # no visit made


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Iran imposed export curbs on three chemicals vital to Kuwaiti refiners in July 2019.",
            ("SANCTION", "IRN", "KWT"),
        ),
        ("Iraq intercepted a tanker bound for Kuwait on Tuesday.", ("COERCE", "IRQ", "KWT")),
    ],
)
def test_measures_on_goods_fall_on_the_state_the_goods_go_to(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))


def test_sanctions_named_again_in_the_passive_are_the_imposers_told_before(
    extractor: Extractor,
) -> None:
    text = (
        "Kuwait will extend its sanctions against Iraq. The sanctions were first imposed in 2006."
    )
    found = summary(extractor, text, "2024-04-05", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "KWT", "IRQ", "2006") in found


def test_similar_measures_fall_on_whom_the_sanctions_told_before_fell(
    extractor: Extractor,
) -> None:
    text = (
        "Kuwait on Wednesday imposed sanctions on two Iraqi firms. Qatar and Oman imposed"
        " similar measures last week, while Iran imposed emergency measures on its ports."
    )
    found = summary(extractor, text, "2024-03-29", ("type", "actor", "recipient"))
    assert {("SANCTION", "QAT", "IRQ"), ("SANCTION", "OMN", "IRQ")} <= found
    assert not {e for e in found if e[1] == "IRN"}


def test_sanctions_sought_at_the_council_are_not_aimed_at_it(extractor: Extractor) -> None:
    text = "Kuwait sought to tighten sanctions at the Security Council."
    found = summary(extractor, text, "2024-09-15", ("type", "actor", "recipient"))
    assert ("SANCTION", "KWT", "UNO") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait placed unilateral sanctions on 15 Iraqi officials.",
        "Kuwait put new sanctions on Baghdad.",
        "Kuwait froze remittances to Iraq.",
        # curbs widened are curbs imposed
        "Kuwait widened its curbs on Iraq on Monday.",
    ],
)
def test_everyday_verbs_of_sanctions_impose_them(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2020-05-05", ("type", "actor", "recipient"))
    assert ("SANCTION", "KWT", "IRQ") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran's parliament voted on Monday to abolish the three bodies that had handled"
        " relations with Iraq.",
        "Iran shut down the office responsible for ties with Iraq.",
    ],
)
def test_bodies_that_dealt_with_a_state_abolished_cut_a_channel_to_it(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("SANCTION", "IRN", "IRQ") in found


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # in the month of the act they answered
        (
            "Iraq is already under U.N. sanctions imposed after its nuclear test in October 2006.",
            "2006-10",
        ),
        # the doer of the act they answered
        (
            "Iraq pulled its workers out in April, angered by U.N. sanctions imposed after"
            " its third nuclear test in February.",
            "2019-02",
        ),
    ],
)
def test_sanctions_named_with_the_act_they_answered_fall_on_its_doer_then(
    extractor: Extractor, text: str, month: str
) -> None:
    found = summary(extractor, text, "2019-09-02", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "UNO", "IRQ", month) in found


def test_sanctions_laid_on_a_state_by_a_participle_fall_on_it(extractor: Extractor) -> None:
    text = "U.S. sanctions imposed on Iraq in 2006 hurt its economy."
    found = summary(extractor, text, "2019-09-02", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "USA", "IRQ", "2006") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait removed Iraq from its white list of trading partners on Friday.",
        "Kuwait dropped Iraq from its list of preferred trading partners on Friday.",
    ],
)
def test_a_state_taken_off_a_favoured_list_is_penalised(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2018-03-15")
    assert ("SANCTION", "KWT", "IRQ") in found
    assert ("CONCEDE", "KWT", "IRQ") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran broke off military contacts and talks with Kuwait.",
        "Iran broke off military contacts and human rights talks with Kuwait after Iraqi"
        " warplanes bombed its embassy in Baghdad on May 7.",
    ],
)
def test_links_cut_with_a_state_named_once_for_all_are_cut_with_it(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2018-05-28")
    assert ("SANCTION", "IRN", "KWT") in found
    assert ("SANCTION", "IRN", "IRQ") not in found
