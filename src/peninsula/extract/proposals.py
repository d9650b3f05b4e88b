"""Joint acts proposed to another state: the proposal asks that state.

"Proposed talks" is a request, and the lexicon's proposing rule finds it by its
object. A proposal of any other joint act asks the other party just the same:
"proposed holding a football match with the North", "suggested sending envoys
to Pyongyang", "its proposal to restore the lines". The proposed act itself is
found as a future event; this module adds the request that proposed it, made
by the same state, to the same partner, on the day of the proposing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.extract.arguments import np_actors, others_than
from peninsula.extract.clauses import subject_of
from peninsula.extract.context import Context
from peninsula.extract.emit import emit
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.modality import verb_modality
from peninsula.extract.timing import event_date
from peninsula.extract.tokens import word_forms
from peninsula.models import ActorRef, Mention, Modality

# Acts one state may propose to do with or for another, which the other must
# accept (a proposed sanction asks nothing of its target).
PROPOSED_TYPES = frozenset({"CONSULT", "COOPERATE", "RETREAT", "AID"})
# How a proposed act hangs below the proposing word: "proposed holding talks",
# "proposed to hold", "a proposal to restore the lines", "suggested that they meet".
PROPOSED_DEPS = frozenset({"xcomp", "dobj", "ccomp", "acl"})
# Verbs of asking that a reply may turn down: "offered aid, but Iraq refused it".
OFFERING_VERBS = frozenset({"offer", "invite"})
# Confidence of a request read from the act it proposes, a step removed from the
# verb a request rule reads.
PROPOSAL_CONFIDENCE = 0.7


def proposing_word(trigger: Token, lexicon: Lexicon) -> Token | None:
    """The verb or noun of proposing that the trigger's act hangs below, at most
    two steps up ("proposed holding a match": holding, then proposed)."""
    token = trigger
    for _ in range(2):
        if token.dep_ not in PROPOSED_DEPS or token.head.i == token.i:
            return None
        token = token.head
        if word_forms(token) & lexicon.proposing_words:
            return token
    return None


def proposal_requests(
    found: list[Mention], sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The requests the proposed joint acts among ``found`` were asked by."""
    asked = {
        (m.actor.code, m.recipient.code)
        for m in found
        if m.event_type == "REQUEST" and m.recipient is not None
    }
    for mention in found:
        recipient = mention.recipient
        if (
            mention.event_type not in PROPOSED_TYPES
            or mention.modality is not Modality.FUTURE
            or recipient is None
            or recipient.code == mention.actor.code
            or (mention.actor.code, recipient.code) in asked
        ):
            continue
        proposer = proposing_word(ctx.doc[mention.trigger_index], lexicon)
        if proposer is None:
            continue
        modality = (
            verb_modality(proposer, lexicon)
            if proposer.pos_ in ("VERB", "AUX")
            else Modality.ASSERTED
        )
        asked.add((mention.actor.code, recipient.code))
        yield from emit(
            "REQUEST",
            None,
            (),
            [mention.actor],
            [recipient],
            modality,
            event_date(proposer, sentence, ctx, modality),
            proposer,
            sentence,
            ctx,
            PROPOSAL_CONFIDENCE,
        )


def earlier_proposers(
    verb: Token, actors: list[ActorRef], sentence: Span, ctx: Context, lexicon: Lexicon
) -> list[ActorRef]:
    """The states that proposed or offered something earlier in the sentence that
    a refusal answers: "Seoul proposed holding a match, but the North turned down
    the idea" (the last such state other than the one refusing)."""
    proposing = lexicon.proposing_words | OFFERING_VERBS
    for token in reversed(sentence[: verb.i - sentence.start]):
        if token.pos_ == "VERB" and word_forms(token) & proposing:
            subject, _passive, _inherited = subject_of(token)
            found = others_than(np_actors(subject, ctx, ctx.published), actors)
            if found:
                return found
    return []
