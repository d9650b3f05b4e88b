"""Event extraction on sentences written for these tests (the real spaCy model, real data)."""

from __future__ import annotations

import datetime as dt

import pytest

from peninsula.extract.events import Extractor
from peninsula.models import Article, Mention


def _extract(
    extractor: Extractor, text: str, published: str | None = "2021-07-30"
) -> list[Mention]:
    article = Article.from_text(text, uri="test:", published=published)
    return extractor.extract(article)


def _unordered(
    found: set[tuple[str, str, str | None, str, str | None]],
) -> set[tuple[str, ...]]:
    """The summary with each pair in alphabetical order, for symmetric events."""
    return {(t, *sorted((a, r or "")), m, d or "") for t, a, r, m, d in found}


def _summary(mentions: list[Mention]) -> set[tuple[str, str, str | None, str, str | None]]:
    return {
        (
            m.event_type,
            m.actor.code,
            m.recipient.code if m.recipient else None,
            m.modality.value,
            m.date.iso() if m.date else None,
        )
        for m in mentions
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # the talks, with no day of their own, are dated when they were proposed
            "South Korea on Thursday proposed talks with North Korea on reopening the border.",
            {
                ("REQUEST", "KOR", "PRK", "asserted", "2021-07-29"),
                ("CONSULT", "KOR", "PRK", "future", "2021-07-29"),
            },
            id="proposal-is-asserted-talks-are-future",
        ),
        pytest.param(
            "South Korea on Thursday proposed talks with North Korea next week.",
            {
                ("REQUEST", "KOR", "PRK", "asserted", "2021-07-29"),
                ("CONSULT", "KOR", "PRK", "future", "2021-08-06"),
            },
            id="proposed-talks-keep-their-own-day",
        ),
        pytest.param(
            "North Korea cut all communication lines with South Korea on June 9 last year.",
            {("SANCTION", "PRK", "KOR", "asserted", "2020-06-09")},
            id="hotline-cut",
        ),
        pytest.param(
            "North Korea fired two short-range ballistic missiles into the sea on Sunday.",
            {("MOBILIZE", "PRK", None, "asserted", "2021-07-25")},
            id="missile-test-no-target",
        ),
        pytest.param(
            "The United States condemned North Korea's missile launch on Monday.",
            {("ACCUSE", "USA", "PRK", "asserted", "2021-07-26")},
            id="condemnation",
        ),
        pytest.param(
            "Chinese leader Xi Jinping has yet to hold a summit with Kim Jong-un.",
            {("CONSULT", "CHN", "PRK", "negated", "2021-07-30")},
            id="has-yet-to-is-negated",
        ),
        pytest.param(
            "Analysts said Washington could try to arrange a meeting with Pyongyang.",
            {("CONSULT", "USA", "PRK", "hypothetical", "2021-07-30")},
            id="could-is-hypothetical",
        ),
        pytest.param(
            "The two Koreas restored their hotlines on Tuesday, 13 months after they were cut.",
            {("COOPERATE", "KOR", "PRK", "asserted", "2021-07-27")},
            id="symmetric-pair",
        ),
    ],
)
def test_sentence_events(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str | None, str, str | None]]
) -> None:
    found = _summary(_extract(extractor, text))
    symmetric = {(t, *sorted((a, r or "")), m, d) for t, a, r, m, d in found if t == "COOPERATE"}
    assert expected <= found or expected <= {(t, a, r or None, m, d) for t, a, r, m, d in symmetric}


def test_speculation_is_not_asserted(extractor: Extractor) -> None:
    text = "North Korea may conduct its seventh nuclear test soon, officials in Seoul warned."
    assert all(
        m.modality.value != "asserted"
        for m in _extract(extractor, text)
        if m.event_type == "MOBILIZE"
    )


def test_no_state_no_event(extractor: Extractor) -> None:
    text = "Activists floated leaflets across the border, and a tourist group visited the zoo."
    assert _extract(extractor, text) == []


def test_evidence_points_at_the_sentence(extractor: Extractor) -> None:
    text = (
        "Officials met for lunch.\n\n"
        "Japan protested to China on Friday over the incident near the islands."
    )
    (mention,) = [m for m in _extract(extractor, text) if m.event_type == "ACCUSE"]
    assert text[mention.start : mention.end] == mention.event_text
    assert mention.event_text.startswith("Japan protested")


def test_undated_article_gives_no_date_for_relative_expressions(extractor: Extractor) -> None:
    mentions = _extract(extractor, "Russia criticised Japan on Monday over the drills.", None)
    assert mentions and all(m.date is None for m in mentions)


