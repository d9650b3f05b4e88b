"""Refusals aimed where the act refused is aimed.

"Seoul has refused to restart the tours": the refusal names no one, but the
tours it refuses are run with the North, which an earlier sentence told (found
for the act refused, not for the refusing verb). A refusing verb that found no
target refuses the state its refused act, told as not done, was to be done with
or for, on the day of the refusing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import subject_of
from peninsula.extract.context import Context
from peninsula.extract.emit import implied, implied_once
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.modality import rules_out
from peninsula.extract.phrases import SPEECH_VERBS
from peninsula.extract.tokens import prep_objects
from peninsula.extract.triggers import verb_rule
from peninsula.models import ActorRef, Mention, Modality

# Acts whose refusal is no one's refusal: declining to criticise a launch is a
# charge not made (docs/gold.md), and declining to punish it a penalty not
# imposed, not a state turned down.
JUDGING_TYPES = frozenset({"ACCUSE", "THREATEN", "SANCTION"})
# Acts of force, whose refusal or disavowal ("has no intention to attack the DPRK")
# spares the one they would be done to: no one turned down.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Confidence of a refusal whose target is read from the act refused.
REFUSED_CONFIDENCE = 0.7


def refused_acts(
    found: list[Mention], sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The refusals that the acts among ``found`` told as refused imply."""

    def refusing(mention: Mention) -> tuple[Token, Modality] | None:
        act = ctx.doc[mention.trigger_index]
        if (
            mention.modality is not Modality.NEGATED
            or mention.event_type in JUDGING_TYPES
            or act.dep_ != "xcomp"
        ):
            return None
        done, _obj = verb_rule(act, lexicon, ctx.mentions)
        if done is not None and done.reverse:
            return None  # "refused to accept aid from the South": the giver refuses nothing
        rule, _obj = verb_rule(act.head, lexicon, ctx.mentions)
        if rule is None or rule.type != "REJECT" or rule.answers:
            return None  # ("denied supplying arms": a claim denied, not a refusal)
        return act.head, Modality.ASSERTED

    yield from implied_once(found, "REJECT", refusing, sentence, ctx, REFUSED_CONFIDENCE)


# Words by which a state says it will not do an act: "will not sit at the table".
WILL = frozenset({"will", "would", "'ll", "shall"})
FIRST_PERSON = frozenset({"we", "i"})


def declines_to_meet(verb: Token, actors: list[ActorRef], modality: Modality, ctx: Context) -> bool:
    """True for a meeting a state says it will not hold: "We will not sit face to
    face with the puppets", "Pyongyang said it would never hold talks with Seoul",
    "The DPRK ... will not sit at the table with the U.S." in the DPRK's own
    statement. A refusal (docs/gold.md: refusals are REJECT) made as it is said,
    not a meeting told as not held ("has yet to hold a summit")."""
    if modality is not Modality.NEGATED or not actors:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children):
        return False
    subject = subject_of(verb)[0]  # ("has no interest ... and will not sit")
    if subject is None:
        return False
    if subject.lower_ in FIRST_PERSON:
        return True
    teller = verb.head if verb.dep_ == "ccomp" else None
    if teller is not None and teller.lemma_.lower() in SPEECH_VERBS:
        # "said it would never hold talks": its own words (not "Seoul said the
        # North will not attend")
        return subject.lower_ in ("it", "they")
    author = ctx.author
    return author is not None and ctx.speaker is author and actors[0].code == author.code


# Auxiliaries by which a speaker says there is to be none of a meeting: "there
# would be no talks with Seoul", "there can be no negotiations with Iraq".
NONE_TO_BE = WILL | {"can", "could"}


def cannot_accept(verb: Token, modality: Modality) -> bool:
    """True for a refusal told as what one cannot or will not accept: "said the DPRK
    could not accept the dismantle-first demand", "China cannot accept the report",
    "said it would not accept any aid from Seoul" (a refusal made as it is said;
    "did not accept the invitation" only tells none was made)."""
    return (
        modality is Modality.NEGATED
        and verb.lemma_.lower() == "accept"
        and any(c.dep_ == "aux" and c.lower_ in NONE_TO_BE | {"ca"} for c in verb.children)
    )


