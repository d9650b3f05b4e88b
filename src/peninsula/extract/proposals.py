"""Joint acts proposed to another state: the proposal asks that state.

"Proposed talks" is a request, and the lexicon's proposing rule finds it by its
object. A proposal of any other joint act asks the other party just the same:
"proposed holding a football match with the North", "suggested sending envoys
to Pyongyang", "its proposal to restore the lines". The proposed act itself is
found as a future event; this module adds the request that proposed it, made
by the same state, to the same partner, on the day of the proposing.

An answer may name what it answers by a noun of asking: "turned down a personal
invitation from Seoul", "accepted a Russian request, made earlier this week".
The asker asked the one answering, on the noun's own date, or else within the
answer's month (the day told elsewhere in the text, if any, replaces it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from peninsula.dates import publication_date
from peninsula.extract.arguments import np_actors, others_than
from peninsula.extract.clauses import intent_noun, subject_of
from peninsula.extract.context import Context
from peninsula.extract.emit import emit, implied, implied_once, pairs_told
from peninsula.extract.lexicon import SYMMETRIC_TYPES, Lexicon
from peninsula.extract.modality import verb_modality
from peninsula.extract.phrases import reporting_verb
from peninsula.extract.reference import DEFINITE, IMPLICIT_TARGET_CHARS
from peninsula.extract.timing import event_date
from peninsula.extract.tokens import determined, of_objects, word_forms
from peninsula.extract.told_dates import first_date_within, own_phrase
from peninsula.extract.triggers import noun_rule
from peninsula.models import ActorRef, EventDate, Mention, Modality, Precision

# Acts one state may propose to do with or for another, which the other must
# accept (a proposed sanction asks nothing of its target).
PROPOSED_TYPES = frozenset({"CONSULT", "COOPERATE", "RETREAT", "AID"})
# How a proposed act hangs below the proposing word: "proposed holding talks",
# "proposed to hold", "a proposal to restore the lines", "suggested that they meet".
PROPOSED_DEPS = frozenset({"xcomp", "dobj", "ccomp", "acl"})
# Verbs of asking that a reply may turn down: "offered aid, but Iraq refused it",
# "asked for a one-day postponement, and Seoul accepted the request".
OFFERING_VERBS = frozenset({"offer", "invite", "ask", "request"})
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
        # "proposed on Monday dispatching its minister": the parser may make the
        # gerund, past a date, a clause of its own
        apart = (
            token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and not any(c.dep_ in ("mark", "prep") and c.i < token.i for c in token.children)
        )
        # ("offered in his New Year's Day speech to send a delegation": an infinitive,
        # past a phrase, likewise)
        apart = apart or (
            token.dep_ == "advcl"
            and token.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        )
        if (token.dep_ not in PROPOSED_DEPS and not apart) or token.head.i == token.i:
            return None
        token = token.head
        if word_forms(token) & (lexicon.proposing_words | lexicon.offering_words):
            return token
    return None


def proposal_requests(
    found: list[Mention], sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The requests the proposed joint acts among ``found`` were asked by."""

    def proposing(mention: Mention) -> tuple[Token, Modality] | None:
        recipient = mention.recipient
        if (
            mention.event_type not in PROPOSED_TYPES
            or mention.modality is not Modality.FUTURE
            or recipient is None
            or recipient.code == mention.actor.code
        ):
            return None
        proposer = proposing_word(ctx.doc[mention.trigger_index], lexicon)
        if proposer is None:
            return None
        if word_forms(proposer) & lexicon.offering_words and mention.event_type != "CONSULT":
            return None  # "offered to send aid": promised, not asked
        if proposer.pos_ not in ("VERB", "AUX"):
            return proposer, Modality.ASSERTED
        return proposer, verb_modality(proposer, lexicon)

    asked = [_from_proposer(m, ctx, lexicon) for m in found]
    yield from implied_once(asked, "REQUEST", proposing, sentence, ctx, PROPOSAL_CONFIDENCE)


