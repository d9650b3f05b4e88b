"""Which event a noun names again, and so its sides and day: "the drills began
Monday" after combined drills were told, "the visit, which began on Sunday" after
talks in Beijing, "no such talks have been held", "the outcome of Kim's China
visit" after that visit was told with its day, "restored the lines" after the
lines were cut, "voted in favour" of the sanctions told before, "the accord" a
sentence named before, "any new sanctions" asked of the Council before, "the
January nuclear test" after the tests of one state were told.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from peninsula.actors.dictionary import country_names
from peninsula.extract.arguments import np_actors
from peninsula.extract.context import Context
from peninsula.extract.date_attachment import ORDINALS
from peninsula.extract.history_names import NAMED_AGAIN_CHARS, pact_parties_named
from peninsula.extract.lexicon import Lexicon, NounRule, load_lexicon
from peninsula.extract.noun_moods import never_held
from peninsula.extract.reference import latest_doers
from peninsula.extract.tokens import of_objects, prep_objects, word_forms
from peninsula.models import ActorRef, DateBasis, EventDate, Mention, Modality


def drilled_before(ctx: Context) -> list[ActorRef]:
    """The states of the last drill told, for "the drills" named again."""
    start = ctx.offset
    for mention in reversed(ctx.history):
        if mention.event_type == "MOBILIZE" and mention.mode == "troops":
            if start - mention.start > NAMED_AGAIN_CHARS:
                return []
            return list(
                {
                    m.actor.code: m.actor
                    for m in ctx.history
                    if m.start == mention.start
                    and m.event_type == "MOBILIZE"
                    and m.mode == "troops"
                }.values()
            )
    return []


def tested_before(ctx: Context) -> list[ActorRef]:
    """The one state whose weapons tests the text has told, for "the January nuclear
    test" or "the July 28 ICBM launch" named with no owner; none when tests of several states
    were told ("the U.S. and the South fired missiles in answer")."""
    testers = {
        m.actor.code: m.actor
        for m in ctx.history
        if m.event_type == "MOBILIZE" and m.mode == "weapons" and m.modality is Modality.ASSERTED
    }
    return list(testers.values()) if len(testers) == 1 else []


def met_before(
    ctx: Context, mode: str | None, noun: Token | None = None
) -> tuple[list[ActorRef], list[ActorRef]]:
    """The two sides of the last meeting told, for "the visit" or "the talks" named
    again; a visit is the visiting side's (the actor of the last visit, else of the
    last talks). A meeting that never took place was one planned: "agreed to meet
    Kim Young-sam ... The summit never took place"."""
    moods = (
        {Modality.ASSERTED, Modality.FUTURE} if noun and never_held(noun) else {Modality.ASSERTED}
    )
    return _sides_before(
        ctx,
        lambda m: (
            m.event_type == "CONSULT"
            and m.modality in moods
            and (mode is None or m.mode in (mode, None))
        ),
    )


# Words by which a meeting is the next of those its parties have been holding: "the
# next round of talks", "a new round of negotiations".
NEXT_WORDS = frozenset({"next", "new", "another", "fresh", "further"})


def _counts_in_series(modifier: Token, lexicon: Lexicon) -> bool:
    """True for a word that places a meeting in its series: "next", "new", or an
    ordinal on a part of a series ("the second round", "the 11th session"; not "his
    second summit with Trump", counted among his own)."""
    ordinal = modifier.lower_ in ORDINALS or re.fullmatch(r"\d+(st|nd|rd|th)", modifier.lower_)
    return modifier.dep_ == "amod" and (
        modifier.lower_ in NEXT_WORDS
        or (bool(ordinal) and bool(word_forms(modifier.head) & lexicon.series_part_nouns))
    )


# Nouns that set where or when a meeting is held: "the time and venue of the next
# round are to be decided".
SETTING_NOUNS = frozenset({"time", "date", "venue", "place", "timing", "location", "schedule"})


def next_of_its_kind(noun: Token) -> Token | None:
    """The verb that holds or begins a meeting named as the next of a series ("the
    next round of talks will be held": "held"; "the second phase of the talks
    opened"; "a third round that began on Monday": "began"), if one does."""
    counted = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    lexicon = load_lexicon()
    holding = lexicon.light_verbs | lexicon.occurrence_verbs
    # held or begun (not "to promote a new round of dialogue")
    verbs = [counted.head] if counted.dep_ in ("nsubj", "nsubjpass", "dobj") else []
    verbs += [
        c
        for held in {counted, noun}
        for c in held.children
        if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
    ]
    held_by = next((v for v in verbs if word_forms(v) & holding), None)
    if held_by is None and counted.lemma_.lower() in SETTING_NOUNS:
        held_by = counted  # "the time and venue of the next round": one to be held
    if held_by is None or not any(
        _counts_in_series(c, lexicon) for h in (noun, counted) for c in h.children
    ):
        return None
    return held_by


