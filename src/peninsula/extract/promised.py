"""Threats aimed where the act they promise is aimed, and the promised act withheld.

"Seoul threatened to resume loudspeaker broadcasts": the threat names no one,
but the broadcasts it promises are aimed at the North (found from the site, not
the words, so the threat's own rule cannot see it). A threat whose verb found no
target is aimed at the target of the hostile act found below it, made by the
same state, on the day of the threatening. A warning that the warner's own state
will act is a threat too: "Miller warned that the United States would not
hesitate to impose new sanctions on Russia". The act a state threatens a state
with is the threat's alone (promised_only): it is read for the threat's target,
but not reported as an act that may come.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import infinitive, subject_of
from peninsula.extract.context import Context
from peninsula.extract.emit import implied_once
from peninsula.extract.threats import THREAT_VERBS, THREATENED_TYPES
from peninsula.extract.tokens import word_forms
from peninsula.models import Mention, Modality

# Confidence of a threat whose target is read from the act it promises.
PROMISED_CONFIDENCE = 0.7


def promised_threats(found: list[Mention], sentence: Span, ctx: Context) -> Iterator[Mention]:
    """The threats that the hostile acts among ``found`` were promised by."""

    def threatening(mention: Mention) -> tuple[Token, Modality] | None:
        if mention.event_type not in THREATENED_TYPES or mention.modality not in (
            Modality.FUTURE,
            Modality.HYPOTHETICAL,
        ):
            return None
        threat = _threat_of(ctx.doc[mention.trigger_index], mention, ctx)
        return None if threat is None else (threat, Modality.ASSERTED)

    yield from implied_once(found, "THREATEN", threatening, sentence, ctx, PROMISED_CONFIDENCE)


def promised_only(mention: Mention, ctx: Context) -> bool:
    """True for a hostile act told only as promised by its own state's threat: "Iran
    warned that it would impose sanctions on Iraq", "threatened to close the border"
    (the threat is the event; the act may never come). One aimed at no state stays:
    "vowed to build up its defences"."""
    return (
        mention.recipient is not None
        and mention.event_type in THREATENED_TYPES
        and mention.modality in (Modality.FUTURE, Modality.HYPOTHETICAL)
        and _threat_of(ctx.doc[mention.trigger_index], mention, ctx) is not None
    )


def _threat_of(act: Token, mention: Mention, ctx: Context) -> Token | None:
    """The threatening verb that promises ``act``: "threatened to resume the
    broadcasts"; or a warning that the act's own state will do it, "warned that the
    United States would (not hesitate to) impose sanctions" (not "warned that Iran
    would attack": another's act foretold)."""
    # (the parser may hang "to close" on "threatened on Thursday" as an adverbial clause)
    promised = act.dep_ == "xcomp" or (act.dep_ == "advcl" and infinitive(act))
    if promised and word_forms(act.head) & THREAT_VERBS:
        return act.head
    clause = act.head if act.dep_ == "xcomp" and act.head.dep_ == "ccomp" else act
    warner = clause.head
    if clause.dep_ != "ccomp" or not word_forms(warner) & THREAT_VERBS:
        return None
    subject = subject_of(warner)[0]
    warners = {a.code for a in np_actors(subject, ctx, None)}
    return warner if mention.actor.code in warners else None
