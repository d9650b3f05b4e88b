"""Readers: one per container format. Each turns an input's bytes into raw documents.

A text or HTML file holds one document; a JSON Lines file or JSON array one
per record; an RSS or Atom feed one per entry. Problems with a single record
or entry are reported as outcomes so that the other records continue.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import logging
import re
import time
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from peninsula.errors import PeninsulaError
from peninsula.ingest.decode import BinaryContent, decode
from peninsula.ingest.fetch import Fetcher
from peninsula.ingest.pubdate import find_date
from peninsula.models import Hints, MediaType, Outcome, PublishedBasis, RawDocument, Status

LOGGER = logging.getLogger(__name__)

TEXT_FIELDS = ("text", "content", "body", "story", "story_text", "article")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "uri", "source_url", "index.link")
PUBLISHED_FIELDS = ("published", "date", "published_at", "pubdate", "datetime")
OUTLET_FIELDS = ("outlet", "source", "site_name", "publisher")
AUTHOR_FIELDS = ("author", "byline", "authors")
NO_TEXT_REASON = f"record has no text field ({', '.join(TEXT_FIELDS)})"
# A Unix timestamp above this is in milliseconds (1e11 seconds is the year 5138).
EPOCH_MILLISECONDS_ABOVE = 1e11
# The day of Unix time 0, which scrapers write for a date they did not find.
EPOCH_ZERO = "1970-01-01"


class Kind(enum.StrEnum):
    """The container format of an input."""

    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    JSON = "json"
    FEED = "feed"


EXTENSIONS: dict[str, Kind] = {
    ".txt": Kind.TEXT,
    ".text": Kind.TEXT,
    # Markdown, as site exports and web clippers save articles: its YAML front
    # matter gives the metadata, its markup is taken off the text (clean.py)
    ".md": Kind.TEXT,
    ".markdown": Kind.TEXT,
    ".html": Kind.HTML,
    ".htm": Kind.HTML,
    ".xhtml": Kind.HTML,
    # pages saved under their server script's name ("article.php?id=3")
    ".php": Kind.HTML,
    ".asp": Kind.HTML,
    ".aspx": Kind.HTML,
    ".jsp": Kind.HTML,
    ".shtml": Kind.HTML,
    ".jsonl": Kind.JSONL,
    ".ndjson": Kind.JSONL,
    ".json": Kind.JSON,
    ".xml": Kind.FEED,
    ".rss": Kind.FEED,
    ".atom": Kind.FEED,
}
CONTENT_TYPES: dict[str, Kind] = {
    "text/plain": Kind.TEXT,
    "text/html": Kind.HTML,
    "application/xhtml+xml": Kind.HTML,
    "application/rss+xml": Kind.FEED,
    "application/atom+xml": Kind.FEED,
    "application/rdf+xml": Kind.FEED,
    "application/xml": Kind.FEED,
    "text/xml": Kind.FEED,
    "application/x-ndjson": Kind.JSONL,
    "application/jsonl": Kind.JSONL,
    "application/json": Kind.JSON,
}
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(!doctype html|html|head|body|article|p)[\s>]", re.IGNORECASE)


def sniff_kind(uri: str, data: bytes, content_type: str | None = None) -> Kind:
    """Decide an input's format from its content type, extension and first bytes."""
    if content_type in CONTENT_TYPES and content_type not in ("application/xml", "text/xml"):
        return CONTENT_TYPES[content_type]
    suffix = PurePosixPath(urlsplit(uri).path).suffix.lower()
    head = data[:2048].lstrip()
    if _FEED_ROOT.search(head):
        return Kind.FEED
    if suffix in EXTENSIONS and EXTENSIONS[suffix] is not Kind.FEED:
        return EXTENSIONS[suffix]
    if _HTML_ROOT.match(head) or head[:1] == b"<" and _HTML_ROOT.search(head):
        return Kind.HTML
    if head.startswith(b"{"):
        return Kind.JSONL
    if head.startswith(b"["):
        return Kind.JSON
    return Kind.TEXT


def read_input(
    uri: str,
    data: bytes,
    kind: Kind,
    *,
    charset: str | None = None,
    fetcher: Fetcher | None = None,
    fetch_links: bool = False,
) -> Iterator[RawDocument | Outcome]:
    """Yield the raw documents in one input, and an outcome for each bad record."""
    if kind in (Kind.TEXT, Kind.HTML):
        media = MediaType.TEXT if kind is Kind.TEXT else MediaType.HTML
        yield RawDocument(uri=uri, data=data, media_type=media, hints=Hints(url=_web_url(uri)))
    elif kind is Kind.FEED:
        yield from _read_feed(uri, data, fetcher=fetcher, fetch_links=fetch_links)
    else:
        yield from _read_records(uri, data, kind, charset=charset)


def _web_url(uri: str) -> str | None:
    return uri if uri.startswith(("http://", "https://")) else None


def _read_records(
    uri: str, data: bytes, kind: Kind, *, charset: str | None
) -> Iterator[RawDocument | Outcome]:
    try:
        text, _encoding = decode(data, declared=charset)
    except BinaryContent:
        yield Outcome(uri, Status.SKIPPED, "binary content, not JSON")
        return
    if kind is Kind.JSON:
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as error:
            yield Outcome(uri, Status.FAILED, f"invalid JSON: {error.msg} at line {error.lineno}")
            return
        records = loaded if isinstance(loaded, list) else [loaded]
        yield from _records_or_one_skip(
            uri,
            (_record_document(f"{uri}#record={n}", r) for n, r in enumerate(records, start=1)),
        )
        return
    yield from _records_or_one_skip(uri, _jsonl_records(uri, text))


