"""Press briefings told as a transcript: whose words each paragraph is.

A briefing's transcript opens each turn with its speaker's label: "Q: ..." and
"A: ...", or "QUESTION: ..." and "MS. ORTAGUS: ...". A question is the
reporter's: what it tells is reported like any news, but its "we" and its tone
are no state's. An answer is the briefer's own words, for the state the briefer
speaks for ("Foreign Ministry Spokesperson Geng Shuang's Regular Press
Conference": China), on the day of the briefing.
"""

from __future__ import annotations

from peninsula.actors.resolver import ActorMention

# Labels of a reporter's turn.
QUESTION_LABELS = frozenset({"Q", "QUESTION", "REPORTER", "JOURNALIST"})
# The longest speaker's label: "MAJ. GEN. PAT RYDER".
LABEL_CHARS = 40


def speaker_label(paragraph: str) -> str | None:
    """The label a transcript's turn opens with ("Q", "A", "MS. ORTAGUS"), or None:
    words in capitals before a colon (not "SEOUL, Nov. 24 (Yonhap) --")."""
    head, colon, _rest = paragraph.lstrip().partition(":")
    label = head.strip()
    if not colon or not 0 < len(label) <= LABEL_CHARS:
        return None
    if label != label.upper() or not any(c.isalpha() for c in label):
        return None
    if any(c.isdigit() for c in label):
        return None  # "UPDATE 2", "10:15": a time or an edition, not a speaker
    return label


def asks(label: str) -> bool:
    """True for the label of a reporter's question."""
    return label.rstrip(".") in QUESTION_LABELS


def is_transcript(text: str) -> bool:
    """True for a text of questions and answers, each turn labelled with its speaker."""
    labels = [speaker_label(p) for p in text.split("\n\n")]
    questions = sum(1 for label in labels if label is not None and asks(label))
    answers = sum(1 for label in labels if label is not None and not asks(label))
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
