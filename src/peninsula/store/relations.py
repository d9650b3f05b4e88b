"""Dyad series in SQL: asserted events between two states, counted per period.

Only asserted events count (DESIGN.md, "Relations and signals"). An event is
placed in a period only when its date is at least as precise as the period:
an event dated "2020" cannot be placed in June 2020, so it counts in yearly
series only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import duckdb

PERIODS = ("week", "month", "quarter", "year")
# Date precisions an event needs to be placed in a period of each length.
PRECISIONS_FOR = {
    "week": ("day",),
    "month": ("day", "month"),
    "quarter": ("day", "month"),
    "year": ("day", "month", "year"),
}
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


@dataclass(frozen=True)
class SeriesQuery:
    """What a relations series covers."""

    by: str = "month"
    dyad: tuple[str, str] | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    directed: bool = False


def _dyad_sides(directed: bool) -> tuple[str, str]:
    if directed:
        return "e.actor_code", "e.recipient_code"
    return (
        "least(e.actor_code, e.recipient_code)",
        "greatest(e.actor_code, e.recipient_code)",
    )


def _filters(query: SeriesQuery) -> tuple[str, list[Any]]:
    clauses = [
        "e.modality = 'asserted'",
        "e.recipient_code IS NOT NULL",
        "e.recipient_code <> e.actor_code",
        "e.date_day IS NOT NULL",
        "list_contains(?, e.date_precision)",
    ]
    params: list[Any] = [list(PRECISIONS_FOR[query.by])]
    if query.dyad is not None:
        first, second = query.dyad
        if query.directed:
            clauses.append("e.actor_code = ? AND e.recipient_code = ?")
            params += [first, second]
        else:
            clauses.append(
                "((e.actor_code = ? AND e.recipient_code = ?)"
                " OR (e.actor_code = ? AND e.recipient_code = ?))"
            )
            params += [first, second, second, first]
    if query.since is not None:
        clauses.append("e.date_day >= ?")
        params.append(query.since)
    if query.until is not None:
        clauses.append("e.date_day <= ?")
        params.append(query.until)
    return " AND ".join(clauses), params


def read_series(
    con: duckdb.DuckDBPyConnection, query: SeriesQuery, quads: Mapping[str, str]
) -> Iterator[dict[str, Any]]:
    """Yield one row per dyad and period, the busiest dyads first, then by period.

    ``quads`` maps each PLOVER type to its quad (from the PLOVER table).
    """
    if query.by not in PERIODS:
        raise ValueError(f"unknown period {query.by!r}")
    side_a, side_b = _dyad_sides(query.directed)
    where, params = _filters(query)
    quad_values = ", ".join("(?, ?)" for _ in quads)
    quad_params = [value for pair in quads.items() for value in pair]
    counts = ",\n".join(
        f"count(DISTINCT e.id) FILTER (WHERE q.quad = '{quad}') AS {quad}" for quad in QUADS
    )
    sql = f"""
        WITH q(event, quad) AS (VALUES {quad_values}),
        picked AS (
            SELECT e.*, {side_a} AS side_a, {side_b} AS side_b,
                   CAST(date_trunc('{query.by}', e.date_day) AS DATE) AS period
            FROM events e
            WHERE {where}
        ),
        per_event AS (
            SELECT e.side_a, e.side_b, e.period,
                   count(DISTINCT e.id) AS events,
                   {counts},
                   sum(e.intensity) AS intensity_sum
            FROM picked e JOIN q ON q.event = e.event
            GROUP BY ALL
        ),
        sources AS (
            SELECT e.side_a, e.side_b, e.period,
                   count(DISTINCT m.article_id) AS articles,
                   count(DISTINCT coalesce(a.outlet, a.uri)) AS outlets
            FROM picked e
            JOIN mentions m ON m.event_id = e.id
            JOIN articles a ON a.id = m.article_id
            GROUP BY ALL
        ),
        activity AS (
            SELECT side_a, side_b, sum(events) AS total FROM per_event GROUP BY ALL
        )
        SELECT p.side_a, p.side_b, p.period, p.events,
               {", ".join(f"p.{quad}" for quad in QUADS)},
               p.intensity_sum, p.intensity_sum / p.events AS intensity_mean,
               s.articles, s.outlets
        FROM per_event p
        JOIN sources s USING (side_a, side_b, period)
        JOIN activity t USING (side_a, side_b)
        ORDER BY t.total DESC, p.side_a, p.side_b, p.period
    """
    cursor = con.execute(sql, quad_params + params)
    columns = [d[0] for d in cursor.description or ()]
    while rows := cursor.fetchmany(1000):
        for row in rows:
            yield dict(zip(columns, row, strict=True))


def read_period_events(
    con: duckdb.DuckDBPyConnection, query: SeriesQuery, period: dt.date
) -> Iterator[dict[str, Any]]:
    """Yield the asserted events of one dyad in one period, strongest first, with evidence."""
    where, params = _filters(query)
    cursor = con.execute(
        f"""
        SELECT e.id, e.event, e.actor_code, e.recipient_code, e.date, e.intensity,
               e.event_text, a.uri, a.title, a.outlet
        FROM events e JOIN articles a ON a.id = e.article_id
        WHERE {where} AND CAST(date_trunc('{query.by}', e.date_day) AS DATE) = ?
        ORDER BY abs(e.intensity) DESC, e.date_day, e.id
        """,
        [*params, period],
    )
    columns = ["id", "event", "actor", "recipient", "date", "intensity", "event_text"]
    columns += ["uri", "title", "outlet"]
    for row in cursor.fetchall():
        yield dict(zip(columns, row, strict=True))
