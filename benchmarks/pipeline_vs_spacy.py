"""Extraction speed next to spaCy's own parse of the same texts, in one run.

Cleans the articles in ../shared (seeds, corpus) and examples/, repeats them
to --rounds, then times (1) spaCy's nlp.pipe over every paragraph, and
(2) peninsula's extraction (which parses only paragraphs that may name an
actor or refer to one, then matches triggers, actors, dates and modality). Reports words/s
for both and their ratio; >1.0 means the pipeline is faster than a bare parse.

    .venv/bin/python benchmarks/pipeline_vs_spacy.py --rounds 3
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

from peninsula.extract.events import Extractor
from peninsula.ingest.clean import clean
from peninsula.models import Article
from peninsula.nlp import load_nlp

REPO = Path(__file__).resolve().parent.parent
SOURCES = [REPO.parent / "shared" / "seeds", REPO.parent / "shared" / "corpus", REPO / "examples"]


def articles(rounds: int) -> list[Article]:
    """Return cleaned articles from ../shared and examples/, repeated ``rounds`` times."""
    texts = [
        clean(path.read_text(encoding="utf-8", errors="replace")).text
        for source in SOURCES
        if source.exists()
        for path in sorted(source.rglob("*.txt"))
    ]
    return [
        Article.from_text(text, uri=f"bench:{n}", published="2021-07-30")
        for n in range(rounds)
        for text in texts
    ]


def main() -> None:
    """Run both timings and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    batch = articles(args.rounds)
    words = sum(a.n_words for a in batch)
    nlp = load_nlp()
    extractor = Extractor(nlp=nlp)
    paragraphs = [p for a in batch for p in a.text.split("\n\n")]
    list(nlp.pipe(paragraphs[:20]))  # warm up both paths before timing
    started = time.perf_counter()
    for _doc in nlp.pipe(paragraphs):
        pass
    parse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    mentions = sum(len(extractor.extract(article)) for article in batch)
    pipeline_seconds = time.perf_counter() - started
    print(
        f"machine: {platform.processor() or platform.machine()}, python {platform.python_version()}"
    )
    print(f"articles: {len(batch)}, words: {words:,}, mentions: {mentions}")
    print(f"spaCy nlp.pipe: {words / parse_seconds:,.0f} words/s ({parse_seconds:.2f} s)")
    print(
        f"peninsula extraction: {words / pipeline_seconds:,.0f} words/s ({pipeline_seconds:.2f} s)"
    )
    print(f"ratio (pipeline / bare parse): {parse_seconds / pipeline_seconds:.2f}")


if __name__ == "__main__":
    main()
