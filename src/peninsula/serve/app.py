"""The REST API: articles, events, relations, channel status and signals, as JSON.

Reads use the same store queries as the CLI, each request on its own DuckDB
connection; writes (``POST /api/articles``) go through the CLI's ingest code
one at a time, and need the bearer token. OpenAPI is served at ``/docs``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar, cast

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, model_validator

from peninsula import __version__
from peninsula.analyze.channels import status as channel_status
from peninsula.analyze.relations import relations as relation_rows
from peninsula.config import IngestOptions
from peninsula.errors import ConfigError, PeninsulaError
from peninsula.extract.events import Extractor
from peninsula.extract.lexicon import load_plover
from peninsula.ingest.run import ingest_sources
from peninsula.ingest.sources import Source, SourceKind
from peninsula.models import Status
from peninsula.serve.cache import ResponseCache
from peninsula.serve.guard import (
    BodyLimit,
    UnsafeURL,
    bearer,
    check_url,
    guarded_fetcher,
    token_matches,
)
from peninsula.store import Store
from peninsula.store.events import EventFilter

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
DEFAULT_MAX_BODY = 2 * 1024 * 1024
T = TypeVar("T")
TOKEN_COOKIE = "peninsula_token"
Dyad = Annotated[
    str | None,
    Query(pattern=r"^[A-Za-z]{3}-[A-Za-z]{3}$", description="two state codes, e.g. PRK-CHN"),
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Cursor = Annotated[str | None, Query(max_length=200, description="next_cursor of the last page")]
Period = Literal["week", "month", "quarter", "year"]
Modality = Literal["asserted", "negated", "future", "hypothetical"]


@dataclass(frozen=True)
class ServeSettings:
    """How the server runs: its database, token, and what it lets callers do."""

    db: str
    token: str | None = None
    reads_need_token: bool = False
    allow_private_urls: bool = False
    max_body_bytes: int = DEFAULT_MAX_BODY


class ArticleIn(BaseModel):
    """An article to ingest: exactly one of ``text``, ``html`` or ``url``."""

    text: str | None = Field(None, description="plain text of the article")
    html: str | None = Field(None, description="an HTML page or fragment")
    url: str | None = Field(None, max_length=2000, description="an http(s) URL to fetch")
    title: str | None = Field(None, max_length=1000)
    published: dt.date | None = Field(None, description="publication date, if the text has none")
    outlet: str | None = Field(None, max_length=200)
    source: str | None = Field(None, max_length=2000, description="where the text came from")

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        given = [name for name in ("text", "html", "url") if getattr(self, name)]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self


class IngestResult(BaseModel):
    """What became of a posted article."""

    status: Literal["ingested", "duplicate"]
    article_id: str
    title: str | None
    events: int


class Page(BaseModel):
    """One page of a list; pass ``next_cursor`` as ``cursor`` for the next."""

    items: list[dict[str, Any]]
    next_cursor: str | None


class Items(BaseModel):
    """A complete list."""

    items: list[dict[str, Any]]


class Health(BaseModel):
    """The server is up; how much it holds."""

    status: Literal["ok"]
    version: str
    articles: int
    events: int


class Server:
    """The open database and the single writer behind one app."""

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self.store = Store(settings.db)
        self.write_lock = threading.Lock()
        self._extractor: Extractor | None = None
        # What the database holds changes only when this server writes: it is
        # the database's single writer while it runs.
        self.generation = 0
        self._memo: dict[str, Any] = {}
        self._memo_generation = 0
        self._memo_lock = threading.Lock()

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, remembered until the next write (the dashboard's board and dyads)."""
        with self._memo_lock:
            if self._memo_generation != self.generation:
                self._memo, self._memo_generation = {}, self.generation
            if key in self._memo:
                return cast(T, self._memo[key])
        generation, value = self.generation, compute()
        with self._memo_lock:
            if generation == self._memo_generation:
                self._memo[key] = value
        return value

    def extractor(self) -> Extractor:
        """The spaCy-backed extractor, loaded on the first write."""
        if self._extractor is None:
            self._extractor = Extractor()
        return self._extractor

    def reader(self) -> Iterator[Store]:
        """A dependency: a connection of its own for one request.

        DuckDB connections must not be shared between threads, and FastAPI may
        run a dependency and its endpoint in different worker threads: so one
        connection per request, never one per thread.
        """
        view = self.store.reader()
        try:
            yield view
        finally:
            view.close()


def encode_cursor(key: object) -> str:
    """An opaque cursor for a page key."""
    return base64.urlsafe_b64encode(json.dumps(key, default=str).encode()).decode()


