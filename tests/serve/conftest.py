"""A real peninsula server on 127.0.0.1, over a real DuckDB file built from the examples."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner

from peninsula.cli import app
from peninsula.serve.app import ServeSettings, create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TOKEN = "test-token-3f9a"
# An article written for these tests whose title and text try to run script.
HOSTILE_TITLE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
HOSTILE_TEXT = (
    "Pyongyang, May 2 -- North Korea test-fired a new ballistic missile on Thursday, "
    'the South Korean military said. <img src=x onerror="window.pwned = 3"> '
    "South Korea condemned the launch as a provocation.\n\n"
    "<script>window.pwned = 4</script> Japan also protested to Pyongyang."
)


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled examples, ingested once, plus the hostile article."""
    path = tmp_path_factory.mktemp("serve") / "examples.duckdb"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(path), "-q"])
    assert result.exit_code == 0, result.output
    hostile = path.parent / "hostile.jsonl"
    record = {
        "title": HOSTILE_TITLE,
        "text": HOSTILE_TEXT,
        "published": "2024-05-03",
        "url": "https://example.org/hostile",
    }
    hostile.write_text(json.dumps(record) + "\n")
    result = runner.invoke(app, ["ingest", str(hostile), "--db", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """uvicorn serving the app in a thread; ``url`` is its base URL."""

    def __init__(self, settings: ServeSettings) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(settings), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def serve(tmp_path: Path, examples_db: Path) -> Iterator[Callable[..., LiveServer]]:
    """Start a server on a fresh copy of the examples database; stopped after the test."""
    started: list[LiveServer] = []

    def start(**options: object) -> LiveServer:
        db = tmp_path / f"copy{len(started)}.duckdb"
        shutil.copy(examples_db, db)
        settings = ServeSettings(db=str(db), **options)  # type: ignore[arg-type]
        server = LiveServer(settings).__enter__()
        started.append(server)
        return server

    yield start
    for server in started:
        server.__exit__()
