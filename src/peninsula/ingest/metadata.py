"""Article metadata: title, outlet, author, publication date and language.

Metadata a container gives (a JSONL record, a feed entry, HTML meta tags, a
``--published`` flag) wins over what is read from the page text. From the
text, only units outside the story's paragraphs are read (see
:mod:`peninsula.ingest.clean`), so a date inside the story is never taken
for the publication date.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import py3langid

from peninsula.data import load_yaml
from peninsula.ingest.clean import CleanText, Role, word_count
from peninsula.ingest.pubdate import find_date, parse_date_value
from peninsula.models import Hints, PublishedBasis

TITLE_MIN_WORDS, TITLE_MAX_WORDS = 2, 30
# A masthead or section line may carry a few extra tokens ("Korea Herald daum",
# a glued date); more than this and it is a headline that starts with the name.
MARKER_MAX_EXTRA_WORDS = 3
# Language identification needs some text to be reliable.
LANGUAGE_MIN_WORDS = 5

_PUBLISHED_LABEL = re.compile(
    r"^(?:first\s+)?(?:published|posted|date|released|issued)(?:\s+(?:on|at))?\s*[:：]?\s*(.*)$",
    re.IGNORECASE,
)
_UPDATED_LABEL = re.compile(
    r"^(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*[:：]?\s*(.*)$", re.IGNORECASE
)
_BYLINE = re.compile(r"^(?:By|BY|by)(?:\s+(?P<name>.*))?$")
_CREDIT = re.compile(r"\((?:Additional\s+)?(?:Reporting|Reported|Written) by (?P<name>[^;)]+)")
_NAME_STOP = re.compile(
    r"\s*(?:\||\(|\)|,\s*(?:staff|reporter|correspondent)|\bfor\b|\bin\b|"
    r"\b(?:updated|published|posted)\b|\s[-–—]\s|\d).*$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|and|de|van|von|der|bin|al|la|le|&)$")
_TITLE_SUFFIX_SEPARATORS = (" – ", " — ", " - ", " | ")
_TAG_LINE = re.compile(r"^[A-Z0-9 ,.'&-]+$")


@dataclass(frozen=True)
class Metadata:
    """Metadata found for one article."""

    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    published_basis: PublishedBasis | None
    language: str | None


@dataclass(frozen=True)
class _Outlet:
    name: str
    domains: tuple[str, ...]
    names: tuple[str, ...]
    sections: tuple[str, ...]
    datelines: tuple[str, ...]


@cache
def _outlets() -> tuple[_Outlet, ...]:
    return tuple(
        _Outlet(
            name=entry["name"],
            domains=tuple(entry.get("domains", ())),
            names=tuple(entry.get("names", ())),
            sections=tuple(entry.get("sections", ())),
            datelines=tuple(entry.get("datelines", ())),
        )
        for entry in load_yaml("outlets.yaml")
    )


def _starts_with_marker(line: str, marker: str) -> bool:
    if not line.casefold().startswith(marker.casefold()):
        return False
    rest = line[len(marker) :]
    if rest and rest[0].isalpha() and rest[0].islower():
        return False  # "KCNAx..." is not the marker "KCNA"
    return len(rest.split()) <= MARKER_MAX_EXTRA_WORDS


def outlet_from_url(url: str | None) -> str | None:
    """Return the outlet whose domain serves ``url``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    for outlet in _outlets():
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet.name
    return None


def _outlet_from_lines(lines: list[str]) -> str | None:
    for outlet in _outlets():
        for line in lines:
            if any(_starts_with_marker(line, m) for m in outlet.names + outlet.sections):
                return outlet.name
    return None


def known_outlet(text: str) -> str | None:
    """The known outlet a free-text source starts with ("KCNA (Korean Central News ...)")."""
    text = text.strip()
    for outlet in _outlets():
        for marker in (outlet.name, *outlet.names):
            if re.match(rf"{re.escape(marker)}(?!\w)", text, re.IGNORECASE):
                return outlet.name
    return None


def _outlet_from_dateline(paragraphs: list[str]) -> str | None:
    for paragraph in paragraphs[:2]:
        head = paragraph[:120]
        for outlet in _outlets():
            for tag in outlet.datelines:
                if re.match(rf"^[A-Z][\w ,.'’-]{{0,60}}\({re.escape(tag)}\)\s*[-—–]", head):
                    return outlet.name
    return None


def _outlet_from_byline(lines: list[str]) -> str | None:
    for line in lines:
        match = re.search(r"\bfor (?:the )?(.+?)(?:\s+(?:Updated|Published)\b|$)", line)
        if line.startswith(("By ", "BY ")) and match:
            found = _outlet_from_lines([match.group(1)])
            if found:
                return found
    for line in lines:
        for outlet in _outlets():
            if any(line.casefold() == f"{n} reporter".casefold() for n in outlet.names):
                return outlet.name
    return None


def _clean_name(raw: str) -> str | None:
    name = _NAME_STOP.sub("", raw).strip(" ,;:(")
    words = name.split()
    if not 1 <= len(words) <= 8 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if words[0].islower() or words[-1].islower():
        return None
    return name


def _author(lines: list[str]) -> str | None:
    for index, line in enumerate(lines):
        match = _BYLINE.match(line)
        if not match:
            continue
        raw = match["name"] or (lines[index + 1] if index + 1 < len(lines) else "")
        name = _clean_name(raw)
        if name:
            return name
    for line in lines:
        credit = _CREDIT.search(line)
        if credit:
            name = _clean_name(credit["name"])
            if name:
                return name
    return None


