"""An article's title, split off its text at ingest, names the states and people
the text goes on to refer to; its own events are the lead's (texts written for
these tests)."""

from __future__ import annotations

from dataclasses import replace

from peninsula.extract.events import Extractor
from peninsula.models import Article


def _titled(title: str, text: str, published: str) -> Article:
    return replace(Article.from_text(text, uri="test:", published=published), title=title)


def test_the_two_countries_of_the_text_are_those_its_title_names(extractor: Extractor) -> None:
    article = _titled(
        "Iran and Iraq restart cross-border bus service",
        "He said officials of the two countries would meet in Basra next week.",
        "2023-08-24",
    )
    found = {
        (m.event_type, m.actor.code, m.recipient.code if m.recipient else None, m.modality.value)
        for m in extractor.extract(article)
    }
    assert ("CONSULT", "IRN", "IRQ", "future") in found


def test_events_are_placed_in_the_text_and_none_comes_from_the_title(
    extractor: Extractor,
) -> None:
    text = "Iraq's foreign minister visited Tehran on Monday."
    article = _titled("Iran slams Iraq over border raid", text, "2023-08-24")
    mentions = extractor.extract(article)
    assert {m.event_type for m in mentions} == {"CONSULT"}  # the title's charge is not told
    assert all(text[m.start : m.end] == m.event_text for m in mentions)
