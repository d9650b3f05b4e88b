"""The ``peninsula`` command line: thin wrappers that parse options, call the library, print."""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import unquote, urlsplit

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from peninsula import __version__, cli_analysis, cli_scale, cli_serve
from peninsula.cli_common import (
    USAGE_ERROR,
    DbOption,
    JsonOption,
    err,
    out,
    table_console,
)
from peninsula.cli_common import fail as _fail
from peninsula.cli_common import open_store as _open_store
from peninsula.cli_common import parse_day as _day
from peninsula.cli_common import parse_dyad as _dyad
from peninsula.config import (
    DEFAULT_DB,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT_SECONDS,
    IngestOptions,
    parse_size,
)
from peninsula.errors import ConfigError, ExtractionFailed, PeninsulaError
from peninsula.evaluate import Report, Score, evaluate, load_gold
from peninsula.extract.events import Extractor
from peninsula.extract.lexicon import load_plover
from peninsula.ingest.pubdate import find_date
from peninsula.ingest.run import ingest_sources, reextract
from peninsula.ingest.sources import expand
from peninsula.models import EXTRACTOR_VERSION, IngestSummary, Outcome, Status
from peninsula.store.events import EventFilter

app = typer.Typer(
    name="peninsula",
    help="Turn news about the Korean Peninsula into evidence-backed event data.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)

_STATUS_STYLE = {
    Status.INGESTED: "green",
    Status.DUPLICATE: "cyan",
    Status.SKIPPED: "yellow",
    Status.FAILED: "red",
}


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


def _display(uri: str) -> str:
    """Show a file URI as the path the user typed, with its #line=N fragment if any."""
    if not uri.startswith("file://"):
        return uri
    path, hash_sign, fragment = uri.partition("#")
    return unquote(urlsplit(path).path) + hash_sign + fragment


def _progress(*, enabled: bool) -> Progress:
    """Return the progress bar used by long commands, drawn on stderr."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not enabled,
    )


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
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            envvar="PENINSULA_WORKERS",
            help="Processes that parse and extract (one process writes the store).",
        ),
    ] = 1,
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

        peninsula ingest big.jsonl --workers 2   # parse on 2 cores; same result as 1
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
        progress = _progress(enabled=show_progress)
        with progress:
            task = progress.add_task("ingesting", total=len(sources))
            summary = ingest_sources(
                sources,
                store,
                options=options,
                on_outcome=_print_outcome,
                on_source_done=lambda: progress.advance(task),
                workers=workers,
            )
        stored = store.count_articles()
        events_stored = store.count_events()
    if as_json:
        totals = {"db": str(db), "articles_stored": stored, "events_stored": events_stored}
        out.print_json(json.dumps({**summary.as_dict(), **totals}))
    else:
        _print_summary(summary)
        out.print(f"{stored} articles, {events_stored} events in {db}", highlight=False)
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
        wide = table_console(240)
        wide.print(table)
        err.print(f"{count} articles in {db}", highlight=False)


FORMATS = ("table", "jsonl", "plover", "csv")
MODALITIES = ("asserted", "negated", "future", "hypothetical")


def _plover_record(event: dict[str, object]) -> dict[str, object]:
    """Strict PLOVER JSONL fields only."""
    keys = (
        "id",
        "event",
        "mode",
        "context",
        "actor",
        "recipient",
        "date",
        "event_text",
        "text_info",
    )
    return {key: event[key] for key in keys}


@app.command()
def events(
    db: DbOption = Path(DEFAULT_DB),
    dyad: Annotated[
        str | None, typer.Option(help="Only events between two states, e.g. PRK-CHN.")
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="Only this PLOVER type, e.g. CONSULT.")
    ] = None,
    modality: Annotated[
        str | None, typer.Option(help="asserted, negated, future or hypothetical.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before this date.")] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            help="Only events at least this sure (0-1; on our dev texts those at 0.8"
            " were right three to four times in five, less on unseen ones)."
        ),
    ] = None,
    output: Annotated[
        str, typer.Option("--format", help="table, jsonl, plover (strict PLOVER JSONL) or csv.")
    ] = "table",
) -> None:
    """List coded events with their evidence, oldest first.

    **Examples**

        peninsula events --dyad PRK-KOR --since 2020-01-01

        peninsula events --type MOBILIZE --modality asserted --format jsonl

        peninsula events --min-confidence 0.8
    """
    try:
        if output not in FORMATS:
            raise ConfigError(f"invalid --format {output!r}: use one of {', '.join(FORMATS)}")
        if modality is not None and modality not in MODALITIES:
            raise ConfigError(
                f"invalid --modality {modality!r}: use one of {', '.join(MODALITIES)}"
            )
        if event_type is not None and event_type.upper() not in load_plover().scores:
            raise ConfigError(f"invalid --type {event_type!r}: use a PLOVER type such as CONSULT")
        if min_confidence is not None and not 0 <= min_confidence <= 1:
            raise ConfigError(
                f"invalid --min-confidence {min_confidence}: use a number from 0 to 1"
            )
        flt = EventFilter(
            dyad=_dyad(dyad),
            event_type=event_type.upper() if event_type else None,
            modality=modality,
            since=_day(since, "--since"),
            until=_day(until, "--until"),
            min_confidence=min_confidence,
        )
    except ConfigError as error:
        raise _fail(str(error), USAGE_ERROR) from None
    with _open_store(db, read_only=True) as store:
        older = store.older_mentions(EXTRACTOR_VERSION) if min_confidence is not None else 0
        if older:
            err.print(
                f"note: {older} mentions were extracted by an older version, whose confidence"
                f" is not calibrated; run `peninsula extract --all --db {db}` to redo them",
                highlight=False,
            )
        rows = store.events(flt)
        if output in ("jsonl", "plover"):
            for event in rows:
                record = _plover_record(event) if output == "plover" else event
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        if output == "csv":
            _write_csv(rows)
            return
        _print_events_table(rows, db)


def _write_csv(rows: Iterable[dict[str, Any]]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(
        [
            "id",
            "date",
            "date_precision",
            "date_basis",
            "event",
            "mode",
            "actor",
            "actor_sector",
            "recipient",
            "recipient_sector",
            "modality",
            "intensity",
            "confidence",
            "mentions",
            "article_uri",
            "event_text",
        ]
    )
    for e in rows:
        recipient = e["recipient"] or {}
        writer.writerow(
            [
                e["id"],
                e["date"],
                e["date_precision"],
                e["date_basis"],
                e["event"],
                e["mode"],
                e["actor"]["code"],
                e["actor"]["sector"],
                recipient.get("code"),
                recipient.get("sector"),
                e["modality"],
                e["intensity"],
                e["confidence"],
                e["mentions"],
                e["article"]["uri"],
                e["event_text"],
            ]
        )


def _print_events_table(rows: Iterable[dict[str, Any]], db: Path) -> None:
    table = Table(box=None, pad_edge=False, header_style="bold")
    for column, width in (
        ("date", 10),
        ("event", 9),
        ("actor", 7),
        ("recipient", 9),
        ("modality", 12),
        ("int.", 5),
        ("conf.", 5),
    ):
        table.add_column(column, no_wrap=True, min_width=width)
    table.add_column("evidence", no_wrap=True, overflow="ellipsis", max_width=100)
    count = 0
    for e in rows:
        count += 1
        recipient = e["recipient"]["code"] if e["recipient"] else "-"
        table.add_row(
            e["date"] or "-",
            e["event"],
            e["actor"]["code"],
            recipient,
            e["modality"],
            f"{e['intensity']:g}",
            f"{e['confidence']:.2f}",
            Text(" ".join(e["event_text"].split())),
        )
    table_console().print(table)
    err.print(f"{count} events in {db}", highlight=False)


@app.command()
def extract(
    db: DbOption = Path(DEFAULT_DB),
    all_articles: Annotated[
        bool, typer.Option("--all", help="Re-extract every stored article (required).")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Re-run event extraction over the stored articles, replacing their events.

    Use it after upgrading peninsula: the events are rebuilt with the new
    extractor in one transaction, so an interrupted run changes nothing.

    **Example**

        peninsula extract --all --db news.duckdb
    """
    if not all_articles:
        raise _fail("say --all to re-extract every stored article", USAGE_ERROR)
    extractor = Extractor()
    with _open_store(db) as store:
        progress = _progress(enabled=not quiet and err.is_terminal)
        with progress:
            task = progress.add_task("extracting", total=store.count_articles())
            try:
                count, articles = reextract(store, extractor, lambda: progress.advance(task))
            except ExtractionFailed as error:
                raise _fail(f"{error}; no stored event was changed") from None
    out.print(f"{count} events from {articles} articles in {db}", highlight=False)


@app.command("eval")
def evaluate_command(
    gold_path: Annotated[Path, typer.Argument(help="Gold events (JSONL, see docs/gold.md).")],
    db: DbOption = Path(DEFAULT_DB),
    verbose: Annotated[bool, typer.Option("--verbose", help="List misses and extras.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Score the stored events against a gold file: precision, recall and F1.

    Overall, for international events (actor and recipient are different
    states), and per PLOVER type; plus the share of correct events among
    those with confidence >= 0.8.

    **Example**

        peninsula eval eval/gold/seeds.jsonl --db news.duckdb --verbose
    """
    try:
        gold = load_gold(gold_path)
    except PeninsulaError as error:
        raise _fail(str(error)) from None
    with _open_store(db, read_only=True) as store:
        report = evaluate(gold, store.mentions())
    if as_json:
        out.print_json(json.dumps(report.as_dict()))
        return
    _print_report(report, verbose=verbose)


def _print_report(report: Report, *, verbose: bool) -> None:
    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("", "precision", "recall", "F1", "correct", "system", "gold"):
        table.add_column(column, justify="right" if column else "left")

    def row(name: str, score: Score) -> None:
        table.add_row(
            name,
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
            str(score.true_positives),
            str(score.system),
            str(score.gold),
        )

    row("overall", report.overall)
    row("international", report.international)
    for name, score in sorted(report.by_type.items()):
        row(f"  {name}", score)
    out.print(table)
    out.print(
        f"confidence >= 0.8: {report.confident.precision:.3f} correct "
        f"({report.confident.true_positives} of {report.confident.system}); "
        f"{report.articles} articles",
        highlight=False,
    )
    if verbose:
        for miss in report.misses:
            out.print(
                Text(
                    f"miss  {miss.article}: {miss.actor}->{miss.recipient} "
                    f"{'/'.join(miss.types)} {miss.modality} {miss.date} ({miss.note})"
                )
            )
        for extra in report.extras:
            out.print(
                Text(
                    f"extra {extra['uri'].rsplit('/', 1)[-1]}: {extra['actor']}->"
                    f"{extra['recipient']} {extra['event']} {extra['modality']} "
                    f"{extra['date']} | {extra['event_text'][:120]}"
                )
            )


app.command("relations")(cli_analysis.relations_command)
app.command("chart")(cli_analysis.chart_command)
app.command("status")(cli_analysis.status_command)
app.command("signals")(cli_analysis.signals_command)
app.command("serve")(cli_serve.serve_command)
app.command("backfill")(cli_scale.backfill_command)
app.command("import-events")(cli_scale.import_events_command)


def main() -> None:
    """Run the command line."""
    app()
