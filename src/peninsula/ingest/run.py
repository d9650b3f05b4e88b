"""Run an ingest: read every source, build articles, store each in its own transaction."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO

from peninsula.config import IngestOptions
from peninsula.errors import InputError, InputTooLarge
from peninsula.extract.events import Extractor
from peninsula.ingest.decode import check_supported
from peninsula.ingest.fetch import Fetcher
from peninsula.ingest.readers import read_input, sniff_kind
from peninsula.ingest.sources import Source, SourceKind, expand
from peninsula.models import Article, IngestSummary, Outcome, RawDocument, Status
from peninsula.pipeline import build_article
from peninsula.store import Store

LOGGER = logging.getLogger(__name__)

OnOutcome = Callable[[Outcome], None]


def _read_limited(stream: BinaryIO, uri: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(
            uri,
            f"over the size limit of {max_bytes:,} bytes "
            "(raise it with --max-bytes or PENINSULA_MAX_BYTES)",
        )
    return data


def _load(
    source: Source, options: IngestOptions, fetcher: Fetcher, stdin: BinaryIO | None
) -> tuple[str, bytes, str | None, str | None]:
    """Return ``(uri, data, content_type, charset)`` for a source."""
    if source.kind is SourceKind.URL:
        fetched = fetcher.get(source.location)
        return fetched.url, fetched.data, fetched.content_type, fetched.charset
    if source.kind is SourceKind.DATA:
        data = source.data or b""
        if len(data) > options.max_bytes:
            raise InputTooLarge(source.uri, f"over the size limit of {options.max_bytes:,} bytes")
        return source.uri, data, source.content_type, "utf-8"
    if source.kind is SourceKind.STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return source.uri, _read_limited(stream, source.uri, options.max_bytes), None, None
    try:
        with open(source.location, "rb") as handle:
            return source.uri, _read_limited(handle, source.uri, options.max_bytes), None, None
    except OSError as error:
        raise InputError(source.uri, f"cannot read: {error.strerror or error}") from None


def _source_outcomes(
    source: Source,
    store: Store,
    options: IngestOptions,
    fetcher: Fetcher,
    stdin: BinaryIO | None,
    extractor: Callable[[], Extractor | None],
) -> Iterator[Outcome]:
    try:
        uri, data, content_type, charset = _load(source, options, fetcher, stdin)
        check_supported(uri, data)
    except InputError as error:
        yield Outcome(error.uri, Status.FAILED, error.reason)
        return
    kind = sniff_kind(uri, data, content_type)
    documents = read_input(
        uri,
        data,
        kind,
        charset=charset,
        fetcher=fetcher,
        fetch_links=options.fetch_feed_links,
    )
    for item in documents:
        if isinstance(item, Outcome):
            yield item
            continue
        built = build_article(item, published=options.published, listed=source.listed)
        if isinstance(built, Outcome):
            yield built
            continue
        yield _store(store, built, item, extractor)


def _store(
    store: Store, article: Article, raw: RawDocument, extractor: Callable[[], Extractor | None]
) -> Outcome:
    if store.has_article(article.id):
        added = False
    else:
        loaded = extractor()
        mentions = loaded.extract(article) if loaded is not None else []
        added = store.add_article(article, raw, mentions)
    status = Status.INGESTED if added else Status.DUPLICATE
    reason = None if added else f"same text as stored article {article.id}"
    LOGGER.info("%s %s %s", status.value, article.id, article.uri)
    return Outcome(article.uri, status, reason, article_id=article.id, title=article.title)


def ingest_sources(
    sources: Sequence[Source | Outcome],
    store: Store,
    *,
    options: IngestOptions | None = None,
    fetcher: Fetcher | None = None,
    stdin: BinaryIO | None = None,
    on_outcome: OnOutcome | None = None,
    on_source_done: Callable[[], None] | None = None,
    extractor: Extractor | None = None,
) -> IngestSummary:
    """Ingest expanded sources into ``store`` and return the summary of outcomes.

    Each new article's events are extracted (with ``extractor``, or one loaded
    here when ``options.extract`` is set) and stored in the article's transaction.
    """
    options = options or IngestOptions()
    loaded: list[Extractor | None] = [extractor]

    def lazy_extractor() -> Extractor | None:
        # Loading spaCy takes a second: only when a new article needs it.
        if loaded[0] is None and options.extract:
            loaded[0] = Extractor()
        return loaded[0]

    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(timeout=options.timeout, max_bytes=options.max_bytes)
    outcomes: list[Outcome] = []
    try:
        for source in sources:
            produced = (
                [source]
                if isinstance(source, Outcome)
                else _source_outcomes(source, store, options, fetcher, stdin, lazy_extractor)
            )
            for outcome in produced:
                outcomes.append(outcome)
                if on_outcome:
                    on_outcome(outcome)
            if on_source_done:
                on_source_done()
    finally:
        if own_fetcher:
            fetcher.close()
    return IngestSummary(tuple(outcomes))


def ingest(
    inputs: Sequence[str],
    store: Store,
    *,
    options: IngestOptions | None = None,
    fetcher: Fetcher | None = None,
    stdin: BinaryIO | None = None,
) -> IngestSummary:
    """Ingest files, directories, URLs, feeds or ``-`` (stdin) into ``store``.

    >>> with Store("news.duckdb") as store:  # doctest: +SKIP
    ...     summary = ingest(["articles/"], store)
    """
    return ingest_sources(expand(inputs), store, options=options, fetcher=fetcher, stdin=stdin)
