"""Calibrated confidence (sentences written for these tests)."""

from __future__ import annotations

import math

import pytest

from peninsula.extract.calibration import (
    CalibrationError,
    load_calibration,
    parse_calibration,
)
from peninsula.extract.events import Extractor
from peninsula.models import Article


def test_the_packaged_calibration_loads_with_finite_weights() -> None:
    calibration = load_calibration()
    assert calibration.weights["score"] > 0  # a surer rule stays surer, all else equal
    assert all(math.isfinite(w) for w in (calibration.intercept, *calibration.weights.values()))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"intercept": 0.1, "weights": {"scor": 1.0}}, "unknown feature 'scor'"),
        ({"intercept": 0.1, "weights": {"type:DEMAND": 1.0}}, "unknown feature 'type:DEMAND'"),
        ({"intercept": 0.1}, "needs 'intercept' and a 'weights' mapping"),
        ({"intercept": "high", "weights": {"score": 1.0}}, "could not convert"),
    ],
)
def test_a_malformed_calibration_is_refused_by_name(data: object, message: str) -> None:
    with pytest.raises(CalibrationError, match=message):
        parse_calibration(data)


def test_stored_confidence_is_the_calibration_of_the_rules_score(extractor: Extractor) -> None:
    text = (
        "North Korea fired two ballistic missiles on Tuesday, and Japan protested.\n\n"
        "Seoul may propose talks with Pyongyang."
    )
    article = Article.from_text(text, uri="t:", published="2024-03-14")
    raw = Extractor(extractor.nlp, extractor.actors, extractor.lexicon, calibrated=False)
    scored = raw.extract(article)
    calibrated = extractor.extract(article)
    assert [m.id for m in scored] == [m.id for m in calibrated]
    calibration = load_calibration()
    assert [m.confidence for m in calibrated] == [
        calibration.confidence(m, len(text)) for m in scored
    ]


def test_a_dated_deed_is_surer_than_an_undated_speculation(extractor: Extractor) -> None:
    def surest(text: str) -> float:
        article = Article.from_text(text, uri="t:", published="2024-03-14")
        return max(m.confidence for m in extractor.extract(article))

    # annotators' gold says events found like the first are right far more often
    deed = surest("China imposed sanctions on North Korea on March 12.")
    guess = surest("China could impose sanctions on North Korea.")
    assert deed > guess
