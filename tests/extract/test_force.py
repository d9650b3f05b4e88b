"""Attacks told by a noun: armed and cyber, and at whom (sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary


def _found(extractor: Extractor, text: str) -> set[tuple[str | None, ...]]:
    return summary(extractor, text, "2023-05-12", ("type", "actor", "recipient"))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Russia waged cyber warfare against Britain last year.", ("COERCE", "RUS", "GBR")),
        ("China mounted a cyberattack on Taiwan on Monday.", ("COERCE", "CHN", "TWN")),
        ("North Korea carried out a cyber attack on South Korea.", ("COERCE", "PRK", "KOR")),
        ("Turkey began an offensive against Syria on Monday.", ("ASSAULT", "TUR", "SYR")),
        (
            "The Israeli air force launched a bombardment of Syrian army positions.",
            ("ASSAULT", "ISR", "SYR"),
        ),
    ],
)
def test_an_attack_told_by_a_noun_names_its_target(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in _found(extractor, text)


def test_a_cyber_attack_is_no_armed_attack(extractor: Extractor) -> None:
    found = _found(extractor, "North Korea carried out a cyber attack on South Korea.")
    assert not any(event == "ASSAULT" for event, *_parties in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Hungary expelled two diplomats from Ukraine on Friday.", ("SANCTION", "HUN", "UKR")),
        ("Spain withdrew its troops from Iraq in 2004.", ("RETREAT", "ESP", "IRQ")),
        ("Norway announced a suspension of aid to Mali on Monday.", ("SANCTION", "NOR", "MLI")),
        ("Israel reneged on its pledge to Egypt last year.", ("SANCTION", "ISR", "EGY")),
    ],
)
def test_what_is_taken_from_a_state_targets_it(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in _found(extractor, text)
