"""The ``peninsula`` command line: thin wrappers that parse options, call the library, print."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated
from urllib.parse import unquote, urlsplit

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from peninsula import __version__
from peninsula.config import (
    DEFAULT_DB,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT_SECONDS,
    IngestOptions,
    parse_size,
)
from peninsula.errors import ConfigError, PeninsulaError
from peninsula.ingest.pubdate import find_date
from peninsula.ingest.run import ingest_sources
from peninsula.ingest.sources import expand
from peninsula.models import IngestSummary, Outcome, Status
from peninsula.store import Store

app = typer.Typer(
    name="peninsula",
    help="Turn news about the Korean Peninsula into evidence-backed event data.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        envvar="PENINSULA_DB",
        help="DuckDB file to use (env PENINSULA_DB).",
        show_default=True,
        dir_okay=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]

USAGE_ERROR = 2
_STATUS_STYLE = {
    Status.INGESTED: "green",
    Status.DUPLICATE: "cyan",
    Status.SKIPPED: "yellow",
    Status.FAILED: "red",
}


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(Text("error: ", style="red") + Text(message), highlight=False)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        out.print(f"peninsula {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log each step to stderr.")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def _open_store(db: Path, *, read_only: bool = False) -> Store:
    try:
        return Store(db, read_only=read_only)
    except PeninsulaError as error:
        raise _fail(str(error)) from None


def _display(uri: str) -> str:
    """Show a file URI as the path the user typed, with its #line=N fragment if any."""
    if not uri.startswith("file://"):
        return uri
    path, hash_sign, fragment = uri.partition("#")
    return unquote(urlsplit(path).path) + hash_sign + fragment


def _print_outcome(outcome: Outcome) -> None:
    if outcome.status in (Status.INGESTED, Status.DUPLICATE):
        return
    line = Text(f"{outcome.status.value:<9} ", style=_STATUS_STYLE[outcome.status])
    line.append(f"{_display(outcome.uri)}: {outcome.reason}", style="")
    err.print(line, highlight=False)


def _print_summary(summary: IngestSummary) -> None:
    parts = [
        f"[{_STATUS_STYLE[status]}]{summary.count(status)} {status.value}[/]" for status in Status
    ]
    out.print(", ".join(parts), highlight=False)


@app.command()
def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, directories, http(s) URLs, feeds, or - for stdin."),
    ],
    db: DbOption = Path(DEFAULT_DB),
    published: Annotated[
        str | None,
        typer.Option(help="Publication date of these inputs (YYYY-MM-DD); wins over the text's."),
    ] = None,
    fetch: Annotated[
        bool, typer.Option("--fetch", help="For feeds, fetch each entry's linked page.")
    ] = False,
    max_bytes: Annotated[
        str,
        typer.Option(
            envvar="PENINSULA_MAX_BYTES", help="Skip inputs larger than this (5MB, 512KB)."
        ),
    ] = f"{DEFAULT_MAX_BYTES // (1024 * 1024)}MiB",
    timeout: Annotated[
        float,
        typer.Option(envvar="PENINSULA_TIMEOUT", min=0.1, help="Seconds to wait for a URL."),
    ] = DEFAULT_TIMEOUT_SECONDS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Read articles into the store: text, HTML, JSON Lines, RSS/Atom feeds, URLs.

    Each input that is skipped or fails gets a line on stderr saying why,
    then a summary. Exit status: 0 when every input was ingested, a
    duplicate or skipped; 1 when any failed; 2 for a usage error.

    **Examples**

        peninsula ingest ../shared/seeds/ --db news.duckdb

        peninsula ingest https://example.org/feed.xml --fetch

        cat story.txt | peninsula ingest - --published 2021-07-30
    """
    try:
        options = IngestOptions(
            max_bytes=parse_size(max_bytes),
            timeout=timeout,
            fetch_feed_links=fetch,
            published=_given_date(published),
        )
    except ConfigError as error:
        raise _fail(str(error), USAGE_ERROR) from None
    sources = expand(inputs)
    show_progress = not (quiet or as_json) and err.is_terminal
    with _open_store(db) as store:
        progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not show_progress,
        )
        with progress:
            task = progress.add_task("ingesting", total=len(sources))
            summary = ingest_sources(
                sources,
                store,
                options=options,
                on_outcome=_print_outcome,
                on_source_done=lambda: progress.advance(task),
            )
        stored = store.count_articles()
    if as_json:
        out.print_json(json.dumps({**summary.as_dict(), "db": str(db), "articles_stored": stored}))
    else:
        _print_summary(summary)
        out.print(f"{stored} articles in {db}", highlight=False)
    raise typer.Exit(0 if summary.ok else 1)


def _given_date(value: str | None) -> str | None:
    if value is None:
        return None
    found = find_date(value)
    if found is None or len(value.strip()) > 32:
        raise ConfigError(f"invalid --published {value!r}: use YYYY-MM-DD")
    return found


@app.command()
def articles(
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per line (JSON Lines).")
    ] = False,
) -> None:
    """List the stored articles, one per line, in the order they were ingested.

    **Examples**

        peninsula articles --db news.duckdb

        peninsula articles --json | jq -r .title
    """
    with _open_store(db, read_only=True) as store:
        if as_json:
            for article in store.articles():
                sys.stdout.write(json.dumps(article.as_dict(), ensure_ascii=False) + "\n")
            return
        table = Table(show_lines=False, pad_edge=False, box=None, header_style="bold")
        for column, width in (("id", 18), ("published", 22), ("basis", 8)):
            table.add_column(column, no_wrap=True, min_width=width)
        for column, width in (("outlet", 22), ("author", 22), ("title", 60)):
            table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=width)
        table.add_column("lang", no_wrap=True, min_width=4)
        table.add_column("words", no_wrap=True, justify="right", min_width=5)
        table.add_column("uri", no_wrap=True, overflow="ellipsis")
        count = 0
        for article in store.articles():
            count += 1
            table.add_row(
                article.id,
                article.published or "-",
                article.published_basis.value if article.published_basis else "-",
                article.outlet or "-",
                article.author or "-",
                article.title or "-",
                article.language or "-",
                str(article.n_words),
                article.uri,
            )
        wide = Console(width=None if out.is_terminal else 240, soft_wrap=False)
        wide.print(table)
        err.print(f"{count} articles in {db}", highlight=False)


def main() -> None:
    """Run the command line."""
    app()
