"""Records passed between the stages.

Every record is a frozen dataclass. Unknown values are ``None`` with an
explicit companion field (``published_basis``), never a sentinel string.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from dataclasses import dataclass, field
from typing import Any

CLEANER_VERSION = "clean-1"
# Bumped when what the extractor stores changes meaning: extract-2 calibrates
# confidence and drops premises of conditions and acts not made (2026-12-01).
EXTRACTOR_VERSION = "extract-2"


def content_id(prefix: str, payload: str | bytes) -> str:
    """Return a stable content-hash id such as ``a-3f2c9e0d1b7a4c55``."""
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    return f"{prefix}-{hashlib.sha256(data).hexdigest()[:16]}"


class PublishedBasis(enum.StrEnum):
    """How an article's publication date was found."""

    EXPLICIT = "explicit"  # labelled as the publication date by its source
    GIVEN = "given"  # supplied by the user (--published) or the JSONL record
    INFERRED = "inferred"  # an unlabelled date found in the content


@dataclass(frozen=True)
class Hints:
    """Metadata a container gives about a document (JSONL record, feed entry, flag)."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_basis: PublishedBasis | None = None
    url: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return the hints as a JSON-ready dict, dropping unset fields."""
        values = {
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published,
            "published_basis": self.published_basis.value if self.published_basis else None,
            "url": self.url,
        }
        return {key: value for key, value in values.items() if value is not None}


class MediaType(enum.StrEnum):
    """The reader that turns a raw document into text."""

    TEXT = "text/plain"
    HTML = "text/html"
    HTML_FRAGMENT = "text/html; fragment"


@dataclass(frozen=True)
class RawDocument:
    """One document as received, before cleaning: enough to clean it again later."""

    uri: str
    data: bytes
    media_type: MediaType
    hints: Hints = field(default_factory=Hints)

    @property
    def id(self) -> str:
        """Content hash of the raw bytes."""
        return content_id("r", self.data)


@dataclass(frozen=True)
class Article:
    """A cleaned article with its metadata, ready to store."""

    id: str
    uri: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None  # ISO 8601 date or date-time, as precise as the source
    published_basis: PublishedBasis | None
    language: str | None
    text: str  # paragraphs joined by a blank line
    n_words: int
    raw_id: str
    cleaner_version: str = CLEANER_VERSION

    @classmethod
    def from_text(cls, text: str, *, uri: str, published: str | None = None) -> Article:
        """Return an article for already clean text, e.g. to extract events from a string."""
        return cls(
            id=content_id("a", text),
            uri=uri,
            title=None,
            outlet=None,
            author=None,
            published=published,
            published_basis=PublishedBasis.GIVEN if published else None,
            language="en",
            text=text,
            n_words=len(text.split()),
            raw_id=content_id("r", text),
        )

    @property
    def paragraphs(self) -> list[str]:
        """Return the paragraphs of the cleaned text."""
        return self.text.split("\n\n")

    def as_dict(self) -> dict[str, Any]:
        """Return the listing fields of ``peninsula articles --json``."""
        return {
            "id": self.id,
            "uri": self.uri,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published,
            "published_basis": self.published_basis.value if self.published_basis else None,
            "language": self.language,
            "n_words": self.n_words,
        }


class Status(enum.StrEnum):
    """What happened to one input document."""

    INGESTED = "ingested"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    """The result of ingesting one document (or one input that yielded none)."""

    uri: str
    status: Status
    reason: str | None = None
    article_id: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class IngestSummary:
    """Counts of outcomes for one ingest run."""

    outcomes: tuple[Outcome, ...]

    def count(self, status: Status) -> int:
        """Return how many outcomes have ``status``."""
        return sum(1 for outcome in self.outcomes if outcome.status is status)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return self.count(Status.FAILED) == 0

    def as_dict(self) -> dict[str, Any]:
        """Return the machine-readable summary printed by ``ingest --json``."""
        return {
            "ingested": self.count(Status.INGESTED),
            "duplicate": self.count(Status.DUPLICATE),
            "skipped": self.count(Status.SKIPPED),
            "failed": self.count(Status.FAILED),
            "outcomes": [
                {
                    "uri": o.uri,
                    "status": o.status.value,
                    "reason": o.reason,
                    "article_id": o.article_id,
                    "title": o.title,
                }
                for o in self.outcomes
            ],
        }


class Precision(enum.StrEnum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class DateBasis(enum.StrEnum):
    """How an event date was found."""

    EXPLICIT = "explicit"
    RELATIVE = "relative"
    PUBLICATION = "publication"


@dataclass(frozen=True)
class EventDate:
    """A resolved event date, truncated to its precision."""

    date: dt.date
    precision: Precision
    basis: DateBasis

    def first_day(self) -> dt.date:
        """The first day of the period the date stands for (a month's 1st, a year's 1 Jan)."""
        if self.precision is Precision.YEAR:
            return dt.date(self.date.year, 1, 1)
        if self.precision is Precision.MONTH:
            return self.date.replace(day=1)
        return self.date

    def last_day(self) -> dt.date:
        """The last day of the period the date stands for (a month's last, 31 Dec)."""
        if self.precision is Precision.YEAR:
            return dt.date(self.date.year, 12, 31)
        if self.precision is Precision.MONTH:
            following = self.date.replace(day=28) + dt.timedelta(days=4)
            return following.replace(day=1) - dt.timedelta(days=1)
        return self.date

    def iso(self) -> str:
        """Return the date as ISO 8601 truncated to its precision: 2020-06, 2013."""
        if self.precision is Precision.YEAR:
            return f"{self.date.year:04d}"
        if self.precision is Precision.MONTH:
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


class Modality(enum.StrEnum):
    """Whether the text reports an event as happened, not happened, planned or speculated."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"


@dataclass(frozen=True)
class ActorRef:
    """A resolved actor: country code, PLOVER sector, and the text that named it."""

    code: str
    sector: str
    entity_text: str
    name: str

    def as_dict(self) -> dict[str, str]:
        """Return the contract's actor object."""
        return {
            "code": self.code,
            "sector": self.sector,
            "entity_text": self.entity_text,
            "name": self.name,
        }


@dataclass(frozen=True)
class Mention:
    """One report of an event in one sentence of one article."""

    article_id: str
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]
    actor: ActorRef
    recipient: ActorRef | None
    modality: Modality
    date: EventDate | None
    event_text: str
    start: int
    end: int
    trigger: str
    confidence: float
    extractor_version: str = EXTRACTOR_VERSION

    @property
    def trigger_lemma(self) -> str:
        """The trigger's lemma ("test@12#2016-01-06": "test")."""
        return self.trigger.split("@")[0].lower()

    @property
    def trigger_index(self) -> int:
        """The trigger's token index in its paragraph's parse ("test@12#2016-01-06": 12)."""
        return int(self.trigger.split("@")[1].split("#")[0])

    @property
    def id(self) -> str:
        """Content hash of what and where."""
        recipient = self.recipient.code if self.recipient else ""
        key = (
            f"{self.article_id}|{self.start}|{self.trigger}|{self.event_type}|"
            f"{self.actor.code}|{recipient}|{self.modality.value}"
        )
        return content_id("m", key)
