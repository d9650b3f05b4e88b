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


@dataclass(frozen=True)
class EventFilter:
    """Filters of ``peninsula events``; None means no filter."""

    dyad: tuple[str, str] | None = None
    event_type: str | None = None
    modality: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    article_id: str | None = None


def _date_of(row: Sequence[Any]) -> EventDate | None:
    day, precision, basis = row
    if day is None:
        return None
    return EventDate(day, Precision(precision), DateBasis(basis))


def write_mentions(con: duckdb.DuckDBPyConnection, mentions: Iterable[Mention]) -> int:
    """Insert mentions, merging each into a matching event or a new one; return new events."""
    plover = load_plover()
    created = 0
    for mention in mentions:
        key = event_key(mention)
        candidates = con.execute(
            "SELECT id, date_day, date_precision, date_basis, confidence FROM events WHERE key = ?",
            [key],
        ).fetchall()
        match = next((c for c in candidates if same_date(_date_of(c[1:4]), mention.date)), None)
        date = mention.date
        if match is None:
            event_id = new_event_id(mention)
            created += 1
            _insert_event(
                con, event_id, key, mention, plover.intensity(mention.event_type, mention.mode)
            )
        else:
            event_id = match[0]
            merged = finer(_date_of(match[1:4]), date)
            con.execute(
                "UPDATE events SET mentions = mentions + 1, confidence = greatest(confidence, ?),"
                " date = ?, date_day = ?, date_precision = ?, date_basis = ? WHERE id = ?",
                [
                    mention.confidence,
                    merged.iso() if merged else None,
                    _first_day(merged),
                    merged.precision.value if merged else None,
                    merged.basis.value if merged else None,
                    event_id,
                ],
            )
        con.execute(
            f"INSERT OR IGNORE INTO mentions VALUES ({', '.join('?' * 17)})",
            [
                mention.id,
                event_id,
                mention.article_id,
                mention.event_type,
                mention.mode,
                mention.actor.code,
                mention.recipient.code if mention.recipient else None,
                date.iso() if date else None,
                date.precision.value if date else None,
                date.basis.value if date else None,
                mention.modality.value,
                mention.confidence,
                mention.event_text,
                mention.start,
                mention.end,
                mention.trigger,
                mention.extractor_version,
            ],
        )
    return created


def _first_day(date: EventDate | None) -> dt.date | None:
    if date is None:
        return None
    if date.precision is Precision.YEAR:
        return dt.date(date.date.year, 1, 1)
    if date.precision is Precision.MONTH:
        return date.date.replace(day=1)
    return date.date


def _insert_event(
    con: duckdb.DuckDBPyConnection, event_id: str, key: str, m: Mention, intensity: float
) -> None:
    recipient = m.recipient
    con.execute(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?)",
        [
            event_id,
            key,
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
            m.date.iso() if m.date else None,
            _first_day(m.date),
            m.date.precision.value if m.date else None,
            m.date.basis.value if m.date else None,
            m.modality.value,
            intensity,
            m.confidence,
            1,
            m.article_id,
            m.event_text,
            m.start,
            m.end,
        ],
    )


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
