"""The dashboard: a timeline of events with filters, the dyad chart, the channel
board, and each event's evidence highlighted in its article.

Server-rendered HTML (Jinja2, every value escaped) with one small script and
one stylesheet served from the package: no CDN, no internet needed.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from peninsula import __version__
from peninsula.analyze.channels import status as channel_status
from peninsula.analyze.relations import relations as relation_rows
from peninsula.errors import ConfigError
from peninsula.extract.lexicon import load_plover
from peninsula.serve.app import (
    TOKEN_COOKIE,
    Cursor,
    Dyad,
    Filters,
    Period,
    Server,
    encode_cursor,
    event_key,
    split_dyad,
)
from peninsula.store import Store

TIMELINE_PAGE = 50
DYAD_CHOICES = 30
# matplotlib's pyplot is not thread-safe: one chart at a time.
_CHART_LOCK = threading.Lock()
# Pages load nothing from elsewhere, and run no inline script.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

_templates = Environment(
    loader=PackageLoader("peninsula.serve", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)


def _page(name: str, **values: Any) -> HTMLResponse:
    html = _templates.get_template(name).render(version=__version__, **values)
    return HTMLResponse(html, headers={"Content-Security-Policy": CSP})


def busiest_dyads(store: Store, limit: int = DYAD_CHOICES) -> list[tuple[str, int]]:
    """The dyads with the most asserted events, as ``("PRK-CHN", count)``."""
    counts: Counter[str] = Counter()
    for row in relation_rows(store, by="year"):
        counts[f"{row.actor}-{row.recipient}"] += row.events
    return counts.most_common(limit)


def add_pages(app: FastAPI, server: Server, reads_allowed: Callable[..., None]) -> None:
    """Register the dashboard's pages on ``app``."""
    reader = Depends(server.reader)
    read = [Depends(reads_allowed)]

    @app.get("/", response_class=HTMLResponse, dependencies=read, include_in_schema=False)
    def dashboard(
        request: Request,
        flt: Filters,
        cursor: Cursor = None,
        by: Period = "quarter",
        store: Store = reader,
    ) -> HTMLResponse:
        events = store.event_page(
            flt, after=event_key(cursor), limit=TIMELINE_PAGE, newest_first=True
        )
        keys = [event.pop("page_key") for event in events]
        more = len(events) == TIMELINE_PAGE
        dyads = server.memo("dyads", lambda: busiest_dyads(store))
        shown = flt.dyad or (tuple(dyads[0][0].split("-")) if dyads else None)
        query = dict(request.query_params)
        query.pop("cursor", None)
        return _page(
            "index.html",
            events=events,
            next_cursor=encode_cursor(keys[-1]) if events and more else None,
            query=query,
            flt=flt,
            by=by,
            dyads=dyads,
            chart_dyad="-".join(shown) if shown else None,
            types=sorted(load_plover().quads),
            modalities=["asserted", "negated", "future", "hypothetical"],
            board=server.memo("board", lambda: channel_status(store)),
            articles=store.count_articles(),
            total=store.count_events(),
        )

    @app.get(
        "/events/{event_id}",
        response_class=HTMLResponse,
        dependencies=read,
        include_in_schema=False,
    )
    def evidence(event_id: str, store: Store = reader) -> HTMLResponse:
        event = store.event(event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id}")
        reports = []
        for item in event["evidence"]:
            article = store.article(item["article_id"])
            text = article.text if article else ""
            start, end = item["start"], item["end"]
            reports.append(
                {
                    **item,
                    "author": article.author if article else None,
                    "before": text[:start],
                    "sentence": text[start:end],
                    "after": text[end:],
                }
            )
        return _page("evidence.html", event=event, reports=reports)

    @app.get("/chart.svg", dependencies=read, include_in_schema=False)
    def chart(
        dyad: Dyad = None,
        by: Period = "quarter",
        since: dt.date | None = None,
        until: dt.date | None = None,
        store: Store = reader,
    ) -> Response:
        from peninsula.analyze.charts import chart_svg  # matplotlib: only when drawn

        pair = split_dyad(dyad)
        if pair is None:
            raise HTTPException(422, "name a dyad, e.g. ?dyad=PRK-CHN")

        try:
            with _CHART_LOCK:
                svg = chart_svg(store, [pair], by=by, since=since, until=until)
        except ConfigError as error:
            raise HTTPException(404, str(error)) from None
        return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": "no-store"})

    @app.get("/login", include_in_schema=False)
    def login(token: str = Query(max_length=500)) -> Response:
        """Keep the token in a cookie, for a server whose reads need it."""
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return response
