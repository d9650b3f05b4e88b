"""Aid and sanctions between states: money, arms and goods given, sold, approved or
pledged, and sanctions imposed, voted for, backed or blocked in the Security Council
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from peninsula.nlp import currency_nouns
from tests.extract.conftest import summary
from tests.extract.test_diplomacy import _found


def test_a_resolution_imposing_sanctions_sanctions_whom_it_names(extractor: Extractor) -> None:
    text = "The UN Security Council adopted a resolution imposing new sanctions on North Korea."
    assert ("SANCTION", "UNO", "PRK", "asserted") in _found(extractor, text)
    # vetoing it rejects the resolution, not North Korea
    vetoed = "Russia vetoed a resolution imposing new sanctions on North Korea."
    assert not {e for e in _found(extractor, vetoed) if e[2] == "PRK"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The UN General Assembly adopted a resolution condemning Myanmar on Wednesday.",
            ("ACCUSE", "UNO", "MMR", "asserted"),
        ),
        (
            "The Security Council adopted a resolution urging Syria to return to talks.",
            ("REQUEST", "UNO", "SYR", "asserted"),
        ),
    ],
)
def test_a_resolution_that_condemns_or_urges_sanctions_no_one(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    found = _found(extractor, text)
    assert event in found
    assert not {e for e in found if e[0] == "SANCTION"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway gave $3 million to Malawi.", ("AID", "NOR", "MWI", "asserted")),
        (
            "Austria provided 2 million euros in funding to Moldova.",
            ("AID", "AUT", "MDA", "asserted"),
        ),
        ("Finland handed over medical equipment to Namibia.", ("AID", "FIN", "NAM", "asserted")),
        ("Russia supplied weapons to Serbia.", ("AID", "RUS", "SRB", "asserted")),
        ("North Korea shipped artillery shells to Russia.", ("AID", "PRK", "RUS", "asserted")),
        ("Iran provided Syria with air defence systems.", ("AID", "IRN", "SYR", "asserted")),
        (
            "Norway gave the green light to two food aid projects for Malawi on Friday.",
            ("AID", "NOR", "MWI", "asserted"),
        ),
    ],
)
def test_money_and_arms_given_to_a_state_are_aid(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway gave the go-ahead on Friday for a charity to ship flour and sugar to Malawi.",
        "Norway approved a plan on Friday for an aid group to send medicine to Malawi.",
        "Norway granted approval for a charity to send medicine to Malawi.",
    ],
)
def test_approving_what_another_is_to_send_a_state_is_aid_to_it(
    extractor: Extractor, text: str
) -> None:
    assert ("AID", "NOR", "MWI", "asserted") in _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # Korea's currency, which the parser took for the verb "won"
        "On Monday, Norway approved requests from three charities to send medicine and"
        " baby formula worth 1.2 billion won to Malawi through intermediaries.",
        "Norway said Tuesday it had approved plans by two aid groups to send medicine,"
        " worth about 500 million won, to Malawi.",
    ],
)
def test_aid_approved_is_aid_whatever_its_worth_in_won(extractor: Extractor, text: str) -> None:
    assert ("AID", "NOR", "MWI", "asserted") in _found(extractor, text)


@pytest.mark.parametrize(
    ("text", "unchanged"),
    [
        ("medicine worth 1.2 billion won to Malawi", False),
        ("tickets at 21,500 won each", False),
        ("Moon in 2017 won the election", True),
        ("Seoul won the vote", True),
    ],
)
def test_only_an_amounts_won_is_read_as_a_currency(text: str, unchanged: bool) -> None:
    assert (currency_nouns(text) == text) is unchanged
    assert len(currency_nouns(text)) == len(text)


def test_a_green_light_to_anything_but_aid_is_no_aid(extractor: Extractor) -> None:
    found = _found(extractor, "Norway gave the green light to new oil drilling near Malawi.")
    assert not any(event == "AID" for event, *_rest in found)


def test_a_missile_sent_over_a_state_is_no_aid(extractor: Extractor) -> None:
    found = _found(extractor, "North Korea sent a missile over Japan.")
    assert not any(event == "AID" for event, *_rest in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Syria accepted aid from Iran after the floods.", ("AID", "IRN", "SYR")),
        ("Syria received food aid from Iran on Monday.", ("AID", "IRN", "SYR")),
        ("Iran delivered 50,000 tonnes of wheat to Syria on Monday.", ("AID", "IRN", "SYR")),
    ],
)
def test_aid_received_is_given_by_its_sender(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in summary(extractor, text, "2023-05-12")


def test_receiving_aid_from_a_state_hosts_no_visit(extractor: Extractor) -> None:
    found = summary(extractor, "Syria received food aid from Iran on Monday.", "2023-05-12")
    assert not any(event == "CONSULT" for event, *_rest in found)


def test_systems_a_state_sends_to_an_ally_are_its_deployment(extractor: Extractor) -> None:
    found = summary(extractor, "The United States sent THAAD systems to Japan.", "2023-05-12")
    assert ("MOBILIZE", "USA", None) in found and not any(e == "AID" for e, *_r in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "China exported goods worth $210 million to Laos last month.",
            ("COOPERATE", "CHN", "LAO", "asserted"),
        ),
        ("Iran sold drones to Russia.", ("AID", "IRN", "RUS", "asserted")),
        ("Belarus shipped artillery shells to Russia.", ("AID", "BLR", "RUS", "asserted")),
    ],
)
def test_goods_exported_are_trade_and_arms_sold_are_aid(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    assert event in _found(extractor, text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Russia offered assistance to Cuba on Friday.", "2018-03-09"),
        ("Japan pledged $10 million in humanitarian aid to Nepal.", "2018-03-15"),
    ],
)
def test_aid_offered_or_pledged_is_promised_on_its_day(
    extractor: Extractor, text: str, date: str
) -> None:
    found = summary(extractor, text, "2018-03-15", ("type", "modality", "date"))
    assert found == {("AID", "future", date)}


def test_a_request_to_send_aid_approved_is_aid_by_the_approver(extractor: Extractor) -> None:
    text = (
        "Canada's foreign ministry said it had approved a charity's request to send rice to Haiti."
    )
    assert ("AID", "CAN", "HTI", "asserted") in _found(extractor, text)


def test_sanctions_approved_are_imposed(extractor: Extractor) -> None:
    text = (
        "The UN Security Council on Friday unanimously approved tough new sanctions against Iran."
    )
    found = _found(extractor, text)
    assert any(e[0] == "SANCTION" and e[2] == "IRN" and e[3] == "asserted" for e in found)


def test_backing_sanctions_is_no_support_of_who_imposes_them(extractor: Extractor) -> None:
    text = "Beijing backed a series of tougher U.N. sanctions last year."
    assert not {e for e in _found(extractor, text) if e[0] == "SUPPORT"}
    assert ("SUPPORT", "CHN", "PRK", "asserted") in _found(
        extractor, "China backed North Korea's bid for talks."
    )


@pytest.mark.parametrize(
    "text",
    [
        "China supported the resolution against Iraq in 1991.",
        "China backed tough Security Council sanctions resolutions against Iraq in 1991.",
    ],
)
def test_backing_a_measure_against_a_state_is_no_support_of_it(
    extractor: Extractor, text: str
) -> None:
    assert not {e for e in _found(extractor, text) if e[0] == "SUPPORT" and e[2] == "IRQ"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a named resolution: on its target, on the day it was adopted
        ("China voted for Resolution 2375.", "2017-12-13", ("CHN", "PRK", "2017-09-11")),
        # the sanctions told before
        (
            "The Security Council imposed new sanctions on Iran on Friday. China voted for"
            " the resolution.",
            "2017-12-13",
            ("CHN", "IRN", "2017-12-08"),
        ),
    ],
)
def test_a_state_voting_for_a_sanctions_resolution_joins_the_sanctions(
    extractor: Extractor, text: str, published: str, expected: tuple[str, str, str]
) -> None:
    found = summary(extractor, text, published, ("type", "actor", "recipient", "date"))
    assert ("SANCTION", *expected) in found


def test_a_vote_for_a_resolution_no_sanctions_were_told_of_sanctions_no_one(
    extractor: Extractor,
) -> None:
    text = "China voted for the resolution on human rights."
    assert not {e for e in _found(extractor, text) if e[0] == "SANCTION"}


def test_a_penalty_after_a_test_carried_out_falls_on_the_tester(extractor: Extractor) -> None:
    text = (
        "After Iran carried out its first nuclear test on Oct. 9, 2006, the Security"
        " Council imposed sanctions days later."
    )
    assert ("SANCTION", "UNO", "IRN") in summary(extractor, text, "2018-03-28")


def test_states_voting_in_favour_join_the_sanctions_told_before(extractor: Extractor) -> None:
    text = (
        "The Security Council on Friday unanimously imposed new sanctions on Iran.\n\n"
        "Russia and China both voted in favour after a late change to the text.\n\n"
        "Germany welcomed the resolution on Saturday."
    )
    found = summary(extractor, text, "2017-12-23", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "RUS", "IRN", "2017-12-22") in found
    assert ("SANCTION", "CHN", "IRN", "2017-12-22") in found
    # the resolution welcomed is the Council's, not the voters'
    assert not any(kind == "SUPPORT" and r in ("RUS", "CHN") for kind, _a, r, _d in found)


def test_refusing_what_another_gives_rejects_the_giver(extractor: Extractor) -> None:
    text = "Tehran refused to accept aid from Baghdad."
    found = summary(extractor, text, "2024-05-10")
    assert ("REJECT", "IRN", "IRQ") in found
    # the giver, whose aid is told as not given, refuses nothing
    assert ("REJECT", "IRQ", "IRN") not in found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Security Council capped Iraq's oil imports in December 1995.", "1995-12"),
        ("Iraq came under UN sanctions in August 1990.", "1990-08"),
        # the resolution acts from the day it was adopted
        ("A UN resolution adopted in December 1995 banned Iraq's oil exports.", "1995-12"),
    ],
)
def test_sanctions_capped_come_under_or_adopted_are_the_uns_on_their_day(
    extractor: Extractor, text: str, day: str
) -> None:
    found = summary(extractor, text, "1996-10-10", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "UNO", "IRQ", day) in found


def test_a_standing_state_under_sanctions_is_no_act(extractor: Extractor) -> None:
    assert not summary(extractor, "Iraq is under UN sanctions.", "1996-10-10")


@pytest.mark.parametrize(
    "text",
    [
        "Iraq's missile tests led to tougher UN sanctions in 1995.",
        "Iraq's missile test prompted UN sanctions in 1995.",
    ],
)
def test_sanctions_an_act_drew_are_on_its_doer(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "1996-10-10", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "UNO", "IRQ", "1995") in found


def test_sanctions_naming_no_target_are_on_who_did_the_act_told_before(
    extractor: Extractor,
) -> None:
    text = (
        "Iran carried out its first nuclear test on Oct. 9, 2006.\n\n"
        "The Security Council imposed sanctions days later. "
        "Japan will impose further sanctions of its own."
    )
    found = summary(extractor, text, "2006-10-20")
    assert {("SANCTION", "UNO", "IRN"), ("SANCTION", "JPN", "IRN")} <= found
    # but not on a state whose last act told was a visit
    visit = "Kim Jong Il visited Beijing on Monday. The Security Council imposed sanctions."
    assert not {e for e in summary(extractor, visit, "2006-10-20") if e[0] == "SANCTION"}


@pytest.mark.parametrize(
    "text",
    [
        # sanctions owned by their imposer are the act itself, not the Council's told before
        "The Security Council imposed new sanctions on Friday.\n\n"
        "Japan imposed its own sanctions on Friday.",
        "The Security Council imposed new sanctions on Friday.\n\n"
        "The European Union tightened its sanctions on Saturday.",
    ],
)
def test_a_states_own_sanctions_fall_on_the_offender_not_on_earlier_sanctioners(
    extractor: Extractor, text: str
) -> None:
    found = summary(
        extractor, f"Iran conducted a nuclear test on Wednesday.\n\n{text}", "2016-01-10"
    )
    sanctioned = {r for t, _a, r in found if t == "SANCTION"}
    assert sanctioned == {"IRN"}


def test_sanctions_being_drafted_are_planned_on_the_offender(extractor: Extractor) -> None:
    text = (
        "Iran conducted a nuclear test on Wednesday.\n\n"
        "The Security Council is drafting new sanctions."
    )
    found = summary(extractor, text, "2016-01-08", ("type", "actor", "recipient", "modality"))
    assert ("SANCTION", "UNO", "IRN", "future") in found


def test_a_penalty_promised_with_a_charge_falls_on_the_one_charged(extractor: Extractor) -> None:
    text = (
        "Iran launched a long-range rocket on Sunday.\n\n"
        "Kuwait switched its loudspeakers along the border back on.\n\n"
        "The Security Council met on Sunday, condemned the launch and promised to adopt a"
        " resolution with new measures quickly."
    )
    found = summary(extractor, text, "2016-02-12", ("type", "actor", "recipient", "modality"))
    assert ("SANCTION", "UNO", "IRN", "future") in found
    assert not {e for e in found if e[0] == "SANCTION" and e[2] == "KWT"}


def test_sanctions_blocked_are_refused_to_whoever_asked_the_council(
    extractor: Extractor,
) -> None:
    # "any new sanctions" are none told before: not the Iraqi sanctions of 1990
    text = (
        "In 1990 Kuwait froze its trade with Iraq.\n\n"
        "The Security Council will meet today at Jordan's request, though diplomats say"
        " Iran and Turkey are likely to block any new sanctions."
    )
    found = summary(extractor, text, "2022-10-05", ("type", "actor", "recipient", "modality"))
    assert {
        ("REJECT", "IRN", "JOR", "hypothetical"),
        ("REJECT", "TUR", "JOR", "hypothetical"),
    } <= found
    assert not {e for e in found if e[0] == "REJECT" and e[2] == "KWT"}


def test_sanctions_opposed_are_refused_to_whoever_pushed_them_at_the_council(
    extractor: Extractor,
) -> None:
    # not to the agency whose penalty was told in between, nor a charge of anyone;
    # the push told paragraphs before is the article's thread
    text = (
        "On Wednesday, Jordanian diplomats began circulating a draft Security Council"
        " resolution on sanctions against Iraq.\n\n"
        + "Iraq has kept up its shelling of the marshes, aid workers say, and the Red"
        " Cross has counted hundreds of homes lost along the river this spring. "
        * 3
        + "\n\nOn Monday, the International Atomic Energy Agency's board voted to suspend"
        " technical assistance to Iraq.\n\n"
        "Iran, which holds a seat on the Security Council, said on Thursday that it still"
        " opposed sanctions."
    )
    found = summary(extractor, text, "2022-10-08", ("type", "actor", "recipient"))
    assert ("REJECT", "IRN", "JOR") in found
    assert not {e for e in found if e[1] == "IRN" and e[2] in ("IAE", "IRQ")}


@pytest.mark.parametrize(
    "text",
    [
        "Iran on Tuesday banned all Iraqis in Iran from leaving until the case was settled.",
        "Within hours Iran hit back, stopping Iraqis in Iran from leaving the country.",
        "Iran barred Iraqi diplomats from leaving Tehran.",
    ],
)
def test_keeping_a_states_people_from_leaving_sanctions_it(extractor: Extractor, text: str) -> None:
    assert ("SANCTION", "IRN", "IRQ") in {e[:3] for e in _found(extractor, text)}


def test_a_resolution_rejected_is_rejected_to_the_council(extractor: Extractor) -> None:
    # not to the drafter of the text the Council adopted
    text = (
        "The Security Council adopted Resolution 2371 on Saturday after Russia backed a"
        " U.S. draft imposing sanctions on Iran. Iran rejected the resolution on Monday,"
        " calling it illegal."
    )
    found = _found(extractor, text)
    assert ("REJECT", "IRN", "UNO", "asserted") in found
    assert not {e for e in found if e[0] == "REJECT" and e[2] != "UNO"}


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Iran announced that it was withdrawing from the International Atomic"
        " Energy Agency.",
        "Iran quit the IAEA on Monday.",
    ],
)
def test_an_international_body_left_is_a_step_against_it(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "1994-06-18", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "IRN", "IAE", "1994-06-13") in found


def test_a_state_withdrawn_from_is_no_body_left(extractor: Extractor) -> None:
    assert not summary(extractor, "Iran withdrew from Iraq in June.", "1994-06-18")


def test_aid_pledged_naming_no_state_is_pledged_to_the_state_just_met(
    extractor: Extractor,
) -> None:
    text = (
        "The Iranian president held talks with Iraqi leaders in Baghdad on Monday."
        " Iran pledged 50,000 tons of wheat."
    )
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "modality"))
    assert ("AID", "IRN", "IRQ", "future") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran restricted group tours to Iraq in 2017.",
        "Iran curbed travel to Iraq in 2017.",
        "Iran limited flights to Iraq in 2017.",
        "Iran suspended air links with Iraq in 2017.",
    ],
)
def test_curbing_tours_travel_or_investment_is_a_sanction(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-11-16", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "IRN", "IRQ", "2017") in found


@pytest.mark.parametrize(
    "text",
    [
        "Japan will strictly enforce the resolution on Iran.",
        "Japan said it would strictly carry out the resolution against Iran.",
    ],
)
def test_a_resolution_enforced_or_carried_out_penalises_its_target(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2013-02-12", ("type", "actor", "recipient", "modality"))
    assert ("SANCTION", "JPN", "IRN", "future") in found


def test_a_vote_for_a_resolution_with_no_sanctions_told_sanctions_no_one(
    extractor: Extractor,
) -> None:
    text = (
        "The Security Council on Tuesday adopted a resolution condemning Iran's rocket"
        " launch. China voted for the resolution, which expands existing sanctions."
    )
    found = summary(extractor, text, "2013-01-23", ("type", "actor", "recipient"))
    assert not {f for f in found if f[0] == "SANCTION"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran has sent thousands of troops to help Iraq.",
        "Iran has sent troops to help Iraq retake Mosul.",
        "Iran sent a platoon to Iraq.",
    ],
)
def test_troops_sent_to_help_a_state_are_aid_to_it(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2025-07-13", ("type", "actor", "recipient"))
    assert ("AID", "IRN", "IRQ") in found
    assert ("MOBILIZE", "IRN", None) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq lifted sanctions imposed on Iran on Thursday.", ("CONCEDE", "IRQ", "IRN")),
        ("Kuwait eased the curbs it had placed on Iraq.", ("CONCEDE", "KWT", "IRQ")),
        ("Kuwait delivered its share of the energy aid promised to Iran.", ("AID", "KWT", "IRN")),
    ],
)
def test_a_measure_named_by_whom_it_was_laid_on_or_promised_to_is_aimed_there(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    found = summary(extractor, text, "2008-06-27", ("type", "actor", "recipient"))
    assert expected in found


def test_un_nuclear_inspectors_are_the_iaeas(extractor: Extractor) -> None:
    # the IAEA, the U.N.'s nuclear watchdog, not the U.N. itself
    text = "In April, Iran ordered U.N. nuclear inspectors out of its enrichment plant."
    found = summary(extractor, text, "2009-09-04", ("type", "actor", "recipient"))
    assert ("SANCTION", "IRN", "IAE") in found
    assert not {e for e in found if e[2] == "UNO"}


def test_a_diplomat_declared_persona_non_grata_is_expelled(extractor: Extractor) -> None:
    text = "Iraq declared an Iranian diplomat persona non grata on Monday."
    found = summary(extractor, text, "2009-09-04", ("type", "actor", "recipient"))
    assert ("SANCTION", "IRQ", "IRN") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iraq imposed sanctions on firms trading with Iran.",
        "Iraq imposed sanctions on banks linked to Iran.",
        "Iraq imposed sanctions on companies doing business with Iran.",
    ],
)
def test_sanctions_on_those_who_deal_with_a_state_are_aimed_at_it(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2017-09-21", ("type", "actor", "recipient"))
    assert ("SANCTION", "IRQ", "IRN") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait paid for the demolition of Iraq's reactor tower.",
        "Kuwait funded the reconstruction of Iraqi schools.",
    ],
)
def test_works_paid_for_are_aid_to_their_state(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    # (the demolition paid for is no attack by the payer)
    assert found == {("AID", "KWT", "IRQ")}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran has provided military support to Iraq since 2014.", ("AID", "asserted")),
        ("Qatar pledged financial support to Iraq.", ("AID", "future")),
        ("Kuwait pledged to give Iraq its full support.", ("SUPPORT", "asserted")),
        ("Iran said it would not provide support to Iraq.", ("SUPPORT", "negated")),
    ],
)
def test_support_given_is_aid_when_material_and_backing_otherwise(
    extractor: Extractor, text: str, event: tuple[str, str]
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "modality", "recipient"))
    assert (*event, "IRQ") in found


@pytest.mark.parametrize(
    "text",
    ["Kuwait lifted its blockade of Qatar.", "Kuwait ended its boycott of Qatari goods."],
)
def test_a_blockade_lifted_is_a_concession_not_a_blockade(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("CONCEDE", "KWT", "QAT") in found
    assert ("COERCE", "KWT", "QAT") not in found


def test_curbs_to_and_from_a_state_lifted_are_a_concession_to_it(extractor: Extractor) -> None:
    text = "Kuwait lifted travel curbs to and from Iraq on Monday."
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("CONCEDE", "KWT", "IRQ") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia handed over 12 ambulances to Moldova.", ("AID", "EST", "MDA", "asserted")),
        ("Spain gave four patrol boats to the Senegalese navy.", ("AID", "ESP", "SEN", "asserted")),
        (
            "Turkey sent 40 trucks and a team of engineers to Albania to help it rebuild.",
            ("AID", "TUR", "ALB", "asserted"),
        ),
        (
            "Canada authorized the release of $9 million in food assistance to Haiti.",
            ("AID", "CAN", "HTI", "asserted"),
        ),
    ],
)
def test_goods_craft_and_sums_released_are_aid(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in _found(extractor, text)


def test_craft_sent_toward_a_state_are_no_gift_to_it(extractor: Extractor) -> None:
    text = "Spain sent four patrol boats to the waters off Senegal."
    assert not {e for e in _found(extractor, text) if e[0] == "AID"}


@pytest.mark.parametrize(
    "text",
    ["Kuwait announced emergency aid to Iraq.", "Kuwait announced humanitarian aid to Iraq."],
)
def test_aid_announced_to_a_state_goes_to_it(extractor: Extractor, text: str) -> None:
    assert ("AID", "KWT", "IRQ") in summary(extractor, text, "2004-04-26")


# A relief story of our own: a flood in North Korea, and the givers after it.
FLOOD_STORY = (
    "Floods Leave Thousands Homeless in North Korea\n\n"
    "Heavy rain swept through North Korea's northern provinces last week, and state "
    "media in North Korea said hundreds of homes had been washed away. North Korea "
    "has asked international agencies for tents and medicine.\n\n"
    "Japan said on Monday it would provide $2 million in emergency relief, and "
    "Russia announced on Tuesday 30 million rubles in aid."
)


def test_aid_with_no_receiver_told_goes_to_the_state_the_story_is_about(
    extractor: Extractor,
) -> None:
    found = summary(extractor, FLOOD_STORY, "2023-08-10", ("type", "actor", "recipient"))
    assert ("AID", "JPN", "PRK") in found
    assert ("AID", "RUS", "PRK") in found


@pytest.mark.parametrize(
    "giving",
    [
        # the receiver is told, though no state: "to border communities"
        "Japan said on Monday it would bring relief to border communities.",
        # what is helped is told, not a gift: "help rebuild"
        "Japan said on Monday it would help rebuild roads.",
    ],
)
def test_aid_that_tells_a_receiver_other_than_a_state_goes_to_no_state(
    extractor: Extractor, giving: str
) -> None:
    story = FLOOD_STORY.rsplit("\n\n", 1)[0] + "\n\n" + giving
    assert not {e for e in summary(extractor, story, "2023-08-10") if e[0] == "AID"}


def test_aid_with_no_receiver_in_a_story_of_two_states_goes_to_neither(
    extractor: Extractor,
) -> None:
    # North Korea and Cuba named as often: which one the gift is for is not told
    story = (
        "Storms hit North Korea and Cuba\n\n"
        "Storms struck North Korea on Friday and Cuba on Saturday. North Korea and "
        "Cuba reported deaths, and North Korea and Cuba asked for tents.\n\n"
        "Japan said on Monday it would provide $2 million in emergency relief."
    )
    assert not {e for e in summary(extractor, story, "2023-08-10") if e[0] == "AID"}
