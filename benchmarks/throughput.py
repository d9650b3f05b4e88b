"""Whole-pipeline throughput against spaCy's bare parse of the same texts, in one run.

Builds a corpus of N articles as JSON Lines shards, by resampling the
articles in ../shared (seeds and corpus) and examples/. Each copy is
perturbed: a numbered closing sentence, and its paragraphs rotated, so that no
copy deduplicates away. It then:

1. ingests the shards into a fresh DuckDB file with ``--workers P``: read,
   clean, metadata, extraction and store, all of it;
2. parses the same texts with bare ``spacy`` ``nlp.pipe`` in P processes.

It reports articles/s, words/s and peak RSS for the pipeline, spaCy's
words/s, and the ratio of the two. Peak RSS should stay flat as N grows:
shards are read one at a time, and articles go to the workers in bounded
windows.

    .venv/bin/python benchmarks/throughput.py --articles 2000 --workers 2
    .venv/bin/python benchmarks/throughput.py --articles 30 --json     # what CI runs
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import tempfile
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from peninsula import Status, Store, ingest
from peninsula.nlp import load_nlp

REPO = Path(__file__).resolve().parent.parent
SOURCES = [REPO.parent / "shared" / "seeds", REPO.parent / "shared" / "corpus", REPO / "examples"]
SHARD_ARTICLES = 200


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


def _copies(articles: int, seed: int) -> Iterator[str]:
    """``articles`` perturbed copies of the source texts, one at a time."""
    rng = random.Random(seed)
    texts = _texts()
    for number in range(articles):
        paragraphs = rng.choice(texts).split("\n\n")
        head, body = paragraphs[:2], paragraphs[2:]
        if body:  # keep the title and lede in place, rotate the rest
            turn = number % len(body)
            body = body[turn:] + body[:turn]
        closing = f"This is benchmark copy number {number} of the resampled corpus."
        yield "\n\n".join([*head, *body, closing])


def build_corpus(directory: Path, articles: int, seed: int = 7) -> int:
    """Write the copies as JSON Lines shards in ``directory``; return the word count."""
    directory.mkdir(parents=True, exist_ok=True)
    words = 0
    copies = _copies(articles, seed)
    for number in range(0, articles, SHARD_ARTICLES):
        with (directory / f"shard-{number // SHARD_ARTICLES:05d}.jsonl").open("w") as shard:
            for text in islice(copies, SHARD_ARTICLES):
                words += len(text.split())
                shard.write(json.dumps({"text": text, "published": "2021-07-30"}) + "\n")
    return words


def _texts_of(directory: Path) -> Iterator[str]:
    for shard in sorted(directory.glob("*.jsonl")):
        with shard.open() as handle:
            for line in handle:
                yield json.loads(line)["text"]


def _peak_mib() -> tuple[float, float]:
    """Peak RSS of this process and of its largest finished child, in MiB (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(child, 1)


def run(articles: int, workers: int, seed: int = 7) -> dict[str, object]:
    """Run both measurements; return the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        words = build_corpus(corpus, articles, seed)
        with Store(Path(tmp) / "bench.duckdb") as store:
            started = time.perf_counter()
            summary = ingest([str(corpus)], store, workers=workers)
            pipeline_s = time.perf_counter() - started
            events = store.count_events()
        rss_main, rss_worker = _peak_mib()
        nlp = load_nlp()
        started = time.perf_counter()
        parsed = sum(1 for _ in nlp.pipe(_texts_of(corpus), batch_size=32, n_process=workers))
        spacy_s = time.perf_counter() - started
    ingested = summary.count(Status.INGESTED)
    pipeline_wps = words / pipeline_s
    spacy_wps = words / spacy_s
    return {
        "articles": articles,
        "ingested": ingested,
        "events": events,
        "words": words,
        "workers": workers,
        "pipeline_s": round(pipeline_s, 2),
        "articles_per_s": round(ingested / pipeline_s, 1),
        "pipeline_words_per_s": round(pipeline_wps),
        "spacy_docs": parsed,
        "spacy_s": round(spacy_s, 2),
        "spacy_words_per_s": round(spacy_wps),
        "ratio": round(pipeline_wps / spacy_wps, 2),
        "peak_rss_main_mib": rss_main,
        "peak_rss_worker_mib": rss_worker,
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="corpus size N")
    parser.add_argument("--workers", type=int, default=1, help="processes, for both sides")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    report = run(args.articles, args.workers, args.seed)
    if args.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            print(f"{key:>22}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
