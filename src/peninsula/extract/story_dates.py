"""The dates an article's story carries from sentence to sentence.

A report's news happens on the day its lead tells (the story's day); an
undated asserted act takes the date of the same actor's dated act just before
it, else the story's day; a speaker's dated words show the day of what they
said just before. The date a single sentence gives its own trigger is
``timing``'s.
"""

from __future__ import annotations

import datetime as dt
from itertools import chain

from spacy.tokens import Span, Token

from peninsula.dates import publication_date
from peninsula.extract.arguments import np_actors
from peninsula.extract.context import ANY_ACTOR, Context
from peninsula.extract.lexicon import SYMMETRIC_TYPES, load_lexicon, load_plover
from peninsula.extract.modality import verb_modality
from peninsula.extract.occasions import SPOKEN_OCCASIONS, is_occasion
from peninsula.extract.phrases import SPEECH_VERBS
from peninsula.extract.reference import answered_events
from peninsula.extract.timing import event_date
from peninsula.extract.tokens import main_subject, prep_objects
from peninsula.extract.told_dates import own_date
from peninsula.models import (
    ActorRef,
    Article,
    DateBasis,
    EventDate,
    Mention,
    Modality,
    Precision,
)

# A report's news happened on its first stated day within this many days before
# publication ("took place on November 1" in a story of November 2); its later
# sentences with no time of their own tell of that day, not of publication day.
STORY_DATE_DAYS = 3


# Deeds done in a fight: "boats crossed the line ... opened fire ... retreated".
FIGHTING_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT"})

# An undated act follows the same actor's dated act up to this many characters
# before it (about two short paragraphs).
SAME_ACTOR_CHARS = 600


def is_story_date(mention: Mention, published: dt.date | None) -> bool:
    """True for the first asserted event stated on a day just before publication."""
    date = mention.date
    if published is None or date is None or mention.modality is not Modality.ASSERTED:
        return False
    return date.basis.value != "publication" and _story_day(date, published)


def _story_day(date: EventDate, published: dt.date) -> bool:
    """A day's date at most STORY_DATE_DAYS before publication."""
    return date.precision.value == "day" and 0 <= (published - date.date).days <= STORY_DATE_DAYS


def lead_date(sentence: Span, ctx: Context) -> EventDate | None:
    """The day a report's lead sentence gives its main verb, if just before publication.

    "South Korea announced on Wednesday ...": whatever the lead reports, its
    day is the story's day, which later undated sentences take.
    """
    root = sentence.root
    date = None
    if root.lemma_.lower() in SPEECH_VERBS:
        # "Kim held talks with Xi on Monday, state media said on Wednesday": the
        # story is of the talks' day, not of the day it was told
        told = [c for c in root.children if c.dep_ == "ccomp"]
        date = next(
            (d for c in told if (d := event_date(c, sentence, ctx, Modality.ASSERTED))), None
        )
    date = date or event_date(root, sentence, ctx, Modality.ASSERTED)
    # "Floods hit northern Iran and killed 40 people Thursday": a verb coordinated
    # with the main one tells the story's day too
    date = date or next(
        (
            d
            for c in root.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and (d := event_date(c, sentence, ctx, Modality.ASSERTED))
        ),
        None,
    )
    published = ctx.published
    if published is None or date is None:
        return None
    return date if _story_day(date, published) else None


def context_date(
    actor: ActorRef,
    ctx: Context,
    start: int,
    *,
    verbal: bool = False,
    fighting: bool = False,
    continued: bool = False,
    planned: bool = False,
) -> EventDate | None:
    """The date an undated asserted event takes from the sentences before it.

    "Abe told a committee on Wednesday ... Abe also urged the North ...": the
    same actor's dated act just before; else, for an act of force (``fighting``),
    the day of the fight the article told; else the story's day. Words said are
    dated by words said or meetings before, not by a deed the story recalls ("It is the
    first approval since the Koreas restored the lines on July 27 ... Lee also
    urged Pyongyang to respond"); ``verbal`` says the event is one of words.
    Words told as more of what was said (``continued``: "He demanded an apology",
    "Lee also said ...") reach back from where the dated sentence ends, however
    long it ran. A plan (``planned``) is not dated by a deal its own sentence
    recalls with no day ("according to the agreement reached at the summit last
    June, Kim affirmed that the government would expand cooperation").
    """
    coded = (
        (
            earlier.start,
            earlier.end if continued else earlier.start,
            _acted(earlier, fighting),
            earlier.date,
        )
        for earlier in ctx.history
        if earlier.modality is Modality.ASSERTED
        and earlier.date is not None
        and earlier.date.basis.value != "publication"
        and (not verbal or _words_said(earlier) or earlier.start == start)
        # "Iraq on Sunday demanded an apology ... Iraqi boats shot back": words
        # said do not date a deed in a fight's account
        and not (fighting and _words_said(earlier) and earlier.start != start)
        # "Kim, who arrived on Tuesday, told Putin ...": a clause describing the
        # speaker tells an earlier act, not the day of the telling
        and not (verbal and earlier.start == start and _describing(earlier, ctx))
        # "will suspend the 2018 military agreement. The ministry called the launch a
        # provocation": a pact named by its year is no time of the story
        and not _named_pact(earlier)
    )
    sentences = ((offset, offset, codes, date) for offset, codes, date in ctx.dated_acts)
    near = [
        (offset, date)
        for offset, end, codes, date in chain(coded, sentences)
        if offset <= start
        and start - end <= SAME_ACTOR_CHARS
        and (actor.code in codes or (ANY_ACTOR in codes and offset >= ctx.offset))
        and (offset >= ctx.offset or not _background(date, ctx.published))
        and not (planned and offset == start and date.precision is not Precision.DAY)
        # "will meet next month. The sides agreed ...": what was done was not done then
        and (ctx.published is None or date.date <= ctx.published)
    ]
    if near:
        return max(near, key=lambda act: act[0])[1]
    return (_fight_day(ctx) if fighting else None) or ctx.story_date


