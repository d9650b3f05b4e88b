"""``peninsula serve``: the REST API and the web dashboard on one port."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from peninsula.cli_common import USAGE_ERROR, DbOption, err, fail, out
from peninsula.config import parse_size
from peninsula.errors import PeninsulaError
from peninsula.store import Store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def serve_command(
    db: DbOption = Path("peninsula.duckdb"),
    host: Annotated[
        str, typer.Option(help="Interface to bind. Anything but loopback needs a token.")
    ] = DEFAULT_HOST,
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = DEFAULT_PORT,
    reads_need_token: Annotated[
        bool | None,
        typer.Option(
            "--reads-need-token/--public-reads",
            help="Ask for the token on reads too (default: only off loopback).",
        ),
    ] = None,
    allow_private_urls: Annotated[
        bool,
        typer.Option(
            "--allow-private-urls",
            help="Let POST /api/articles fetch loopback and private addresses.",
        ),
    ] = False,
    max_body: Annotated[
        str, typer.Option(help="Largest request body or fetched page, e.g. 2MB.")
    ] = "2MB",
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the dashboard at /.

    Writes (POST /api/articles) need the bearer token in PENINSULA_TOKEN.

    Examples:

        peninsula serve --db demo.duckdb

        PENINSULA_TOKEN=s3cret peninsula serve --db news.duckdb --port 8080

        curl -H "Authorization: Bearer s3cret" -H "Content-Type: application/json" \\
          -d '{"text": "...", "published": "2024-05-29"}' localhost:8080/api/articles
    """
    import uvicorn  # the web stack loads only for this command

    from peninsula.serve.app import ServeSettings, create_app
    from peninsula.serve.guard import is_loopback_host

    token = os.environ.get("PENINSULA_TOKEN") or None
    loopback = is_loopback_host(host)
    need_token = (not loopback) if reads_need_token is None else reads_need_token
    if need_token and token is None:
        raise fail(
            f"binding {host} would publish the data to the network: set PENINSULA_TOKEN "
            "(reads then need it) or pass --public-reads",
            USAGE_ERROR,
        )
    if not db.exists():
        raise fail(f"{db}: no such database; create it with `peninsula ingest FILES --db {db}`")
    try:
        settings = ServeSettings(
            db=str(db),
            token=token,
            reads_need_token=need_token,
            allow_private_urls=allow_private_urls,
            max_body_bytes=parse_size(max_body),
        )
        Store(db).close()  # fail here, with a clear message, if the file is not ours or locked
        app = create_app(settings)
    except PeninsulaError as error:
        raise fail(str(error)) from None
    shown = "localhost" if loopback else host
    out.print(f"peninsula {db} on http://{shown}:{port}/  (API docs: /docs; Ctrl-C stops)")
    if token is None:
        err.print("writes are off: set PENINSULA_TOKEN to accept POST /api/articles")
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)
