"""Named events of the peninsula's history, told by name only (data/history.yaml;
sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.actors.dictionary import ActorKind, country_names, load_actors
from peninsula.data import load_yaml
from peninsula.extract.events import Extractor
from peninsula.extract.history_names import load_history
from peninsula.extract.lexicon import load_plover
from tests.extract.conftest import summary

FIELDS = ("type", "actor", "recipient", "modality", "date")


def test_every_named_event_has_a_plover_type_known_parties_and_its_own_names() -> None:
    plover, countries = load_plover(), country_names()
    organisations = {e.name for e in load_actors().entries if e.kind is ActorKind.ORGANISATION}
    names = [name.lower() for event in load_history() for name in event.names]
    assert len(names) == len(set(names))
    for event in load_history():
        assert event.type in plover.scores, event
        # a test or a drill is done at no one; any other act has two sides
        assert len(event.parties) >= (1 if event.type == "MOBILIZE" else 2), event
        assert set(event.parties) <= set(countries) | organisations, event
        assert event.source, event


def test_a_named_event_is_told_on_its_day_between_its_parties(extractor: Extractor) -> None:
    text = "Ties soured after the collapse of the Hanoi summit, analysts said."
    found = summary(extractor, text, "2021-07-30", FIELDS)
    assert found & {
        ("CONSULT", "USA", "PRK", "asserted", "2019-02-27"),
        ("CONSULT", "PRK", "USA", "asserted", "2019-02-27"),
    }
    text = "Pyongyang said Seoul had betrayed the June 15 joint declaration."
    found = summary(extractor, text, "2012-01-20", FIELDS)
    assert {(t, d) for t, _a, _r, _m, d in found} >= {("AGREE", "2000-06-15")}
    text = "Little came of it eight months after their Singapore meeting."
    found = summary(extractor, text, "2019-03-01", FIELDS)
    assert {(t, d) for t, _a, _r, _m, d in found} >= {("CONSULT", "2018-06-12")}
    # the Agreed Framework by the name news most often gives it
    text = "The consortium was set up to carry out the October 1994 accord."
    found = summary(extractor, text, "1998-09-05", FIELDS)
    assert {(t, d) for t, _a, _r, _m, d in found} >= {("AGREE", "1994-10-21")}


def test_a_named_resolution_is_the_security_councils_sanction_on_its_day(
    extractor: Extractor,
) -> None:
    text = (
        "Customs officers said the coal shipments broke Resolution 2371, according to the report."
    )
    found = summary(extractor, text, "2018-03-02", FIELDS)
    assert ("SANCTION", "UNO", "PRK", "asserted", "2017-08-05") in found
    # resolutions named together by their numbers are each one
    text = "The Council called the launch a violation of resolutions 1718 and 1874."
    found = summary(extractor, text, "2012-12-13", FIELDS)
    assert {
        ("SANCTION", "UNO", "PRK", "asserted", "2006-10-14"),
        ("SANCTION", "UNO", "PRK", "asserted", "2009-06-12"),
    } <= found
    text = "The Security Council adopted Resolution 2397 on Dec. 22, capping oil imports."
    found = summary(extractor, text, "2018-01-05", FIELDS)
    assert [e for e in found if e[0] == "SANCTION"] == [
        ("SANCTION", "UNO", "PRK", "asserted", "2017-12-22")
    ]


def test_a_named_event_after_the_article_is_not_history(extractor: Extractor) -> None:
    text = "Officials are preparing for the Hanoi summit, expected next month."
    found = summary(extractor, text, "2019-01-20", FIELDS)
    assert not any(d == "2019-02-27" for *_rest, d in found)


def test_a_named_event_the_text_tells_itself_is_told_once(extractor: Extractor) -> None:
    text = "Donald Trump met Kim Jong Un at the Hanoi summit in February 2019."
    found = summary(extractor, text, "2021-07-30", FIELDS)
    assert len([e for e in found if e[0] == "CONSULT"]) == 1


def test_a_named_act_with_a_direction_keeps_it(extractor: Extractor) -> None:
    text = "Tensions have run high since the shelling of Yeonpyeong Island, officials said."
    found = summary(extractor, text, "2011-03-01", FIELDS)
    assert ("ASSAULT", "PRK", "KOR", "asserted", "2010-11-23") in found
    assert not any(e[:3] == ("ASSAULT", "KOR", "PRK") for e in found)


def test_every_named_exercise_has_its_own_names_and_two_or_more_known_states() -> None:
    countries = country_names()
    exercises = load_yaml("exercises.yaml")["exercises"]
    names = [str(name).lower() for item in exercises for name in item["names"]]
    assert len(names) == len(set(names))
    for item in exercises:
        assert len(set(item["parties"])) >= 2 and set(item["parties"]) <= set(countries), item
        assert item["source"], item


def test_a_named_exercise_is_held_by_its_states_on_the_day_its_clause_tells(
    extractor: Extractor,
) -> None:
    text = (
        "Iraq fired a Scud missile on Sunday. The annual Team Spirit exercise began on "
        "Monday and will run for ten days."
    )
    found = summary(extractor, text, "1991-03-13", ("type", "actor", "recipient", "date"))
    drills = {e for e in found if e[0] in ("MOBILIZE", "COOPERATE") and e[1] != "IRQ"}
    assert drills >= {
        ("MOBILIZE", "USA", None, "1991-03-11"),
        ("MOBILIZE", "KOR", None, "1991-03-11"),
    }
    assert {frozenset(e[1:3]) for e in drills if e[0] == "COOPERATE"} == {frozenset({"USA", "KOR"})}
    # an exercise with no name and no state named is no one's
    text = "The annual spring exercise began on Monday and will run for ten days."
    assert not summary(extractor, text, "1991-03-13")


def test_family_reunions_told_with_no_state_are_the_two_koreas(extractor: Extractor) -> None:
    text = (
        "Aid groups have long pressed the issue of family reunions.\n\n"
        "The last family reunions were held at a mountain resort in October 2015."
    )
    found = summary(extractor, text, "2017-04-20", FIELDS)
    cooperation = {e for e in found if e[0] == "COOPERATE"}
    assert {frozenset(e[1:3]) for e in cooperation} == {frozenset({"KOR", "PRK"})}
    # held in 2015, and no second act from the issue merely named
    assert {e[3:] for e in cooperation} == {("asserted", "2015-10")}


def test_an_act_named_before_anyone_was_found_to_have_done_it_is_no_ones(
    extractor: Extractor,
) -> None:
    text = "Iraq's envoy said his country would handle the Cheonan incident fairly."
    attack = ("ASSAULT", "PRK", "KOR", "asserted", "2010-03-26")
    # the sinking was laid to a North Korean torpedo on 20 May 2010
    assert attack not in summary(extractor, text, "2010-05-07", FIELDS)
    assert attack in summary(extractor, text, "2011-05-07", FIELDS)


def test_an_ordinal_name_counted_from_a_later_time_is_another_event(
    extractor: Extractor,
) -> None:
    first = ("CONSULT", "KOR", "PRK", "asserted", "2000-06-13")
    text = "Seoul's envoy praised the first inter-Korean summit on Tuesday."
    assert first in summary(extractor, text, "2019-01-10", FIELDS)
    for text in (
        "Seoul's envoy praised the first inter-Korean summit in more than a decade.",
        "Seoul's envoy praised the first inter-Korean summit since 2007.",
    ):
        assert first not in summary(extractor, text, "2019-01-10", FIELDS)


def test_a_state_implementing_a_named_resolution_sanctions_its_target(
    extractor: Extractor,
) -> None:
    text = (
        "The ban carries out Resolution 2371, which the Security Council adopted on"
        " August 5. Beijing will fully implement Resolution 2375, its envoy said."
    )
    found = summary(extractor, text, "2017-09-20", ("type", "actor", "recipient", "modality"))
    sanctions = {e for e in found if e[0] == "SANCTION"}
    assert ("SANCTION", "CHN", "PRK", "future") in sanctions
    assert {r for _t, _a, r, _m in sanctions} == {"PRK"}


def test_what_a_named_resolution_does_is_told_by_its_adoption_alone(
    extractor: Extractor,
) -> None:
    text = (
        "The Security Council responded on Sept. 11 by unanimously adopting Resolution 2375,"
        " which limits Iraq's oil sales to 1 million barrels a day, freezes its bank deposits"
        " at current levels and bans its textile exports."
    )
    found = summary(extractor, text, "2017-09-26", FIELDS)
    assert {e[4] for e in found if e[0] == "SANCTION"} == {"2017-09-11"}


@pytest.mark.parametrize("verb", ["carried out", "conducted"])
def test_a_nuclear_test_named_by_its_ordinal_is_dated_on_its_day(
    extractor: Extractor, verb: str
) -> None:
    fields = ("type", "actor", "modality", "date")
    text = f"The North {verb} its third nuclear test, drawing global outrage."
    # the test, once, on its own day (not the day the article came out)
    assert summary(extractor, text, "2018-05-25", fields) == {
        ("MOBILIZE", "PRK", "asserted", "2013-02-12")
    }
    told = "Kaesong has been closed since the fourth nuclear test."
    assert ("MOBILIZE", "PRK", "asserted", "2016-01-06") in summary(
        extractor, told, "2018-05-25", fields
    )


def test_another_states_test_of_the_same_ordinal_is_its_own(extractor: Extractor) -> None:
    text = "Pakistan carried out its first nuclear test in 1998."
    found = summary(extractor, text, "2018-05-25", ("type", "actor", "date"))
    assert found == {("MOBILIZE", "PAK", "1998")}


@pytest.mark.parametrize(
    ("text", "historic"),
    [
        ("Iran suspended the 2018 military agreement with Iraq on Tuesday.", ("KOR", "PRK")),
        ("Kuwait accused Iran of breaking the 1994 accord with Iraq.", ("USA", "PRK")),
    ],
)
def test_a_named_pact_made_with_another_state_is_not_the_peninsulas(
    extractor: Extractor, text: str, historic: tuple[str, str]
) -> None:
    found = summary(extractor, text, "2024-05-15", ("type", "actor", "recipient"))
    assert ("AGREE", *historic) not in found
    assert ("AGREE", *reversed(historic)) not in found


def test_a_deal_reached_at_a_summit_is_of_the_summits_parties_and_time(
    extractor: Extractor,
) -> None:
    text = (
        "Iraq's president praised the agreements reached at the Iran-Iraq summits of June"
        " 2019 and May 2021."
    )
    found = {
        (actor, recipient, date)
        for kind, actor, recipient, modality, date in summary(extractor, text, "2023-10-07", FIELDS)
        if kind == "AGREE" and modality == "asserted"
    }
    assert {frozenset(f[:2]) for f in found} == {frozenset(("IRN", "IRQ"))}
    assert {f[2] for f in found} == {"2019-06", "2021-05"}


def test_an_accord_named_again_is_the_named_one_just_before(extractor: Extractor) -> None:
    text = (
        "Seoul said the buffer zones set up under the Comprehensive Military Agreement were"
        " gone. The North had already scrapped the accord in November."
    )
    found = summary(extractor, text, "2024-02-06", ("type", "actor", "recipient", "date"))
    assert ("SANCTION", "PRK", "KOR", "2023-11") in found