def _labelled_date(lines: list[str], label: re.Pattern[str]) -> str | None:
    for index, line in enumerate(lines):
        match = label.match(line)
        if not match:
            continue
        value = match.group(1) or (lines[index + 1] if index + 1 < len(lines) else "")
        found = find_date(value)
        if found:
            return found
    return None


def _front_matter_value(front: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        value = front.get(key)
        if value not in (None, ""):
            return value
    return None


def _is_title_candidate(line: str, outlet: str | None) -> bool:
    words = word_count(line)
    if not TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS:
        return False
    if _BYLINE.match(line) or _PUBLISHED_LABEL.match(line) or _UPDATED_LABEL.match(line):
        return False
    if find_date(line) or _outlet_from_lines([line]):
        return False
    if outlet and line.casefold() == outlet.casefold():
        return False
    # Short all-capitals lines are section tags ("NORTH KOREA", "WHAT WE THINK").
    return not (words <= 4 and _TAG_LINE.match(line))


def split_outlet_suffix(title: str) -> tuple[str, str | None]:
    """Split a trailing outlet name off a title ("Rocket launched – CNN")."""
    for separator in _TITLE_SUFFIX_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        outlet = _outlet_from_lines([tail.strip()]) if found and head else None
        if outlet and len(tail.split()) <= MARKER_MAX_EXTRA_WORDS + 2:
            return head.strip(), outlet
    return title, None


def _title(clean: CleanText, outlet: str | None) -> str | None:
    candidates = [line for line in clean.lines(Role.HEADER) if _is_title_candidate(line, outlet)]
    if not candidates:
        return None
    return max(candidates, key=word_count)  # max() keeps the first of equals


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language, or None for too little text."""
    if word_count(text) < LANGUAGE_MIN_WORDS:
        return None
    language, _score = py3langid.classify(text)
    return str(language)


def _first(*values: str | None) -> str | None:
    return next((value for value in values if value), None)


def extract_metadata(clean: CleanText, hints: Hints, *, uri: str) -> Metadata:
    """Find the metadata of a cleaned article, preferring what ``hints`` give."""
    front = dict(clean.front_matter)
    around = clean.lines(Role.HEADER, Role.FOOTER, Role.ASIDE)
    url = hints.url or (uri if uri.startswith(("http://", "https://")) else None)
    front_url = _front_matter_value(front, "source_url", "url", "canonical_url", "permalink")
    title = _first(
        hints.title,
        _front_matter_value(front, "title", "post_title", "headline"),
        _title(clean, hints.outlet),
    )
    title_outlet = None
    if title:
        # "North Korea launches long-range rocket &#8211; CNN": entities of the page
        title, title_outlet = split_outlet_suffix(" ".join(html.unescape(str(title)).split()))
    outlet = _first(
        hints.outlet,
        _front_matter_value(front, "outlet", "site_name", "publisher", "source"),
        outlet_from_url(url),
        outlet_from_url(front_url if isinstance(front_url, str) else None),
        title_outlet,
        _outlet_from_lines(around),
        _outlet_from_dateline(clean.paragraphs),
        _outlet_from_byline(around),
    )
    author = _first(
        hints.author,
        _front_matter_value(front, "author", "byline", "creator"),
        _author(around),
    )
    published, basis = _published(clean, hints, front)
    return Metadata(
        title=title,
        outlet=str(outlet) if outlet else None,
        author=str(author) if author else None,
        published=published,
        published_basis=basis,
        language=detect_language(clean.text),
    )


def _published(
    clean: CleanText, hints: Hints, front: dict[str, Any]
) -> tuple[str | None, PublishedBasis | None]:
    if hints.published:
        return hints.published, hints.published_basis or PublishedBasis.GIVEN
    # the first key that holds a date ("published: true" is a WordPress flag)
    from_front = next(
        (
            found
            for key in ("published_time", "published", "pubDate", "post_date", "date")
            if (found := parse_date_value(front.get(key)))
        ),
        None,
    )
    if from_front:
        return from_front, PublishedBasis.EXPLICIT
    around = clean.lines(Role.HEADER, Role.FOOTER, Role.ASIDE)
    labelled = _labelled_date(around, _PUBLISHED_LABEL)
    if labelled:
        return labelled, PublishedBasis.EXPLICIT
    for line in _unlabelled_lines(clean.lines(Role.HEADER), around):
        found = find_date(line)
        if found:
            return found, PublishedBasis.INFERRED
    for url in (hints.url, _front_matter_value(front, "source_url", "url", "permalink")):
        found = date_in_url(url) if isinstance(url, str) else None
        if found:
            return found, PublishedBasis.INFERRED
    return None, None


# A date in a news URL's path: "/2016/01/14/", "/20120116-26ee.html", "/2012/201201/".
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")


def date_in_url(url: str) -> str | None:
    """The publication day a URL's path spells, if any: "/2016/01/14/story"."""
    for match in _URL_DAY.finditer(urlsplit(url).path):
        year, month, day = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def _unlabelled_lines(header: list[str], around: list[str]) -> Iterable[str]:
    """Yield header lines, then the page's "updated" stamp: dates not labelled as published."""
    yield from header
    updated = _labelled_date(around, _UPDATED_LABEL)
    if updated:
        yield updated
