"""``peninsula backfill`` and ``peninsula import-events``: scale out on Ray, load back."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from peninsula.cli_common import USAGE_ERROR, DbOption, err, fail, open_store, out
from peninsula.config import DEFAULT_DB
from peninsula.errors import ConfigError, PeninsulaError


def backfill_command(
    inputs: Annotated[
        list[str], typer.Argument(help="Article files, JSON Lines shards, or directories.")
    ],
    out_dir: Annotated[
        Path, typer.Option("--out", help="New directory for the Parquet output.", file_okay=False)
    ],
    ray_address: Annotated[
        str | None,
        typer.Option(
            envvar="RAY_ADDRESS",
            help="Ray cluster to run on (e.g. ray://head:10001); default: a local instance.",
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, max=10_000, help="Extraction actors (each loads spaCy once).")
    ] = 2,
) -> None:
    """Extract events from many files with Ray Data; write Parquet partitioned by month.

    Each input file is read by the code `ingest` uses, events are extracted in
    a pool of Ray actors, and the output is DIR/articles/*.parquet plus
    DIR/events/month=YYYY-MM/*.parquet. Load it with `peninsula import-events`,
    or query it in place with DuckDB. Needs `pip install 'peninsula[ray]'`.

    **Examples**

        peninsula backfill shards/ --out backfill/2024 --workers 2

        peninsula backfill s3-synced/ --out out/ --ray-address ray://head:10001 --workers 64
    """
    from peninsula.backfill import run_backfill

    started = time.perf_counter()
    try:
        summary = run_backfill(inputs, out_dir, ray_address=ray_address, workers=workers)
    except ConfigError as error:
        raise fail(str(error), USAGE_ERROR) from None
    except PeninsulaError as error:
        raise fail(str(error)) from None
    elapsed = time.perf_counter() - started
    for uri, status, reason in summary.problems:
        err.print(f"{status:<9} {uri}: {reason}", highlight=False)
    out.print(
        f"{summary.articles} articles from {summary.shards} files, {summary.mentions} event "
        f"mentions in {elapsed:.1f} s -> {summary.out}",
        highlight=False,
    )


def import_events_command(
    directory: Annotated[
        Path,
        typer.Argument(help="A backfill's output directory.", exists=True, file_okay=False),
    ],
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Load a backfill's Parquet into the store, in input order, deduplicating events.

    The store ends up with the events `peninsula ingest` of the same inputs
    would give. Articles already stored are skipped.

    **Examples**

        peninsula import-events backfill/2024 --db news.duckdb
    """
    from peninsula.backfill import imported_rows

    if not (directory / "articles").is_dir():
        raise fail(f"{directory}: no articles/ here; is it a backfill's --out directory?")
    added = skipped = 0
    with open_store(db) as store:
        try:
            articles, mentions = store.backfill_rows(directory)
            for article, raw, found in imported_rows(articles, mentions):
                if store.has_article(article.id) or not store.add_article(article, raw, found):
                    skipped += 1
                else:
                    added += 1
        except PeninsulaError as error:
            raise fail(str(error)) from None
        except Exception as error:  # noqa: BLE001 - a broken file: say which, store keeps what it had
            raise fail(f"{directory}: cannot read the Parquet files: {error}") from None
        total = store.count_events()
    err.print(f"{added} articles imported, {skipped} already stored", highlight=False)
    out.print(f"{total} events in {db}", highlight=False)
