"""The analysis commands: relations, chart, status and signals (registered in cli.py)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from peninsula.analyze.channels import ChannelStatus, status
from peninsula.analyze.relations import PERIODS, QUADS, relations
from peninsula.cli_common import (
    USAGE_ERROR,
    DbOption,
    JsonOption,
    err,
    fail,
    open_store,
    out,
    parse_day,
    parse_dyad,
    table_console,
)
from peninsula.config import DEFAULT_DB
from peninsula.errors import ConfigError

if TYPE_CHECKING:
    from peninsula.analyze.signals import Signal

DyadOption = Annotated[
    str | None, typer.Option("--dyad", help="Two states, e.g. PRK-CHN; default: every dyad.")
]
ByOption = Annotated[str, typer.Option("--by", help="Period: week, month, quarter or year.")]
SinceOption = Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")]
TABLE_FORMATS = ("table", "json", "csv")
SHOWN_EVIDENCE = 2  # evidence sentences per row in the terminal; --json has them all


def _check_period(by: str) -> None:
    if by not in PERIODS:
        raise ConfigError(f"invalid --by {by!r}: use one of {', '.join(PERIODS)}")


def relations_command(
    db: DbOption = Path(DEFAULT_DB),
    dyad: DyadOption = None,
    by: ByOption = "month",
    since: SinceOption = None,
    until: UntilOption = None,
    directed: Annotated[
        bool, typer.Option("--directed", help="Keep PRK→CHN apart from CHN→PRK.")
    ] = False,
    output: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
) -> None:
    """Count asserted events between states per period: quads, intensity, sources.

    Columns: the four PLOVER quads (verbal and material cooperation, verbal and
    material conflict), the sum and mean of intensity, and the number of
    distinct articles and outlets. Events dated less precisely than the period
    (a year, for a monthly series) are left out. With no --dyad, every dyad is
    listed, the busiest first.

    **Examples**

        peninsula relations --dyad PRK-CHN --by quarter

        peninsula relations --directed --by year --format csv > dyads.csv
    """
    try:
        if output not in TABLE_FORMATS:
            raise ConfigError(f"invalid --format {output!r}: use one of {', '.join(TABLE_FORMATS)}")
        _check_period(by)
        pair = parse_dyad(dyad)
        first, last = parse_day(since, "--since"), parse_day(until, "--until")
        with open_store(db, read_only=True) as store:
            rows = relations(store, dyad=pair, by=by, since=first, until=last, directed=directed)
    except ConfigError as error:
        raise fail(str(error), USAGE_ERROR) from None
    records = [row.as_dict() for row in rows]
    if output == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return
    columns = ["dyad", "label", "events", *QUADS, "intensity_sum", "intensity_mean"]
    columns += ["articles", "outlets"]
    if output == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["period" if c == "label" else c for c in columns])
        writer.writerows([record[c] for c in columns] for record in records)
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    heads = ["dyad", by, "events", "v.coop", "m.coop", "v.confl", "m.confl", "int.sum"]
    for head in [*heads, "int.mean", "articles", "outlets"]:
        table.add_column(head, no_wrap=True, justify="left" if head in ("dyad", by) else "right")
    for record in records:
        table.add_row(
            *(f"{record[c]:.2f}" if c == "intensity_mean" else str(record[c]) for c in columns)
        )
    table_console().print(table)
    dyads = len({r.dyad for r in rows})
    err.print(f"{len(rows)} periods, {dyads} dyads, asserted events in {db}", highlight=False)


def chart_command(
    out_file: Annotated[
        Path, typer.Option("--out", help="FILE.png, FILE.svg or FILE.html (self-contained).")
    ],
    dyad: Annotated[
        list[str],
        typer.Option("--dyad", help="A dyad, e.g. PRK-CHN; repeat to compare several."),
    ],
    db: DbOption = Path(DEFAULT_DB),
    by: ByOption = "month",
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Chart intensity over time with quad counts and thaw/freeze markers.

    The PNG is drawn offline; the HTML is one file that needs no network, with
    the signals and the sentences behind them.

    **Examples**

        peninsula chart --dyad PRK-CHN --out prk-chn.png

        peninsula chart --dyad PRK-KOR --dyad PRK-CHN --by quarter --out compare.html
    """
    from peninsula.analyze.charts import chart  # matplotlib: only when drawing

    try:
        _check_period(by)
        pairs = [p for p in (parse_dyad(d) for d in dyad) if p is not None]
        first, last = parse_day(since, "--since"), parse_day(until, "--until")
        with open_store(db, read_only=True) as store:
            written = chart(store, pairs, out_file, by=by, since=first, until=last)
    except ConfigError as error:
        raise fail(str(error), USAGE_ERROR) from None
    out.print(f"wrote {written}", highlight=False)


