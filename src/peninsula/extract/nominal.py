"""Who did and who received an event named by a noun, from the noun's own phrase.

"the North Korean missile launch" (its modifier did it), "Kim's China visit"
(China was visited), "the demolition of the liaison office" (the office's
state suffered it), "drills staged by Seoul and Washington", "punish North
Korea for a December launch" (the one punished launched).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from peninsula.extract.arguments import (
    RECIPIENT_PREPS,
    Context,
    np_actors,
    staged_by,
    word_forms,
)
from peninsula.extract.lexicon import Lexicon, NounRule
from peninsula.extract.triggers import to_clause
from peninsula.models import ActorRef

# Nouns whose "of" phrase is the target, not the doer: "the demolition of the office".
PATIENT_OF_TYPES = frozenset({"ASSAULT", "SANCTION", "COERCE", "COOPERATE", "AID"})
# Event types whose noun's modifier names the actor ("North Korean missile test");
# "inter-Korean talks" only names a topic.
OWNED_BY_MODIFIER = frozenset({"MOBILIZE", "ASSAULT"})


def _pobjs(preposition: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    return [a for g in preposition.children for a in np_actors(g, ctx, when)]


def phrase_parties(
    noun: Token, rule: NounRule, ctx: Context, when: dt.date | None, lexicon: Lexicon
) -> tuple[list[ActorRef], list[ActorRef]]:
    """The owners (doers) and recipients an event noun's phrase names."""
    owners: list[ActorRef] = []
    recipients: list[ActorRef] = []
    owner_deps = (
        ("poss", "compound", "amod", "nmod") if rule.type in OWNED_BY_MODIFIER else ("poss",)
    )
    for child in noun.children:
        if child.dep_ in owner_deps:
            owners += np_actors(child, ctx, when)
        elif rule.mode == "visit" and child.dep_ in ("compound", "amod"):
            recipients += np_actors(child, ctx, when)  # "Kim's China visit"
        if child.dep_ == "prep" and (
            child.lower_ == "by" or (child.lower_ == "from" and rule.type == "MOBILIZE")
        ):  # "a missile launch from North Korea"
            owners += _pobjs(child, ctx, when)
        if child.dep_ == "acl" and word_forms(child) & lexicon.light_verbs:
            owners += staged_by(child, ctx, when)  # "drills staged by Seoul and Washington"
        if child.dep_ == "prep" and child.lower_ == "of":
            if rule.type in PATIENT_OF_TYPES:
                recipients += _pobjs(child, ctx, when)
            else:
                owners += _pobjs(child, ctx, when)
    preps = RECIPIENT_PREPS | {"between"} | ({"for"} if rule.type in ("AID", "SANCTION") else set())
    preps -= {"at"}  # "sanctions at the UN", "an attack at the border": a place
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            recipients += _pobjs(child, ctx, when)
    if not owners and rule.type in OWNED_BY_MODIFIER and noun.dep_ == "pobj":
        preposition = noun.head
        punished = [c for c in preposition.head.children if c.dep_ == "dobj"]
        if preposition.lower_ == "for" and punished:
            # "punish North Korea for a December rocket launch": the punished launched
            owners = np_actors(punished[0], ctx, when)
    return owners, recipients


def asked_about(
    noun: Token, owners: list[ActorRef], ctx: Context, when: dt.date | None
) -> list[ActorRef]:
    """Whom a speech act noun's infinitive concerns: "calls to rebuild inter-Korean trust"."""
    acting = {o.code for o in owners}
    clause = to_clause(noun)
    return [
        a
        for token in (clause.subtree if clause is not None else ())
        if token.dep_ in ("dobj", "pobj", "amod", "compound")
        for a in np_actors(token, ctx, when)
        if a.code not in acting
    ]
