"""The DuckDB-backed store of articles and their raw inputs."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from peninsula.errors import StoreError
from peninsula.models import Article, Mention, PublishedBasis, RawDocument
from peninsula.store.events import (
    EventFilter,
    read_event,
    read_event_page,
    read_events,
    read_mentions,
    write_mentions,
)
from peninsula.store.parquet import read_backfill_articles, read_backfill_mentions
from peninsula.store.relations import SeriesQuery, read_period_events, read_series
from peninsula.store.schema import MIGRATIONS

LOGGER = logging.getLogger(__name__)

_ARTICLE_COLUMNS = (
    "id, uri, title, outlet, author, published, published_basis, language, text, n_words, "
    "raw_id, cleaner_version"
)


class Store:
    """An open peninsula database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(self.path, "no such database; run `peninsula ingest` first")
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as error:
            raise StoreError(self.path, _explain_open_error(error)) from None
        except duckdb.Error as error:
            raise StoreError(self.path, f"cannot open the database: {error}") from None
        if not read_only:
            self._migrate()

    @classmethod
    def _over(cls, con: duckdb.DuckDBPyConnection, path: str) -> Store:
        store = cls.__new__(cls)
        store.path, store._con = path, con
        return store

    def reader(self) -> Store:
        """Return a second connection to this open database, for use in one thread.

        DuckDB connections are not shared between threads; a server gives each
        request its own reader. Close it when done (the database stays open).
        """
        return Store._over(self._con.cursor(), self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self._con.close()

    def _migrate(self) -> None:
        self._con.execute(
            "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)"
        )
        row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > len(MIGRATIONS):
            raise StoreError(
                self.path, f"schema version {version} is newer than this peninsula; upgrade it"
            )
        for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
            self._con.begin()
            try:
                self._con.execute(sql)
                self._con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(number)]
                )
                self._con.commit()
            except duckdb.Error:
                self._con.rollback()
                raise

    def has_article(self, article_id: str) -> bool:
        """Return True when an article with this id is stored."""
        row = self._con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def add_article(
        self, article: Article, raw: RawDocument, mentions: Sequence[Mention] = ()
    ) -> bool:
        """Store an article with its raw input and event mentions in one transaction.

        Returns False, and changes nothing, when the article is already stored.
        """
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self._con.begin()
        try:
            if self.has_article(article.id):
                self._con.rollback()
                return False
            self._con.execute(
                "INSERT OR IGNORE INTO raw_documents VALUES (?, ?, ?, ?, ?, ?)",
                [
                    raw.id,
                    raw.uri,
                    raw.media_type.value,
                    json.dumps(raw.hints.as_dict(), sort_keys=True),
                    raw.data,
                    now,
                ],
            )
            self._con.execute(
                f"INSERT INTO articles ({_ARTICLE_COLUMNS}, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    article.id,
                    article.uri,
                    article.title,
                    article.outlet,
                    article.author,
                    article.published,
                    article.published_basis.value if article.published_basis else None,
                    article.language,
                    article.text,
                    article.n_words,
                    article.raw_id,
                    article.cleaner_version,
                    now,
                ],
            )
            write_mentions(self._con, mentions)
            self._con.commit()
        except BaseException:
            self._con.rollback()
            raise
        return True

    def articles(self) -> Iterator[Article]:
        """Yield the stored articles in the order they were ingested."""
        cursor = self._con.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY seq")
        while rows := cursor.fetchmany(500):
            yield from (_article(row) for row in rows)

    def article(self, article_id: str) -> Article | None:
        """Return one stored article, or None."""
        row = self._con.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        return _article(row) if row else None

    def article_page(
        self,
        *,
        after: int | None = None,
        limit: int = 50,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
    ) -> list[tuple[int, Article]]:
        """Return up to ``limit`` ``(seq, article)`` ingested after ``after`` (keyset).

        ``since``/``until`` compare with the ISO publication date (undated
        articles are left out when either is given); ``outlet`` matches exactly.
        """
        clauses: list[str] = ["seq > ?"]
        params: list[Any] = [after or 0]
        if since:
            clauses.append("substr(published, 1, 10) >= ?")
            params.append(since)
        if until:
            clauses.append("substr(published, 1, 10) <= ?")
            params.append(until)
        if outlet:
            clauses.append("outlet = ?")
            params.append(outlet)
        rows = self._con.execute(
            f"SELECT seq, {_ARTICLE_COLUMNS} FROM articles WHERE {' AND '.join(clauses)}"
            " ORDER BY seq LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [(int(row[0]), _article(row[1:])) for row in rows]

    def replace_events(self, extracted: Iterable[tuple[str, Sequence[Mention]]]) -> int:
        """Replace all events with freshly extracted mentions, in one transaction.

        ``extracted`` yields ``(article_id, mentions)``; returns the number of events.
        """
        self._con.begin()
        try:
            self._con.execute("DELETE FROM mentions")
            self._con.execute("DELETE FROM events")
            for _article_id, mentions in extracted:
                write_mentions(self._con, mentions)
            self._con.commit()
        except BaseException:
            self._con.rollback()
            raise
        return self.count_events()

    def count_events(self) -> int:
        """Return the number of stored events."""
        row = self._con.execute("SELECT count(*) FROM events").fetchone()
        return int(row[0]) if row else 0

    def events(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Yield stored events as export-contract dicts (see DESIGN.md, "Event record")."""
        return read_events(self._con, flt or EventFilter())

    def older_mentions(self, version: str) -> int:
        """Return how many stored mentions another extractor version wrote."""
        row = self._con.execute(
            "SELECT count(*) FROM mentions WHERE extractor_version <> ?", [version]
        ).fetchone()
        return int(row[0]) if row else 0

    def event_page(
        self,
        flt: EventFilter,
        *,
        after: tuple[dt.date, str] | None = None,
        limit: int = 50,
        newest_first: bool = False,
    ) -> list[dict[str, Any]]:
        """Return one page of events after the ``page_key`` ``after``, oldest first."""
        return read_event_page(self._con, flt, after, limit, newest_first=newest_first)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """Return one event with the evidence of every mention, or None."""
        return read_event(self._con, event_id)

    def backfill_rows(
        self, directory: Path
    ) -> tuple[Iterator[dict[str, Any]], Iterator[dict[str, Any]]]:
        """The article and mention rows of a backfill's Parquet, each in input order.

        They are read on connections of their own, so that the caller can
        write into this store while iterating.
        """
        return (
            read_backfill_articles(self._con.cursor(), directory),
            read_backfill_mentions(self._con.cursor(), directory),
        )

    def mentions(self) -> Iterator[dict[str, Any]]:
        """Yield every stored mention with its article uri."""
        return read_mentions(self._con)

    def relation_series(
        self, query: SeriesQuery, quads: dict[str, str]
    ) -> Iterator[dict[str, Any]]:
        """Yield per-period counts of asserted events between states (see store/relations.py)."""
        return read_series(self._con, query, quads)

    def period_events(self, query: SeriesQuery, period: dt.date) -> Iterator[dict[str, Any]]:
        """Yield the asserted events behind one period of a series, strongest first."""
        return read_period_events(self._con, query, period)

    def count_articles(self) -> int:
        """Return the number of stored articles."""
        row = self._con.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def raw_document(self, raw_id: str) -> tuple[str, str, dict[str, str], bytes] | None:
        """Return ``(uri, media_type, hints, data)`` of a stored raw input."""
        row = self._con.execute(
            "SELECT uri, media_type, hints, data FROM raw_documents WHERE id = ?", [raw_id]
        ).fetchone()
        if row is None:
            return None
        return row[0], row[1], json.loads(row[2]), bytes(row[3])


def _article(row: Sequence[Any]) -> Article:
    return Article(
        id=row[0],
        uri=row[1],
        title=row[2],
        outlet=row[3],
        author=row[4],
        published=row[5],
        published_basis=PublishedBasis(row[6]) if row[6] else None,
        language=row[7],
        text=row[8],
        n_words=row[9],
        raw_id=row[10],
        cleaner_version=row[11],
    )


def _explain_open_error(error: duckdb.Error) -> str:
    message = str(error)
    if "lock" in message.lower():
        return "the database is in use by another process; wait for it to finish"
    if "not a valid DuckDB database" in message or "Invalid Input" in message:
        return "not a peninsula (DuckDB) database; choose another --db path"
    return f"cannot open the database: {message.splitlines()[0]}"