def _from_proposer(mention: Mention, ctx: Context, lexicon: Lexicon) -> Mention:
    """A joint act told from the side of the state that proposed it: "Kim ... proposed
    that officials of the two sides meet" is asked by the North of the South, whichever
    side the meeting names first."""
    if mention.event_type not in SYMMETRIC_TYPES or mention.recipient is None:
        return mention
    proposer = proposing_word(ctx.doc[mention.trigger_index], lexicon)
    if proposer is None or proposer.pos_ not in ("VERB", "AUX"):
        return mention
    subject = subject_of(proposer)[0]
    when = mention.date.date if mention.date else ctx.published
    proposing = {a.code for a in np_actors(subject, ctx, when)} if subject is not None else set()
    if mention.recipient.code in proposing and mention.actor.code not in proposing:
        return replace(mention, actor=mention.recipient, recipient=mention.actor)
    return mention


# The confidence of an invitation read from the visit made at it.
INVITATION_CONFIDENCE = 0.75


# Visits an invitation is told for: paid, or still to come.
INVITED_MOODS = frozenset({Modality.ASSERTED, Modality.FUTURE})


def invited_visits(
    found: list[Mention], sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The invitations the visits among ``found`` were paid at: "visited China at
    the invitation of Xi Jinping", "At Putin's invitation, Kim arrived in Russia".
    The host asked the visitor, on the visit's day (the text gives the invitation
    no day of its own)."""
    asked = pairs_told(found, "REQUEST")
    for mention in found:
        if mention.event_type != "CONSULT" or mention.modality not in INVITED_MOODS:
            continue
        # a visit still to come was asked for by the time it is told: "agreed to visit
        # Seoul in the near future at my invitation," Moon told reporters on Wednesday
        asked_on = mention.date
        if mention.modality is Modality.FUTURE:
            root = sentence.root
            asked_on = event_date(root, sentence, ctx, Modality.ASSERTED) or publication_date(
                ctx.published
            )
        trigger = ctx.doc[mention.trigger_index]
        for invitation in _invitations_of(trigger, lexicon):
            owners = [c for c in invitation.children if c.dep_ == "poss"]
            hosts = [a for o in owners + of_objects(invitation) for a in np_actors(o, ctx, None)]
            parties = [mention.actor] + ([mention.recipient] if mention.recipient else [])
            guests = others_than(parties, hosts)
            pairs = {(h.code, g.code) for h in hosts for g in guests}
            # (a third state's invitation to others' meeting hosts no one: not asked)
            hosting = {h.code for h in hosts} <= {p.code for p in parties}
            if not guests or not hosts or not hosting or pairs <= asked:
                continue
            asked |= pairs
            yield from emit(
                "REQUEST",
                "meet",
                (),
                hosts,
                guests,
                Modality.ASSERTED,
                asked_on,
                invitation,
                sentence,
                ctx,
                INVITATION_CONFIDENCE,
            )


def _invitations_of(trigger: Token, lexicon: Lexicon) -> list[Token]:
    """The nouns of "at the invitation of ..." hung on a visit's word or its verb."""
    near = {trigger.i, trigger.head.i}
    return [
        noun
        for prep in trigger.sent
        if prep.dep_ == "prep" and prep.lower_ == "at" and prep.head.i in near
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.lemma_.lower() in lexicon.invitation_nouns
    ]


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


# Answers that say a proposal reached the one answering: refused, accepted (or
# granted), or left unanswered (a negated meeting, extract/replies.py).
ANSWER_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE", "CONSULT"})
# Answers that may name what they answer by a noun of asking: "turned down the
# offer", "accepted a Russian request" (a request granted is conceded).
NOUN_ANSWER_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE"})


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
        if answer.recipient is None:
            continue
        proposal = (
            earlier_proposal(ctx.doc[answer.trigger_index], [answer.actor], sentence, ctx, lexicon)
            if _answers_proposal(answer)
            else None
        )
        if proposal is None:
            if answer.event_type in NOUN_ANSWER_TYPES:
                yield from _asked_by_noun(answer, sentence, ctx, lexicon)
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