def decode_cursor(cursor: str) -> Any:
    """The page key of a cursor; 400 when it is not one of ours."""
    try:
        return json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise HTTPException(400, "invalid cursor: pass next_cursor from the last page") from None


def event_key(cursor: str | None) -> tuple[dt.date, str] | None:
    """The ``(day, id)`` key of an events cursor."""
    if cursor is None:
        return None
    key = decode_cursor(cursor)
    try:
        day, event_id = key
        return dt.date.fromisoformat(day), str(event_id)
    except (TypeError, ValueError):
        raise HTTPException(400, "invalid cursor: pass next_cursor from the last page") from None


def split_dyad(dyad: str | None) -> tuple[str, str] | None:
    """``"prk-chn"`` as ``("PRK", "CHN")``; 422 for a state paired with itself."""
    if dyad is None:
        return None
    first, second = dyad.upper().split("-")
    if first == second:
        raise HTTPException(422, f"a dyad needs two different states, not {dyad}")
    return first, second


def event_filter(
    dyad: Dyad = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. ACCUSE")] = None,
    modality: Modality | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_confidence: Annotated[
        float | None, Query(ge=0, le=1, description="Only events at least this sure, e.g. 0.8")
    ] = None,
) -> EventFilter:
    """The events filters, shared by the API and the dashboard."""
    if type is not None and type.upper() not in load_plover().quads:
        raise HTTPException(422, f"unknown event type {type!r}; see /api/types")
    return EventFilter(
        dyad=split_dyad(dyad),
        event_type=type.upper() if type else None,
        modality=modality,
        since=since,
        until=until,
        min_confidence=min_confidence,
    )


Filters = Annotated[EventFilter, Depends(event_filter)]


