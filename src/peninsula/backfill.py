"""Backfill: the same reading and extraction, mapped over shards with Ray Data.

``peninsula backfill INPUT... --out DIR`` reads each input file (a JSON Lines
shard, a feed, an article) in a Ray task with the code ``ingest`` uses. It
extracts events in a pool of Ray actors, each of which loads the spaCy model
once, and writes Parquet::

    DIR/articles/*.parquet            the articles with their raw input
    DIR/events/month=YYYY-MM/*.parquet  one row per event mention
    DIR/events/month=undated/...

``peninsula import-events DIR`` loads them into a DuckDB store in input
order. Deduplication runs there, so the store holds the same events as
``peninsula ingest`` of the same inputs. DuckDB can also query the files in
place: ``SELECT * FROM read_parquet('DIR/events/*/*.parquet', hive_partitioning=true)``.

Ray is an optional extra: ``pip install 'peninsula[ray]'``.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peninsula.config import IngestOptions
from peninsula.errors import ConfigError
from peninsula.ingest.fetch import Fetcher
from peninsula.ingest.sources import Source, SourceKind, expand
from peninsula.models import (
    ActorRef,
    Article,
    DateBasis,
    EventDate,
    Hints,
    MediaType,
    Mention,
    Modality,
    Outcome,
    Precision,
    PublishedBasis,
    RawDocument,
)
from peninsula.store.parquet import backfill_counts

if TYPE_CHECKING:
    import pyarrow as pa

ARTICLES = "articles"
ARTICLE = "article"  # the status of a row that holds an article
EVENTS = "events"
UNDATED = "undated"
BATCH_ARTICLES = 16
BLOCKS_PER_ACTOR = 4


@cache
def article_schema() -> pa.Schema:
    """Columns of an article row."""
    import pyarrow as pa

    return pa.schema(
        [
            ("shard", pa.int64()),
            ("item", pa.int64()),
            ("id", pa.string()),
            ("uri", pa.string()),
            ("title", pa.string()),
            ("outlet", pa.string()),
            ("author", pa.string()),
            ("published", pa.string()),
            ("published_basis", pa.string()),
            ("language", pa.string()),
            ("text", pa.string()),
            ("n_words", pa.int64()),
            ("raw_id", pa.string()),
            ("cleaner_version", pa.string()),
            ("raw_uri", pa.string()),
            ("raw_media_type", pa.string()),
            ("raw_hints", pa.string()),
            ("raw_data", pa.binary()),
            ("status", pa.string()),  # "article", or why there is none: skipped, failed
            ("reason", pa.string()),
        ]
    )


@cache
def mention_schema() -> pa.Schema:
    """Columns of a mention row; ``month`` is the partition."""
    import pyarrow as pa

    return pa.schema(
        [
            ("shard", pa.int64()),
            ("item", pa.int64()),
            ("position", pa.int64()),
            ("id", pa.string()),
            ("article_id", pa.string()),
            ("event", pa.string()),
            ("mode", pa.string()),
            ("context", pa.string()),
            ("actor_code", pa.string()),
            ("actor_sector", pa.string()),
            ("actor_text", pa.string()),
            ("actor_name", pa.string()),
            ("recipient_code", pa.string()),
            ("recipient_sector", pa.string()),
            ("recipient_text", pa.string()),
            ("recipient_name", pa.string()),
            ("date", pa.string()),
            ("date_day", pa.date32()),
            ("date_precision", pa.string()),
            ("date_basis", pa.string()),
            ("modality", pa.string()),
            ("confidence", pa.float64()),
            ("event_text", pa.string()),
            ("text_start", pa.int64()),
            ("text_end", pa.int64()),
            ("trigger", pa.string()),
            ("extractor_version", pa.string()),
            ("month", pa.string()),
        ]
    )


@dataclass(frozen=True)
class BackfillSummary:
    """What a backfill wrote, and the inputs that gave no article (uri, status, reason)."""

    shards: int
    articles: int
    mentions: int
    out: Path
    problems: tuple[tuple[str, str, str], ...] = ()


def shard_sources(inputs: Sequence[str]) -> list[Source]:
    """The input files, in ``ingest`` order; URLs and stdin are not shards."""
    sources: list[Source] = []
    for item in expand(inputs):
        if isinstance(item, Outcome):
            continue  # manifests, unsupported files: ingest reports them too
        if item.kind is not SourceKind.FILE:
            raise ConfigError(f"backfill reads files and directories, not {item.location!r}")
        sources.append(item)
    if not sources:
        raise ConfigError("no input files to backfill")
    return sources


def read_shard(shard: int, source: Source, options: IngestOptions) -> pa.Table:
    """Build the articles of one input file, as ``ingest`` would, as article rows."""
    import pyarrow as pa

    from peninsula.ingest.run import build_task, tasks  # the ingest code path itself

    rows = []
    with Fetcher(timeout=options.timeout, max_bytes=options.max_bytes) as fetcher:
        for item, task in enumerate(tasks([source], options, fetcher, None)):
            built = task if isinstance(task, Outcome) else build_task(task)
            if isinstance(built, Outcome):
                rows.append(
                    {
                        "shard": shard,
                        "item": item,
                        "uri": built.uri,
                        "status": built.status.value,
                        "reason": built.reason,
                    }
                )
            elif not isinstance(task, Outcome):
                rows.append(article_row(shard, item, built, task[0]))
    return pa.Table.from_pylist(rows, schema=article_schema())


def article_row(shard: int, item: int, article: Article, raw: RawDocument) -> dict[str, Any]:
    """One article and its raw input as a Parquet row."""
    return {
        "shard": shard,
        "item": item,
        **article.as_dict(),
        "text": article.text,
        "raw_id": article.raw_id,
        "cleaner_version": article.cleaner_version,
        "raw_uri": raw.uri,
        "raw_media_type": raw.media_type.value,
        "raw_hints": json.dumps(raw.hints.as_dict(), sort_keys=True),
        "raw_data": raw.data,
        "status": ARTICLE,
        "reason": None,
    }


def article_from_row(row: dict[str, Any]) -> tuple[Article, RawDocument]:
    """The article and raw input of an article row."""
    hints = json.loads(row["raw_hints"])
    basis = hints.pop("published_basis", None)
    raw = RawDocument(
        uri=row["raw_uri"],
        data=bytes(row["raw_data"]),
        media_type=MediaType(row["raw_media_type"]),
        hints=Hints(**hints, published_basis=PublishedBasis(basis) if basis else None),
    )
    article = Article(
        id=row["id"],
        uri=row["uri"],
        title=row["title"],
        outlet=row["outlet"],
        author=row["author"],
        published=row["published"],
        published_basis=PublishedBasis(row["published_basis"]) if row["published_basis"] else None,
        language=row["language"],
        text=row["text"],
        n_words=int(row["n_words"]),
        raw_id=row["raw_id"],
        cleaner_version=row["cleaner_version"],
    )
    return article, raw


def mention_rows(shard: int, item: int, mentions: Sequence[Mention]) -> list[dict[str, Any]]:
    """An article's mentions as Parquet rows, with the month they fall in."""
    rows = []
    for position, m in enumerate(mentions):
        day = m.date.first_day() if m.date else None
        recipient = m.recipient
        rows.append(
            {
                "shard": shard,
                "item": item,
                "position": position,
                "id": m.id,
                "article_id": m.article_id,
                "event": m.event_type,
                "mode": m.mode,
                "context": json.dumps(list(m.contexts)),
                "actor_code": m.actor.code,
                "actor_sector": m.actor.sector,
                "actor_text": m.actor.entity_text,
                "actor_name": m.actor.name,
                "recipient_code": recipient.code if recipient else None,
                "recipient_sector": recipient.sector if recipient else None,
                "recipient_text": recipient.entity_text if recipient else None,
                "recipient_name": recipient.name if recipient else None,
                "date": m.date.iso() if m.date else None,
                "date_day": day,
                "date_precision": m.date.precision.value if m.date else None,
                "date_basis": m.date.basis.value if m.date else None,
                "modality": m.modality.value,
                "confidence": m.confidence,
                "event_text": m.event_text,
                "text_start": m.start,
                "text_end": m.end,
                "trigger": m.trigger,
                "extractor_version": m.extractor_version,
                "month": day.isoformat()[:7] if day else UNDATED,
            }
        )
    return rows


