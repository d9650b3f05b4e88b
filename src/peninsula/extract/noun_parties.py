"""Which states an event noun names as its parties, where its own words do not:
the two a meeting's venue pairs ("talks held at the liaison office"), those who act
in its "where" clause ("the summit in Pyongyang, where Moon and Kim signed ..."),
the host of a show ("a military parade in Pyongyang"). ``noun_events`` asks these.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import subject_of
from peninsula.extract.context import Context
from peninsula.extract.nominal import paired_states
from peninsula.extract.tokens import of_objects, prep_objects
from peninsula.extract.triggers import venues
from peninsula.models import ActorRef

# Participles by which a meeting is told held at its venue: "talks held at the
# inter-Korean liaison office".
HOLDING_PARTICIPLES = frozenset({"hold", "convene", "stage"})


def held_between(noun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The two states a meeting's venue pairs, for a meeting told held there."""
    for held in noun.children:
        if held.dep_ == "acl" and held.tag_ == "VBN" and held.lemma_.lower() in HOLDING_PARTICIPLES:
            for venue in venues(held):
                paired = paired_states(venue, ctx, when)
                if len({a.code for a in paired}) >= 2:
                    return paired
    return []


def acting_where(noun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The two or more states that act in a meeting's "where" clause, which may hang
    on its venue ("the summit in Pyongyang, where ...")."""
    places = [noun, *(g for p in noun.children if p.dep_ == "prep" for g in p.children)]
    for clause in (c for place in places for c in place.children):
        if clause.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children
        ):
            acting = np_actors(subject_of(clause)[0], ctx, when)
            if len({a.code for a in acting}) >= 2:
                return acting
    return []


def host_of_place(noun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The one state named as where a show is held: "a military parade in Pyongyang",
    "a parade was held in Pyongyang" (its verb's place)."""
    holders = [noun, noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [noun]
    places = [p for holder in holders for p in prep_objects(holder, frozenset({"in"}))]
    hosts = [a for place in places for a in np_actors(place, ctx, when)]
    return hosts if len({a.code for a in hosts}) == 1 else []


def partners_of_its_body(noun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The states after a "with" the parser hangs on what a meeting is of: "held the
    first meeting of the Nuclear Consultative Group with South Korea"."""
    return [
        a
        for body in of_objects(noun)
        for g in prep_objects(body, frozenset({"with"}))
        for a in np_actors(g, ctx, when)
    ]
