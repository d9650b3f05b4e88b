"""Recompute eval/floors.json from the current extractor: each figure less a margin.

Run after an improvement, review the diff, commit it with the change:

    .venv/bin/python eval/update_floors.py
"""

from __future__ import annotations

import json
import math
import tempfile
from collections import defaultdict
from pathlib import Path

from peninsula import IngestOptions, Store, ingest
from peninsula.evaluate import evaluate, load_gold

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
# Floors sit this far under the measured figure, so that an unrelated change
# moving one event does not fail CI, while a real regression does.
MARGIN = 0.05


def _floor(value: float) -> float:
    return max(0.0, math.floor((value - MARGIN) * 100) / 100)


def main() -> None:
    """Score every gold file and write the floors."""
    floors: dict[str, dict[str, object]] = {}
    for gold_path in sorted((HERE / "gold").glob("*.jsonl")):
        gold = load_gold(gold_path)
        by_date: dict[str | None, list[str]] = defaultdict(list)
        for article, published in gold.articles.items():
            local = HERE.parent / article  # our own dev texts (eval/dev)
            by_date[published].append(str(local if local.exists() else SHARED / article))
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "g.duckdb") as store:
            for published, paths in by_date.items():
                ingest(paths, store, options=IngestOptions(published=published))
            report = evaluate(gold, store.mentions()).as_dict()
        floors[gold_path.stem] = {
            scope: {m: _floor(report[scope][m]) for m in ("precision", "recall")}
            for scope in ("overall", "international")
        } | {
            "by_type_f1": {
                t: _floor(s["f1"]) for t, s in report["by_type"].items() if _floor(s["f1"]) > 0
            }
        }
        print(gold_path.stem, json.dumps(report["international"]))
    (HERE / "floors.json").write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
