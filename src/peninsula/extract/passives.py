"""Who did an act told in the passive.

The agent when the text names one ("was condemned by Seoul"); else who the act
itself shows: the state of the forces moved ("a U.S. THAAD unit will be
deployed"), of the weapon fired ("the Hwasong-14 was launched"), the one who says
a state will be held to account or announces sanctions, or the state whose soil
the arrest, trial or defences were on.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from peninsula.actors.dictionary import AliasKind
from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import subject_of
from peninsula.extract.context import Context
from peninsula.extract.lexicon import VerbRule
from peninsula.extract.phrases import owning_participle
from peninsula.extract.sanctions import PENALTY_NOUNS
from peninsula.extract.tokens import prep_objects, word_forms
from peninsula.extract.weapons import system_owners
from peninsula.models import ActorRef

# Verbs whose "that" clause, told in the passive with no agent, is the announcer's
# own act: "announced that additional major sanctions would be imposed on the North".
ANNOUNCING_VERBS = frozenset({"announce", "declare", "unveil"})
# Verbs by which a state tells a plan of its own in a passive clause ("said the
# border would be reopened").
PLAN_TELLING_VERBS = frozenset({"say", "tell"})


def passive_actors(
    verb: Token, rule: VerbRule, ctx: Context, when: dt.date | None
) -> list[ActorRef]:
    """The doers of a passive trigger ``verb`` (none when the text does not show them)."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    actors = np_actors(agents[0] if agents else None, ctx, when)
    if agents:
        return actors
    if rule.type == "MOBILIZE":
        # "a U.S. THAAD unit will be deployed": the forces' state moves them
        actors = [
            a
            for moved in verb.children
            if moved.dep_ == "nsubjpass"
            for c in moved.children
            if c.dep_ in ("compound", "amod", "nmod", "poss") or owning_participle(c)
            for a in np_actors(c, ctx, when)
        ]
    if not actors and rule.mode == "weapons":
        # "The Hwasong-14 was launched on July 4": the system's state fired it
        actors = [a for c in verb.children if c.dep_ == "nsubjpass" for a in system_owners(c)]
    if not actors and rule.mode == "weapons":
        # "the rocket was fired from a site on the North's northeastern coast": the
        # one state whose soil or ship it left
        left = {
            a.code: a
            for g in prep_objects(verb, frozenset({"from"}))
            for t in g.subtree
            if t.i in ctx.mentions
            for a in np_actors(t, ctx, when)
        }
        actors = list(left.values()) if len(left) == 1 else []
    if rule.type == "THREATEN" and rule.predicates:
        # "the U.S. will be held responsible": the one who says so holds it
        if verb.dep_ == "ccomp":  # "warned that Washington would be held ...": the warner
            # (not the one held: "The US should not forget that it will be held ...")
            held = {
                a.code
                for c in verb.children
                if c.dep_ == "nsubjpass"
                for a in np_actors(c, ctx, when)
            }
            tellers = _teller(verb, ctx, when)
            actors = [a for a in tellers if a.code not in held]
            if tellers and not actors and ctx.speaker is not None:
                actors = [ctx.speaker]
        elif ctx.speaker is not None:  # a statement's own words
            actors = [ctx.speaker]
    if not actors and _teller_own_act(verb, rule):
        actors = _teller(verb, ctx, when)
    if not actors and rule.mode in ("arrest", "convict"):
        # "was detained at Pyongyang's airport", "was sentenced in North Korea":
        # the state it was done in holds or tries its own cases
        places = [t for t in verb.subtree if t.i > verb.i and t.lower_ in ("in", "at")]
        actors = [
            a
            for p in places
            for g in p.children
            if g.dep_ == "pobj"
            for a in np_actors(g, ctx, when)
        ]
    if not actors and rule.mode == "release":
        # "fishermen held in North Korea for 100 days were freed", "two Japanese who
        # had been held by the North were released": who held them let them go
        actors = [a for held in _held_phrases(verb) for a in np_actors(held, ctx, when)]
    if not actors and rule.mode == "expel":
        # "the UN inspectors were expelled from North Korea": the state they had to leave
        actors = [
            a for g in prep_objects(verb, frozenset({"from"})) for a in np_actors(g, ctx, when)
        ]
    if not actors and rule.type == "SANCTION":
        # "Japan will extend its sanctions ... The sanctions were first imposed in
        # 2006": the sanctions told before, by whoever imposes them
        actors = _sanctioners_again(verb, ctx)
    if not actors and rule.mode == "troops":
        # "observation posts have been reinforced in Pyongyang": a state readies its
        # defences on its own soil (not at a site in it, where another's may stand:
        # "the THAAD system would be deployed in Seongju")
        actors = [
            a
            for g in prep_objects(verb, frozenset({"in"}))
            if not any(
                m.kind is AliasKind.SITE for t in g.subtree for m in ctx.mentions.get(t.i, [])
            )
            for a in np_actors(g, ctx, when)
        ]
    return actors


# Verbs of keeping people captive.
HOLDING_VERBS = frozenset({"hold", "detain", "jail", "imprison", "capture", "keep", "abduct"})


def _held_phrases(verb: Token) -> list[Token]:
    """The "by" or else "in" phrase of a participle or relative clause that tells
    where or by whom the subject of a passive ``verb`` was held."""
    holding = [
        c
        for subject in verb.children
        if subject.dep_ == "nsubjpass"
        for c in subject.children
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in HOLDING_VERBS
    ]
    for clause in holding:
        holders = [g for c in clause.children if c.dep_ == "agent" for g in c.children]
        if holders or (holders := prep_objects(clause, frozenset({"in"}))):
            return holders
    return []


# Nouns by which sanctions told before are named again: "the measures", "the ban".
SANCTIONS_AGAIN = PENALTY_NOUNS | {"ban"}


def _sanctioners_again(verb: Token, ctx: Context) -> list[ActorRef]:
    """Who imposes sanctions the passive's subject names again ("the measures",
    "these sanctions"): the imposer of the last sanctions told."""
    named_again = any(
        c.dep_ == "nsubjpass"
        and c.lemma_.lower() in SANCTIONS_AGAIN
        and any(
            d.dep_ in ("det", "poss") and d.lower_ in ("the", "these", "those", "its")
            for d in c.children
        )
        for c in verb.children
    )
    told = next((m for m in reversed(ctx.history) if m.event_type == "SANCTION"), None)
    return [told.actor] if named_again and told is not None else []


def _teller_own_act(verb: Token, rule: VerbRule) -> bool:
    """True for a passive "that" clause with no agent that tells the teller's own act:
    "announced that additional major sanctions would be imposed on the North", "told
    parliament that the lines would be reconnected in October" (a plan of its own)."""
    if verb.dep_ != "ccomp":
        return False
    telling = word_forms(verb.head)
    if rule.type == "SANCTION":
        return bool(telling & ANNOUNCING_VERBS)
    to_come = any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in verb.children)
    return (
        rule.type == "COOPERATE"
        and to_come
        and bool(telling & (ANNOUNCING_VERBS | PLAN_TELLING_VERBS))
    )


def _teller(clause: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """Who tells a "that" clause: the subject of the verb it hangs on."""
    return np_actors(subject_of(clause.head)[0], ctx, when)
