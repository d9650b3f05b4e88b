"""Reactions to a document named again aim at its makers (sentences written for these
tests)."""

from __future__ import annotations

from peninsula.extract.events import Extractor
from peninsula.models import Article


def _aimed(extractor: Extractor, text: str, published: str) -> set[tuple[str, str, str]]:
    mentions = extractor.extract(Article.from_text(text, uri="test:", published=published))
    return {(m.event_type, m.actor.code, m.recipient.code if m.recipient else "") for m in mentions}


def test_rejecting_the_report_rejects_whoever_presented_it(extractor: Extractor) -> None:
    text = (
        "Kuwait presented its report on the Iraqi prison camps on Monday.\n\n"
        "Iraq rejected the report on Tuesday, and Iran welcomed the findings."
    )
    aimed = _aimed(extractor, text, "2003-03-05")
    assert ("REJECT", "IRQ", "KWT") in aimed
    assert ("SUPPORT", "IRN", "KWT") in aimed


def test_findings_told_by_an_inquiry_are_the_inquirys(extractor: Extractor) -> None:
    text = (
        "A United Nations panel concluded on Monday that Iraq had tortured prisoners of war.\n\n"
        "Iraq's foreign ministry said on Tuesday that it rejected the report."
    )
    assert ("REJECT", "IRQ", "UNO") in _aimed(extractor, text, "2003-03-05")


def test_a_report_told_afresh_takes_no_maker_told_before(extractor: Extractor) -> None:
    text = (
        "Kuwait presented its report on the Iraqi prison camps on Monday.\n\n"
        "Iran welcomed a report on refugees from the Red Crescent on Tuesday."
    )
    assert not any(a == "IRN" and r == "KWT" for _t, a, r in _aimed(extractor, text, "2003-03-05"))


def test_calling_a_report_a_plot_by_a_state_accuses_that_state(extractor: Extractor) -> None:
    text = (
        "Kuwait presented its report on the Iraqi prison camps on Monday.\n\n"
        "Iraq said on Tuesday that it rejected the report, which it called a fabrication"
        " masterminded by Iran to isolate Baghdad."
    )
    aimed = _aimed(extractor, text, "2003-03-05")
    assert ("ACCUSE", "IRQ", "IRN") in aimed
    assert ("REJECT", "IRQ", "KWT") in aimed
