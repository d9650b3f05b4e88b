"""`peninsula backfill` on a local Ray instance gives the events a single-machine run gives."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from tests.conftest import CliResult

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
Process = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def backfilled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples plus one JSON Lines shard, backfilled once with 2 actors."""
    work = tmp_path_factory.mktemp("backfill")
    shard = work / "inputs" / "shard-0001.jsonl"
    shard.parent.mkdir()
    records = [
        {
            "text": "North Korea fired two cruise missiles into the Yellow Sea on Sunday, "
            "the South Korean military said.",
            "published": "2024-01-30",
        },
        {
            "text": "China and North Korea held talks in Beijing on Monday.",
            "published": "2024-01-30",
        },
    ]
    shard.write_text("".join(json.dumps(r) + "\n" for r in records))
    (shard.parent / "empty.txt").write_text("")  # skipped, and said so
    run = subprocess.run(
        [
            str(Path(sys.executable).with_name("peninsula")),
            "backfill",
            str(EXAMPLES),
            str(shard.parent),
            "--out",
            str(work / "out"),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "articles from" in run.stdout
    assert "skipped" in run.stderr and "empty.txt: empty file" in run.stderr
    return work


def test_imported_events_equal_a_single_machine_run(
    backfilled: Path, cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    one = tmp_path / "one.duckdb"
    imported = tmp_path / "imported.duckdb"
    assert cli("ingest", EXAMPLES, backfilled / "inputs", "--db", one, "-q").exit_code == 0
    result = cli("import-events", backfilled / "out", "--db", imported)
    assert result.exit_code == 0, result.stderr
    expected = cli("events", "--db", one, "--format", "jsonl").stdout
    assert expected.count("\n") > 30
    assert cli("events", "--db", imported, "--format", "jsonl").stdout == expected
    assert (
        cli("articles", "--db", imported, "--json").stdout
        == cli("articles", "--db", one, "--json").stdout
    )
    again = cli("import-events", backfilled / "out", "--db", imported)
    assert "0 articles imported" in again.stderr  # nothing twice


def test_events_are_parquet_by_month_that_duckdb_reads_in_place(backfilled: Path) -> None:
    out = backfilled / "out" / "events"
    months = sorted(p.name for p in out.iterdir())
    assert "month=2024-01" in months and all(m.startswith("month=") for m in months)
    rows = duckdb.sql(
        f"SELECT month, event, actor_code, event_text FROM read_parquet('{out}/*/*.parquet',"
        " hive_partitioning = true) WHERE month = '2024-01'"
    ).fetchall()
    assert ("MOBILIZE", "PRK") in {(r[1], r[2]) for r in rows}
    assert all(r[0] == "2024-01" for r in rows)


def test_backfill_refuses_what_it_cannot_do(
    backfilled: Path, cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    taken = cli("backfill", EXAMPLES, "--out", backfilled / "out")
    assert taken.exit_code == 2 and "not empty" in taken.stderr
    url = cli("backfill", "https://example.org/feed.xml", "--out", tmp_path / "new")
    assert url.exit_code == 2 and "files and directories" in url.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = cli("import-events", empty, "--db", tmp_path / "x.duckdb")
    assert nothing.exit_code == 1 and "no articles/" in nothing.stderr