def test_statement_tone_is_an_accusation_and_a_threat(extractor: Extractor) -> None:
    text = (
        "The foreign ministry of Japan issued a press statement on Monday.\n\n"
        "The reckless provocations of China near the islands are raising tension. "
        "They will pay a dear price for them."
    )
    found = _summary(_extract(extractor, text))
    assert ("ACCUSE", "JPN", "CHN", "asserted", "2021-07-26") in found
    assert ("THREATEN", "JPN", "CHN", "asserted", "2021-07-26") in found


def test_a_neutral_report_has_no_stance(extractor: Extractor) -> None:
    text = "China and Japan held talks in Tokyo on Monday about fishing quotas."
    assert {m.event_type for m in _extract(extractor, text)} <= {"CONSULT"}


def test_he_is_the_last_person_named_as_subject(extractor: Extractor) -> None:
    text = "Xi Jinping met Vladimir Putin on Monday. He criticised Japan over the drills."
    accusations = [m for m in _extract(extractor, text) if m.event_type == "ACCUSE"]
    assert [(m.actor.code, m.recipient.code if m.recipient else None) for m in accusations] == [
        ("CHN", "JPN")
    ]


def test_receiving_a_named_guest_is_a_visit(extractor: Extractor) -> None:
    text = "Kim Jong-un on Monday received Sergei Lavrov, the Russian foreign minister."
    visits = [m for m in _extract(extractor, text) if m.event_type == "CONSULT"]
    assert visits and {visits[0].actor.code, visits[0].recipient.code} == {"PRK", "RUS"}  # type: ignore[union-attr]
    assert visits[0].mode == "visit"


def test_the_ministry_is_the_ministry_named_before(extractor: Extractor) -> None:
    text = (
        "The Unification Ministry reviewed the aid requests on Monday.\n\n"
        "The ministry urged North Korea to accept the shipments."
    )
    requests = [m for m in _extract(extractor, text) if m.event_type == "REQUEST"]
    assert [(m.actor.code, m.recipient.code if m.recipient else None) for m in requests] == [
        ("KOR", "PRK")
    ]


def test_a_purpose_clause_is_future(extractor: Extractor) -> None:
    text = "Last week South Korea allocated funds to open an office for talks with North Korea."
    opened = [m for m in _extract(extractor, text) if m.event_type == "COOPERATE"]
    assert opened and all(m.modality.value == "future" for m in opened)
    assert all(m.date is not None and m.date.date >= dt.date(2021, 7, 30) for m in opened)


def test_later_sentences_tell_of_the_day_the_story_happened(extractor: Extractor) -> None:
    # Published Saturday: the talks were on Friday, and so was the agreement the
    # next sentence reports without a date of its own; a proposal stays undated.
    text = (
        "The foreign ministers of North Korea and Russia held talks in Moscow on Friday.\n\n"
        "North Korea and Russia agreed to expand exchanges between their ministries.\n\n"
        "North Korea and Russia will hold more talks in Pyongyang."
    )
    symmetric = _unordered(_summary(_extract(extractor, text, published="2024-11-02")))
    assert ("CONSULT", "PRK", "RUS", "asserted", "2024-11-01") in symmetric
    assert ("AGREE", "PRK", "RUS", "asserted", "2024-11-01") in symmetric
    assert ("CONSULT", "PRK", "RUS", "future", "2024-11-02") in symmetric


def test_an_event_that_took_place_takes_its_verbs_date(extractor: Extractor) -> None:
    text = "Talks between the foreign ministers of China and South Korea took place on Tuesday."
    assert _unordered(_summary(_extract(extractor, text))) == {
        ("CONSULT", "CHN", "KOR", "asserted", "2021-07-27")
    }


def test_an_undated_act_follows_the_same_actors_dated_act(extractor: Extractor) -> None:
    # Published Sunday; Wednesday is too far back to be the story's day, but Abe's
    # second act, told right after his first, happened then too.
    text = (
        "Japanese Prime Minister Shinzo Abe condemned North Korea's launch plan on Wednesday.\n\n"
        "Abe also urged North Korea to refrain from further launches.\n\n"
        "South Korea called on North Korea to return to talks."
    )
    found = _summary(_extract(extractor, text, published="2016-02-07"))
    assert ("REQUEST", "JPN", "PRK", "asserted", "2016-02-03") in found
    assert ("REQUEST", "KOR", "PRK", "asserted", "2016-02-07") in found


def test_tours_open_and_close_to_the_people_they_serve(extractor: Extractor) -> None:
    text = (
        "On Monday North Korea reopened its tour programme, letting in Russian tourists "
        "for the first time since it halted the programme three months ago over a virus."
    )
    found = _summary(_extract(extractor, text, published="2019-05-09"))
    assert ("COOPERATE", "PRK", "RUS", "asserted", "2019-05-06") in found
    assert ("SANCTION", "PRK", "RUS", "asserted", "2019-02") in found


