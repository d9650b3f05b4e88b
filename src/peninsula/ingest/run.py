"""Run an ingest: read every source, build articles, store each in its own transaction."""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import Any, BinaryIO

from peninsula.config import IngestOptions
from peninsula.errors import ExtractionFailed, InputError, InputTooLarge
from peninsula.extract.events import Extractor
from peninsula.ingest.decode import check_supported
from peninsula.ingest.fetch import Fetcher
from peninsula.ingest.readers import read_input, sniff_kind
from peninsula.ingest.sources import Source, SourceKind, expand
from peninsula.models import (
    Article,
    Hints,
    IngestSummary,
    Mention,
    Outcome,
    RawDocument,
    Status,
)
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


# Articles handed to the worker processes at a time: enough to keep them busy,
# few enough that memory stays flat however large the input.
WINDOW_PER_WORKER = 16


def _documents(
    source: Source, options: IngestOptions, fetcher: Fetcher, stdin: BinaryIO | None
) -> Iterator[Outcome | RawDocument]:
    """Read one source into its raw documents (or say why not), in order."""
    try:
        uri, data, content_type, charset = _load(source, options, fetcher, stdin)
        check_supported(uri, data)
    except InputError as error:
        yield Outcome(error.uri, Status.FAILED, error.reason)
        return
    kind = sniff_kind(uri, data, content_type)
    yield from read_input(
        uri,
        data,
        kind,
        charset=charset,
        fetcher=fetcher,
        fetch_links=options.fetch_feed_links,
    )


def _store(
    store: Store,
    article: Article,
    raw: RawDocument,
    mentions: Callable[[Article], Sequence[Mention]],
) -> Outcome:
    """Store a new article with its mentions (asked for only when it is new)."""
    added = False
    if not store.has_article(article.id):
        found = _extracted(article, mentions)
        if isinstance(found, Outcome):
            return found
        added = store.add_article(article, raw, found)
    status = Status.INGESTED if added else Status.DUPLICATE
    reason = None if added else f"same text as stored article {article.id}"
    LOGGER.info("%s %s %s", status.value, article.id, article.uri)
    return Outcome(article.uri, status, reason, article_id=article.id, title=article.title)


def _extracted(
    article: Article, mentions: Callable[[Article], Sequence[Mention]]
) -> Sequence[Mention] | Outcome:
    """The article's mentions, or why there are none: an extractor error fails this
    article alone (nothing of it is stored) and the run goes on."""
    try:
        return _extracted_or_raise(article, mentions)
    except ExtractionFailed as error:  # one article's failure must not end a long ingest
        return Outcome(article.uri, Status.FAILED, error.reason, article_id=article.id)


def _extracted_or_raise(
    article: Article, mentions: Callable[[Article], Sequence[Mention]]
) -> Sequence[Mention]:
    """The article's mentions; an extractor error raises ExtractionFailed naming it."""
    try:
        return mentions(article)
    except Exception as error:  # a bug on one text: say which
        LOGGER.debug("extracting %s failed", article.uri, exc_info=True)
        raise ExtractionFailed(article.uri, error) from error


def reextract(
    store: Store,
    extractor: Extractor,
    advance: Callable[[], None] = lambda: None,
) -> tuple[int, int]:
    """Rebuild every stored article's events with ``extractor``, in one transaction;
    returns (events, articles). An extractor error on any article raises
    ExtractionFailed naming it, and the stored events are left as they were."""
    articles = list(store.articles())

    def extracted() -> Iterator[tuple[str, Sequence[Mention]]]:
        for article in articles:
            yield article.id, _extracted_or_raise(article, extractor.extract)
            advance()

    return store.replace_events(extracted()), len(articles)


_WORKER_EXTRACTOR: Extractor | None = None


def _start_worker() -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = Extractor()


Task = tuple[RawDocument, str | None, Hints | None]
Done = tuple[Article | Outcome, list[Mention]]


def build_task(task: Task) -> Article | Outcome:
    """Build the article of one raw document (clean, metadata), or say why there is none."""
    raw, published, listed = task
    return build_article(raw, published=published, listed=listed)


