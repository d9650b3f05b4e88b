"""Meetings of more than two: three-way summits and talks among many, numbered groups
and lists of delegations, hosts, mediators and guests, and meetings of the Security
Council asked for (sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from peninsula.models import Article
from tests.extract.conftest import summary


def test_a_veto_is_refused_in_the_council_and_both_countries_are_the_two_that_vetoed(
    extractor: Extractor,
) -> None:
    text = (
        "Russia and China vetoed a resolution on Iran in May last year. The United States "
        "urged both countries to stop shielding Iran."
    )
    found = summary(extractor, text, "2023-07-12", ("type", "actor", "recipient", "date"))
    assert {("REJECT", "RUS", "UNO", "2022-05"), ("REJECT", "CHN", "UNO", "2022-05")} <= found
    assert {
        ("REQUEST", "USA", "RUS", "2023-07-12"),
        ("REQUEST", "USA", "CHN", "2023-07-12"),
    } <= found


def test_both_countries_are_the_two_that_acted_together_after_a_meeting_told_first(
    extractor: Extractor,
) -> None:
    text = (
        "The US national security adviser spoke with his French counterpart on Monday. "
        "Russia and China vetoed a resolution on Iran in May last year. The United States "
        "urged both countries to stop shielding Iran."
    )
    found = summary(extractor, text, "2023-07-12", ("type", "actor", "recipient"))
    assert {("REQUEST", "USA", "RUS"), ("REQUEST", "USA", "CHN")} <= found
    assert ("REQUEST", "USA", "FRA") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Iraq could meet in Doha, with Qatar as host.",
        "Iran and Iraq could meet in Doha, with Qatar, which buys most of Iraq's gas, as host.",
        "Iran and Iraq will hold talks with Qatar as mediator.",
    ],
)
def test_a_host_or_mediator_of_talks_is_no_side_to_them(extractor: Extractor, text: str) -> None:
    met = {
        frozenset((actor, recipient))
        for kind, actor, recipient in summary(extractor, text, "2024-06-10")
        if kind == "CONSULT"
    }
    assert met == {frozenset(("IRN", "IRQ"))}


@pytest.mark.parametrize(
    "text",
    [
        "Iran's foreign minister spoke this morning with his Iraqi counterpart and with"
        " Turkey's foreign minister, on the margins of the summit in Doha.",
        "Iran's foreign minister spoke on Monday with his Iraqi counterpart, Fuad Hussein,"
        " and with Turkey's Hakan Fidan, on the margins of the summit.",
    ],
)
def test_talks_with_one_and_with_another_are_two_talks(extractor: Extractor, text: str) -> None:
    found = {(a, r) for t, a, r in summary(extractor, text, "2023-07-12") if t == "CONSULT"}
    # each with the speaker, wherever the parser hangs the second "with"; the two
    # spoken to did not meet
    assert found == {("IRN", "IRQ"), ("IRN", "TUR")}


def test_who_asked_for_a_meeting_is_not_who_was_met(extractor: Extractor) -> None:
    text = "The UN Security Council met on Tuesday at the request of Iran."
    assert not {f for f in summary(extractor, text, "1996-09-26") if f[0] == "CONSULT"}
    text = "Iraq's foreign minister met Iran's president at the invitation of Russia."
    assert summary(extractor, text, "1996-09-26") == {("CONSULT", "IRQ", "IRN")}


@pytest.mark.parametrize(
    "text, modality_date",
    [
        (
            "The UN Security Council met on Tuesday at the request of Iran.",
            ("asserted", "1996-09-24"),
        ),
        # asked already, of a meeting to come
        (
            "The UN Security Council will meet in emergency session today at Iran's request.",
            ("asserted", "1996-09-26"),
        ),
    ],
)
def test_an_act_done_at_a_states_request_was_asked_by_it(
    extractor: Extractor, text: str, modality_date: tuple[str, str]
) -> None:
    fields = ("type", "actor", "recipient", "modality", "date")
    assert ("REQUEST", "IRN", "UNO", *modality_date) in summary(
        extractor, text, "1996-09-26", fields
    )


def test_a_call_with_two_counterparts_is_no_meeting_of_the_two(extractor: Extractor) -> None:
    text = (
        "Iran's foreign minister spoke by phone with his Iraqi and Syrian counterparts on"
        " Monday to brief them on Damascus."
    )
    found = summary(
        extractor, text, "2024-05-08", ("type", "actor", "recipient", "modality", "date")
    )
    assert {
        ("CONSULT", "IRN", "IRQ", "asserted", "2024-05-06"),
        ("CONSULT", "IRN", "SYR", "asserted", "2024-05-06"),
    } <= found
    # the briefing is the call itself (not one to come), and Damascus what it told of
    assert {e for e in found if e[0] == "CONSULT" and e[1] != "IRN"} == set()
    assert all(e[3] == "asserted" for e in found)


def test_the_guests_of_a_three_way_summit_meet_each_other(extractor: Extractor) -> None:
    text = "Iran's president will hold a three-way summit with Iraq and Kuwait on Saturday."
    found = summary(extractor, text, "2010-05-25")
    assert {("CONSULT", "IRN", "IRQ"), ("CONSULT", "IRN", "KWT")} <= found
    assert ("CONSULT", "IRQ", "KWT") in found or ("CONSULT", "KWT", "IRQ") in found


def test_leaders_listed_each_with_their_state_all_meet(extractor: Extractor) -> None:
    # the parser hangs the second leader on the first as a description of him, and
    # the third on the second's country: one person's name describes no other
    text = (
        "President Bush, President Roh Moo-hyun of South Korea and Prime Minister"
        " Junichiro Koizumi of Japan met in Bangkok on Oct. 20."
    )
    found = {frozenset(parties) for _type, *parties in summary(extractor, text, "2003-10-22")}
    assert {
        frozenset({"USA", "KOR"}),
        frozenset({"USA", "JPN"}),
        frozenset({"KOR", "JPN"}),
    } <= found


def test_the_sidelines_of_an_assembly_are_where_a_meeting_is_not_a_party(
    extractor: Extractor,
) -> None:
    text = (
        "Iran's foreign minister will meet Iraq's foreign minister in New York next week"
        " on the sidelines of the U.N. General Assembly."
    )
    found = summary(extractor, text, "2018-09-20")
    assert ("CONSULT", "IRN", "IRQ") in found
    assert not {f for f in found if "UNO" in f}


def test_every_state_a_list_of_delegations_names_takes_part(extractor: Extractor) -> None:
    # the parser hangs "the Republic of Iraq (IRQ)" on "delegations" as an apposition
    text = (
        "The envoy spoke at the closing plenary session at the guesthouse, where delegations"
        " from Iran, the Republic of Iraq (IRQ), the United States, the State of Kuwait"
        " (SOK), Russia and Japan had been meeting since Wednesday."
    )
    found = summary(extractor, text, "2003-08-29")
    pairs = {frozenset((actor, recipient)) for kind, actor, recipient in found if kind == "CONSULT"}
    assert {frozenset(("IRQ", other)) for other in ("IRN", "USA", "RUS", "JPN")} <= pairs


@pytest.mark.parametrize(
    "group",
    [
        "The three countries",
        "The three leaders",
        "All three sides",
        # how a hostile statement names them
        "The three warmongers",
    ],
)
def test_a_numbered_group_is_the_states_that_last_met_in_that_number(
    extractor: Extractor, group: str
) -> None:
    text = (
        "Iraq and Syria held talks on Monday. Leaders of Iran, Iraq and Kuwait held a summit"
        f" in Geneva on Wednesday. {group} signed a joint declaration."
    )
    found = summary(extractor, text, "2003-08-29")
    agreed = {frozenset((actor, recipient)) for kind, actor, recipient in found if kind == "AGREE"}
    # the three at the summit, not the pair that met before it
    assert agreed == {frozenset(p) for p in (("IRN", "IRQ"), ("IRN", "KWT"), ("IRQ", "KWT"))}


def test_a_state_and_its_two_allies_are_the_three_that_last_met(extractor: Extractor) -> None:
    text = (
        "Leaders of Iran, Iraq and Kuwait held a summit in Geneva on Wednesday. In their"
        " joint statement, Iran and its two allies condemned Turkey's drills."
    )
    found = summary(extractor, text, "2003-08-29")
    accusers = {
        actor for kind, actor, recipient in found if kind == "ACCUSE" and recipient == "TUR"
    }
    assert accusers == {"IRN", "IRQ", "KWT"}


def test_talks_among_three_states_are_a_meeting_of_each_pair(extractor: Extractor) -> None:
    text = "Talks among Iran, Iraq and Kuwait opened in Geneva on Monday."
    found = summary(extractor, text, "2003-08-29")
    met = {frozenset((actor, recipient)) for kind, actor, recipient in found if kind == "CONSULT"}
    assert met == {frozenset(p) for p in (("IRN", "IRQ"), ("IRN", "KWT"), ("IRQ", "KWT"))}


def test_a_consensus_the_parties_share_is_their_agreement(extractor: Extractor) -> None:
    text = (
        "Delegations from Iran, Iraq and Kuwait met in Geneva on Wednesday. According to the"
        " chairman's summary, the three parties share a consensus on four points."
    )
    found = summary(extractor, text, "2003-08-29")
    agreed = {frozenset((actor, recipient)) for kind, actor, recipient in found if kind == "AGREE"}
    assert agreed == {frozenset(p) for p in (("IRN", "IRQ"), ("IRN", "KWT"), ("IRQ", "KWT"))}


@pytest.mark.parametrize(
    "text",
    [
        # asked for, with the Council named as the meeting's modifier
        "Iran, Iraq and Kuwait asked for a closed-door Security Council meeting on the launch.",
        # a participle set off after the phrase it describes
        (
            "At an emergency session of the UN Security Council, requested by Iran, Iraq and"
            " Kuwait, the Syrian envoy warned Israel."
        ),
        "The Security Council meeting, requested by Iran, Iraq and Kuwait, ended in silence.",
    ],
)
def test_a_council_meeting_asked_for_is_a_request_to_the_council(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2022-10-06", ("type", "actor", "recipient"))
    assert {("REQUEST", code, "UNO") for code in ("IRN", "IRQ", "KWT")} <= found
    # the askers do not meet one another
    assert not {f for f in found if f[0] == "CONSULT" and "UNO" not in f}


@pytest.mark.parametrize(
    "text",
    [
        "Iran, Iraq and Kuwait asked for a closed-door Security Council meeting on the launch.",
        "Kuwait requested an emergency meeting of the Security Council on Friday.",
    ],
)
def test_a_council_meeting_asked_for_is_not_held_by_those_asking(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2022-10-06", ("type", "actor", "recipient"))
    assert ("REQUEST", "KWT", "UNO") in found
    assert not {f for f in found if f[0] == "CONSULT"}
    # talks proposed with a state are still planned with it
    talks = "Kuwait proposed talks with Iraq on Friday."
    found = summary(extractor, talks, "2022-10-06", ("type", "actor", "recipient"))
    assert ("CONSULT", "KWT", "IRQ") in found


def test_talks_of_many_one_is_ready_to_return_to_are_offered_to_the_one_told(
    extractor: Extractor,
) -> None:
    text = (
        "Iran's leader has told Iraq's president that Tehran is ready to return to the"
        " six-party talks without preconditions, officials said on Wednesday."
    )
    found = summary(extractor, text, "2011-08-25", ("type", "actor", "recipient", "modality"))
    assert ("REQUEST", "IRN", "IRQ", "asserted") in found


def test_guests_watching_a_show_with_their_host_meet_the_host_only(
    extractor: Extractor,
) -> None:
    text = (
        "Iraq's president watched the parade from the rostrum together with Iran's"
        " president and Kuwait's emir."
    )
    found = summary(extractor, text, "2023-07-28", ("type", "actor", "recipient"))
    pairs = {frozenset(e[1:]) for e in found if e[0] == "CONSULT"}
    assert pairs == {frozenset({"IRQ", "IRN"}), frozenset({"IRQ", "KWT"})}


def test_asking_for_the_meeting_a_body_holds_asks_the_body(extractor: Extractor) -> None:
    text = (
        "Envoys of Iran, Iraq and Kuwait held phone talks on Nov. 22.\n\n"
        "The UN Security Council is set to hold an open meeting on the launch on Monday,"
        " after the three allies and several other members requested it last week."
    )
    found = summary(extractor, text, "2023-11-27")
    asking = {actor for kind, actor, recipient in found if kind == "REQUEST" and recipient == "UNO"}
    assert asking == {"IRN", "IRQ", "KWT"}


def test_the_two_sides_officials_are_the_sides_of_the_meeting_told(extractor: Extractor) -> None:
    text = (
        "Iran's president met Iraq's prime minister in Baghdad on Sept. 18. The two sides'"
        " defense chiefs signed a military agreement on Sept. 19."
    )
    found = summary(extractor, text, "2018-09-20", ("type", "actor", "recipient", "date"))
    assert {("AGREE", "IRN", "IRQ", "2018-09-19"), ("AGREE", "IRQ", "IRN", "2018-09-19")} & found


def test_a_numbered_group_is_the_states_that_last_acted_together_in_that_number(
    extractor: Extractor,
) -> None:
    text = (
        "Kuwait has joined Qatar and Oman in imposing sanctions on Iran. Last month the"
        " three countries held their first trilateral naval drills in the Gulf."
    )
    found = summary(extractor, text, "2024-04-05")
    drilled = {frozenset((a, r)) for kind, a, r in found if kind == "COOPERATE"}
    assert drilled == {frozenset(p) for p in (("KWT", "QAT"), ("KWT", "OMN"), ("QAT", "OMN"))}


def test_a_list_of_states_after_an_opening_time_all_take_part(extractor: Extractor) -> None:
    # the parser reads "Japan" after "Last month" as another time
    text = (
        "Last month Japan, the United States and South Korea held their first trilateral"
        " air drills off Jeju."
    )
    found = summary(extractor, text, "2024-04-05")
    drilled = {frozenset((a, r)) for kind, a, r in found if kind == "COOPERATE"}
    assert drilled == {frozenset(p) for p in (("JPN", "USA"), ("JPN", "KOR"), ("USA", "KOR"))}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The allies agreed to share radar data.", ("AGREE", "asserted")),
        (
            "No formal consultations between the allies on the pipeline have taken place since.",
            ("CONSULT", "negated"),
        ),
    ],
)
def test_the_allies_are_the_pair_that_met_when_no_joint_drill_was_told(
    extractor: Extractor, second: str, expected: tuple[str, str]
) -> None:
    text = "Kuwait and Saudi Arabia held talks in Riyadh on Monday. " + second
    found = summary(extractor, text, "2024-05-02", ("type", "actor", "recipient", "modality"))
    assert (expected[0], "KWT", "SAU", expected[1]) in found


def test_two_leaders_who_arrived_in_one_city_are_the_two_visitors(extractor: Extractor) -> None:
    text = (
        "The Iraqi president arrived in Doha on Monday for a summit with Iran.\n\n"
        "The Iranian president flew into Doha on Monday evening.\n\n"
        "The two leaders will hold talks on Tuesday, Qatar's foreign ministry said."
    )
    found = summary(extractor, text, "2024-05-06", ("type", "actor", "recipient", "modality"))
    assert ("CONSULT", "IRQ", "IRN", "future") in found or (
        "CONSULT",
        "IRN",
        "IRQ",
        "future",
    ) in found
    assert ("CONSULT", "IRN", "QAT", "future") not in found


def _meetings(extractor: Extractor, text: str) -> list[tuple[str, str | None, str, str]]:
    article = Article.from_text(text, uri="test:", published="2003-08-29")
    return [
        (m.actor.code, m.recipient.code if m.recipient else None, m.modality.value, m.date.iso())
        for m in extractor.extract(article)
        if m.event_type == "CONSULT" and m.date is not None
    ]


def test_the_next_round_of_talks_is_held_by_all_the_parties_of_the_last(
    extractor: Extractor,
) -> None:
    text = (
        "Delegations from Qatar, Iran, Iraq and Kuwait met in Doha on Friday.\n\n"
        "The next round of talks will be held in Doha in October."
    )
    planned = [m for m in _meetings(extractor, text) if m[2:] == ("future", "2003-10")]
    assert len(planned) == 6  # each pair of the four


def test_a_new_round_only_promoted_is_not_held_by_the_last_parties(extractor: Extractor) -> None:
    text = (
        "Iran and Iraq met on Friday. Qatar's envoy later traveled to Washington to promote a"
        " new round of dialogue."
    )
    between = [m for m in _meetings(extractor, text) if {m[0], m[1]} == {"IRN", "IRQ"}]
    assert between == [("IRN", "IRQ", "asserted", "2003-08-29")]  # Friday's, no other


def test_a_part_of_the_talks_named_by_its_number_is_held_by_all_their_parties(
    extractor: Extractor,
) -> None:
    text = (
        "Delegations from Qatar, Iran, Iraq and Kuwait met in Doha on Friday.\n\n"
        "The third round opened on Wednesday, and Iraq fired a second round at a"
        " Kuwaiti boat."
    )
    meetings = _meetings(extractor, text)
    wednesday = [m for m in meetings if m[2:] == ("asserted", "2003-08-27")]
    assert len(wednesday) == 6  # each pair of the four, not only the last pair told
    assert len(meetings) == 12  # Friday's and Wednesday's: a round fired is no meeting


def test_a_phase_at_whose_end_a_statement_was_agreed_was_held_by_its_signers(
    extractor: Extractor,
) -> None:
    text = (
        "The statement was agreed by the delegations of Qatar, Iran and Kuwait at the"
        " end of a second phase that resumed on Aug. 20 after a recess of five weeks."
    )
    resumed = [m for m in _meetings(extractor, text) if m[2:] == ("asserted", "2003-08-20")]
    assert {frozenset(m[:2]) for m in resumed} == {
        frozenset({"QAT", "IRN"}),
        frozenset({"QAT", "KWT"}),
        frozenset({"IRN", "KWT"}),
    }


def test_his_second_summit_is_counted_among_his_own_not_the_last_talks(
    extractor: Extractor,
) -> None:
    text = (
        "Iran's president met Qatar's emir in Doha on Friday.\n\n"
        "Two months earlier, his second summit with Kuwait's emir had ended without a deal."
    )
    assert not [m for m in _meetings(extractor, text) if {m[0], m[1]} == {"QAT", "KWT"}]


def test_the_next_round_whose_time_is_yet_to_be_set_is_one_the_last_parties_will_hold(
    extractor: Extractor,
) -> None:
    text = (
        "Delegations from Qatar, Iran, Iraq and Kuwait met in Doha on Friday.\n\n"
        "The talks will go on, with the time and venue of the next round to be decided"
        " through diplomatic channels."
    )
    planned = [m for m in _meetings(extractor, text) if m[2] == "future"]
    assert len(planned) == 6  # each pair of the four


def test_rejoining_talks_with_several_parties_is_a_meeting_with_each(
    extractor: Extractor,
) -> None:
    text = "Iran said on July 9 that it would rejoin the talks with Iraq, Kuwait and Qatar."
    found = summary(extractor, text, "2005-07-12", ("type", "actor", "recipient", "modality"))
    for party in ("IRQ", "KWT", "QAT"):
        assert ("CONSULT", "IRN", party, "future") in found