@pytest.mark.parametrize(
    "text",
    [
        "North Korea threatened to attack South Korea.",
        "North Korea warned it would strike South Korea.",
        "North Korea said its military is ready to attack South Korea.",
        "North Korea said it will launch pre-emptive strikes against South Korea.",
    ],
)
def test_force_a_state_says_it_will_use_is_a_threat(extractor: Extractor, text: str) -> None:
    found = _summary(_extract(extractor, text, published="2016-03-12"))
    assert ("THREATEN", "PRK", "KOR", "asserted", "2016-03-12") in found
    assert not any(t == "ASSAULT" and m == "asserted" for t, _a, _r, m, _d in found)


def test_someone_elses_plans_are_not_the_speakers_threat(extractor: Extractor) -> None:
    text = "South Korea said North Korea may attack the United States."
    found = _summary(_extract(extractor, text, published="2016-03-12"))
    assert not any(t == "THREATEN" for t, *_ in found)


def test_a_strike_called_unlikely_did_not_happen(extractor: Extractor) -> None:
    text = "Analysts said a large-scale strike by North Korea against South Korea is unlikely."
    found = _summary(_extract(extractor, text, published="2016-03-12"))
    assert ("ASSAULT", "PRK", "KOR", "hypothetical", "2016-03-12") in found


def test_a_sentence_opening_it_continues_the_subject_before(extractor: Extractor) -> None:
    text = (
        "The Joint Chiefs of Staff of South Korea said North Korea flew balloons overnight. "
        "It urged North Korea to stop at once."
    )
    found = _summary(_extract(extractor, text, published="2024-05-29"))
    assert ("REQUEST", "KOR", "PRK", "asserted", "2024-05-29") in found


