"""Press briefings told as a transcript: whose words each paragraph is.

A briefing's transcript opens each turn with its speaker's label: "Q: ..." and
"A: ...", or "QUESTION: ..." and "MS. ORTAGUS: ...". A question is the
reporter's: what it tells is reported like any news, but its "we" and its tone
are no state's. An answer is the briefer's own words, for the state the briefer
speaks for ("Foreign Ministry Spokesperson Geng Shuang's Regular Press
Conference": China), on the day of the briefing.
"""

from __future__ import annotations

import re
from functools import cache

from peninsula.actors.resolver import ActorMention
from peninsula.data import load_yaml

# Labels of a reporter's turn.
QUESTION_LABELS = frozenset({"Q", "QUESTION", "REPORTER", "JOURNALIST"})
# The longest speaker's label: "MAJ. GEN. PAT RYDER".
LABEL_CHARS = 40


# The most words of a label written as a name: "Maria Zakharova", "Mr. Ned Price".
LABEL_WORDS = 4
NAME_WORD = re.compile(r"[A-Z][A-Za-z.'-]*")


def speaker_label(paragraph: str) -> str | None:
    """The label a transcript's turn opens with ("Q", "A", "MS. ORTAGUS", "Question",
    "Maria Zakharova"), or None: words in capitals, or a few capitalised words,
    before a colon (not "SEOUL, Nov. 24 (Yonhap) --", nor "Iraq said: ...")."""
    head, colon, _rest = paragraph.lstrip().partition(":")
    label = head.strip()
    if not colon or not 0 < len(label) <= LABEL_CHARS:
        return None
    if not any(c.isalpha() for c in label):
        return None
    if any(c.isdigit() for c in label):
        return None  # "UPDATE 2", "10:15": a time or an edition, not a speaker
    words = label.split()
    named = len(words) <= LABEL_WORDS and all(NAME_WORD.fullmatch(w) for w in words)
    if label != label.upper() and not named:
        return None
    return label


@cache
def _outlet_labels() -> frozenset[str]:
    """The names news outlets go by, in capitals: a turn they label is a question
    (China's foreign ministry prints "AFP: ..." and "Reuters: ...")."""
    return frozenset(
        name.upper()
        for outlet in load_yaml("outlets.yaml")
        for name in (*outlet.get("names", ()), *outlet.get("datelines", ()))
    )


def asks(label: str, turn: str = "") -> bool:
    """True for a reporter's question: a turn labelled "Q" or by a news outlet, or
    one that ends by asking ("Bloomberg: ... Does China have any comment?")."""
    name = label.rstrip(".").upper()
    return name in QUESTION_LABELS or name in _outlet_labels() or turn.rstrip().endswith("?")


def is_transcript(text: str) -> bool:
    """True for a text of questions and answers, each turn labelled with its speaker."""
    turns = [(speaker_label(p), p) for p in text.split("\n\n")]
    questions = sum(1 for label, p in turns if label is not None and asks(label, p))
    answers = sum(1 for label, p in turns if label is not None and not asks(label, p))
    return questions > 0 and answers > 0


def briefer_named(mentions: dict[int, list[ActorMention]]) -> ActorMention | None:
    """The person a briefing's title or opening names first ("Foreign Ministry
    Spokesperson Geng Shuang's Regular Press Conference"), or else the body,
    whose state the answers speak for; a country named there is what the
    briefing is about."""
    ordered = sorted({m for found in mentions.values() for m in found}, key=lambda m: m.start)
    # a person before a body: "Foreign Ministry" alone may be any state's
    people = [m for m in ordered if m.entry.kind.value == "person"]
    bodies = [m for m in ordered if m.entry.kind.value != "country"]
    return next(iter(people + bodies), None)