def _named_pact(mention: Mention) -> bool:
    """True for a pact a noun names with its year: "the 2018 military agreement"."""
    return (
        mention.date is not None
        and mention.date.precision is Precision.YEAR
        and mention.trigger_lemma in load_lexicon().pact_nouns
    )


def _fight_day(ctx: Context) -> EventDate | None:
    """The day of the one recent fight the article told with a day of its own ("The
    clash on Saturday morning was the deadliest ..."), whose account's undated deeds
    ("two patrol boats crossed the line ... opened fire") are of that day."""
    fights = load_lexicon().fight_nouns
    days = {
        date
        for lemma, date in ctx.occasion_dates.items()
        if lemma in fights and not _background(date, ctx.published)
    }
    return days.pop() if len(days) == 1 else None


def _describing(mention: Mention, ctx: Context) -> bool:
    """True for a mention of this paragraph whose trigger is in a relative clause."""
    index = mention.trigger_index
    if mention.start < ctx.offset or index >= len(ctx.doc):
        return False
    trigger = ctx.doc[index]
    return any(t.dep_ == "relcl" for t in (trigger, *trigger.ancestors))


def _acted(mention: Mention, fighting: bool = False) -> frozenset[str]:
    """The states that acted in an event: its actor, and for a meeting or an
    agreement its other party too ("Pezeshkian held talks with al-Sudani on
    Monday. The Iraqi prime minister told him ..." is Monday's), as for a deed of
    a fight when the act dated is one too ("a patrol boat crossed the line on
    Tuesday. A South Korean ship fired warning shots" is Tuesday's)."""
    both = mention.event_type in SYMMETRIC_TYPES or (
        fighting and mention.event_type in FIGHTING_TYPES
    )
    if mention.recipient is not None and both:
        return frozenset({mention.actor.code, mention.recipient.code})
    return frozenset({mention.actor.code})


# Acts done in words (PLOVER's verbal quads), which a speaker's later words
# continue; a meeting is a verbal act only where words are said at it (below).
VERBAL_TYPES = frozenset(
    event_type
    for event_type, quad in load_plover().quads.items()
    if quad.startswith("verbal") and event_type != "CONSULT"
)


def _words_said(mention: Mention) -> bool:
    """True for an act in which words are said: a verbal one, or a meeting where they
    are said ("held talks on Thursday. The two sides agreed ..."), not a trip's arrival."""
    return mention.event_type in VERBAL_TYPES or (
        mention.event_type == "CONSULT" and mention.mode != "visit"
    )


# An act dated this long before publication is background history: its date
# carries to the acts after it in its own paragraph only.
BACKGROUND_DAYS = 92


def _background(date: EventDate, published: dt.date | None) -> bool:
    """True for a date well before the article ("in 2002", "in June 2020"), whose
    story does not go on in the next paragraph ("Koizumi visited Pyongyang in
    2002 ... Japan has imposed sanctions on the North" is not 2002's), or a past
    year told by its year alone ("backed tougher sanctions last year" in March)."""
    if published is None:
        return False
    if date.precision is Precision.YEAR and date.date.year < published.year:
        return True
    return (published - date.last_day()).days > BACKGROUND_DAYS


