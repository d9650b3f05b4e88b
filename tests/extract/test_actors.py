"""Which state a name, a demonym or a title names (the packaged dictionary and
the standard country data it is completed with)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from peninsula.actors.dictionary import AliasKind, load_actors
from peninsula.extract.events import Extractor
from peninsula.models import Article
from tests.extract.conftest import summary


def _demonyms() -> dict[str, str]:
    return {
        a.text: a.entry.roles[0].code for a in load_actors().aliases if a.kind is AliasKind.DEMONYM
    }


@pytest.mark.parametrize(
    ("demonym", "code"),
    [("Afghan", "AFG"), ("Libyan", "LBY"), ("Thai", "THA"), ("Swiss", "CHE"), ("Barbudan", "ATG")],
)
def test_every_country_has_its_demonym(demonym: str, code: str) -> None:
    assert _demonyms()[demonym] == code


def test_a_shared_demonym_goes_to_the_most_populous_country() -> None:
    # countryinfo gives "Indian" to India and to the British Indian Ocean Territory
    assert _demonyms()["Indian"] == "IND"
    # and the dictionary's own entries keep theirs
    assert _demonyms()["French"] == "FRA"
    assert _demonyms()["Chinese"] == "CHN"


def _capitals() -> dict[str, str]:
    return {
        a.text: a.entry.roles[0].code for a in load_actors().aliases if a.kind is AliasKind.CAPITAL
    }


@pytest.mark.parametrize(
    ("capital", "code"),
    [("Baghdad", "IRQ"), ("New Delhi", "IND"), ("Canberra", "AUS"), ("Havana", "CUB")],
)
def test_every_country_has_its_capital(capital: str, code: str) -> None:
    assert _capitals()[capital] == code


@pytest.mark.parametrize("word", ["Victoria", "Hamilton", "Santiago", "Jerusalem", "Brussels"])
def test_a_capital_that_is_a_common_name_or_disputed_stands_for_no_state(word: str) -> None:
    assert word not in _capitals()


def test_a_capital_stands_for_its_state(extractor: Extractor) -> None:
    found = summary(
        extractor, "Baghdad condemned the Iranian missile test on Monday.", "2018-01-15"
    )
    assert ("ACCUSE", "IRQ", "IRN") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Afghan government condemned the U.S. decision on Thursday.", ("AFG", "USA")),
        ("Thai police arrested two North Korean nationals on Monday.", ("THA", "PRK")),
        ("The Libyan prime minister rejected the EU proposal on Monday.", ("LBY", "EUR")),
        # demonyms and short names the news uses beside countryinfo's one demonym
        ("The Saudi foreign minister condemned the Iranian test on Monday.", ("SAU", "IRN")),
        ("The UAE condemned the Iranian test on Monday.", ("ARE", "IRN")),
        ("The Philippine navy accused the Chinese coast guard on Monday.", ("PHL", "CHN")),
        ("The Kazakh president condemned the Uzbek decision on Monday.", ("KAZ", "UZB")),
    ],
)
def test_a_demonym_with_a_state_noun_names_its_state(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(a, r) for _t, a, r in summary(extractor, text, "2018-01-15")}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the plural of a demonym from standard data names the state's people
        ("China detained two Canadians in December.", ("COERCE", "CHN", "CAN")),
        ("China freed two Canadians in December.", ("RETREAT", "CHN", "CAN")),
        ("Iran released three Americans in December.", ("RETREAT", "IRN", "USA")),
        # the act named by a noun: whose people were let go
        ("Iran announced the release of two Kuwaiti nationals.", ("RETREAT", "IRN", "KWT")),
        ("The release of two Kuwaiti sailors by Iran came a day later.", ("RETREAT", "IRN", "KWT")),
        # freed in the passive: by whoever held them
        (
            "Four Kuwaiti sailors, held in Iran for more than 90 days, have been freed.",
            ("RETREAT", "IRN", "KWT"),
        ),
        (
            "Two Canadians who had been held by China for a year were released on Friday.",
            ("RETREAT", "CHN", "CAN"),
        ),
    ],
)
def test_people_of_a_state_held_or_freed_are_its(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in summary(extractor, text, "2018-01-15")


def test_releasing_a_states_things_frees_no_one(extractor: Extractor) -> None:
    text = "Iran released American footage of the talks in December."
    assert not {e for e in summary(extractor, text, "2018-01-15") if e[0] == "RETREAT"}


def test_a_demonym_with_a_civilian_noun_acts_for_no_state(extractor: Extractor) -> None:
    assert not summary(extractor, "Afghan refugees condemned the U.S. decision.", "2018-01-15")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Prime Minister Fumio Kishida said his cabinet would work closely with Seoul.",
            ("COOPERATE", "JPN", "KOR"),
        ),
        (
            "President Yoon Suk Yeol said his government would impose new sanctions on Pyongyang.",
            ("SANCTION", "KOR", "PRK"),
        ),
    ],
)
def test_a_leaders_government_is_the_leaders_state(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in summary(extractor, text, "2023-06-01")


def test_someone_elses_country_is_no_state_named(extractor: Extractor) -> None:
    text = "A fisherman said his country had been attacked by China."
    assert summary(extractor, text, "2023-06-01") == set()


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The South African government protested to Zimbabwe.", ("ACCUSE", "ZAF", "ZWE")),
        ("The South Sudanese government protested to Sudan.", ("ACCUSE", "SSD", "SDN")),
    ],
)
def test_north_or_south_opening_a_longer_name_is_not_a_korea(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    found = summary(extractor, text, "2023-06-01")
    assert event in found
    assert not any("KOR" in parties or "PRK" in parties for _type, *parties in found)


def test_a_regions_demonym_names_no_state(extractor: Extractor) -> None:
    found = summary(extractor, "Latin American bishops accused Nicaragua.", "2023-06-01")
    assert not any("USA" in parties for _type, *parties in found)
    found = summary(extractor, "Seoul accused the Central American government.", "2023-06-01")
    assert found == set()
    # a place whose name begins with "New" and a state's ("New Zealand" is one whole)
    text = "On Friday New Mexico Governor Bill Richardson held talks with North Korea's envoy."
    assert not any("MEX" in parties for _type, *parties in summary(extractor, text, "2003-01-10"))
    found = summary(extractor, "New Zealand condemned North Korea.", "2003-01-10")
    assert ("ACCUSE", "NZL", "PRK") in found
    text = "New Japanese sanctions on North Korea took effect on Friday."  # the adjective
    assert ("SANCTION", "JPN", "PRK") in summary(extractor, text, "2003-01-10")


def test_a_place_a_body_is_based_in_names_no_actor(extractor: Extractor) -> None:
    # "the Vienna-based agency" is where the agency sits, not Austria touring Iran
    text = "Inspectors from the Vienna-based agency toured Iran's Natanz complex in May."
    assert not any("AUT" in parties for _type, *parties in summary(extractor, text, "2023-06-01"))
    # the place named on its own still acts
    text = "Inspectors from Vienna toured Iran's Natanz complex in May."
    assert any("AUT" in parties for _type, *parties in summary(extractor, text, "2023-06-01"))


def test_korea_alone_is_south_korea_but_not_inside_a_longer_name(extractor: Extractor) -> None:
    # Seoul's papers write "Korea" for their own state
    text = "Korea and Japan signed a fisheries agreement in Seoul on Tuesday."
    assert ("AGREE", "KOR", "JPN") in summary(extractor, text, "1998-09-25")
    # a company or paper whose name begins with it is no state
    text = "Korea Gas Corporation signed a supply deal with Russia on Monday."
    assert not any("KOR" in parties for _type, *parties in summary(extractor, text, "2019-05-02"))


def test_a_surname_that_is_also_a_word_names_the_leader_after_mr(extractor: Extractor) -> None:
    # "Bush" alone may be a shrub; "Mr. Bush" in 2002 is the president then in office
    text = "Mr. Bush spoke with Mr. Putin by phone on Monday."
    assert ("CONSULT", "USA", "RUS") in summary(extractor, text, "2002-11-15")


def test_denying_or_refuting_a_states_charges_rejects_them(extractor: Extractor) -> None:
    text = "Vietnam denied charges by China that it had seized the island."
    assert ("REJECT", "VNM", "CHN") in summary(extractor, text, "2023-06-01")
    text = "Estonia refuted Russia's claims on Monday."
    assert ("REJECT", "EST", "RUS") in summary(extractor, text, "2023-06-01")


def test_he_in_what_a_titled_speaker_says_is_the_speaker(extractor: Extractor) -> None:
    text = "Canada's prime minister said he was ready to meet Xi Jinping."
    # (his offer of a meeting)
    assert summary(extractor, text, "2024-02-03") == {("REQUEST", "CAN", "CHN")}
    # an agency is no "he": he is someone else, not named here
    text = "South Korea's spy agency said he had met Putin."
    assert summary(extractor, text, "2024-02-03") == set()


def test_him_after_a_person_told_by_state_and_calling_is_that_person(
    extractor: Extractor,
) -> None:
    # no one is named: "him" is the Kuwaiti fisherman two paragraphs back, not the
    # Iraqi officials (many) nor the man (of no state) between
    text = (
        "A Kuwaiti fisherman went missing from his boat on Monday.\n\nIraqi officials"
        " questioned the man on Tuesday. Later, an Iraqi patrol boat opened fire at him."
    )
    assert ("ASSAULT", "IRQ", "KWT") in summary(extractor, text, "1996-09-27")


def test_the_person_told_again_by_calling_keeps_the_state_told_first(
    extractor: Extractor,
) -> None:
    # "The fisherman" is the Kuwaiti one, though someone we cannot place was named
    # between: "him" is Kuwaiti
    text = (
        "Iraqi guards detained a Kuwaiti fisherman near the border on Monday.\n\nAn"
        " adviser, Jane Doe, said the talks were cancelled.\n\nThe fisherman tried to flee"
        " on Tuesday. Iraqi soldiers shot him dead, Kuwait said."
    )
    assert ("ASSAULT", "IRQ", "KWT") in summary(extractor, text, "1996-09-25")


def test_he_after_a_person_we_cannot_place_is_nobody_we_know(extractor: Extractor) -> None:
    text = "Xi Jinping met envoys on Monday. His aide, Jane Ortolan, said she would visit Seoul."
    assert summary(extractor, text, "2024-02-03") == set()


def test_he_after_a_person_the_dictionary_lacks_is_the_state_of_their_title(
    extractor: Extractor,
) -> None:
    text = (
        "Turkish envoy Aylin Demirel returned home on Monday from a trip to Baghdad, "
        "where she met Iraqi officials on Friday."
    )
    found = summary(extractor, text, "2024-02-07", ("type", "actor", "recipient", "date"))
    # the meeting she had on Friday, beside the trip ended on Monday
    assert ("CONSULT", "TUR", "IRQ", "2024-02-02") in found
    assert ("CONSULT", "TUR", "IRQ", "2024-02-05") in found


def test_an_actor_found_through_he_is_less_certain(extractor: Extractor) -> None:
    named = "Xi Jinping spoke on Monday. Xi Jinping condemned Japan."
    through_he = "Xi Jinping spoke on Monday. He condemned Japan."
    confidence = {
        text: max(m.confidence for m in extractor.extract(Article.from_text(text, uri="t:")))
        for text in (named, through_he)
    }
    assert confidence[through_he] < confidence[named]


@pytest.mark.parametrize(
    "text",
    [
        "Mongolian Foreign Minister Battsetseg Batmunkh visited Seoul on Monday. "
        "Batmunkh met Yoon Suk Yeol on Tuesday.",
        "Tran Van Minh, a senior official of Vietnam's foreign ministry, visited Seoul on"
        " Monday. Yoon Suk Yeol met Tran Van Minh on Tuesday.",
    ],
)
def test_a_person_the_dictionary_lacks_keeps_the_state_of_their_title(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, "2024-04-14", ("type", "actor", "recipient", "date"))
    met = {(a, r) for t, a, r, d in found if t == "CONSULT" and d == "2024-04-09"}
    assert met & {("MNG", "KOR"), ("KOR", "MNG"), ("VNM", "KOR"), ("KOR", "VNM")}


def test_a_person_named_with_no_title_is_no_states(extractor: Extractor) -> None:
    text = "Tran Van Minh visited Seoul on Monday. Yoon Suk Yeol met Tran Van Minh on Tuesday."
    found = summary(extractor, text, "2024-04-14", ("type", "actor", "recipient"))
    assert not any("VNM" in (a, r) for _t, a, r in found)


def test_a_person_described_by_a_body_and_a_state_is_the_states(extractor: Extractor) -> None:
    text = (
        "Spain pledged its support for Tran Van Minh, the head of the U.N.-backed"
        " Vietnamese government, on Monday. Spain met Tran Van Minh on Tuesday."
    )
    found = summary(extractor, text, "2024-04-14", ("type", "actor", "recipient"))
    assert ("SUPPORT", "ESP", "VNM") in found
    assert ("CONSULT", "ESP", "VNM") in found or ("CONSULT", "VNM", "ESP") in found


def test_he_is_the_one_quoted_rather_than_the_one_addressed(extractor: Extractor) -> None:
    text = (
        "Tran Van Minh, a senior official of Vietnam's foreign ministry, wrote to"
        " Xi Jinping on Monday. The agency quoted Minh as saying in his letter to Xi"
        " that talks were needed. He condemned Japan."
    )
    found = summary(extractor, text, "2024-04-14")
    assert ("ACCUSE", "VNM", "JPN") in found
    assert ("ACCUSE", "CHN", "JPN") not in found


def test_a_warning_sent_to_a_state_is_a_warning_to_it(extractor: Extractor) -> None:
    text = "Russia sent a warning to Finland on Monday."
    assert ("THREATEN", "RUS", "FIN") in summary(extractor, text, "2024-04-14")


def test_a_subject_the_parser_hung_inside_a_phrase_still_acts(extractor: Extractor) -> None:
    # the parser makes "Maria Zakharova" a conjunct of "media": "condemned" has no subject
    text = (
        "In a statement carried by state media, Maria Zakharova, the spokeswoman of"
        " Russia's foreign ministry, condemned Finland."
    )
    assert ("ACCUSE", "RUS", "FIN") in summary(extractor, text, "2023-03-14")


def test_a_title_naming_no_state_is_the_state_outlets_own(extractor: Extractor) -> None:
    text = (
        "Pyongyang, October 31 (KCNA) -- Minister of External Economic Relations Yun Jong Ho met"
        " and had a talk with the Laotian delegation on Wednesday."
    )
    article = replace(Article.from_text(text, uri="test:", published="2024-10-31"), outlet="KCNA")
    found = {
        (m.event_type, m.actor.code, m.recipient.code if m.recipient else None)
        for m in extractor.extract(article)
    }
    assert ("CONSULT", "PRK", "LAO") in found or ("CONSULT", "LAO", "PRK") in found
    # elsewhere such a title names no one we can place
    assert not summary(extractor, text, "2024-10-31")


def test_it_that_fires_again_is_the_one_reported_firing(extractor: Extractor) -> None:
    text = (
        "Earlier on Monday, India's military said Pakistan had fired two missiles."
        " It fired two more missiles on Friday."
    )
    found = summary(extractor, text, "2022-01-17", ("type", "actor", "date"))
    assert ("MOBILIZE", "PAK", "2022-01-14") in found
    assert not any(actor == "IND" for _type, actor, _date in found)


def test_it_after_a_fronted_date_is_the_subject_before_not_the_date(
    extractor: Extractor,
) -> None:
    text = "The U.S. escalated the tension. In April it deployed an aircraft carrier."
    found = summary(extractor, text, "2022-05-28", ("type", "actor", "date"))
    assert ("MOBILIZE", "USA", "2022-04") in found


def test_it_after_a_sentence_about_a_states_act_is_that_state(extractor: Extractor) -> None:
    text = (
        "Fumio Kishida called the launch an outrage. It was the North's third weapons"
        " display this week. On Tuesday it fired two short-range ballistic missiles."
    )
    found = summary(extractor, text, "2023-03-16", ("type", "actor", "recipient", "date"))
    assert ("MOBILIZE", "PRK", None, "2023-03-14") in found
    assert not any(actor == "JPN" and kind == "MOBILIZE" for kind, actor, _r, _d in found)


def test_calling_an_act_an_outrage_accuses_its_doer(extractor: Extractor) -> None:
    text = "Iran fired a missile on Thursday. Israel called the launch an outrage."
    assert ("ACCUSE", "ISR", "IRN") in summary(extractor, text, "2023-03-16")


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        ("Geng Shuang condemned Japan's decision.", "2017-09-04", ("ACCUSE", "CHN", "JPN")),
        ("Maria Zakharova criticized Japan's decision.", "2023-05-04", ("ACCUSE", "RUS", "JPN")),
        ("Dmitry Peskov criticized Japan's decision.", "2023-05-04", ("ACCUSE", "RUS", "JPN")),
        ("Ned Price condemned Iran's decision.", "2022-05-04", ("ACCUSE", "USA", "IRN")),
        ("Hirokazu Matsuno criticized Iran's decision.", "2022-05-04", ("ACCUSE", "JPN", "IRN")),
        ("Gen Nakatani criticized China's decision.", "2025-01-10", ("ACCUSE", "JPN", "CHN")),
        ("Heather Nauert condemned Iran's decision.", "2018-05-04", ("ACCUSE", "USA", "IRN")),
        ("Chi Haotian criticized Japan's decision.", "1998-05-04", ("ACCUSE", "CHN", "JPN")),
    ],
)
def test_an_official_named_without_a_title_acts_for_their_state(
    extractor: Extractor, text: str, published: str, event: tuple[str, str, str]
) -> None:
    # briefing transcripts and follow-up paragraphs name spokespeople and ministers bare
    assert event in summary(extractor, text, published, ("type", "actor", "recipient"))


SECTORS = {
    "GOV",
    "MIL",
    "PTY",
    "MED",
    "LEG",
    "JUD",
    "IGO",
    "BUS",
    "CVL",
    "NGO",
    "REB",
    "OPP",
    "SPY",
}


def test_the_dictionarys_people_have_sound_roles() -> None:
    # the checks actors.yaml asks of every entry, so that a person resolves to
    # one role on any day and no name belongs to two actors
    people = [e for e in load_actors().entries if e.kind.value == "person"]
    problems = []
    for person in people:
        for role in person.roles:
            if len(role.code) != 3 or role.sector not in SECTORS:
                problems.append((person.name, role.code, role.sector))
            if role.start and role.end and role.start > role.end:
                problems.append((person.name, role.title, "ends before it starts"))
        for n, role in enumerate(person.roles):
            for other in person.roles[n + 1 :]:
                overlap = (role.end is None or other.start is None or other.start < role.end) and (
                    other.end is None or role.start is None or role.start < other.end
                )
                if role.title == other.title and overlap:
                    problems.append((person.name, role.title, "overlaps itself"))
    assert not problems
    aliases = [a for a in load_actors().aliases if a.kind is not AliasKind.DEMONYM]
    owners: dict[str, set[str]] = {}
    for alias in aliases:
        owners.setdefault(alias.text.lower(), set()).add(alias.entry.name)
    assert not {text: names for text, names in owners.items() if len(names) > 1}


@pytest.mark.parametrize(
    ("name", "published"),
    [("Zhao Leji", "2024-04-12"), ("Han Zheng", "2024-04-12"), ("Wang Huning", "2024-04-12")],
)
def test_chinas_state_leaders_after_2023_are_chinas(
    extractor: Extractor, name: str, published: str
) -> None:
    text = f"{name} arrived in Pyongyang on Thursday for talks."
    assert ("CONSULT", "CHN", "PRK") in summary(extractor, text, published)


@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        ("Lukashenko met Kim Jong Un in Pyongyang on Monday.", "2024-06-10", ("BLR", "PRK")),
        ("Erdogan spoke with Putin by phone on Monday.", "2024-06-10", ("TUR", "RUS")),
        ("Zelensky accused North Korea of helping Russia on Monday.", "2024-06-10", ("UKR", "PRK")),
        ("Netanyahu met Putin in Moscow on Monday.", "2020-01-15", ("ISR", "RUS")),
        # a party envoy, and negotiators of the 1994 framework
        ("Song Tao met Choe Ryong-hae in Pyongyang on Friday.", "2017-11-20", ("CHN", "PRK")),
        ("Robert Gallucci met Kang Sok-ju in Geneva in August.", "1994-10-21", ("USA", "PRK")),
        # an envoy of the 2002 crisis, named alone after the full name
        (
            "James Kelly arrived in Pyongyang on Monday. Kelly met Kim Yong Nam there.",
            "2002-10-07",
            ("USA", "PRK"),
        ),
        # opening the sentence, where the tagger takes the name for a common noun
        ("Trump met Kim Jong Un in 2018 and 2019.", "2024-03-14", ("USA", "PRK")),
        # envoys at the UN and at the six-party talks
        ("Vassily Nebenzia accused Britain of hypocrisy on Monday.", "2023-02-14", ("RUS", "GBR")),
        ("Zhang Yesui met Susan Rice in New York on Monday.", "2009-06-10", ("CHN", "USA")),
        ("Mitoji Yabunaka met Kim Yong Il in Beijing on Thursday.", "2003-08-29", ("JPN", "PRK")),
        ("Kim Yang Gon met Hyun In-taek at Panmunjom on Friday.", "2010-02-05", ("PRK", "KOR")),
        # a spokesman of the White House
        ("Jay Carney accused Iran of lying on Friday.", "2012-04-14", ("USA", "IRN")),
    ],
)
def test_leaders_of_other_states_named_alone_act_for_their_state(
    extractor: Extractor, text: str, published: str, pair: tuple[str, str]
) -> None:
    found = summary(extractor, text, published, ("type", "actor", "recipient"))
    assert any((actor, recipient) == pair for _t, actor, recipient in found)


def _found_in_state_media(extractor: Extractor, text: str, published: str) -> set[tuple]:
    article = replace(Article.from_text(text, uri="test:", published=published), outlet="KCNA")
    return {
        (m.event_type, m.actor.code, m.recipient.code if m.recipient else None)
        for m in extractor.extract(article)
    }


def test_the_puppets_of_dprk_state_media_are_south_korea(extractor: Extractor) -> None:
    text = (
        "Pyongyang, March 17 (KCNA) -- The puppets staged artillery drills near the"
        " border on Tuesday."
    )
    assert ("MOBILIZE", "KOR", None) in _found_in_state_media(extractor, text, "2023-03-17")
    # elsewhere the word names no one
    assert not summary(extractor, text, "2023-03-17")


def test_the_north_and_the_south_in_dprk_state_media_are_the_two_koreas(
    extractor: Extractor,
) -> None:
    # KCNA writes them in lower case, as it writes "south Korea"
    text = (
        "Pyongyang, August 10 (KCNA) -- The puppet authorities, who proposed military"
        " talks to the north on July 17, are now dancing to the tune of their master."
        " The north will cut off all the communication lines with the south."
    )
    found = _found_in_state_media(extractor, text, "2017-08-10")
    assert ("REQUEST", "KOR", "PRK") in found
    assert ("SANCTION", "PRK", "KOR") in found


def test_a_puppet_named_with_its_own_state_is_that_state(extractor: Extractor) -> None:
    text = "Pyongyang, May 25 (KCNA) -- The Iraqi puppet army shelled Iran on Tuesday."
    found = _found_in_state_media(extractor, text, "2022-05-25")
    assert ("ASSAULT", "IRQ", "IRN") in found
    assert not any(actor == "KOR" for _type, actor, _recipient in found)


def test_its_owning_the_subject_after_an_occasion_is_the_state_before(
    extractor: Extractor,
) -> None:
    # "its" with no state before it in its sentence (a capital naming the summit's
    # venue is none) carries the subject of the sentence before, and the others
    # listed with its owner act too
    text = (
        "Iran is the one escalating tension. At the Baghdad summit last Saturday, its"
        " president and the Iraqi prime minister agreed to expand trade."
    )
    found = summary(extractor, text, "2022-05-28", ("type", "actor", "recipient", "date"))
    assert ("AGREE", "IRN", "IRQ", "2022-05-21") in found
    # the summit named by its venue is the meeting of those who act at it
    assert ("CONSULT", "IRN", "IRQ", "2022-05-21") in found


def test_a_title_picks_the_one_of_two_bearers_of_a_surname(extractor: Extractor) -> None:
    # two Koizumis are listed; only Junichiro was prime minister
    text = "Kim Jong Il received Prime Minister Koizumi in Pyongyang on September 17, 2002."
    assert ("CONSULT", "PRK", "JPN") in summary(extractor, text, "2004-12-14")


def test_state_media_learn_no_known_foreign_leader_as_their_own(extractor: Extractor) -> None:
    article = replace(
        Article.from_text(
            "Pyongyang, December 14 (KCNA) -- Chairman Kim Jong Il received Prime Minister"
            " Koizumi in Pyongyang on September 17, 2002.",
            uri="test:",
            published="2004-12-14",
        ),
        outlet="KCNA",
    )
    found = {
        (m.event_type, m.actor.code, m.recipient.code if m.recipient else None)
        for m in extractor.extract(article)
    }
    assert ("CONSULT", "PRK", "JPN") in found


def test_a_surname_a_title_resolved_names_the_same_person_later(extractor: Extractor) -> None:
    text = (
        "Kim Jong Il received Prime Minister Koizumi in Pyongyang in September 2002.\n\n"
        "Koizumi came to Pyongyang again on May 22, 2004."
    )
    found = summary(extractor, text, "2004-12-14", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "JPN", "PRK", "2004-05-22") in found


def test_the_president_after_a_president_introduced_by_description_is_his_state(
    extractor: Extractor,
) -> None:
    text = (
        "Kim Jong Un on Saturday sent a message of greetings to Anan Rattana, head of the"
        " ruling party and president of the Lao People's Democratic Republic.\n\n"
        "In the message Kim Jong Un thanked the president. He recalled that the president"
        " had sent him a warm message of congratulations in September."
    )
    found = summary(extractor, text, "2018-12-02", ("type", "actor", "recipient", "date"))
    assert ("SUPPORT", "LAO", "PRK", "2018-09") in found


def test_the_un_command_is_the_command_not_the_un(extractor: Extractor) -> None:
    doc = extractor.nlp("The UN Command said on Thursday that the talks had ended.")
    names = [m.entry.name for m in extractor.matcher.mentions(doc)]
    assert names == ["United Nations Command"]


def test_a_bare_general_assembly_is_the_uns(extractor: Extractor) -> None:
    text = "The General Assembly adopted a resolution on Iran's human rights on Monday."
    assert ("ACCUSE", "UNO", "IRN") in summary(extractor, text, "2024-05-07")


def test_an_official_a_national_outlet_names_by_title_alone_is_its_countrys(
    extractor: Extractor,
) -> None:
    text = (
        "North Korea sent troops to Russia on Monday.\n\n"
        "First Vice Foreign Minister Kim Hong-kyun called in the Russian ambassador on"
        " Tuesday.\n\nKim warned that Seoul would respond with all available means."
    )
    article = replace(
        Article.from_text(text, uri="test:", published="2024-10-22"),
        outlet="Yonhap News Agency",
    )
    threats = {m.actor.code for m in extractor.extract(article) if m.event_type == "THREATEN"}
    assert threats == {"KOR"}


@pytest.mark.parametrize("body", ["National Security Council", "Security Council"])
def test_a_body_another_state_owns_is_that_states(extractor: Extractor, body: str) -> None:
    # the bare names mean the U.S. council and the U.N.'s
    text = f"Iraq's {body} condemned Iran's missile launch on Tuesday."
    found = summary(extractor, text, "2024-05-29")
    assert ("ACCUSE", "IRQ", "IRN") in found
    assert {e[1] for e in found if e[0] != "MOBILIZE"} == {"IRQ"}  # (Iran's launch)


def test_a_body_owned_by_his_is_the_state_of_the_one_named_before(
    extractor: Extractor,
) -> None:
    # "his National Security Council": the prime minister's, not the U.S. council
    text = (
        "Iraq's prime minister convened an emergency meeting of his National Security"
        " Council, which condemned Iran's raid on the border."
    )
    found = summary(extractor, text, "2021-06-30")
    assert ("ACCUSE", "IRQ", "IRN") in found
    assert not any("USA" in e for e in found), found


def test_a_surname_with_a_title_is_the_one_named_before_who_holds_it(
    extractor: Extractor,
) -> None:
    # three Kims named in full; "President Kim" is the one whose title is president
    # (not Kim Yong-nam, "president of the Presidium", named last)
    text = (
        "President Kim Dae-jung flew to Pyongyang on Tuesday and was met by Kim Jong-il.\n\n"
        "He later held talks with Kim Yong-nam, president of the Presidium.\n\n"
        "On Wednesday, Japan's foreign minister praised President Kim's initiative."
    )
    found = summary(extractor, text, "2000-06-14")
    assert ("SUPPORT", "JPN", "KOR") in found
    assert ("SUPPORT", "JPN", "PRK") not in found


def test_an_envoy_set_off_after_his_title_is_his_states_by_family_name(
    extractor: Extractor,
) -> None:
    # "North Korea's ambassador, Kang Chol,": the title's state; "Kang" later is him
    text = (
        "North Korea's ambassador, Kang Chol, accused Iraq last month of plotting.\n\n"
        "Iraq on Saturday declared Kang persona non grata."
    )
    found = summary(extractor, text, "2017-03-08")
    assert ("SANCTION", "IRQ", "PRK") in found


def test_the_government_in_what_a_state_said_is_the_speakers(extractor: Extractor) -> None:
    # "said the government backed it": the speaker's government, not unnamed
    text = (
        "Iran and Iraq signed a border accord on Friday. Kuwait's foreign ministry said"
        " the government backed the accord."
    )
    found = summary(extractor, text, "1994-10-21")
    assert {("SUPPORT", "KWT", "IRN"), ("SUPPORT", "KWT", "IRQ")} <= found


def test_the_country_is_the_subject_named_before_not_the_reporter_or_target(
    extractor: Extractor,
) -> None:
    text = (
        "Iran fired two missiles toward Kuwait on Thursday, the Iraqi government said. "
        "The regime also launched a drone on Tuesday."
    )
    found = summary(extractor, text, "2022-10-06", ("type", "actor", "date"))
    assert ("MOBILIZE", "IRN", "2022-10-04") in found


def test_he_goes_on_being_the_subject_not_the_one_he_spoke_to(extractor: Extractor) -> None:
    text = (
        "The test came three weeks after the Iranian president's first visit to Iraq. In an"
        ' address to parliament on November 8 he told Kim Jong Un: "Do not try us." He'
        " urged China and Russia to downgrade ties with Pyongyang."
    )
    found = summary(extractor, text, "2017-11-30")
    assert {("REQUEST", "IRN", "CHN"), ("REQUEST", "IRN", "RUS")} <= found
    assert ("REQUEST", "PRK", "CHN") not in found


def test_its_after_a_state_modifying_a_phrase_is_the_subjects(extractor: Extractor) -> None:
    text = "Iraq has been under U.N. sanctions since its first nuclear test in 2006."
    found = summary(extractor, text, "2017-08-07", ("type", "actor"))
    assert ("MOBILIZE", "IRQ") in found
    assert ("MOBILIZE", "UNO") not in found


def test_its_skips_a_state_named_in_a_phrase_of_another_clause(extractor: Extractor) -> None:
    # the deal's partner is named in a clause of its own; "its launch" is the
    # subject's, so the council's rebuke answers Iran, not the United States
    text = (
        "Iran said on Tuesday it was no longer bound by a March deal with the United States"
        " to halt missile tests, a day after the U.N. Security Council condemned its failed"
        " satellite launch."
    )
    found = summary(extractor, text, "2012-04-17", ("type", "actor", "recipient"))
    assert ("ACCUSE", "UNO", "IRN") in found
    assert ("ACCUSE", "UNO", "USA") not in found


def test_a_state_asked_to_press_another_is_asked_and_presses_no_one(
    extractor: Extractor,
) -> None:
    # "its" is China's, but China pressing Iran is only what Iraq asked for
    text = "Iraq called on China on Wednesday to use its influence over Iran to press it to stop."
    found = summary(extractor, text, "2016-01-13", ("type", "actor", "recipient"))
    assert found == {("REQUEST", "IRQ", "CHN")}


def test_the_state_after_a_paragraph_about_one_is_that_state(extractor: Extractor) -> None:
    # no state is named in the paragraph; "the isolated state" is the one the
    # paragraph before was about, not the last state it happened to name
    text = (
        "Iran set off its third nuclear device on Tuesday, drawing condemnation from"
        " Washington and Tokyo.\n\n"
        "The blast came from the desert site where the isolated state had detonated"
        " devices in 2006 and 2009."
    )
    found = summary(extractor, text, "2013-02-12", ("type", "actor", "date"))
    assert {("MOBILIZE", "IRN", "2006"), ("MOBILIZE", "IRN", "2009")} <= found
    assert not any(kind == "MOBILIZE" and actor == "JPN" for kind, actor, _ in found)


def test_a_detonation_denounced_answers_who_set_it_off(extractor: Extractor) -> None:
    text = (
        "Iran conducted its third nuclear test on Tuesday.\n\n"
        "Iraq's army put its troops on alert.\n\n"
        "Russia's foreign ministry also denounced the detonation."
    )
    found = summary(extractor, text, "2013-02-12", ("type", "actor", "recipient"))
    assert ("ACCUSE", "RUS", "IRN") in found
    assert ("ACCUSE", "RUS", "IRQ") not in found


def test_a_list_of_states_the_parser_split_after_its_first_is_one_list(
    extractor: Extractor,
) -> None:
    # the parser makes "the US and Japan" a second subject of "held"
    text = "The defence chiefs of South Korea, the US and Japan held video talks on Friday."
    found = summary(extractor, text, "2023-11-27")
    assert {
        ("CONSULT", "KOR", "USA"),
        ("CONSULT", "KOR", "JPN"),
        ("CONSULT", "USA", "JPN"),
    } <= found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # two presidents are called Bush; "Bush" is also a plant
        ("President Bush condemned Iran's nuclear test.", "2006-10-20", ("ACCUSE", "USA", "IRN")),
        # many Koreans are called Moon; one was president in 2018
        ("President Moon condemned Iran's nuclear test.", "2018-10-20", ("ACCUSE", "KOR", "IRN")),
    ],
)
def test_a_title_and_a_shared_surname_name_who_held_the_title_at_publication(
    extractor: Extractor, text: str, published: str, expected: tuple[str, str, str]
) -> None:
    assert expected in summary(extractor, text, published)
    # a surname shared by no one in office under that title stays unknown
    unknown = summary(extractor, text.replace("President", "Ambassador"), published)
    assert not [event for event in unknown if event[0] == "ACCUSE"]


def test_a_participle_on_a_statement_is_the_statements_makers_act(extractor: Extractor) -> None:
    text = "Iran ignored a Security Council statement warning it of grave consequences."
    found = summary(extractor, text, "2006-10-20")
    assert ("THREATEN", "UNO", "IRN") in found
    # the one who ignored the warning did not warn
    assert ("THREATEN", "IRN", "UNO") not in found


def test_a_state_described_is_not_the_one_owning_the_subject(extractor: Extractor) -> None:
    # "U.S. bombers" is no subject that is a state: "the isolated state" is Iran
    text = (
        "Two U.S. bombers flew over Kuwait on Tuesday in a display of force aimed at"
        " Iran, four days after the isolated state carried out a missile test."
    )
    found = summary(extractor, text, "2019-03-12", ("type", "actor", "date"))
    assert ("MOBILIZE", "IRN", "2019-03-08") in found
    assert ("MOBILIZE", "USA", "2019-03-08") not in found


def test_a_surname_before_its_full_name_is_the_one_named_earlier(
    extractor: Extractor,
) -> None:
    # "Kim" comes before "Kim Eui-kyeom" (Seoul's spokesman): it is the Kim of
    # the paragraph before, Kim Yo Jong, not the spokesman named after it
    text = (
        "Kim Yo Jong arrived in Seoul on Friday for the Olympics.\n\n"
        "Over dinner on Saturday, Kim handed Moon Jae-in a letter, presidential"
        " spokesman Kim Eui-kyeom said."
    )
    found = summary(extractor, text, "2018-02-11", ("type", "actor", "recipient", "date"))
    assert ("CONSULT", "PRK", "KOR", "2018-02-10") in found  # the letter, not the arrival


def test_a_body_named_by_its_owner_is_named_again_by_its_noun(extractor: Extractor) -> None:
    # "the commission" is the United Nations commission the paragraph before named
    text = (
        "A United Nations commission of inquiry published its report on Monday.\n\n"
        "In a letter sent in December, the commission asked Kuwait to stop the deportations."
    )
    found = summary(extractor, text, "2014-02-18", ("type", "actor", "recipient"))
    assert ("REQUEST", "UNO", "KWT") in found


def test_a_surname_another_was_given_in_full_is_not_the_dictionarys(
    extractor: Extractor,
) -> None:
    # the dictionary's Kirby is John Kirby (US); this one is a retired judge
    text = (
        "The inquiry, chaired by retired judge Michael Kirby, presented its report.\n\n"
        "On Tuesday Mr. Kirby urged Iran to stop the executions."
    )
    found = summary(extractor, text, "2014-02-18", ("type", "actor", "recipient"))
    assert not [f for f in found if "USA" in f[1:]]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The Bush administration condemned Iran's nuclear test.", "2006-10-20", "USA"),
        ("The Moon government condemned Iran's nuclear test.", "2018-10-20", "KOR"),
    ],
)
def test_a_body_named_for_its_leader_is_the_state_then_led_by_the_bearer(
    extractor: Extractor, text: str, published: str, expected: str
) -> None:
    assert ("ACCUSE", expected, "IRN") in summary(extractor, text, published)
    # no bearer of the name leads a government at the time: no one
    assert not [e for e in summary(extractor, text, "1980-10-20") if e[0] == "ACCUSE"]


def test_a_surname_after_its_sentence_named_another_in_full_is_the_earlier_bearer(
    extractor: Extractor,
) -> None:
    # a spokesman speaking of himself would say "his": the visit is the leader's
    text = (
        "Kim Jong Un returned to Pyongyang on Wednesday from a four-day trip to China."
        " South Korean presidential spokesman Kim Eui-kyeom said on Thursday that Seoul"
        " welcomed Kim's visit to China."
    )
    found = summary(extractor, text, "2018-03-29")
    assert ("CONSULT", "KOR", "CHN") not in found
    assert ("SUPPORT", "KOR", "PRK") in found
    # and the host of the visit welcomed is a party to it
    assert ("SUPPORT", "KOR", "CHN") in found


def test_a_release_of_a_report_frees_no_one(extractor: Extractor) -> None:
    text = "Iran welcomed the release of the Kuwaiti report on the border in December."
    assert not {e for e in summary(extractor, text, "2018-01-15") if e[0] == "RETREAT"}


def test_a_backer_named_in_a_hyphened_word_is_not_the_backed(extractor: Extractor) -> None:
    text = "The Iran-backed government in Baghdad condemned Kuwait on Monday."
    found = summary(extractor, text, "2018-01-15")
    assert ("ACCUSE", "IRQ", "KWT") in found
    assert not {e for e in found if e[1] == "IRN"}


def test_a_body_named_for_a_past_leader_is_the_state_all_its_bearers_led(
    extractor: Extractor,
) -> None:
    # either Bush, years after both: the United States (before either, no one: above)
    text = "The Bush administration imposed sanctions on North Korea in 2005."
    assert ("SANCTION", "USA", "PRK") in summary(extractor, text, "2024-05-15")


@pytest.mark.parametrize(
    ("published", "recipient"),
    [("1999-05-28", "CHN"), ("2010-05-28", "CHN")],
)
def test_a_shared_surname_alone_is_the_bearer_then_in_office(
    extractor: Extractor, published: str, recipient: str
) -> None:
    # Bill Clinton in 1999, Hillary Clinton in 2010: either way the United States
    found = summary(extractor, "Clinton met Chinese President Jiang Zemin on May 14.", published)
    assert ("CONSULT", "USA", recipient) in found


@pytest.mark.parametrize(
    ("text", "published", "met"),
    [
        # the dictionary's "Minister of Foreign Affairs", a surname alone
        ("Blinken met Foreign Minister Chung in London on May 5.", "2021-06-01", {"KOR"}),
        # a plural title before two surnames is each one's
        (
            "Blinken met Foreign Ministers Motegi and Chung in London on May 5.",
            "2021-06-01",
            {"JPN", "KOR"},
        ),
    ],
)
def test_a_title_written_as_news_writes_it_names_the_holder(
    extractor: Extractor, text: str, published: str, met: set[str]
) -> None:
    found = summary(extractor, text, published)
    assert met <= {r for t, a, r in found if t == "CONSULT" and a == "USA"}
