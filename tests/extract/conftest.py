"""One extractor (the real spaCy model and data) for the extraction tests, and the
summary of a text's events that they compare."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from peninsula.extract.events import Extractor
from peninsula.models import Article, Mention

FIELDS: dict[str, Callable[[Mention], str | None]] = {
    "type": lambda m: m.event_type,
    "mode": lambda m: m.mode,
    "actor": lambda m: m.actor.code,
    "recipient": lambda m: m.recipient.code if m.recipient else None,
    "modality": lambda m: m.modality.value,
    "date": lambda m: m.date.iso() if m.date else None,
}


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def summary(
    extractor: Extractor,
    text: str,
    published: str,
    fields: tuple[str, ...] = ("type", "actor", "recipient"),
    outlet: str | None = None,
) -> set[tuple[str | None, ...]]:
    """Each event of ``text`` (published on ``published``, by ``outlet`` if given)
    as a tuple of ``fields``."""
    article = replace(Article.from_text(text, uri="test:", published=published), outlet=outlet)
    return {tuple(FIELDS[f](m) for f in fields) for m in extractor.extract(article)}
