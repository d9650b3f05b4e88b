"""Headlines in title case, read as sentences (sentences written for these tests)."""

from __future__ import annotations

import pytest

from peninsula.actors.dictionary import load_actors
from peninsula.extract.events import Extractor
from peninsula.extract.headlines import name_pattern, sentence_cased
from tests.extract.conftest import summary

BODY = "\n\nThe ministry gave no details."


def test_a_title_case_headline_is_read_in_sentence_case_keeping_names() -> None:
    names = name_pattern(load_actors())
    headline = "Kim Jong Un Receives Iraqi Military Delegation in Pyongyang"
    recased = sentence_cased(headline, names)
    assert recased == "Kim Jong Un receives Iraqi military delegation in Pyongyang"
    assert len(recased) == len(headline)  # evidence offsets still hold
    # a sentence, or a headline in sentence case, is left as it is
    sentence = "Kuwait Expels Iraqi Ambassador Over Border Attack."
    assert sentence_cased(sentence, names) == sentence


@pytest.mark.parametrize(
    ("headline", "event"),
    [
        ("Kuwait Expels Iraqi Ambassador Over Border Attack", ("SANCTION", "KWT", "IRQ")),
        ("Qatar Condemns Iranian Missile Test", ("ACCUSE", "QAT", "IRN")),
        ("Iran's President Visits Baghdad", ("CONSULT", "IRN", "IRQ")),
        # two subjects listed with no "and"
        ("Iran, Iraq Agree to Reopen Border Crossing", ("AGREE", "IRN", "IRQ")),
    ],
)
def test_a_title_case_headline_tells_its_event(
    extractor: Extractor, headline: str, event: tuple[str, str, str]
) -> None:
    found = summary(extractor, headline + BODY, "2024-05-15")
    assert event in found
    # (read as one long name, the condemning state was taken for the tester)
    assert ("MOBILIZE", "QAT", None) not in found