def _build_and_extract(task: Task) -> Done:
    """In a worker: build the article and extract its events."""
    assert _WORKER_EXTRACTOR is not None, "worker not started"
    built = build_task(task)
    if isinstance(built, Outcome):
        return built, []
    found = _extracted(built, _WORKER_EXTRACTOR.extract)
    return (found, []) if isinstance(found, Outcome) else (built, list(found))


def tasks(
    sources: Sequence[Source | Outcome],
    options: IngestOptions,
    fetcher: Fetcher,
    stdin: BinaryIO | None,
    on_source_done: Callable[[], None] | None = None,
) -> Iterator[Outcome | Task]:
    """Each source's raw documents, with what the run and its manifest say of them."""
    for source in sources:
        if isinstance(source, Outcome):
            yield source
        else:
            for item in _documents(source, options, fetcher, stdin):
                yield (
                    item if isinstance(item, Outcome) else (item, options.published, source.listed)
                )
        if on_source_done:
            on_source_done()


def _stored_in_order(
    read: Iterator[Outcome | Task],
    store: Store,
    extract: Callable[[Article], Sequence[Mention]],
) -> Iterator[Outcome]:
    for item in read:
        if isinstance(item, Outcome):
            yield item
            continue
        built = build_task(item)
        yield built if isinstance(built, Outcome) else _store(store, built, item[0], extract)


def _stored_in_parallel(
    read: Iterator[Outcome | Task], store: Store, workers: int
) -> Iterator[Outcome]:
    """Build and extract in ``workers`` processes; store here, in input order.

    Inputs go to the workers a window at a time, so memory stays flat, and
    the next window is extracted while this process stores the last one.
    """
    context = multiprocessing.get_context("spawn")  # no fork of a process holding DuckDB
    with context.Pool(workers, initializer=_start_worker) as pool:
        pending: tuple[list[Outcome | Task], Any] | None = None
        while True:
            window = list(islice(read, workers * WINDOW_PER_WORKER))
            jobs = [item for item in window if not isinstance(item, Outcome)]
            submitted = (window, pool.map_async(_build_and_extract, jobs)) if window else None
            if pending is not None:
                yield from _store_window(store, *pending)
            if submitted is None:
                return
            pending = submitted


def _given(mentions: list[Mention]) -> Callable[[Article], list[Mention]]:
    def given(_article: Article) -> list[Mention]:
        return mentions

    return given


def _store_window(store: Store, window: list[Outcome | Task], result: Any) -> Iterator[Outcome]:
    finished: Iterator[Done] = iter(result.get())
    for item in window:
        if isinstance(item, Outcome):
            yield item
            continue
        built, mentions = next(finished)
        if isinstance(built, Outcome):
            yield built
        else:
            yield _store(store, built, item[0], _given(mentions))


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
    workers: int = 1,
) -> IngestSummary:
    """Ingest expanded sources into ``store`` and return the summary of outcomes.

    Each new article's events are extracted (with ``extractor``, or one loaded
    here when ``options.extract`` is set) and stored in the article's transaction.
    With ``workers`` > 1, extraction runs in that many processes while this one
    reads the inputs and writes the store, in input order: the result is the
    same as with one.
    """
    options = options or IngestOptions()
    loaded: list[Extractor | None] = [extractor]

    def extract(article: Article) -> Sequence[Mention]:
        # Loading spaCy takes a second: only when a new article needs it.
        if loaded[0] is None and options.extract:
            loaded[0] = Extractor()
        return loaded[0].extract(article) if loaded[0] is not None else []

    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(timeout=options.timeout, max_bytes=options.max_bytes)
    outcomes: list[Outcome] = []
    try:
        read = tasks(sources, options, fetcher, stdin, on_source_done)
        if workers > 1 and options.extract:
            stored = _stored_in_parallel(read, store, workers)
        else:
            stored = _stored_in_order(read, store, extract)
        for outcome in stored:
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
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
    workers: int = 1,
) -> IngestSummary:
    """Ingest files, directories, URLs, feeds or ``-`` (stdin) into ``store``.

    ``workers`` > 1 parses in that many processes, with the same result.

    >>> with Store("news.duckdb") as store:  # doctest: +SKIP
    ...     summary = ingest(["articles/"], store)
    """
    return ingest_sources(
        expand(inputs), store, options=options, fetcher=fetcher, stdin=stdin, workers=workers
    )
