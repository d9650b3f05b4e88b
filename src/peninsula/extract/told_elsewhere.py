"""Acts told twice: once with no time of their own (none at all, or only the day
someone said or charged them), and once with their day.

"The ministry said Thursday it has approved aid to the North" and, further on,
"The ministry gave the go-ahead Wednesday": one approval, on Wednesday. "Its
troops had shot a soldier, the military said Thursday. The shooting took place
on Tuesday": one shooting, on Tuesday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Span, Token

from peninsula.extract.context import Context
from peninsula.extract.lexicon import SYMMETRIC_TYPES, load_lexicon
from peninsula.extract.modality import verb_modality
from peninsula.extract.phrases import SPEECH_VERBS
from peninsula.extract.timing import event_date
from peninsula.extract.tokens import first_conjunct, first_person
from peninsula.extract.told_dates import own_date
from peninsula.extract.triggers import noun_rule, verb_rule
from peninsula.models import DateBasis, EventDate, Mention, Modality

# The most days an act told in what a speaker said may lie before the day the
# text gives it elsewhere ("said Thursday it has approved aid ... gave the
# go-ahead Wednesday"): about a week of news.
TOLD_ELSEWHERE_DAYS = 7


def reported_undated(mention: Mention, sentence: Span) -> bool:
    """True for an asserted act told with no time of its own: at all ("Iran has
    urged Iraq to free the prisoners, media reported"), or in what a speaker
    said ("said Thursday it has approved a plan": Thursday is the saying's)."""
    date = mention.date
    trigger = _trigger_in(mention, sentence)
    if mention.modality is not Modality.ASSERTED or date is None or trigger is None:
        return False
    if date.precision.value == "month":
        # a request named by its answer ("rejected Seoul's offer"), dated only by the
        # answer's month (extract/proposals.py): the day told elsewhere is its day
        return (
            mention.event_type == "REQUEST" and trigger.lemma_.lower() in load_lexicon().asked_nouns
        )
    if date.precision.value != "day":
        return False
    if (
        trigger.dep_ == "ROOT"
        and trigger.tag_ in ("VBP", "VBZ")
        and any(c.dep_ == "nsubj" and first_person(c) for c in trigger.children)
        and not any(
            c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS for c in trigger.children
        )
    ):
        # "We firmly oppose the deployment": a speaker's own words, of the day they
        # are given (not '"I hope they agree," he said', of the day he said it)
        return False
    if date.basis is DateBasis.PUBLICATION:
        return True  # nothing told when it happened
    charging = load_lexicon().charging_verbs
    said = any(
        (a.dep_ == "ccomp" and a.head.lemma_.lower() in SPEECH_VERBS)
        # "accused Iran on Thursday of shelling its posts": what the charge tells
        or (a.dep_ == "pcomp" and a.head.lower_ == "of" and a.head.head.lemma_.lower() in charging)
        # "..., the presidential office said on Friday" after the report
        or any(c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS for c in a.children)
        for a in (trigger, *trigger.ancestors)
    )
    # the clause's own time: "held talks with Xi on Monday, state media said"
    clause = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in ("VERB", "AUX")), trigger)
    # "Later in the day, a boat came and opened fire": the day's
    clause = first_conjunct(clause, verbal=True)
    own = {t.i for t in clause.subtree}
    told = [e for e in sentence.ents if e.label_ in ("DATE", "TIME") and e.root.i in own]
    # ("the killing of an official this week": a week gives no day of its own)
    return said and all(_weeks(e) for e in told)


def _trigger_in(mention: Mention, sentence: Span) -> Token | None:
    """The mention's trigger word, if ``sentence`` holds it."""
    index = mention.trigger_index
    return sentence.doc[index] if sentence.start <= index < sentence.end else None


def _weeks(ent: Span) -> bool:
    """True for a time told only by its week: "this week", "earlier this week"."""
    return ent.root.lemma_.lower() == "week" and not any(t.like_num for t in ent)


@dataclass(frozen=True)
class DatedKind:
    """An act of a type told with its day, whoever did it: "The shooting took
    place on Tuesday", "The boat was seized on Tuesday"."""

    event_type: str
    date: EventDate


def dated_kinds(sentence: Span, ctx: Context) -> list[DatedKind]:
    """The acts a sentence tells the day of by their noun or a passive verb."""
    if not any(e.label_ in ("DATE", "TIME") for e in sentence.ents):
        return []  # no day told (and no parse walked for nothing)
    lexicon = load_lexicon()
    kinds = []
    for token in sentence:
        event_type, date = None, None
        # ("The shelling Tuesday afternoon of the island": the tagger may make the
        # noun a participle on the time, whose day is then the act's)
        timed = (
            token.tag_ == "VBG"
            and token.dep_ == "amod"
            and token.head.ent_type_ in ("DATE", "TIME")
        )
        rule = noun_rule(token, lexicon) if token.pos_ in ("NOUN", "PROPN") or timed else None
        if rule is not None:
            event_type = rule.type
            date = own_date(token.head if timed else token, sentence, ctx)
            if date is None and token.dep_ in ("nsubj", "nsubjpass"):
                date = _asserted_date(token.head, sentence, ctx)  # "The shooting took place on ..."
        elif token.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in token.children):
            verbal, _obj = verb_rule(token, lexicon, ctx.mentions)
            if verbal is not None:
                event_type, date = verbal.type, _asserted_date(token, sentence, ctx)
        if (
            event_type is not None
            and date is not None
            and date.precision.value == "day"
            and date.basis is not DateBasis.PUBLICATION
        ):
            kinds.append(DatedKind(event_type, date))
    return kinds


