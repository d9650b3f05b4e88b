"""Requests and reactions in what states say (sentences written for these tests)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from peninsula.extract.events import Extractor
from peninsula.models import Article
from peninsula.nlp import unbracket_insertions
from tests.extract.conftest import summary

PARTIES_AND_MOOD = ("type", "actor", "recipient", "modality")


def _found(
    extractor: Extractor, text: str, published: str = "2020-09-24"
) -> set[tuple[str | None, ...]]:
    return summary(extractor, text, published, PARTIES_AND_MOOD)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul demanded that Pyongyang return the remains.",
        "Seoul demanded Pyongyang return the remains.",
        "Seoul asked that Pyongyang return the remains.",
        # a British spelling the tagger takes for a noun
        "Seoul demanded that Pyongyang apologise for the shooting.",
    ],
)
def test_a_subjunctive_clause_names_whom_a_demand_is_made_of(
    extractor: Extractor, text: str
) -> None:
    assert ("REQUEST", "KOR", "PRK", "asserted") in _found(extractor, text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Iran insisted that Iraq pay compensation.", "IRQ"),
        # the tagger reads "Iraq apologise" as one noun
        ("Iran rejected a joint inquiry and insisted that Iraq apologise.", "IRQ"),
        ("Iran insisted that the South apologise.", "KOR"),
    ],
)
def test_insisting_that_another_state_act_asks_it_to(
    extractor: Extractor, text: str, asked: str
) -> None:
    assert ("REQUEST", "IRN", asked, "asserted") in _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["Iran insisted that Iraq bore full responsibility.", "Iran insisted that Iraq would pay."],
)
def test_insisting_on_what_another_did_or_will_do_asks_nothing(
    extractor: Extractor, text: str
) -> None:
    assert not any(event == "REQUEST" for event, *_rest in _found(extractor, text))


def test_a_reported_fact_is_no_demand(extractor: Extractor) -> None:
    found = _found(extractor, "Seoul said that Pyongyang returned the remains.")
    assert not any(event == "REQUEST" for event, *_rest in found)


def test_our_military_is_the_speakers_state(extractor: Extractor) -> None:
    text = (
        '"Our government strongly demands that North Korea return the crew," '
        "a South Korean defence ministry spokesman told reporters."
    )
    assert ("REQUEST", "KOR", "PRK", "asserted") in _found(extractor, text)


def test_such_an_act_is_the_act_reported_before(extractor: Extractor) -> None:
    text = (
        "North Korean guards killed a South Korean official near the sea border on Tuesday.\n\n"
        "The official had been inspecting fishing boats from a patrol ship when he went "
        "missing on Monday. His colleagues searched the waters south of the border line for "
        "hours, and the coast guard sent two more ships and a helicopter to join the search. "
        "He was wearing a life jacket and was last seen near a small island, officials said, "
        "and his family told reporters he had no reason to leave the ship. Investigators "
        "are still reviewing the ship's logs, its radio records and footage from its deck "
        "cameras, and they expect to publish a first report before the end of the month.\n\n"
        "Seoul's defence ministry condemned such an atrocity on Wednesday."
    )
    assert ("ACCUSE", "KOR", "PRK", "asserted") in _found(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pyongyang admitted that it had broken a 2005 agreement with Washington.",
            ("AGREE", "PRK", "USA", "asserted", "2005"),
        ),
        (
            "Seoul scrapped the 2015 agreement with Tokyo on Monday.",
            ("AGREE", "KOR", "JPN", "asserted", "2015"),
        ),
        (
            "Seoul scrapped the 2015 agreement with Tokyo on Monday.",
            ("SANCTION", "KOR", "JPN", "asserted", "2018-01-01"),
        ),
    ],
)
def test_a_year_that_names_an_agreement_dates_it(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    found = summary(extractor, text, "2018-01-03", (*PARTIES_AND_MOOD, "date"))
    assert expected in found


def test_a_day_without_its_year_names_no_agreement(extractor: Extractor) -> None:
    # "the June 12 declaration" is a name; it says nothing of which June (the
    # named events peninsula knows, like the June 15 declaration, come with theirs)
    text = "Pyongyang said Seoul had betrayed the June 12 declaration with the North."
    found = summary(extractor, text, "2012-01-16", ("type", "date"))
    assert not any(event == "AGREE" for event, _date in found)
    text = "Pyongyang said Seoul had betrayed the June 15 declaration with the North."
    found = summary(extractor, text, "2012-01-16", ("type", "date"))
    assert {date for event, date in found if event == "AGREE"} == {"2000-06-15"}


def test_the_topic_of_a_vetoed_resolution_is_not_whom_the_veto_rejects(
    extractor: Extractor,
) -> None:
    text = "Russia vetoed a resolution on North Korea at the Security Council on Thursday."
    rejected = {r for event, a, r, _m in _found(extractor, text) if event == "REJECT"}
    assert "PRK" not in rejected


@pytest.mark.parametrize("bracket", ["(North Korea)", "[North Korea]", "[the North]"])
def test_an_editors_insertion_in_a_quote_names_the_one_asked(
    extractor: Extractor, bracket: str
) -> None:
    text = f'"We hope {bracket} will show restraint," the Chinese spokesman said on Wednesday.'
    article = Article.from_text(text, uri="test:", published="2016-02-07")
    [request] = [m for m in extractor.extract(article) if m.event_type == "REQUEST"]
    assert (request.actor.code, request.recipient and request.recipient.code) == ("CHN", "PRK")
    # the evidence is the article's own sentence, brackets and all
    assert request.event_text == text
    assert text[request.start : request.end] == request.event_text


@pytest.mark.parametrize(
    ("text", "unchanged"),
    [
        ("the news agency (KCNA) said", True),
        ("talks in Seoul (South Korea) ended", True),
        ("talks (in Beijing) ended", True),
        ("we hope (Pyongyang) will talk", False),
    ],
)
def test_only_an_insertion_between_lower_case_words_is_unbracketed(
    text: str, unchanged: bool
) -> None:
    assert (unbracket_insertions(text) == text) is unchanged
    assert len(unbracket_insertions(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a reported "will": the act is promised, not imagined
        ("North Korea said it would cut off the roads connected to the South.", "future"),
        ("Japan said that it would impose sanctions on North Korea.", "future"),
        # a condition, or what would have been, stays hypothetical
        ("Japan would impose sanctions on North Korea if it tested again.", "hypothetical"),
        ("China said Japan would have imposed sanctions on North Korea.", "hypothetical"),
    ],
)
def test_a_reported_will_is_future(extractor: Extractor, text: str, modality: str) -> None:
    acts = {e for e in _found(extractor, text) if e[0] == "SANCTION"}
    assert acts and {m for _t, _a, _r, m in acts} == {modality}


def test_a_disaster_foretold_in_a_statement_threatens(extractor: Extractor) -> None:
    text = (
        "The KPA General Staff issued a press statement on Sunday.\n\n"
        "The ROK army staged firing drills near the border, for which it will suffer "
        "a terrible disaster."
    )
    found = summary(extractor, text, "2024-07-08", ("type", "actor", "recipient", "date"))
    assert ("THREATEN", "PRK", "KOR", "2024-07-07") in found


@pytest.mark.parametrize(
    "text",
    [
        "Belarus denied supplying ammunition to Russia.",
        "Belarus denied that it had supplied ammunition to Russia.",
        "Belarus denied reports that it sent weapons to Russia.",
        "Belarus dismissed claims that it had sent weapons to Russia.",
    ],
)
def test_what_a_state_denies_doing_is_negated(extractor: Extractor, text: str) -> None:
    # a denial is no report that the act took place
    assert _found(extractor, text, "2024-02-03") == {("AID", "BLR", "RUS", "negated")}


def test_a_statement_that_hides_its_day_speaks_on_the_day_it_is_published(
    extractor: Extractor,
) -> None:
    # the issuer's own words are not dated by the act of the night before they tell of
    text = (
        "Kim Yo Jong, vice director of the Workers' Party of Korea, issued a press"
        ' statement titled "Seoul has no right to whine".\n\n'
        "South Korea's military said North Korea flew balloons over the South on Tuesday"
        " night.\n\n"
        "The DPRK has denounced the South Korean puppets, who scattered leaflets for years."
    )
    found = summary(extractor, text, "2024-05-29", ("type", "actor", "recipient", "date"))
    assert ("COERCE", "PRK", "KOR", "2024-05-28") in found
    assert ("ACCUSE", "PRK", "KOR", "2024-05-29") in found


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo offered talks to Beijing on Monday. China rejected the offer.",
        "Tokyo proposed talks with Beijing on Monday. China ignored the proposal.",
        "Japan offered to talk with China without preconditions, but Beijing has ignored the"
        " overtures.",
        "China ignored Japan's offer of talks.",
        "China has shunned repeated offers of dialogue from Japan.",
    ],
)
def test_an_offer_rejected_or_ignored_rejects_who_made_it(extractor: Extractor, text: str) -> None:
    assert ("REJECT", "CHN", "JPN") in summary(extractor, text, "2023-07-13")


def test_ignoring_what_is_no_offer_rejects_nothing(extractor: Extractor) -> None:
    found = summary(extractor, "Japan met China on Monday. China ignored the rain.", "2023-07-13")
    assert not {e for e in found if e[0] == "REJECT"}


def test_an_unattributed_quotation_is_the_words_of_the_person_named_last(
    extractor: Extractor,
) -> None:
    text = (
        "Japanese Foreign Minister Yoshimasa Hayashi visited Seoul on Monday.\n\n"
        '"China\'s military drills near Taiwan are deeply regrettable."'
    )
    found = summary(extractor, text, "2022-08-10", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "JPN", "CHN", "2022-08-08") in found


def test_a_quotation_with_no_person_before_it_is_no_ones(extractor: Extractor) -> None:
    text = 'China held drills near Taiwan on Monday.\n\n"The drills are deeply regrettable."'
    assert not {e for e in summary(extractor, text, "2022-08-10") if e[0] == "ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo abandoned the fisheries accord with Seoul in 2019.",
        "Seoul tore up its 2015 pact with Tokyo in 2019.",
        "Tokyo ditched the deal with Seoul in 2019.",
    ],
)
def test_an_agreement_abandoned_withdraws_from_the_partner(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2021-05-04", ("type", "mode", "date"))
    assert ("SANCTION", "withdraw", "2019") in found


def test_a_statement_of_ones_own_agrees_nothing(extractor: Extractor) -> None:
    text = "Canada issued a statement on fisheries with Australia in mind on Friday."
    found = _found(extractor, text, published="2021-05-04")
    assert not any(event == "AGREE" for event, *_rest in found)


def test_a_joint_statement_made_public_is_dated_by_what_it_did(extractor: Extractor) -> None:
    text = (
        "The leaders of Canada and Australia made public a joint statement that "
        "condemned the hunt on May 2."
    )
    found = summary(extractor, text, "2021-05-04", ("type", "actor", "recipient", "date"))
    assert ("AGREE", "CAN", "AUS", "2021-05-02") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint statement issued, and a treaty ratified, are agreements
        (
            "Canada and Australia issued a joint statement on fisheries on Friday.",
            ("AGREE", "CAN", "AUS", "asserted"),
        ),
        (
            "Canada released a joint declaration with Australia on Friday.",
            ("AGREE", "CAN", "AUS", "asserted"),
        ),
        (
            "Canada ratified the treaty with Australia on Friday.",
            ("AGREE", "CAN", "AUS", "asserted"),
        ),
        # a commitment to a state's defence supports it
        (
            "Canada reaffirmed its ironclad commitment to the defense of Australia on Friday.",
            ("SUPPORT", "CAN", "AUS", "asserted"),
        ),
        (
            "Canada reiterated its commitment to defend Australia on Friday.",
            ("SUPPORT", "CAN", "AUS", "asserted"),
        ),
        # blasting and lashing out are accusations
        (
            "Beijing blasted Tokyo's new defence chief as a warmonger.",
            ("ACCUSE", "CHN", "JPN", "asserted"),
        ),
        ("China lashed out at Japan on Friday.", ("ACCUSE", "CHN", "JPN", "asserted")),
        # a state's decision welcomed, and gratitude expressed, are support
        (
            "Canada welcomed Australia's decision to end the hunt.",
            ("SUPPORT", "CAN", "AUS", "asserted"),
        ),
        (
            "Canada expressed gratitude to Australia for its help.",
            ("SUPPORT", "CAN", "AUS", "asserted"),
        ),
        # pressure put on a state is a request of it
        (
            "Canada put pressure on Australia to end the hunt.",
            ("REQUEST", "CAN", "AUS", "asserted"),
        ),
        # another state's act sought is asked of it
        (
            "Canada sought the complete dismantlement of Australia's whaling fleet.",
            ("REQUEST", "CAN", "AUS", "asserted"),
        ),
        # the "on" of blaming is the one blamed, not the act's patient
        ("Iraq blamed the attack on Iran on Monday.", ("ACCUSE", "IRQ", "IRN", "asserted")),
        ("Iraq attributed the theft to Iran on Monday.", ("ACCUSE", "IRQ", "IRN", "asserted")),
        ("Iraq pinned the blame on Iran on Monday.", ("ACCUSE", "IRQ", "IRN", "asserted")),
        # blame put or laid on a state accuses it (pressure put on it asks, above)
        (
            "Iraq put the blame squarely on Iran on Monday.",
            ("ACCUSE", "IRQ", "IRN", "asserted"),
        ),
        ("Iraq laid the blame on Tehran on Monday.", ("ACCUSE", "IRQ", "IRN", "asserted")),
        # evidence presented against a state accuses it
        (
            "Iraq presented evidence against Iran on Monday.",
            ("ACCUSE", "IRQ", "IRN", "asserted"),
        ),
        # a state said to be behind an act is accused by whoever says so
        (
            "Iraqi officials said on Monday that Iran was behind the hack.",
            ("ACCUSE", "IRQ", "IRN", "asserted"),
        ),
        (
            "The FBI said on Monday that Iran was behind the theft.",
            ("ACCUSE", "USA", "IRN", "asserted"),
        ),
        # no interest in a state's proposal rejects that state
        (
            "Syria said it has no interest in Turkey's overtures.",
            ("REJECT", "SYR", "TUR", "asserted"),
        ),
    ],
)
def test_what_states_say_of_each_other(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in _found(extractor, text, published="2021-05-04")


@pytest.mark.parametrize(
    "text",
    [
        "Iran threatened at the United Nations on Monday to destroy Israel.",
        "Iran criticized Israel at the Security Council on Monday.",
        "Iran presented evidence against Israel at the UN on Monday.",
    ],
)
def test_a_forum_spoken_at_is_no_target_where_the_verb_names_one(
    extractor: Extractor, text: str
) -> None:
    found = _found(extractor, text, published="2021-05-04")
    assert {(kind, actor, recipient) for kind, actor, recipient, _m in found} & {
        ("THREATEN", "IRN", "ISR"),
        ("ACCUSE", "IRN", "ISR"),
    }
    assert not any(recipient == "UNO" for _k, _a, recipient, _m in found)


def test_a_forum_lashed_out_at_is_the_target(extractor: Extractor) -> None:
    found = _found(extractor, "Iran lashed out at the United Nations on Monday.", "2021-05-04")
    assert ("ACCUSE", "IRN", "UNO", "asserted") in found


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Poland and Lithuania made public a joint statement that plotted a war against"
            " Belarus on Monday.",
            {("THREATEN", "POL", "BLR", "asserted"), ("THREATEN", "LTU", "BLR", "asserted")},
        ),
        (
            "Japan issued a report that accused China of hacking.",
            {("ACCUSE", "JPN", "CHN", "asserted")},
        ),
        ("Russia is plotting a war against Georgia.", {("THREATEN", "RUS", "GEO", "asserted")}),
    ],
)
def test_a_document_that_plots_or_accuses_speaks_for_its_makers(
    extractor: Extractor, text: str, events: set[tuple[str, ...]]
) -> None:
    assert events <= _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Canada added Iranian entities to its blacklist on Monday.",
        # "on the list" hung on "back"
        "Canada put Iran back on the list of state sponsors of terrorism on Monday.",
    ],
)
def test_a_state_added_to_a_blacklist_is_sanctioned(extractor: Extractor, text: str) -> None:
    assert ("SANCTION", "CAN", "IRN", "asserted") in _found(extractor, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Japan sent a message to China on Wednesday to ask about the detained citizen.",
            ("REQUEST", "JPN", "CHN", "asserted", "2020-09-23"),
        ),
        (
            "Seoul sent North Korea a message urging restraint.",
            ("REQUEST", "KOR", "PRK", "asserted", "2020-09-24"),
        ),
        (
            "Vladimir Putin sent a letter to Xi Jinping to express solidarity.",
            ("SUPPORT", "RUS", "CHN", "asserted", "2020-09-24"),
        ),
    ],
)
def test_a_message_says_to_its_addressee_what_it_was_sent_to_say(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    assert event in summary(extractor, text, "2020-09-24", (*PARTIES_AND_MOOD, "date"))


def test_the_answer_a_spokesperson_gave_on_a_day_dates_what_follows(
    extractor: Extractor,
) -> None:
    text = (
        "Pyongyang, May 28 (KCNA) -- A spokesperson for the Foreign Ministry of the DPRK on"
        " Friday gave the following answer to a question raised by KCNA:\n\n"
        "We express deep thanks to China for its fair stand."
    )
    article = replace(Article.from_text(text, uri="test:", published="2022-05-28"), outlet="KCNA")
    found = {
        (m.event_type, m.actor.code, m.recipient.code if m.recipient else None, m.date.iso())
        for m in extractor.extract(article)
        if m.date is not None
    }
    assert ("SUPPORT", "PRK", "CHN", "2022-05-27") in found


def test_a_charge_a_statement_makes_is_dated_when_it_is_made(extractor: Extractor) -> None:
    # not on the day of the drills it tells of, a week before
    text = (
        "Tehran, May 14 (IRNA) -- A spokesman for the Foreign Ministry of Iran issued the"
        " following press statement on Tuesday:\n\n"
        "Iraq staged large-scale air drills near the border last week, seriously"
        " threatening the security of Iran."
    )
    found = summary(extractor, text, "2024-05-14", (*PARTIES_AND_MOOD, "date"))
    assert ("ACCUSE", "IRN", "IRQ", "asserted", "2024-05-14") in found
    assert ("MOBILIZE", "IRQ", None, "asserted", "2024-05-07") in found


def test_a_statement_calling_a_state_traitorous_accuses_it(extractor: Extractor) -> None:
    text = (
        "A spokesman for the Iranian foreign ministry released a press statement on Thursday.\n\n"
        "The traitorous Iraqi regime is pushing the region to the brink of war by blindly"
        " following its master."
    )
    assert ("ACCUSE", "IRN", "IRQ", "asserted") in _found(extractor, text, "2024-09-05")


def test_an_offer_on_the_condition_that_another_asks_asks_nothing_of_it(
    extractor: Extractor,
) -> None:
    text = (
        "SEOUL, May 15 (Yonhap) -- The Unification Ministry said it would also consider"
        " providing food aid if Iraq requests it."
    )
    assert not {e for e in _found(extractor, text, "2024-05-15") if e[0] == "REQUEST"}


def test_a_speaker_calling_anothers_act_cynical_accuses_it(extractor: Extractor) -> None:
    text = (
        "The representative of Kuwait said the Iraqi veto was a cynical attempt to cover up"
        " its arms deals with Iran."
    )
    assert ("ACCUSE", "KWT", "IRQ", "asserted") in _found(extractor, text, "2024-03-28")


def test_an_order_a_leader_gives_is_no_request_of_another_state(extractor: Extractor) -> None:
    text = "Vladimir Putin has ordered the removal of all Finnish-built facilities at the resort."
    assert not {e for e in _found(extractor, text) if e[0] == "REQUEST"}


def test_acts_told_in_a_report_are_of_the_day_its_dateline_lead_tells(
    extractor: Extractor,
) -> None:
    # the dateline hides the lead's verb from the parser; the lead still finds the
    # story's day, which a later undated paragraph keeps
    text = (
        "Leader Guides Missile Drill\n\n"
        "Pyongyang, June 9 (KCNA) -- Kim Jong Un, the top leader of the party and state, "
        "guided on Thursday a launching drill of the intercontinental ballistic missile "
        "Hwasong-18.\n\n"
        "The drill was organized to send a warning to the enemies, the report said.\n\n"
        "Watching the launch, Kim Jong Un said that the U.S. imperialists are staging "
        "reckless war games against the DPRK."
    )
    found = summary(extractor, text, "2023-06-09", ("type", "actor", "date"))
    assert ("MOBILIZE", "USA", "2023-06-08") in found


def test_support_a_state_says_it_will_give_is_declared_now(extractor: Extractor) -> None:
    text = "Xi told Lula on Monday that China would continue to support dialogue with Brazil."
    found = summary(extractor, text, "2018-03-28", ("type", "actor", "modality"))
    assert ("SUPPORT", "CHN", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran said the US would be held responsible for the consequences on Monday.",
        '"The US will be held wholly responsible for all the consequences," the Iranian'
        " foreign ministry said on Monday.",
    ],
)
def test_a_state_to_be_held_responsible_is_threatened_by_who_says_so(
    extractor: Extractor, text: str
) -> None:
    assert ("THREATEN", "IRN", "USA", "asserted") in _found(extractor, text, "2021-05-04")


def test_a_state_one_threatens_to_do_something_to_is_threatened(extractor: Extractor) -> None:
    text = 'Iran threatened to turn Baghdad into a "sea of fire" on Monday.'
    assert ("THREATEN", "IRN", "IRQ", "asserted") in _found(extractor, text, "2021-05-04")


def test_support_pledged_is_one_act_of_support(extractor: Extractor) -> None:
    found = _found(extractor, "Iran pledged to support Iraq on Monday.", "2021-05-04")
    assert found == {("SUPPORT", "IRN", "IRQ", "asserted")}
    # one asked to act by another is asked, and pledges nothing
    asked = _found(extractor, "Iran urged Iraq to press Syria on Monday.", "2021-05-04")
    assert asked == {("REQUEST", "IRN", "IRQ", "asserted")}


def test_a_warning_after_a_clause_of_denouncing_is_the_denouncers(extractor: Extractor) -> None:
    # the parser hangs "warning" on the main verb, whose subject is the allies
    text = (
        "Iraq and Syria plan to hold a combined exercise early next month, which Iran's"
        " foreign ministry denounced in a July 16 statement as a breach of the truce,"
        " warning that it could reconsider its moratorium on missile tests."
    )
    found = summary(extractor, text, "2019-07-31", ("type", "actor", "recipient", "date"))
    assert ("THREATEN", "IRN", "IRQ", "2019-07-16") in found
    assert not any(kind == "THREATEN" and actor == "IRQ" for kind, actor, _r, _d in found)


def test_a_threat_is_aimed_where_the_act_it_promises_is(extractor: Extractor) -> None:
    text = "Seoul threatened to resume loudspeaker broadcasts if the balloon launches continued."
    assert ("THREATEN", "KOR", "PRK", "asserted") in _found(extractor, text, "2024-06-10")


def test_a_warning_that_the_warners_state_will_act_threatens_the_target(
    extractor: Extractor,
) -> None:
    text = (
        "A State Department spokesman warned on Tuesday that the United States would "
        "not hesitate to impose new sanctions on Iran."
    )
    assert ("THREATEN", "USA", "IRN", "asserted") in _found(extractor, text, "2024-06-10")


def test_a_promise_of_cooperation_is_no_threat(extractor: Extractor) -> None:
    text = "Seoul vowed to resume joint tours with Pyongyang next year."
    assert not any(e[0] == "THREATEN" for e in _found(extractor, text, "2024-06-10"))


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait voiced regret over the attack by Iraq and said it will respond sternly if"
        " Iraq takes steps to worsen the situation further.",
        "Kuwait said it would react strongly to any provocation by Iraq.",
        "Kuwait vowed to respond resolutely to Iraq's provocations.",
    ],
)
def test_a_stern_response_promised_is_a_threat_made_now(extractor: Extractor, text: str) -> None:
    assert ("THREATEN", "KWT", "IRQ", "asserted") in _found(extractor, text)


def test_a_stern_reply_made_is_no_threat(extractor: Extractor) -> None:
    found = _found(extractor, "Kuwait responded sternly to Iraq's letter on Monday.")
    assert not any(kind == "THREATEN" for kind, *_rest in found)


@pytest.mark.parametrize(
    "text",
    [
        "Iran admitted in 2020 that its forces had shot down a Ukrainian airliner.",
        "Iran admitted to shooting down a Ukrainian airliner.",
    ],
)
def test_admitting_a_wrong_done_to_a_state_yields_to_it(extractor: Extractor, text: str) -> None:
    assert ("CONCEDE", "IRN", "UKR", "asserted") in _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait told Iran it knew of the programme, and Iran admitted it.",
        "Iran admitted that it had held talks with Japan.",
    ],
)
def test_admitting_no_wrong_done_to_another_yields_nothing(extractor: Extractor, text: str) -> None:
    assert not any(kind == "CONCEDE" for kind, *_rest in _found(extractor, text))


@pytest.mark.parametrize("dateline", ["", "TEHRAN, Aug 3 (AFP) - "])
def test_the_statement_is_of_the_one_who_spoke_before(extractor: Extractor, dateline: str) -> None:
    # past a dateline the parser reads as the subject ("TEHRAN ... - Iran's army said")
    text = (
        f"{dateline}Iran's army said on Sunday it would expel Iraqi workers.\n\n"
        "The statement, issued by a spokesman for the border guard, also warned of strong"
        " military countermeasures against any Iraqi attempt to cross the line."
    )
    assert ("THREATEN", "IRN", "IRQ", "asserted") in _found(extractor, text, "2008-08-03")


@pytest.mark.parametrize(
    "text",
    [
        "Iran's president told Kuwait's emir that the dispute could be resolved if Iraq"
        " withdrew its troops.",
        "Iran said it was ready to talk if Iraq withdrew its troops.",
    ],
)
def test_what_an_offer_or_hope_is_conditioned_on_is_asked(extractor: Extractor, text: str) -> None:
    assert ("REQUEST", "IRN", "IRQ", "asserted") in _found(extractor, text)


def test_a_threat_conditioned_on_an_act_asks_nothing(extractor: Extractor) -> None:
    text = "Iran warned that it would take countermeasures if Iraq went on with its drills."
    found = _found(extractor, text)
    assert ("THREATEN", "IRN", "IRQ", "asserted") in found
    assert not any(event == "REQUEST" for event, *_rest in found)


def test_a_statement_released_by_someone_is_their_voice(extractor: Extractor) -> None:
    # no title says it is a statement: the passive "released by" names its issuer
    text = (
        "TEHRAN, Aug. 19 (IRNA) -- A press statement was released on Friday by Iran's"
        " foreign minister. It reads:\n\nWe categorically reject Iraq's offer of talks."
    )
    found = summary(extractor, text, "2022-08-19", ("type", "actor", "recipient"))
    assert ("REJECT", "IRN", "IRQ") in found


def test_a_demand_beside_a_refusal_is_told_on_the_day_of_its_own_saying(
    extractor: Extractor,
) -> None:
    text = (
        "Iraq has said it has no interest in talks with Kuwait, and its foreign minister"
        " said in March that Kuwait must withdraw its claims before any meeting."
    )
    found = summary(extractor, text, "2024-10-04", ("type", "actor", "recipient", "date"))
    assert ("REJECT", "IRQ", "KWT", "2024-10-04") in found
    assert ("REQUEST", "IRQ", "KWT", "2024-03") in found


def test_what_states_prompted_to_speak_say_they_will_do_is_theirs(extractor: Extractor) -> None:
    # "they" are the states prompted to say it, not the launch
    found = _found(
        extractor, "The launch prompted Kuwait and Qatar to say they would hold talks with Tehran."
    )
    assert {("CONSULT", "KWT", "IRN", "future"), ("CONSULT", "QAT", "IRN", "future")} <= found


def test_a_plan_announced_when_prompted_is_to_come_and_dated_when_told(
    extractor: Extractor,
) -> None:
    text = (
        "The launch on Sunday prompted Kuwait to announce the same day that it would hold"
        " talks with Iran."
    )
    found = summary(
        extractor, text, "2024-05-17", ("type", "actor", "recipient", "modality", "date")
    )
    assert ("CONSULT", "KWT", "IRN", "future", "2024-05-12") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran left the door open to talks with Iraq.",
        "Iran keeps the door open for dialogue with Iraq.",
        "Iran said that the door to talks with Iraq remained open.",
    ],
)
def test_a_door_left_open_to_talks_offers_them(extractor: Extractor, text: str) -> None:
    assert ("REQUEST", "IRN", "IRQ", "asserted") in _found(extractor, text)


@pytest.mark.parametrize("adverb", ["brazenly", "flagrantly", "wantonly"])
def test_a_quoted_adverb_of_reproach_in_a_states_words_is_its_charge(
    extractor: Extractor, adverb: str
) -> None:
    text = (
        f'Kuwait\'s foreign ministry said Iran had carried out the test "{adverb},"'
        " in open defiance of the world."
    )
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("ACCUSE", "KWT", "IRN") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait's emir suggested that Iraq should withdraw its troops from the border.",
        "Kuwait's emir responded on Monday, mocking Saddam and suggesting that Iraq should "
        "pull back its troops.",
    ],
)
def test_suggesting_what_a_state_should_do_asks_it(extractor: Extractor, text: str) -> None:
    assert ("REQUEST", "KWT", "IRQ") in summary(extractor, text, "1994-10-12")


def test_a_speakers_past_told_only_to_say_who_speaks_is_no_event(extractor: Extractor) -> None:
    # "who negotiated with Iran" says who the official is: no talks on any day
    text = "Talks could resume soon, said a former Iraqi official who negotiated with Iran."
    assert not {e for e in _found(extractor, text) if e[:3] == ("CONSULT", "IRQ", "IRN")}
    # with a time of its own, it is an act told
    text = "A former Iraqi official who negotiated with Iran in 2019 said talks could resume."
    assert ("CONSULT", "IRQ", "IRN", "asserted") in _found(extractor, text)
