"""How far the extractor carries to news it was not written for: ConfliBERT's
CAMEO-classed sentences (GPL-3, read from ../shared at run time, never copied).

Each of the 1,349 sentences of ``cameo_class_train.tsv`` carries one class:
0 and 1 verbal cooperation (statements, appeals, consultations), 2 material
cooperation, 3 verbal conflict, 4 material conflict. Most sentences are about
non-state actors or a single state's domestic affairs, which peninsula rightly
codes as nothing; the figures are for comparing extractor versions, not a
recall:

    .venv/bin/python eval/cameo_quads.py [--list FILE]

prints, per class, the share of sentences with any event, with an event on the
right side (cooperation or conflict), with one in the right quad, and with one
on the wrong side. ``--list`` writes each sentence's verdict and events, to
read the misses.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from peninsula.extract.events import Extractor
from peninsula.extract.lexicon import load_plover
from peninsula.models import Article

DATA = (
    Path(__file__).resolve().parent.parent.parent
    / "shared/datasets/conflibert_cameo_class/cameo_class_train.tsv"
)
QUADS = {
    "0": "verbal_cooperation",
    "1": "verbal_cooperation",
    "2": "material_cooperation",
    "3": "verbal_conflict",
    "4": "material_conflict",
}
# A fixed publication date: the check is about who did what, not when.
PUBLISHED = "2018-01-15"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", type=Path, help="write each sentence's verdict here")
    args = parser.parse_args()
    extractor = Extractor()
    quads = load_plover().quads
    counts: Counter[tuple[str, str]] = Counter()
    lines = []
    for row in DATA.read_text(encoding="utf-8").splitlines():
        text, _, label = row.rpartition("\t")
        label = label.strip()
        if label not in QUADS:
            continue
        wanted = QUADS[label]
        side = wanted.split("_")[1]
        found = extractor.extract(Article.from_text(text, uri="cameo:", published=PUBLISHED))
        got = {quads[m.event_type] for m in found}
        wrong = any(side not in quads[m.event_type] for m in found)
        counts[(label, "sentences")] += 1
        counts[(label, "any")] += bool(found)
        counts[(label, "side")] += any(side in q for q in got)
        counts[(label, "quad")] += wanted in got
        counts[(label, "wrong side")] += wrong
        verdict = "HIT" if wanted in got else "WRONG" if wrong else "OTHER" if found else "NONE"
        events = "; ".join(
            f"{m.event_type} {m.actor.code}->{m.recipient.code if m.recipient else '-'} "
            f"{m.modality.value}"
            for m in found
        )
        lines.append(f"{verdict}\t{label}\t{text}\t{events}")
    print(f"{'class':<24} {'n':>5} {'any':>6} {'side':>6} {'quad':>6} {'wrong side':>11}")
    for label, quad in QUADS.items():
        n = counts[(label, "sentences")]
        shares = [counts[(label, k)] / n for k in ("any", "side", "quad", "wrong side")]
        print(
            f"{label} {quad:<22} {n:>5} "
            + " ".join(f"{s:>6.2f}" for s in shares[:3])
            + (f" {shares[3]:>11.2f}")
        )
    if args.list:
        args.list.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