def _asserted_date(verb: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The day of a verb telling what happened; None for a plan, a doubt or a denial."""
    if verb_modality(verb, load_lexicon()) is not Modality.ASSERTED:
        return None
    return event_date(verb, sentence, ctx, Modality.ASSERTED)


def days_told_elsewhere(
    history: list[Mention], reported: set[str], kinds: list[DatedKind]
) -> dict[str, EventDate]:
    """The day the text gives elsewhere to each act reported with none of its own.

    "The ministry said Thursday it has approved aid to the North" and then "The
    ministry gave the go-ahead Wednesday": the approval is Wednesday's, one act
    told twice. The same parties' act of the same type, told with its own day
    up to ``TOLD_ELSEWHERE_DAYS`` before the reported one's, gives its day;
    so does an act of its type told by its noun or a passive verb ("The
    shooting took place on Tuesday").
    """
    days: dict[str, EventDate] = {}
    for mention in history:
        if mention.id not in reported or mention.date is None:
            continue
        told_days = [
            other.date
            for other in history
            if other.id not in reported
            and other.event_type == mention.event_type
            and other.modality is Modality.ASSERTED
            and _parties(other) == _parties(mention)
            and other.date is not None
            and other.date.precision.value == "day"
            and other.date.basis is not DateBasis.PUBLICATION
        ]
        if any(day.date == mention.date.date for day in told_days):
            # "traded fire on Friday ... troops fired 40 rounds toward its posts, the
            # JCS said": the act told with the day it has already (not an earlier
            # exchange the text tells after)
            continue
        candidates = [day for day in told_days if _before_within(day, mention.date)] + [
            kind.date
            for kind in kinds
            if kind.event_type == mention.event_type and _before_within(kind.date, mention.date)
        ]
        if candidates:
            days[mention.id] = max(candidates, key=lambda date: date.date)
    return days


def _parties(mention: Mention) -> tuple[str, ...]:
    """The actor and recipient codes; in either order for a symmetric act."""
    codes = (mention.actor.code, mention.recipient.code if mention.recipient else "")
    return tuple(sorted(codes)) if mention.event_type in SYMMETRIC_TYPES else codes


def _before_within(day: EventDate, reported: EventDate) -> bool:
    """True when ``day`` may be the day of the act reported on ``reported``: up to
    ``TOLD_ELSEWHERE_DAYS`` before the day it was said, or in the month it was told
    by, up to the day that month was read from (the day of the answer that named it)."""
    if reported.precision.value == "month":
        return reported.first_day() <= day.date <= reported.date
    return 0 < (reported.date - day.date).days <= TOLD_ELSEWHERE_DAYS


def planned_undated(mention: Mention, sentence: Span) -> bool:
    """True for a plan told by a noun that says it is to come and gives it no time:
    "in protest against upcoming joint drills", "the planned summit"."""
    trigger = _trigger_in(mention, sentence)
    if mention.modality is not Modality.FUTURE or trigger is None or trigger.pos_ != "NOUN":
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in trigger.subtree):
        return False
    modifiers = load_lexicon().future_modifiers
    return any(c.dep_ == "amod" and c.lower_ in modifiers for c in trigger.children)


def plans_dated_elsewhere(
    history: list[Mention], planned: set[str], published: dt.date | None
) -> dict[str, EventDate]:
    """The time to come the text gives elsewhere to each plan its noun tells with none.

    "fired missiles early Wednesday in protest against upcoming joint drills" and
    then "The allies plan to hold the exercise early next month": one exercise, of
    next month. A plan so told, dated no later than the day it is told (by that
    day, or by the day of the act it is told beside), takes the time of the same
    parties' plan of its type told to come; when the text tells two times to
    come, it keeps its own.
    """
    if published is None:
        return {}
    days: dict[str, EventDate] = {}
    for mention in history:
        date = mention.date
        if mention.id not in planned or date is None or date.date > published:
            continue
        ahead = {
            other.date
            for other in history
            if other.modality is Modality.FUTURE
            and other.event_type == mention.event_type
            and _parties(other) == _parties(mention)
            and other.date is not None
            and other.date.basis is not DateBasis.PUBLICATION
            and other.date.first_day() > published
        }
        if len(ahead) == 1:
            days[mention.id] = ahead.pop()
    return days
