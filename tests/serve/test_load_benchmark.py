"""The load benchmark runs (small) and the server answers every reader without error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "serve_load.py"


def test_concurrent_readers_get_no_errors() -> None:
    run = subprocess.run(
        [sys.executable, str(BENCHMARK), "--readers", "25", "--seconds", "3", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert report["errors"] == 0, report["error_samples"]
    assert report["requests"] > 25 and report["p99_ms"] >= report["p50_ms"] > 0
