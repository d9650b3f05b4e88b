"""schemathesis generates requests from the OpenAPI spec: none may end in a 500.

It runs as its own command against a real server, bounded to a few dozen
examples per operation so that CI stays quick. Writes carry the token, so
posted articles reach the ingest path and URLs meet the SSRF guard.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.serve.conftest import TOKEN, LiveServer

EXAMPLES_PER_OPERATION = 25
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


def test_no_generated_request_makes_the_server_fail(
    serve: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = serve(token=TOKEN)
    run = subprocess.run(
        [
            str(SCHEMATHESIS),
            "run",
            f"{server.url}/openapi.json",
            "--checks",
            "not_a_server_error,content_type_conformance",
            "--max-examples",
            str(EXAMPLES_PER_OPERATION),
            "--phases",
            "examples,coverage,fuzzing",
            "--seed",
            "1",
            "--header",
            f"Authorization: Bearer {TOKEN}",
            "--report-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "passed" in run.stdout.lower() or "no issues" in run.stdout.lower(), run.stdout[-2000:]
