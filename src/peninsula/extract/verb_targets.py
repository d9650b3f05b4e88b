"""Whom a verb's event is aimed at when its words name no one, from the kind of
act it is: a site's other side, a pact's partner, the side across the line, the
state a warning or an answer is meant for, the other Korea for forces sent to
the front."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Span, Token

from peninsula.extract.arguments import civilians_of, np_actors, others_than
from peninsula.extract.clauses import controlled
from peninsula.extract.context import Context
from peninsula.extract.history_names import NAMED_AGAIN_CHARS, pact_named_before
from peninsula.extract.lexicon import Lexicon, VerbRule
from peninsula.extract.nominal import ANSWERING_WORDS
from peninsula.extract.occasions import PARTNERS
from peninsula.extract.recipients import WISH_VERBS
from peninsula.extract.reference import (
    ANY_ACT,
    accusers,
    addressee_of_first_verb,
    askers,
    callers,
    holders,
    hostile_targets,
    implicit_targets,
    last_request,
    referred_type,
    wrongdoers,
    wronged_parties,
)
from peninsula.extract.refusals import spared_by_refusal
from peninsula.extract.sides import across_the_line, meeting_partner, pact_partner
from peninsula.extract.sites import SITE_TYPES, site_partners
from peninsula.extract.threats import (
    ANY_TYPE,
    at_the_front,
    deed_doers,
    penalised_doers,
    threatened_targets,
)
from peninsula.extract.tokens import of_objects, prep_objects, word_forms
from peninsula.extract.travel import IN
from peninsula.extract.triggers import crosses_line, particle_objects, verb_rule
from peninsula.models import ActorRef, EventDate, Modality, Precision

# Acts a that-clause telling another's deed turns into a charge against it (an
# allegation is one already: "alleged that Iraqi agents had planted the bomb").
DEED_TOLD = frozenset({"THREATEN", "CONCEDE", "ACCUSE"})
# Calls a state may leave unanswered, made by whoever phoned it last.
CALL_NOUNS = frozenset({"call", "phone", "telephone"})
# Forces a state may send to a front line: "sent troops into the border zones".
SENT_FORCES = frozenset({"troop", "force", "soldier", "unit", "division", "brigade", "tank"})

# What a body handles with another state: "the bodies that handled relations with Seoul".
DEALINGS = frozenset(
    {"relation", "tie", "exchange", "cooperation", "dialogue", "affair", "contact"}
)
# Fire that goes on at the side a state's fire was last told to hit (two paragraphs
# back at most, as a noun names an act again).
SHELLS = frozenset({"shell", "round", "artillery", "mortar"})
# A part in an act that a denial disowns: "denied any involvement in the attack".
DISOWNED_NOUNS = frozenset({"involvement", "role", "responsibility", "part", "hand", "link"})
# Phrases of an act that name whom it was done to: "the attack on the tanker".
DONE_TO = frozenset({"on", "against", "of", "to"})


def targets_by_kind(
    verb: Token,
    obj: Token | None,
    rule: VerbRule,
    actors: list[ActorRef],
    recipients: list[ActorRef],
    sentence: Span,
    ctx: Context,
    when: dt.date | None,
    lexicon: Lexicon,
) -> tuple[list[ActorRef], VerbRule, list[ActorRef]]:
    """The recipients an event of ``rule``'s kind takes where its words left none
    (or only its own actors); the rule, which a regret with no wrong told turns
    into a charge; and the other Korea when forces were sent to the front (a
    target the drill rules keep)."""
    if rule.type == "REJECT":
        # "refused to impose sanctions on North Korea": it is not turned down
        spared = spared_by_refusal(verb, obj, lexicon, ctx, when)
        recipients = [r for r in recipients if r.code not in spared]
    # (weapons or posts given up need no target, but means aimed at the other side
    # are held back from it: "removed its loudspeakers", docs/gold.md)
    aimed = obj is not None and obj.lemma_.lower() in lexicon.aimed_sites
    held_back = rule.type == "RETREAT" and (rule.mode != "disarm" or aimed)
    if not others_than(recipients, actors) and (rule.type in SITE_TYPES or held_back):
        # "halted its loudspeaker broadcasts": not its own, but the other Korea
        recipients = site_partners(verb, obj, actors, lexicon, ctx)
    if not others_than(recipients, actors) and rule.type in SITE_TYPES:
        # "closed its embassy in Baghdad": the state that hosted it
        recipients = others_than(mission_hosts(obj, ctx, when), actors) or recipients
    if not others_than(recipients, actors) and rule.type == "SANCTION" and actors:
        # "suspended the agreement", "was no longer bound by the pact with Seoul" (not
        # "pulled out of the treaty", which may be one of many parties)
        bound = particle_objects(verb, rule) if "by" in (rule.particles or ()) else []
        pacts = ([obj] if obj is not None else []) + bound
        pacts = [p for p in pacts if p.lemma_.lower() in lexicon.pact_nouns]
        partners = [
            a for p in pacts for g in prep_objects(p, PARTNERS) for a in np_actors(g, ctx, when)
        ]
        if pacts:
            recipients = others_than(partners, actors) or pact_partner(actors, ctx.history)
        if pacts and not recipients:
            # "... under the 2018 Comprehensive Military Agreement. Pyongyang declared the
            # accord void": the parties of the agreement named just before
            recipients = others_than([a for p in pacts for a in pact_named_before(p)], actors)
    if not others_than(recipients, actors) and rule.type == "SANCTION" and obj is not None:
        # "abolished the bodies that had handled relations with Iraq": the other side
        handled = [
            g for t in obj.subtree if t.lemma_ in DEALINGS for g in prep_objects(t, PARTNERS)
        ]
        recipients = others_than([a for g in handled for a in np_actors(g, ctx, when)], actors) or (
            recipients
        )
    if not others_than(recipients, actors) and rule.type == "SANCTION" and rule.particle_objects:
        # "walked out of the talks with Iraq": left the other side they were with
        left = [g for p in particle_objects(verb, rule) for g in prep_objects(p, PARTNERS)]
        recipients = others_than([a for g in left for a in np_actors(g, ctx, when)], actors) or (
            recipients
        )
    crossed = rule.doers is not None and obj is not None  # "soldiers crossed the line"
    if not recipients and (
        crossed or (rule.aimed and crosses_line(verb, rule.particles or frozenset(), lexicon))
    ):
        recipients = across_the_line(actors)  # "floated balloons across the border"
    if rule.type == "AID" and rule.promised and actors and not others_than(recipients, actors):
        # "Koizumi returned from a summit in Pyongyang ... He pledged food aid": aid
        # promised to the state met (not "stepped up help", "refused to provide aid")
        recipients = meeting_partner(actors, ctx.history, ctx.offset + sentence.start_char)
    shelled = shelled_before(obj, rule, actors, ctx) if not recipients else []
    if shelled:
        # "fired about 200 rounds into waters off the islands ... The North fired more
        # than 60 rounds the next day": more fire at the same side
        return shelled, replace(rule, type="ASSAULT", mode=None), []
    charged = deed_doers(verb, actors, ctx, when) if rule.type in DEED_TOLD else None
    # (a regret of one's own deed stays an apology)
    if charged is not None and (charged or (recipients and rule.type == "THREATEN")):
        # "warned that Iraqi agents were smuggling arms", "warned Iraq that it was
        # violating the truce": a charge against the doer (or the one warned)
        return charged or recipients, replace(rule, type="ACCUSE", mode="disapprove"), []
    if rule.type == "THREATEN" and actors and not recipients:
        recipients = threatened_targets(verb, actors, ctx, when, lexicon)
    if rule.type == "CONCEDE" and _for_own_shortfall([verb, obj], lexicon):
        return recipients, rule, []  # "apologised for the failure to down the drones"
    if (rule.type == "CONCEDE" or rule.answers) and actors and not recipients:
        # "lifted some sanctions after North Korea agreed to reinvestigate": on it;
        # "returned fire after North Korean troops shot at a post": at them
        recipients = penalised_doers(verb, obj, actors, ctx, when, lexicon, ANY_TYPE)
    if rule.type == "REJECT" and rule.answers and actors and not recipients:
        recipients = wronged_by_denied(obj, actors, ctx, when)
    if (
        rule.type == "CONCEDE"
        and not rule.answers
        and actors
        and not recipients
        and verb.tag_ in ("VBD", "VBN")
    ):
        # "troops shot dead a fisheries official; Kim sent a rare apology": to whom
        # its harm was done, or who blamed it (not an apology demanded, "insisted
        # that the South apologise", which the demand tells)
        recipients = wronged_parties(actors, ctx.history, ctx.offset + sentence.start_char)
    if (
        rule.unanswered
        and rule.type == "REJECT"
        and actors
        and not recipients
        and obj is not None
        and obj.lemma_.lower() in CALL_NOUNS
    ):
        # "The UNC called the North. Pyongyang did not respond to the calls"
        recipients = callers(actors, ctx.history, ctx.offset + sentence.start_char)
    if (
        rule.type == "REJECT"
        and actors
        and not recipients
        and (
            any(controlled(c) and c.lemma_.lower() not in NO_COMMENT for c in verb.children)
            or bare_refusal(verb)
        )
    ):
        # "Rice urged Seoul to shut the ventures ... Seoul has refused to shut either
        # one", "... China refused": toward whoever asked it to act just before
        recipients = askers(actors, ctx.history, ctx.offset + sentence.start_char)
    if rule.answers and rule.type == "REJECT" and rule.objects is None:
        # "denied supplying ammunition to Russia": a claim denied is the claimant's,
        # not aimed at the states its own words name
        recipients = []
    if rule.answers and actors and not others_than(recipients, actors):
        # "... and the South returned fire": at whoever did the last act told
        # ("raised its alert": its own, no target; readied against a foe only)
        targets_of = {
            "MOBILIZE": hostile_targets,
            "REJECT": accusers,
            "CONCEDE": wronged_parties,
        }.get(rule.type, implicit_targets)
        recipients = targets_of(actors, ctx.history, ctx.offset + sentence.start_char)
        if rule.type == "MOBILIZE" and not recipients:
            # "put its front-line troops on alert": at the other Korea
            recipients = at_the_front([verb, *([obj] if obj is not None else [])], actors, lexicon)
        if rule.type == "CONCEDE" and not recipients:
            # "expressed regret over the deaths of two Iranian guards": to their state
            recipients = others_than(_harmed_named(verb, rule, ctx, when), actors)
        if rule.type == "CONCEDE" and not recipients:
            # regret over a harm no one told of blaming it for: deplored, not owned
            rule = replace(rule, type="ACCUSE", mode="disapprove", answers=False)
    # "plans to send troops back into border zones": one Korea's forces sent to the
    # line between them are aimed at the other (docs/gold.md, frost and wire sets)
    sent_to_front = (
        at_the_front([verb, obj], actors, lexicon)
        if rule.type == "MOBILIZE"
        and not recipients
        and obj is not None
        and obj.lemma_.lower() in SENT_FORCES
        else []
    )
    recipients = recipients or sent_to_front
    if (
        rule.type == "REJECT"
        and verb.lemma_.lower() in OPPOSING_VERBS
        and _sanctioned_by(recipients, actors, ctx)
    ):
        # "Washington sanctioned two Chinese firms. China opposed the sanctions": a
        # protest at the sanctioner, not a measure sought refused (docs/gold.md)
        rule = replace(rule, type="ACCUSE", mode="disapprove")
    return recipients, rule, sent_to_front


def asked_of(
    verb: Token,
    obj: Token | None,
    actors: list[ActorRef],
    sentence: Span,
    ctx: Context,
    lexicon: Lexicon,
) -> list[ActorRef]:
    """Whom a request naming no one else asks: for "his release" or "the return of
    its crew", whoever holds them; for "an apology", whoever did the wrong told just
    before; joined to a verb that addressed a state ("summoned the Iraqi ambassador
    and demanded an apology"), that state (not a hope: "welcomed the meeting and
    hoped it would bring peace" asks no one)."""
    start = ctx.offset + sentence.start_char
    asked: list[ActorRef] = []
    if obj is not None and word_forms(obj) & lexicon.freeing_nouns:
        asked = holders(actors, ctx.history, start)
    elif obj is not None and word_forms(obj) & ANSWERING_WORDS:
        asked = wrongdoers(actors, ctx.history, start)
    if not others_than(asked, actors) and not word_forms(verb) & WISH_VERBS:
        asked = addressee_of_first_verb(verb, actors, ctx.history, ctx.offset) or asked
    return asked


# A state's offices in another: "its embassy in Baghdad".
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})