def dated_act(sentence: Span, ctx: Context) -> tuple[int, frozenset[str], EventDate] | None:
    """The states a sentence's subject names, if its main verb has a stated date
    (ANY_ACTOR if it names none: "talks at the border ended on Aug 25"); else those
    of a clause's subject whose words were carried in a dated statement
    ("Pompeo spoke hours after the ministry, in a statement carried late on
    Saturday, described the talks as regrettable": the ministry spoke Saturday)."""
    swift = _swift_reaction(sentence, ctx)
    if swift is not None:
        return (ctx.offset + sentence.start_char, frozenset({ANY_ACTOR}), swift)
    subject = main_subject(sentence)
    # ("will hold a summit on Oct. 20": nothing done yet, on no day)
    done = verb_modality(sentence.root, load_lexicon()) is Modality.ASSERTED
    date = event_date(sentence.root, sentence, ctx, Modality.ASSERTED) if done else None
    if subject is None or date is None or date.basis.value == "publication":
        return _stated_in_dated_words(sentence, ctx)
    codes = frozenset(a.code for a in np_actors(subject, ctx, date.date)) or frozenset({ANY_ACTOR})
    return (ctx.offset + sentence.start_char, codes, date)


def _swift_reaction(sentence: Span, ctx: Context) -> EventDate | None:
    """The day of the act a sentence calls the reaction to swift: "The reaction to
    the Oct. 9 test was swift." (Oct. 9), which the reactions its paragraph goes on
    to tell with no day of their own took place on."""
    lexicon = load_lexicon()
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in lexicon.reaction_nouns:
        return None
    if not any(
        c.dep_ in ("acomp", "advmod") and c.lemma_.lower().removesuffix("ly") in lexicon.swift_words
        for c in root.children
    ):
        return None
    date = own_date(subject, sentence, ctx)
    if date is None:
        answered = [
            m.date
            for noun in prep_objects(subject, frozenset({"to"}))
            for m in answered_events(noun, [], ctx.history, lexicon)
            if m.date is not None
        ]
        date = answered[-1] if answered else None
    return None if date is None or date.basis is DateBasis.PUBLICATION else date


def _stated_in_dated_words(
    sentence: Span, ctx: Context
) -> tuple[int, frozenset[str], EventDate] | None:
    """The states of a speaker set off before a dated statement: "the foreign
    ministry, in a statement carried late on Saturday, described ..." (whatever
    the parser hangs the clause on)."""
    for words in sentence:
        prep = words.head
        if words.dep_ != "pobj" or words.lemma_.lower() not in SPOKEN_OCCASIONS:
            continue
        if prep.lower_ != "in" or prep.i < sentence.start + 2 or ctx.doc[prep.i - 1].text != ",":
            continue
        date = own_date(words, sentence, ctx)
        if date is None or date.basis is DateBasis.PUBLICATION:
            continue
        speaker = ctx.doc[prep.i - 2]
        codes = frozenset(a.code for a in np_actors(speaker, ctx, date.date))
        if codes:
            return (ctx.offset + sentence.start_char, codes, date)
    return None


def occasions_told(sentence: Span, ctx: Context) -> dict[str, EventDate]:
    """The dates a sentence tells for occasions, by lemma: "A parade took place on
    Thursday" and "held talks on Monday" tell the parade's and the talks' days."""
    told: dict[str, EventDate] = {}
    lexicon = load_lexicon()
    for noun in sentence:
        if noun.pos_ not in ("NOUN", "PROPN") or not is_occasion(noun):
            continue
        # "will hold a summit on Oct. 20": the day to come, not the last Oct. 20;
        # "a campaign that culminated in a Council vote on Saturday": the day the
        # campaign ended in it
        told_by = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else ended_in(noun)
        mood = verb_modality(told_by, lexicon) if told_by is not None else Modality.ASSERTED
        if mood not in (Modality.ASSERTED, Modality.FUTURE):
            continue
        dated = own_date(noun, sentence, ctx, mood is Modality.FUTURE)
        if dated is None and told_by is not None:
            dated = event_date(told_by, sentence, ctx, mood)
        if dated is not None and dated.basis is not DateBasis.PUBLICATION:
            told[noun.lemma_.lower()] = dated
    # "traveling to Pyongyang in June 2000 for the first summit ... At that meeting":
    # a summit or talks the sentence told held are what a later "that meeting" names
    start = ctx.offset + sentence.start_char
    met = [
        m.date
        for m in ctx.history
        if m.start >= start
        and m.event_type == "CONSULT"
        and m.trigger_lemma in MEETING_WORDS
        and m.modality is Modality.ASSERTED
        and m.date is not None
        and m.date.basis is not DateBasis.PUBLICATION
    ]
    if met and "meeting" not in told:
        told["meeting"] = met[-1]
    return told