def test_a_date_the_parser_splits_still_dates_its_event(extractor: Extractor) -> None:
    # "Wednesday" hangs on "test", "last week" on the verb: the test was on 6 January
    text = "North Korea's nuclear test on Wednesday last week angered China."
    found = _summary(_extract(extractor, text, published="2016-01-14"))
    assert ("MOBILIZE", "PRK", None, "asserted", "2016-01-06") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relations soured after the collapse of the Washington-Pyongyang summit in 2019.",
            ("CONSULT", "PRK", "USA", "asserted", "2019"),
        ),
        (
            "Inter-Korean talks were held in Panmunjom on Tuesday.",
            ("CONSULT", "KOR", "PRK", "asserted", "2021-07-27"),
        ),
        (
            "Officials prepared ahead of the inter-Korean summit.",
            ("CONSULT", "KOR", "PRK", "future", "2021-07-30"),
        ),
        (
            "The ministry listed issues to discuss when the inter-Korean talks resume.",
            ("CONSULT", "KOR", "PRK", "future", "2021-07-30"),
        ),
    ],
)
def test_a_meeting_named_by_its_two_parties(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in _unordered(_summary(_extract(extractor, text)))


def test_a_venue_beside_a_party_is_not_a_pair(extractor: Extractor) -> None:
    text = "The guidelines were signed at the Washington NATO summit on Thursday."
    assert not [m for m in _extract(extractor, text) if m.event_type == "CONSULT"]


def test_what_a_speaker_says_another_state_must_do_is_a_demand(extractor: Extractor) -> None:
    text = (
        '"North Korea must stop its provocations," South Korean President Park Geun-hye '
        "said on Monday. Analysts said China should do more."
    )
    found = _summary(_extract(extractor, text, published="2016-02-07"))
    assert ("REQUEST", "KOR", "PRK", "asserted", "2016-02-01") in found
    assert not any(t == "REQUEST" and r == "CHN" for t, _a, r, _m, _d in found)


def test_a_plural_event_noun_tagged_as_a_verb_is_still_an_event(extractor: Extractor) -> None:
    text = "North Korea raised tensions on the peninsula with back-to-back missile launches."
    found = _summary(_extract(extractor, text, published="2022-02-03"))
    assert ("MOBILIZE", "PRK", None, "asserted", "2022-02-03") in found


def test_the_regime_is_the_state_named_before_it(extractor: Extractor) -> None:
    text = (
        "Pyongyang may be ready to talk after the regime rebuffed Washington's overtures. "
        "South Korea said the government would send aid to North Korea."
    )
    found = _summary(_extract(extractor, text, published="2021-07-30"))
    assert ("REJECT", "PRK", "USA", "asserted", "2021-07-30") in found
    # "the government" is not taken for the state named before it
    assert not any(a == "PRK" and t == "AID" for t, a, *_ in found)


def test_a_threat_is_aimed_at_the_target_of_what_it_promises(extractor: Extractor) -> None:
    aimed = _summary(_extract(extractor, "China vowed to take measures against South Korea."))
    assert ("THREATEN", "CHN", "KOR", "asserted", "2021-07-30") in aimed
    # a warning about a breach of UN resolutions threatens no one
    text = "Japan warned the launch would violate UN resolutions."
    assert not any(t == "THREATEN" for t, *_ in _summary(_extract(extractor, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Japan, the ROK and the U.S. will stage Vigilant Trident, joint naval drills, next week.",
        "The joint naval drills between Japan, the ROK and the U.S. will start next week.",
    ],
)
def test_states_that_drill_together_cooperate(extractor: Extractor, text: str) -> None:
    found = _unordered(_summary(_extract(extractor, text, published="2024-07-03")))
    for state in ("JPN", "KOR", "USA"):
        assert ("MOBILIZE", "", state, "future", "2024-07-10") in found
    pairs = {(a, r) for t, a, r, _m, _d in found if t == "COOPERATE"}
    assert pairs == {("JPN", "KOR"), ("JPN", "USA"), ("KOR", "USA")}


def test_us_in_capitals_is_the_united_states_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "North Korea said it was raising its guard against joint South Korean-US drills. "
        "It named three firing zones."
    )
    found = _summary(_extract(extractor, text, published="2010-03-27"))
    # the drills' two states ("raising its guard" is the North's own mobilization)
    assert {a for t, a, *_ in found if t == "MOBILIZE"} == {"KOR", "USA", "PRK"}


def test_an_agreement_signed_between_two_states_is_theirs(extractor: Extractor) -> None:
    text = (
        "An accord on trade in the field of fisheries between the Chinese Ministry of "
        "Agriculture and the DPRK Ministry of Fisheries was signed in Beijing on Monday."
    )
    found = _unordered(_summary(_extract(extractor, text, published="2024-05-15")))
    assert ("AGREE", "CHN", "PRK", "asserted", "2024-05-13") in found


def test_their_is_every_state_of_the_list_before_it(extractor: Extractor) -> None:
    text = (
        "Pyongyang, May 2 (KCNA) -- The DPRK foreign ministry issued a statement.\n\n"
        "We will never forget Japan, Canada, Australia and Britain, which joined the "
        "blockade, and will record all their hostile acts."
    )
    found = _summary(_extract(extractor, text, published="2024-05-02"))
    accused = {r for t, a, r, _m, _d in found if t == "ACCUSE" and a == "PRK"}
    assert accused == {"JPN", "CAN", "AUS", "GBR"}


def test_deploying_squadrons_and_strategic_assets_is_mobilizing(extractor: Extractor) -> None:
    text = (
        "The U.S. deployed a Marine F-35 squadron to Kunsan air base on Monday. "
        "Japan dispatched two destroyers to the Sea of Japan on Tuesday."
    )
    found = _summary(_extract(extractor, text, published="2024-07-24"))
    assert ("MOBILIZE", "USA", None, "asserted", "2024-07-22") in found
    assert ("MOBILIZE", "JPN", None, "asserted", "2024-07-23") in found


def test_an_act_at_an_unstated_time_in_the_past_gets_no_false_date(
    extractor: Extractor,
) -> None:
    text = (
        "Russia and the U.S. have used ballistic missiles to launch satellites in the past. "
        "North Korea previously fired missiles over Japan. "
        "North Korea fired a missile over Japan in 2017."
    )
    found = _summary(_extract(extractor, text, published="2024-05-30"))
    assert found == {("MOBILIZE", "PRK", None, "asserted", "2017")}


def test_a_paragraph_opening_with_they_continues_the_states_before(
    extractor: Extractor,
) -> None:
    text = (
        "South Korean troops kicked off artillery drills near the border this week.\n\n"
        "On June 26, they resumed a naval firing drill in the West Sea. "
        "They also fired artillery near the front on July 2.\n\n"
        "North Korea said it would respond.\n\n"
        "On Friday, they fired a missile."
    )
    found = _summary(_extract(extractor, text, published="2024-07-08"))
    assert ("MOBILIZE", "KOR", None, "asserted", "2024-06-26") in found
    assert ("MOBILIZE", "KOR", None, "asserted", "2024-07-02") in found
    # "they" cannot stand for North Korea ("it"): that launch has no known actor
    assert not any(d == "2024-07-05" for _t, _a, _r, _m, d in found)


def test_an_act_that_angers_a_state_is_that_states_disapproval(extractor: Extractor) -> None:
    text = (
        "North Korea's nuclear test on Wednesday angered China and the United States. "
        "Seoul announced the site for a U.S. missile defense unit, a plan that has angered Russia."
    )
    found = _summary(_extract(extractor, text, published="2016-01-14"))
    assert ("ACCUSE", "CHN", "PRK", "asserted", "2016-01-13") in found
    assert ("ACCUSE", "USA", "PRK", "asserted", "2016-01-13") in found
    # what a plan did is no speculation
    assert any(t == "ACCUSE" and a == "RUS" and m == "asserted" for t, a, _r, m, _d in found)


def test_hoping_another_state_acts_is_asking_it(extractor: Extractor) -> None:
    text = (
        '"We hope Pyongyang will respond positively," the unification minister of '
        "South Korea said on Friday. North Korea hopes to hold talks with the US."
    )
    found = _summary(_extract(extractor, text, published="2021-07-30"))
    assert ("REQUEST", "KOR", "PRK", "asserted", "2021-07-30") in found
    # a hope of one's own is no request, and the talks hoped for are still to come
    assert not any(t == "REQUEST" and a == "PRK" for t, a, *_rest in found)
    assert not any(t == "CONSULT" and m == "asserted" for t, _a, _r, m, _d in found)


def test_a_third_states_hope_for_both_sides_asks_neither(extractor: Extractor) -> None:
    deal = "Peru and Chile struck a deal on Tuesday."
    hoped = f"{deal} Brazil said it hoped the two sides would keep improving ties."
    urged = f"{deal} Brazil urged both sides to keep improving ties."
    asked = [e for e in _summary(_extract(extractor, hoped, "2015-08-26")) if e[0] == "REQUEST"]
    assert not asked
    # urging the pair still asks each of them
    found = {e[:3] for e in _summary(_extract(extractor, urged, "2015-08-26"))}
    assert {("REQUEST", "BRA", "PER"), ("REQUEST", "BRA", "CHL")} <= found


def test_meeting_two_counterparts_together_is_a_three_way_meeting(
    extractor: Extractor,
) -> None:
    met_them = "The U.S. envoy met his South Korean and Japanese counterparts"
    together = f"{met_them} in Seoul on Wednesday."
    apart = f"{met_them} separately on Wednesday."
    met = _unordered(_summary(_extract(extractor, together, published="2016-01-14")))
    assert ("CONSULT", "JPN", "KOR", "asserted", "2016-01-13") in met
    assert ("CONSULT", "JPN", "USA", "asserted", "2016-01-13") in met
    apart_met = _unordered(_summary(_extract(extractor, apart, published="2016-01-14")))
    assert ("CONSULT", "JPN", "KOR", "asserted", "2016-01-13") not in apart_met


def test_a_surname_named_in_full_before_counts_even_opening_a_sentence(
    extractor: Extractor,
) -> None:
    text = (
        "US President Donald Trump arrived in Vietnam. North Korean leader Kim Jong-un "
        "arrived too. Trump met Kim in Hanoi on Wednesday."
    )
    found = _unordered(_summary(_extract(extractor, text, published="2019-03-01")))
    assert ("CONSULT", "PRK", "USA", "asserted", "2019-02-27") in found


def test_denouncing_and_rejecting_one_act_is_one_reaction(extractor: Extractor) -> None:
    text = (
        "The DPRK defence ministry firmly denounces and rejects this dangerous "
        "move of the U.S. and the ROK. China condemned and rejected the U.S. proposal."
    )
    found = _summary(_extract(extractor, text, published="2024-07-13"))
    reactions = {(t, a, r) for t, a, r, _m, _d in found if t in ("ACCUSE", "REJECT")}
    # the tagger takes "denounces" for a noun: the sentence's root still reacts
    assert reactions == {
        ("ACCUSE", "PRK", "USA"),
        ("ACCUSE", "PRK", "KOR"),
        ("ACCUSE", "CHN", "USA"),
    }


def test_speech_acts_named_as_nouns(extractor: Extractor) -> None:
    text = (
        "Japan issued a warning to North Korea on Monday. "
        "Seoul renewed its demand on Pyongyang to return to talks. "
        "Xi Jinping held a phone call with Joe Biden on Tuesday."
    )
    found = _summary(_extract(extractor, text, published="2021-09-20"))
    assert ("THREATEN", "JPN", "PRK", "asserted", "2021-09-20") in found
    assert ("REQUEST", "KOR", "PRK", "asserted", "2021-09-20") in found
    # a phone call is a meeting by phone, not a call for something
    assert ("CONSULT", "CHN", "USA", "asserted", "2021-09-14") in found
    assert not any(t == "REQUEST" and a == "CHN" for t, a, *_rest in found)


def test_the_country_is_the_state_named_before_other_than_the_subject(
    extractor: Extractor,
) -> None:
    text = (
        "North Korea admitted it had a uranium enrichment program.\n\n"
        "Last month Japan, South Korea and the U.S. cut off heating oil shipments to "
        "the isolated country. China later cut off aid to the hostile states."
    )
    found = _summary(_extract(extractor, text, published="2003-01-10"))
    sanctions = {(a, r) for t, a, r, _m, _d in found if t == "SANCTION"}
    # "the hostile states" are several: not the one state named last
    assert sanctions == {("USA", "PRK"), ("JPN", "PRK"), ("KOR", "PRK")}


def test_its_is_not_a_state_named_only_as_a_place(extractor: Extractor) -> None:
    text = (
        "The test came days after the North fired a missile over northern Japan on Aug. 29, "
        "and followed two launches of its Hwasong-14 ICBM in July."
    )
    found = _summary(_extract(extractor, text, published="2017-09-04"))
    assert ("MOBILIZE", "PRK", None, "asserted", "2017-07") in found
    assert not any(a == "JPN" for _t, a, *_rest in found)


def test_a_decision_two_states_take_together_is_their_agreement(extractor: Extractor) -> None:
    text = (
        "Seoul and Washington said on Friday they had made a final decision to place "
        "the missile shield in the South. Tokyo decided to buy more interceptors."
    )
    found = _unordered(_summary(_extract(extractor, text, published="2016-07-13")))
    assert ("AGREE", "KOR", "USA", "asserted", "2016-07-08") in found
    # one state's decision agrees with no one
    assert not any(t == "AGREE" and "JPN" in pair for t, *pair in found)


def test_they_after_a_meeting_is_both_sides(extractor: Extractor) -> None:
    text = (
        "The Chinese foreign minister met his Russian counterpart in Beijing on Monday "
        "and said they had agreed to oppose any new sanctions."
    )
    found = _unordered(_summary(_extract(extractor, text, published="2017-04-12")))
    assert ("AGREE", "CHN", "RUS", "asserted", "2017-04-10") in found


def test_in_a_statement_a_paragraph_quoting_no_one_is_the_issuers_voice(
    extractor: Extractor,
) -> None:
    text = (
        "A spokesman for the DPRK Foreign Ministry released a press statement on July 13.\n\n"
        "The leaders of the U.S. and Japan made public a joint statement on July 11, "
        "plotting a reckless showdown with the DPRK.\n\n"
        "If they go on with such acts, they will pay a heavy price."
    )
    mentions = _extract(extractor, text, published="2024-07-14")
    warned = _summary([m for m in mentions if m.event_text.startswith("If they")])
    # the statement's issuer threatens, not the states whose statement it quotes
    # (whose plotted showdown is a threat of their own, told in its paragraph)
    assert {(a, r) for t, a, r, _m, _d in warned if t == "THREATEN"} == {
        ("PRK", "USA"),
        ("PRK", "JPN"),
    }


@pytest.mark.parametrize(
    ("word", "one_name"),
    [
        ("Jong-un", True),
        ("In-young", True),
        ("Suk-yeol", True),
        ("Son-hui", True),
        ("Seoul-based", False),
        ("Kim-led", False),
        ("Trump-Kim", False),
        ("Kim-Moon", False),
        ("long-range", False),
    ],
)
def test_a_hyphenated_korean_given_name_is_one_token(
    extractor: Extractor, word: str, one_name: bool
) -> None:
    tokens = [t.text for t in extractor.nlp.make_doc(f"She met {word} officials.")]
    assert (word in tokens) is one_name


def test_a_hyphenated_name_keeps_its_sentence_parsed(extractor: Extractor) -> None:
    # split into "In - young", the name took the verb with it and nothing was found
    text = "At a briefing, Unification Minister Lee In-young renewed calls on Pyongyang to talk."
    found = _summary(_extract(extractor, text, published="2020-09-17"))
    assert ("REQUEST", "KOR", "PRK", "asserted", "2020-09-17") in found
    # a name spelt otherwise is still the same person
    for spelling in ("Kim Jong-Un", "Kim Jong-un", "Kim Jong Un"):
        met = _unordered(_summary(_extract(extractor, f"{spelling} met Xi Jinping on Tuesday.")))
        assert ("CONSULT", "CHN", "PRK", "asserted", "2021-07-27") in met, spelling


def test_calls_to_act_toward_a_state_are_a_request_of_it(extractor: Extractor) -> None:
    text = "Unification Minister Lee In-young renewed calls to restore inter-Korean trust."
    found = _summary(_extract(extractor, text))
    assert {(t, a, r) for t, a, r, _m, _d in found} == {("REQUEST", "KOR", "PRK")}
    # a phone call is no call for anything
    assert not _extract(extractor, "Seoul made a call to Tokyo on Friday.")


def test_an_undated_act_takes_the_day_its_actor_last_acted_on(extractor: Extractor) -> None:
    text = (
        "Unification Minister Lee In-young went to the truce village on Wednesday.\n\n"
        "At a briefing there, Lee urged Pyongyang to resume talks."
    )
    # published five days later: the urging was on Wednesday, not on publication day
    found = _summary(_extract(extractor, text, published="2020-09-21"))
    assert ("REQUEST", "KOR", "PRK", "asserted", "2020-09-16") in found


def test_a_later_dated_mention_of_an_event_gives_it_its_day(extractor: Extractor) -> None:
    text = (
        "News of North Korea's nuclear test shocked the region.\n\n"
        "A senior senator called the October 9 underground test a reckless act."
    )
    found = _summary(_extract(extractor, text, published="2006-10-13"))
    assert ("MOBILIZE", "PRK", None, "asserted", "2006-10-09") in found
    assert ("MOBILIZE", "PRK", None, "asserted", "2006-10-13") not in found
    # an older test, or one compared with it, is another test: the news keeps its day
    for other in (
        text.replace("the October 9 underground test", "the January 2006 test"),
        "North Korea tested cruise missiles. The missiles flew farther "
        "compared to the earlier missile test on October 3.",
        "North Korea launched missiles into the sea. "
        "As with the October 3 test-launches, it gave no warning.",
    ):
        found = _summary(_extract(extractor, other, published="2006-10-13"))
        assert ("MOBILIZE", "PRK", None, "asserted", "2006-10-13") in found, other


def test_a_statement_takes_the_day_its_speaker_is_next_quoted_on(extractor: Extractor) -> None:
    text = (
        "North Korea has told a UN agency it will launch a rocket this month.\n\n"
        "Chinese Foreign Ministry spokesman Lu Kang voiced deep concern over the launch.\n\n"
        '"We hope North Korea will show restraint," Lu said Wednesday.'
    )
    found = _summary(_extract(extractor, text, published="2016-02-07"))
    # the concern was voiced when Lu spoke, not on the day of publication
    assert ("ACCUSE", "CHN", "PRK", "asserted", "2016-02-03") in found
    assert ("ACCUSE", "CHN", "PRK", "asserted", "2016-02-07") not in found


def test_a_state_speakers_quoted_words_accuse_whoever_did_the_act_they_name(
    extractor: Extractor,
) -> None:
    text = (
        "North Korea launched a long-range rocket on Sunday.\n\n"
        '"Going ahead with the launch is a grave provocation," Japanese Prime Minister '
        "Shinzo Abe told lawmakers on Sunday.\n\n"
        '"I hope the Chinese authorities will work with us against this latest provocation," '
        "the U.S. envoy Sung Kim said on Sunday."
    )
    found = _summary(_extract(extractor, text, published="2016-02-07"))
    assert ("ACCUSE", "JPN", "PRK", "asserted", "2016-02-07") in found
    # the state named in a quote is not the one its harsh words are about
    assert not any(t == "ACCUSE" and r == "CHN" for t, _a, r, _m, _d in found)


def test_the_enemy_of_a_statement_is_the_side_it_accused_last(extractor: Extractor) -> None:
    accusation = "The U.S. and the ROK are staging provocative drills near our border."
    text = (
        "A spokesman for the DPRK defence ministry released a press statement on Thursday.\n\n"
        f"{accusation}\n\n"
        "The hostile forces staged a large air exercise from August 19 to 23."
    )
    found = _summary(_extract(extractor, text, published="2024-09-05"))
    drills = {(a, d) for t, a, _r, _m, d in found if t == "MOBILIZE"}
    assert ("USA", "2024-08-19") in drills
    assert ("KOR", "2024-08-19") in drills
    # in a news report, "the enemy" is whoever the writer quotes calling it so: no one
    report = f"{accusation}\n\nThe enemy staged a large air exercise from August 19 to 23."
    found = _summary(_extract(extractor, report, published="2024-09-05"))
    assert not any(d == "2024-08-19" for *_rest, d in found)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea refused on Saturday to hold talks with the United States.",
        "North Korea on Saturday ruled out talks with the United States.",
        "North Korea said on Saturday it has no intention of holding talks with the United States.",
        "North Korea said on Saturday it has neither interest nor plan for dialogue with the U.S.",
    ],
)
def test_refusing_to_deal_with_a_state_rejects_it(extractor: Extractor, text: str) -> None:
    found = _summary(_extract(extractor, text, published="2024-05-20"))
    assert ("REJECT", "PRK", "USA", "asserted", "2024-05-18") in found


