"""Acts told as another's done again: "Seoul imposed sanctions on Wednesday. Tokyo
followed suit on Thursday" (Japan sanctioned the North too, on Thursday).

The act followed is the last one told as done, just before, on a state other than
the follower: its type, mode and target are the follower's, on the follower's own
day. Another body of the same state may follow ("the lower house adopted a
resolution condemning the launch, and the upper house followed suit Friday").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import subject_of
from peninsula.extract.context import Context
from peninsula.extract.emit import emit
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.modality import verb_modality
from peninsula.extract.reference import IMPLICIT_TARGET_CHARS
from peninsula.extract.timing import event_date
from peninsula.models import Mention, Modality

# Confidence of an act read from the one it follows.
FOLLOWING_CONFIDENCE = 0.6


def _follows_suit(verb: Token) -> bool:
    """True for "followed suit", "will follow suit"."""
    return verb.lemma_.lower() == "follow" and any(
        c.dep_ == "dobj" and c.lower_ == "suit" for c in verb.children
    )


# Acts a state is told as "also" doing in the same words as another just before.
ECHOED_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})


def _also_done(verb: Token, start: int, ctx: Context) -> Mention | None:
    """The act just before that "also" says a verb does again in the same words,
    when the verb names no one: "China expressed regret over the launch ... Russia
    also voiced regret" (the regret over the launch, by Russia)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return None
    said = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if said is None or any(m.start == start and m.trigger_index == verb.i for m in ctx.history):
        return None  # nothing said, or told in its own words
    words = re.compile(rf"\b{re.escape(said.lower_)}\b")
    for m in reversed(ctx.history):
        if not 0 < start - m.start <= IMPLICIT_TARGET_CHARS:
            break
        if m.event_type in ECHOED_TYPES and words.search(m.event_text.lower()):
            return m
    return None


def followed_suit(sentence: Span, ctx: Context, lexicon: Lexicon) -> Iterator[Mention]:
    """The acts "followed suit" tells: the last act told, done by the follower; and
    those "also" tells in the words of the last ("Russia also voiced regret")."""
    start = ctx.offset + sentence.start_char
    for verb in sentence:
        echoed = _also_done(verb, start, ctx)
        if not _follows_suit(verb) and echoed is None:
            continue
        subject, _passive, _inherited = subject_of(verb)
        actors = np_actors(subject, ctx, ctx.published) if subject is not None else []
        acting = {a.code for a in actors}
        done = [
            m
            for m in ctx.history
            if 0 <= start - m.start <= IMPLICIT_TARGET_CHARS
            and (m.start < start or m.trigger_index < verb.i)
            and m.modality is Modality.ASSERTED
            and m.recipient is not None
            and m.recipient.code not in acting
        ]
        if echoed is not None:
            done = [m for m in done if m.event_type == echoed.event_type]
        if not actors or not done:
            continue
        last = done[-1]
        targets = [m.recipient for m in done if m.trigger == last.trigger and m.recipient]
        modality = verb_modality(verb, lexicon)
        yield from emit(
            last.event_type,
            last.mode,
            last.contexts,
            actors,
            targets,
            modality,
            event_date(verb, sentence, ctx, modality),
            verb,
            sentence,
            ctx,
            FOLLOWING_CONFIDENCE,
        )
