"""Load the server with concurrent readers on loopback; report latency and errors.

Starts ``peninsula serve`` as its own process on a database (by default the
examples, ingested into a temporary file), then runs READERS concurrent
clients for SECONDS. Each reader loops over what a dashboard user and an API
client ask for: event pages with filters, single events, the channel board,
relations, signals, and the dashboard page itself. Any non-200 answer or
transport error counts as an error.

    .venv/bin/python benchmarks/serve_load.py                    # 200 readers, 30 s
    .venv/bin/python benchmarks/serve_load.py --readers 20 --seconds 3 --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
PENINSULA = Path(sys.executable).with_name("peninsula")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _examples_db(directory: Path) -> Path:
    db = directory / "examples.duckdb"
    subprocess.run(
        [str(PENINSULA), "ingest", str(REPO / "examples"), "--db", str(db), "-q"],
        check=True,
        capture_output=True,
    )
    return db


def _wait_until_up(url: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not start")


def _requests(client: httpx.Client) -> Callable[[random.Random], str]:
    """Draw what readers ask for, with real ids and dyads from the database.

    Filters, page sizes and dates vary, so that most requests differ: the
    server's answer cache (kept until the next write) helps only as much as
    real readers repeating each other would let it.
    """
    events = client.get("/api/events", params={"limit": 500}).json()["items"]
    dyads = sorted(
        {f"{e['actor']['code']}-{e['recipient']['code']}" for e in events if e["recipient"]}
    )
    types = sorted({e["event"] for e in events})
    years = sorted({e["date"][:4] for e in events if e["date"]})

    def draw(rng: random.Random) -> str:
        dyad, kind, year = rng.choice(dyads), rng.choice(types), rng.choice(years)
        event = rng.choice(events)["id"]
        choices = [
            f"/?dyad={dyad}",
            f"/?type={kind}&since={year}-01-01",
            f"/events/{event}",
            f"/api/events?limit={rng.randint(10, 100)}&since={year}-0{rng.randint(1, 9)}-01",
            f"/api/events?dyad={dyad}&type={kind}",
            f"/api/events/{event}",
            f"/api/articles?limit={rng.randint(5, 50)}",
            f"/api/relations?dyad={dyad}&by={rng.choice(['month', 'quarter', 'year'])}",
            f"/api/signals?dyad={dyad}&by={rng.choice(['month', 'quarter'])}",
            f"/api/status?at={year}-{rng.randint(1, 12):02d}-01",
        ]
        return rng.choice(choices)

    return draw


async def _reader(
    client: httpx.AsyncClient, draw: Callable[[random.Random], str], stop: float, seed: int
) -> tuple[list[float], list[str], set[str]]:
    rng = random.Random(seed)
    latencies: list[float] = []
    errors: list[str] = []
    asked: set[str] = set()
    while time.monotonic() < stop:
        path = draw(rng)
        asked.add(path)
        started = time.perf_counter()
        try:
            response = await client.get(path)
            if response.status_code != 200:
                errors.append(f"{response.status_code} {path}")
        except httpx.HTTPError as error:
            errors.append(f"{type(error).__name__} {path}")
        latencies.append(time.perf_counter() - started)
    return latencies, errors, asked


async def _load(
    url: str, draw: Callable[[random.Random], str], readers: int, seconds: float
) -> dict[str, object]:
    limits = httpx.Limits(max_connections=readers, max_keepalive_connections=readers)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as client:
        stop = time.monotonic() + seconds
        started = time.monotonic()
        results = await asyncio.gather(
            *(_reader(client, draw, stop, seed) for seed in range(readers))
        )
        elapsed = time.monotonic() - started
    latencies = sorted(x for lat, _, _ in results for x in lat)
    errors = [e for _, errs, _ in results for e in errs]
    distinct = set().union(*(asked for _, _, asked in results))
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {
        "readers": readers,
        "seconds": round(elapsed, 1),
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(quantiles[49] * 1000, 1),
        "p99_ms": round(quantiles[98] * 1000, 1),
        "max_ms": round(latencies[-1] * 1000, 1) if latencies else 0.0,
        "distinct_requests": len(distinct),
        "errors": len(errors),
        "error_samples": sorted(set(errors))[:10],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=200, help="concurrent readers")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to load")
    parser.add_argument("--db", type=Path, help="database to serve (default: the examples)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or _examples_db(Path(tmp))
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        env = {k: v for k, v in os.environ.items() if k != "PENINSULA_TOKEN"}
        server = subprocess.Popen(
            [str(PENINSULA), "serve", "--db", str(db), "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _wait_until_up(url, time.monotonic() + 30)
            with httpx.Client(base_url=url, timeout=30) as client:
                draw = _requests(client)
                client.get("/api/signals")  # warm up: the first import of ruptures
            report = asyncio.run(_load(url, draw, args.readers, args.seconds))
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    report["cpus"] = os.cpu_count()
    if args.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            print(f"{key:>16}: {value}")
    return 0 if report["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