def mission_hosts(obj: Token | None, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The states where a mission the act names stands: "its embassy in Baghdad"."""
    if obj is None or obj.lemma_.lower() not in MISSIONS:
        return []
    return [a for place in prep_objects(obj, IN) for a in np_actors(place, ctx, when)]


# Verbs by which a state opposes sanctions: sought ones it refuses, its own it protests.
OPPOSING_VERBS = frozenset({"oppose"})


def _sanctioned_by(recipients: list[ActorRef], actors: list[ActorRef], ctx: Context) -> bool:
    """True when one of ``recipients`` was told sanctioning one of ``actors``."""
    targets = {r.code for r in recipients}
    acting = {a.code for a in actors}
    return any(
        m.event_type == "SANCTION"
        and m.actor.code in targets
        and m.recipient is not None
        and m.recipient.code in acting
        for m in ctx.history
    )


# Words declined that refuse no one: "declined to comment on the visit".
NO_COMMENT = frozenset({"comment", "elaborate", "confirm", "speculate", "specify", "disclose"})


def bare_refusal(verb: Token) -> bool:
    """True for "refused" or "declined" with nothing refused told: "Washington asked
    Beijing to cut oil supplies. China refused."."""
    return verb.lemma_.lower() in ("refuse", "decline") and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr", "nsubjpass") for c in verb.children
    )


