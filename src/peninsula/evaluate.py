"""Score stored events against a gold file (format: docs/gold.md).

An extracted mention matches a gold event of the same article when the
actor and recipient codes agree (either order for symmetric types), its type
is one of the gold's acceptable types, its modality is the gold's, and its
date, at its own precision, falls in the gold date's window widened by the
tolerance, at least as precise as the gold. Matching is one-to-one, and pairs
as many gold events as can be paired.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peninsula.errors import PeninsulaError
from peninsula.extract.lexicon import SYMMETRIC_TYPES, load_plover
from peninsula.models import Precision

# The confidence above which eval reports the share of correct events.
CONFIDENT = 0.8
_RANK = {"day": 0, "month": 1, "year": 2}
REQUIRED = ("article", "actor", "recipient", "types", "modality", "date", "precision")
# The codes the actor dictionary gives: three capitals (PRK, UNO, IAE for the IAEA).
ACTOR_CODE = re.compile(r"[A-Z]{3}")


class GoldError(PeninsulaError):
    """A gold file cannot be read."""


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event."""

    article: str
    actor: str
    recipient: str | None
    types: tuple[str, ...]
    modality: str
    date: str
    precision: str
    tolerance_days: int
    note: str | None = None

    @property
    def international(self) -> bool:
        """True when actor and recipient are different states."""
        return self.recipient is not None and self.recipient != self.actor


@dataclass(frozen=True)
class Gold:
    """A gold file: events, the articles it covers, and their given publication dates."""

    events: tuple[GoldEvent, ...]
    articles: dict[str, str | None]


def load_gold(path: Path) -> Gold:
    """Read and validate a gold JSONL file."""
    plover_types = set(load_plover().scores)
    events: list[GoldEvent] = []
    articles: dict[str, str | None] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise GoldError(f"cannot read gold file {path}: {error.strerror}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}:{number}: invalid JSON: {error.msg}") from None
        if "article" not in row:
            raise GoldError(f"{path}:{number}: missing 'article'")
        articles.setdefault(row["article"], row.get("published"))
        if row.get("no_events"):
            continue
        missing = [key for key in REQUIRED if key not in row]
        if missing:
            raise GoldError(f"{path}:{number}: missing {', '.join(missing)}")
        unknown = [t for t in row["types"] if t not in plover_types]
        if unknown:
            raise GoldError(f"{path}:{number}: unknown PLOVER type {unknown[0]!r}")
        for role in ("actor", "recipient"):
            code = row[role]
            if (code is not None or role == "actor") and not (
                isinstance(code, str) and ACTOR_CODE.fullmatch(code)
            ):
                raise GoldError(
                    f"{path}:{number}: {role} {code!r} is not a three-letter code"
                    " (ISO 3166-1 alpha-3, or an IGO code such as UNO or IAE)"
                )
        events.append(
            GoldEvent(
                article=row["article"],
                actor=row["actor"],
                recipient=row["recipient"],
                types=tuple(row["types"]),
                modality=row["modality"],
                date=str(row["date"]),
                precision=row["precision"],
                tolerance_days=int(row.get("tolerance_days", 0)),
                note=row.get("note"),
            )
        )
    return Gold(tuple(events), articles)


def _period(iso: str, precision: str) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in iso.split("-")]
    if precision == Precision.YEAR or len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if precision == Precision.MONTH or len(parts) == 2:
        start = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return start, following - dt.timedelta(days=1)
    day = dt.date(parts[0], parts[1], parts[2])
    return day, day


def date_matches(system: str | None, precision: str | None, gold: GoldEvent) -> bool:
    """Return True when a system date is right for the gold event, within its precision."""
    if system is None or precision is None:
        return False
    if _RANK[precision] > _RANK[gold.precision]:
        return False
    start, end = _period(system, precision)
    gold_start, gold_end = _period(gold.date, gold.precision)
    slack = dt.timedelta(days=gold.tolerance_days)
    return start <= gold_end + slack and end >= gold_start - slack


def _event_key(event: GoldEvent) -> tuple[object, ...]:
    parties: tuple[object, ...] = (event.actor, event.recipient)
    if set(event.types) & SYMMETRIC_TYPES:
        parties = (frozenset(parties),)
    return (event.article, *parties, frozenset(event.types), event.modality, event.date)


def _same_parties(system: dict[str, Any], gold: GoldEvent) -> bool:
    pair = (system["actor"], system["recipient"])
    if pair == (gold.actor, gold.recipient):
        return True
    symmetric = system["event"] in SYMMETRIC_TYPES or set(gold.types) & SYMMETRIC_TYPES
    return bool(symmetric) and pair == (gold.recipient, gold.actor)


def matches(system: dict[str, Any], gold: GoldEvent) -> bool:
    """Return True when a system mention is a correct coding of a gold event."""
    return (
        _same_parties(system, gold)
        and system["event"] in gold.types
        and system["modality"] == gold.modality
        and date_matches(system["date"], system["precision"], gold)
    )


@dataclass
class Score:
    """Counts for precision and recall."""

    true_positives: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """Share of system events that are right."""
        return self.true_positives / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        """Share of gold events found."""
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Return the score as JSON-ready figures."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "system": self.system,
            "gold": self.gold,
        }