def mention_from_row(row: dict[str, Any]) -> Mention:
    """The mention of a Parquet row (the exact one extracted)."""
    recipient = (
        ActorRef(
            row["recipient_code"],
            row["recipient_sector"],
            row["recipient_text"],
            row["recipient_name"],
        )
        if row["recipient_code"]
        else None
    )
    date = (  # from the period's first day, as the store keeps it
        EventDate(row["date_day"], Precision(row["date_precision"]), DateBasis(row["date_basis"]))
        if row["date_precision"]
        else None
    )
    return Mention(
        article_id=row["article_id"],
        event_type=row["event"],
        mode=row["mode"],
        contexts=tuple(json.loads(row["context"])),
        actor=ActorRef(
            row["actor_code"], row["actor_sector"], row["actor_text"], row["actor_name"]
        ),
        recipient=recipient,
        modality=Modality(row["modality"]),
        date=date,
        event_text=row["event_text"],
        start=int(row["text_start"]),
        end=int(row["text_end"]),
        trigger=row["trigger"],
        confidence=float(row["confidence"]),
        extractor_version=row["extractor_version"],
    )


class ExtractActor:
    """A Ray actor: loads the spaCy pipeline once, then extracts batch after batch."""

    def __init__(self) -> None:
        from peninsula.extract.events import Extractor

        self.extractor = Extractor()

    def __call__(self, batch: pa.Table) -> pa.Table:
        import pyarrow as pa

        rows: list[dict[str, Any]] = []
        for row in batch.to_pylist():
            if row["status"] != ARTICLE:
                continue
            article, _raw = article_from_row(row)
            rows += mention_rows(row["shard"], row["item"], self.extractor.extract(article))
        return pa.Table.from_pylist(rows, schema=mention_schema())


