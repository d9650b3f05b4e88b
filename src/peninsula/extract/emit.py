"""Turn a found event into mentions: one per actor-recipient pair, with its date,
confidence and evidence.

``emit`` takes what a trigger rule found (type, actors, recipients, modality,
date) and yields the mentions of the export contract, or none when the event
lacks what its type needs (an accusation needs a target state). ``threat_of_force``
adds the threat a state makes when it says it will or may use force.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from peninsula.dates import publication_date
from peninsula.extract.arguments import np_actors
from peninsula.extract.asked import (
    act_verb,
    asked_for,
    asked_in_a_demand_given_up,
    demanded,
    proposed_under,
    spelled_out,
)
from peninsula.extract.clauses import complement_governor, infinitive
from peninsula.extract.context import Context
from peninsula.extract.history_names import pact_parties_named
from peninsula.extract.lexicon import SYMMETRIC_TYPES, load_lexicon, load_plover
from peninsula.extract.modality import TOLD_NOUNS, premise, thwarted
from peninsula.extract.phrases import SPEECH_VERBS, reporting_verb
from peninsula.extract.relief import story_state
from peninsula.extract.story_dates import (
    FIGHTING_TYPES,
    VERBAL_TYPES,
    answered_just_before,
    context_date,
)
from peninsula.extract.threats import threat_said
from peninsula.extract.timing import (
    coordinated_dates,
    event_date,
    now_told,
)
from peninsula.extract.tokens import THIRD_PERSON, past_tense, present_tense, word_forms
from peninsula.extract.told_dates import counted_occasions, lasting_since, own_date
from peninsula.extract.undated import owned_up_to, pact_made_before, undated_past
from peninsula.models import ActorRef, DateBasis, EventDate, Mention, Modality, Precision

# Modalities of what is still to come or only may be.
PLANNED = frozenset({Modality.FUTURE, Modality.HYPOTHETICAL})

# Types that can be reported without a target state: a missile test, a drill.
UNDIRECTED_OK = frozenset({"MOBILIZE"})


def emit(
    event_type: str,
    mode: str | None,
    contexts: tuple[str, ...],
    actors: list[ActorRef],
    recipients: list[ActorRef],
    modality: Modality,
    date: EventDate | None,
    trigger: Token,
    sentence: Span,
    ctx: Context,
    confidence: float,
    aimed: bool = False,
) -> Iterator[Mention]:
    """The mentions of one event found by a trigger, one per actor-recipient pair;
    ``aimed`` keeps the target of a readiness that answers another state's act."""
    if not actors:
        return
    if event_type in UNDIRECTED_OK and not aimed:
        recipients = []  # a test or a drill has no target, whoever it is aimed at
    actor_codes = {a.code for a in actors}
    others = [r for r in recipients if r.code not in actor_codes]
    pact = _pact_over(trigger)
    if not others and event_type not in UNDIRECTED_OK and pact is not None:
        # "signed an agreement with Washington ... Under the deal, North Korea will
        # freeze its nuclear program": a step promised to the other party to the pact
        # ("the 1994 accord under which Pyongyang froze its program": its named party)
        named = [p for p in pact_parties_named(pact) if p.code not in actor_codes]
        # ("Under a deal struck in Beijing, Seoul agreed ...": a deal told anew, not
        # the last one told; but "signed a pact under which ..." is the one signed)
        anew = pact.dep_ == "pobj" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in pact.children
        )
        others = recipients = named or ([] if anew else _pact_partners(actor_codes, ctx.history))
    paired = event_type in SYMMETRIC_TYPES and len(actor_codes) >= 2
    # "dismantled its nuclear test site": disarming needs no target either, once
    # done, nor leaving a treaty or talks of many ("walked out of the six-party
    # talks"); arms to be given up are given up to someone ("urged the North to
    # give up its nuclear ambitions" is the asking, with its target)
    undirected = event_type in UNDIRECTED_OK or (
        modality is Modality.ASSERTED
        and (event_type, mode) in (("RETREAT", "disarm"), ("SANCTION", "withdraw"))
    )
    if event_type == "AID" and not others and not paired:
        # "China announced emergency aid worth 10 million yuan": to the stricken state
        others = recipients = story_state(trigger, actors, ctx)
    if not others and not paired and not undirected:
        offered_to = told_offer(trigger) if event_type == "CONSULT" else None
        if offered_to is not None and modality is Modality.FUTURE:
            # "Kim told Medvedev that Pyongyang is ready to return to the six-party
            # talks": talks of many offered to the one told, a request to him
            ready, addressees = offered_to
            asked = [a for h in addressees for a in np_actors(h, ctx, ctx.published)]
            yield from _offer_made(ready, contexts, actors, asked, sentence, ctx, confidence)
        return  # an accusation, a visit, a sanction ... needs a target state
    if event_type == "RETREAT" and not others:
        confidence -= 0.1  # whom a step back answers is left unsaid
    pairs: list[tuple[ActorRef, ActorRef | None]] = []
    if event_type in SYMMETRIC_TYPES and len(actors) >= 2 and not others:
        # "Seoul and Washington reaffirm their alliance": the pairs themselves
        pairs += [(a, b) for n, a in enumerate(actors) for b in actors[n + 1 :] if a.code != b.code]
    else:
        for actor in actors:
            targets = [r for r in recipients if r.code != actor.code]
            pairs += [(actor, r) for r in targets] or [(actor, None)]
    if (
        modality is Modality.NEGATED
        and load_plover().quads[event_type] == "verbal_conflict"
        and not declined(trigger)
    ):
        return  # "has not ruled out talks", "did not condemn": no demand, charge,
        # refusal or threat was made (none of our first 1,734 gold lines is one); one
        # declined is told as withheld ("declined to criticize the launch": the cold
        # set's writer codes it a negated ACCUSE)
    if event_type == "ACCUSE" and modality in (Modality.FUTURE, Modality.HYPOTHETICAL):
        return  # "would oppose such a move", "will regard it as a declaration of war":
        # a charge not yet made is no event (one of our 161 gold charges is to come)
    if (
        modality in (Modality.FUTURE, Modality.HYPOTHETICAL)
        and asked_for(trigger, actors, ctx)
        and not all(a.sector == "IGO" for a in actors)
    ):
        return  # "urged Iraq to free the prisoners", "pressed China to enforce the
        # sanctions": the asking is the event; what was asked of a state is no plan of
        # its own (one asked of the Security Council, "asked the Council to impose
        # sanctions", is the body's business: a draft before it)
    if asked_in_a_demand_given_up(trigger):
        return  # "dropped its insistence that Seoul put off its drills": asked, not done
    if modality is Modality.HYPOTHETICAL and proposed_under(trigger):
        return  # "Under the proposal, the U.S. would conclude a treaty": proposed only
    if spelled_out(trigger):
        return  # "a 'freeze for freeze' plan, that is, Iran suspends its tests": proposed
    if modality is Modality.HYPOTHETICAL and demanded(trigger):
        return  # "The U.S. must stop its provocations", "North Korea should release the
        # Americans": a demand of the speaker's, not an act that may come
    if modality is Modality.HYPOTHETICAL and premise(trigger):
        return  # "if the U.S. dares to invade": supposed, not reported (an act the
        # premise marks as planned, "if the planned drills go ahead", is future: it stays)
    if owned_up_to(trigger):
        return  # "admitted in 2002 that it had kidnapped 13 Japanese": the deed is of
        # some earlier time the text does not give, not the admission's
    if modality is Modality.ASSERTED and pact_made_before(trigger):
        return  # "scrapped the pact it signed with Iraq": made on a day not given
    if date is None and modality is not Modality.FUTURE and undated_past(trigger):
        return  # it happened, but the text says not when ("plans to regularly stage
        # drills" is a plan, made now)
    if (
        (date is None or date.basis is DateBasis.PUBLICATION)
        and _describing(trigger)
        and present_tense(trigger)
    ):
        return  # "China, which supplies most of the North's oil": a habit described;
        # "Resolution 2375, which caps oil imports and bans textile exports": a text;
        # "the sinking, an attack Seoul blames on a North Korean torpedo": a standing
        # charge, dated by no more than the story's day
    if modality is Modality.ASSERTED and _after_telling(date, ctx):
        date = None  # "He proposed ... the North's participation in the Olympics next
        # February": a time of what was proposed; an act told done was done by its telling
    if date is None:
        date = _date_from_context(
            event_type, modality, actors, trigger, sentence, ctx
        ) or publication_date(ctx.published)
        if modality in (Modality.FUTURE, Modality.ASSERTED) and trigger.dep_ == "acl":
            # "Seoul's announcement on Wednesday that it would halt operations": the
            # plan (or the halt it decides) is dated on the day it was announced
            told = trigger.head
            if told.lemma_.lower() in TOLD_NOUNS:
                date = event_date(told, sentence, ctx, Modality.ASSERTED) or date
    elif date.basis.value != "publication":
        confidence += 0.05
    if event_type == "MOBILIZE" and mode == "troops" and len(actor_codes) >= 2:
        # "The U.S. and the ROK staged drills": states that drill together
        # cooperate militarily.
        yield from emit(
            "COOPERATE",
            None,
            ("military",),
            actors,
            [],
            modality,
            date,
            trigger,
            sentence,
            ctx,
            confidence - 0.1,  # derived from the drill, not read
        )
    offer = offering_head(trigger) if event_type == "CONSULT" else None
    if offer is not None and modality is Modality.FUTURE:
        # "is ready to hold talks with Iraq": an offer to meet, made when said
        yield from _offer_made(offer, contexts, actors, recipients, sentence, ctx, confidence)
        if not _timed_offer(offer):
            return  # the talks offered have no time of their own: only the offer is told
    start = ctx.offset + sentence.start_char
    # "tested missiles on Jan. 5 and Jan. 11": an act on each day; "met three times
    # in 2018: on April 27, on May 26 and in September", on each day listed
    dates: list[EventDate | None] = [date]
    if date is not None and modality is Modality.ASSERTED:
        listed = counted_occasions(trigger, sentence, ctx, date)
        dated_by = _carrier(trigger)  # "held two summits, in Singapore in June 2018 and ..."
        dates = [*listed] if listed else [*dates, *coordinated_dates(dated_by, sentence, ctx, date)]
    emitted: set[tuple[object, ...]] = set()
    for (actor, recipient), day in ((pair, day) for day in dates for pair in pairs):
        pair = (actor.code, recipient.code if recipient else None)
        key = (frozenset(pair) if event_type in SYMMETRIC_TYPES else pair, day)
        if key in emitted:
            continue
        emitted.add(key)
        yield Mention(
            article_id=ctx.article.id,
            event_type=event_type,
            mode=mode,
            contexts=contexts,
            actor=actor,
            recipient=recipient,
            modality=modality,
            date=day,
            event_text=ctx.article.text[start : start + len(sentence.text)],
            start=start,
            end=start + len(sentence.text),
            # one act on another day of the same words has its own identity
            trigger=f"{trigger.lemma_.lower()}@{trigger.i}"
            + (f"#{day.iso()}" if day is not None and day != date else ""),
            confidence=round(max(0.05, min(0.99, confidence)), 2),
        )


