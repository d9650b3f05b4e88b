"""Military help another state is said to give: an allegation against the giver.

"South Korea's spy agency said North Korea had sent 1,500 troops to Russia": the
troops sent are military aid to Russia, told as the agency tells it, and the
telling is South Korea's accusation of the North (docs/gold.md: claims of
another's troops abroad are ACCUSE, the deployment as reported AID). Only
troops and arms, only a state that is neither the giver nor the receiver, only
what the teller asserts, on the day it was told.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import subject_of
from peninsula.extract.context import Context
from peninsula.extract.emit import implied, pairs_told
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.modality import verb_modality
from peninsula.extract.tokens import first_conjunct
from peninsula.models import Mention, Modality

# Verbs by which a state tells what another did: "said", "claimed", "alleged".
TELLING_VERBS = frozenset(
    {"say", "claim", "allege", "assert", "report", "estimate", "believe", "confirm"}
)
# Confidence of an accusation read from the help it tells of.
ALLEGATION_CONFIDENCE = 0.7


def alleged_help(
    found: list[Mention], sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The accusations that the military help among ``found`` was told by."""
    accused = pairs_told(found, "ACCUSE")
    for mention in found:
        giver, receiver = mention.actor, mention.recipient
        if (
            mention.event_type != "AID"
            or "military" not in mention.contexts
            or mention.modality is not Modality.ASSERTED
            or receiver is None
        ):
            continue
        clause = first_conjunct(ctx.doc[mention.trigger_index])
        teller = clause.head
        if clause.dep_ != "ccomp" or teller.lemma_.lower() not in TELLING_VERBS:
            continue
        if verb_modality(teller, lexicon) is not Modality.ASSERTED:
            continue  # "may say", "did not say"
        speaker = subject_of(teller)[0]
        when = mention.date.date if mention.date else ctx.published
        tellers = [
            a
            for a in np_actors(speaker, ctx, when)
            if a.code not in {giver.code, receiver.code} and (a.code, giver.code) not in accused
        ]
        if not tellers:
            continue
        accused |= {(a.code, giver.code) for a in tellers}
        yield from implied(
            "ACCUSE",
            tellers,
            [giver],
            Modality.ASSERTED,
            teller,
            sentence,
            ctx,
            ALLEGATION_CONFIDENCE,
        )
