"""Wire the stages for one raw document: decode → extract text → clean → metadata → Article."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from peninsula.ingest.clean import clean, split_front_matter, word_count
from peninsula.ingest.decode import BinaryContent, decode
from peninsula.ingest.html import fragment_to_text, page_to_text
from peninsula.ingest.metadata import Metadata, extract_metadata, known_outlet
from peninsula.models import (
    Article,
    Hints,
    MediaType,
    Outcome,
    PublishedBasis,
    RawDocument,
    Status,
    content_id,
)

LOGGER = logging.getLogger(__name__)

# Below this many words, language identification is unreliable, so a short
# text is kept rather than skipped as "not English".
LANGUAGE_GATE_MIN_WORDS = 30
ACCEPTED_LANGUAGES = frozenset({"en"})


def _merge(primary: Hints, fallback: Hints) -> Hints:
    """Return hints taking each field from ``primary`` when set, else from ``fallback``."""
    use_primary_date = primary.published is not None
    return Hints(
        title=primary.title or fallback.title,
        outlet=primary.outlet or fallback.outlet,
        author=primary.author or fallback.author,
        published=primary.published if use_primary_date else fallback.published,
        published_basis=primary.published_basis if use_primary_date else fallback.published_basis,
        url=primary.url or fallback.url,
    )


def _document_text(raw: RawDocument) -> tuple[str, Hints]:
    text, _encoding = decode(raw.data)
    if raw.media_type is MediaType.HTML:
        text, page_hints = page_to_text(text, url=raw.hints.url)
        return text, _merge(raw.hints, page_hints)
    if raw.media_type is MediaType.HTML_FRAGMENT:
        return fragment_to_text(text), raw.hints
    front, body = split_front_matter(text)
    if _HTML_BLOCKS.search(body):
        # a Markdown export whose body is the page's HTML ("<p><span ...>"): the
        # front matter stays for the metadata, the markup goes
        head = text[: len(text) - len(body)] if front and text.endswith(body) else ""
        return head + "\n" + fragment_to_text(body), raw.hints
    return text, raw.hints


# Block tags that make a text file's body HTML rather than prose with a stray tag.
_HTML_BLOCKS = re.compile(r"<(?:p|div|span|br|h[1-6]|ul|li|table|blockquote)\b[^>]*>", re.I)


def _with_listing(meta: Metadata, listed: Hints, *, published: str | None) -> Metadata:
    day = listed.published
    if day and not published and (meta.published or "")[:10] != day[:10]:
        meta = replace(meta, published=day, published_basis=PublishedBasis.GIVEN)
    if meta.outlet is None and listed.outlet:
        meta = replace(meta, outlet=known_outlet(listed.outlet))
    return meta


def build_article(
    raw: RawDocument, *, published: str | None = None, listed: Hints | None = None
) -> Article | Outcome:
    """Turn one raw document into an Article, or an outcome saying why it was skipped.

    ``published`` is a date the user gave for these inputs; it wins over any
    date found in the document and is marked as given. ``listed`` is what a
    manifest beside the file says of it: its date wins over a date of another
    day found in the document (a repost's date), while a document date of the
    same day is kept for its time of day; its outlet, when it names a known
    one, fills in an outlet the document does not give.
    """
    if not raw.data.strip():
        return Outcome(raw.uri, Status.SKIPPED, "empty file")
    try:
        text, hints = _document_text(raw)
    except BinaryContent:
        return Outcome(raw.uri, Status.SKIPPED, "binary content, not text")
    if not text.strip():
        return Outcome(raw.uri, Status.SKIPPED, "empty file")
    if published:
        hints = _merge(Hints(published=published, published_basis=PublishedBasis.GIVEN), hints)
    cleaned = clean(text)
    body = cleaned.text
    if not body:
        return Outcome(raw.uri, Status.SKIPPED, "no article text found (only page chrome)")
    meta = extract_metadata(cleaned, hints, uri=raw.uri)
    if listed is not None:
        meta = _with_listing(meta, listed, published=published)
    n_words = word_count(body)
    if (
        meta.language not in ACCEPTED_LANGUAGES
        and meta.language is not None
        and n_words >= LANGUAGE_GATE_MIN_WORDS
    ):
        return Outcome(raw.uri, Status.SKIPPED, f"not English (detected {meta.language!r})")
    return Article(
        id=content_id("a", body),
        uri=raw.uri,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published=meta.published,
        published_basis=meta.published_basis,
        language=meta.language,
        text=body,
        n_words=n_words,
        raw_id=raw.id,
    )
