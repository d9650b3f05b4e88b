"""Ingest the articles a gold file covers, with the publication dates it gives.

Shared by the scripts in eval/: our own dev texts live in the repository
(eval/dev), the rest in ../shared beside it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from peninsula import IngestOptions, Store, ingest
from peninsula.evaluate import Gold

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def ingest_gold_articles(gold: Gold, store: Store, *, extract: bool = True) -> None:
    """Ingest every article of ``gold`` into ``store``, each with its given date."""
    by_date: dict[str | None, list[str]] = defaultdict(list)
    for path, published in gold.articles.items():
        local = REPO / path  # our own dev texts (eval/dev), else ../shared
        by_date[published].append(str(local if local.exists() else SHARED / path))
    for published, paths in by_date.items():
        ingest(paths, store, options=IngestOptions(published=published, extract=extract))
