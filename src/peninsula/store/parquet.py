"""Read a backfill's Parquet output (see peninsula.backfill) in input order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb


def _rows(cursor: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cursor.description or []]
    while rows := cursor.fetchmany(500):
        for row in rows:
            yield dict(zip(names, row, strict=True))


def read_backfill_articles(
    con: duckdb.DuckDBPyConnection, directory: Path
) -> Iterator[dict[str, Any]]:
    """Article rows ordered by (shard, item): the order ``ingest`` reads them in."""
    files = str(directory / "articles" / "*.parquet")
    return _rows(
        con.execute(
            "SELECT * FROM read_parquet(?) WHERE status = 'article' ORDER BY shard, item",
            [files],
        )
    )


def read_backfill_mentions(
    con: duckdb.DuckDBPyConnection, directory: Path
) -> Iterator[dict[str, Any]]:
    """Mention rows ordered by (shard, item, position); none when no event was found."""
    root = directory / "events"
    if not any(root.glob("*/*.parquet")):
        return iter(())
    files = str(root / "*" / "*.parquet")
    return _rows(
        con.execute(
            "SELECT * FROM read_parquet(?, hive_partitioning = true)"
            " ORDER BY shard, item, position",
            [files],
        )
    )


@dataclass(frozen=True)
class BackfillCounts:
    """Articles and mentions in a backfill's output, and the inputs that gave none."""

    articles: int
    mentions: int
    problems: list[tuple[str, str, str]]


def backfill_counts(directory: Path, shown: int = 50) -> BackfillCounts:
    """Count a backfill's output with an in-memory DuckDB."""
    con = duckdb.connect()
    try:
        files = str(directory / "articles" / "*.parquet")
        row = con.execute(
            "SELECT count(*) FILTER (WHERE status = 'article') FROM read_parquet(?)", [files]
        ).fetchone()
        problems = con.execute(
            "SELECT uri, status, reason FROM read_parquet(?) WHERE status <> 'article'"
            " ORDER BY shard, item LIMIT ?",
            [files, shown],
        ).fetchall()
        events = directory / "events"
        counted = (
            con.execute(
                "SELECT count(*) FROM read_parquet(?, hive_partitioning = true)",
                [str(events / "*" / "*.parquet")],
            ).fetchone()
            if any(events.glob("*/*.parquet"))
            else None
        )
        mentions = int(counted[0]) if counted else 0
    finally:
        con.close()
    return BackfillCounts(int(row[0]) if row else 0, mentions, [tuple(p) for p in problems])