def _carrier(trigger: Token) -> Token:
    """The verb that carries an event noun and the times told of it ("held two
    summits, in Singapore in June 2018 and in Hanoi in February 2019"), or the
    trigger itself."""
    verb = trigger.head
    if trigger.dep_ == "dobj" and word_forms(verb) & load_lexicon().light_verbs:
        return verb
    return trigger


# Words by which a state offers to do something: "is ready to hold talks".
OFFERING_HEADS = frozenset({"ready", "willing", "prepared", "open", "eager"})


def offered_meeting(noun: Token) -> Token | None:
    """The "open" or "ready" that offers a meeting by its noun, a predicate of the
    one offering: "Washington is open to talks", "is ready for dialogue"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "for"):
        return None
    head = noun.head.head
    if head.lemma_.lower() in OFFERING_HEADS and head.dep_ == "acomp":
        return head
    if head.lemma_.lower() == "door":
        # "the door to talks remained open": an open door offers the talks it leads to
        return next(
            (c for c in head.head.children if c.lower_ == "open" and c.dep_ in ("acomp", "oprd")),
            None,
        )
    # "left the door open to talks", "keeps the door open for dialogue"
    held_open = (
        [head.head] if head.dep_ == "amod" else [c for c in head.head.children if c.dep_ == "dobj"]
    )
    door = any(d.lemma_.lower() == "door" for d in held_open)
    return head if door and head.lower_ == "open" and head.dep_ in ("amod", "oprd") else None


def offering_head(trigger: Token) -> Token | None:
    """The "ready" or "willing" a meeting is offered by: "ready to meet", "willing to
    hold talks" (the talks' light verb between)."""
    offered = offered_meeting(trigger)
    if offered is not None:
        return offered  # "is open to talks", "ready for dialogue"
    verb = trigger.head if trigger.dep_ in ("dobj", "pobj") else trigger
    if verb.dep_ == "pobj":
        verb = verb.head.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OFFERING_HEADS:
        return verb.head
    return None