def _jsonl_records(uri: str, text: str) -> Iterator[RawDocument | Outcome]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{uri}#line={number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Outcome(where, Status.FAILED, f"invalid JSON: {error.msg} (column {error.colno})")
            continue
        yield _record_document(where, record)


def _records_or_one_skip(
    uri: str, items: Iterator[RawDocument | Outcome]
) -> Iterator[RawDocument | Outcome]:
    """Pass records through, but report a file with no article record as one skip."""
    textless: list[Outcome] = []
    found_article = False
    for item in items:
        if isinstance(item, Outcome) and item.reason == NO_TEXT_REASON:
            if found_article:
                yield item
            else:
                textless.append(item)
            continue
        if not found_article and isinstance(item, RawDocument):
            found_article = True
            yield from textless
        yield item
    if textless and not found_article:
        yield Outcome(
            uri,
            Status.SKIPPED,
            f"no article records: {len(textless)} records, "
            f"none with a text field ({', '.join(TEXT_FIELDS)})",
        )


def _field(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    return None


def _record_document(where: str, record: Any) -> RawDocument | Outcome:
    if not isinstance(record, dict):
        return Outcome(where, Status.FAILED, "record is not a JSON object")
    text = _field(record, TEXT_FIELDS)
    if not isinstance(text, str):
        return Outcome(where, Status.SKIPPED, NO_TEXT_REASON)
    url = _field(record, URL_FIELDS)
    published_raw = _field(record, PUBLISHED_FIELDS)
    published = _record_date(published_raw) if published_raw is not None else None
    if published_raw is not None and published is None:
        return Outcome(where, Status.FAILED, f"cannot read the published date {published_raw!r}")
    if published is not None and published.startswith(EPOCH_ZERO):
        published = None  # a scraper's placeholder for "no date", not a 1970 article
    author = _field(record, AUTHOR_FIELDS)
    if isinstance(author, list):
        author = ", ".join(str(a) for a in author)
    hints = Hints(
        title=_str_or_none(_field(record, TITLE_FIELDS)),
        outlet=_str_or_none(_field(record, OUTLET_FIELDS)),
        author=_str_or_none(author),
        published=published,
        published_basis=PublishedBasis.GIVEN if published else None,
        url=_str_or_none(url),
    )
    media = MediaType.HTML if re.match(r"\s*<(!doctype|html)", text, re.I) else MediaType.TEXT
    uri = url if isinstance(url, str) and url.strip() else where
    return RawDocument(uri=uri, data=text.encode("utf-8"), media_type=media, hints=hints)


def _record_date(value: Any) -> str | None:
    """Read a record's date: ISO or news-style text, or Unix time in seconds or milliseconds."""
    if isinstance(value, int | float) or (isinstance(value, str) and value.isdigit()):
        seconds = float(value)
        if seconds > EPOCH_MILLISECONDS_ABOVE:
            seconds /= 1000
        try:
            return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return find_date(str(value))


def _str_or_none(value: Any) -> str | None:
    return " ".join(str(value).split()) if value not in (None, "") else None


def _entry_published(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).isoformat(timespec="minutes")
        except (TypeError, ValueError):
            pass
        found = find_date(raw)
        if found:
            return found
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M+00:00", parsed)
    return None


def _read_feed(
    uri: str, data: bytes, *, fetcher: Fetcher | None, fetch_links: bool
) -> Iterator[RawDocument | Outcome]:
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "not a feed")()
        yield Outcome(uri, Status.FAILED, f"cannot parse the feed: {reason}")
        return
    if not parsed.entries:
        yield Outcome(uri, Status.SKIPPED, "feed has no entries")
        return
    outlet = _str_or_none(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        if link and _web_url(uri):
            link = urljoin(uri, link)  # relative links are relative to the feed's URL
        where = link or f"{uri}#entry={number}"
        published = _entry_published(entry)
        hints = Hints(
            title=_str_or_none(entry.get("title")),
            outlet=outlet,
            author=_str_or_none(entry.get("author")),
            published=published,
            published_basis=PublishedBasis.EXPLICIT if published else None,
            url=link,
        )
        if fetch_links and link and fetcher is not None:
            try:
                page = fetcher.get(link)
            except PeninsulaError as error:
                yield Outcome(where, Status.FAILED, getattr(error, "reason", str(error)))
                continue
            page_kind = sniff_kind(page.url, page.data, page.content_type)
            media = MediaType.TEXT if page_kind is Kind.TEXT else MediaType.HTML
            yield RawDocument(uri=link, data=page.data, media_type=media, hints=hints)
            continue
        content = entry.get("content")
        body = content[0].get("value") if content else entry.get("summary")
        if not body:
            yield Outcome(where, Status.SKIPPED, "feed entry has no text (try --fetch)")
            continue
        yield RawDocument(
            uri=where,
            data=body.encode("utf-8"),
            media_type=MediaType.HTML_FRAGMENT,
            hints=hints,
        )