def _answers_proposal(answer: Mention) -> bool:
    """True for an answer that may answer a proposal told before it in the sentence:
    a refusal, an acceptance, or a meeting not held ("has yet to respond")."""
    return answer.event_type in ANSWER_TYPES and (
        answer.event_type != "CONSULT" or answer.modality is Modality.NEGATED
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


def _asked_by_noun(
    answer: Mention, sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The request that an answer names by a noun of asking was made to the one
    answering: "turned down a personal invitation from Seoul", "accepted a Russian
    request, made earlier this week", "rejected the offer" (told before).

    Dated by the noun's own date, else by the asker's proposing told earlier in the
    paragraph, else within the month of the answer (an invitation turned down on
    Thursday was made that month or before: only its month is claimed).
    """
    asker = answer.recipient
    verb = ctx.doc[answer.trigger_index]
    noun = _asked_noun(verb, lexicon)
    if (
        noun is None
        or asker is None
        or answer.date is None
        or answer.modality is not Modality.ASSERTED
        or _asked_before(asker, answer, ctx)
        or _own_asking(noun, answer, ctx)
    ):
        return
    date = _asking_date(noun, sentence, ctx)
    if date is None and determined(noun, DEFINITE):
        # "rejected the offer": the asker's offer told before, or none we can trust
        date = _proposed_before(noun, asker, ctx, lexicon)
        if date is None:
            return
    if date is None:
        precision = Precision.YEAR if answer.date.precision is Precision.YEAR else Precision.MONTH
        date = EventDate(answer.date.date, precision, answer.date.basis)
    yield from emit(
        "REQUEST",
        None,
        (),
        [asker],
        [answer.actor],
        Modality.ASSERTED,
        date,
        noun,
        sentence,
        ctx,
        PROPOSAL_CONFIDENCE,
    )


def _own_asking(noun: Token, answer: Mention, ctx: Context) -> bool:
    """True for an asking noun that is the answering state's own: "Pyongyang
    abandoned its demand that Seoul ...", "Iran dropped Iran's demand" (no one asked
    Pyongyang anything)."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return any(
        o.lower_ in ("its", "their")
        or answer.actor.code in {a.code for a in np_actors(o, ctx, ctx.published)}
        for o in owners
    )


def _asked_noun(verb: Token, lexicon: Lexicon) -> Token | None:
    """The noun of asking an answering verb takes: "turned down the offer", "agreed
    to Seoul's proposal"."""
    for child in verb.children:
        nouns = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ == "to":
            nouns = [g for g in child.children if g.dep_ == "pobj"]
        for noun in nouns:
            if word_forms(noun) & lexicon.asked_nouns and not _offer_to_give(noun, lexicon):
                return noun
    return None


def _offer_to_give(noun: Token, lexicon: Lexicon) -> bool:
    """True for an offer of something to be given, which promises rather than asks:
    "Seoul's offer of 50,000 tonnes of rice" (not "an offer of talks")."""
    offered = of_objects(noun)
    return bool(offered) and not any(
        (rule := noun_rule(thing, lexicon)) is not None and rule.type == "CONSULT"
        for thing in offered
    )


def _asked_before(asker: ActorRef, answer: Mention, ctx: Context) -> bool:
    """True when the article told the asker's request to the one answering just
    before the answer (the request is found already)."""
    return any(
        m.event_type == "REQUEST"
        and m.actor.code == asker.code
        and m.recipient is not None
        and m.recipient.code == answer.actor.code
        and 0 <= answer.start - m.start <= IMPLICIT_TARGET_CHARS
        for m in ctx.history
    )


