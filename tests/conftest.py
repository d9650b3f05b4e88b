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


# The seeds that print no date, with the dates a feed would give them (issue 4).
SEED_DATES = {
    "003_b3d1f7a36f1f0e93.txt": "2015-03-13",
    "004_5db233b7ad4b311a.txt": "2021-07-30",
}


@pytest.fixture(scope="session")
def news_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of ../shared's seeds (the undated ones dated) and corpus, ingested once."""
    seeds, corpus = _shared_path("seeds"), _shared_path("corpus")
    path = tmp_path_factory.mktemp("news") / "news.duckdb"
    runner = CliRunner()
    for name, published in SEED_DATES.items():
        result = runner.invoke(
            app, ["ingest", str(seeds / name), "--published", published, "--db", str(path), "-q"]
        )
        assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["ingest", str(seeds), str(corpus), "--db", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path
