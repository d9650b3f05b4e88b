"""Shared test fixtures.

Tests that read ../shared skip when it is absent, except under CI=true,
where its absence is a failure: CI must exercise the real articles.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from peninsula.cli import app

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing: CI must run with ../shared beside the repository")
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture
def shared() -> Callable[..., Path]:
    """Return a function giving a path under ../shared, skipping (or failing in CI) if absent."""
    return _shared_path


@dataclass(frozen=True)
class CliResult:
    """What a command printed, and its exit status."""

    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A path for a fresh DuckDB file."""
    return tmp_path / "test.duckdb"


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    """Run the ``peninsula`` command in-process, returning its exit code and output."""

    def run(*args: str | Path, input: bytes | str | None = None) -> CliResult:
        runner = CliRunner()
        result = runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)
        return CliResult(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture
def cli_process() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m peninsula`` in a real subprocess."""

    def run(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(  # type: ignore[call-overload, no-any-return]
            [sys.executable, "-m", "peninsula", *map(str, args)],
            capture_output=True,
            text=True,
            **kwargs,
        )

    return run
