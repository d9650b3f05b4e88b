"""Recompute eval/floors.json from the current extractor: each figure less a margin.

Run after an improvement, review the diff, commit it with the change:

    .venv/bin/python eval/update_floors.py            # the gold files already gated
    .venv/bin/python eval/update_floors.py dev_blind  # also gate a new one
    .venv/bin/python eval/update_floors.py --allow-lower  # accept lower floors

Only gold files that already have floors are scored unless named: a dev set
held back unread is not measured, nor gated, by accident. A floor that would
go down is listed and nothing is written, unless --allow-lower is given (the
commit must then say why).
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
from pathlib import Path

from gold_store import ingest_gold_articles

from peninsula import Store
from peninsula.evaluate import evaluate, load_gold

HERE = Path(__file__).resolve().parent
# Floors sit this far under the measured figure, so that an unrelated change
# moving one event does not fail CI, while a real regression does.
MARGIN = 0.05


def _floor(value: float) -> float:
    return max(0.0, math.floor((value - MARGIN) * 100) / 100)


def _lowered(old: object, new: object, where: str = "") -> list[str]:
    """The figures that go down from ``old`` floors to ``new`` ones."""
    if isinstance(old, dict) and isinstance(new, dict):
        return [
            low for key in old for low in _lowered(old[key], new.get(key, 0.0), f"{where}.{key}")
        ]
    if isinstance(old, int | float) and isinstance(new, int | float) and new < old:
        return [f"{where.lstrip('.')}: {old} -> {new}"]
    return []


def main(named: list[str], allow_lower: bool) -> None:
    """Score the gated gold files, and those named, and write their floors."""
    floors_path = HERE / "floors.json"
    floors: dict[str, dict[str, object]] = json.loads(floors_path.read_text())
    before = json.loads(floors_path.read_text())
    unknown = [n for n in named if not (HERE / "gold" / f"{n}.jsonl").exists()]
    if unknown:
        raise SystemExit(f"no gold file eval/gold/{unknown[0]}.jsonl")
    for gold_path in sorted((HERE / "gold").glob("*.jsonl")):
        if gold_path.stem not in floors and gold_path.stem not in named:
            print(f"{gold_path.stem}: not gated, skipped (name it to gate it)")
            continue
        gold = load_gold(gold_path)
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "g.duckdb") as store:
            ingest_gold_articles(gold, store)
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
    lowered = _lowered(before, floors)
    for line in lowered:
        print(f"lower floor: {line}")
    if lowered and not allow_lower:
        raise SystemExit(f"{len(lowered)} floors would go down: nothing written (--allow-lower)")
    floors_path.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="gold sets to gate besides those gated")
    parser.add_argument("--allow-lower", action="store_true", help="write lowered floors too")
    args = parser.parse_args()
    main(args.names, args.allow_lower)
