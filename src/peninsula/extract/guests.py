"""Guests at an occasion told before: "UN Secretary-General Ban Ki-moon also attended."

A visit to a state's parade or ceremony is read where the occasion's place is told
("attended the parade in Beijing", extract/travel.py). The guests told after it are
often told with no place of their own: "Shoigu also attended the parade", "Choe
Ryong-hae represented the DPRK at the event", "Ban Ki-moon also attended". Each is a
visit to the host of the last visit told shortly before, on that visit's day; or
else to the state of the report's dateline, or of the article's last visit. A day
told for the occasion in the paragraph ("At Thursday's parade") is the visit's.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import subject_of
from peninsula.extract.context import Context
from peninsula.extract.emit import emit
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.modality import verb_modality
from peninsula.extract.reference import IMPLICIT_TARGET_CHARS
from peninsula.extract.timing import event_date
from peninsula.extract.tokens import prep_objects
from peninsula.extract.travel import ATTENDING_VERBS
from peninsula.models import ActorRef, EventDate, Mention, Modality

# Confidence of a guest's visit, whose host is read from the visit told before.
GUEST_CONFIDENCE = 0.7
# Nouns naming the occasion told before, besides the lexicon's occasions.
EVENT_NOUNS = frozenset({"event", "commemoration", "inauguration", "anniversary"})
# Where a guest was: "at the event", "in the celebrations".
AT = frozenset({"at", "in"})


def guests_again(sentence: Span, ctx: Context, lexicon: Lexicon) -> Iterator[Mention]:
    """The visits of guests at the occasion the last visit told was to."""
    occasions = lexicon.occasion_nouns | EVENT_NOUNS
    for verb in sentence:
        if verb.pos_ != "VERB" or verb_modality(verb, lexicon) is not Modality.ASSERTED:
            continue
        guests = _guests(verb, occasions, ctx)
        if not guests:
            continue
        visit = _last_visit(guests, sentence, ctx)
        host: ActorRef | None
        if visit is not None and visit.recipient is not None:
            host, date = visit.recipient, visit.date
        else:
            # "BEIJING - ... Ban Ki-moon also attended": the occasion was here, or
            # where the article's visit went
            visit = _last_visit(guests, sentence, ctx, reach=None)
            host = ctx.dateline_state or (visit.recipient if visit is not None else None)
            date = event_date(verb, sentence, ctx, Modality.ASSERTED)
        if host is None:
            continue
        date = _occasion_day(verb, ctx) or date
        if host.code in {g.code for g in guests}:
            continue
        yield from emit(
            "CONSULT",
            "visit",
            (),
            guests,
            [host],
            Modality.ASSERTED,
            date,
            verb,
            sentence,
            ctx,
            GUEST_CONFIDENCE,
        )


def _guests(verb: Token, occasions: frozenset[str], ctx: Context) -> list[ActorRef]:
    """Who the verb says was a guest at an occasion named again, or none."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    at = prep_objects(verb, AT)
    if not all(g.lemma_.lower() in occasions and _named_again(g) for g in at):
        return []  # "attended a banquet in Pyongyang" is read as travel
    if lemma == "represent":
        # "represented the DPRK at the event"
        return [a for o in objects for a in np_actors(o, ctx, ctx.published)] if at else []
    if lemma not in ATTENDING_VERBS:
        return []
    if not all(o.lemma_.lower() in occasions and _named_again(o) for o in objects):
        return []
    if not objects and not at and lemma != "attend":
        return []  # "Japan also joined": joined what?
    subject = subject_of(verb)[0]
    return np_actors(subject, ctx, ctx.published) if subject is not None else []


def _named_again(noun: Token) -> bool:
    """True for an occasion named as told before, with no place or owner of its own:
    "the parade", "the event", "Thursday's parade" (not "China's parade", "a parade
    in Pyongyang")."""
    if any(c.dep_ == "poss" and c.ent_type_ != "DATE" for c in noun.children):
        return False
    if prep_objects(noun, AT):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in noun.children
    )


def _last_visit(
    guests: list[ActorRef], sentence: Span, ctx: Context, reach: int | None = IMPLICIT_TARGET_CHARS
) -> Mention | None:
    """The last visit told (within ``reach`` characters before, if given), to a
    host none of the guests is."""
    start = ctx.offset + sentence.start_char
    codes = {g.code for g in guests}
    for mention in reversed(ctx.history):
        if reach is not None and start - mention.start > reach:
            return None
        if (
            mention.event_type == "CONSULT"
            and mention.mode == "visit"
            and mention.modality is Modality.ASSERTED
            and mention.recipient is not None
            and mention.recipient.code not in codes
        ):
            return mention
    return None


def _occasion_day(verb: Token, ctx: Context) -> EventDate | None:
    """The day of the last occasion its paragraph named before the verb, when the
    text dated it ("At Thursday's parade, ... Ban Ki-moon also attended")."""
    for token in reversed(ctx.doc[: verb.i + 1]):
        day = ctx.occasion_dates.get(token.lemma_.lower())
        if day is not None:
            return day
    return None


# Words that make a meeting one of three or more: "a three-way summit", "trilateral talks".
AMONG_THREE = frozenset({"three-way", "trilateral", "three-nation", "three-party", "three-country"})


def among_three(noun: Token) -> bool:
    """True for a meeting of three or more ("a three-way summit with Lee and Hatoyama");
    the tokenizer may split "three-way" into three words."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    words = {noun.doc[c.left_edge.i : c.i + 1].text.lower() for c in modifiers}
    return bool((words | {c.lower_ for c in modifiers}) & AMONG_THREE)


def guests_meeting(
    guests: list[ActorRef],
    contexts: tuple[str, ...],
    modality: Modality,
    date: EventDate | None,
    trigger: Token,
    sentence: Span,
    ctx: Context,
    confidence: float,
    mode: str | None = "multilateral",
) -> Iterator[Mention]:
    """The meeting of the states one party met together ("met his South Korean and
    Japanese counterparts", "a three-way summit with Lee and Hatoyama"), or that an
    act done together in one place implies ("Putin and Kim signed a treaty in
    Pyongyang"): they meet each other, a little less surely than the act is told."""
    yield from emit(
        "CONSULT",
        mode,
        contexts,
        guests,
        [],
        modality,
        date,
        trigger,
        sentence,
        ctx,
        confidence - 0.1,
    )