def status_command(
    db: DbOption = Path(DEFAULT_DB),
    at: Annotated[
        str | None, typer.Option("--at", help="The board on this date (default: today).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Show each channel's state on a date, since when, and the evidence.

    Channels (data/channels.yaml): the inter-Korean hotline and liaison office,
    Kaesong, Mount Kumgang, the China border and the Dandong-Sinuiju crossings,
    tours, aid approvals, talks, summits, family reunions, US-ROK exercises,
    missile and nuclear tests.

    **Examples**

        peninsula status

        peninsula status --at 2021-01-01 --json
    """
    try:
        day = parse_day(at, "--at")
        with open_store(db, read_only=True) as store:
            board = status(store, day)
    except ConfigError as error:
        raise fail(str(error), USAGE_ERROR) from None
    if as_json:
        payload = {"at": day.isoformat() if day else None, "channels": [r.as_dict() for r in board]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    _print_board(board)


def _print_board(board: list[ChannelStatus]) -> None:
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("channel", no_wrap=True)
    table.add_column("state", no_wrap=True)
    table.add_column("since", no_wrap=True)
    table.add_column("before", no_wrap=True)
    table.add_column("evidence", no_wrap=True, overflow="ellipsis", max_width=90)
    styles = {"unknown": "dim"}
    for row in board:
        before = ", ".join(f"{c.state} {c.since or '?'}" for c in row.history[-2:])
        latest = row.evidence[-SHOWN_EVIDENCE:][::-1]
        evidence = Text("\n").join(
            Text(f"{e.date or '?'} {e.sentence}  [{e.outlet or e.article_uri}]") for e in latest
        )
        table.add_row(
            row.label,
            Text(row.state, style=styles.get(row.state, "bold")),
            row.since or "-",
            before or "-",
            evidence,
        )
    table_console().print(table)


def signals_command(
    db: DbOption = Path(DEFAULT_DB),
    dyad: DyadOption = None,
    by: ByOption = "month",
    since: SinceOption = None,
    until: UntilOption = None,
    as_json: JsonOption = False,
) -> None:
    """Report thaws and freezes: turning points in a dyad's series, with their events.

    Change points in the mean intensity per period (PELT, penalty calibrated
    in docs/signals.md); a thaw turns toward cooperation, a freeze toward
    conflict.

    **Examples**

        peninsula signals --dyad PRK-KOR

        peninsula signals --by quarter --json
    """
    from peninsula.analyze.signals import signals  # ruptures: only when asked

    try:
        _check_period(by)
        pair = parse_dyad(dyad)
        first, last = parse_day(since, "--since"), parse_day(until, "--until")
        with open_store(db, read_only=True) as store:
            found = signals(store, dyad=pair, by=by, since=first, until=last)
    except ConfigError as error:
        raise fail(str(error), USAGE_ERROR) from None
    if as_json:
        sys.stdout.write(json.dumps([s.as_dict() for s in found], ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
        return
    _print_signals(found)
    err.print(f"{len(found)} signals in {db}", highlight=False)


def _print_signals(found: list[Signal]) -> None:
    table = Table(box=None, pad_edge=False, header_style="bold")
    for head in ("dyad", "signal", "from", "mean before → after"):
        table.add_column(head, no_wrap=True)
    table.add_column("driven by", no_wrap=True, overflow="ellipsis", max_width=90)
    for signal in found:
        style = "green" if signal.kind == "thaw" else "red"
        drivers = Text("\n").join(
            Text(f"{d['date']} {d['event']} {d['actor']}→{d['recipient']}: {d['event_text']}")
            for d in signal.drivers[:SHOWN_EVIDENCE]
        )
        table.add_row(
            signal.dyad,
            Text(signal.kind, style=style),
            signal.label,
            f"{round(signal.before, 1) + 0.0:.1f} → {round(signal.after, 1) + 0.0:.1f}",
            drivers,
        )
    table_console().print(table)
