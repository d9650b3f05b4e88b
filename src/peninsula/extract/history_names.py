"""The packaged lists of named events (data/history.yaml) and named exercises
(data/exercises.yaml), and what a noun's own words name by them: "scrapped the
Comprehensive Military Agreement" (the two Koreas' pact), "implement Resolution
2375", "the Freedom Shield exercise". Reading such names as mentions is
history.py's."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from peninsula.actors.dictionary import country_ref, party_ref
from peninsula.data import load_yaml
from peninsula.models import ActorRef, DateBasis, EventDate, Precision


@dataclass(frozen=True)
class NamedEvent:
    """One event of data/history.yaml."""

    names: tuple[str, ...]
    type: str
    parties: tuple[str, ...]
    date: dt.date
    source: str
    attributed: dt.date | None = None


@cache
def load_history() -> tuple[NamedEvent, ...]:
    """The named events, in file order."""
    return tuple(
        NamedEvent(
            names=tuple(str(n) for n in item["names"]),
            type=item["type"],
            parties=tuple(item["parties"]),
            date=dt.date.fromisoformat(str(item["date"])),
            source=item.get("source", ""),
            attributed=dt.date.fromisoformat(str(item["attributed"]))
            if "attributed" in item
            else None,
        )
        for item in load_yaml("history.yaml")["events"]
    )


@cache
def names() -> tuple[re.Pattern[str], dict[str, NamedEvent]]:
    by_name = {name.lower(): event for event in load_history() for name in event.names}
    return name_pattern(by_name), by_name


def name_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Any of the names as whole words, any case, the longest first."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _named_by(noun: Token, event_type: str) -> tuple[NamedEvent, list[ActorRef]] | None:
    """The named event of ``event_type`` a noun names by name, with its parties (as
    the name gives them), or None."""
    phrase = noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
    pattern, by_name = names()
    for match in pattern.finditer(phrase.text):
        event = by_name[match.group(0).lower()]
        start, end = phrase.start_char + match.start(), phrase.start_char + match.end()
        if event.type == event_type and start <= noun.idx < end:
            return event, [party_ref(party, "GOV", match.group(0)) for party in event.parties]
    return None


def sanctions_named(noun: Token) -> tuple[list[ActorRef], EventDate] | None:
    """The states on which the sanctions a noun names by name were imposed, and the
    day they were: "implement Resolution 2375", "Resolution 2371, which the Council
    adopted" (the DPRK); None for a noun that names none."""
    named = _named_by(noun, "SANCTION")
    if named is None:
        return None
    event, parties = named
    return parties[1:], EventDate(event.date, Precision.DAY, DateBasis.EXPLICIT)


def pact_parties_named(noun: Token) -> list[ActorRef]:
    """The parties of the agreement a noun names by name: "scrapped the Comprehensive
    Military Agreement" (the two Koreas); empty for a noun that names none."""
    named = _named_by(noun, "AGREE")
    return named[1] if named is not None else []


# How far back a noun that names an act again ("the drills", "the visit", "the
# accord") may find it (about two paragraphs).
NAMED_AGAIN_CHARS = 800


def pact_named_before(noun: Token) -> list[ActorRef]:
    """The parties of the agreement named by name shortly before a noun that names
    one again: "the buffer zones created under the 2018 Comprehensive Military
    Agreement ... Pyongyang had declared the accord void" (the two Koreas)."""
    before = noun.doc.text[max(0, noun.idx - NAMED_AGAIN_CHARS) : noun.idx]
    pattern, by_name = names()
    named = [by_name[m.group(0).lower()] for m in pattern.finditer(before)]
    pacts = [event for event in named if event.type == "AGREE"]
    if not pacts:
        return []
    return [party_ref(party, "GOV", pacts[-1].names[0]) for party in pacts[-1].parties]


@cache
def _exercise_names() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The named exercises' pattern, and each name's parties."""
    by_name = {
        str(name).lower(): tuple(item["parties"])
        for item in load_yaml("exercises.yaml")["exercises"]
        for name in item["names"]
    }
    return name_pattern(by_name), by_name


def exercise_parties(drill: Token) -> list[ActorRef]:
    """The states that hold the named exercise a drill noun's own words name: "the
    Freedom Shield exercise", "Ulchi-Freedom Guardian drills"; none for an unnamed
    drill."""
    words = drill.doc[drill.left_edge.i : drill.i].text.replace("-", " ")
    pattern, by_name = _exercise_names()
    parties: dict[str, ActorRef] = {}
    for match in pattern.finditer(words):
        for code in by_name[match.group(0).lower()]:
            parties.setdefault(code, country_ref(code, "MIL", match.group(0)))
    return list(parties.values())