def refusal_day(
    verb: Token, actors: list[ActorRef], sentence: Span, ctx: Context
) -> EventDate | None:
    """The day a bare refusal with no day of its own is given: that of the request
    it answers, when told to the day ("... had offered a meeting, but the North
    Koreans declined")."""
    if not bare_refusal(verb):
        return None
    request = last_request(actors, ctx.history, ctx.offset + sentence.start_char)
    day = request.date if request is not None else None
    return day if day is not None and day.precision is Precision.DAY else None


def _harmed_named(
    verb: Token, rule: VerbRule, ctx: Context, when: dt.date | None
) -> list[ActorRef]:
    """The state of the people a regretted harm names: "regret over the deaths of two
    Iranian guards" (Iran's)."""
    harms = particle_objects(verb, rule)
    people = [g for h in harms for g in of_objects(h)]
    return [a for g in people for a in civilians_of(g, ctx, when)]


# What an apology is said to be for: "apologised for the failure", "regret over".
SHORTFALL_PREPS = frozenset({"for", "over"})


def _for_own_shortfall(words: list[Token | None], lexicon: Lexicon) -> bool:
    """True for an apology for a failing of one's own ("apologised for the failure to
    down the drones", "regret over the lapse"): owed to the public at home, to no
    state, unless one is named."""
    return any(
        o.lemma_.lower() in lexicon.shortfall_nouns
        for w in words
        if w is not None
        for o in prep_objects(w, SHORTFALL_PREPS)
    )


