"""Proposals and calls left unanswered (sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

WITH_DATE = ("type", "actor", "recipient", "modality", "date")


@pytest.mark.parametrize(
    "text",
    [
        "Baghdad proposed on Tuesday to return the detained fishermen at the border, "
        "but Tehran has yet to respond.",
        "Iraq suggested on Tuesday that the two navies hold a hotline drill; Iran has not replied.",
        "Iraq offered on Tuesday to meet Iran without preconditions, but Tehran has not answered.",
    ],
)
def test_a_proposal_left_unanswered_is_no_meeting_with_the_proposer(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2021-03-11", WITH_DATE)
    # still silent when the report was written; the proposal made on its day
    assert ("CONSULT", "IRN", "IRQ", "negated", "2021-03-11") in found
    assert ("REQUEST", "IRQ", "IRN", "asserted", "2021-03-09") in found


def test_a_silence_answers_the_last_protest_made_to_the_silent_state(
    extractor: Extractor,
) -> None:
    text = (
        "Iraq protested to Iran on Monday over the shelling of a border post.\n\n"
        "A ministry spokesman said the protest had been sent through the military line, "
        "but Iran had not replied by early afternoon."
    )
    found = summary(extractor, text, "2021-03-08", ("type", "actor", "recipient", "modality"))
    assert ("CONSULT", "IRN", "IRQ", "negated") in found


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's question
        "Iraq accused Iran of shelling a border post. Tehran did not immediately respond.",
        # an answer given is no event here
        "Iraq accused Iran of shelling a border post. Iran responded by firing rockets.",
        # no one asked anything of the silent state
        "Iran fired rockets at a border post. Iraq has not responded.",
    ],
)
def test_no_meeting_is_denied_where_nothing_was_asked(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2021-03-11")
    assert not any(event == "CONSULT" for event, *_rest in found)


def test_a_silence_is_no_act_a_later_concern_answers(extractor: Extractor) -> None:
    text = (
        "Iraq offered on Tuesday to meet Iran without preconditions, but Tehran has not "
        "answered.\n\nBaghdad also remains concerned about the humanitarian situation in the "
        "region."
    )
    assert ("ACCUSE", "IRQ", "IRN") not in summary(extractor, text, "2021-03-11")


def test_a_refusal_to_act_naming_no_one_answers_the_state_that_asked(
    extractor: Extractor,
) -> None:
    asked = "Turkey's foreign minister urged Iraq on Tuesday to close the border camps.\n\n"
    found = summary(extractor, asked + "Baghdad has so far refused to close them.", "2023-04-26")
    assert ("REJECT", "IRQ", "TUR") in found
    # with nothing asked before, the refusal is aimed at no one
    found = summary(extractor, "Baghdad has so far refused to close the camps.", "2023-04-26")
    assert not any(kind == "REJECT" and recipient for kind, _actor, recipient in found)


def test_a_claim_denied_in_its_own_words_answers_the_state_that_made_it(
    extractor: Extractor,
) -> None:
    charged = "Iraq accused Iran on Monday of shelling Basra.\n\n"
    denial = "Iranian officials denied that any shells had been fired."
    found = summary(extractor, charged + denial, "2023-04-26")
    assert ("REJECT", "IRN", "IRQ") in found
    # with no charge told before, it is aimed at no one
    found = summary(extractor, denial, "2023-04-26")
    assert not any(kind == "REJECT" and recipient for kind, _actor, recipient in found)


def test_an_act_told_as_the_response_to_another_takes_that_acts_time(
    extractor: Extractor,
) -> None:
    text = (
        "Kuwait shut the border crossing with Iraq in February 1991, and a Kuwaiti ship "
        "was seized in July 1995. Iraq responded to the border closure by expelling "
        "Kuwaiti diplomats."
    )
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "IRQ", "KWT", "1991-02") in found


def test_claims_dismissed_are_those_of_the_last_state_to_accuse_anyone(
    extractor: Extractor,
) -> None:
    text = (
        "Iraq has shipped drones to Iran, the Kuwaiti government said on Friday."
        " Iran dismissed the claims as baseless."
    )
    found = summary(extractor, text, "2024-05-04", ("type", "actor", "recipient"))
    assert ("REJECT", "IRN", "KWT") in found


@pytest.mark.parametrize(
    ("text", "deniers"),
    [
        ("Kuwait accused Iraq of smuggling oil to Iran, which Baghdad denies.", {"IRQ"}),
        (
            "Kuwait has long accused Iraq and Iran of smuggling oil, which both deny.",
            {"IRQ", "IRN"},
        ),
    ],
)
def test_a_charge_denied_in_a_relative_clause_is_a_denial_made_now(
    extractor: Extractor, text: str, deniers: set[str]
) -> None:
    found = summary(extractor, text, "2024-05-04", ("type", "actor", "recipient", "date"))
    assert {("REJECT", d, "KWT", "2024-05-04") for d in deniers} <= found


@pytest.mark.parametrize("verb", ["did not respond to", "did not answer", "never picked up"])
def test_calls_left_unanswered_are_refused_to_the_caller(extractor: Extractor, verb: str) -> None:
    text = f"Kuwait telephoned Iraq on Monday. Baghdad {verb} the calls."
    found = summary(extractor, text, "2021-03-11", ("type", "actor", "recipient", "modality"))
    assert ("REJECT", "IRQ", "KWT", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Tehran denied any involvement in the attack on the Kuwaiti tanker.",
        "Iran denied any role in the killing of the Kuwaiti diplomat.",
        "Iran denied responsibility for the attack on Kuwait's embassy.",
    ],
)
def test_a_part_denied_in_an_act_answers_those_it_was_done_to(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("REJECT", "IRN", "KWT") in found


def test_a_part_denied_in_anothers_act_does_not_answer_its_doer(extractor: Extractor) -> None:
    text = "Iran denied involvement in Iraq's attack on Kuwait."
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("REJECT", "IRN", "IRQ") not in found


@pytest.mark.parametrize(
    "denial",
    [
        "Iraq's mission to the United Nations called the reports groundless rumors.",
        "Baghdad called the claims a fabrication.",
    ],
)
def test_claims_called_false_are_denied_to_their_maker(extractor: Extractor, denial: str) -> None:
    text = f"Kuwait's spy agency said on Friday that Iraq had sent troops to Iran. {denial}"
    found = summary(extractor, text, "2024-05-15")
    assert ("REJECT", "IRQ", "KWT") in found
    assert ("ACCUSE", "IRQ", "KWT") not in found  # a denial, not a charge of the teller


@pytest.mark.parametrize(
    "text",
    [
        # the death told paragraphs before
        (
            "Iraq's leader died on Saturday.\n\nMarkets fell.\n\n"
            "Kuwait's foreign minister offered condolences."
        ),
        "Iraq's leader died on Saturday. Kuwait's emir sent a message of condolence on Monday.",
        # told in the same sentence
        "Kuwait offered condolences when Iraq's president died in 2003.",
    ],
)
def test_condolences_go_to_the_state_of_the_dead(extractor: Extractor, text: str) -> None:
    assert ("SUPPORT", "KWT", "IRQ") in summary(extractor, text, "2024-05-15")


def test_condolences_a_visit_was_made_to_offer_are_not_sent_to_the_dead_later(
    extractor: Extractor,
) -> None:
    text = (
        "Iraq's leader died on Saturday. Kuwait's emir visited the Iraqi embassy on"
        " Monday to offer condolences in person."
    )
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality"))
    assert ("SUPPORT", "KWT", "IRQ", "future") not in found


def test_what_a_state_cannot_accept_it_refuses_as_it_says_so(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "Iraq's envoy said Baghdad could not accept Kuwait's demand that it disarm first.",
        "2024-05-15",
        ("type", "actor", "recipient", "modality"),
    )
    assert ("REJECT", "IRQ", "KWT", "asserted") in found
    # (an invitation not accepted is only an acceptance not made)
    found = summary(
        extractor,
        "Kuwait did not accept Iraq's invitation outright.",
        "2024-05-15",
        ("type", "actor", "recipient", "modality"),
    )
    assert ("AGREE", "KWT", "IRQ", "negated") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iraq said it would not accept Kuwait's demand.",
        "Iraq said it could not accept aid from Kuwait.",
        "Iraq will not accept any aid from Kuwait, its envoy said.",
    ],
)
def test_what_a_state_will_not_accept_it_refuses_to_who_offers_it(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality"))
    assert ("REJECT", "IRQ", "KWT", "asserted") in found
    # the giver refuses nothing
    assert ("REJECT", "KWT", "IRQ", "asserted") not in found


def test_a_demand_told_with_a_bare_verb_the_tagger_took_for_past_asks_its_subject(
    extractor: Extractor,
) -> None:
    text = (
        "North Korea's envoy said the United States had insisted that the DPRK scrap its"
        " nuclear program first."
    )
    assert ("REQUEST", "USA", "PRK") in summary(extractor, text, "2024-05-15")
    # (a verb whose past is its bare form is read as told: "that Iraq cut its ties")
    text = "Iran insisted that Iraq cut its ties with Kuwait."
    assert ("REQUEST", "IRN", "IRQ") not in summary(extractor, text, "2024-05-15")


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador replied that Russia's cooperation with Iraq was not directed"
        " against Kuwait's security interests.",
        "Moscow said its cooperation with Iraq was not aimed at Kuwait.",
    ],
)
def test_an_aim_disowned_rejects_the_charge_toward_whom_it_is_not_aimed(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality"))
    assert ("REJECT", "RUS", "KWT", "asserted") in found


def test_an_aim_told_is_no_rejection(extractor: Extractor) -> None:
    found = summary(extractor, "Iran said the drills were directed against Kuwait.", "2024-05-15")
    assert ("REJECT", "IRN", "KWT") not in found


def test_a_death_told_again_by_a_courtesy_title_is_the_death_told_before(
    extractor: Extractor,
) -> None:
    # "Mr. Kim" after President Kim Young Sam is named: still Kim Il Sung's death
    text = (
        "Kim Il Sung died on Friday, North Korean radio said.\n\n"
        "President Kim Young Sam of South Korea put his troops on alert.\n\n"
        "After word of Mr. Kim's death reached the delegations on Saturday, Japan"
        " offered its condolences."
    )
    found = summary(extractor, text, "1994-07-10")
    assert ("SUPPORT", "JPN", "PRK") in found
    assert ("SUPPORT", "JPN", "KOR") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Iraq offered Iran 10,000 tons of wheat on Monday. Tehran has not responded.",
        "Iraq offered Iran 10,000 tons of wheat on Monday. There has been no reply from Tehran.",
        "Iraq offered Iran 10,000 tons of wheat on Monday, but has received no answer from Tehran.",
        "Iraq said it had notified Tehran of the plan on Monday, but received no reply.",
    ],
)
def test_an_offer_or_notice_with_no_reply_is_no_meeting_with_its_sender(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2022-05-25", ("type", "recipient", "actor", "modality"))
    assert {("CONSULT", "IRQ", "IRN", "negated"), ("CONSULT", "IRN", "IRQ", "negated")} & found
