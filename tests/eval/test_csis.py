"""North Korean missile and nuclear tests from the CSIS provocations timeline (CC0).

Each row of ../shared/datasets/csis_nk_provocations is a dated test with a
short description. Read as an article published that day, the description
must yield an asserted PRK MOBILIZE event, on that day. The floors sit under
the figures measured when they were set (2026-11: 224 of 252 found, 217 of
252 on the right day); only the first 80 rows were looked at while tuning.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from peninsula.extract.events import Extractor
from peninsula.models import Article

FOUND_FLOOR = 0.85
RIGHT_DAY_FLOOR = 0.80
TYPES = {"Missile Provocation", "Nuclear Provocation"}


@pytest.mark.slow
def test_tests_in_the_csis_timeline_are_found_and_dated(shared: Callable[..., Path]) -> None:
    path = shared("datasets", "csis_nk_provocations", "north_korea_provocations_1958_present.csv")
    with path.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["type"] in TYPES]
    extractor = Extractor()
    found = right_day = 0
    for row in rows:
        text = row["description"]
        article = Article.from_text(text, uri="csis:", published=row["date"])
        tests = [
            m
            for m in extractor.extract(article)
            if m.event_type == "MOBILIZE"
            and m.actor.code == "PRK"
            and m.modality.value == "asserted"
        ]
        found += bool(tests)
        right_day += any(m.date is not None and m.date.iso() == row["date"] for m in tests)
    assert len(rows) > 200
    assert found / len(rows) >= FOUND_FLOOR, (found, len(rows))
    assert right_day / len(rows) >= RIGHT_DAY_FLOOR, (right_day, len(rows))