def wronged_by_denied(
    obj: Token | None, actors: list[ActorRef], ctx: Context, when: dt.date | None
) -> list[ActorRef]:
    """The states an act was done to that a denial disowns a part in, who charge
    the denier when no accuser was told: "Tehran denied any involvement in the
    attack on the Kuwaiti tanker" (Kuwait; docs/gold.md: a denial is REJECT
    toward the accuser)."""
    if obj is None or obj.lemma_.lower() not in DISOWNED_NOUNS:
        return []
    # (the parser may hang "in the attack" on the verb; not "Iraq's attack on
    # Kuwait": its doer)
    acts = [a for held in (obj, obj.head) for a in prep_objects(held, frozenset({"in", "for"}))]
    done_to = [g for act in acts for g in prep_objects(act, DONE_TO)]
    return others_than(
        [a for g in done_to for a in np_actors(g, ctx, when, civilians=True)], actors
    )


def shelled_before(
    obj: Token | None, rule: VerbRule, actors: list[ActorRef], ctx: Context
) -> list[ActorRef]:
    """The side a state's shells were last told to hit, for more shells it fires with
    no aim told: "On Jan. 5, Iraqi artillery fired 200 rounds into waters off the
    Kuwaiti islands ... Iraq fired more than 60 rounds the next day" (at Kuwait)."""
    if rule.type != "MOBILIZE" or obj is None or obj.lemma_.lower() not in SHELLS:
        return []
    acting = {a.code for a in actors}
    for mention in reversed(ctx.history):
        if ctx.offset - mention.start > NAMED_AGAIN_CHARS:
            break
        if (
            mention.event_type == "ASSAULT"
            and mention.actor.code in acting
            and mention.recipient is not None
            and mention.modality is Modality.ASSERTED
            and mention.trigger_lemma == "fire"
        ):
            return [mention.recipient]
    return []


def asked_alongside(
    verb: Token, actors: list[ActorRef], ctx: Context, when: dt.date | None, lexicon: Lexicon
) -> list[ActorRef]:
    """The state a request joined after a reaction naming no one asks, which the
    reaction is aimed at too: "voiced serious concern and called on Pyongyang to
    reconsider", "voiced grave concern and urged Iran to return to talks"."""
    for joined in verb.conjuncts:
        if joined.i < verb.i or joined.pos_ != "VERB":
            continue
        rule, obj = verb_rule(joined, lexicon, ctx.mentions)
        if rule is None or rule.type != "REQUEST":
            continue
        asked = [c for c in joined.children if c.dep_ == "dobj"]
        asked += prep_objects(joined, frozenset({"on", "upon"}))
        asked += [obj] if obj is not None else []
        found = [a for t in asked if t.i in ctx.mentions for a in np_actors(t, ctx, when)]
        return others_than(found, actors)
    return []


def names_an_act(obj: Token, lexicon: Lexicon) -> bool:
    """True for an object that names a kind of act ("the deployment", "the launch"),
    not any act at all ("the move") or none."""
    return referred_type(obj, lexicon) not in (None, ANY_ACT)


def held_by_no_state(obj: Token, ctx: Context, when: dt.date | None) -> bool:
    """True for a thing said to be held by a party that is no state: "the previous
    government's policy", "the opposition's plan" (not "its policy", "Seoul's")."""
    return any(
        c.dep_ == "poss" and c.tag_ in ("NN", "NNS") and not np_actors(c, ctx, when)
        for c in obj.children
    )
