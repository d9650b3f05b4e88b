"""Parties named again: the states and people that a pronoun, "the two countries",
"both allies", "its neighbour" or a shorter name of a body refer back to (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from peninsula.models import Article
from tests.extract.conftest import summary
from tests.extract.test_parties import _found


def test_who_joins_it_does_the_event_named_before(extractor: Extractor) -> None:
    text = (
        "We denounce the U.S. and Japan, which have led the sanctions on the DPRK, "
        "and Canada and Australia, which joined them."
    )
    sanctions = {(a, r) for t, a, r in _found(extractor, text) if t == "SANCTION"}
    assert sanctions == {("USA", "PRK"), ("JPN", "PRK"), ("CAN", "PRK"), ("AUS", "PRK")}


@pytest.mark.parametrize(
    "freed",
    ["Iran released Doe on Wednesday.", "Iran freed him on Wednesday.", "Iran freed Jim Doe."],
)
def test_freeing_a_civilian_named_before_frees_his_states_own(
    extractor: Extractor, freed: str
) -> None:
    text = "American tourist Jim Doe crossed into Iran in July.\n\n" + freed
    assert ("RETREAT", "IRN", "USA") in _found(extractor, text)


def test_a_civilian_named_again_with_a_calling_is_still_his_states(extractor: Extractor) -> None:
    # "Mercier, a University of Ohio student,": the tagger takes the name for an adjective
    text = (
        "Iran on Tuesday freed Paul Mercier, an American student who was serving 15 years of"
        " hard labor.\n\nMercier, a University of Ohio student, was detained at Tehran's airport"
        " on Jan. 2, 2016."
    )
    found = summary(extractor, text, "2017-06-14", ("type", "actor", "recipient", "date"))
    assert ("COERCE", "IRN", "USA", "2016-01-02") in found


@pytest.mark.parametrize("convicted", ["sentenced him", "sentenced Mercier"])
def test_sentencing_a_civilian_named_before_penalises_his_state(
    extractor: Extractor, convicted: str
) -> None:
    text = (
        "Paul Mercier, an American student, was detained in Tehran in January 2016.\n\n"
        f"Iran's Supreme Court {convicted} on March 16, 2016, to 15 years of hard labor."
    )
    found = summary(extractor, text, "2017-06-14", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "IRN", "USA", "2016-03-16") in found


def test_a_body_named_again_by_its_capitalised_head_is_that_body(extractor: Extractor) -> None:
    text = (
        "Iraq asked the U.N. Security Council on Monday to meet over the launch.\n\n"
        "Iran's foreign ministry spokesman said any Council action should be prudent."
    )
    assert ("REQUEST", "IRN", "UNO") in summary(extractor, text, "2012-12-13")


def test_a_body_named_again_after_a_count_of_its_members_is_that_body(
    extractor: Extractor,
) -> None:
    text = (
        "Iran launched a rocket on Wednesday. Iraq asked the U.N. Security Council to meet"
        " over the launch.\n\nThe 15-member Council condemned the launch."
    )
    assert ("ACCUSE", "UNO", "IRN") in summary(extractor, text, "2012-12-13")


def test_releasing_a_named_persons_letter_frees_no_one(extractor: Extractor) -> None:
    text = "American tourist Jim Doe crossed into Iran in July. Iran released Doe's letter."
    assert not any(t == "RETREAT" for t, _a, _r in _found(extractor, text))


def test_a_body_named_again_by_the_head_of_its_name_is_that_body(extractor: Extractor) -> None:
    # the name ends in "Korea" but its head is "Committee"; the parser also hangs
    # "called" on "The committee" as if it were "the committee (that was) called"
    text = (
        "North Korea's Committee for the Peaceful Reunification of Korea issued a statement"
        " on Friday.\n\n"
        'The committee called Seoul\'s closure "a criminal provocation" and closed the zone.'
    )
    article = Article.from_text(text, uri="test:", published="2024-10-20")
    accusations = [m for m in extractor.extract(article) if m.event_type == "ACCUSE"]
    # the accusation is the calling's, with the committee's state as its doer
    assert [
        (m.actor.code, m.recipient and m.recipient.code, m.trigger.split("@")[0])
        for m in accusations
    ] == [("PRK", "KOR", "call")]


def test_a_body_of_another_state_is_not_the_us_body_of_its_name(extractor: Extractor) -> None:
    # "National Security Council" alone is the U.S. one; this one is Iran's, which
    # the dictionary does not know
    text = (
        "A statement by the Supreme National Security Council of Iran was issued on Monday."
        '\n\nThe council called Iraq\'s decision "a declaration of war."'
    )
    assert not {e for e in _found(extractor, text) if "USA" in e}


def test_their_in_a_comment_on_an_act_is_the_actors(extractor: Extractor) -> None:
    # "thus announcing their drills": the signers' drills, not those of the state
    # they signed with
    text = (
        "Canada and Australia signed the accord with Russia on Monday, "
        "thus announcing their drills."
    )
    drilling = {actor for event, actor, _r in _found(extractor, text) if event == "MOBILIZE"}
    assert drilling == {"CAN", "AUS"}


def test_the_two_after_a_meeting_are_the_two_who_met(extractor: Extractor) -> None:
    text = (
        "North Korea fired two missiles on Tuesday.\n\n"
        "Antony Blinken spoke by phone with Yoshimasa Hayashi, and the two condemned the launches."
    )
    found = summary(extractor, text, "2023-03-14")
    assert {("ACCUSE", "USA", "PRK"), ("ACCUSE", "JPN", "PRK")} <= found


def test_the_two_countries_a_speaker_names_include_the_speakers(extractor: Extractor) -> None:
    text = (
        "Antony Blinken met Yoshimasa Hayashi on Monday.\n\n"
        "Wang Yi told reporters that the two countries could hold a summit."
    )
    found = summary(extractor, text, "2023-11-20", ("type", "actor", "recipient", "modality"))
    # the U.S. and Japan met; Wang Yi's two countries are not theirs
    assert not {e for e in found if e[0] == "CONSULT" and e[3] == "hypothetical"}


def test_the_two_countries_after_a_meeting_are_the_two_that_met(extractor: Extractor) -> None:
    text = (
        "Xi Jinping met Kim Jong Un in Beijing on Monday.\n\n"
        "The two countries agreed to expand trade."
    )
    found = summary(extractor, text, "2023-11-20")
    assert ("AGREE", "CHN", "PRK") in found or ("AGREE", "PRK", "CHN") in found


def test_the_two_sides_are_the_two_whose_capitals_their_own_clause_names(
    extractor: Extractor,
) -> None:
    text = (
        "Vladimir Putin flew to Tokyo in May to meet Shinzo Abe.\n\n"
        "The consulates that the two sides opened in Hanoi and Ottawa in 2004 began the thaw."
    )
    found = summary(extractor, text, "2006-11-20")
    # the two whose capitals are named, not the two who met last
    assert ("COOPERATE", "VNM", "CAN") in found or ("COOPERATE", "CAN", "VNM") in found
    assert not {e for e in found if e[0] == "COOPERATE" and "RUS" in e}


@pytest.mark.parametrize(
    ("later", "event"),
    [
        ("The sides agreed to expand trade.", ("AGREE", "asserted")),
        ("Officials of the two countries will meet again next month.", ("CONSULT", "future")),
        ("The foreign ministers of both sides agreed to expand trade.", ("AGREE", "asserted")),
    ],
)
def test_the_sides_and_those_of_the_two_countries_are_the_two_that_met(
    extractor: Extractor, later: str, event: tuple[str, str]
) -> None:
    text = (
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida"
        f" in Tokyo on Monday.\n\n{later}"
    )
    found = summary(extractor, text, "2023-03-22", ("type", "actor", "recipient", "modality"))
    kind, modality = event
    assert (kind, "IND", "JPN", modality) in found or (kind, "JPN", "IND", modality) in found


def test_an_act_is_not_dated_by_a_plan_for_next_month_before_it(extractor: Extractor) -> None:
    text = (
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida"
        " in Tokyo on Monday.\n\n"
        "The two countries will meet again next month.\n\n"
        "The two sides also agreed to expand trade."
    )
    found = summary(extractor, text, "2023-03-22", ("type", "modality", "date"))
    agreed = {date for kind, modality, date in found if (kind, modality) == ("AGREE", "asserted")}
    assert agreed == {"2023-03-20"}


def test_trains_resumed_running_and_the_two_sides_that_agreed_on_it(extractor: Extractor) -> None:
    text = (
        "Freight trains have resumed running between Brazil and Argentina, officials said.\n\n"
        "A spokesman said the two sides had agreed on the resumption."
    )
    found = summary(extractor, text, "2022-01-17")
    assert ("COOPERATE", "ARG", "BRA") in found or ("COOPERATE", "BRA", "ARG") in found
    assert ("AGREE", "ARG", "BRA") in found or ("AGREE", "BRA", "ARG") in found


def test_the_allies_are_the_last_two_told_drilling_together(extractor: Extractor) -> None:
    text = (
        "France and Italy began joint military exercises on Monday.\n\n"
        "The allies kicked off four days of staff training Tuesday."
    )
    found = summary(extractor, text, "2021-08-12", ("type", "actor", "recipient", "date"))
    assert {
        ("MOBILIZE", "FRA", None, "2021-08-10"),
        ("MOBILIZE", "ITA", None, "2021-08-10"),
    } <= found


def test_a_spokesperson_titled_by_the_ministry_named_before_speaks_for_its_state(
    extractor: Extractor,
) -> None:
    # "ministry" before the title is the ministry named earlier; "Lee" is then the
    # spokesperson, and words said are dated by words said, not by a deed recalled
    text = (
        "The unification ministry said Thursday it has approved a shipment of flour.\n\n"
        "It is the first approval since the two Koreas restored their hotlines on July 27, "
        "ministry spokesperson Lee Jong-joo told a briefing.\n\n"
        "Lee also urged Pyongyang to respond to the calls."
    )
    found = summary(extractor, text, "2021-08-12", ("type", "actor", "recipient", "date"))
    assert ("REQUEST", "KOR", "PRK", "2021-08-12") in found


def test_him_as_an_object_is_not_the_subject_of_his_own_verb(extractor: Extractor) -> None:
    text = (
        "For a few hours last week, Beijing belonged to Vladimir Putin. Xi Jinping met "
        "him on the tarmac in the small hours of June 19."
    )
    found = summary(extractor, text, "2024-06-28", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "CHN", "RUS", "2024-06-19") in found


def test_a_subject_it_told_again_in_the_sentence_is_the_same_it(extractor: Extractor) -> None:
    text = (
        "Iran launched a satellite on Thursday. On Tuesday it fired two short-range "
        "missiles, and on Sunday it said it had launched cruise missiles from a submarine."
    )
    found = summary(extractor, text, "2023-03-16", ("type", "actor", "date"))
    assert {("MOBILIZE", "IRN", "2023-03-14"), ("MOBILIZE", "IRN", "2023-03-12")} <= found
    # "it" of "was" is another: the launch since which, not who launched
    text = (
        "It was Iran's first missile launch since Sept. 15, when it fired a missile over "
        "Iraq, the U.S. military said."
    )
    found = summary(extractor, text, "2017-11-29", ("type", "actor"))
    assert ("MOBILIZE", "USA") not in found


def test_another_ministrys_spokesperson_is_not_the_ministry_named_before(
    extractor: Extractor,
) -> None:
    text = (
        "The Unification Ministry said on Monday that it had approved an aid shipment.\n\n"
        "In Beijing, foreign ministry spokesperson Wang Wenbin urged Washington to show "
        "restraint."
    )
    found = summary(extractor, text, "2021-08-12", ("type", "actor", "recipient"))
    assert ("REQUEST", "KOR", "USA") not in found


def test_it_as_a_partner_after_with_may_be_a_state_named_before(extractor: Extractor) -> None:
    text = (
        "Iran last year declared Israel its most hostile state and ruled out "
        "reconciliation with it."
    )
    found = summary(extractor, text, "2025-06-12", ("type", "actor", "recipient"))
    assert ("REJECT", "IRN", "ISR") in found


@pytest.mark.parametrize(
    "text",
    [
        "Russia has praised North Korea. Its foreign minister met his North Korean"
        " counterpart on Monday.",
        "Russia has praised North Korea.\n\nIts foreign minister met his North Korean"
        " counterpart on Monday.",
    ],
)
def test_its_opening_a_sentence_is_the_state_the_sentence_before_was_about(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-05-02")
    assert ("CONSULT", "RUS", "PRK") in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("India and Pakistan accused each other of violating the ceasefire.", "ACCUSE"),
        ("The two Koreas blamed one another for the clash.", "ACCUSE"),
        (
            "Under the treaty, Russia and Belarus pledged to provide military assistance"
            " to each other.",
            "AID",
        ),
    ],
)
def test_an_act_done_to_each_other_is_done_by_each_to_the_other(
    extractor: Extractor, text: str, kind: str
) -> None:
    found = summary(extractor, text, "2024-05-04")
    pair = {e[1:] for e in found if e[0] == kind}
    assert len(pair) == 2 and {a for a, _ in pair} == {b for _, b in pair}


def test_a_channel_named_again_is_cut_with_its_partner(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan restored their military hotline on July 27.\n\n"
        "Azerbaijan had cut off the lines in June last year."
    )
    found = summary(extractor, text, "2021-08-12", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "AZE", "ARM", "2020-06") in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Iran reopened its border crossing with Iraq on Monday.\n\n"
            "Tehran also supported more trade with its neighbour, officials said.",
            ("SUPPORT", "IRN", "IRQ"),
        ),
        (
            "Iran and Iraq held talks on Monday.\n\nTehran later criticized its neighbour.",
            ("ACCUSE", "IRN", "IRQ"),
        ),
        (
            "Iran and Iraq held talks on Monday.\n\nTehran said it stood by its neighbour.",
            ("SUPPORT", "IRN", "IRQ"),
        ),
    ],
)
def test_its_neighbour_is_the_other_state_of_the_owners_last_act(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    assert event in _found(extractor, text)


def test_its_neighbour_is_never_the_owner_itself(extractor: Extractor) -> None:
    # no act with another state is told before: the neighbour is unknown
    found = _found(extractor, "Iran criticized its neighbour on Monday.")
    assert not any(kind == "ACCUSE" for kind, *_rest in found)


def test_its_on_the_object_of_ones_own_act_is_the_subjects(extractor: Extractor) -> None:
    # "its imports" are Turkey's, not those of the U.N. named between
    text = (
        "Ties cooled after Turkey backed tougher U.N. sanctions last year, and cut its"
        " imports of Iranian gas."
    )
    found = summary(extractor, text, "2018-03-28")
    assert ("SANCTION", "TUR", "IRN") in found
    assert ("SANCTION", "TUR", "UNO") not in found


def test_its_on_what_a_state_judges_is_anothers(extractor: Extractor) -> None:
    text = "Iran is Iraq's main partner, but Iraq opposes its missile tests."
    assert ("ACCUSE", "IRQ", "IRN") in summary(extractor, text, "2018-03-28")


def test_the_two_countries_that_acted_together_circulate_a_draft(extractor: Extractor) -> None:
    # a draft put before the Council asks the Council; "the two countries" are the two
    # that pressed it together just before
    text = (
        "The dispute comes as Iran and Iraq press the Security Council to loosen the"
        " sanctions. Last Monday the two countries circulated a draft resolution that"
        " would lift the ban on workers abroad."
    )
    found = summary(extractor, text, "2019-12-23", ("type", "actor", "recipient", "date"))
    assert {("REQUEST", "IRN", "UNO", "2019-12-16"), ("REQUEST", "IRQ", "UNO", "2019-12-16")} <= (
        found
    )


def test_both_allies_are_the_states_just_met(extractor: Extractor) -> None:
    text = (
        "On Saturday, Iran's foreign minister spoke by phone with the foreign ministers of"
        " Iraq and Syria. He reaffirmed the ironclad commitment to the defense of both allies."
    )
    found = summary(extractor, text, "2022-11-22")
    assert {("SUPPORT", "IRN", "IRQ"), ("SUPPORT", "IRN", "SYR")} <= found


def test_a_between_phrase_holding_the_pair_noun_names_the_pair_met_before(
    extractor: Extractor,
) -> None:
    # (once an endless loop: "the leaders" led to "the two countries" and back)
    text = (
        "Russia and Iran held a summit on Thursday. The summit was the first meeting"
        " between the leaders of the two countries since August 2011."
    )
    found = summary(extractor, text, "2019-04-26", ("type", "actor", "recipient"))
    assert found == {("CONSULT", "RUS", "IRN")}


# Paragraphs between a meeting and what came after it, which tell no act.
_BACKGROUND = (
    "The visit came at a delicate time for the region. Oil prices have swung sharply over"
    " the summer, and shipping through the Gulf has slowed as insurers raised their"
    " premiums. Farmers along the rivers complain of drought, and the cities have endured"
    " power cuts during a long heat wave that pushed temperatures past 50 degrees Celsius"
    " in several provinces. Economists expect growth to slow next year as the harvest"
    " fails and as the price of imported grain rises further.\n\n"
    "Traders in the bazaars say the currency has lost a fifth of its value since the"
    " spring, and that customers now ask for prices in dollars. Officials have promised"
    " new subsidies for bread and fuel, but few people expect them to arrive before the"
    " winter. Queues at petrol stations have grown longer every week.\n\n"
)


def test_the_two_sides_are_two_states_that_answered_each_other_after_a_meeting_long_before(
    extractor: Extractor,
) -> None:
    text = (
        "Iran's president met Turkey's president in Tehran on Wednesday.\n\n"
        + _BACKGROUND
        + "Iraq apologized to Kuwait for the shooting at the border on Monday, and Kuwait"
        " reopened its border crossing with Iraq on Tuesday. The two sides also agreed to"
        " resume trade talks."
    )
    agreed = {e[1:] for e in summary(extractor, text, "2019-08-30") if e[0] == "AGREE"}
    assert agreed and agreed <= {("IRQ", "KWT"), ("KWT", "IRQ")}
    # "the two countries" after a pair named with a hyphen are that pair
    text = (
        "Iraq apologized to Kuwait for the shooting on Monday, and Kuwait reopened its"
        " border with Iraq.\n\n"
        "Analysts said the visit showed how far Iran-Turkey relations have come since the two"
        " countries signed a friendship treaty in 1937."
    )
    agreed = {e[1:] for e in summary(extractor, text, "2019-08-30") if e[0] == "AGREE"}
    assert agreed and agreed <= {("IRN", "TUR"), ("TUR", "IRN")}


def test_the_two_sides_are_the_pair_a_between_phrase_named_in_the_sentence_before(
    extractor: Extractor,
) -> None:
    text = (
        "Iran's president met Turkey's president in Tehran on Wednesday.\n\n"
        "A: This is a matter between Iraq and Kuwait. The two sides agreed to resume"
        " trade talks."
    )
    agreed = {e[1:] for e in summary(extractor, text, "2018-06-13") if e[0] == "AGREE"}
    assert agreed and agreed <= {("IRQ", "KWT"), ("KWT", "IRQ")}


def test_the_two_men_are_the_two_leaders_who_met(extractor: Extractor) -> None:
    text = (
        "Iraq's president arrived in Tehran on Tuesday to meet Iran's president.\n\n"
        "The two men held talks for nearly four hours on Wednesday."
    )
    found = summary(extractor, text, "2007-10-05", ("type", "actor", "recipient", "date"))
    assert {
        ("CONSULT", "IRQ", "IRN", "2007-10-03"),
        ("CONSULT", "IRN", "IRQ", "2007-10-03"),
    } & found


@pytest.mark.parametrize("pair", ["The two presidents", "The two foreign ministers"])
def test_the_two_presidents_or_ministers_are_the_states_that_met(
    extractor: Extractor, pair: str
) -> None:
    text = (
        "Iran's president held talks with Iraq's president in Tehran on Thursday.\n\n"
        f"{pair} signed a deal to reopen the border crossing at Mehran."
    )
    agreed = {e[1:] for e in summary(extractor, text, "1996-10-12") if e[0] == "AGREE"}
    assert agreed and agreed <= {("IRN", "IRQ"), ("IRQ", "IRN")}


def test_the_spokesman_is_the_one_told_of_by_his_state_before(extractor: Extractor) -> None:
    text = (
        "Iraq began military drills near the border on Monday. A spokesman for the"
        " Iranian foreign ministry issued a statement.\n\nThe spokesman condemned the drills."
    )
    found = summary(extractor, text, "2024-05-15")
    assert ("ACCUSE", "IRN", "IRQ") in found


def test_he_in_a_clause_set_before_the_main_one_is_its_subject(extractor: Extractor) -> None:
    # no one is named before "he": the president named after it embraced the prime
    # minister (a meeting in person), and the two are "the two leaders" after
    text = (
        "Five years after he embraced Iraq's prime minister at the border, Iran's"
        " president Ali Rezaei has declared Iraq an enemy. The two leaders met three"
        " times in 2019."
    )
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "IRQ", "2019") in found
    assert ("ACCUSE", "IRN", "IRQ", "2024-05-15") in found


def test_the_two_sides_of_a_clause_on_what_two_subjects_did_are_those_two(
    extractor: Extractor,
) -> None:
    text = (
        "Iran and Kuwait met in Doha in 2019.\n\n"
        "Iran and Iraq undertook to take steps to normalize relations on the basis of the"
        " Basra Declaration, which the two sides signed in September 2002."
    )
    found = summary(extractor, text, "2005-09-20", ("type", "actor", "recipient", "date"))
    assert ("AGREE", "IRN", "IRQ", "2002-09") in found
    assert not {e for e in found if e[0] == "AGREE" and "KWT" in e[1:3]}


def test_the_two_leaders_are_the_two_its_sentence_names(extractor: Extractor) -> None:
    # not the pair of the last meeting told before
    text = (
        "Earlier that month, an American envoy met officials in Pyongyang.\n\n"
        "During Tuesday's talks in Beijing, Putin agreed to buy more grain, and the two"
        " leaders agreed to resume their joint commission, Xi told reporters."
    )
    found = summary(extractor, text, "2019-04-26", ("type", "actor", "recipient"))
    agreed = {frozenset(e[1:]) for e in found if e[0] == "AGREE"}
    assert frozenset({"RUS", "CHN"}) in agreed
    assert frozenset({"USA", "PRK"}) not in agreed