def series_part(noun: Token, lexicon: Lexicon) -> NounRule | None:
    """The meeting rule for a part of a series of talks named alone, held or begun:
    "at the end of a second phase that resumed on Sept. 13", "the third round opened
    on Monday" (not "a second round of shelling", which names its own act, nor "fired
    a second round")."""
    if (
        not word_forms(noun) & lexicon.series_part_nouns
        or of_objects(noun)
        or next_of_its_kind(noun) is None
    ):
        return None
    return next((r for r in lexicon.nouns if "talks" in r.lemmas and r.modifiers is None), None)


def parties_of_last_talks(ctx: Context, sentence: Span) -> list[ActorRef]:
    """All the states of the last talks told, for "the next round of talks will be
    held in Doha" after talks among Iran, Iraq, Kuwait and Qatar (about two
    paragraphs back at most); or of an agreement the sentence itself tells, reached
    at the meeting ("the statement was agreed by the four delegations at the end of a
    second phase")."""
    here = ctx.offset + sentence.start_char
    for mention in reversed(ctx.history):
        if ctx.offset - mention.start > NAMED_AGAIN_CHARS:
            break
        if mention.modality is not Modality.ASSERTED:
            continue
        if mention.event_type == "CONSULT" or (
            mention.event_type == "AGREE" and mention.start == here
        ):
            told = [
                m
                for m in ctx.history
                if m.start == mention.start and m.event_type == mention.event_type
            ]
            parties = {m.actor.code: m.actor for m in told}
            parties |= {m.recipient.code: m.recipient for m in told if m.recipient is not None}
            return list(parties.values())
    return []


def _sides_before(
    ctx: Context, fits: Callable[[Mention], bool], reach: int | None = NAMED_AGAIN_CHARS
) -> tuple[list[ActorRef], list[ActorRef]]:
    """The actor and recipient of the last act told that ``fits``, ``reach``
    characters back at most (about two paragraphs; None: anywhere before)."""
    for mention in reversed(ctx.history):
        if reach is not None and ctx.offset - mention.start > reach:
            break
        if mention.recipient is not None and fits(mention):
            return [mention.actor], [mention.recipient]
    return [], []


def such_before(event_type: str, ctx: Context) -> tuple[list[ActorRef], list[ActorRef]]:
    """The two sides of the last act of a kind told, for "no such talks" naming
    its kind again."""
    return _sides_before(ctx, lambda m: m.event_type == event_type)


def sanctioned_before(ctx: Context) -> list[ActorRef]:
    """The state the article's last sanctions were on, for "additional sanctions"
    (which may come well after them: a story tells the first penalty first)."""
    return _sides_before(ctx, lambda m: m.event_type == "SANCTION", reach=None)[1]


# Acts a state repeats, so that one told before is not the one named again.
RECURRING_TYPES = frozenset({"MOBILIZE"})


def told_before(
    event_type: str, owners: list[ActorRef], recipients: list[ActorRef], ctx: Context
) -> EventDate | None:
    """The date of the same act told before with its date: "Kim Jong-il's China visit
    last month ... the outcome of Kim Jong-il's China visit" is May's visit again.
    The same act has the same named actor (not Kim Il-sung's visit of 1991), and is
    no drill or test, which a state repeats."""
    if event_type in RECURRING_TYPES:
        return None
    # a person is the same person; a state ("the North Korean leader's trip") any
    # of its people
    states = country_names()
    owning = {o.name for o in owners} | {o.code for o in owners if o.name == states.get(o.code)}
    receiving = {r.code for r in recipients}
    for mention in reversed(ctx.history):
        if (
            mention.event_type == event_type
            and mention.modality is Modality.ASSERTED
            and {mention.actor.name, mention.actor.code} & owning
            and (mention.recipient.code if mention.recipient else None) in receiving | {None}
            and mention.date is not None
            and mention.date.basis is not DateBasis.PUBLICATION
        ):
            return mention.date
    return None


