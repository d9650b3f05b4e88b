"""Refusals aimed where the act refused is aimed.

"Seoul has refused to restart the tours": the refusal names no one, but the
tours it refuses are run with the North, which an earlier sentence told (found
for the act refused, not for the refusing verb). A refusing verb that found no
target refuses the state its refused act, told as not done, was to be done with
or for, on the day of the refusing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.extract.context import Context
from peninsula.extract.emit import implied_once
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.triggers import verb_rule
from peninsula.models import Mention, Modality

# Acts whose refusal is no one's refusal: declining to criticise a launch is a
# charge not made (docs/gold.md), and declining to punish it a penalty not
# imposed, not a state turned down.
JUDGING_TYPES = frozenset({"ACCUSE", "THREATEN", "SANCTION"})
# Confidence of a refusal whose target is read from the act refused.
REFUSED_CONFIDENCE = 0.7


def refused_acts(
    found: list[Mention], sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The refusals that the acts among ``found`` told as refused imply."""

    def refusing(mention: Mention) -> tuple[Token, Modality] | None:
        act = ctx.doc[mention.trigger_index]
        if (
            mention.modality is not Modality.NEGATED
            or mention.event_type in JUDGING_TYPES
            or act.dep_ != "xcomp"
        ):
            return None
        done, _obj = verb_rule(act, lexicon, ctx.mentions)
        if done is not None and done.reverse:
            return None  # "refused to accept aid from the South": the giver refuses nothing
        rule, _obj = verb_rule(act.head, lexicon, ctx.mentions)
        if rule is None or rule.type != "REJECT" or rule.answers:
            return None  # ("denied supplying arms": a claim denied, not a refusal)
        return act.head, Modality.ASSERTED

    yield from implied_once(found, "REJECT", refusing, sentence, ctx, REFUSED_CONFIDENCE)