# Verbs by which a course of acts ends in an occasion: "culminated in a vote",
# "ended with a summit".
ENDING_VERBS = frozenset({"culminate", "end", "conclude", "close", "climax"})


# Nouns of a meeting held: a sentence telling one held tells "the meeting" later
# words name ("flew to Pyongyang for the first summit ... At that meeting").
MEETING_WORDS = frozenset({"summit", "talk", "talks", "meeting"})


def ended_in(noun: Token) -> Token | None:
    """The verb by which a course of acts ended in ``noun`` ("culminated in a vote",
    "ended with a handshake"), or None."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "with") or verb.pos_ != "VERB":
        return None
    return verb if verb.lemma_.lower() in ENDING_VERBS else None


def published_day(article: Article) -> dt.date | None:
    """The article's publication day, or None when it has none (or an unreadable one)."""
    if not article.published:
        return None
    try:
        return dt.date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def said_earlier(
    act: tuple[int, frozenset[str], EventDate], sentence: Span, history: list[Mention]
) -> list[Mention]:
    """Statements a speaker's dated words just after show the day of.

    "Lu Kang expressed deep concern over the launch." then "'We hope ...,' Lu
    said Wednesday": the concern, reported with no day of its own, was voiced
    on Wednesday too.
    """
    if sentence.root.lemma_.lower() not in SPEECH_VERBS:
        return []
    if any(c.dep_ == "advmod" and c.lower_ == "also" for c in sentence.root.children):
        return []  # "X also said on Sunday ...": another statement, on another day
    offset, codes, _date = act
    return [
        m
        for m in history
        if 0 < offset - m.start <= SAME_ACTOR_CHARS
        and m.actor.code in codes
        and m.modality is Modality.ASSERTED
        and m.date is not None
        and m.date.basis.value == "publication"
        and load_plover().quads[m.event_type].startswith("verbal")
    ]


# The most words a headline has.
HEADLINE_WORDS = 25


def is_headline(text: str) -> bool:
    """True for a paragraph that reads as a headline: one short line with no
    sentence's closing stop ("Kim Jong Un Receives Russian Military Delegation")."""
    line = text.strip()
    return (
        bool(line)
        and "\n" not in line
        and line[-1] not in ".!?\"'\u201d"
        and len(line.split()) <= HEADLINE_WORDS
    )


def told_undated(mention: Mention) -> bool:
    """True for an asserted act dated by publication alone: nothing in its words
    told when it happened."""
    return (
        mention.modality is Modality.ASSERTED
        and mention.date is not None
        and mention.date.basis is DateBasis.PUBLICATION
    )


def not_before_answered(
    answered: list[Mention], actors: list[ActorRef], sentence: Span, ctx: Context, *, verbal: bool
) -> EventDate | None:
    """The publication day for an undated reaction whose story day would come before
    the act it answers ("China opposed the sanctions" after a September visit by
    China's vice premier and October's sanctions); else None, leaving the story day."""
    answered_days = [
        m.date.date
        for m in answered
        if m.date is not None
        and m.modality is Modality.ASSERTED
        and m.date.basis is not DateBasis.PUBLICATION
    ]
    if not answered_days or not actors:
        return None
    # the day emit would give it (words are dated by words said before them)
    story = context_date(actors[0], ctx, ctx.offset + sentence.start_char, verbal=verbal)
    if story is None or story.last_day() >= max(answered_days):
        return None
    if any(
        m.start >= ctx.offset and m.actor.code == actors[0].code and m.date == story
        for m in ctx.history
    ):
        return None  # "On July 13, the North voiced regret ... It turned down a joint
        # investigation": its paragraph goes on with the same actor's dated act
    return publication_date(ctx.published)


# Reactions whose day, untold, is that of the act done to the reacting state just
# before: "Japan arrested the activists on Aug. 15. Beijing protested".
ANSWERING_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT"})


def answered_just_before(
    event_type: str, actors: list[ActorRef], ctx: Context, start: int
) -> EventDate | None:
    """The day of the act told last in the paragraph by another state, when it was
    done to the reacting state on a day told: "Japanese authorities arrested 14
    Chinese activists on Aug. 15. Beijing protested and demanded their release" (a
    background paragraph, not the story's day); None when another act came between."""
    if event_type not in ANSWERING_TYPES:
        return None
    acting = {a.code for a in actors}
    others = [m for m in ctx.history if m.actor.code not in acting and m.start < start]
    if not others:
        return None
    last = others[-1]
    done_to_them = (
        last.recipient is not None
        and last.recipient.code in acting
        and last.start >= ctx.offset  # told in this paragraph
        and last.modality is Modality.ASSERTED
        and last.date is not None
        and last.date.basis is DateBasis.EXPLICIT
    )
    return last.date if done_to_them else None
