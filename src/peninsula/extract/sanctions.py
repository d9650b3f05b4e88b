"""Whom sanctions told by a verb are on, when no phrase of the verb names them.

A resolution may be named ("carries out Resolution 2371": the DPRK, data/history.yaml);
a vote or an enforcing joins the sanctions told before ("China and Russia both
voted in favour"); sanctions imposed "over" or "after" an act are on its doer, and
sanctions naming nothing at all on whoever did the last act of force told ("The
North tested a bomb. The Council imposed sanctions days later").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import REQUESTING_VERBS, asked
from peninsula.extract.context import Context
from peninsula.extract.history_names import sanctions_named
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.named_again import sanctions_voted
from peninsula.extract.reference import ANSWER_REACH_CHARS
from peninsula.extract.threats import CAUSING_TYPES, penalised_doers
from peninsula.models import ActorRef, EventDate, Mention, Modality

# Verbs by which a state applies sanctions another body imposed.
APPLYING_VERBS = frozenset({"implement", "enforce"})
# Nouns of penalties imposed: "imposed sanctions", "will impose further penalties".
PENALTY_NOUNS = frozenset({"sanction", "embargo", "penalty", "measure"})
# Words that make a resolution one of sanctions: "the resolution imposing sanctions".
SANCTIONING_WORDS = frozenset({"sanction", "sanctions", "embargo", "imposing"})


def sanctions_targets(
    verb: Token,
    obj: Token | None,
    mode: str | None,
    modality: Modality,
    actors: list[ActorRef],
    recipients: list[ActorRef],
    date: EventDate | None,
    sentence: Span,
    ctx: Context,
    when: dt.date | None,
    lexicon: Lexicon,
) -> tuple[list[ActorRef], EventDate | None]:
    """Whom a sanction told by a verb is on, with its date when a vote gives it: a
    resolution named ("carries out Resolution 2371": the DPRK), the sanctions told
    before for a vote or an enforcing ("China and Russia both voted in favour"),
    else the doers of the act it answers."""
    resolution = sanctions_named(obj) if obj is not None else None
    # "carries out Resolution 2371, which the Council adopted": on the DPRK
    named = resolution[0] if resolution is not None else []
    recipients = named or recipients
    lemma = verb.lemma_.lower()
    if resolution is not None and lemma == "vote":
        # "voted for Resolution 2375": cast the day it was adopted
        date = date or resolution[1]
    if lemma == "vote" and _bare_resolution(obj) and not named:
        # "voted for the resolution": the sanctions told before (not "the resolution
        # against Iraq", which may condemn and sanction no one)
        recipients = []
    joining = lemma == "vote" or lemma in APPLYING_VERBS
    if actors and joining and {r.code for r in recipients} <= {"UNO"}:
        # "China and Russia both voted in favour (of the resolution)", "will enforce
        # the sanctions": the sanctions told before, on whom the Council imposed them
        voted = sanctions_voted(actors, ctx.history)
        if voted is not None:
            recipients = [voted.recipient] if voted.recipient is not None else []
            # (a vote is cast on the day the sanctions were adopted)
            date = date or (voted.date if lemma == "vote" else None)
        else:
            # "will implement UN resolutions", "voted for the resolution" with no
            # sanctions told before: the UN is not their target
            recipients = []
    if actors and not recipients:
        # "imposed sanctions over North Korea's nuclear test": on who tested
        recipients = penalised_doers(verb, obj, actors, ctx, when, lexicon)
        # (what a state joins or applies is another's: not this guess)
        guessed = not joining and mode is None
        if not recipients and guessed and obj is not None and _penalty(obj):
            # "The North tested a bomb. The Council imposed sanctions days later." (not
            # "the resolution caps deliveries", which says what a penalty does)
            start = ctx.offset + sentence.start_char
            recipients = provoker(actors, ctx.history, start)
        if not recipients and mode == "discontinue":
            # "suspended the tours and called on the North to allow a probe": a link
            # cut from the state its own act, told beside it, asks something of
            recipients = _asked_beside(verb, actors, ctx, when)
        if (
            not recipients
            and mode == "discontinue"
            and modality is Modality.ASSERTED
            and not _party_phrase(verb, obj)
        ):
            # "a tourist was shot dead by a North Korean soldier, and Seoul suspended
            # the tours", "blamed the North for the sinking and cut off trade": the
            # link is cut with the state whose act, or own charge, it answers (not
            # when the text names a party it does not resolve: "to the hostile states")
            start = ctx.offset + sentence.start_char
            recipients = [p for p in provoker(actors, ctx.history, start) if p.sector != "IGO"]
        if mode == "discontinue" and len(recipients) > 1:
            recipients = []  # a link cut after allies' drills has one partner: which?
    return recipients, date


# Prepositions that name the other party to a link: "cut off aid to", "trade with".
LINK_PARTY_PREPS = frozenset({"to", "with", "from", "between"})


def _party_phrase(verb: Token, obj: Token | None) -> bool:
    """True when the verb or its object has a phrase naming the other party."""
    words = [*verb.children, *(obj.children if obj is not None else ())]
    return any(w.dep_ == "prep" and w.lower_ in LINK_PARTY_PREPS for w in words)


def _penalty(obj: Token) -> bool:
    """True for a penalty imposed: "sanctions", "a resolution with new measures" (not
    a bare "resolution", which may condemn and sanction no one)."""
    if obj.lemma_ in PENALTY_NOUNS:
        return True
    words = {w.lemma_.lower() for w in obj.subtree}
    return obj.lemma_.lower() == "resolution" and bool(words & (PENALTY_NOUNS | SANCTIONING_WORDS))


def _asked_beside(
    verb: Token, actors: list[ActorRef], ctx: Context, when: dt.date | None
) -> list[ActorRef]:
    """The states a verb of asking joined to ``verb`` by "and" asks something of."""
    head = verb.head if verb.dep_ == "conj" else verb
    joined = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    acting = {a.code for a in actors}
    asked_of: list[ActorRef] = []
    for other in joined:
        if other.i == verb.i or other.lemma_.lower() not in REQUESTING_VERBS:
            continue
        asked_of += [
            a for h in asked(other) for a in np_actors(h, ctx, when) if a.code not in acting
        ]
    return asked_of


def _bare_resolution(obj: Token | None) -> bool:
    """True for "the resolution" with no word saying it sanctions anyone."""
    return (
        obj is not None
        and obj.lemma_.lower() == "resolution"
        and not {w.lower_ for w in obj.subtree} & SANCTIONING_WORDS
    )


def provoker(actors: list[ActorRef], history: list[Mention], start: int) -> list[ActorRef]:
    """The state whose act of force, told before, sanctions naming no one answer:
    the doer of the last such act, or the target of the last sanctions another
    imposed ("The Council imposed sanctions. Japan will impose further sanctions"),
    or of the sanctioner's own charge just before ("condemned the launch and
    promised to adopt a resolution with new measures")."""
    acting = {a.code for a in actors}
    for mention in reversed(history):
        if not 0 <= start - mention.start <= ANSWER_REACH_CHARS:
            continue
        target = mention.recipient
        if mention.actor.code in acting:
            if mention.event_type == "ACCUSE" and target is not None and target.code not in acting:
                return [target]
            continue
        if mention.event_type == "SANCTION" and target is not None and target.code not in acting:
            return [target]
        if mention.event_type in CAUSING_TYPES and mention.modality is Modality.ASSERTED:
            return [mention.actor]
    return []