def test_having_an_interest_is_no_refusal(extractor: Extractor) -> None:
    text = "North Korea said on Saturday it has an interest in dialogue with the United States."
    found = _summary(_extract(extractor, text, published="2024-05-20"))
    assert not any(t == "REJECT" for t, *_rest in found)


def test_announcing_sanctions_on_a_state_is_sanctioning_it(extractor: Extractor) -> None:
    text = "Earlier last week, Washington announced sanctions against Kim Jong Un over abuses."
    found = _summary(_extract(extractor, text, published="2016-07-13"))
    assert ("SANCTION", "USA", "PRK", "asserted", "2016-07-06") in found
    announced = "Seoul announced new drills with Washington on Monday."
    assert not any(t == "SANCTION" for t, *_rest in _summary(_extract(extractor, announced)))


def test_an_agreement_made_on_a_stated_day_is_reported_by_its_noun(extractor: Extractor) -> None:
    made = (
        "Trade grew under the accord reached at the China-Russia summit held last May. "
        "Both sides praised the spirit of the China-Russia treaty."
    )
    found = _unordered(_summary(_extract(extractor, made, published="2024-11-02")))
    agreements = {(a, r, d) for t, a, r, _m, d in found if t == "AGREE"}
    # the accord was made at the summit last May; the treaty is only named, on no day
    assert agreements == {("CHN", "RUS", "2024-05")}