def speaker_of_none(noun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The states that say there is to be none of a meeting: "Iran said there would
    be no talks with Kuwait", "There will be no summit with Iraq this year, Iran's
    foreign minister said" (their refusal, made as they say it; docs/gold.md:
    refusals are REJECT)."""
    governor = noun.head
    if noun.dep_ not in ("attr", "nsubj") or governor.lemma_ != "be" or governor.dep_ != "ccomp":
        return []
    if not any(c.dep_ == "expl" for c in governor.children):
        return []
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return []
    if not any(c.dep_ == "aux" and c.lower_ in NONE_TO_BE for c in governor.children):
        return []  # ("there were no talks last year": none held, told)
    teller = governor.head
    if teller.lemma_.lower() not in SPEECH_VERBS:
        return []
    return np_actors(subject_of(teller)[0], ctx, when)


def spared_by_refusal(
    verb: Token, obj: Token | None, lexicon: Lexicon, ctx: Context, when: dt.date | None
) -> set[str]:
    """The states a refused penalty or act of force would befall ("refused to impose
    sanctions on North Korea", "has no intention to attack or invade the DPRK"), or
    one refused to be ruled out would: the refusal turns none of them down (only
    whoever asked for the act)."""
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    if obj is not None and obj.lemma_.lower() in lexicon.intent_nouns:
        # "no intention to attack", "no intention of invading" (not "the claim that
        # its drones hit Iraq", a claim rejected)
        acts += [c for c in obj.children if c.dep_ == "acl"]
        acts += [g for p in obj.children if p.lower_ == "of" for g in p.children]
    harms = [
        act
        for act in acts
        if (rule := verb_rule(act, lexicon, ctx.mentions)[0]) is not None
        and rule.type in JUDGING_TYPES | FORCE_TYPES
    ]
    # "refused to rule out a strike on Iran": the strike is left possible, and no
    # one is turned down
    harms += [act for act in acts if rules_out(act, lexicon)]
    return {
        a.code
        for act in harms
        for t in act.subtree
        if t.i in ctx.mentions
        for a in np_actors(t, ctx, when)
    }


# Verbs by which an act is told as aimed at a state: "directed against", "aimed at".
AIMING_VERBS = frozenset({"direct", "aim", "target"})
# Confidence of a charge rejected by disowning the aim.
DISOWNED_CONFIDENCE = 0.65


def aims_disowned(sentence: Span, ctx: Context) -> Iterator[Mention]:
    """The rejections a state makes by saying its acts are not aimed at another:
    "Zinoviev replied that Russia's cooperation with the North was not directed
    against South Korea's security interests" rejects the South's charge (toward
    the South, on the day it was said)."""
    for verb in sentence:
        if (
            verb.lemma_.lower() not in AIMING_VERBS
            or not any(c.dep_ == "neg" for c in verb.children)
            or not any(c.dep_ == "auxpass" for c in verb.children)
        ):
            continue
        aimed = prep_objects(verb, frozenset({"against", "at"}))
        targets = [
            a
            for g in aimed
            for a in np_actors(g, ctx, ctx.published)
            or [r for p in g.children if p.dep_ == "poss" for r in np_actors(p, ctx, ctx.published)]
        ]
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        owners = [
            a
            for p in (subject.children if subject is not None else [])
            if p.dep_ == "poss" and p.pos_ != "PRON"
            for a in np_actors(p, ctx, ctx.published)
        ]
        teller = (
            verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS else None
        )
        if not owners and teller is not None:
            owners = np_actors(subject_of(teller)[0], ctx, ctx.published)
        targets = [t for t in targets if t.code not in {o.code for o in owners}]
        if not owners or not targets:
            continue
        said = teller if teller is not None else verb
        yield from implied(
            "REJECT", owners, targets, Modality.ASSERTED, said, sentence, ctx, DISOWNED_CONFIDENCE
        )
