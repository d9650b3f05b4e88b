"""Measure ingest throughput: articles/s and words/s through clean, metadata and store.

Builds a JSON Lines corpus of N articles by resampling the texts in
../shared (seeds and corpus) and examples/, each copy perturbed so that it
does not deduplicate away, then ingests it into a fresh DuckDB file.

    .venv/bin/python benchmarks/ingest_throughput.py --articles 500
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from peninsula import IngestOptions, Status, Store, ingest

REPO = Path(__file__).resolve().parent.parent
SOURCES = [REPO.parent / "shared" / "seeds", REPO.parent / "shared" / "corpus", REPO / "examples"]


def _texts() -> list[str]:
    texts = [
        path.read_text(encoding="utf-8", errors="replace")
        for source in SOURCES
        if source.exists()
        for path in sorted(source.rglob("*.txt"))
    ]
    if not texts:
        raise SystemExit("no input texts found in ../shared or examples/")
    return texts


def build_corpus(path: Path, articles: int, seed: int = 7) -> int:
    """Write ``articles`` perturbed copies to ``path``; return the total word count."""
    rng = random.Random(seed)
    texts = _texts()
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(articles):
            text = rng.choice(texts)
            # A numbered closing sentence makes every copy's content hash unique.
            text += f"\n\nThis is benchmark copy number {number} of the resampled corpus.\n"
            words += len(text.split())
            handle.write(json.dumps({"text": text, "published": "2021-07-30"}) + "\n")
    return words


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = build_corpus(corpus, args.articles)
        with Store(Path(tmp) / "bench.duckdb") as store:
            started = time.perf_counter()
            summary = ingest([str(corpus)], store, options=IngestOptions(max_bytes=1 << 30))
            elapsed = time.perf_counter() - started
    ingested = summary.count(Status.INGESTED)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {ingested} ingested of {args.articles} in {elapsed:.2f} s")
    print(f"articles/s: {ingested / elapsed:.1f}")
    print(f"words/s: {words / elapsed:,.0f}")
    print(f"peak RSS: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