def channel_partners(
    obj: Token, actors: list[ActorRef], history: list[Mention], kinds: frozenset[str]
) -> list[ActorRef]:
    """The other party of a channel or pact named again ("the lines", "the treaty"):
    the partner of the actors in the last event of these kinds that named it."""
    acting = {a.code for a in actors}
    if len(acting) != 1:
        return []  # "the two Koreas restored their lines": the parties are named
    named = re.compile(rf"\b(?:hot)?{re.escape(obj.lemma_.lower())}s?\b", re.IGNORECASE)
    for mention in reversed(history):
        if mention.event_type not in kinds or mention.recipient is None:
            continue
        if not named.search(mention.event_text):
            continue
        pair = {mention.actor.code: mention.actor, mention.recipient.code: mention.recipient}
        if acting & set(pair) and set(pair) - acting:
            return [ref for code, ref in pair.items() if code not in acting]
    return []


def sanctions_voted(actors: list[ActorRef], history: list[Mention]) -> Mention | None:
    """The sanctions a vote in favour was for: the last imposed by another, a body."""
    acting = {a.code for a in actors}
    return next(
        (
            m
            for m in reversed(history)
            if m.event_type == "SANCTION"
            and m.actor.code not in acting
            and m.modality is Modality.ASSERTED
            and m.recipient is not None
        ),
        None,
    )


# Measures a state asks the Security Council for, which another may block.
COUNCIL_MEASURES = frozenset({"sanction", "sanctions", "resolution", "draft"})
# How far back a push at the Council for what is refused may have been told: its
# sanctions are an article's long thread (a few paragraphs).
COUNCIL_ASK_CHARS = 2000


def council_askers(
    actors: list[ActorRef], sentence: Span, ctx: Context, lexicon: Lexicon
) -> list[ActorRef]:
    """The states, other than ``actors``, that asked for what is blocked: the owner
    of a request in the sentence ("at Washington's request"), else the last state
    told asking the UN for something just before."""
    acting = {a.code for a in actors}
    for noun in sentence:
        if word_forms(noun) & lexicon.asked_nouns:
            owners = [
                a
                for c in noun.children
                if c.dep_ == "poss"
                for a in np_actors(c, ctx, ctx.published)
                if a.code not in acting
            ]
            if owners:
                return owners
    return latest_doers(
        actors,
        ctx.history,
        ctx.offset + sentence.start_char,
        lambda m: (
            m.event_type == "REQUEST" and m.recipient is not None and m.recipient.code == "UNO"
        ),
        COUNCIL_ASK_CHARS,
    )


def pact_named_before(
    pact: Token, sentence: Span, ctx: Context, when: dt.date | None, lexicon: Lexicon
) -> list[ActorRef]:
    """The states of the pact named earlier in the sentence that "the accord" stands
    for ("a 2018 inter-Korean military agreement ... the accord")."""
    if not any(c.lower_ in ("the", "that", "this") for c in pact.children):
        return []
    for noun in reversed(sentence[: pact.i - sentence.start]):
        if noun.lemma_.lower() in lexicon.pact_nouns and noun.pos_ == "NOUN":
            parties = [
                a
                for c in noun.children
                if c.dep_ in ("amod", "compound", "nmod", "poss")
                for a in np_actors(c, ctx, when)
            ]
            if parties:
                return parties
    return []


def pact_made_with(pact: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The states a relative clause on a pact says made it: "the ceasefire agreement
    it signed with Iraq" (it, and Iraq)."""
    makers = [
        c
        for clause in pact.children
        if clause.dep_ == "relcl"
        for c in clause.children
        if c.dep_ == "nsubj"
    ] + [
        g
        for clause in pact.children
        if clause.dep_ == "relcl"
        for g in prep_objects(clause, frozenset({"with"}))
    ]
    return [a for party in makers for a in np_actors(party, ctx, when)]


def pact_acted_on(obj: Token | None, particled: list[Token], lexicon: Lexicon) -> Token | None:
    """The pact a verb acts on: its object, or its particle's ("no longer bound by
    the accord"); else its object, whatever it is."""
    if obj is not None and obj.lemma_.lower() in lexicon.pact_nouns:
        return obj
    return next((g for g in particled if g.lemma_.lower() in lexicon.pact_nouns), obj)


def pact_parties(
    pact: Token, sentence: Span, ctx: Context, when: dt.date | None, lexicon: Lexicon
) -> list[ActorRef]:
    """The states of a pact acted on: those that made it by its relative clause ("the
    agreement it signed with Iraq"), or of the pact named earlier in the sentence
    that "the accord" stands for, or of the historic pact it names ("the
    Comprehensive Military Agreement")."""
    found = (
        pact_made_with(pact, ctx, when) or pact_named_before(pact, sentence, ctx, when, lexicon)
        if pact.lemma_.lower() in lexicon.pact_nouns
        else []
    )
    return found or pact_parties_named(pact)
