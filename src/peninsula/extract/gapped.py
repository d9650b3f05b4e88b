"""Acts a sentence tells again for another day with the verb left out: "The North
fired more than 60 rounds the next day and about 90 on Jan. 7" is a second
firing, on Jan. 7.

Only a count of the same thing joined to the verb's object, with a date of its
own after it, is read as the act again ("about 90 on Jan. 7", "90 rounds on Jan.
7"); a different thing with a date ("condemned the test and the launch in March")
is dated as that thing, and a date naming the thing ("the October 4 declaration")
is no day of an act.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from peninsula.extract.context import Context
from peninsula.extract.emit import emit
from peninsula.extract.told_dates import own_date
from peninsula.models import Mention, Modality


def gapped_repeats(found: list[Mention], sentence: Span, ctx: Context) -> Iterator[Mention]:
    """The acts among ``found`` told again for another day by a gapped count."""
    done: set[tuple[str, str, str | None, int]] = set()
    for mention in found:
        if mention.modality is not Modality.ASSERTED or mention.date is None:
            continue
        verb = ctx.doc[mention.trigger_index]
        recipient = mention.recipient
        aimed_at = recipient.code if recipient is not None else None
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for again in (c for c in obj.children if c.dep_ == "conj"):
                if again.pos_ != "NUM" and again.lemma_ != obj.lemma_:
                    continue
                if not any(t.ent_type_ == "DATE" and t.i > again.i for t in again.subtree):
                    continue  # ("the June 15 declaration and the October 4 declaration")
                date = own_date(again, sentence, ctx)
                key = (mention.event_type, mention.actor.code, aimed_at, again.i)
                if date is None or date == mention.date or key in done:
                    continue
                done.add(key)
                yield from emit(
                    mention.event_type,
                    mention.mode,
                    mention.contexts,
                    [mention.actor],
                    [recipient] if recipient is not None else [],
                    mention.modality,
                    date,
                    again,
                    sentence,
                    ctx,
                    mention.confidence,
                )
