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
from peninsula.extract.clauses import intent_noun, subject_of
from peninsula.extract.context import Context
from peninsula.extract.emit import implied, pairs_told
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.modality import verb_modality
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
        intent = intent_noun(token) if token.dep_ == "advcl" else None
        if intent is not None and word_forms(intent) & lexicon.proposing_words:
            return intent  # "their proposal last month to restore the lines"
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
    asked = pairs_told(found, "REQUEST")
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
        yield from implied(
            "REQUEST",
            [mention.actor],
            [recipient],
            modality,
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
    found = earlier_proposal(verb, actors, sentence, ctx, lexicon)
    return found[1] if found is not None else []


def earlier_proposal(
    verb: Token, actors: list[ActorRef], sentence: Span, ctx: Context, lexicon: Lexicon
) -> tuple[Token, list[ActorRef]] | None:
    """The verb of proposing or offering earlier in the sentence that ``verb``
    answers, with the states that proposed (others than ``actors``)."""
    proposing = lexicon.proposing_words | OFFERING_VERBS
    for token in reversed(sentence[: verb.i - sentence.start]):
        if token.pos_ == "VERB" and word_forms(token) & proposing:
            subject, _passive, _inherited = subject_of(token)
            found = others_than(np_actors(subject, ctx, ctx.published), actors)
            if found:
                return token, found
    return None


# Answers that say a proposal reached the one answering: refused, accepted, or
# left unanswered (a negated meeting, extract/replies.py).
ANSWER_TYPES = frozenset({"REJECT", "AGREE", "CONSULT"})


def answered_requests(
    found: list[Mention], sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The requests that answers among ``found`` show were made to the one answering.

    "Seoul proposed on Monday to send envoys, but the North turned down the idea",
    "... but Pyongyang has yet to respond": whatever was proposed, the proposing
    asked the state that answers it. Made on the day of the proposing, unless the
    proposing verb already told an event aimed at that state ("offered aid").
    """
    for answer in found:
        if answer.event_type not in ANSWER_TYPES or answer.recipient is None:
            continue
        if answer.event_type == "CONSULT" and answer.modality is not Modality.NEGATED:
            continue
        proposal = earlier_proposal(
            ctx.doc[answer.trigger_index], [answer.actor], sentence, ctx, lexicon
        )
        if proposal is None:
            continue
        proposer, states = proposal
        asker = next((s for s in states if s.code == answer.recipient.code), None)
        if asker is None or _told_toward(proposer, answer.actor, sentence, ctx):
            continue
        modality = verb_modality(proposer, lexicon)
        yield from implied(
            "REQUEST",
            [asker],
            [answer.actor],
            modality,
            proposer,
            sentence,
            ctx,
            PROPOSAL_CONFIDENCE,
        )


def _told_toward(verb: Token, recipient: ActorRef, sentence: Span, ctx: Context) -> bool:
    """True when the verb already told an event aimed at the recipient."""
    start = ctx.offset + sentence.start_char
    return any(
        m.start == start
        and m.trigger_index == verb.i
        and m.recipient is not None
        and m.recipient.code == recipient.code
        for m in ctx.history
    )
