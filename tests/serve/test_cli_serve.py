"""`peninsula serve` refuses what it cannot serve safely, with one clear line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult


def test_a_missing_database_is_named(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    result = cli("serve", "--db", tmp_path / "nope.duckdb")
    assert result.exit_code == 1
    assert "no such database" in result.stderr and "peninsula ingest" in result.stderr
    assert not (tmp_path / "nope.duckdb").exists()  # nothing created


def test_the_network_needs_a_token(
    cli: Callable[..., CliResult], examples_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PENINSULA_TOKEN", raising=False)
    result = cli("serve", "--db", examples_db, "--host", "0.0.0.0")
    assert result.exit_code == 2
    assert "PENINSULA_TOKEN" in result.stderr


def test_a_file_that_is_not_a_database_is_refused(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("not a database")
    result = cli("serve", "--db", bogus)
    assert result.exit_code == 1
    assert result.stderr.count("\n") <= 2 and "error" in result.stderr
