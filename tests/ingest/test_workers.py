"""`ingest --workers N` parses in N processes and stores exactly what one process stores."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_two_workers_store_what_one_stores(
    cli: Callable[..., CliResult], tmp_path: Path, shared: Callable[..., Path]
) -> None:
    inputs = [EXAMPLES, shared("seeds")]
    outputs = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        result = cli("ingest", *inputs, "--db", db, "--workers", str(workers), "--json")
        assert result.exit_code == 0, result.stderr
        events = cli("events", "--db", db, "--format", "jsonl").stdout
        articles = cli("articles", "--db", db, "--json").stdout
        summary = {k: v for k, v in json.loads(result.stdout).items() if k != "db"}
        outputs[workers] = (summary, events, articles)
    assert outputs[1][1].count("\n") > 40  # the same events, ids and evidence, in order
    assert outputs[2] == outputs[1]


def test_workers_must_be_a_positive_count(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    result = cli("ingest", EXAMPLES, "--db", tmp_path / "x.duckdb", "--workers", "0")
    assert result.exit_code == 2
    assert not (tmp_path / "x.duckdb").exists()
