"""Command-line behaviour a person sees: help, progress, usage errors."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, CliResult


def _run_in_terminal(args: list[str], cwd: Path) -> str:
    """Run the CLI attached to a pseudo-terminal and return everything it drew."""
    controller, terminal = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm-256color"}
    process = subprocess.Popen(
        [sys.executable, "-m", "peninsula", *args],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        cwd=cwd,
        env=env,
    )
    os.close(terminal)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(controller)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("flags", "shows_bar"),
    [pytest.param([], True, id="terminal"), pytest.param(["--quiet"], False, id="quiet")],
)
def test_progress_bar_on_a_terminal(tmp_path: Path, flags: list[str], shows_bar: bool) -> None:
    drawn = _run_in_terminal(
        ["ingest", str(EXAMPLES), "--db", str(tmp_path / "t.duckdb"), *flags], tmp_path
    )
    assert "13 ingested" in drawn
    assert ("ingesting" in drawn) is shows_bar


def test_no_progress_bar_when_piped(
    cli_process: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    result = cli_process("ingest", EXAMPLES, "--db", tmp_path / "t.duckdb")
    assert result.returncode == 0
    assert "ingesting" not in result.stderr
    assert "13 ingested, 0 duplicate, 0 skipped, 0 failed" in result.stdout


@pytest.mark.parametrize("command", ["ingest", "articles"])
def test_help_ends_with_examples(cli: Callable[..., CliResult], command: str) -> None:
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert f"peninsula {command}" in result.stdout


def test_no_inputs_is_a_usage_error(cli: Callable[..., CliResult], db: Path) -> None:
    result = cli("ingest", "--db", db)
    assert result.exit_code == 2
    assert not db.exists()


def test_db_from_environment(
    cli: Callable[..., CliResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "from-env.duckdb"
    monkeypatch.setenv("PENINSULA_DB", str(db))
    assert cli("ingest", EXAMPLES / "01_panmunjom_summit.txt", "-q").exit_code == 0
    assert db.exists()
    listing = cli("articles", "--json").stdout.splitlines()
    assert len(listing) == 1
    assert json.loads(listing[0])["uri"].endswith("/examples/01_panmunjom_summit.txt")


def test_version(cli: Callable[..., CliResult]) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("peninsula ")
