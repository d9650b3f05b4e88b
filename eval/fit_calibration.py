"""Fit the confidence calibration (src/peninsula/data/calibration.yaml) on dev gold.

The extractor's rules score each event; this script runs them, with their raw
scores, over our dev texts (written by people who had not seen the extractor),
marks each event right or wrong against the gold, and fits a logistic model of
rightness over the facts ``peninsula.extract.calibration.features`` names.
It prints, for each dev set left out of the fit in turn, how often events at
confidence >= 0.8 were right before and after calibration, then writes the
model fitted on all of them. Run it after changes to the rules, review the
diff, and commit it with them:

    .venv/bin/python eval/fit_calibration.py
    .venv/bin/python eval/fit_calibration.py --sets dev_wire dev_mixed   # fit on these
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from gold_store import ingest_gold_articles

from peninsula import Store
from peninsula.evaluate import CONFIDENT, evaluate, load_gold
from peninsula.extract.calibration import features
from peninsula.extract.events import Extractor

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src/peninsula/data/calibration.yaml"
# Fitted on the older dev sets; eval/dev/blind and eval/dev/unseen are kept out,
# to measure the calibration on text it was not fitted on.
DEFAULT_SETS = ("dev_wire", "dev_state", "dev_mixed", "dev_recent")
# A type seen fewer times than this gets no weight of its own.
MIN_ROWS = 5
# Ridge penalty: keeps the weights of rare facts near zero.
L2 = 1.0

Row = tuple[dict[str, float], bool]


def scored_rows(name: str, extractor: Extractor) -> list[Row]:
    """The features of each event the raw extractor finds in one gold set's
    articles, and whether it is right (one per article and event, as eval counts)."""
    gold = load_gold(HERE / "gold" / f"{name}.jsonl")
    kept: dict[tuple[Any, ...], tuple[dict[str, Any], dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.duckdb") as store:
        ingest_gold_articles(gold, store, extract=False)
        for article in store.articles():
            for m in extractor.extract(article):
                row = {
                    "event": m.event_type,
                    "actor": m.actor.code,
                    "recipient": m.recipient.code if m.recipient else None,
                    "date": m.date.iso() if m.date else None,
                    "precision": m.date.precision.value if m.date else None,
                    "modality": m.modality.value,
                    "confidence": m.confidence,
                    "uri": article.uri,
                }
                key = (article.uri, *(row[k] for k in ("event", "actor", "recipient")))
                key += (row["modality"], row["date"])
                if key not in kept or m.confidence > kept[key][0]["confidence"]:
                    kept[key] = (row, features(m, len(article.text)))
    report = evaluate(gold, (row for row, _ in kept.values()))
    wrong = {id(extra) for extra in report.extras}
    return [(found, id(row) not in wrong) for row, found in kept.values()]


def fit(rows: list[Row], names: list[str]) -> np.ndarray:
    """Ridge logistic regression by Newton's method; weight 0 is the intercept."""
    x = np.array([[1.0] + [f.get(n, 0.0) for n in names] for f, _ in rows])
    y = np.array([right for _, right in rows], dtype=float)
    w = np.zeros(x.shape[1])
    ridge = L2 * np.diag([0.0] + [1.0] * len(names))
    for _ in range(100):
        p = 1 / (1 + np.exp(-x @ w))
        step = np.linalg.solve(
            x.T @ (x * (p * (1 - p))[:, None]) + ridge, x.T @ (p - y) + ridge @ w
        )
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def predict(w: np.ndarray, names: list[str], found: dict[str, float]) -> float:
    total = w[0] + sum(w[i + 1] * found.get(n, 0.0) for i, n in enumerate(names))
    return round(1 / (1 + math.exp(-total)), 2)  # as Calibration.confidence rounds


def feature_names(rows: list[Row]) -> list[str]:
    counts: dict[str, int] = defaultdict(int)
    for found, _ in rows:
        for name in found:
            counts[name] += 1
    return sorted(n for n, c in counts.items() if c >= MIN_ROWS)


def share(pairs: list[tuple[float, bool]]) -> str:
    sure = [right for p, right in pairs if p >= CONFIDENT]
    return f"{sum(sure)} of {len(sure)}" + (f" ({sum(sure) / len(sure):.2f})" if sure else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS), help="gold set names")
    args = parser.parse_args()
    extractor = Extractor(calibrated=False)
    rows = {name: scored_rows(name, extractor) for name in args.sets}
    lines = []
    # each set left out in turn, when there is another to fit on
    for held in args.sets if len(args.sets) > 1 else []:
        train = [r for name in args.sets if name != held for r in rows[name]]
        names = feature_names(train)
        w = fit(train, names)
        raw = [(f["score"], right) for f, right in rows[held]]
        fitted = [(predict(w, names, f), right) for f, right in rows[held]]
        brier = [sum((p - right) ** 2 for p, right in ps) / len(ps) for ps in (raw, fitted)]
        lines.append(
            f"#   {held}: right at >= {CONFIDENT}: raw {share(raw)}, calibrated "
            f"{share(fitted)}; Brier score {brier[0]:.3f} -> {brier[1]:.3f}"
        )
        print(lines[-1][4:])
    everything = [r for name in args.sets for r in rows[name]]
    names = feature_names(everything)
    w = fit(everything, names)
    header = [
        "# Confidence calibration: confidence = 1 / (1 + exp(-(intercept + sum of the",
        "# weights of an event's features))); features are named in",
        "# peninsula/extract/calibration.py. Written by eval/fit_calibration.py on",
        f"# {dt.date.today()} from {len(everything)} events of {', '.join(args.sets)}",
        f"# ({sum(r for _, r in everything)} right). Each set left out of the fit in turn:",
        *lines,
    ]
    body = [f"intercept: {w[0]:.4f}", "weights:"]
    body += [f"  {n}: {w[i + 1]:.4f}" for i, n in enumerate(names)]
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(names)} weights)")


if __name__ == "__main__":
    main()
