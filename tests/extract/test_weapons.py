"""Weapon systems named in the news: a name stands for its kind of weapon and
its launch told with no state is its owner's (data/weapons.yaml; sentences
written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.actors.dictionary import country_names
from peninsula.data import load_yaml
from peninsula.extract.events import Extractor
from peninsula.extract.lexicon import load_lexicon
from peninsula.extract.weapons import load_systems, named_system
from tests.extract.conftest import summary

FIELDS = ("type", "actor", "recipient", "date")


def test_every_system_is_a_known_kind_of_weapon_owned_by_a_known_state() -> None:
    fired = next(r for r in load_lexicon().verbs if r.mode == "weapons" and "fire" in r.lemmas)
    countries = set(country_names())
    names = [str(n).lower() for item in load_yaml("weapons.yaml")["systems"] for n in item["names"]]
    assert len(names) == len(set(names)) == len(load_systems())
    for item in load_yaml("weapons.yaml")["systems"]:
        assert fired.objects is not None and item["kind"] in fired.objects, item
        assert item["owner"] in countries and item["source"], item


def test_a_name_told_only_with_its_model_needs_the_model() -> None:
    assert named_system("KN-23") is not None
    assert named_system("KN") is None  # a bare abbreviation
    assert named_system("Chollima") is None  # the movement, not the rocket
    assert named_system("hwasong-14") is None  # a system's name is capitalized


def test_a_named_system_fired_by_a_state_is_its_weapons_test(extractor: Extractor) -> None:
    text = "Iran fired a KN-23 into the sea on Monday."
    assert ("MOBILIZE", "IRN", None, "2019-05-06") in summary(extractor, text, "2019-05-08", FIELDS)


def test_a_launch_of_a_named_system_told_with_no_state_is_its_owners(
    extractor: Extractor,
) -> None:
    text = (
        "Iran and Iraq traded accusations on Tuesday.\n\n"
        "The Unha-2 launch failed in April.\n\n"
        "The Hwasong-12 was launched on May 14, and the Hyunmoo-2 test-fires were"
        " conducted on June 23 and July 2."
    )
    found = {e for e in summary(extractor, text, "2017-08-10", FIELDS) if e[0] == "MOBILIZE"}
    assert found == {
        ("MOBILIZE", "PRK", None, "2017-04"),
        ("MOBILIZE", "PRK", None, "2017-05-14"),
        ("MOBILIZE", "KOR", None, "2017-06-23"),
        ("MOBILIZE", "KOR", None, "2017-07-02"),
    }


def test_tests_of_a_named_system_take_the_day_their_participle_tells(
    extractor: Extractor,
) -> None:
    # the system is named in the noun's "of" phrase; the day in a participle on it
    text = (
        "Iran and Iraq traded accusations on Tuesday.\n\n"
        "Iraq should remember that the test-fire of the ballistic rocket Taepodong-2,"
        " conducted on July 5, proved its reach."
    )
    found = {e for e in summary(extractor, text, "2006-08-10", FIELDS) if e[0] == "MOBILIZE"}
    assert found == {("MOBILIZE", "PRK", None, "2006-07-05")}


@pytest.mark.parametrize(
    "text",
    [
        "Peru staged a military parade on Thursday, rolling out its new missiles.",
        "A military parade was held in Lima on Thursday.",
        "Peru's president spoke at a military parade in Lima on Thursday.",
    ],
)
def test_a_military_parade_is_its_hosts_show_of_force(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2018-02-10", ("type", "actor", "recipient", "date"))
    assert ("MOBILIZE", "PER", None, "2018-02-08") in found


@pytest.mark.parametrize(
    "text",
    [
        "A carnival parade was held in Lima on Thursday.",
        # a guest watching another's parade stages none
        "Peru's defence minister watched the military parade on Thursday.",
    ],
)
def test_a_parade_of_no_arms_or_a_guests_is_no_show_of_force(
    extractor: Extractor, text: str
) -> None:
    assert not {e for e in summary(extractor, text, "2018-02-10") if e[0] == "MOBILIZE"}


def test_arms_given_up_under_a_pact_are_given_up_to_the_other_party(
    extractor: Extractor,
) -> None:
    text = (
        "Iran and the United States signed an agreement on Friday. Under the deal, Iran"
        " will freeze its nuclear program and shut down its reactor at Arak."
    )
    fields = ("type", "actor", "recipient", "modality", "date")
    found = summary(extractor, text, "2024-03-16", fields)
    # both steps are to come ("shut" after "will" is no past tense), promised to the U.S.
    retreats = {e for e in found if e[0] == "RETREAT"}
    assert retreats == {("RETREAT", "IRN", "USA", "future", "2024-03-15")}
    # not the suspension of a programme, as "froze the tours" would be
    assert not {e for e in found if e[0] == "SANCTION"}


def test_arms_asked_to_be_given_up_are_no_undirected_retreat(extractor: Extractor) -> None:
    found = summary(
        extractor, "Japan urged Iran on Monday to give up its nuclear ambitions.", "2024-03-16"
    )
    assert ("RETREAT", "IRN", None) not in found
    # given up, they need no one to be given up to
    found = summary(extractor, "Iran dismantled its nuclear test site on Monday.", "2024-03-16")
    assert ("RETREAT", "IRN", None) in found


def test_a_states_rocket_told_as_launched_is_its_launch(extractor: Extractor) -> None:
    text = (
        "Iran's long-range rocket launched on Wednesday appears to have put an object into"
        " orbit, officials said Thursday."
    )
    found = summary(extractor, text, "2012-12-13", ("type", "actor", "modality", "date"))
    assert ("MOBILIZE", "IRN", "asserted", "2012-12-12") in found


@pytest.mark.parametrize(
    ("text", "launcher"),
    [
        (
            "A rocket was fired shortly after noon Monday from a site on Iran's southern coast.",
            "IRN",
        ),
        ("The missile was launched on Monday from an Iraqi destroyer in the Gulf.", "IRQ"),
        # a launch that left no one state's soil names no launcher
        ("The missile was launched on Monday from a site near the Iran-Iraq border.", None),
    ],
)
def test_a_launch_told_in_the_passive_is_by_the_state_it_left(
    extractor: Extractor, text: str, launcher: str | None
) -> None:
    found = summary(extractor, text, "2019-05-08", FIELDS)
    # ("shortly after noon Monday": a time of day, then the day)
    assert found == ({("MOBILIZE", launcher, None, "2019-05-06")} if launcher else set())


@pytest.mark.parametrize(
    "text",
    [
        "Iran attempted to put a military reconnaissance satellite into orbit on Monday.",
        "Iran tried to launch a rocket on Monday.",
    ],
)
def test_a_launch_attempted_was_made_on_its_day(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2024-05-28", ("type", "actor", "modality", "date"))
    assert ("MOBILIZE", "IRN", "asserted", "2024-05-27") in found


def test_a_launch_still_to_be_tried_is_to_come(extractor: Extractor) -> None:
    found = summary(
        extractor,
        "Iran will try to launch a satellite next week.",
        "2024-05-28",
        ("type", "modality"),
    )
    assert ("MOBILIZE", "future") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran sent a ballistic missile over Iraq on Tuesday.",
        # the parser hangs "over" on the missile's going
        "Iran sent a ballistic missile screaming over Iraq on Tuesday.",
    ],
)
def test_a_missile_sent_on_its_way_was_launched(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2017-08-31", ("type", "actor", "modality"))
    assert ("MOBILIZE", "IRN", "asserted") in found
    assert not {e for e in found if e[0] == "AID"}  # no arms supplied to Iraq


def test_missiles_sent_to_a_state_are_arms_supplied(extractor: Extractor) -> None:
    found = summary(extractor, "Iran sent missiles to Russia last year.", "2017-08-31")
    assert ("AID", "IRN", "RUS") in found
    assert not {e for e in found if e[0] == "MOBILIZE"}