def _offer_made(
    offer: Token,
    contexts: tuple[str, ...],
    actors: list[ActorRef],
    asked: list[ActorRef],
    sentence: Span,
    ctx: Context,
    confidence: float,
) -> Iterator[Mention]:
    """The request to meet that an offer ("is ready to hold talks") makes when said."""
    yield from emit(
        "REQUEST",
        "meet",
        contexts,
        actors,
        asked,
        Modality.ASSERTED,
        said_date(offer, sentence, ctx),
        offer,
        sentence,
        ctx,
        confidence,
    )


def told_offer(trigger: Token) -> tuple[Token, list[Token]] | None:
    """The "ready" of talks offered to the one a state tells it to, and whom it tells:
    "told Medvedev that Pyongyang is ready to return to the six-party talks"."""
    # ("return to the talks": the verb the talks are gone back to)
    went_to = trigger.head.head if trigger.dep_ == "pobj" else trigger
    offer = offering_head(trigger) or offering_head(went_to)
    told = reporting_verb(offer) if offer is not None else None
    if offer is None or told is None or told.lemma_.lower() != "tell":
        return None
    return offer, [c for c in told.children if c.dep_ in ("dobj", "dative")]


def said_date(token: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The day the words holding ``token`` were said: "said on Monday it is ready"
    (the parser may hang the day on any clause between)."""
    for holder in (token, *token.ancestors):
        said = event_date(holder, sentence, ctx, Modality.ASSERTED)
        if said is not None or holder.lemma_.lower() in SPEECH_VERBS:
            return said
    return None


def _date_from_context(
    event_type: str,
    modality: Modality,
    actors: list[ActorRef],
    trigger: Token,
    sentence: Span,
    ctx: Context,
) -> EventDate | None:
    """The date an event its sentence leaves undated takes from the text around it:
    the day a statement's own words were said, else the day of the acts told before
    (story_dates.context_date); None where neither fits and the publication day is
    the one to take."""
    pact = _pact_over(trigger) if modality in (Modality.ASSERTED, Modality.FUTURE) else None
    if pact is not None:
        # "struck a deal early Tuesday after talks from Saturday ... Under the deal, the
        # North expressed regret": done in the deal, on its day; "signed a declaration
        # on Thursday. Under it, the two sides will designate joint fishing grounds":
        # planned the day the pact was made (docs/gold.md). The pact's own day ("under
        # the agreement announced on February 29"), else that of the last agreement of
        # its parties, else (for a plan) of the last agreement or meeting told
        deal = own_date(pact, sentence, ctx) or _last_agreement(actors, ctx)
        if modality is Modality.FUTURE:
            return deal or next(
                (
                    m.date
                    for m in reversed(ctx.history)
                    if m.event_type in ("AGREE", "CONSULT")
                    and m.modality is Modality.ASSERTED
                    and m.date is not None
                    and m.date.precision is Precision.DAY
                ),
                None,
            )
        if deal is not None:
            return deal
    if modality is Modality.ASSERTED and (present_tense(trigger) or now_told(trigger)):
        return None  # "is now seeking": of publication day, not of the story's
    if _claimed_now(trigger):
        return None  # "Kyiv and Seoul say the North has sent troops": said as the story is
        # told, of no day the story told before
    if _lasting_now(event_type, trigger) or _state_of_the_perfect(trigger):
        return None  # "Seoul has refused to restart the tours": still, not the last day told
    if done_over_time(trigger):
        return None  # "Washington has repeatedly pressed Beijing": over time, to this day
    # "held talks on Thursday ... The two sides agreed to boost cooperation": a plan is
    # dated on the day it was made (docs/gold.md)
    planned = modality is Modality.FUTURE and planned_in_past(trigger)
    # "issued a statement on Monday ... 'the army will not hesitate to strike them,'
    # he said": what may come is dated when it was said
    # "had tried to make a visit, but fog forced the helicopter back": a past
    # attempt that failed, of the story's time like a deed
    failed = modality is Modality.NEGATED and (failed_attempt(trigger) or _did_not(trigger))
    only_said = modality is not Modality.ASSERTED and not planned and not failed
    if only_said and not (modality in PLANNED and said_in_past(trigger)):
        return None
    if _own_words(event_type, actors, trigger, sentence, ctx):
        # "The Kishida group will pay dearly": a statement's own warning, made the day
        # it was issued, not on the day of the deed it recounted just before
        return ctx.speaker_date or publication_date(ctx.published)
    # (words a statement says are of the day it was said: "The North said it could not
    # find a good reason to attend, and chided the South")
    joined_to_saying = trigger.dep_ == "conj" and trigger.head.lemma_ in SPEECH_VERBS
    if modality is Modality.ASSERTED and reporting_verb(trigger) is None and not joined_to_saying:
        answered = answered_just_before(event_type, actors, ctx, ctx.offset + sentence.start_char)
        if answered is not None:
            return answered  # "... arrested the activists on Aug. 15. Beijing protested"
    found = context_date(
        actors[0],
        ctx,
        ctx.offset + sentence.start_char,
        verbal=event_type in VERBAL_TYPES or modality in PLANNED,
        fighting=event_type in FIGHTING_TYPES,
        continued=event_type in VERBAL_TYPES and _more_words(trigger),
        planned=modality in PLANNED,
    )
    if found is not None and found.precision is not Precision.DAY and only_said:
        return None  # words said on a day, not "in 2011" as an act told before
    if event_type == "AGREE" and modality is Modality.ASSERTED and _also(trigger):
        # "struck a deal early Tuesday after talks that began Saturday ... The two
        # sides also agreed to hold reunions": more of the deal, made no earlier
        deal = _last_agreement(actors, ctx)
        if deal is not None and (found is None or found.date < deal.date):
            return deal
    return found


def _also(trigger: Token) -> bool:
    """True for an act told as more of the same: "also agreed"."""
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in trigger.children)


def _last_agreement(actors: list[ActorRef], ctx: Context) -> EventDate | None:
    """The date of the last agreement the actor made that the article told, with a
    day or month of its own (not one of background years)."""
    codes = {a.code for a in actors}
    for mention in reversed(ctx.history):
        parties = {mention.actor.code, *([mention.recipient.code] if mention.recipient else [])}
        if (
            mention.event_type == "AGREE"
            and mention.modality is Modality.ASSERTED
            and codes & parties
            and mention.date is not None
            and mention.date.basis is not DateBasis.PUBLICATION
            and mention.date.precision is not Precision.YEAR
        ):
            return mention.date
    return None


def _present_perfect(verb: Token) -> bool:
    """True for a verb told in the present perfect: "has refused", "have stalled"."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _lasting_now(event_type: str, trigger: Token) -> bool:
    """True for a lasting act told in the present perfect, in the text's own voice:
    "Seoul has refused to restart the tours until ..." holds as the story is told
    (not "had refused", nor what a speaker said "has" happened)."""
    return (
        lasting_since(event_type, trigger, Modality.ASSERTED)
        and _present_perfect(trigger)
        and trigger.dep_ != "ccomp"
    )


def _claimed_now(trigger: Token) -> bool:
    """True for an act in the present perfect that someone says, in the present, has
    been done: "Ukraine and South Korea say North Korea has sent troops to Russia"."""
    return (
        trigger.dep_ == "ccomp"
        and trigger.head.lemma_.lower() in SPEECH_VERBS
        and trigger.head.tag_ in ("VBP", "VBZ")
        and _present_perfect(trigger)
    )


# Adverbs by which an act in the present perfect was done over time, not on a day:
# "has repeatedly pressed", "has long accused".
OVER_TIME = frozenset(
    {"repeatedly", "long", "often", "frequently", "consistently", "persistently", "always"}
)


def done_over_time(trigger: Token) -> bool:
    """True for an act told in the present perfect as done over time: "Washington has
    repeatedly pressed Beijing", "The United States has long accused the two
    countries of cooperating on missiles" (of no one day the story told before)."""
    return _present_perfect(trigger) and any(
        c.dep_ == "advmod" and c.lower_ in OVER_TIME for c in trigger.children
    )


def _state_of_the_perfect(trigger: Token) -> bool:
    """True for a participle that says how things stand after a present perfect:
    "Talks have since stalled, with Tehran demanding ... and Washington insisting
    ..." tells the stand each takes as the story is told."""
    if trigger.tag_ != "VBG":
        return False
    joining = next((a for a in trigger.ancestors if a.dep_ == "prep" and a.lower_ == "with"), None)
    return joining is not None and _present_perfect(joining.head)


def _after_telling(date: EventDate | None, ctx: Context) -> bool:
    """True for a date reckoned from the day the article was published ("next
    February") that starts after it (a year the text spells out is kept)."""
    return (
        date is not None
        and date.basis is DateBasis.RELATIVE
        and ctx.published is not None
        and date.first_day() > ctx.published
    )


def _more_words(trigger: Token) -> bool:
    """True for words told as more of what a speaker said: "He demanded an apology",
    "Lee also said the government would refer the case"."""
    speech = reporting_verb(trigger)
    words = [trigger, complement_governor(trigger), *([speech] if speech is not None else [])]
    return any(
        (c.dep_ == "advmod" and c.lower_ == "also")
        or (c.dep_ == "nsubj" and c.lower_ in THIRD_PERSON)
        for word in words
        for c in word.children
    )


def _pact_over(trigger: Token) -> Token | None:
    """The pact an act is told "under", if any."""
    pacts = load_lexicon().pact_nouns | {"declaration", "it"}
    clause = complement_governor(trigger.head if trigger.pos_ == "NOUN" else trigger)
    # ("the October 1994 accord under which Pyongyang froze its nuclear program": the
    # accord the relative clause is on)
    relative = clause.head if clause.dep_ == "relcl" else None
    named = [
        relative if g.lower_ == "which" and relative is not None else g
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ == "under"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return next((n for n in named if n.lemma_.lower() in pacts), None)


def _pact_partners(actor_codes: set[str], history: list[Mention]) -> list[ActorRef]:
    """The other party to the last agreement told that one of ``actor_codes`` made."""
    for made in reversed(history):
        if made.event_type != "AGREE" or made.modality is not Modality.ASSERTED:
            continue
        parties = [made.actor, *([made.recipient] if made.recipient else [])]
        if actor_codes & {p.code for p in parties}:
            return [p for p in parties if p.code not in actor_codes]
    return []


def said_in_past(trigger: Token) -> bool:
    """True for an act told as to come or as possible in words said in the past:
    "the spokesman said Iran would strike", "'... will strike them,' he said"."""
    speech = reporting_verb(trigger)
    return speech is not None and speech.tag_ == "VBD"


def failed_attempt(trigger: Token) -> bool:
    """True for an act a past attempt that failed was for: "had tried to make a
    visit together, but fog forced the helicopter back"."""
    start = act_verb(trigger)
    governor = complement_governor(start)
    return (
        governor is not start
        and bool(word_forms(governor) & load_lexicon().attempting_verbs)
        and thwarted(governor)
    )


def _did_not(trigger: Token) -> bool:
    """True for an act told in the simple past as not done: "did not hold talks on
    the sidelines" (of the story's time, like a deed; "has not held talks" is a state
    up to publication, and so is an answer not given: "did not respond to the
    offer")."""
    verb = act_verb(trigger)
    if verb.lemma_.lower() in load_lexicon().replying_verbs:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children) and any(
        c.dep_ == "neg" for c in verb.children
    )


def planned_in_past(trigger: Token) -> bool:
    """True for a plan told by a past verb of agreeing, promising or saying: "agreed
    to boost cooperation", "pledged to reopen the channels", "agreed to continue
    consultations", "agreed to work for an early summit"; and by one stating a will or
    a step it is the object of: "stated their willingness to provide aid", "undertook
    to take steps to normalize relations"."""
    start = act_verb(trigger)
    governor = complement_governor(start)
    while True:
        if governor.dep_ == "acl" and governor.head.dep_ == "dobj" and governor.head.pos_ == "NOUN":
            governor = complement_governor(governor.head.head)
        elif governor.dep_ == "advcl" and infinitive(governor) and governor.head.pos_ == "VERB":
            governor = complement_governor(governor.head)
        else:
            break
    # ("have agreed to work for ...": done, as a perfect)
    perfect = governor.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in governor.children
    )
    if governor is start or not (governor.tag_ == "VBD" or perfect):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in governor.children)


