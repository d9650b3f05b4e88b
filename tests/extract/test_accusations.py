"""Accusations in what states say: a state or its act called a villainy, condemnation
drawn or joined, a culprit named, and a wrong another is said to have done (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary
from tests.extract.test_speech import _found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("In 2017, Trump named Iran as part of an axis of terror.", ("ACCUSE", "USA", "IRN")),
        ("North Korea described South Korea as its principal enemy.", ("ACCUSE", "PRK", "KOR")),
        ("Abe called North Korea a menace to the region.", ("ACCUSE", "JPN", "PRK")),
        # parsed as a modifier of "Trump": still the sentence's verb
        ("Trump called North Korea a rogue state on Monday.", ("ACCUSE", "USA", "PRK")),
        # parsed as two objects: no phone call to NATO
        ("Putin called NATO a threat on Monday.", ("ACCUSE", "RUS", "NAT")),
        # a quoted adjective after the noun, parsed as its modifier
        (
            'Tehran on Wednesday called Baghdad\'s statement "very rude" and "senseless,"'
            " warning that it would no longer tolerate such words.",
            ("ACCUSE", "IRN", "IRQ"),
        ),
        ("Kuwait called the Iraqi remarks irresponsible.", ("ACCUSE", "KWT", "IRQ")),
        # the emir parsed as a modifier of "a fool", or of "a traitor" as the object
        ("Iran's president called Kuwait's emir a fool.", ("ACCUSE", "IRN", "KWT")),
        ("Iran's president called Kuwait's emir a traitor.", ("ACCUSE", "IRN", "KWT")),
        ("Iran's president called Kuwait's emir a very stupid man.", ("ACCUSE", "IRN", "KWT")),
        # the adjective after "as" parsed as a modifier of the preposition
        ("Kuwait on Monday described Iraq's drills as provocative.", ("ACCUSE", "KWT", "IRQ")),
    ],
)
def test_calling_a_state_a_villain_is_an_accusation(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    # (a warning that follows is a threat besides: only the accusations are compared)
    found = {e for e in _found(extractor, text, "2018-03-12") if e[0] == "ACCUSE"}
    assert found == {(*event, "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Moon called Japan a partner for peace.",
        "Seoul named Japan as its partner in the talks.",
    ],
)
def test_calling_a_state_a_friend_is_no_accusation(extractor: Extractor, text: str) -> None:
    assert not {e for e in _found(extractor, text, "2018-03-12") if e[0] == "ACCUSE"}


def test_opposing_a_deployment_opposes_its_host_and_who_deploys(extractor: Extractor) -> None:
    text = (
        "The United States began deploying Patriot batteries on Monday.\n\n"
        "Russia opposed the deployment of Patriot batteries in Poland."
    )
    accused = {r for t, a, r, _m in _found(extractor, text, "2024-02-29") if t == "ACCUSE"}
    assert accused == {"POL", "USA"}


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Seoul called the North's missile test a grave provocation.", {"PRK"}),
        ("China called Japan's decision a provocation.", {"JPN"}),
        # an answer to another act is an act of its own, and "troubling" a reproach
        ('Kuwait called Iraq\'s retaliation "inappropriate and troubling."', {"IRQ"}),
        ("Kuwait called the Iraqi reprisals disturbing.", {"IRQ"}),
        # what the act is called is the act's own: a word about another thing is not
        ("Iran described its missile test as a defensive act against Israeli aggression.", set()),
    ],
)
def test_calling_an_act_a_villainy_accuses_its_owner(
    extractor: Extractor, text: str, accused: set[str]
) -> None:
    found = _found(extractor, text, "2018-03-12")
    assert {r for t, _a, r, _m in found if t == "ACCUSE"} == accused


def test_calling_drills_names_no_phone_call(extractor: Extractor) -> None:
    # the parser reads "drills" as a verb, a clause after "called"
    found = _found(extractor, "Moscow called the U.S.-Japan drills a rehearsal for war.")
    assert not {e for e in found if e[0] == "CONSULT"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia fired a missile on Monday. The launch drew swift condemnation from Kyiv.",
        "Russia's missile launch on Monday drew criticism from Ukraine.",
    ],
)
def test_condemnation_drawn_from_a_state_is_its_accusation(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2023-07-13", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "UKR", "RUS", "2023-07-10") in found


def test_a_blast_that_hits_a_wall_accuses_no_one(extractor: Extractor) -> None:
    found = _found(extractor, "A Chinese shell blasted a hole in a Japanese wall.", "2021-05-04")
    assert not any(event == "ACCUSE" for event, *_rest in found)


def test_a_protest_made_by_summoning_an_envoy_is_one_protest_at_the_speaker(
    extractor: Extractor,
) -> None:
    text = "China summoned the Japanese ambassador to protest Fumio Kishida's remarks on Taiwan."
    found = {e for e in _found(extractor, text) if e[0] == "ACCUSE"}
    assert found == {("ACCUSE", "CHN", "JPN", "asserted")}


def test_those_a_state_joined_in_condemning_condemn_too(extractor: Extractor) -> None:
    text = "Canada joined France and Italy in condemning Iran's missile tests."
    found = _found(extractor, text)
    assert {("ACCUSE", code, "IRN", "asserted") for code in ("CAN", "FRA", "ITA")} <= found


@pytest.mark.parametrize(
    ("reaction", "state"),
    [
        ("Canada expressed concern about the deal.", "CAN"),
        # "concerned" as a participle (the tagger makes it an adjective in some sentences)
        ("Japan's top spokesman said Tokyo was gravely concerned about the deal.", "JPN"),
    ],
)
def test_concern_about_a_pact_is_aimed_at_both_its_parties(
    extractor: Extractor, reaction: str, state: str
) -> None:
    text = "Russia and Iran signed a defence pact on Wednesday.\n\n" + reaction
    found = _found(extractor, text)
    assert {("ACCUSE", state, "RUS", "asserted"), ("ACCUSE", state, "IRN", "asserted")} <= found


def test_the_sayer_accuses_when_the_parser_joins_the_accusation_to_what_was_said(
    extractor: Extractor,
) -> None:
    text = (
        "Iran's foreign ministry said in a statement on Thursday that the embargo was a"
        " declaration of war and accused French President Emmanuel Macron of lying."
    )
    found = _found(extractor, text)
    assert ("ACCUSE", "IRN", "FRA", "asserted") in found
    # destroying the ties between states destroys no state
    text = (
        "Iran accused Emmanuel Macron of destroying the last lifeline of French-Iranian relations."
    )
    assert not {e for e in _found(extractor, text) if e[0] == "ASSAULT"}


def test_calling_a_claim_a_fabrication_denies_it_to_who_made_it(extractor: Extractor) -> None:
    text = (
        "In January the White House accused Tehran of supplying Russia with drones. "
        "Tehran called the claim a fabrication."
    )
    found = summary(extractor, text, "2024-06-28", ("type", "actor", "recipient"))
    assert ("REJECT", "IRN", "USA") in found  # the writers accept REJECT for every such denial


def test_declaring_a_state_ones_principal_enemy_accuses_it(extractor: Extractor) -> None:
    # the parser hangs "its principal enemy" on the object as an apposition
    text = "In January last year Tehran declared Israel its principal enemy."
    found = summary(extractor, text, "2025-03-07", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "IRN", "ISR", "2024-01") in found


def test_a_state_concerned_about_an_act_disapproves_of_its_doer(extractor: Extractor) -> None:
    # the tagger takes "concerned" for an adjective here
    text = "Japan is concerned about China's military buildup, Tokyo said on Friday."
    assert ("ACCUSE", "JPN", "CHN") in summary(extractor, text, "2024-05-04")


@pytest.mark.parametrize(
    "text",
    [
        "The launch by Iran drew swift condemnation from Israel.",
        "Wednesday's launch by Iran drew swift condemnation from Israel.",
    ],
)
def test_condemnation_drawn_by_an_act_is_aimed_at_who_did_it(
    extractor: Extractor, text: str
) -> None:
    assert ("ACCUSE", "ISR", "IRN") in summary(extractor, text, "2024-05-04")


def test_what_a_state_is_reported_to_say_an_act_is_is_its_judgement(
    extractor: Extractor,
) -> None:
    text = "Iran said Iraq's decision was a grave provocation."
    assert ("ACCUSE", "IRN", "IRQ") in summary(extractor, text, "2024-06-28")
    # a judgement that accuses no one is none
    text = "Iran said the talks with Iraq were productive."
    assert ("ACCUSE", "IRN", "IRQ") not in summary(extractor, text, "2024-06-28")


def test_a_warning_in_the_same_sentence_leaves_a_judgement_standing(
    extractor: Extractor,
) -> None:
    text = (
        "Iraqi troops shelled an Iranian border post on Tuesday. Iran said the shelling of"
        " the post was deeply regrettable and warned that it would respond strongly if Iraq"
        " took further steps."
    )
    found = summary(extractor, text, "2020-06-17")
    assert {("ACCUSE", "IRN", "IRQ"), ("THREATEN", "IRN", "IRQ")} <= found


def test_calling_anothers_complaints_ridiculous_after_a_sneer_is_an_accusation(
    extractor: Extractor,
) -> None:
    # the parser hangs "called" on the sneer's clause, whose subject is the rubbish
    text = (
        "Iran's foreign minister had sneered last week that the rubbish was a present"
        " and called Iraq's complaints ridiculous."
    )
    assert ("ACCUSE", "IRN", "IRQ") in summary(extractor, text, "2024-06-03")


@pytest.mark.parametrize(
    "text",
    [
        "Seoul said on Thursday that Pyongyang had violated the military agreement.",
        "Seoul said the North Korean launch violated UN Security Council resolutions.",
        "Seoul said Pyongyang was responsible for the hack.",
        "Seoul said the North's missile launch would destabilize the region.",
    ],
)
def test_a_state_that_says_another_broke_a_pact_or_did_harm_accuses_it(
    extractor: Extractor, text: str
) -> None:
    assert ("ACCUSE", "KOR", "PRK", "asserted") in _found(extractor, text)


def test_a_state_taken_to_task_is_accused(extractor: Extractor) -> None:
    text = "Kuwait took Iraq to task over the shooting."
    assert ("ACCUSE", "KWT", "IRQ", "asserted") in _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait alleged that Iraq violated the ceasefire.",
        "Kuwait charged that Iraq had violated the ceasefire.",
        # what is alleged need not be a breach: the allegation is the charge
        "Kuwait alleged that Iraqi agents had planted the bomb.",
        "Kuwait alleged that Iraq had attacked its posts.",
    ],
)
def test_an_allegation_of_what_another_did_accuses_it(extractor: Extractor, text: str) -> None:
    assert ("ACCUSE", "KWT", "IRQ", "asserted") in _found(extractor, text)


def test_a_charge_the_reporter_tells_of_is_no_speakers_claim(extractor: Extractor) -> None:
    text = (
        "Iran's foreign minister said on Monday that talks would resume. That followed "
        "Iraq's admission in October that it was behind the attack on the pipeline."
    )
    assert not any(event == "ACCUSE" for event, *_rest in _found(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        'Seoul said Pyongyang was the "main culprit" behind the rising tension.',
        "Seoul said the North Korean claims were groundless.",
    ],
)
def test_a_culprit_named_or_a_claim_called_groundless_is_an_accusation(
    extractor: Extractor, text: str
) -> None:
    assert ("ACCUSE", "KOR", "PRK", "asserted") in _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran will condemn Iraq if it tests a missile.",
        "Should Iraq impose sanctions, Iran will regard it as a declaration of war.",
    ],
)
def test_a_charge_not_yet_made_is_no_accusation(extractor: Extractor, text: str) -> None:
    assert not any(kind == "ACCUSE" for kind, *_rest in _found(extractor, text))


def test_calling_an_act_a_declaration_of_war_accuses_its_doer(extractor: Extractor) -> None:
    found = _found(extractor, "Tehran called Baghdad's decision a declaration of war.")
    assert ("ACCUSE", "IRN", "IRQ", "asserted") in found


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # docs/gold.md: claims of another's troops abroad are ACCUSE
        (
            "Ukraine's spy agency said on Friday that Iran had sent 1,500 troops to Russia.",
            {("UKR", "IRN")},
        ),
        (
            "The White House said Iran was covertly supplying artillery shells to Russia.",
            {("USA", "IRN")},
        ),
        # the giver telling of its own help accuses no one; nor does food aid
        ("Iran said it had sent troops to Russia.", set()),
        ("Ukraine said Washington had sent food aid to Kyiv.", set()),
    ],
)
def test_military_help_a_state_says_another_gives_is_its_accusation(
    extractor: Extractor, text: str, accused: set[tuple[str, str]]
) -> None:
    found = summary(extractor, text, "2024-10-22", ("type", "actor", "recipient"))
    assert {(a, r) for t, a, r in found if t == "ACCUSE"} == accused
    assert any(t == "AID" for t, _a, _r in found)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Kuwait said Iran committed war crimes.", {("KWT", "IRN")}),
        (
            "A United Nations commission of inquiry has concluded that Iran committed"
            " gross human rights violations.",
            {("UNO", "IRN")},
        ),
        ("Kuwait may say that Iran committed war crimes.", set()),
        ("Iran committed war crimes.", set()),
    ],
)
def test_a_wrong_a_state_is_said_to_have_committed_is_the_tellers_accusation(
    extractor: Extractor, text: str, accused: set[tuple[str, str]]
) -> None:
    found = summary(extractor, text, "2014-02-18", ("type", "actor", "recipient"))
    assert {(a, r) for t, a, r in found if t == "ACCUSE"} == accused


def test_a_present_charge_with_its_own_subject_joined_to_a_past_act_is_told(
    extractor: Extractor,
) -> None:
    # "which caps imports, and bans exports" is a description; a clause with a subject
    # of its own is not joined to it
    text = (
        "Putin visited Tehran in June, and Kuwait and Qatar accuse Iran of shipping"
        " drones to Russia."
    )
    found = summary(extractor, text, "2024-09-10", ("type", "actor", "recipient"))
    assert {("ACCUSE", "KWT", "IRN"), ("ACCUSE", "QAT", "IRN")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Iran vetoed the resolution on Thursday. Kuwait called the move cynical.",
        # "a move" set off after the act it names, with a clause of its own
        "Iran on Thursday vetoed a U.N. resolution on Iraq, a move Kuwait condemned.",
        'Iran on Thursday vetoed a U.N. resolution on Iraq, a move Kuwait called "reckless."',
    ],
)
def test_a_veto_called_names_the_vetoer(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-03-29", ("type", "actor", "recipient"))
    assert ("ACCUSE", "KWT", "IRN") in found


def test_a_states_wrongs_in_what_a_speaker_says_are_charged(extractor: Extractor) -> None:
    text = "Kuwait's ambassador said Iraq was trying to cover up its own violations."
    found = summary(extractor, text, "2024-03-29", ("type", "actor", "recipient"))
    assert ("ACCUSE", "KWT", "IRQ") in found
    # (not a threat it is asked to stop: "called for Iraq to stop its threats")
    text = "Kuwait's army called for Iraq to stop its threats."
    found = summary(extractor, text, "2024-03-29", ("type", "actor", "recipient"))
    assert ("ACCUSE", "KWT", "IRQ") not in found


def test_an_act_said_to_break_a_rule_is_the_sayers_charge(extractor: Extractor) -> None:
    text = (
        "Iran fired a missile on Sunday. Kuwait's envoy said the launch violated multiple"
        " Council resolutions."
    )
    found = summary(extractor, text, "2023-12-19", ("type", "actor", "recipient"))
    assert ("ACCUSE", "KWT", "IRN") in found


@pytest.mark.parametrize("word", ["highly abnormal", "unjustified", "counterproductive"])
def test_an_act_called_abnormal_or_unjustified_accuses_its_doer(
    extractor: Extractor, word: str
) -> None:
    text = (
        "Iraq blew up two roads connecting it to Kuwait on Tuesday."
        f" Kuwait called the demolition {word}."
    )
    found = summary(extractor, text, "2024-10-16", ("type", "actor", "recipient"))
    assert ("ACCUSE", "KWT", "IRQ") in found


def test_an_act_called_a_provocation_by_it_accuses_its_doer(extractor: Extractor) -> None:
    text = "Iraq fired a missile on Tuesday. Kuwait called it a provocation."
    assert ("ACCUSE", "KWT", "IRQ") in summary(extractor, text, "2024-10-16")


def test_a_rejection_calling_what_it_rejects_a_violation_is_one_act(
    extractor: Extractor,
) -> None:
    text = (
        "The Security Council adopted a resolution imposing sanctions on Iraq on Saturday."
        " Iraq rejected the resolution on Monday, calling it a violation of its sovereignty."
    )
    found = summary(extractor, text, "2024-10-16")
    assert ("REJECT", "IRQ", "UNO") in found
    assert ("ACCUSE", "IRQ", "UNO") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait criticised Iran over the deportation of Iraqi refugees.",
        "Kuwait on Thursday lodged a protest with Iran over the repatriation of Iraqi refugees.",
    ],
)
def test_a_charge_over_what_befell_a_states_people_is_not_against_that_state(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2023-10-12", ("type", "actor", "recipient"))
    assert found == {("ACCUSE", "KWT", "IRN")}


def test_regretting_what_another_state_did_is_a_charge_against_it(extractor: Extractor) -> None:
    text = "Kuwait regretted on Monday that Iraq had not told it of the visit in advance."
    found = summary(extractor, text, "2013-02-12", ("type", "actor", "recipient"))
    assert found == {("ACCUSE", "KWT", "IRQ")}


@pytest.mark.parametrize(
    "text",
    [
        "Iran launched a missile on Monday. Iraq said the launch would breach the agreement.",
        # a launch only announced: the charge is made now all the same
        "Iran announced on Monday that it would launch a missile. Iraq said any such launch"
        " would violate the agreement.",
    ],
)
def test_saying_an_act_named_before_would_break_a_pact_charges_its_doer(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2012-04-17", ("type", "actor", "recipient", "modality"))
    assert ("ACCUSE", "IRQ", "IRN", "asserted") in found


def test_a_complaint_lodged_with_a_forum_against_a_state_accuses_only_the_state(
    extractor: Extractor,
) -> None:
    text = "Iraq filed a complaint with the UN against Iran on Monday."
    found = summary(extractor, text, "2009-09-04", ("type", "actor", "recipient"))
    assert ("ACCUSE", "IRQ", "IRN") in found
    assert ("ACCUSE", "IRQ", "UNO") not in found


@pytest.mark.parametrize(
    "reaction",
    [
        "Turkey's Foreign Ministry voiced serious concern and called on Tehran to reconsider.",
        "Turkey voiced grave concern and urged Iran to return to talks at once.",
    ],
)
def test_a_reaction_joined_to_a_request_is_aimed_at_the_state_asked(
    extractor: Extractor, reaction: str
) -> None:
    # the state that reacted before is no target of this reaction
    text = f"Iran said it would leave the treaty. Kuwait condemned the move.\n\n{reaction}"
    found = summary(extractor, text, "2003-01-10")
    assert ("ACCUSE", "TUR", "IRN") in found
    assert ("ACCUSE", "TUR", "KWT") not in found
