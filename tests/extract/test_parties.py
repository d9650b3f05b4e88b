"""Who takes part in an event (sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from peninsula.models import Article
from tests.extract.conftest import summary


def _found(extractor: Extractor, text: str) -> set[tuple[str | None, ...]]:
    return summary(extractor, text, "2024-10-20")


@pytest.mark.parametrize(
    "text",
    [
        "Australia joined the sanctions against North Korea.",
        "Australia took part in the sanctions against North Korea.",
        "Australia has taken the lead in sanctions on the DPRK.",
        "Australia participated in the sanctions against North Korea.",
    ],
)
def test_who_joins_an_event_does_it(extractor: Extractor, text: str) -> None:
    assert ("SANCTION", "AUS", "PRK") in _found(extractor, text)


def test_a_singular_relative_clause_is_about_the_last_name_only(extractor: Extractor) -> None:
    text = "Canada and Japan, which has led the sanctions on the DPRK, held talks."
    sanctions = {(a, r) for t, a, r in _found(extractor, text) if t == "SANCTION"}
    assert sanctions == {("JPN", "PRK")}


def test_having_a_pact_is_no_agreement_made(extractor: Extractor) -> None:
    text = "Japan and South Korea, which has a defence pact with the U.S., held drills."
    assert not any(t == "AGREE" for t, _a, _r in _found(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Iran, along with Syria, condemned Iraq on Monday.",
        "Iran condemned Iraq together with Syria on Monday.",
        "Iran, together with Syria, condemned Iraq on Monday.",
    ],
)
def test_a_state_acting_along_with_the_subject_acts_too_and_is_no_target(
    extractor: Extractor, text: str
) -> None:
    found = _found(extractor, text)
    assert {("ACCUSE", "IRN", "IRQ"), ("ACCUSE", "SYR", "IRQ")} <= found
    assert ("ACCUSE", "IRN", "SYR") not in found


def test_together_with_names_the_partner_of_a_joint_drill(extractor: Extractor) -> None:
    text = "Japan held a naval drill together with Australia off Darwin."
    assert ("COOPERATE", "JPN", "AUS") in _found(extractor, text)


def test_members_of_an_organisation_are_not_the_organisation(extractor: Extractor) -> None:
    text = "Several NATO members took part in the exercises in the East Sea."
    assert not any(a == "NAT" for _t, a, _r in _found(extractor, text))


def test_the_doer_after_by_is_whom_a_condemnation_targets(extractor: Extractor) -> None:
    text = "NATO condemned the launch by North Korea."
    assert ("ACCUSE", "NAT", "PRK") in _found(extractor, text)


def test_forces_belonging_to_a_state_are_its_own(extractor: Extractor) -> None:
    text = "Twelve fighter jets belonging to a squadron of the U.S. air force were deployed."
    assert ("MOBILIZE", "USA", None) in _found(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean guards fired at a South Korean patrol boat.", ("ASSAULT", "PRK", "KOR")),
        ("South Korean marines opened fire on North Korean troops.", ("ASSAULT", "KOR", "PRK")),
        # toward a state is a launch; "at" it, a strike (as gold writers code Russia's
        # missiles fired at Ukrainian cities)
        ("North Korea fired two missiles toward Japan.", ("MOBILIZE", "PRK", None)),
        ("North Korea fired two missiles at Japan.", ("ASSAULT", "PRK", "JPN")),
    ],
)
def test_firing_at_a_state_is_an_assault_and_firing_a_missile_a_launch(
    extractor: Extractor, text: str, expected: tuple[str, str, str | None]
) -> None:
    found = _found(extractor, text)
    assert expected in found
    assert len({t for t, _a, _r in found}) == 1


def test_an_incursion_into_a_state_is_coercion_of_it(extractor: Extractor) -> None:
    text = "North Korea said the ROK's drone incursion into Pyongyang was a grave provocation."
    assert ("COERCE", "KOR", "PRK") in _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. staged joint drills with Japan near the peninsula.",
        "North Korea warned the U.S. not to go ahead with its joint drills with Japan.",
    ],
)
def test_the_partner_of_a_joint_drill_drills_too(extractor: Extractor, text: str) -> None:
    found = _found(extractor, text)
    assert {("MOBILIZE", "USA", None), ("MOBILIZE", "JPN", None)} <= found
    assert ("COOPERATE", "USA", "JPN") in found or ("COOPERATE", "JPN", "USA") in found


def test_a_drill_set_to_begin_next_month_is_dated_then(extractor: Extractor) -> None:
    text = (
        "Pyongyang warned of war if the U.S. military goes ahead with drills "
        "set to begin next month."
    )
    article = Article.from_text(text, uri="test:", published="2013-02-23")
    drills = [m for m in extractor.extract(article) if m.event_type == "MOBILIZE"]
    assert drills and {(m.modality.value, m.date.iso() if m.date else None) for m in drills} == {
        ("future", "2013-03")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean guards killed a South Korean fisherman at sea.", ("ASSAULT", "PRK", "KOR")),
        ("North Korea detained a Japanese tourist last week.", ("COERCE", "PRK", "JPN")),
        # released civilians are released to their state
        ("Iran released six British fishermen on Friday.", ("RETREAT", "IRN", "GBR")),
        ("Russia freed an American student on Friday.", ("RETREAT", "RUS", "USA")),
        ("Iran freed a French academic researcher on Friday.", ("RETREAT", "IRN", "FRA")),
        ("China freed an 85-year-old Canadian veteran on Friday.", ("RETREAT", "CHN", "CAN")),
        # "the tourist" told before as an American tourist, here or a paragraph before
        (
            "An American tourist crossed into Iran on Tuesday. Iran detained the tourist.",
            ("COERCE", "IRN", "USA"),
        ),
        (
            "An American tourist crossed into Iran on Tuesday.\n\nIran detained the tourist.",
            ("COERCE", "IRN", "USA"),
        ),
    ],
)
def test_force_against_a_states_civilians_targets_that_state(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    article = Article.from_text(text, uri="test:", published="2024-10-20")
    found = {
        (m.event_type, m.actor.code, m.recipient.code, m.recipient.sector)
        for m in extractor.extract(article)
        if m.recipient is not None
    }
    assert (*expected, "CVL") in found


@pytest.mark.parametrize(
    "text",
    [
        "American tourist Jim Doe crossed into Iran in July. Iran will expel Doe.",
        "Jim Doe, an American tourist, crossed into Iran in July.\n\nIran will expel Doe.",
    ],
)
def test_a_person_named_with_state_and_calling_is_that_states_civilian(
    extractor: Extractor, text: str
) -> None:
    article = Article.from_text(text, uri="test:", published="2023-09-27")
    expelled = {
        (m.actor.code, m.recipient.code)
        for m in extractor.extract(article)
        if m.event_type == "SANCTION" and m.recipient is not None
    }
    assert expelled == {("IRN", "USA")}


def test_an_official_named_with_no_state_is_of_the_place_the_sentence_opens_in(
    extractor: Extractor,
) -> None:
    text = (
        "In Ankara on the same day, a foreign ministry spokeswoman urged Iraq and Iran to"
        " return to dialogue."
    )
    found = summary(extractor, text, "2013-04-27")
    assert {("REQUEST", "TUR", "IRQ"), ("REQUEST", "TUR", "IRN")} <= found
    # a place told later in the sentence is no speaker's
    text = "A foreign ministry spokeswoman urged Iraq to return to dialogue in Ankara."
    assert not {f for f in summary(extractor, text, "2013-04-27") if f[1] == "TUR"}


def test_civilians_do_not_act_for_their_state(extractor: Extractor) -> None:
    text = "South Korean activists sent leaflets into North Korea by balloon."
    assert not any(a == "KOR" for _t, a, _r in _found(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Seoul said a North Korean drone violated South Korean airspace on Monday.",
        "South Korea said North Korean drones violated its airspace on Monday.",
        "Seoul said North Korean patrol boats intruded into its waters on Monday.",
    ],
)
def test_entering_a_states_territory_uninvited_coerces_it(extractor: Extractor, text: str) -> None:
    # "its" is the airspace of the state named before, never the intruder's own
    assert ("COERCE", "PRK", "KOR") in _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The North Korean delegation entered South Korean territory for the talks.",
        "China watched as Seoul and Washington reaffirmed their alliance on Monday.",
    ],
)
def test_a_visit_or_an_alliance_coerces_no_one(extractor: Extractor, text: str) -> None:
    found = _found(extractor, text)
    assert not {e for e in found if e[0] == "COERCE"}
    # "their alliance" stays the allies' own: China is no party to it
    assert not {e for e in found if "CHN" in e}


def test_shelling_a_states_land_is_an_attack_on_it(extractor: Extractor) -> None:
    text = "North Korea fired artillery shells at South Korea's Yeonpyeong Island on Monday."
    assert ("ASSAULT", "PRK", "KOR") in _found(extractor, text)
    # shells fired at the sea hit no state: a weapons firing
    assert _found(extractor, "North Korea fired artillery shells at the sea on Monday.") == {
        ("MOBILIZE", "PRK", None)
    }


def test_an_artillery_barrage_is_an_attack_but_a_barrage_of_words_is_not(
    extractor: Extractor,
) -> None:
    text = "An Iraqi artillery barrage on Iran's border town of Mehran killed three people."
    assert ("ASSAULT", "IRQ", "IRN") in _found(extractor, text)
    text = "Iraq faced a barrage of criticism from Iran on Monday."
    assert not {e for e in _found(extractor, text) if e[0] == "ASSAULT"}


def test_acts_listed_after_a_prior_clause_are_that_clauses_doers(extractor: Extractor) -> None:
    # the parser joins "seized" and "severed" to "left", whose subject names no one
    text = (
        "The last Iraqi engineers left the oil field late on Thursday after Iran ordered"
        " them out, seized their companies' assets and severed two border hotlines."
    )
    found = _found(extractor, text)
    assert {("COERCE", "IRN", "IRQ"), ("SANCTION", "IRN", "IRQ")} <= found


def test_calling_a_states_act_a_crime_accuses_it(extractor: Extractor) -> None:
    # any act of a state called by an insult: its shutdown, its suspension, its ban
    text = 'Iran called Iraq\'s suspension "a declaration of war."'
    assert ("ACCUSE", "IRN", "IRQ") in _found(extractor, text)


def test_a_shared_sites_word_with_a_third_state_acting_names_another_site(
    extractor: Extractor,
) -> None:
    # "liaison" alone is the two Koreas' office; the U.S. and the North open their own
    text = (
        "The United States and North Korea agreed on Friday to open liaison offices in"
        " each other's capitals."
    )
    cooperation = {e for e in _found(extractor, text) if e[0] == "COOPERATE"}
    assert cooperation == {("COOPERATE", "USA", "PRK")}


def test_hotlines_one_korea_acts_on_are_the_two_koreas(extractor: Extractor) -> None:
    assert ("SANCTION", "PRK", "KOR") in _found(extractor, "The North cut the hotlines on Tuesday.")
    found = _found(extractor, "Seoul proposed on Monday to restore the communication lines.")
    assert ("COOPERATE", "KOR", "PRK") in found
    # others' hotlines are theirs; a silence on the lines begins no cooperation
    found = _found(extractor, "The U.S. and China restored their military hotline on Tuesday.")
    assert not {e for e in found if "KOR" in e or "PRK" in e}
    text = (
        "Seoul said the hotline silence went on.\n\nThe silence began on Tuesday, after"
        " the North stopped answering calls."
    )
    assert not {e for e in _found(extractor, text) if e[0] == "COOPERATE"}


def test_striking_a_deal_is_an_agreement_not_a_strike(extractor: Extractor) -> None:
    found = _found(extractor, "Seoul struck a deal with Tokyo on Monday.")
    assert {(t, frozenset((a, r))) for t, a, r in found} == {("AGREE", frozenset(("KOR", "JPN")))}


def test_what_a_deal_is_on_is_its_topic_not_a_party(extractor: Extractor) -> None:
    found = _found(extractor, "The U.S. and Japan reached an agreement on North Korea.")
    assert {frozenset((a, r)) for _t, a, r in found} == {frozenset(("USA", "JPN"))}


@pytest.mark.parametrize(
    "text",
    [
        "Ferry services between Turkey and Greece resumed on Monday.",
        "Trade between Turkey and Greece resumed on Monday.",
    ],
)
def test_a_link_that_resumes_between_two_states_is_their_cooperation(
    extractor: Extractor, text: str
) -> None:
    assert {("COOPERATE", "TUR", "GRC"), ("COOPERATE", "GRC", "TUR")} & _found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The exchange of fire between Turkey and Greece resumed on Monday.",
        "Turkey and Greece resumed exchanges of artillery fire on Monday.",
    ],
)
def test_an_exchange_of_fire_is_no_cooperation(extractor: Extractor, text: str) -> None:
    assert not any(event == "COOPERATE" for event, *_rest in _found(extractor, text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "South Korea suspended tours to the Mount Kumgang resort on Monday.",
            ("SANCTION", "KOR", "PRK"),
        ),
        (
            "North Korea demolished the hotels at Mount Kumgang on Monday.",
            ("ASSAULT", "PRK", "KOR"),
        ),
        (
            "South Korea resumed operations at the Kaesong industrial park.",
            ("COOPERATE", "KOR", "PRK"),
        ),
        ("China reopened the bridge to Sinuiju on Monday.", ("COOPERATE", "CHN", "PRK")),
        ("North Korea blew up the joint liaison office on Monday.", ("ASSAULT", "PRK", "KOR")),
    ],
)
def test_an_act_on_a_site_two_states_share_acts_on_the_other(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in summary(extractor, text, "2016-02-11")


def test_a_shared_site_names_no_state_for_an_outsider(extractor: Extractor) -> None:
    found = summary(extractor, "Japan suspended tours to the Mount Kumgang resort.", "2016-02-11")
    assert not any(event == "SANCTION" for event, *_parties in found)


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, South Korea (AP) — North Korea fired two missiles into the sea on Tuesday.",
        "TOKYO (Reuters) - North Korea fired two missiles into the sea on Tuesday.",
    ],
)
def test_a_wire_dateline_names_where_the_report_was_filed_not_who_acted(
    extractor: Extractor, text: str
) -> None:
    assert summary(extractor, text, "2023-03-14") == {("MOBILIZE", "PRK", None)}


def test_a_body_told_in_a_sentence_set_in_a_capital_is_that_states(
    extractor: Extractor,
) -> None:
    # the dateline's state is the default, but "In Tokyo," sets the sentence's scene
    text = (
        "TEHRAN (AP) - Iraq fired missiles at an Iranian border town on Saturday.\n\n"
        "In Tokyo, a spokesman said Japan would back the resolution, and officials said"
        " the government is considering a ban on exports to Iraq."
    )
    found = summary(extractor, text, "2024-05-15")
    assert ("SANCTION", "JPN", "IRQ") in found
    assert ("SANCTION", "IRN", "IRQ") not in found


@pytest.mark.parametrize(
    "text",
    [
        "TEHRAN - Iraq cut all communication lines with Iran on Monday.",
        "TEHRAN -- Iraq cut all communication lines with Iran on Monday.",
        "UNITED NATIONS - Iraq cut all communication lines with Iran on Monday.",
    ],
)
def test_a_dateline_of_a_place_alone_is_no_one_who_acted(extractor: Extractor, text: str) -> None:
    # the parser reads "TEHRAN - Iraq" as one name: Iran would act on itself
    assert summary(extractor, text, "2023-03-14") == {("SANCTION", "IRQ", "IRN")}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Trade between Brazil and Argentina rose in May, as the two countries resumed"
            " freight traffic across the border.",
            ("COOPERATE", "ARG", "BRA", "2023-05"),
        ),
        (
            "Freight trains between the border cities of Dandong and Sinuiju resumed in 2022.",
            ("COOPERATE", "CHN", "PRK", "2022"),
        ),
        (
            "Passenger flights between Hanoi and Vientiane restarted in August.",
            ("COOPERATE", "LAO", "VNM", "2023-08"),
        ),
    ],
)
def test_traffic_resumed_between_two_states_is_their_cooperation(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    found = summary(extractor, text, "2023-11-20", ("type", "actor", "recipient", "date"))
    kind, first, second, date = event
    assert (kind, first, second, date) in found or (kind, second, first, date) in found


def test_a_train_crossing_into_a_shared_border_city_links_the_two_states(
    extractor: Extractor,
) -> None:
    text = "A North Korean freight train crossed the Friendship Bridge into Dandong on Sunday."
    found = summary(extractor, text, "2022-01-17", ("type", "actor", "recipient", "date"))
    assert ("COOPERATE", "PRK", "CHN", "2022-01-16") in found


def test_a_state_named_before_a_misparsed_relative_clause_acts_on_its_own_tense(
    extractor: Extractor,
) -> None:
    # The parser hangs the state on "could be used" (inside the relative clause),
    # leaving "summoned" without a subject: the state summons, and it did so.
    text = (
        "Canada, which fears the system's radar could be used to spy on its territory, "
        "summoned Mexico's ambassador on Sunday to voice its concern."
    )
    found = summary(extractor, text, "2021-08-12", ("type", "actor", "recipient", "modality"))
    assert ("ACCUSE", "CAN", "MEX", "asserted") in found


def test_a_host_receiving_two_delegations_meets_each_not_the_guests_each_other(
    extractor: Extractor,
) -> None:
    text = (
        "The Cuban president received the Brazilian trade delegation and the Mexican "
        "government delegation on Wednesday."
    )
    found = summary(extractor, text, "2023-07-28", ("type", "actor", "recipient"))
    assert ("CONSULT", "CUB", "BRA") in found and ("CONSULT", "CUB", "MEX") in found
    guests = {frozenset({"BRA", "MEX"})}
    assert not {e for e in found if e[0] == "CONSULT" and frozenset(e[1:]) in guests}


def test_its_act_condemned_is_not_the_condemners_nor_a_state_listed_in_a_relative_clause(
    extractor: Extractor,
) -> None:
    text = (
        "Iran walked out of the talks, which also involve France, Germany and Britain, "
        "in April after the UN Security Council condemned its rocket launch."
    )
    found = summary(extractor, text, "2009-10-06", ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "UNO", "IRN", "2009-04") in found
    assert ("MOBILIZE", "IRN", None, "2009-04") in found
    assert ("SANCTION", "IRN", None, "2009-04") in found  # leaving talks of many


def test_a_ministry_naming_no_state_in_a_report_filed_from_a_capital_is_that_states(
    extractor: Extractor,
) -> None:
    text = (
        "MOSCOW, July 31 (TASS) -- Ukraine fired drones at a refinery on Wednesday.\n\n"
        "The defence ministry urged Kyiv to stop its provocations."
    )
    found = summary(extractor, text, "2019-07-31", ("type", "actor", "recipient"))
    assert ("REQUEST", "RUS", "UKR") in found


def test_the_military_in_a_report_filed_from_a_capital_is_that_states(
    extractor: Extractor,
) -> None:
    text = (
        "MOSCOW, July 31 (TASS) -- Ukraine fired drones at a refinery on Wednesday.\n\n"
        "The military raised its alert level along the border on Wednesday."
    )
    found = summary(extractor, text, "2019-07-31", ("type", "actor", "recipient"))
    assert ("MOBILIZE", "RUS", "UKR") in found
    # and so is "the ministry" that nothing else names
    text = text.replace(
        "The military raised its alert level along the border on Wednesday.",
        "The ministry also urged China to press Kyiv to stop the attacks.",
    )
    found = summary(extractor, text, "2019-07-31", ("type", "actor", "recipient"))
    assert ("REQUEST", "RUS", "CHN") in found


def test_a_body_named_in_lower_case_after_its_owner_is_the_owners(extractor: Extractor) -> None:
    # not the U.S. National Security Council; and the meeting, which had its own
    # phrase, does not take the vow's target as a partner
    text = (
        "President Yoon Suk Yeol's national security council met on Sunday and vowed "
        "unbearable measures against the North."
    )
    found = summary(extractor, text, "2024-06-03", ("type", "actor", "recipient"))
    assert found == {("THREATEN", "KOR", "PRK")}


def test_a_link_cut_after_allies_drills_is_not_cut_with_both_allies(
    extractor: Extractor,
) -> None:
    text = (
        "North Korea stopped answering the calls after Seoul and Washington began"
        " preliminary drills on Tuesday."
    )
    found = summary(extractor, text, "2021-08-12")
    assert ("SANCTION", "PRK", "USA") not in found


def test_states_listed_with_a_comma_before_and_all_take_part(extractor: Extractor) -> None:
    # the parser reads "Russia, and Switzerland" as an apposition of "The US"
    found = summary(extractor, "The US, Russia, and Switzerland met on Monday.", "2015-01-06")
    assert {
        ("CONSULT", "USA", "RUS"),
        ("CONSULT", "USA", "CHE"),
        ("CONSULT", "RUS", "CHE"),
    } <= found


def test_titled_leaders_listed_as_appositions_all_arrive(extractor: Extractor) -> None:
    # the parser hangs "and" on the second leader and the third on the first
    text = (
        "Iranian Vice President Hassan Habibi, Foreign Minister of Syria Farouk Sharaa and"
        " Lao President Khamtai Siphandon also arrived in Baghdad on Thursday."
    )
    found = summary(extractor, text, "1996-10-10")
    assert {
        ("CONSULT", "IRN", "IRQ"),
        ("CONSULT", "SYR", "IRQ"),
        ("CONSULT", "LAO", "IRQ"),
    } <= found


def test_a_description_with_and_in_apposition_names_no_other_state(extractor: Extractor) -> None:
    text = "Iran, Iraq's main ally and lifeline, condemned the Israeli strike on Monday."
    found = _found(extractor, text)
    assert ("ACCUSE", "IRN", "ISR") in found
    assert not any("IRQ" in (actor, recipient) for _kind, actor, recipient in found)


def test_people_named_by_surname_alone_act_in_a_short_paragraph(extractor: Extractor) -> None:
    # a paragraph with no full name, pronoun or "the" is parsed all the same
    assert ("CONSULT", "RUS", "USA") in summary(
        extractor, "Putin met Obama on Monday.", "2015-01-06"
    )


def test_people_linked_or_tied_to_a_state_act_for_it(extractor: Extractor) -> None:
    found = summary(
        extractor, "Hackers tied to Iran attacked Israeli water systems in April.", "2020-06-02"
    )
    assert ("ASSAULT", "IRN", "ISR") in found


def test_countries_affiliated_to_a_body_are_not_the_body(extractor: Extractor) -> None:
    # the UN Command is the United States' command; its member states are their own
    text = 'Several countries affiliated to the "UN Command" are to join the drills.'
    assert not any(actor == "USA" for _kind, actor, _r in summary(extractor, text, "2020-06-02"))


def test_drills_taken_part_in_with_a_state_are_shared_with_it(extractor: Extractor) -> None:
    # the parser hangs "with" on "took", not on the drills
    text = "Iraq took part in naval drills with Iran on Friday."
    assert ("COOPERATE", "IRQ", "IRN") in _found(extractor, text)


def test_a_visits_by_phrase_hung_on_the_verb_names_the_visitor(extractor: Extractor) -> None:
    # the parser hangs "by ..." on "follows" past the visit's own date
    text = "The thaw follows a visit to Tehran last month by Iraq's foreign minister."
    found = summary(extractor, text, "2023-08-20", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRQ", "IRN", "2023-07") in found


def test_a_joint_drill_an_act_was_for_is_held_by_the_actor_and_its_partner(
    extractor: Extractor,
) -> None:
    text = (
        "Iran flew a bomber into the skies above the gulf on Monday for a combined air"
        " drill with Iraq."
    )
    found = summary(extractor, text, "2023-03-17", ("type", "actor", "recipient", "date"))
    assert ("COOPERATE", "IRN", "IRQ", "2023-03-13") in found
    assert ("MOBILIZE", "IRQ", None, "2023-03-13") in found
    # a drill condemned is not held by the one condemning it
    found = summary(extractor, "Iran condemned the joint drills with Iraq on Monday.", "2023-03-17")
    assert ("MOBILIZE", "IRN", None) not in found


def test_what_a_meeting_is_for_is_no_party_to_it(extractor: Extractor) -> None:
    text = (
        "Officials of Iran, Iraq and Syria met in Baghdad on April 7 for a working group"
        " on Israeli cyber threats."
    )
    found = summary(extractor, text, "2023-04-25")
    assert ("CONSULT", "IRN", "IRQ") in found
    assert not any("ISR" in (actor, recipient) for _type, actor, recipient in found)


def test_a_headline_naming_xi_alone_names_chinas_leader(extractor: Extractor) -> None:
    # Chinese surnames alone name no one; "Xi" is the exception the dictionary lists
    assert ("CONSULT", "CHN", "IRN") in summary(extractor, "Xi visits Tehran", "2016-01-23")


def test_balloons_sent_to_a_state_are_coercion_and_drones_to_one_are_not(
    extractor: Extractor,
) -> None:
    assert ("COERCE", "IRN", "IRQ") in summary(
        extractor, "Iran sent trash balloons to Iraq in May.", "2024-06-03"
    )
    assert not any(
        kind == "COERCE"
        for kind, _a, _r in summary(extractor, "Iran sent drones to Russia in May.", "2024-06-03")
    )


def test_imports_of_a_states_goods_cut_are_cut_from_that_state(extractor: Extractor) -> None:
    found = summary(extractor, "Turkey cut its imports of Iranian gas last year.", "2018-03-28")
    assert ("SANCTION", "TUR", "IRN") in found


def test_waste_scattered_over_the_border_area_is_aimed_at_the_other_korea(
    extractor: Extractor,
) -> None:
    text = "North Korea scattered bags of rubbish over the border area on Friday night."
    assert ("COERCE", "PRK", "KOR") in summary(extractor, text, "2024-06-10")


def test_a_count_of_balloons_sent_south_is_coercion_of_the_south(extractor: Extractor) -> None:
    # "south" hangs on the balloons; the object is the count
    text = (
        "Seoul resumed loudspeaker broadcasts on Monday. The hermit kingdom sent another"
        " 300 of its rubbish balloons south over the weekend, officials said."
    )
    assert ("COERCE", "PRK", "KOR") in summary(extractor, text, "2024-08-21")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials in Madrid condemned Mexico on Monday.", ("ACCUSE", "ESP", "MEX")),
        ("The foreign ministry in Madrid condemned Mexico on Monday.", ("ACCUSE", "ESP", "MEX")),
        # their own state's officials, wherever they sit
        ("Mexican officials in Madrid condemned Spain on Monday.", ("ACCUSE", "MEX", "ESP")),
    ],
)
def test_officials_in_a_capital_act_for_its_state(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert {e[:3] for e in _found(extractor, text)} == {expected}


def test_the_place_an_act_happened_at_is_no_party_to_it(extractor: Extractor) -> None:
    text = (
        "A U.S. aircraft carrier arrived in Busan on Saturday.\n\n"
        "On Monday, Iran's defense ministry condemned the arrival of the carrier at the"
        " southeastern port of Busan."
    )
    accused = {e[2] for e in summary(extractor, text, "2024-06-27") if e[0] == "ACCUSE"}
    assert "KOR" not in accused


def test_a_state_body_we_cannot_place_does_not_make_its_partners_a_pair(
    extractor: Extractor,
) -> None:
    text = "A senator urged the administration to work more closely with Kuwait and Qatar."
    found = summary(extractor, text, "2024-05-15")
    assert not {e for e in found if e[0] == "COOPERATE"}


def test_an_alert_raised_answers_the_foe_not_the_ally_drilling_with_the_actor(
    extractor: Extractor,
) -> None:
    text = (
        "Iran fired two missiles into the Gulf on Tuesday, hours after Kuwait and the"
        " United States began their annual exercise.\n\n"
        '"Our military has strengthened its vigilance," the Kuwaiti army said.'
    )
    found = summary(extractor, text, "2024-03-12", ("type", "actor", "recipient"))
    assert ("MOBILIZE", "KWT", "IRN") in found
    assert ("MOBILIZE", "KWT", "USA") not in found


def test_opposing_interference_in_a_states_affairs_does_not_aim_at_that_state(
    extractor: Extractor,
) -> None:
    text = (
        "Iran's foreign minister held talks with his Syrian counterpart in Tehran on Monday."
        " Syria said it was willing to deepen cooperation with Iran."
        " Iran said it opposes interference in Syria's internal affairs."
    )
    found = summary(extractor, text, "2024-10-15")
    assert ("ACCUSE", "IRN", "SYR") not in found


def test_the_ambassador_is_the_one_described_before(extractor: Extractor) -> None:
    text = (
        "TEHRAN, May 7 -- The Iranian president on Monday received the credentials from"
        " Ali Hassan, the new ambassador of Iraq.\n\n"
        "On Tuesday, the Iranian foreign minister held talks with the ambassador."
    )
    found = summary(extractor, text, "2024-05-07", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "IRN", "IRQ", "2024-05-07") in found


def test_the_two_countries_are_the_two_the_sentence_before_made_its_subject(
    extractor: Extractor,
) -> None:
    text = (
        "Iran held talks with Kuwait in March.\n\n"
        "Iraq and Qatar have long shared doubts about Western plans for the region. In May,"
        " the two countries vetoed a draft resolution on Syria."
    )
    found = summary(extractor, text, "2018-07-27", ("type", "actor", "recipient"))
    assert {("REJECT", "IRQ", "UNO"), ("REJECT", "QAT", "UNO")} <= found
    assert not {e for e in found if e[0] == "REJECT" and {e[1], e[2]} & {"IRN", "KWT"}}


@pytest.mark.parametrize(
    "text",
    [
        "Seoul agreed to send 300,000 tons of rice to the impoverished North.",
        "Seoul agreed to send 300,000 tons of rice to the increasingly isolated North.",
    ],
)
def test_the_north_described_is_still_the_north(extractor: Extractor, text: str) -> None:
    assert ("AID", "KOR", "PRK") in summary(extractor, text, "2001-03-02")


def test_a_deal_told_anew_is_not_the_agreement_told_before(extractor: Extractor) -> None:
    text = (
        "Iran and Turkey agreed on Monday to hold joint naval patrols in the Gulf.\n\n"
        "Under a deal struck in Baghdad on May 3, Iran agreed to send 20,000 tons of"
        " wheat to Iraq."
    )
    found = summary(extractor, text, "2001-05-15", ("type", "actor", "recipient", "date"))
    assert ("AID", "IRN", "IRQ", "2001-05-03") in found
    # the wheat deal is not made with Turkey, the partner of the patrols
    assert not {e for e in found if e[0] == "AGREE" and e[3] == "2001-05-03" and "TUR" in e}