def threat_of_force(
    event_type: str,
    modality: Modality,
    actors: list[ActorRef],
    recipients: list[ActorRef],
    clause: Token,
    sentence: Span,
    ctx: Context,
    confidence: float,
) -> Iterator[Mention]:
    """Force a state says it will or may use is a threat it makes now.

    "North Korea said it is ready to attack the South": besides the
    hypothetical attack, an asserted THREATEN, dated when it was said.
    """
    speech = threat_said(event_type, modality, actors, clause, ctx)
    if speech is None:
        return
    date = event_date(speech, sentence, ctx, Modality.ASSERTED)
    yield from emit(
        "THREATEN",
        None,
        (),
        actors,
        recipients,
        Modality.ASSERTED,
        date,
        speech,
        sentence,
        ctx,
        confidence - 0.1,
    )


def implied(
    event_type: str,
    actors: list[ActorRef],
    recipients: list[ActorRef],
    modality: Modality,
    word: Token,
    sentence: Span,
    ctx: Context,
    confidence: float,
    *,
    dated: bool = True,
) -> Iterator[Mention]:
    """The mentions of an act that another finding implies, told by ``word`` and
    dated as it is (or, not ``dated``, as an undated act is): the request a
    proposal made, the threat a promised attack makes."""
    date = event_date(word, sentence, ctx, modality) if dated else None
    yield from emit(
        event_type, None, (), actors, recipients, modality, date, word, sentence, ctx, confidence
    )