def create_app(settings: ServeSettings) -> FastAPI:
    """Build the app: API routes, dashboard pages and static assets."""
    server = Server(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        server.store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="peninsula",
        version=__version__,
        description="Evidence-backed event data from news about the Korean Peninsula.",
    )
    app.state.server = server

    def reads_allowed(request: Request) -> None:
        if settings.reads_need_token and not _token_ok(request, settings.token):
            raise HTTPException(401, "this server needs a bearer token to read")

    def writes_allowed(request: Request) -> None:
        if settings.token is None:
            raise HTTPException(403, "writes are off: start the server with PENINSULA_TOKEN set")
        if not token_matches(bearer(request.headers.get("authorization")), settings.token):
            raise HTTPException(
                401,
                "send the token: Authorization: Bearer $PENINSULA_TOKEN",
                {"WWW-Authenticate": "Bearer"},
            )

    reader = Depends(server.reader)
    read = [Depends(reads_allowed)]

    @app.exception_handler(PeninsulaError)
    async def _bad_request(_request: Request, error: PeninsulaError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=422)

    @app.get("/api/health", dependencies=read)
    def health(store: Store = reader) -> Health:
        """Whether the server is up, and how many articles and events it holds."""
        return Health(
            status="ok",
            version=__version__,
            articles=store.count_articles(),
            events=store.count_events(),
        )

    @app.get("/api/articles", dependencies=read)
    def list_articles(
        since: dt.date | None = None,
        until: dt.date | None = None,
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
        store: Store = reader,
    ) -> Page:
        """Stored articles in the order they were ingested (metadata only)."""
        after = decode_cursor(cursor) if cursor else None
        if after is not None and not isinstance(after, int):
            raise HTTPException(400, "invalid cursor: pass next_cursor from the last page")
        rows = store.article_page(
            after=after,
            limit=limit,
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None,
            outlet=outlet,
        )
        more = len(rows) == limit
        return Page(
            items=[article.as_dict() for _seq, article in rows],
            next_cursor=encode_cursor(rows[-1][0]) if rows and more else None,
        )

    @app.get("/api/articles/{article_id}", dependencies=read)
    def get_article(article_id: str, store: Store = reader) -> dict[str, Any]:
        """One article with its text and the ids of the events it reports."""
        article = store.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id}")
        events = [e["id"] for e in store.events(EventFilter(article_id=article_id))]
        return {**article.as_dict(), "text": article.text, "events": events}

    @app.post(
        "/api/articles",
        status_code=201,
        dependencies=[Depends(writes_allowed)],
        responses={200: {"description": "already stored (a duplicate)"}},
    )
    def post_article(body: ArticleIn, response: Response) -> IngestResult:
        """Ingest one article (text, HTML or a URL) as `peninsula ingest` would."""
        source = _source(body, settings)
        options = IngestOptions(
            max_bytes=settings.max_body_bytes,
            published=body.published.isoformat() if body.published and body.url else None,
        )
        fetcher = guarded_fetcher(
            allow_private=settings.allow_private_urls, max_bytes=settings.max_body_bytes
        )
        with server.write_lock, fetcher:
            summary = ingest_sources(
                [source],
                server.store,
                options=options,
                fetcher=fetcher,
                extractor=server.extractor(),
            )
            server.generation += 1
        outcome = summary.outcomes[-1] if summary.outcomes else None
        if outcome is None or outcome.article_id is None:
            reason = outcome.reason if outcome else "nothing to ingest"
            raise HTTPException(422, f"not ingested: {reason}")
        if outcome.status is Status.DUPLICATE:
            response.status_code = 200
        with server.store.reader() as view:
            events = sum(1 for _ in view.events(EventFilter(article_id=outcome.article_id)))
        return IngestResult(
            status="ingested" if outcome.status is Status.INGESTED else "duplicate",
            article_id=outcome.article_id,
            title=outcome.title,
            events=events,
        )

    @app.get("/api/events", dependencies=read)
    def list_events(
        flt: Filters,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
        store: Store = reader,
    ) -> Page:
        """Events as export-contract records, oldest first, with keyset pagination."""
        rows = store.event_page(flt, after=event_key(cursor), limit=limit)
        keys = [row.pop("page_key") for row in rows]
        more = len(rows) == limit
        return Page(items=rows, next_cursor=encode_cursor(keys[-1]) if rows and more else None)

    @app.get("/api/events/{event_id}", dependencies=read)
    def get_event(event_id: str, store: Store = reader) -> dict[str, Any]:
        """One event with the evidence of every article that reported it."""
        event = store.event(event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id}")
        return event

    @app.get("/api/relations", dependencies=read)
    def get_relations(
        dyad: Dyad = None,
        by: Period = "month",
        since: dt.date | None = None,
        until: dt.date | None = None,
        directed: bool = False,
        store: Store = reader,
    ) -> Items:
        """Asserted events per dyad and period: quad counts and intensity."""
        rows = relation_rows(
            store, dyad=split_dyad(dyad), by=by, since=since, until=until, directed=directed
        )
        return Items(items=[row.as_dict() for row in rows])

    @app.get("/api/status", dependencies=read)
    def get_status(at: dt.date | None = None, store: Store = reader) -> Items:
        """The channel board: each channel's state, since when, and its evidence."""
        return Items(items=[row.as_dict() for row in channel_status(store, at)])

    @app.get("/api/signals", dependencies=read)
    def get_signals(
        dyad: Dyad = None,
        by: Period = "month",
        since: dt.date | None = None,
        until: dt.date | None = None,
        store: Store = reader,
    ) -> Items:
        """Thaws and freezes (change points) with their driving events."""
        from peninsula.analyze.signals import signals  # matplotlib-free, but slow to import

        found = signals(store, dyad=split_dyad(dyad), by=by, since=since, until=until)
        return Items(items=[signal.as_dict() for signal in found])

    @app.get("/api/types", dependencies=read)
    def get_types() -> dict[str, Any]:
        """The PLOVER event types with their quad and intensity."""
        plover = load_plover()
        return {
            "types": {
                name: {"quad": quad, "intensity": plover.scores[name]}
                for name, quad in plover.quads.items()
            }
        }

    from peninsula.serve.pages import add_pages

    add_pages(app, server, reads_allowed)
    app.mount("/static", StaticFiles(packages=[("peninsula.serve", "static")]), name="static")
    # reads that need a token are never served from memory, so no answer leaks
    app.add_middleware(
        ResponseCache,
        generation=lambda: server.generation,
        enabled=not settings.reads_need_token,
    )
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app


def _token_ok(request: Request, token: str | None) -> bool:
    given = bearer(request.headers.get("authorization")) or request.cookies.get(TOKEN_COOKIE)
    return token_matches(given, token)


def _source(body: ArticleIn, settings: ServeSettings) -> Source:
    if body.url:
        try:
            check_url(body.url, allow_private=settings.allow_private_urls)
        except UnsafeURL as error:
            raise HTTPException(400, error.reason) from None
        return Source(SourceKind.URL, body.url)
    content = body.text if body.text is not None else body.html or ""
    page = content.lstrip()[:14].lower().startswith(("<!doctype", "<html"))
    if body.html is not None and not page:
        content = f"<html><body>{content}</body></html>"
    record = {
        "text": content,
        "title": body.title,
        "outlet": body.outlet,
        "published": body.published.isoformat() if body.published else None,
        "url": body.source,
    }
    data = json.dumps({k: v for k, v in record.items() if v is not None}).encode()
    where = body.source or "api:"
    if len(data) > settings.max_body_bytes:
        raise ConfigError(f"article over the size limit of {settings.max_body_bytes:,} bytes")
    return Source(SourceKind.DATA, where, data=data, content_type=None)
