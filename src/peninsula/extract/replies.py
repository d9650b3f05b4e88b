"""Proposals and calls left unanswered: no meeting came of them.

"Seoul proposed talks, but Pyongyang has yet to respond", "the North had not
replied by early afternoon": a state that gives no answer to what another asked
of it has not met it (docs/gold.md: an unanswered call or offer is a negated
CONSULT). The lexicon's answering rules read an answer with its object ("did not
respond to the offer"); this module reads the bare verb, whose addressee is the
state that proposed something earlier in the sentence, or else the one that last
asked or protested to the silent state.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import subject_of
from peninsula.extract.context import Context
from peninsula.extract.emit import implied
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.modality import verb_modality
from peninsula.extract.proposals import OFFERING_VERBS, earlier_proposal
from peninsula.extract.reference import IMPLICIT_TARGET_CHARS
from peninsula.models import ActorRef, Mention, Modality

# Acts that ask a state for an answer, or complain to it.
ASKING_TYPES = frozenset({"REQUEST", "PROTEST", "ACCUSE"})
# Confidence of a silence read from a bare verb, whose addressee is inferred.
SILENCE_CONFIDENCE = 0.65
# Words of a reporter's question left unanswered: "did not immediately respond to a
# request for comment", "did not reply to questions from Reuters".
PRESS_INQUIRY_WORDS = frozenset({"comment", "question", "inquiry", "enquiry"})


def press_inquiry(verb: Token) -> bool:
    """True for an answer a reporter asked for: "did not immediately respond to a
    request for comment on the remarks"."""
    return any(c.dep_ == "advmod" and c.lower_ == "immediately" for c in verb.children) or any(
        t.lemma_.lower() in PRESS_INQUIRY_WORDS for t in verb.subtree
    )


def silent_replies(sentence: Span, ctx: Context, lexicon: Lexicon) -> Iterator[Mention]:
    """The meetings not held with those whose proposals a state left unanswered."""
    for verb in sentence:
        if (
            verb.lemma_.lower() not in lexicon.replying_verbs
            or verb.pos_ not in ("VERB", "AUX")
            or _answers_something(verb)
            or verb_modality(verb, lexicon) is not Modality.NEGATED
            or press_inquiry(verb)
        ):
            continue
        # (the parser may take "had not replied by early afternoon" for a passive)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        silent = np_actors(subject or subject_of(verb)[0], ctx, ctx.published)
        if not silent:
            continue
        askers = _askers(verb, silent, sentence, ctx, lexicon)
        if not askers:
            continue
        yield from implied(
            "CONSULT",
            silent,
            askers,
            Modality.NEGATED,
            verb,
            sentence,
            ctx,
            SILENCE_CONFIDENCE,
            dated=not _still_silent(verb),  # "has yet to respond": silent as of the report
        )


def silent_nouns(sentence: Span, ctx: Context, lexicon: Lexicon) -> Iterator[Mention]:
    """The meetings not held that "no reply from the North" tells: "there has been no
    response from Pyongyang", as of the report, with whoever asked it."""
    for noun in sentence:
        if noun.lemma_.lower() not in REPLY_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children
        ):
            continue
        silent = [a for g in _givers(noun) for a in np_actors(g, ctx, ctx.published)]
        askers = _askers(noun, silent, sentence, ctx, lexicon) if silent else []
        if not silent:
            # "notified Pyongyang of the plan, but received no reply": the one asked
            silent, askers = _asked_last(sentence, ctx)
        if askers:
            yield from implied(
                "CONSULT",
                silent,
                askers,
                Modality.NEGATED,
                noun,
                sentence,
                ctx,
                SILENCE_CONFIDENCE,
                dated=False,
            )


# Nouns of an answer, told not given: "no reply from the North".
REPLY_NOUNS = frozenset({"reply", "response", "answer"})
# Verbs by which an answer is given ("the North gave no reply") or had ("Seoul has
# received no reply from the North").
GIVING_VERBS = frozenset({"give", "send", "make", "offer"})
HEARING_VERBS = frozenset({"receive", "get", "hear", "have"})


def _givers(noun: Token) -> list[Token]:
    """Who would have given the answer ``noun`` names: its "from" phrase, or that of
    the verb it was (not) had by, or the subject of the verb that (not) gave it."""
    verb = noun.head if noun.dep_ == "dobj" else None
    holders = [noun, verb] if verb is not None and verb.lemma_ in HEARING_VERBS else [noun]
    found = [g for h in holders for p in h.children if p.lower_ == "from" for g in p.children]
    if not found and verb is not None and verb.lemma_ in GIVING_VERBS:
        found = [c for c in verb.children if c.dep_ == "nsubj"]
    return [g for g in found if g.dep_ in ("pobj", "nsubj")]


def _asked_last(sentence: Span, ctx: Context) -> tuple[list[ActorRef], list[ActorRef]]:
    """The state asked last, shortly before or in ``sentence``, and who asked it."""
    for mention, asked in _recent_asks(sentence, ctx, TELLING_VERBS):
        return [asked], [mention.actor]
    return [], []


def _recent_asks(
    sentence: Span, ctx: Context, verbs: frozenset[str]
) -> Iterator[tuple[Mention, ActorRef]]:
    """The acts told shortly before or in ``sentence``, last first, that asked a state
    something (or offered or told it something, by one of ``verbs``), each with the
    state asked."""
    start = ctx.offset + sentence.start_char
    for mention in reversed(ctx.history):
        if (
            0 <= start - mention.start <= IMPLICIT_TARGET_CHARS
            and mention.recipient is not None
            and (mention.event_type in ASKING_TYPES or mention.trigger_lemma in verbs)
        ):
            yield mention, mention.recipient


# Verbs that ask, offer or tell another state something it may answer.
TELLING_VERBS = OFFERING_VERBS | {"notify", "propose", "inform", "tell", "send", "deliver"}


def _askers(
    verb: Token, silent: list[ActorRef], sentence: Span, ctx: Context, lexicon: Lexicon
) -> list[ActorRef]:
    """Whom a silence answers: the proposer earlier in the sentence, else the last
    state that asked or protested to the silent one shortly before."""
    proposal = earlier_proposal(verb, silent, sentence, ctx, lexicon)
    if proposal is not None:
        return proposal[1]
    codes = {s.code for s in silent}
    # ("offered vaccines to the North last week. Pyongyang has not responded")
    for mention, asked in _recent_asks(sentence, ctx, OFFERING_VERBS):
        if asked.code in codes and mention.actor.code not in codes:
            return [mention.actor]
    return []


def _answers_something(verb: Token) -> bool:
    """True for an answer that says what it answers ("did not respond to the offer",
    which the lexicon reads) or how ("responded by firing"); not "to it"."""
    for child in verb.children:
        if child.dep_ == "dobj":
            return True
        if child.dep_ != "prep":
            continue
        if child.lower_ in ("to", "with") and any(
            g.dep_ == "pobj" and g.pos_ != "PRON" for g in child.children
        ):
            return True
        if child.lower_ == "by" and any(g.dep_ == "pcomp" for g in child.children):
            return True
    return False


def _still_silent(verb: Token) -> bool:
    """True for a silence told in the present perfect: "has not responded", "has
    yet to respond" (not "had not replied by early afternoon")."""
    told = verb.head if verb.dep_ == "xcomp" else verb
    if told.lemma_.lower() == "have" and told.tag_ in ("VBZ", "VBP"):
        return True  # "has yet to respond"
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in told.children)
