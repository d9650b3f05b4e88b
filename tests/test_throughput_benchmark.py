"""The throughput benchmark runs end to end at a small N (CI); figures go in the README."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "throughput.py"


def test_the_benchmark_ingests_every_copy_and_reports_a_ratio() -> None:
    run = subprocess.run(
        [sys.executable, str(BENCHMARK), "--articles", "24", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout)
    assert report["ingested"] == 24  # perturbed copies never deduplicate away
    assert report["spacy_docs"] == 24
    assert report["events"] > 0 and report["ratio"] > 0
    assert report["peak_rss_main_mib"] > 0
