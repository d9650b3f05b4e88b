"""How sure to be of an extracted event: the rules' own score, calibrated on gold.

Each rule scores what it finds (0.8 for a verb with both parties named, less
for a pronoun actor or an implicit target, ...). On text the rules were not
written against, that score alone barely tells right events from wrong ones;
what does is how the event was found: whether it is asserted or only planned,
how its date was found (a stated day, a relative one, or none, so the day of
publication), how precise that date is, its type, how long its sentence is
and how far into the article it comes.

``Calibration`` turns those facts into the share of such events that were
right in our dev texts, by a logistic model whose weights are in
``data/calibration.yaml`` (fitted by ``eval/fit_calibration.py``): an event
given 0.8 is one of a kind that was right about four times in five in the dev
texts it was fitted on (less often on texts it was not: docs/gold.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from peninsula.data import load_yaml
from peninsula.errors import PeninsulaError
from peninsula.extract.lexicon import load_plover
from peninsula.models import Mention

# Words beyond which a sentence counts as long as this (the small parser's
# errors grow with length; a few very long sentences should not dominate).
MAX_WORDS = 60
# A typical sentence's length in words: the length feature is 1 for it, which
# keeps its weight on the scale of the others.
TYPICAL_WORDS = 30


class CalibrationError(PeninsulaError):
    """The packaged calibration file is malformed."""


def features(mention: Mention, article_chars: int) -> dict[str, float]:
    """The facts about a mention that the calibration weighs, by name."""
    found = {
        "score": mention.confidence,
        "words": min(len(mention.event_text.split()), MAX_WORDS) / TYPICAL_WORDS,
        "position": mention.start / max(article_chars, 1),
        f"type:{mention.event_type}": 1.0,
    }
    if mention.modality.value != "asserted":
        found[f"modality:{mention.modality.value}"] = 1.0
    date = mention.date
    if date is None:
        found["basis:none"] = 1.0
    else:
        if date.basis.value != "explicit":
            found[f"basis:{date.basis.value}"] = 1.0
        if date.precision.value != "day":
            found["precision:coarse"] = 1.0
    return found


def feature_names() -> frozenset[str]:
    """Every name ``features`` may give, for checking the weights file."""
    return frozenset(
        {"score", "words", "position", "basis:none", "basis:relative", "basis:publication"}
        | {"precision:coarse", "modality:future", "modality:hypothetical", "modality:negated"}
        | {f"type:{event_type}" for event_type in load_plover().quads}
    )


@dataclass(frozen=True)
class Calibration:
    """A logistic model over ``features``: intercept plus the weights of those present."""

    intercept: float
    weights: dict[str, float]

    def confidence(self, mention: Mention, article_chars: int) -> float:
        """The calibrated confidence of a mention, rounded to two places."""
        total = self.intercept + sum(
            self.weights.get(name, 0.0) * value
            for name, value in features(mention, article_chars).items()
        )
        return round(1 / (1 + math.exp(-total)), 2)


@lru_cache(maxsize=1)
def load_calibration() -> Calibration:
    """The packaged calibration (data/calibration.yaml)."""
    return parse_calibration(load_yaml("calibration.yaml"))


def parse_calibration(data: object) -> Calibration:
    """Check and build a calibration from its YAML mapping."""
    refit = "; re-run eval/fit_calibration.py"
    if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
        raise CalibrationError(f"calibration.yaml needs 'intercept' and a 'weights' mapping{refit}")
    unknown = [n for n in data["weights"] if str(n) not in feature_names()]
    if unknown:
        raise CalibrationError(f"calibration.yaml: unknown feature {unknown[0]!r}{refit}")
    try:
        return Calibration(
            float(data["intercept"]), {str(n): float(w) for n, w in data["weights"].items()}
        )
    except (KeyError, TypeError, ValueError) as error:
        raise CalibrationError(f"calibration.yaml: {error}{refit}") from None