def test_support_for_what_a_state_did_supports_that_state(extractor: Extractor) -> None:
    text = "On Friday, Moscow expressed full support for the steps taken by the DPRK government."
    found = _summary(_extract(extractor, text, published="2024-11-02"))
    assert ("SUPPORT", "RUS", "PRK", "asserted", "2024-11-01") in found


def test_whoever_is_punished_for_an_act_did_it(extractor: Extractor) -> None:
    text = "The U.S. and its allies discussed how to punish North Korea for conducting a test."
    found = _summary(_extract(extractor, text, published="2013-02-23"))
    assert {a for t, a, *_rest in found if t == "MOBILIZE"} == {"PRK"}


def test_a_habit_is_no_act_on_the_day_of_publication(extractor: Extractor) -> None:
    habit = "South Korea and the U.S. regularly conduct joint drills near the border."
    assert not _extract(extractor, habit, published="2013-02-23")
    # the habit told in a second clause, the act a phrase of its verb
    answered = "Iran hates looking weak, and it usually answers with a show of force."
    assert not _extract(extractor, answered, published="2013-02-23")
    once = "South Korea and the U.S. conducted joint drills near the border on Monday."
    assert ("MOBILIZE", "KOR", None, "asserted", "2013-02-18") in _summary(
        _extract(extractor, once, published="2013-02-23")
    )


