"""Calls, invitations, ties and loans between states (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

PARTIES_AND_MOOD = ("type", "actor", "recipient", "modality")


def _found(extractor: Extractor, text: str) -> set[tuple[str | None, ...]]:
    return summary(extractor, text, "2018-03-15", PARTIES_AND_MOOD)


def test_a_dates_on_is_no_call_on_a_state(extractor: Extractor) -> None:
    # "called X on Tuesday" is a phone call, not "called on X to ..."
    assert not {
        e
        for e in _found(extractor, "Tokyo called Seoul on Tuesday to discuss the launch.")
        if e[0] == "REQUEST"
    }
    assert ("REQUEST", "CHN", "PRK", "asserted") in _found(
        extractor, "On Monday, China called on North Korea to show restraint."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Iran's president invited Iraq's prime minister to visit Tehran, and Baghdad accepted.",
        "Iran offered talks on Monday, and Iraq accepted.",
    ],
)
def test_an_offer_accepted_with_nothing_named_agrees_with_who_offered(
    extractor: Extractor, text: str
) -> None:
    assert ("AGREE", "IRQ", "IRN", "asserted") in _found(extractor, text)


def test_accepting_what_no_state_offered_agrees_with_no_one(extractor: Extractor) -> None:
    assert not _found(extractor, "Japan accepted the results of the vote.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. president accepted an invitation to meet Kim Jong Un in Panmunjom.",
            ("CONSULT", "USA", "PRK", "future"),
        ),
        # the one who accepts visits, not the one who invites
        (
            "Xi Jinping accepted Kim Jong Un's invitation to visit Pyongyang.",
            ("CONSULT", "CHN", "PRK", "future"),
        ),
    ],
)
def test_who_accepts_an_invitation_will_do_what_it_invites_to(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in _found(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China has established diplomatic ties with Nauru.", ("COOPERATE", "CHN", "NRU")),
        ("Japan pledged to work with China on joint projects.", ("COOPERATE", "JPN", "CHN")),
        ("Russia agreed to lend $1 billion to North Korea.", ("AID", "RUS", "PRK")),
        ("Japan lent its support to the South Korean proposal.", ("SUPPORT", "JPN", "KOR")),
    ],
)
def test_ties_work_and_loans_between_states(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in {e[:3] for e in _found(extractor, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea cut off all roads and railways connected to the South on Monday.",
            ("SANCTION", "PRK", "KOR"),
        ),
        (
            "China reopened the bridge linking Dandong with North Korea.",
            ("COOPERATE", "CHN", "PRK"),
        ),
        # troops sent to fight for a state are military aid to it (as all our gold
        # writers code them), not a deployment at no one
        ("Pyongyang has sent thousands of troops to Russia.", ("AID", "PRK", "RUS")),
        ("China summoned the South Korean ambassador on Monday.", ("ACCUSE", "CHN", "KOR")),
    ],
)
def test_links_troops_and_envoys(
    extractor: Extractor, text: str, expected: tuple[str | None, ...]
) -> None:
    assert expected in {e[:3] for e in _found(extractor, text)}


def test_envoys_summoned_to_protest_are_protested_to_not_protesting(
    extractor: Extractor,
) -> None:
    # the parser reads the envoys as the subject of "to protest"
    text = (
        "Moscow reacted the same day, summoning the South Korean and U.S. ambassadors to protest."
    )
    accused = {(a, r) for t, a, r, *_rest in _found(extractor, text) if t == "ACCUSE"}
    assert accused == {("RUS", "KOR"), ("RUS", "USA")}


@pytest.mark.parametrize(
    "text",
    [
        "The Mexican ambassador was summoned to the Foreign Ministry in Madrid on Monday.",
        "The Mexican ambassador was summoned to the Spanish foreign ministry on Monday.",
    ],
)
def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(
    extractor: Extractor, text: str
) -> None:
    accused = {(a, r) for t, a, r, *_rest in _found(extractor, text) if t == "ACCUSE"}
    assert accused == {("ESP", "MEX")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moon Jae-in called Xi Jinping on Tuesday.", {("CONSULT", "KOR", "CHN", "asserted")}),
        (
            "The Japanese foreign minister called his South Korean counterpart to discuss it.",
            {("CONSULT", "JPN", "KOR", "asserted")},
        ),
        # a predicate after the object describes it; "called on" asks
        ("Moon Jae-in called Japan a partner.", set()),
        ("Moon Jae-in called the launch a provocation.", set()),
        ("Moon Jae-in called on Japan to help.", {("REQUEST", "KOR", "JPN", "asserted")}),
        # welcoming another's invitation hosts no one
        ("Moon Jae-in welcomed Xi Jinping's invitation to Kim Jong Un.", set()),
    ],
)
def test_calling_a_leader_is_a_phone_call(
    extractor: Extractor, text: str, expected: set[tuple[str, ...]]
) -> None:
    found = {e for e in _found(extractor, text) if e[0] in ("CONSULT", "REQUEST")}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine held bilateral discussions with Poland.", ("CONSULT", "UKR", "POL", "asserted")),
        (
            "The Iranian president received the credentials from the new ambassador of Iraq.",
            ("CONSULT", "IRQ", "IRN", "asserted"),
        ),
        ("Japan offered its support to the Philippines.", ("SUPPORT", "JPN", "PHL", "asserted")),
        (
            "Canada promised its support for Ukraine's defence.",
            ("SUPPORT", "CAN", "UKR", "asserted"),
        ),
        (
            "Iran's president pledged full support for Syria.",
            ("SUPPORT", "IRN", "SYR", "asserted"),
        ),
    ],
)
def test_discussions_and_offered_support(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in _found(extractor, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Japan and Australia restored an intelligence-sharing pact.", ("COOPERATE", "JPN", "AUS")),
        ("India banned imports of Chinese apps in 2020.", ("SANCTION", "IND", "CHN")),
        ("Canada barred Russian ships from its ports.", ("SANCTION", "CAN", "RUS")),
    ],
)
def test_pacts_restored_and_trade_banned(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert {e[:3] for e in _found(extractor, text)} == {event}


def test_a_venue_is_no_party(extractor: Extractor) -> None:
    text = "Russia and China blocked a U.S. push for sanctions on Iran at the Security Council."
    assert {e[:3] for e in _found(extractor, text)} == {
        ("REJECT", "RUS", "USA"),
        ("REJECT", "CHN", "USA"),
    }
    text = "Japan's prime minister met Putin at the United Nations on Tuesday."
    assert {e[2] for e in _found(extractor, text)} == {"RUS"}


def test_who_is_invited_to_visit_has_not_visited_yet(extractor: Extractor) -> None:
    found = _found(extractor, "Xi Jinping invited Putin to visit Beijing.")
    assert {e[3] for e in found if e[0] == "CONSULT"} == {"future"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States urged North Korea to return to negotiations with Washington.",
            ("CONSULT", "PRK", "USA", "future"),
        ),
        (
            "North Korea returned to the negotiating table with Washington on Monday.",
            ("CONSULT", "PRK", "USA", "asserted"),
        ),
        (
            "Pyongyang said it would come back to the negotiating table with Seoul.",
            ("CONSULT", "PRK", "KOR", "future"),
        ),
    ],
)
def test_going_back_to_talks_is_taking_part_in_them(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in _found(extractor, text)


def test_talks_asked_of_two_states_are_asked_of_both_and_planned_by_neither(
    extractor: Extractor,
) -> None:
    found = _found(extractor, "The U.N. urged the two Koreas to resume talks.")
    assert found == {("REQUEST", "UNO", "KOR", "asserted"), ("REQUEST", "UNO", "PRK", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "The president returned to the table after lunch.",  # a bare table is no talks
        "North Korea returned to the subject of sanctions.",
    ],
)
def test_going_back_to_other_things_is_no_talks(extractor: Extractor, text: str) -> None:
    assert not {e for e in _found(extractor, text) if e[0] == "CONSULT"}


def test_a_state_asked_on_a_day_to_act_is_asked_that_day_to_act_later(
    extractor: Extractor,
) -> None:
    # "on Wednesday" is when Tokyo asked, whatever the parser hangs "to use" on;
    # Russia pressing the North is only what was asked of it
    found = summary(
        extractor,
        "Japan's prime minister called on Russia on Wednesday to use its clout over"
        " North Korea to press it to scrap its atomic program.",
        "2016-01-14",
        ("type", "actor", "recipient", "modality", "date"),
    )
    assert ("REQUEST", "JPN", "RUS", "asserted", "2016-01-13") in found
    assert not {e for e in found if e[1] == "RUS"}
    assert not {e for e in found if e[0] == "SANCTION"}  # scrapping one's own program


def test_a_call_on_a_day_is_a_phone_call_not_a_call_on_someone(extractor: Extractor) -> None:
    found = _found(extractor, "On March 2, Shinzo Abe called Moon Jae-in to discuss the summit.")
    assert ("CONSULT", "JPN", "KOR", "asserted") in found
    assert not {e for e in found if e[3] == "future"}


def test_restoring_dialogue_is_talks_and_a_warm_message_is_support(extractor: Extractor) -> None:
    found = _found(extractor, "Japan's prime minister has pledged to restore dialogue with China.")
    assert ("CONSULT", "JPN", "CHN", "future") in found
    found = _found(extractor, "Xi Jinping sent a congratulatory message to Vladimir Putin.")
    assert found == {("SUPPORT", "CHN", "RUS", "asserted")}
    # a plain letter is correspondence, no support
    found = _found(extractor, "Xi Jinping sent a letter to Vladimir Putin.")
    assert found == {("CONSULT", "CHN", "RUS", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Fumio Kishida spoke by phone with Vladimir Putin on Monday.",
        "Fumio Kishida talked to Vladimir Putin on Monday.",
    ],
)
def test_speaking_with_a_leader_is_consulting_him(extractor: Extractor, text: str) -> None:
    assert ("CONSULT", "JPN", "RUS") in summary(extractor, text, "2023-05-12")


@pytest.mark.parametrize(
    "text",
    [
        "Fumio Kishida spoke to German reporters on Monday.",
        "Fumio Kishida met German reporters on Monday.",
        "Fumio Kishida spoke with German broadcaster ZDF on Monday.",
    ],
)
def test_the_press_of_a_state_is_not_its_government(extractor: Extractor, text: str) -> None:
    assert not summary(extractor, text, "2023-05-12")


@pytest.mark.parametrize(
    "text",
    [
        "Cuba did not return Mexico's calls on the hotline on Monday.",
        # (an offer of talks unanswered is talks not held: below)
    ],
)
def test_calls_left_unanswered_are_refused(extractor: Extractor, text: str) -> None:
    assert ("REJECT", "CUB", "MEX", "asserted") in _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["Cuba responded to Mexico's offer on Monday.", "Cuba has yet to respond to Mexico's offer."],
)
def test_an_answer_given_or_awaited_refuses_nothing(extractor: Extractor, text: str) -> None:
    assert not any(event == "REJECT" for event, *_rest in _found(extractor, text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Cuba's president received a congratulatory message from Mexico's president.",
            ("SUPPORT", "MEX", "CUB", "asserted"),
        ),
        (
            "Cuba and Mexico exchanged instruments of ratification of the treaty on Monday.",
            ("AGREE", "CUB", "MEX", "asserted"),
        ),
    ],
)
def test_greetings_received_and_ratifications_exchanged(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    found = _found(extractor, text)
    assert event in found or (event[0], event[2], event[1], event[3]) in found


@pytest.mark.parametrize(
    "text",
    [
        "Freight trains crossed between Laos and Vietnam on Monday.",
        "The plan comes as trains crossed between Laos and Vietnam on Monday.",
        "Flights ran between Vientiane and Hanoi on Monday.",
        # a doer that is no state: the route's ends are the parties
        "The airline resumed flights from Vientiane to Hanoi on Monday.",
        "The operator reopened the bridge between Laos and Vietnam on Monday.",
    ],
)
def test_traffic_between_two_states_is_their_cooperation(extractor: Extractor, text: str) -> None:
    found = {(t, frozenset((a, r))) for t, a, r, _m in _found(extractor, text)}
    assert ("COOPERATE", frozenset(("LAO", "VNM"))) in found


def test_traffic_between_no_states_is_no_cooperation(extractor: Extractor) -> None:
    assert not _found(extractor, "The night train ran through the mountains on Monday.")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "During talks with Xi Jinping in Beijing on Tuesday, Kim Jong Un said he wanted peace.",
            ("CONSULT", "PRK", "CHN", "asserted", "2018-03-13"),
        ),
        (
            "Speaking at a meeting with Shinzo Abe on Wednesday, Donald Trump said "
            "North Korea must disarm.",
            ("CONSULT", "USA", "JPN", "asserted", "2018-03-14"),
        ),
        (
            "At talks with China next week, Japan will raise the issue of the abductees.",
            ("CONSULT", "JPN", "CHN", "future", "2018-03-22"),
        ),
    ],
)
def test_a_meeting_an_act_took_place_at_was_held_by_the_actor(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    assert event in summary(extractor, text, "2018-03-15", (*PARTIES_AND_MOOD, "date"))


def test_what_a_state_feels_at_talks_is_no_meeting_of_its_own(extractor: Extractor) -> None:
    found = _found(extractor, "South Korea was surprised at the talks with Japan, officials said.")
    assert ("CONSULT", "KOR", "JPN", "asserted") not in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kim Jong Un vowed to boost cooperation with Russia.", ("COOPERATE", "PRK", "RUS")),
        ("Xi Jinping and Kim Jong Un pledged to deepen ties.", ("COOPERATE", "CHN", "PRK")),
        (
            "Vladimir Putin said Russia would further expand cooperation with Iran.",
            ("COOPERATE", "RUS", "IRN"),
        ),
        (
            "Iran said it would strengthen strategic communication with Iraq.",
            ("COOPERATE", "IRN", "IRQ"),
        ),
    ],
)
def test_closer_ties_promised_are_future_cooperation(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert (*event, "future") in _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Relations between China and North Korea have deepened in recent years.",
        "Pyongyang is seeking to diversify its diplomacy, bolstering cooperation with Russia.",
    ],
)
def test_closer_ties_told_as_a_trend_are_no_event(extractor: Extractor, text: str) -> None:
    assert not {e for e in _found(extractor, text) if e[0] == "COOPERATE"}


@pytest.mark.parametrize(
    "text",
    [
        "Iraq and Iran struck a compromise in Geneva in April.",
        "Iraq and Iran reached a settlement of their border dispute on Monday.",
        "Iraq and Iran signed a truce in August 1988.",
    ],
)
def test_a_compromise_settlement_or_truce_struck_is_an_agreement(
    extractor: Extractor, text: str
) -> None:
    found = {e[:2] for e in _found(extractor, text)}
    assert ("AGREE", "IRQ") in found or ("AGREE", "IRN") in found


def test_sides_that_reaffirm_their_will_to_implement_a_treaty_agree(extractor: Extractor) -> None:
    text = (
        "Wang Yi met Sergei Lavrov in Moscow on Monday.\n\n"
        "Both sides reaffirmed their firm will to implement the treaty."
    )
    found = _found(extractor, text)
    assert ("AGREE", "CHN", "RUS", "asserted") in found or (
        "AGREE",
        "RUS",
        "CHN",
        "asserted",
    ) in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Last week, South Korea proposed holding inter-Korean talks via video link.",
            ("REQUEST", "KOR", "PRK", "asserted"),
        ),
        ("Peru has stopped answering Chile's calls.", ("SANCTION", "PER", "CHL", "asserted")),
        # the line itself, not only its calls
        (
            "Peru stopped answering the hotline with Chile on Friday.",
            ("SANCTION", "PER", "CHL", "asserted"),
        ),
        ("Peru has not answered the hotline with Chile.", ("REJECT", "PER", "CHL", "asserted")),
        (
            "The North has not answered the liaison office's routine calls since Tuesday.",
            ("REJECT", "PRK", "KOR", "asserted"),
        ),
    ],
)
def test_talks_proposed_by_a_gerund_and_calls_left_unanswered(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    assert event in _found(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Canadian student was sentenced to 15 years of hard labour in Iran on March 16.",
            ("SANCTION", "IRN", "CAN", "2017-03-16"),
        ),
        (
            "A Canadian student was detained in 2016 at Tehran's airport.",
            ("COERCE", "IRN", "CAN", "2016"),
        ),
    ],
)
def test_a_national_held_or_tried_with_no_one_named_is_held_by_the_state_it_was_in(
    extractor: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    found = summary(extractor, text, "2017-06-14", ("type", "actor", "recipient", "date"))
    assert found == {expected}


def test_leaders_who_spoke_by_phone_consulted(extractor: Extractor) -> None:
    # the two named as the subject, and the one "with" whom, wherever the parser hangs it
    for text in (
        "Joe Biden and Fumio Kishida talked by telephone on Tuesday.",
        "Joe Biden spoke on the phone with Fumio Kishida on Tuesday.",
    ):
        found = summary(extractor, text, "2022-10-05", ("type", "mode", "actor", "recipient"))
        assert ("CONSULT", "phone", "USA", "JPN") in found, text


def test_a_launch_branded_with_a_quoted_insult_is_an_accusation(extractor: Extractor) -> None:
    text = (
        "North Korea fired a missile over Japan on Tuesday.\n\n"
        'Japan\'s prime minister called the launch "barbaric".'
    )
    found = summary(extractor, text, "2022-10-05", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "JPN", "PRK", "2022-10-04") in found


def test_a_condemnation_after_a_launch_names_the_launcher(extractor: Extractor) -> None:
    # the launch is told after the condemning, in the clause it follows
    text = "Japan condemned the launch after Iran fired a missile on Monday."
    assert ("ACCUSE", "JPN", "IRN") in summary(extractor, text, "2018-03-28")


def test_leaders_who_spoke_by_phone_spoke_and_condemned_together(extractor: Extractor) -> None:
    # the parser takes "by phone" for a passive's doer
    text = (
        "Iran fired a missile over Iraq on Tuesday.\n\n"
        "Baghdad warned that the provocation would be met with a firm response, while"
        " Joe Biden and Erdogan spoke by phone and jointly condemned the launch."
    )
    found = summary(extractor, text, "2022-10-05")
    assert {("CONSULT", "USA", "TUR"), ("ACCUSE", "USA", "IRN"), ("ACCUSE", "TUR", "IRN")} <= found


def test_standing_with_its_ally_after_condemning_an_attack_stands_with_the_victim(
    extractor: Extractor,
) -> None:
    text = (
        "Iran floated hundreds of balloons into Iraq on Tuesday.\n\n"
        "Washington on Friday condemned the balloon stunt and said it stood firmly with"
        " its ally."
    )
    found = summary(extractor, text, "2024-06-01")
    assert ("ACCUSE", "USA", "IRN") in found
    assert ("SUPPORT", "USA", "IRQ") in found
    assert ("SUPPORT", "USA", "IRN") not in found


def test_a_pact_suspended_is_a_step_against_its_other_party(extractor: Extractor) -> None:
    text = (
        "Iraq and Iran signed a border security agreement in March 2019.\n\n"
        "Iraq suspended the agreement on Thursday."
    )
    found = summary(extractor, text, "2024-05-10", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "IRQ", "IRN", "2024-05-09") in found


@pytest.mark.parametrize(
    "text",
    [
        "Tehran vowed to stand by Baghdad.",
        "Tehran promised to back Baghdad.",
        # a pledge whose "that" clause says what the pledger's state will do
        "Iran's president telephoned his Iraqi counterpart on Tuesday, pledging that Iran"
        " would stand shoulder to shoulder with Iraq.",
    ],
)
def test_support_pledged_is_support_declared_now(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-10", ("type", "actor", "recipient", "modality"))
    assert ("SUPPORT", "IRN", "IRQ", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Chile on Monday urged Peru to return to dialogue.",
        "Chile called on Peru on Monday to come back to the talks.",
    ],
)
def test_talks_a_state_is_urged_to_hold_are_not_held_with_the_asker(
    extractor: Extractor, text: str
) -> None:
    # the asker wants Peru back at the table with others, not a meeting of its own
    found = _found(extractor, text)
    assert ("REQUEST", "CHL", "PER", "asserted") in found
    assert not {e for e in found if e[0] == "CONSULT" and "CHL" in e[1:3]}


@pytest.mark.parametrize(
    "envoy",
    ["Iran's U.N. envoy", "The Iranian U.N. ambassador", "Iran's U.N. ambassador, Ali Reza,"],
)
def test_a_states_envoy_at_the_un_speaks_for_the_state(extractor: Extractor, envoy: str) -> None:
    found = _found(extractor, f"{envoy} condemned Iraq on Monday.")
    assert ("ACCUSE", "IRN", "IRQ", "asserted") in found
    assert not {e for e in found if e[1] == "UNO"}


@pytest.mark.parametrize(
    "agreed",
    [
        "The two agreed to work for an early Iran-Iraq-Kuwait summit.",
        "The two have agreed to work toward a summit with Kuwait.",
    ],
)
def test_a_summit_worked_for_is_to_come_and_dated_when_agreed(
    extractor: Extractor, agreed: str
) -> None:
    text = f"Iran and Iraq held talks in Baghdad on Wednesday. {agreed}"
    found = summary(
        extractor, text, "2015-09-05", ("type", "actor", "recipient", "modality", "date")
    )
    summits = {e for e in found if e[0] == "CONSULT" and "KWT" in e[1:3]}
    assert summits
    assert {e[3:] for e in summits} == {("future", "2015-09-02")}


def test_a_matter_raised_with_a_state_asks_it_to_act(extractor: Extractor) -> None:
    found = _found(extractor, "Japan raised the abduction issue with North Korea on Thursday.")
    assert found == {("REQUEST", "JPN", "PRK", "asserted")}
    # raised with no one named: no one asked
    assert not _found(extractor, "Iraq raised the issue again on Sunday.")


def test_refusing_an_act_with_a_state_told_before_rejects_that_state(
    extractor: Extractor,
) -> None:
    text = (
        "Iraq suspended the tours to Kuwait in 2008.\n\n"
        "Iraq has refused to restart the tours until Kuwait guarantees visitors' safety."
    )
    assert ("REJECT", "IRQ", "KWT", "asserted") in _found(extractor, text)
    # declining to criticise turns no one down
    text = "Iran fired a missile on Monday.\n\nIraq declined to criticize the launch."
    assert not {e for e in _found(extractor, text) if e[0] == "REJECT"}


def test_welcoming_a_delegations_visit_hosts_no_one(extractor: Extractor) -> None:
    text = (
        "The Iraqi delegation visited Kuwait on Saturday.\n\n"
        "The U.S. State Department on Monday welcomed the delegation's visit."
    )
    found = _found(extractor, text)
    assert ("SUPPORT", "USA", "IRQ", "asserted") in found
    assert not {e for e in found if e[0] == "CONSULT" and "USA" in e[1:3]}


def test_welcoming_a_states_response_backs_it_and_hosts_no_one(extractor: Extractor) -> None:
    found = _found(
        extractor, "Iraq's foreign ministry said on Thursday it welcomed the U.S. response."
    )
    assert ("SUPPORT", "IRQ", "USA", "asserted") in found
    assert not {e for e in found if e[0] == "CONSULT"}
    # a state's people before the noun are still the guests welcomed
    found = _found(extractor, "Iraq's president welcomed the Kuwaiti delegation on Thursday.")
    assert ("CONSULT", "IRQ", "KWT", "asserted") in found


def test_a_commitment_to_a_states_defense_backs_that_state(extractor: Extractor) -> None:
    for text in (
        "Iraq's foreign minister reaffirmed Iraq's commitment to the defense of Kuwait.",
        "Iraq's foreign minister reaffirmed that Iraq's commitment to the defense of"
        " Kuwait is ironclad.",
    ):
        found = summary(extractor, text, "2023-07-12", ("type", "actor", "recipient"))
        assert ("SUPPORT", "IRQ", "KWT") in found, text


@pytest.mark.parametrize(
    "text",
    [
        "Iraq's foreign minister gave Kuwait's emir a letter on Saturday.",
        "Iraq's foreign minister passed on a message to the Kuwaiti emir on Saturday.",
    ],
)
def test_a_letter_given_in_person_is_words_between_the_two(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2018-02-12", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRQ", "KWT", "2018-02-10") in found


def test_a_message_carried_from_one_state_is_not_sent_to_it(extractor: Extractor) -> None:
    text = "Kuwait will deliver a message from Iraq to Iran."
    found = summary(extractor, text, "2019-03-20", ("type", "actor", "recipient"))
    assert ("CONSULT", "KWT", "IRN") in found
    assert ("CONSULT", "KWT", "IRQ") not in found


def test_hosting_a_states_people_is_no_meeting_with_it(extractor: Extractor) -> None:
    # workers and students are a state's people, not its envoys
    for text in (
        "Kuwait had been one of Iraq's rare friends, hosting trade offices and Iraqi"
        " workers in its oil fields.",
        "Kuwait welcomed Iraqi students on Monday.",
    ):
        found = summary(extractor, text, "2017-03-08", ("type", "actor", "recipient"))
        assert not [f for f in found if f[0] in ("CONSULT", "SUPPORT")], text
    found = summary(extractor, "Kuwait hosted the Iraqi foreign minister on Monday.", "2017-03-08")
    assert ("CONSULT", "KWT", "IRQ") in {f[:3] for f in found}


@pytest.mark.parametrize(
    "text", ["Kuwait hosts U.S. troops.", "Kuwait hosted American forces during the war."]
)
def test_hosting_a_states_troops_is_military_cooperation_not_a_visit(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("COOPERATE", "KWT", "USA") in found
    assert not [f for f in found if f[0] == "CONSULT"]


@pytest.mark.parametrize("guest", ["the Iraqi emir", "Iraq's king", "the Iraqi crown prince"])
def test_hosting_a_head_of_state_by_title_is_a_visit(extractor: Extractor, guest: str) -> None:
    text = f"The Kuwaiti president hosted {guest} for talks in Kuwait City."
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("CONSULT", "KWT", "IRQ") in found


@pytest.mark.parametrize(
    "apology",
    ["Iran's leader sent a rare apology three days later.", "Iran's leader apologized."],
)
def test_an_apology_to_no_one_named_goes_to_whom_the_apologizers_harm_was_done(
    extractor: Extractor, apology: str
) -> None:
    text = "Iranian troops shot dead an Iraqi fisheries official near the border. " + apology
    assert ("CONCEDE", "IRN", "IRQ", "asserted") in _found(extractor, text)


def test_an_apology_demanded_is_no_apology_to_the_one_harmed(extractor: Extractor) -> None:
    # the demand is the event; what it asks for is not told as done or planned
    text = (
        "Iranian troops shot dead an Iraqi fisheries official near the border. Iran"
        " insisted that Iraq apologise for provoking the clash."
    )
    assert not {e for e in _found(extractor, text) if e[0] == "CONCEDE"}


def test_a_hotline_installed_between_two_states_links_them(extractor: Extractor) -> None:
    text = "A direct hotline between the leaders of Iran and Iraq was installed on April 20."
    assert ("COOPERATE", "IRN", "IRQ", "asserted") in _found(extractor, text)


def test_no_interest_in_any_of_a_states_offers_refuses_that_state(extractor: Extractor) -> None:
    text = "Iraq has no interest in any of Kuwait's offers, its foreign minister said."
    assert ("REJECT", "IRQ", "KWT", "asserted") in _found(extractor, text)


def test_a_plan_explained_to_another_states_leader_is_a_consultation(
    extractor: Extractor,
) -> None:
    text = "Iran's president explained the proposals to Chinese President Xi Jinping in Berlin."
    assert ("CONSULT", "IRN", "CHN", "asserted") in _found(extractor, text)
    assert not _found(extractor, "Iran's president explained the plan to reporters.")


def test_putting_signatures_to_a_declaration_signs_it(extractor: Extractor) -> None:
    text = (
        "The Iranian and Iraqi presidents held talks in Tehran on Saturday and put their "
        "signatures to the Tehran Declaration."
    )
    found = summary(extractor, text, "2001-08-06")
    assert {("AGREE", "IRN", "IRQ"), ("AGREE", "IRQ", "IRN")} & found
