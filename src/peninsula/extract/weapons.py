"""Weapon systems named in the news (data/weapons.yaml): the kind of weapon a
system's name stands for ("fired a Hwasong-14" fired a missile), and the state
whose system it is ("The Unha-3 launch failed" was North Korea's)."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from spacy.tokens import Token

from peninsula.actors.dictionary import country_ref
from peninsula.data import load_yaml
from peninsula.models import ActorRef


class WeaponSystem(NamedTuple):
    """One family of weapon systems: its kind, its owner, and whether its name
    is told only with a model ("KN-23")."""

    kind: str
    owner: str
    hyphenated: bool


@cache
def load_systems() -> dict[str, WeaponSystem]:
    """The weapon systems, by lower-case name."""
    return {
        str(name).lower(): WeaponSystem(
            item["kind"], item["owner"], bool(item.get("hyphenated", False))
        )
        for item in load_yaml("weapons.yaml")["systems"]
        for name in item["names"]
    }


def named_system(word: str) -> WeaponSystem | None:
    """The system a capitalized word names: "Hwasong-17", "Unha-3", "KN-23"."""
    if not word[:1].isupper():
        return None
    name, hyphen, model = word.lower().partition("-")
    system = load_systems().get(name)
    if system is None or (system.hyphenated and not (hyphen and model)):
        return None
    return system


def system_owners(noun: Token) -> list[ActorRef]:
    """The one state whose systems a weapons noun's own phrase names: "the Unha-3
    launch", "the test-fires of the rocket Hwasong-14", "The Hwasong-14 was
    launched" (not a clause on it); none when it names none, or systems of
    several states."""
    clauses = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in clauses]
    named = {(s.owner, t.text) for t in words if (s := named_system(t.text)) is not None}
    if len({owner for owner, _text in named}) != 1:
        return []
    owner, text = sorted(named)[0]
    return [country_ref(owner, "MIL", text)]
