"""How eval pairs extracted events with gold events (events written for these tests)."""

from __future__ import annotations

from typing import Any

from peninsula.evaluate import Gold, GoldEvent, evaluate

ARTICLE = "corpus/x.txt"


def _gold(date: str, precision: str) -> GoldEvent:
    return GoldEvent(ARTICLE, "PRK", None, ("MOBILIZE",), "asserted", date, precision, 0)


def _mention(date: str, precision: str) -> dict[str, Any]:
    return {
        "uri": f"file:///shared/{ARTICLE}",
        "event": "MOBILIZE",
        "actor": "PRK",
        "recipient": None,
        "modality": "asserted",
        "date": date,
        "precision": precision,
        "confidence": 0.9,
        "event_text": "",
    }


def test_a_mention_that_fits_two_gold_events_leaves_the_wider_to_another() -> None:
    # "a test in 2010" fits both the January test and the June one; paired in gold
    # order, the January mention would take it and the June one count as extra
    gold = Gold((_gold("2010", "year"), _gold("2010-01", "month")), {ARTICLE: "2010-07-01"})
    report = evaluate(gold, [_mention("2010-01", "month"), _mention("2010-06-02", "day")])
    assert (report.overall.true_positives, len(report.misses), len(report.extras)) == (2, 0, 0)


def test_one_mention_matches_one_gold_event() -> None:
    gold = Gold((_gold("2010", "year"), _gold("2010-01", "month")), {ARTICLE: "2010-07-01"})
    report = evaluate(gold, [_mention("2010-01", "month")])
    assert (report.overall.true_positives, len(report.misses)) == (1, 1)


def test_an_event_told_twice_in_an_article_counts_with_its_surest_mention() -> None:
    # the stored event keeps the highest confidence of its mentions; so does eval
    gold = Gold((_gold("2010-06-02", "day"),), {ARTICLE: "2010-07-01"})
    unsure = {**_mention("2010-06-02", "day"), "confidence": 0.6}
    report = evaluate(gold, [unsure, _mention("2010-06-02", "day")])
    assert (report.confident.true_positives, report.confident.system) == (1, 1)


def test_a_symmetric_event_told_in_both_orders_is_one_event() -> None:
    # as the deduplication rule stores it: "Moscow and Pyongyang signed an
    # agreement ... the two ministers signed the agreement"
    gold = Gold(
        (GoldEvent(ARTICLE, "PRK", "RUS", ("AGREE",), "asserted", "2024-10-30", "day", 0),),
        {ARTICLE: "2024-10-31"},
    )
    one = {**_mention("2024-10-30", "day"), "event": "AGREE", "recipient": "RUS"}
    other = {**one, "actor": "RUS", "recipient": "PRK", "confidence": 0.8}
    report = evaluate(gold, [one, other])
    assert (report.overall.true_positives, report.overall.system, len(report.extras)) == (1, 1, 0)
