"""Read a backfill's Parquet output (see peninsula.backfill) in input order."""

from __future__ import annotations

from collections.abc import Iterator
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
    return _rows(con.execute("SELECT * FROM read_parquet(?) ORDER BY shard, item", [files]))


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
