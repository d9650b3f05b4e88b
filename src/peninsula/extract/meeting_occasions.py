"""Meetings named as the occasion of another act, or as what it leads up to.

"During talks with Xi, Kim said ...", "at their summit in Pyongyang, Moon and Kim
agreed ...", "visited Seoul on Friday before a three-way summit with Lee and
Hatoyama over the weekend": the meeting is held, by the act's subject and the
partner named, as really as the act is. A trip made for talks on a day of their
own is one visit, on the talks' day ("to fly to Japan later Sunday ... and to
hold talks on Monday with Koizumi").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from peninsula.actors.dictionary import AliasKind
from peninsula.extract.arguments import np_actors
from peninsula.extract.context import Context
from peninsula.extract.lexicon import Lexicon, NounRule
from peninsula.extract.modality import purpose_of, verb_modality
from peninsula.extract.occasions import OCCASION_PREPS, is_meeting, meetings_placing
from peninsula.extract.timing import event_date
from peninsula.extract.tokens import determined
from peninsula.models import ActorRef, DateBasis, EventDate, Modality


def occasion(noun: Token, governor: Token, rule: NounRule) -> bool:
    """True for a meeting named as the occasion of the governing verb's act: "during
    talks ..., Kim said", "at their summit ..., Moon and Kim agreed"."""
    # "on a visit to Baghdad, Iran's president signed ...", "in a phone call with
    # Xi, Biden warned ..." (not "is in talks with Iraq": held, and no occasion)
    # "agreed after friendly consultations": talks held on the way to the act
    preps = (
        OCCASION_PREPS | {"in", "after", "following"} | ({"on"} if rule.mode == "visit" else set())
    )
    return (
        rule.type == "CONSULT"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in preps
        and noun.head.head == governor
        and governor.pos_ == "VERB"
        and governor.lemma_.lower() != "be"
    )


def occasion_with(noun: Token, governor: Token, rule: NounRule) -> bool:
    """True for a meeting named as the occasion of an act, with its partner after
    "with" (or a visit's "to"): "during talks with Xi, Kim said", "at a summit with
    Moon, Trump pledged" (not what a state feels at: "was surprised at the talks
    with Japan")."""
    # "during his visit to Baghdad, Iran's president signed": the visit's place
    partners = {"with", "to"} if rule.mode == "visit" else {"with"}
    return (
        occasion(noun, governor, rule)
        and governor.dep_ not in ("acomp", "amod")
        and any(c.dep_ == "prep" and c.lower_ in partners for c in noun.children)
    )


def long_before(date: EventDate | None, published: dt.date | None) -> bool:
    """True for a date told in the text, more than a week before publication."""
    return (
        date is not None
        and published is not None
        and date.basis is not DateBasis.PUBLICATION
        and (published - date.date).days > 7
    )


def came_before(noun: Token) -> bool:
    """True for an act its governing act came before: "before a summit", "ahead of
    talks"."""
    preposition = noun.head if noun.dep_ == "pobj" else None
    if preposition is None or preposition.lower_ not in ("before", "of"):
        return False
    return preposition.lower_ == "before" or preposition.head.lower_ == "ahead"


def done_since(
    noun: Token, governor: Token | None, dated_here: EventDate | None, ctx: Context
) -> bool:
    """True for an act a past one came before, told with its own day more than a
    week before the paper: "deployed interceptors ahead of Pyongyang's April 13
    launch", in August, is ahead of the launch then, which the paper tells as done."""
    return (
        governor is not None
        and governor.tag_ == "VBD"
        and came_before(noun)
        and long_before(dated_here, ctx.published)
    )


def ahead_with(noun: Token, governor: Token, rule: NounRule) -> bool:
    """True for a meeting with a partner the governing act comes before: "visited
    Seoul before a summit with Lee", "flew in ahead of talks with Xi"."""
    return (
        came_before(noun)
        and rule.type == "CONSULT"
        and governor.pos_ == "VERB"
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    )


def their_occasion(noun: Token, governor: Token, rule: NounRule, ctx: Context) -> bool:
    """True for "their" meeting named as the occasion of an act: "at their summit in
    Pyongyang, Moon and Kim agreed ...", or a meeting that names no one but its
    venue, whose parties are then the act's: "agreed to resume dialogue during a
    meeting in Lima", "told Yoon during talks on Saturday", "at the Seoul summit,
    Biden and Yoon agreed" (not "the visit", told before, nor "the APEC summit",
    "talks with Xi" or "a visit to Baghdad", which name their own)."""
    if not occasion(noun, governor, rule):
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners[0].lower_ == "their"
    venues = [
        c
        for c in noun.children
        if c.dep_ == "compound"
        and any(m.kind in (AliasKind.CAPITAL, AliasKind.SITE) for m in ctx.mentions.get(c.i, []))
        # (not "the DPRK-Russia Pyongyang summit", which names its parties)
        and not any(t.i in ctx.mentions for t in c.subtree if t.i != c.i)
    ]
    # "during the visit" names again one told before
    return (
        len(venues) == 1 or not determined(noun, frozenset({"the", "these", "those"}))
    ) and not any(
        (c.dep_ == "prep" and c.lower_ in ("with", "between", "of", "to"))
        or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ and c not in venues)
        for c in noun.children
    )


def occasion_mood(governor: Token, modality: Modality, lexicon: Lexicon) -> Modality:
    """A meeting an act takes place at is as real as the act, except that a failure
    to act there does not undo it ("did not mention it during talks with Xi")."""
    acting = verb_modality(governor, lexicon)
    return acting if acting in (Modality.FUTURE, Modality.HYPOTHETICAL) else modality


def talks_day(trip: Token, sentence: Span, ctx: Context, mood: Modality) -> EventDate | None:
    """The day of the talks a trip is made for, when the text gives them one of
    their own: "to fly to Japan later Sunday to watch the final and to hold talks
    on Monday with Koizumi" (Monday: one visit, held on the talks' day)."""
    purposes = [c for c in trip.children if purpose_of(c)]
    purposes += [g for c in purposes for g in c.children if g.dep_ == "conj"]
    for clause in purposes:
        talks = [o for o in clause.children if o.dep_ == "dobj" and is_meeting(o)]
        for held in talks:
            day = event_date(held, sentence, ctx, mood)
            if day is not None and day.basis is not DateBasis.PUBLICATION:
                return day
    return None


def reached_at_meeting(participle: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The parties of the meeting a deal told with no maker was reached at: "the
    agreements reached at the inter-Korean summits of June 2000 and October 2007";
    none unless the meeting names two states or more."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return []
    meetings = meetings_placing([participle], frozenset({"at", "during"}))
    met = [a for meeting in meetings for a in np_actors(meeting, ctx, when)]
    return met if len({a.code for a in met}) >= 2 else []
