"""What every ``peninsula`` command shares: consoles, the --db option, option parsing, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from peninsula.errors import ConfigError, PeninsulaError
from peninsula.ingest.pubdate import find_date
from peninsula.store import Store

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


def table_console(width: int = 200) -> Console:
    """A console for wide tables: the terminal's width, or ``width`` when piped."""
    return Console(width=None if out.is_terminal else width, soft_wrap=False)


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(Text("error: ", style="red") + Text(message), highlight=False)
    return typer.Exit(code)


def open_store(db: Path, *, read_only: bool = False) -> Store:
    try:
        return Store(db, read_only=read_only)
    except PeninsulaError as error:
        raise fail(str(error)) from None


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = value.upper().replace("_", "-").split("-")
    if len(parts) != 2 or not all(len(p) == 3 and p.isalpha() for p in parts):
        raise ConfigError(f"invalid --dyad {value!r}: use two country codes, e.g. PRK-CHN")
    return parts[0], parts[1]


def parse_day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    found = find_date(value) if len(value) > 7 else None
    if found is None and len(value) in (4, 7):
        found = f"{value}-01-01"[:10] if len(value) == 4 else f"{value}-01"
    try:
        return dt.date.fromisoformat((found or "")[:10])
    except ValueError:
        raise ConfigError(f"invalid {option} {value!r}: use YYYY-MM-DD") from None