def test_the_date_of_an_act_named_in_a_phrase_is_not_the_clauses(extractor: Extractor) -> None:
    text = "Washington led calls on Friday to punish North Korea for a December rocket launch."
    found = _summary(_extract(extractor, text, published="2013-01-26"))
    dated = {(t, d) for t, _a, _r, _m, d in found}
    assert ("MOBILIZE", "2012-12") in dated
    assert not any(t != "MOBILIZE" and d == "2012-12" for t, d in dated)


def test_a_when_clause_takes_the_time_it_describes(extractor: Extractor) -> None:
    text = (
        "Analysts compare the mood to that of 2000, "
        "when the South Korean president visited Pyongyang."
    )
    found = _summary(_extract(extractor, text, published="2011-06-16"))
    assert ("CONSULT", "KOR", "PRK", "asserted", "2000") in found


def test_that_year_is_the_year_named_before(extractor: Extractor) -> None:
    text = (
        "The liaison office opened in September 2018. It followed the first summit "
        "between Seoul and Pyongyang, held in April that year."
    )
    found = _unordered(_summary(_extract(extractor, text, published="2020-06-17")))
    assert ("CONSULT", "KOR", "PRK", "asserted", "2018-04") in found
    assert not any(d == "2020-04" for *_rest, d in found)