def implied_once(
    found: list[Mention],
    event_type: str,
    told_by: Callable[[Mention], tuple[Token, Modality] | None],
    sentence: Span,
    ctx: Context,
    confidence: float,
) -> Iterator[Mention]:
    """The acts of ``event_type`` that the acts among ``found`` imply, by the same
    actor on the same recipient, told by the word (and in the mood) ``told_by``
    finds for each, once per pair: the request a proposal made, the threat a
    promised attack makes, the refusal of an act refused."""
    told = pairs_told(found, event_type)
    for mention in found:
        recipient = mention.recipient
        if recipient is None or (mention.actor.code, recipient.code) in told:
            continue
        telling = told_by(mention)
        if telling is None:
            continue
        word, modality = telling
        told.add((mention.actor.code, recipient.code))
        yield from implied(
            event_type, [mention.actor], [recipient], modality, word, sentence, ctx, confidence
        )


def pairs_told(found: list[Mention], event_type: str) -> set[tuple[str, str]]:
    """The (actor, recipient) codes of the mentions of one type among ``found``."""
    return {
        (m.actor.code, m.recipient.code)
        for m in found
        if m.event_type == event_type and m.recipient is not None
    }


def _own_words(
    event_type: str, actors: list[ActorRef], trigger: Token, sentence: Span, ctx: Context
) -> bool:
    """True for words a statement says in its own voice, not in the past tense and
    with no one said to say them: its issuer says them on the day it is issued."""
    author = ctx.author
    return (
        author is not None
        and event_type in VERBAL_TYPES
        and ctx.speaker is author
        and actors[0].code == author.code
        and not past_tense(trigger)
        and not any(t.lemma_.lower() in SPEECH_VERBS for t in sentence)
    )


