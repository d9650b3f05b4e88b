"""Event rows: write mentions and merge them into events; read events back for the CLI."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from peninsula.dedup import event_key, finer, new_event_id, same_date
from peninsula.extract.lexicon import load_plover
from peninsula.models import DateBasis, EventDate, Mention, Precision

# Rows per INSERT statement.
INSERT_CHUNK = 200


@dataclass(frozen=True)
class EventFilter:
    """Filters of ``peninsula events``; None means no filter."""

    dyad: tuple[str, str] | None = None
    event_type: str | None = None
    modality: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    article_id: str | None = None
    min_confidence: float | None = None


def _date_of(row: Sequence[Any]) -> EventDate | None:
    day, precision, basis = row
    if day is None:
        return None
    return EventDate(day, Precision(precision), DateBasis(basis))


@dataclass
class _Pending:
    """An event as this batch leaves it: a new one to insert, or an update of a stored one."""

    id: str
    date: EventDate | None
    confidence: float
    added: int  # mentions this batch adds
    new: Mention | None  # the mention that starts it, for a new event


def write_mentions(con: duckdb.DuckDBPyConnection, mentions: Iterable[Mention]) -> int:
    """Insert mentions, merging each into a matching event or a new one; return new events.

    One article's mentions are matched in memory against the stored events of
    their keys, then written in a few statements: DuckDB is fast at sets of
    rows and slow at one row at a time.
    """
    batch = list(mentions)
    if not batch:
        return 0
    keys = sorted({event_key(m) for m in batch})
    stored = con.execute(
        "SELECT key, id, date_day, date_precision, date_basis, confidence FROM events"
        f" WHERE key IN ({', '.join('?' * len(keys))})",
        keys,
    ).fetchall()
    candidates: dict[str, list[_Pending]] = {}
    for key, event_id, *date, confidence in stored:
        candidates.setdefault(key, []).append(
            _Pending(event_id, _date_of(date), confidence, 0, None)
        )
    mention_rows: dict[str, list[Any]] = {}
    for mention in batch:
        found = candidates.setdefault(event_key(mention), [])
        match = next((c for c in found if same_date(c.date, mention.date)), None)
        if match is None:
            match = _Pending(new_event_id(mention), mention.date, mention.confidence, 1, mention)
            found.append(match)
        else:
            match.date = finer(match.date, mention.date)
            match.confidence = max(match.confidence, mention.confidence)
            match.added += 1
        mention_rows.setdefault(mention.id, _mention_row(mention, match.id))
    pending = [c for found in candidates.values() for c in found if c.added]
    created = [c for c in pending if c.new is not None]
    plover = load_plover()
    _insert_rows(
        con,
        "events",
        [
            _event_row(c, plover.intensity(c.new.event_type, c.new.mode))
            for c in created
            if c.new is not None
        ],
    )
    for event in pending:
        if event.new is None:
            con.execute(
                "UPDATE events SET mentions = mentions + ?, confidence = ?,"
                " date = ?, date_day = ?, date_precision = ?, date_basis = ? WHERE id = ?",
                [event.added, event.confidence, *_date_columns(event.date), event.id],
            )
    known = {
        row[0]
        for row in con.execute(
            f"SELECT id FROM mentions WHERE id IN ({', '.join('?' * len(mention_rows))})",
            list(mention_rows),
        ).fetchall()
    }
    _insert_rows(con, "mentions", [row for i, row in mention_rows.items() if i not in known])
    return len(created)


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Sequence[Any]]) -> None:
    """Insert rows with one statement per few hundred."""
    for start in range(0, len(rows), INSERT_CHUNK):
        chunk = rows[start : start + INSERT_CHUNK]
        marks = "(" + ", ".join("?" * len(chunk[0])) + ")"
        con.execute(
            f"INSERT INTO {table} VALUES {', '.join([marks] * len(chunk))}",
            [value for row in chunk for value in row],
        )


def _date_columns(date: EventDate | None) -> list[Any]:
    """``date, date_day, date_precision, date_basis`` of a date."""
    if date is None:
        return [None, None, None, None]
    return [date.iso(), date.first_day(), date.precision.value, date.basis.value]


def _mention_row(m: Mention, event_id: str) -> list[Any]:
    date = m.date
    return [
        m.id,
        event_id,
        m.article_id,
        m.event_type,
        m.mode,
        m.actor.code,
        m.recipient.code if m.recipient else None,
        date.iso() if date else None,
        date.precision.value if date else None,
        date.basis.value if date else None,
        m.modality.value,
        m.confidence,
        m.event_text,
        m.start,
        m.end,
        m.trigger,
        m.extractor_version,
    ]


def _event_row(event: _Pending, intensity: float) -> list[Any]:
    m = event.new
    assert m is not None
    recipient = m.recipient
    return [
        event.id,
        event_key(m),
        m.event_type,
        m.mode,
        json.dumps(list(m.contexts)),
        m.actor.code,
        m.actor.sector,
        m.actor.entity_text,
        m.actor.name,
        recipient.code if recipient else None,
        recipient.sector if recipient else None,
        recipient.entity_text if recipient else None,
        recipient.name if recipient else None,
        *_date_columns(event.date),
        m.modality.value,
        intensity,
        event.confidence,
        event.added,
        m.article_id,
        m.event_text,
        m.start,
        m.end,
    ]


EVENT_COLUMNS = (
    "e.id, e.event, e.mode, e.context, e.actor_code, e.actor_sector, e.actor_text, e.actor_name,"
    " e.recipient_code, e.recipient_sector, e.recipient_text, e.recipient_name, e.date,"
    " e.date_precision, e.date_basis, e.modality, e.intensity, e.confidence, e.mentions,"
    " e.event_text, e.text_start, e.text_end, a.id, a.uri, a.title, a.outlet, a.published"
)


def _where(flt: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.dyad:
        clauses.append(
            "((e.actor_code = ? AND e.recipient_code = ?)"
            " OR (e.actor_code = ? AND e.recipient_code = ?))"
        )
        params += [flt.dyad[0], flt.dyad[1], flt.dyad[1], flt.dyad[0]]
    if flt.event_type:
        clauses.append("e.event = ?")
        params.append(flt.event_type)
    if flt.modality:
        clauses.append("e.modality = ?")
        params.append(flt.modality)
    if flt.since:
        clauses.append("e.date_day >= ?")
        params.append(flt.since)
    if flt.until:
        clauses.append("e.date_day <= ?")
        params.append(flt.until)
    if flt.article_id:
        clauses.append("e.id IN (SELECT event_id FROM mentions WHERE article_id = ?)")
        params.append(flt.article_id)
    if flt.min_confidence is not None:
        clauses.append("e.confidence >= ?")
        params.append(flt.min_confidence)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def read_events(con: duckdb.DuckDBPyConnection, flt: EventFilter) -> Iterator[dict[str, Any]]:
    """Yield events as export-contract dicts, oldest first."""
    where, params = _where(flt)
    cursor = con.execute(
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id{where}"
        " ORDER BY e.date_day NULLS LAST, e.event, e.actor_code, e.id",
        params,
    )
    while rows := cursor.fetchmany(500):
        yield from (_event_record(r) for r in rows)


# Undated events sort after every dated one in a page of events.
_UNDATED = dt.date(9999, 12, 31)


def read_event_page(
    con: duckdb.DuckDBPyConnection,
    flt: EventFilter,
    after: tuple[dt.date, str] | None,
    limit: int,
    *,
    newest_first: bool = False,
) -> list[dict[str, Any]]:
    """Return up to ``limit`` events after the ``(day, id)`` key ``after``, oldest first
    (or newest first).

    Keyset pagination: a page never repeats or skips an event when others are
    added meanwhile. Each event carries its key as ``page_key``.
    """
    where, params = _where(flt)
    day = f"coalesce(e.date_day, DATE '{_UNDATED.isoformat()}')"
    if after is not None:
        beyond = "<" if newest_first else ">"
        where += (" AND " if where else " WHERE ") + f"({day}, e.id) {beyond} (?, ?)"
        params += [after[0], after[1]]
    order = "DESC" if newest_first else "ASC"
    rows = con.execute(
        f"SELECT {EVENT_COLUMNS}, {day} FROM events e JOIN articles a ON a.id = e.article_id"
        f"{where} ORDER BY {day} {order}, e.id {order} LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [dict(_event_record(r), page_key=(r[-1], r[0])) for r in rows]


def read_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """Return one event with the evidence of each of its mentions, or None."""
    row = con.execute(
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
        " WHERE e.id = ?",
        [event_id],
    ).fetchone()
    if row is None:
        return None
    event = _event_record(row)
    evidence = con.execute(
        "SELECT m.article_id, a.title, a.outlet, a.published, a.uri, m.event_text,"
        " m.text_start, m.text_end, m.date, m.modality FROM mentions m"
        " JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.seq, m.text_start",
        [event_id],
    ).fetchall()
    keys = ("article_id", "title", "outlet", "published", "uri", "event_text", "start", "end")
    event["evidence"] = [
        dict(zip(keys, r[:8], strict=True), date=r[8], modality=r[9]) for r in evidence
    ]
    return event


def _event_record(r: Sequence[Any]) -> dict[str, Any]:
    """One row of EVENT_COLUMNS as an export-contract dict."""
    return {
        "id": r[0],
        "event": r[1],
        "mode": r[2],
        "context": json.loads(r[3]),
        "actor": {"code": r[4], "sector": r[5], "entity_text": r[6], "name": r[7]},
        "recipient": (
            {"code": r[8], "sector": r[9], "entity_text": r[10], "name": r[11]} if r[8] else None
        ),
        "date": r[12],
        "date_precision": r[13],
        "date_basis": r[14],
        "modality": r[15],
        "intensity": r[16],
        "confidence": r[17],
        "event_text": r[19],
        "text_info": {"start": r[20], "end": r[21]},
        "article": {
            "id": r[22],
            "uri": r[23],
            "title": r[24],
            "outlet": r[25],
            "published": r[26],
        },
        "mentions": r[18],
    }


def read_mentions(con: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    """Yield every mention with its article's uri, for evaluation."""
    cursor = con.execute(
        "SELECT m.event, m.mode, m.actor_code, m.recipient_code, m.date, m.date_precision,"
        " m.modality, m.confidence, m.event_text, a.uri, a.id FROM mentions m"
        " JOIN articles a ON a.id = m.article_id ORDER BY a.seq, m.text_start"
    )
    columns = [
        "event",
        "mode",
        "actor",
        "recipient",
        "date",
        "precision",
        "modality",
        "confidence",
        "event_text",
        "uri",
        "article_id",
    ]
    while rows := cursor.fetchmany(1000):
        for row in rows:
            yield dict(zip(columns, row, strict=True))
