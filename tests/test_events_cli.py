"""`peninsula events`, `extract --all` and deduplication, on articles written for these tests."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peninsula.store import Store
from tests.conftest import CliResult

# Two reports of the same demolition, one dated to the day, one to the month.
REPORT_A = """North Korea blows up liaison office

North Korea blew up the inter-Korean joint liaison office in Kaesong on Tuesday, officials \
in Seoul said. The building had been empty since January.

South Korea's presidential office condemned the demolition and warned of a strong response.
"""
REPORT_B = """Seoul reviews ties after office demolition

North Korea blew up the inter-Korean joint liaison office in June, weeks after it cut the \
hotlines with the South. Officials in Seoul are reviewing their options.

Analysts said the two Koreas could hold talks later in the year.
"""


@pytest.fixture
def stored(cli: Callable[..., CliResult], db: Path, tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(REPORT_A)
    (tmp_path / "b.txt").write_text(REPORT_B)
    assert cli("ingest", tmp_path / "a.txt", "--db", db, "--published", "2020-06-17").exit_code == 0
    assert cli("ingest", tmp_path / "b.txt", "--db", db, "--published", "2020-06-20").exit_code == 0
    return db


def _jsonl(cli: Callable[..., CliResult], db: Path, *args: str) -> list[dict[str, object]]:
    result = cli("events", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_same_event_in_two_articles_is_one_event(
    cli: Callable[..., CliResult], stored: Path
) -> None:
    assaults = _jsonl(cli, stored, "--type", "ASSAULT")
    assert len(assaults) == 1
    (event,) = assaults
    assert event["mentions"] == 2
    assert event["date"] == "2020-06-16"  # the finer of "Tuesday" and "June"
    assert event["actor"]["code"] == "PRK"  # type: ignore[index]
    assert event["recipient"]["code"] == "KOR"  # type: ignore[index]
    assert event["modality"] == "asserted"
    assert event["intensity"] == -8.5


def test_event_records_follow_the_contract(cli: Callable[..., CliResult], stored: Path) -> None:
    events = _jsonl(cli, stored)
    assert events
    keys = {
        "id",
        "event",
        "mode",
        "context",
        "actor",
        "recipient",
        "date",
        "date_precision",
        "date_basis",
        "modality",
        "intensity",
        "confidence",
        "event_text",
        "text_info",
        "article",
        "mentions",
    }
    with Store(stored, read_only=True) as store:
        texts = {a.id: a.text for a in store.articles()}
    for event in events:
        assert set(event) == keys
        assert 0 <= float(event["confidence"]) <= 1  # type: ignore[arg-type]
        span = event["text_info"]
        article = event["article"]
        assert isinstance(span, dict) and isinstance(article, dict)
        assert texts[article["id"]][span["start"] : span["end"]] == event["event_text"]


def test_filters_narrow_the_list(cli: Callable[..., CliResult], stored: Path) -> None:
    everything = _jsonl(cli, stored)
    hypothetical = _jsonl(cli, stored, "--modality", "hypothetical")
    assert hypothetical and all(e["modality"] == "hypothetical" for e in hypothetical)
    assert _jsonl(cli, stored, "--dyad", "PRK-KOR")
    assert _jsonl(cli, stored, "--dyad", "USA-CHN") == []
    assert _jsonl(cli, stored, "--since", "2021-01-01") == []
    assert len(_jsonl(cli, stored, "--since", "2020-01-01")) == len(everything)
    sure = _jsonl(cli, stored, "--min-confidence", "0.7")
    assert all(float(e["confidence"]) >= 0.7 for e in sure)  # type: ignore[arg-type]
    assert len(sure) < len(everything)  # the hypothetical talks are far from sure
    assert _jsonl(cli, stored, "--min-confidence", "0") == everything


def test_plover_and_csv_formats(cli: Callable[..., CliResult], stored: Path) -> None:
    plover = cli("events", "--db", stored, "--format", "plover")
    record = json.loads(plover.stdout.splitlines()[0])
    assert "modality" not in record and "event" in record and "actor" in record
    table = list(
        csv.DictReader(io.StringIO(cli("events", "--db", stored, "--format", "csv").stdout))
    )
    assert table and {"date", "event", "actor", "recipient", "event_text"} <= set(table[0])


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--dyad", "PRK"], id="bad-dyad"),
        pytest.param(["--type", "DEMAND"], id="not-a-plover-type"),
        pytest.param(["--modality", "maybe"], id="bad-modality"),
        pytest.param(["--since", "soon"], id="bad-date"),
        pytest.param(["--format", "xml"], id="bad-format"),
        pytest.param(["--min-confidence", "80"], id="confidence-out-of-range"),
    ],
)
def test_bad_options_are_usage_errors(
    cli: Callable[..., CliResult], stored: Path, args: list[str]
) -> None:
    result = cli("events", "--db", stored, *args)
    assert result.exit_code == 2
    assert "invalid" in result.stderr


def test_extract_all_rebuilds_the_same_events(cli: Callable[..., CliResult], stored: Path) -> None:
    before = _jsonl(cli, stored)
    result = cli("extract", "--all", "--db", stored)
    assert result.exit_code == 0, result.stderr
    assert f"{len(before)} events from 2 articles" in result.stdout
    assert _jsonl(cli, stored) == before


def test_extract_needs_all(cli: Callable[..., CliResult], stored: Path) -> None:
    assert cli("extract", "--db", stored).exit_code == 2


def test_eval_scores_a_small_gold_file(
    cli: Callable[..., CliResult], stored: Path, tmp_path: Path
) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {
            "article": "a.txt",
            "actor": "PRK",
            "recipient": "KOR",
            "types": ["ASSAULT"],
            "modality": "asserted",
            "date": "2020-06-16",
            "precision": "day",
            "tolerance_days": 0,
        },
        {
            "article": "a.txt",
            "actor": "KOR",
            "recipient": "PRK",
            "types": ["THREATEN", "ACCUSE"],
            "modality": "asserted",
            "date": "2020-06-17",
            "precision": "day",
            "tolerance_days": 1,
        },
        {
            "article": "a.txt",
            "actor": "JPN",
            "recipient": "PRK",
            "types": ["ACCUSE"],
            "modality": "asserted",
            "date": "2020-06-17",
            "precision": "day",
            "tolerance_days": 1,
        },
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = cli("eval", gold, "--db", stored, "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["overall"]["gold"] == 3
    assert report["overall"]["true_positives"] == 2
    assert report["overall"]["recall"] == pytest.approx(2 / 3, abs=1e-3)
    # a gold event that allows two types counts under the one found
    assert report["by_type"]["ACCUSE"]["gold"] == 2
    assert all(score["recall"] <= 1 for score in report["by_type"].values())
    verbose = cli("eval", gold, "--db", stored, "--verbose")
    assert "miss  a.txt: JPN->PRK ACCUSE" in verbose.stdout
    # the same event written twice (once each way round) is one gold event
    twice = dict(rows[0], actor="KOR", recipient="PRK", types=["CONSULT"])
    gold.write_text(
        "".join(
            json.dumps(r) + "\n" for r in [*rows, twice, dict(twice, actor="PRK", recipient="KOR")]
        )
    )
    assert json.loads(cli("eval", gold, "--db", stored, "--json").stdout)["overall"]["gold"] == 4


def test_a_confidence_filter_on_an_older_extraction_says_so(
    cli: Callable[..., CliResult], stored: Path
) -> None:
    # confidences stored by an earlier extractor were not calibrated
    with Store(stored) as store:
        store._con.execute("UPDATE mentions SET extractor_version = 'extract-1'")
    result = cli("events", "--db", stored, "--min-confidence", "0.5")
    assert result.exit_code == 0
    assert "older version" in result.stderr and "extract --all" in result.stderr
    assert cli("extract", "--all", "--db", stored).exit_code == 0
    assert "older version" not in cli("events", "--db", stored, "--min-confidence", "0.5").stderr
