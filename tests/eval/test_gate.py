"""The quality gate: gold events from ../shared and from our own dev texts
(eval/dev), scored by `peninsula eval`, held to floors.

Floors live in eval/floors.json, per gold file: precision and recall for all
events and for international events, and F1 per PLOVER type. A change that
drops any figure below its floor fails CI. Raise a floor when the extractor
improves; lowering one needs a reason in the commit message.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO, CliResult

GOLD = REPO / "eval" / "gold"
FLOORS = json.loads((REPO / "eval" / "floors.json").read_text())


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """Ingest every gold file's articles (with the gold's publication dates) and score them."""
    from typer.testing import CliRunner

    from peninsula.cli import app
    from tests.conftest import _shared_path

    shared = _shared_path()
    runner = CliRunner()
    results: dict[str, dict[str, object]] = {}
    for gold in sorted(GOLD.glob("*.jsonl")):
        db = tmp_path_factory.mktemp(gold.stem) / "gold.duckdb"
        by_date: dict[str, list[str]] = defaultdict(list)
        for line in gold.read_text().splitlines():
            row = json.loads(line)
            paths = by_date[row.get("published") or ""]
            # our own dev texts live in the repository (eval/dev), the rest in ../shared
            local = REPO / row["article"]
            path = str(local if local.exists() else shared / row["article"])
            if path not in paths:
                paths.append(path)
        for published, paths in by_date.items():
            flags = ["--published", published] if published else []
            result = runner.invoke(app, ["ingest", *paths, "--db", str(db), "-q", *flags])
            assert result.exit_code == 0, result.stdout + result.stderr
        scored = runner.invoke(app, ["eval", str(gold), "--db", str(db), "--json"])
        assert scored.exit_code == 0, scored.stderr
        results[gold.stem] = json.loads(scored.stdout)
    return results


def _cases() -> list[object]:
    cases = []
    for name in FLOORS:
        for scope in ("overall", "international"):
            for metric in ("precision", "recall"):
                cases.append(pytest.param(name, scope, metric, id=f"{name}-{scope}-{metric}"))
    return cases


@pytest.mark.slow
@pytest.mark.parametrize(("name", "scope", "metric"), _cases())
def test_scores_stay_above_floors(
    reports: dict[str, dict[str, object]], name: str, scope: str, metric: str
) -> None:
    score = reports[name][scope]
    assert isinstance(score, dict)
    assert score[metric] >= FLOORS[name][scope][metric], score


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_per_type_f1_stays_above_floors(reports: dict[str, dict[str, object]], name: str) -> None:
    by_type = reports[name]["by_type"]
    assert isinstance(by_type, dict)
    below = {
        event_type: (by_type.get(event_type, {}).get("f1", 0.0), floor)
        for event_type, floor in FLOORS[name]["by_type_f1"].items()
        if by_type.get(event_type, {}).get("f1", 0.0) < floor
    }
    assert not below, below


# Confidence is calibrated: events given >= 0.8 are right at least this often,
# pooled over every gold file (eval/fit_calibration.py refits it after changes).
CALIBRATED_SHARE = 0.8


@pytest.mark.slow
def test_confident_events_are_right_as_often_as_they_claim(
    reports: dict[str, dict[str, object]],
) -> None:
    claimed = right = 0
    for report in reports.values():
        events, share = report["confident_events"], report["confident_precision"]
        assert isinstance(events, int) and isinstance(share, float | int)
        claimed += events
        right += round(events * share)
    assert claimed and right / claimed >= CALIBRATED_SHARE, (right, claimed)


def test_every_gold_file_has_floors() -> None:
    assert sorted(p.stem for p in GOLD.glob("*.jsonl")) == sorted(FLOORS)


GOOD_LINE = {
    "article": "seeds/x.txt",
    "actor": "PRK",
    "recipient": "KOR",
    "types": ["CONSULT"],
    "modality": "asserted",
    "date": "2018-04-27",
    "precision": "day",
}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ({"article": "seeds/x.txt", "actor": "PRK", "types": ["DEMAND"]}, "missing"),
        ({**GOOD_LINE, "types": ["DEMAND"]}, "unknown PLOVER type 'DEMAND'"),
        # the actor dictionary's code for the IAEA is IAE: "IAEA" could never match
        ({**GOOD_LINE, "recipient": "IAEA"}, "recipient 'IAEA' is not a three-letter code"),
        ({**GOOD_LINE, "actor": None}, "actor None is not a three-letter code"),
    ],
)
def test_eval_rejects_a_broken_gold_file(
    cli: Callable[..., CliResult], db: Path, tmp_path: Path, line: dict[str, object], message: str
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(line) + "\n")
    assert cli("ingest", REPO / "examples" / "01_panmunjom_summit.txt", "--db", db).exit_code == 0
    result = cli("eval", gold, "--db", db)
    assert result.exit_code == 1
    assert "gold.jsonl:1" in result.stderr and message in result.stderr
