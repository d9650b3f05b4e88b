"""Named events of the peninsula's history: "the June 15 joint declaration", "the
Hanoi summit". News names them as background without telling who or when; the
packaged list (data/history.yaml) knows both. A name found in a sentence of an
article published after the event reports it, asserted, between its parties.
(The lists, and what a noun names by them, are history_names.py's.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.actors.dictionary import party_ref
from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import PARTY_PREPOSITIONS
from peninsula.extract.context import Context
from peninsula.extract.emit import emit
from peninsula.extract.history_names import NamedEvent, names
from peninsula.extract.lexicon import SYMMETRIC_TYPES, load_lexicon
from peninsula.extract.triggers import verb_rule
from peninsula.models import DateBasis, EventDate, Mention, Modality, Precision

# What makes an ordinal name count from a later time, naming another event:
# "the first inter-Korean summit in more than a decade", "since 2007".
SINCE_ANOTHER = re.compile(
    r"\s*(?:since\b|in\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?\w+\s+(?:years?|decades?|months?)\b|in\s+a\s+decade\b)",
    re.IGNORECASE,
)
# Background told by name, not read from a clause: below the confident band.
NAMED_CONFIDENCE = 0.65


# Resolutions named together by their numbers: "resolutions 1718 and 1874".
LISTED_RESOLUTIONS = re.compile(
    r"\bresolutions\s+\d{4}(?:\s*,\s*\d{4})*,?\s+and\s+\d{4}\b", re.IGNORECASE
)


def named_events(sentence: Span, ctx: Context) -> Iterator[Mention]:
    """The named events a sentence mentions, each once, if they came before the article."""
    pattern, by_name = names()
    seen: set[NamedEvent] = set()
    found = [(m.group(0), m.start(), m.end()) for m in pattern.finditer(sentence.text)]
    for match in LISTED_RESOLUTIONS.finditer(sentence.text):
        # "resolutions 1718 and 1874": each one the list names
        for number in re.finditer(r"\d{4}", match.group(0)):
            name = f"Resolution {number.group(0)}"
            if name.lower() in by_name:
                at = match.start() + number.start()
                found.append((name, at, at + 4))
    for text, start, end in found:
        event = by_name[text.lower()]
        if event in seen or ctx.published is None or event.date >= ctx.published:
            continue
        if event.attributed is not None and event.attributed > ctx.published:
            continue  # "the Cheonan incident", before anyone was found to have done it
        if SINCE_ANOTHER.match(sentence.text, end):
            continue  # "the first inter-Korean summit in more than a decade": another
        seen.add(event)
        named = sentence.char_span(start, end, alignment_mode="expand")
        if named is None:
            continue
        parties = [party_ref(party, "GOV", text) for party in event.parties]
        if set(_parties_told(named[-1], ctx)) - set(event.parties):
            # "Pakistan's first nuclear test", "the 1994 accord with Iraq": another
            # state's of that name
            continue
        # "the axis of evil": the first party accuses the others
        actors, recipients = (
            (parties, []) if event.type in SYMMETRIC_TYPES else (parties[:1], parties[1:])
        )
        # "carried out its third nuclear test": the doing the verb tells, of which
        # the name gives the day (dated_by_names), told once
        noun = named[-1]
        rule, _ = verb_rule(noun.head, load_lexicon(), ctx.mentions)
        told_by_verb = noun.dep_ == "dobj" and rule is not None and rule.type == event.type
        done = noun.head if told_by_verb else noun
        yield from emit(
            event.type,
            None,
            (),
            actors,
            recipients,
            Modality.ASSERTED,
            EventDate(event.date, Precision.DAY, DateBasis.EXPLICIT),
            done,
            sentence,
            ctx,
            NAMED_CONFIDENCE,
        )


def _parties_told(noun: Token, ctx: Context) -> list[str]:
    """The states a named event's own phrase names as its parties: its owner
    ("Pakistan's") or those it was made with or between."""
    told = [c for c in noun.children if c.dep_ == "poss"] + [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in PARTY_PREPOSITIONS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return [a.code for t in told for a in np_actors(t, ctx, ctx.published)]


def dated_by_names(named: list[Mention], told: list[Mention]) -> dict[str, EventDate]:
    """The days of acts the text tells by a name without a day of its own: "its
    third nuclear test, drawing global outrage" is the named test, of 12 February
    2013, not of the day the article came out."""
    days = {}
    for mention in named:
        for same in told:
            if (
                same.trigger == mention.trigger
                and same.start == mention.start
                and same.event_type == mention.event_type
                and same.actor.code == mention.actor.code
                # (not "may be readying a fourth nuclear test": not the one done)
                and same.modality is Modality.ASSERTED
                and mention.date is not None
                and _refines(mention.date, same.date)
            ):
                days[same.id] = mention.date
    return days


def _refines(named: EventDate, told: EventDate | None) -> bool:
    """True when a name's day may stand for the day the text gave: none, the
    article's own, or a coarser time the named day falls in ("later last year")."""
    if told is None or told.basis is DateBasis.PUBLICATION:
        return True
    return told.basis is not DateBasis.EXPLICIT and (
        told.first_day() <= named.date <= told.last_day()
    )


def untold(named: list[Mention], told: list[Mention]) -> Iterator[Mention]:
    """The named events the text does not also tell itself: "the treaty concluded
    at the summit in June" already gives the June 2024 treaty, to the month."""
    for mention in named:
        parties = {mention.actor.code, mention.recipient.code if mention.recipient else None}
        if not any(
            m.event_type == mention.event_type
            and {m.actor.code, m.recipient.code if m.recipient else None} == parties
            and m.date is not None
            and mention.date is not None
            and m.date.first_day() <= mention.date.date <= m.date.last_day()
            for m in told
        ):
            yield mention