@dataclass
class Report:
    """The result of one evaluation."""

    overall: Score = field(default_factory=Score)
    international: Score = field(default_factory=Score)
    by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    confident: Score = field(default_factory=Score)
    misses: list[GoldEvent] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)
    articles: int = 0
    unmatched_articles: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON."""
        return {
            "articles": self.articles,
            "overall": self.overall.as_dict(),
            "international": self.international.as_dict(),
            "by_type": {t: s.as_dict() for t, s in sorted(self.by_type.items())},
            "confident_precision": round(self.confident.precision, 4),
            "confident_events": self.confident.system,
            "unmatched_articles": self.unmatched_articles,
        }


def _article_of(uri: str, gold_articles: Iterable[str]) -> str | None:
    for article in gold_articles:
        if uri.endswith("/" + article) or uri == article:
            return article
    return None


def evaluate(gold: Gold, mentions: Iterable[dict[str, Any]]) -> Report:
    """Score stored mentions against the gold events of the articles the gold covers."""
    report = Report()
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seen_articles: set[str] = set()
    for mention in mentions:
        article = _article_of(mention["uri"], gold.articles)
        if article is None:
            continue
        seen_articles.add(article)
        # Several mentions of one event in one article count once, with the
        # confidence of the surest (as the stored event keeps the highest).
        key = _mention_key(mention)
        kept = by_article[article]
        same = [i for i, m in enumerate(kept) if _mention_key(m) == key]
        if not same:
            kept.append(mention)
        elif mention["confidence"] > kept[same[0]]["confidence"]:
            kept[same[0]] = mention
    report.articles = len(gold.articles)
    report.unmatched_articles = sorted(
        a
        for a in gold.articles
        if a not in seen_articles and any(g.article == a for g in gold.events)
    )
    gold_by_article: dict[str, list[GoldEvent]] = defaultdict(list)
    same_events: set[tuple[object, ...]] = set()
    for event in gold.events:
        # Lines that are one event under the deduplication rule (same parties,
        # types, modality and date) are one event: a system can report it once.
        event_key = _event_key(event)
        if event_key not in same_events:
            same_events.add(event_key)
            gold_by_article[event.article].append(event)
    for article in gold.articles:
        system = by_article.get(article, [])
        events = gold_by_article.get(article, [])
        pairing = _pairing(events, system)
        for index, event in enumerate(events):
            found = system[pairing[index]] if index in pairing else None
            _count(report, event, found)
            if found is None:
                report.misses.append(event)
        used = set(pairing.values())
        for index, extra in enumerate(system):
            if index not in used:
                _count_extra(report, extra)
                report.extras.append(extra)
    return report


def _mention_key(mention: dict[str, Any]) -> tuple[object, ...]:
    # one event as the deduplication rule (dedup.event_key) and the gold lines have
    # it: a symmetric one in either order ("Moscow and Pyongyang signed ... The two
    # ministers signed the agreement")
    parties: tuple[object, ...] = (mention["actor"], mention["recipient"])
    if mention["event"] in SYMMETRIC_TYPES and mention["recipient"] is not None:
        parties = (frozenset(parties),)
    return (mention["event"], *parties, mention["modality"], mention["date"])


def _pairing(events: list[GoldEvent], system: list[dict[str, Any]]) -> dict[int, int]:
    """The most gold events matched one-to-one to system mentions (gold index to
    system index), so that a mention that fits two gold events goes to the one
    nothing else fits: a 2010-01 test that fits "in 2010" and "in January 2010"
    leaves "in 2010" to another mention of that year. Augmenting paths (Kuhn)."""
    fits = [[j for j, mention in enumerate(system) if matches(mention, e)] for e in events]
    owner: dict[int, int] = {}  # system index -> gold index

    def claim(gold_index: int, seen: set[int]) -> bool:
        for j in fits[gold_index]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or claim(owner[j], seen):
                owner[j] = gold_index
                return True
        return False

    for gold_index in range(len(events)):
        claim(gold_index, set())
    return {gold_index: j for j, gold_index in owner.items()}


def _count(report: Report, event: GoldEvent, found: dict[str, Any] | None) -> None:
    # A gold event that allows several types counts under the one the system
    # found, so that no type's recall can pass 1; a miss counts under its first.
    counted_as = found["event"] if found is not None else event.types[0]
    scores = [report.overall, report.by_type[counted_as]]
    if event.international:
        scores.append(report.international)
    for score in scores:
        score.gold += 1
    if found is None:
        return
    found_scores = [report.overall, report.by_type[found["event"]]]
    if found["recipient"] and found["recipient"] != found["actor"]:
        found_scores.append(report.international)
    for score in found_scores:
        score.system += 1
        score.true_positives += 1
    if found["confidence"] >= CONFIDENT:
        report.confident.system += 1
        report.confident.true_positives += 1


def _count_extra(report: Report, extra: dict[str, Any]) -> None:
    report.overall.system += 1
    report.by_type[extra["event"]].system += 1
    if extra["recipient"] and extra["recipient"] != extra["actor"]:
        report.international.system += 1
    if extra["confidence"] >= CONFIDENT:
        report.confident.system += 1
