"""HTML to text: trafilatura for whole pages, lxml for feed-entry fragments."""

from __future__ import annotations

import json
import logging
import re
import warnings

import lxml.html
import trafilatura
from lxml import etree

from peninsula.ingest.pubdate import find_date
from peninsula.models import Hints, PublishedBasis

LOGGER = logging.getLogger(__name__)

# Meta keys that state the publication date, most specific first.
PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "date",
    "parsely-pub-date",
    "sailthru.date",
)
_HOSTNAME = re.compile(r"^[\w-]+(\.[\w-]+)+(:\d+)?$")
BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "tr",
    "table",
    "figure",
    "pre",
}


def _meta_published(tree: lxml.html.HtmlElement) -> str | None:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key in PUBLISHED_META and content and key not in found:
            found[key] = content
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except json.JSONDecodeError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                found.setdefault("datepublished", item["datePublished"])
    for key in PUBLISHED_META:
        if key in found:
            date = find_date(found[key])
            if date:
                return date
    return None


def page_to_text(html: str, *, url: str | None) -> tuple[str, Hints]:
    """Extract a page's main text with trafilatura, and the metadata its markup states."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        tree = None
    published = _meta_published(tree) if tree is not None else None
    if document is None:
        return "", Hints(published=published, url=url)
    data = document if isinstance(document, dict) else document.as_dict()
    published = published or (find_date(data["date"]) if data.get("date") else None)
    sitename = data.get("sitename") or None
    if sitename and _HOSTNAME.match(sitename):
        sitename = None  # trafilatura's fallback when the page names no site
    hints = Hints(
        title=data.get("title") or None,
        outlet=sitename,
        author=data.get("author") or None,
        published=published,
        published_basis=PublishedBasis.EXPLICIT if published else None,
        url=url,
    )
    # trafilatura puts one paragraph per line; the cleaner splits on blank lines.
    text = (data.get("text") or "").replace("\n", "\n\n")
    return text, hints


def fragment_to_text(html: str) -> str:
    """Turn an HTML fragment (a feed entry's content) into paragraphs of text."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    return str(root.text_content())
