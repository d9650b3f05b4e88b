"""The channel status board: each channel's state on a date, since when, and why.

Channels are defined in data/channels.yaml. A channel's state on a date is
set by the latest asserted event on or before that date that names the
channel and fits its parties; the board shows that event's evidence and the
states before it.

>>> with Store("news.duckdb") as store:  # doctest: +SKIP
...     for row in status(store, at=dt.date(2021, 1, 1)):
...         print(row.name, row.state, row.since)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from peninsula.data import load_yaml
from peninsula.store import Store
from peninsula.store.events import EventFilter

ANY_STATE = "*"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Transition:
    """Events of these types put the channel in this state."""

    state: str
    types: frozenset[str]


@dataclass(frozen=True)
class Channel:
    """One channel's definition (see data/channels.yaml)."""

    id: str
    name: str
    words: re.Pattern[str]
    transitions: tuple[Transition, ...]
    parties: frozenset[str] | None = None
    actors: frozenset[str] | None = None
    recipients: frozenset[str] | None = None
    per_counterpart: bool = False
    source: str = ""

    def state_of(self, event: dict[str, Any]) -> str | None:
        """Return the state an event puts this channel in, or None if it does not touch it."""
        actor = event["actor"]["code"]
        recipient = event["recipient"]["code"] if event["recipient"] else None
        if self.parties is not None and {actor, recipient} != self.parties:
            return None
        if self.actors is not None and actor not in self.actors:
            return None
        if self.recipients is not None:
            wildcard = ANY_STATE in self.recipients and recipient not in (None, actor)
            if not wildcard and recipient not in self.recipients:
                return None
        if not self.words.search(event["event_text"]):
            return None
        for transition in self.transitions:
            if event["event"] in transition.types:
                return transition.state
        return None

    def row_key(self, event: dict[str, Any]) -> str | None:
        """The other state, for channels kept per counterpart."""
        if not self.per_counterpart:
            return None
        return event["recipient"]["code"] if event["recipient"] else None


@dataclass(frozen=True)
class Evidence:
    """An event that set a channel's state, with where it was read."""

    event_id: str
    date: str | None
    event: str
    actor: str
    recipient: str | None
    sentence: str
    article_uri: str
    article_title: str | None
    outlet: str | None

    @classmethod
    def of(cls, event: dict[str, Any]) -> Evidence:
        return cls(
            event_id=event["id"],
            date=event["date"],
            event=event["event"],
            actor=event["actor"]["code"],
            recipient=event["recipient"]["code"] if event["recipient"] else None,
            sentence=" ".join(event["event_text"].split()),
            article_uri=event["article"]["uri"],
            article_title=event["article"]["title"],
            outlet=event["article"]["outlet"],
        )


@dataclass(frozen=True)
class Change:
    """A channel entered ``state`` on ``since`` (ISO, as precise as the evidence)."""

    state: str
    since: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ChannelStatus:
    """One row of the board."""

    channel: str
    name: str
    counterpart: str | None
    state: str
    since: str | None
    evidence: tuple[Evidence, ...]
    history: tuple[Change, ...] = field(default=())  # earlier states, oldest first

    @property
    def label(self) -> str:
        return f"{self.name} ({self.counterpart})" if self.counterpart else self.name

    def as_dict(self) -> dict[str, Any]:
        """Return the row as JSON-ready values."""

        def evidence(items: Iterable[Evidence]) -> list[dict[str, Any]]:
            return [vars(e) for e in items]

        return {
            "channel": self.channel,
            "name": self.name,
            "counterpart": self.counterpart,
            "state": self.state,
            "since": self.since,
            "evidence": evidence(self.evidence),
            "history": [
                {"state": c.state, "since": c.since, "evidence": evidence(c.evidence)}
                for c in self.history
            ],
        }


def _words(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})", re.IGNORECASE)


@cache
def load_channels() -> tuple[Channel, ...]:
    """Read the channel definitions from data/channels.yaml."""
    data = load_yaml("channels.yaml")
    channels = []
    for item in data["channels"]:

        def codes(key: str, item: dict[str, Any] = item) -> frozenset[str] | None:
            return frozenset(item[key]) if key in item else None

        channels.append(
            Channel(
                id=item["id"],
                name=item["name"],
                words=_words(item["words"]),
                transitions=tuple(
                    Transition(t["state"], frozenset(t["types"])) for t in item["transitions"]
                ),
                parties=codes("parties"),
                actors=codes("actors"),
                recipients=codes("recipients"),
                per_counterpart=bool(item.get("per_counterpart", False)),
                source=item.get("source", ""),
            )
        )
    return tuple(channels)


def status(store: Store, at: dt.date | None = None) -> list[ChannelStatus]:
    """Return every channel's state on ``at`` (default: today), in definition order.

    A channel with no evidence yet is ``unknown``.
    """
    channels = load_channels()
    matched: dict[str, dict[str | None, list[tuple[str, dict[str, Any]]]]] = {
        channel.id: {} for channel in channels
    }
    # one pass over the events, oldest first, keeping only those that touch a channel
    for event in store.events(EventFilter(modality="asserted", until=at or dt.date.today())):
        for channel in channels:
            state = channel.state_of(event)
            if state is not None:
                rows = matched[channel.id]
                rows.setdefault(channel.row_key(event), []).append((state, event))
    board: list[ChannelStatus] = []
    for channel in channels:
        rows = matched[channel.id]
        if not rows:
            board.append(ChannelStatus(channel.id, channel.name, None, UNKNOWN, None, ()))
        for counterpart, changes in sorted(rows.items(), key=lambda kv: kv[0] or ""):
            history = _changes(changes)
            current = history[-1]
            board.append(
                ChannelStatus(
                    channel.id,
                    channel.name,
                    counterpart,
                    current.state,
                    current.since,
                    current.evidence,
                    tuple(history[:-1]),
                )
            )
    return board


def _changes(matched: list[tuple[str, dict[str, Any]]]) -> list[Change]:
    """Fold date-ordered (state, event) pairs into state changes; repeats add evidence."""
    changes: list[Change] = []
    for state, event in matched:
        if changes and changes[-1].state == state:
            last = changes[-1]
            changes[-1] = Change(state, last.since, (*last.evidence, Evidence.of(event)))
        else:
            changes.append(Change(state, event["date"], (Evidence.of(event),)))
    return changes
