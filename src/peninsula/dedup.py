"""Deduplication: mentions of the same event, in one article or many, become one event.

The same event means the same actors (either order for symmetric types), the
same type, the same modality, and dates that agree within the coarser of the
two precisions: "June 2020" and "2020-06-16" are one demolition.
"""

from __future__ import annotations

import datetime as dt

from peninsula.dates import EventDate, Precision
from peninsula.extract.events import Mention
from peninsula.extract.lexicon import SYMMETRIC_TYPES
from peninsula.models import content_id

_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2}


def event_key(mention: Mention) -> str:
    """Return the identity of a mention's event, without its date."""
    actor = mention.actor.code
    recipient = mention.recipient.code if mention.recipient else "-"
    if mention.event_type in SYMMETRIC_TYPES and recipient != "-":
        actor, recipient = sorted((actor, recipient))
    return f"{mention.event_type}|{actor}|{recipient}|{mention.modality.value}"


def _truncate(day: dt.date, precision: Precision) -> tuple[int, ...]:
    if precision is Precision.YEAR:
        return (day.year,)
    if precision is Precision.MONTH:
        return (day.year, day.month)
    return (day.year, day.month, day.day)


def same_date(a: EventDate | None, b: EventDate | None) -> bool:
    """Return True when two dates agree within the coarser precision (None only with None)."""
    if a is None or b is None:
        return a is None and b is None
    coarser = a.precision if _RANK[a.precision] >= _RANK[b.precision] else b.precision
    return _truncate(a.date, coarser) == _truncate(b.date, coarser)


def finer(a: EventDate | None, b: EventDate | None) -> EventDate | None:
    """Return the more precise of two agreeing dates."""
    if a is None or b is None:
        return a or b
    return a if _RANK[a.precision] <= _RANK[b.precision] else b


def new_event_id(mention: Mention) -> str:
    """Return the id of the event a mention starts."""
    date = mention.date.iso() if mention.date else "undated"
    return content_id("e", f"{event_key(mention)}|{date}")