def _timed_offer(offer: Token) -> bool:
    """True for an offer that gives the talks offered a time of their own: "ready to
    meet Iraq in late June" (not "ready to talk")."""
    return any(
        t.ent_type_ in ("DATE", "TIME")
        for c in offer.children
        if c.dep_ in ("xcomp", "prep")
        for t in c.subtree
    )


# Verbs by which a state is told to have withheld an act: "declined to criticize".
DECLINING_VERBS = frozenset({"decline", "refuse", "avoid"})
WITHHOLDING_VERBS = frozenset({"refrain", "abstain"})


def declined(trigger: Token) -> bool:
    """True for an act a state declined or refused to do: "declined to criticize",
    "refrained from criticizing"."""
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "from":
        return trigger.head.head.lemma_.lower() in WITHHOLDING_VERBS
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in DECLINING_VERBS


def _describing(trigger: Token) -> bool:
    """True for a verb of a relative clause, or of one joined to it: "which caps
    imports and bans exports", also where the parser joins the last verbs to the
    past-tense clause the relative one hangs in ("adopted Resolution 2375, which
    caps imports, freezes supplies and bans exports")."""
    clause = trigger
    # (a clause with a subject of its own is told in its own right: "Putin visited
    # in June, and Seoul and Washington accuse the North of ...")
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    while clause.dep_ == "conj" and clause.head.i != clause.i and not own_subject:
        clause = clause.head
        if clause.tag_ == "VBD" and trigger.tag_ in ("VBZ", "VBP"):
            return True  # no past act is joined to a present one
    # ("a charge Beijing denies", "accused Iran of ..., which Tehran denies": a denial
    # of what was just told, made as it is told)
    lexicon = load_lexicon()
    return (
        clause.dep_ == "relcl"
        and clause.head.lemma_.lower() not in lexicon.claim_nouns
        and clause.lemma_.lower() not in lexicon.denying_heads
    )