def test_a_statement_calling_a_states_acts_a_threat_accuses_it(extractor: Extractor) -> None:
    text = (
        "A spokesman for the DPRK Foreign Ministry released a press statement on Friday.\n\n"
        "The strategic nuclear assets of the U.S. pose a growing threat to the region."
    )
    found = _summary(_extract(extractor, text, published="2024-10-26"))
    assert ("ACCUSE", "PRK", "USA", "asserted", "2024-10-25") in found
    # in a news report the word is the reporter's, not an accusation by anyone
    report = "The strategic nuclear assets of the U.S. pose a growing threat to the region."
    assert not _extract(extractor, report, published="2024-10-26")


def test_a_sentence_is_not_broken_inside_a_name(extractor: Extractor) -> None:
    # the parser alone starts a sentence at "Wa", losing the talks' day
    text = (
        "Iraq's prime minister had held talks with Kuwait's emir at Cheong Wa Dae on"
        " Thursday, a day after announcing in Tokyo that Iraq would soon unveil new"
        " sanctions on Iran."
    )
    mentions = extractor.extract(Article.from_text(text, uri="test:", published="2018-02-11"))
    talks = [m for m in mentions if m.event_type == "CONSULT"]
    assert talks and all(m.date is not None and m.date.iso() == "2018-02-08" for m in talks)
    assert all(m.event_text.startswith("Iraq's prime minister") for m in mentions)