def run_backfill(
    inputs: Sequence[str],
    out: Path,
    *,
    ray_address: str | None = None,
    workers: int = 2,
    options: IngestOptions | None = None,
) -> BackfillSummary:
    """Read, extract and write Parquet under ``out`` with Ray Data (local or a cluster)."""
    try:
        import pyarrow as pa
        import ray
    except ImportError:
        raise ConfigError("backfill needs Ray: pip install 'peninsula[ray]'") from None
    options = options or IngestOptions()
    sources = shard_sources(inputs)
    if out.exists() and any(out.iterdir()):
        raise ConfigError(f"{out} is not empty: give a new directory for the Parquet output")
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(
            address=ray_address,
            # the actors take one CPU each; reading and writing tasks need one more
            num_cpus=None if ray_address else workers + 1,
            include_dashboard=False,
            log_to_driver=False,
            logging_level=logging.WARNING,
        )
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        warnings.filterwarnings("ignore", category=UserWarning, module="ray")  # tuning hints
        for name in list(logging.root.manager.loggerDict):  # ray.data sets INFO on import
            if name.startswith("ray"):
                logging.getLogger(name).setLevel(logging.WARNING)
        listing = ray.data.from_items(
            [{"shard": number, "path": source.location} for number, source in enumerate(sources)]
        )
        by_path = {source.location: source for source in sources}

        def read(batch: pa.Table) -> pa.Table:
            tables = [
                read_shard(shard, by_path[path], options)
                for shard, path in zip(
                    batch.column("shard").to_pylist(), batch.column("path").to_pylist(), strict=True
                )
            ]
            return pa.concat_tables(tables) if tables else article_schema().empty_table()

        # Two streaming passes: read and write the articles, then extract from
        # what was written. Nothing is held whole in memory.
        listing.map_batches(read, batch_size=1, batch_format="pyarrow").write_parquet(
            str(out / ARTICLES)
        )
        written = ray.data.read_parquet(str(out / ARTICLES))
        blocks = workers * BLOCKS_PER_ACTOR
        if len(sources) < blocks:
            # few input files read as few blocks: split them so every actor gets
            # work (a barrier, but a small one; many files stream as they are)
            written = written.repartition(blocks)
        written.map_batches(
            ExtractActor,
            batch_size=BATCH_ARTICLES,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=1,
        ).write_parquet(str(out / EVENTS), partition_cols=["month"])
    finally:
        if started_here:
            ray.shutdown()
    counts = backfill_counts(out)
    return BackfillSummary(
        len(sources), counts.articles, counts.mentions, out, tuple(counts.problems)
    )


def imported_rows(
    articles: Iterator[dict[str, Any]], mentions: Iterator[dict[str, Any]]
) -> Iterator[tuple[Article, RawDocument, list[Mention]]]:
    """Pair article rows with their mention rows; both come ordered by (shard, item)."""
    pending = next(mentions, None)
    for row in articles:
        key = (row["shard"], row["item"])
        found: list[Mention] = []
        while pending is not None and (pending["shard"], pending["item"]) <= key:
            if (pending["shard"], pending["item"]) == key:
                found.append(mention_from_row(pending))
            pending = next(mentions, None)
        article, raw = article_from_row(row)
        yield article, raw, found