def _asking_date(noun: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """A date in the noun's own phrase ("a request, made earlier this week"), not
    that of the act asked for ("an invitation for Kim to attend a summit this week")."""
    asked = {t.i for c in noun.subtree if c.tag_ == "VB" for t in c.subtree}
    return first_date_within(own_phrase(noun) - asked, sentence, ctx)


def _proposed_before(
    noun: Token, asker: ActorRef, ctx: Context, lexicon: Lexicon
) -> EventDate | None:
    """The date of the asker's proposing or offering told earlier in the paragraph,
    which a definite "the offer" names again."""
    asking = lexicon.proposing_words | OFFERING_VERBS
    for verb in reversed(ctx.doc[: noun.sent.start]):
        if verb.pos_ != "VERB" or not word_forms(verb) & asking:
            continue
        subject, _passive, _inherited = subject_of(verb)
        if any(a.code == asker.code for a in np_actors(subject, ctx, ctx.published)):
            return event_date(verb, verb.sent, ctx, Modality.ASSERTED)
    return None


# Meetings a door can be said to be open to: "the door to dialogue remains open".
DOOR_MEETINGS = frozenset({"dialogue", "talk", "negotiation", "diplomacy", "engagement"})
OPEN_WORDS = frozenset({"open", "opened"})
# The confidence of an offer told as an open door.
DOOR_CONFIDENCE = 0.7


def open_doors(
    found: list[Mention], sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The offers to meet told as a door left open: "its door to dialogue with the
    DPRK remained open", "the door of dialogue remains opened to the north" (by
    the door's owner, else the one who said it; to whom a "with" or "to" phrase
    names). A door told closed offers nothing."""
    asked = pairs_told(found, "REQUEST")
    for door in sentence:
        if door.lemma_.lower() != "door" or door.dep_ not in ("nsubj", "nsubjpass"):
            continue
        state = door.head
        opened = [
            c for c in state.children if c.dep_ in ("acomp", "oprd") and c.lower_ in OPEN_WORDS
        ]
        if not opened and state.lower_ not in OPEN_WORDS:
            continue
        if verb_modality(state, lexicon) is not Modality.ASSERTED:
            continue
        about = [t for t in door.subtree if t.i > door.i and t.lemma_.lower() in DOOR_MEETINGS]
        if not about:
            continue
        when = ctx.published
        owners = [a for c in door.children if c.dep_ == "poss" for a in np_actors(c, ctx, when)]
        speech = reporting_verb(state)
        if not owners and speech is not None:
            subject = subject_of(speech)[0]
            owners = np_actors(subject, ctx, when) if subject is not None else []
        told = [*door.subtree, *(t for o in opened for t in o.subtree)]
        partners = [
            g
            for t in told
            if t.dep_ == "prep" and t.lower_ in ("with", "to")
            for g in t.children
            if g.dep_ == "pobj"
        ]
        asked_of = others_than([a for g in partners for a in np_actors(g, ctx, when)], owners)
        asked_of = [a for a in asked_of if all((o.code, a.code) not in asked for o in owners)]
        yield from implied(
            "REQUEST",
            owners,
            asked_of,
            Modality.ASSERTED,
            speech or state,
            sentence,
            ctx,
            DOOR_CONFIDENCE,
        )


# Words by which a proposal's terms are told: "a roadmap under which the North would
# freeze its tests", "a plan whereby Seoul would halt its drills".
TERMS_MARKS = frozenset({"whereby"})
# Words a subject may be made of, read back from its "would": "the United States and
# South Korea would halt their drills".
SUBJECT_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "CCONJ", "PUNCT"})


def terms_proposed(
    found: list[Mention], sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The requests a proposal makes of each state its terms name as the one to act:
    "China and Russia proposed a "dual suspension", under which Pyongyang would freeze
    its tests and the United States and South Korea would halt their drills" asks the
    North and the two allies. Only a proposal a state makes ("proposed", "put
    forward"), only terms told with "would", not the proposer's own part."""
    opening = next(
        (
            t
            for t in sentence
            if t.lower_ in TERMS_MARKS
            or (t.lower_ == "which" and t.dep_ == "pobj" and t.head.lower_ == "under")
        ),
        None,
    )
    if opening is None:
        return
    proposing = next(
        (
            v
            for v in opening.ancestors
            if v.pos_ == "VERB"
            and (
                word_forms(v) & lexicon.proposing_verbs
                or (v.lemma_.lower() == "put" and any(c.lower_ == "forward" for c in v.children))
            )
        ),
        None,
    )
    if proposing is None or verb_modality(proposing, lexicon) is not Modality.ASSERTED:
        return
    when = ctx.published
    proposers = np_actors(subject_of(proposing)[0], ctx, when)
    if not proposers:
        return
    asked: dict[str, ActorRef] = {}
    for would in (t for t in sentence if t.i > opening.i and t.lower_ == "would"):
        start = would.i
        while start > opening.i + 1 and sentence.doc[start - 1].pos_ in SUBJECT_WORDS:
            before = sentence.doc[start - 1]
            if before.pos_ == "CCONJ" and sentence.doc[start - 2].dep_ in ("dobj", "pobj"):
                break  # "would withdraw its troops from Kuwait and Iran would ...": not Kuwait
            start -= 1
        for word in sentence.doc[start : would.i]:
            if word.pos_ in ("PROPN", "NOUN"):
                asked |= {a.code: a for a in np_actors(word, ctx, when)}
    recipients = others_than(list(asked.values()), proposers)
    told = pairs_told(found, "REQUEST")
    recipients = [r for r in recipients if not any((p.code, r.code) in told for p in proposers)]
    if recipients:
        yield from implied(
            "REQUEST",
            proposers,
            recipients,
            Modality.ASSERTED,
            proposing,
            sentence,
            ctx,
            PROPOSAL_CONFIDENCE,
        )
