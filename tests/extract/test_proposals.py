"""Joint acts proposed to another state, and the refusals that answer them
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

PARTIES_AND_MOOD = ("type", "actor", "recipient", "modality")


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("Iran proposed sending envoys to Iraq.", "CONSULT"),
        ("Tehran proposed holding joint naval drills with Baghdad.", "COOPERATE"),
        # people to be handed over, "to" hanging on the particle
        ("Iran proposed on Monday to hand the fishermen over to Iraq.", "RETREAT"),
        # a joint act the noun's modifiers pair the two states of
        ("Seoul proposed holding an inter-Korean basketball game in March.", "COOPERATE"),
    ],
)
def test_a_joint_act_proposed_asks_the_partner(
    extractor: Extractor, text: str, proposed: str
) -> None:
    found = summary(extractor, text, "2019-01-09", PARTIES_AND_MOOD)
    actor, partner = ("KOR", "PRK") if "inter-Korean" in text else ("IRN", "IRQ")
    assert ("REQUEST", actor, partner, "asserted") in found
    assert (proposed, actor, partner, "future") in found


def test_a_sanction_proposed_asks_nothing_of_its_target(extractor: Extractor) -> None:
    found = summary(extractor, "Iran proposed new sanctions on Iraq.", "2019-01-09")
    assert ("REQUEST", "IRN", "IRQ") not in found


def test_a_refusal_of_the_idea_answers_whoever_proposed_it(extractor: Extractor) -> None:
    text = (
        "Tehran proposed holding a joint football match with Iraq in May, "
        "but Baghdad turned down the idea."
    )
    assert ("REJECT", "IRQ", "IRN") in summary(extractor, text, "2019-01-09")


def test_a_second_that_clause_is_dated_by_the_saying_not_by_the_first(
    extractor: Extractor,
) -> None:
    text = (
        "Kim Yo-jong said in a statement carried by state media on Wednesday that Seoul "
        "had on Monday proposed dispatching envoys, but that she flatly turned down the idea."
    )
    found = summary(extractor, text, "2020-06-18", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "PRK", "KOR", "2020-06-17") in found


def test_a_refused_idea_was_a_request_to_the_one_refusing(extractor: Extractor) -> None:
    text = (
        "Baghdad said on Friday that Tehran had on Tuesday proposed sending two envoys "
        "to the border, but that Baghdad had turned down the idea."
    )
    found = summary(extractor, text, "2019-01-12", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "IRN", "IRQ", "2019-01-08") in found


def test_an_offer_that_told_its_own_event_is_no_request_besides(extractor: Extractor) -> None:
    found = summary(
        extractor, "Iraq offered Iran flood aid on Monday, but Iran refused it.", "2019-01-12"
    )
    assert ("AID", "IRQ", "IRN") in found
    assert ("REQUEST", "IRQ", "IRN") not in found


def test_a_proposal_noun_with_a_date_before_its_clause_asks_the_other_side(
    extractor: Extractor,
) -> None:
    # the parser hangs "to restore" on "cited", past "last month"
    text = (
        "The ROK authorities cited their proposal last month to restore the inter-Korean"
        " communication lines."
    )
    found = summary(extractor, text, "2025-08-18", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "KOR", "PRK", "2025-07") in found
