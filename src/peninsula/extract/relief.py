"""Whom aid goes to when its sentence names no receiver: the state the story is about.

A relief story names the stricken state in its title and lead and then lists the
givers: "China announced on Saturday emergency aid worth 10 million yuan",
"Seoul decided to send $1 million worth of relief goods". Each gift goes to the
state the text has named most, when it has named that one far more often than
any other (a story about two states' aid to a third may not say which).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from spacy.tokens import Token

from peninsula.extract.arguments import actor_ref
from peninsula.extract.context import Context
from peninsula.models import ActorRef

# How often the story's state must be named, and how many times more often than
# the next state, for an unnamed receiver to be taken as that state.
STORY_STATE_NAMINGS = 3
STORY_STATE_LEAD = 2


# Words for help whose object is the one helped: "helped the victims" tells a
# receiver, and "help rebuild the railways" tells what is helped, not a gift.
HELPING_VERBS = frozenset({"help", "assist", "aid"})
# The stricken state's own people, helped: "to help those affected", "the victims".
STRICKEN_PEOPLE = frozenset({"those", "victim", "people", "survivor", "family", "resident"})


def story_state(trigger: Token, actors: list[ActorRef], ctx: Context) -> list[ActorRef]:
    """The state the text has named far more than any other, up to ``trigger``,
    other than the givers, when the aid tells no receiver at all (not "relief to
    border communities"); none when no one state leads."""
    if _receiver_told(trigger):
        return []
    giving = {a.code for a in actors}
    named = ctx.named_states + countries_named(ctx, ctx.published, before=trigger.i)
    named = [s for s in named if s.code not in giving]
    counts = Counter(s.code for s in named).most_common(2)
    if not counts or counts[0][1] < STORY_STATE_NAMINGS:
        return []
    if len(counts) > 1 and counts[0][1] < STORY_STATE_LEAD * counts[1][1]:
        return []
    return [next(s for s in reversed(named) if s.code == counts[0][0])]


def countries_named(
    ctx: Context, when: dt.date | None, before: int | None = None
) -> list[ActorRef]:
    """The states the paragraph names by a country's name, in order (those named
    before token ``before``, if given)."""
    told = {m for index, ms in ctx.mentions.items() if before is None or index < before for m in ms}
    return [
        ref
        for m in sorted(told, key=lambda m: m.start)
        if m.entry.kind.value == "country"
        and (ref := actor_ref(m, ctx.doc[m.end - 1], ctx.doc[m.end - 1], ctx, when))
    ]


def _receiver_told(trigger: Token) -> bool:
    """True when the aid's words name a receiver, state or not: "to border
    communities", "gave the victims", "helped the town", "help rebuild" (not "help
    those affected": its people)."""
    for child in trigger.children:
        if child.dep_ == "dative":
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "for", "into"):
            if any(g.dep_ == "pobj" for g in child.children):
                return True
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in HELPING_VERBS:
        return False
    # ("aiding and abetting crimes": the object of the pair)
    joined = [trigger, *(c for c in trigger.children if c.dep_ == "conj")]
    return any(
        c.dep_ in ("xcomp", "ccomp")
        or (c.dep_ == "dobj" and c.lemma_.lower() not in STRICKEN_PEOPLE)
        for verb in joined
        for c in verb.children
    )
