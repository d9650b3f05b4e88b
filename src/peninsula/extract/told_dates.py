"""Time expressions resolved against the times the text told before them, and
the "since" of a lasting act.

"the next month" counts from the last month told, "in April that year" takes
the year told last, and "on May 24" the year its sentence told for the act it
goes on from; a noun's own date ("the drills in March") or the date that
names it ("the 1994 agreement") is its event's.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from peninsula.dates import resolve
from peninsula.extract.context import Context
from peninsula.extract.counted import YEAR, counted_from_last, in_year_told_before
from peninsula.extract.tokens import of_objects, prep_objects, verb_above
from peninsula.models import DateBasis, EventDate, Modality, Precision

# A year named by reference to one before it: "in April that year".
THAT_YEAR = re.compile(r"\b(?:of )?(?:that|the same) year\b", re.IGNORECASE)

# Participles telling what an object carries, which have no time of their own:
# "floated balloons filled with trash into the South on Saturday" (Saturday's).
CONTENT_PARTICIPLES = frozenset({"carry", "fill", "load", "lade", "contain", "pack", "stuff"})


def resolve_told(
    ent: Span, sentence: Span, ctx: Context, future: bool = False, expression: str | None = None
) -> EventDate | None:
    """A date expression (``ent``'s words, or ``expression`` for them) resolved
    against the times the text told before it ("the next month", "in January that
    year"), else against publication ("last week")."""
    words = ent.text if expression is None else expression
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "that" and words == ent.text:
        words = f"that {words}"  # "that July": the tagger leaves "that" out
    counted = counted_from_last(words, ent, sentence, ctx)
    if counted is not None:
        return counted
    anchored = _year_named_before(words, ent, sentence)
    if not anchored:
        return None
    return (
        _in_year_told(anchored, ent, sentence, ctx.published)
        or (_ahead_of_telling(anchored, ent, sentence, ctx.published) if future else None)
        or (None if future else _in_paragraphs_year(anchored, sentence, ctx))
        or resolve(anchored, ctx.published, future=future)
    )


def _ahead_of_telling(
    expression: str, ent: Span, sentence: Span, published: dt.date | None
) -> EventDate | None:
    """A planned day or month with no year, reckoned ahead of the past day or month
    the plan was told in: "had announced on Dec. 1 that it would launch between Dec.
    10 and 22", told in a paper of Dec. 13, is that December's, not the next. None
    unless a time before ``ent`` dates a verb its clause hangs from."""
    verb = _clause_verb(ent.root)
    if not _month_without_year(expression) or verb is None or published is None:
        return None
    tellings = [
        earlier
        for earlier in sentence.ents
        if earlier.label_ == "DATE"
        and earlier.end <= ent.start
        and (telling := _clause_verb(earlier.root)) is not None
        and telling in verb.ancestors
    ]
    told = resolve(tellings[-1].text, published) if tellings else None
    if told is None or told.precision.value not in ("day", "month") or told.date >= published:
        return None  # ("in September ... was willing to meet in late September": 2019's)
    return resolve(expression, told.date, future=True)


def _in_paragraphs_year(expression: str, sentence: Span, ctx: Context) -> EventDate | None:
    """A month with no year in the year of the dated act its paragraph told last, when
    that act is history: "signed the declaration on April 27, 2018. When the leaders
    met again in September, ..." is 2018's September, not last year's. None unless
    the month falls within a year after that act."""
    if not _month_without_year(expression) or _just_before(expression, ctx.published):
        return None
    start = ctx.offset + sentence.start_char
    told = [
        date
        for offset, _codes, date in ctx.dated_acts
        if ctx.offset <= offset < start and date.basis is DateBasis.EXPLICIT
    ]
    return in_year_told_before(expression, told[-1], ctx.published) if told else None


def _just_before(expression: str, published: dt.date | None) -> bool:
    """True for a day that, reckoned from publication, falls in the month before it:
    "At talks in Seoul on August 12-14", in a paper of August 23, is that August's,
    whatever year the paragraph told last."""
    found = resolve(expression, published)
    return (
        found is not None
        and published is not None
        and found.precision is Precision.DAY
        and 0 <= (published - found.date).days <= 31
    )


def own_date(noun: Token, sentence: Span, ctx: Context, future: bool = False) -> EventDate | None:
    """A date inside a noun's own phrase ("the drills in March"), not its verb's,
    nor that of a clause on a noun within it ("a statement on Friday about a
    resolution adopted on October 2" is Friday's)."""
    return first_date_within(own_phrase(noun), sentence, ctx, future)


# Prepositions that give what a noun is about: a date of the topic is not the noun's.
TOPIC_PREPS = frozenset({"about", "over", "on", "regarding", "concerning", "against", "for"})


def own_phrase(noun: Token) -> set[int]:
    """The noun's subtree less its topics' clauses ("a statement about a resolution
    adopted on October 2"); an occasion's stays ("the accord reached at the summit
    held last May" is May's)."""
    topics = [
        topic
        for prep in noun.subtree
        if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS
        for topic in prep.children
        if topic.dep_ == "pobj"
    ]
    inner = {
        t.i
        for topic in topics
        for clause in topic.subtree
        if clause.dep_ in ("acl", "relcl")
        for t in clause.subtree
    }
    # No time of the noun's: what a named body in its phrase did ("a meeting of his
    # National Security Council, which denounced the attack as a breach of the
    # armistice that halted the 1950-53 war"), nor what the noun says in its "that"
    # clause ("a statement ... that the reunions, planned for Sept. 25-30, would
    # be put off")
    said = {
        t.i
        for clause in noun.subtree
        if (clause.dep_ == "relcl" and clause.head.i != noun.i and clause.head.pos_ == "PROPN")
        or (
            clause.dep_ == "acl"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        )
        for t in clause.subtree
    }
    # nor the time by which what a demand asks is to be done ("an ultimatum to
    # withdraw its troops by Friday" was given before Friday)
    asked = {
        t.i
        for clause in noun.children
        if noun.lemma_.lower() in DEMAND_NOUNS
        and clause.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        for t in clause.subtree
    }
    return {t.i for t in noun.subtree} - inner - said - asked


# Nouns of a demand with a time set for what it asks: "an ultimatum to withdraw by Friday".
DEMAND_NOUNS = frozenset({"ultimatum", "demand", "deadline"})


def first_date_within(
    inside: set[int], sentence: Span, ctx: Context, future: bool = False
) -> EventDate | None:
    """The first date of the sentence that starts at one of these tokens, resolved."""
    for ent in sentence.ents:
        if ent.label_ in ("DATE", "TIME") and ent.start in inside and not _bound(ent):
            resolved = resolve_told(ent, sentence, ctx, future or _scheduled(ent))
            if resolved is not None:
                return resolved
    return None


def _scheduled(ent: Span) -> bool:
    """True for a day a relative clause in the simple present tells an occasion is
    set for: "the G-20 summit, which opens on Friday" (the next Friday)."""
    verb = verb_above(ent.root)
    return (
        verb is not None
        and verb.dep_ == "relcl"
        and verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# Words before a date that make it a bound of a span, not a time of the act:
# "its first trip to Russia since 2002".
BOUNDS = frozenset({"since", "until", "till"})


def _bound(ent: Span) -> bool:
    """True for a date that bounds a span ("since 2002"), which dates no act in it."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in BOUNDS


def named_date(noun: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """An explicit date that names a noun's event, before it or as its "of": "the
    1994 agreement", "the October 4, 2007 declaration", "the agreement of September
    19, 2018". The date says when the event was made.

    Only a date with its year: "the June 15 joint declaration" is a name that
    says nothing of which June.
    """
    before = {t.i for t in noun.subtree if t.i < noun.i}
    # "the military agreement of September 19, 2018": a date the noun's "of" names
    of_date = {
        g.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    }
    for ent in sentence.ents:
        if ent.label_ != "DATE":
            continue
        if not (ent.start in before and ent.end <= noun.i) and ent.root.i not in of_date:
            continue
        if YEAR.search(ent.text):
            resolved = resolve(ent.text, ctx.published)
            if resolved is not None and resolved.basis.value == "explicit":
                return resolved
    return None


def _year_named_before(expression: str, ent: Span, sentence: Span) -> str | None:
    """ "in April that year": the year the paragraph named last before; None if none."""
    if not THAT_YEAR.search(expression):
        return expression
    years = [
        year
        for earlier in sentence.doc.ents
        if earlier.label_ == "DATE" and earlier.end <= ent.start
        for year in YEAR.findall(earlier.text)
    ]
    return THAT_YEAR.sub(years[-1], expression) if years else None


# A month, or a month and day, with no year: "on May 24", "in April".
_MONTH_NO_YEAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b(?!.*\b\d{4}\b)", re.I
)


def paired_phrase(ent: Span) -> Span:
    """A date with the dates coordinated with it: "March" in "in March and June
    2021", "Jan. 4 and" in "on Jan. 4 and 12" (the tagger may leave the second
    out of the entity)."""
    ends = [t.i + 1 for c in ent.root.conjuncts if c.i > ent.root.i for t in c.subtree]
    return ent.doc[ent.start : max([ent.end, *ends])]


def year_of_pair(ent: Span, expression: str) -> str:
    """A month told with no year before a date that has one shares its year: "in
    March and June 2021" is March 2021."""
    if not _month_without_year(expression):
        return expression
    years = YEAR.findall(paired_phrase(ent)[len(ent) :].text)
    return f"{expression} {years[-1]}" if years else expression


# Words that restate a time told just before them: "in 1995, the year the North
# first appealed for food".
RESTATING_TIMES = frozenset({"the year", "the month", "the week", "the day"})


def restated_time(ent: Span, expression: str) -> str:
    """The time a "the year ..." set after a comma restates: "in 1995, the year the
    North appealed for food" is 1995; else ``expression``."""
    if ent.text.lower() not in RESTATING_TIMES or ent.start < 2:
        return expression
    comma = ent.doc[ent.start - 1]
    told = [e for e in ent.sent.ents if e.label_ == "DATE" and e.end == comma.i]
    return told[0].text if comma.text == "," and told else expression


def _month_without_year(expression: str) -> bool:
    """True for a month named with no year: "in September", "on May 24"."""
    return not YEAR.search(expression) and bool(_MONTH_NO_YEAR.search(expression))


def before_later_act(expression: str, told: EventDate, later: EventDate) -> EventDate | None:
    """A month or day with no year, told in a clause of what came before a later
    act, falls before that act: "resumed them in June last year after the North
    began floating balloons in late May" is last year's May, not this year's. None
    when the expression has a year, or ``told`` does not fall after the later act."""
    if not _month_without_year(expression):
        return None
    if later.basis is DateBasis.PUBLICATION or told.date <= later.last_day():
        return None
    return resolve(expression, later.last_day())


def _in_year_told(
    expression: str, ent: Span, sentence: Span, published: dt.date | None = None
) -> EventDate | None:
    """A month or day with no year, in the year its sentence told for the act it
    goes on from: "concluded in May 2010 that ..., and Seoul cut trade on May 24"
    is 2010's May 24, not the last one before publication ("held talks on March 26
    last year, met him again on May 8" is last year's May 8). None if the sentence
    told no year for that act, or the day would fall before it."""
    if not _month_without_year(expression):
        return None
    verb = _clause_verb(ent.root)
    # "In June that year ..., and in October ...": a year named by reference counts
    told = [
        (earlier, named)
        for earlier in sentence.ents
        if earlier.label_ == "DATE"
        and earlier.end <= ent.start
        and (named := _year_named_before(earlier.text, earlier, sentence))
        and (named := _relative_year_named(named, published))
        and YEAR.search(named)
    ]
    if verb is None or not told:
        return None
    earlier, named = told[-1]
    if not (
        earlier.root.dep_ == "npadvmod"
        or (earlier.root.dep_ == "pobj" and earlier.root.head.head.pos_ in ("VERB", "AUX"))
    ):
        return None  # "after the 2010 sinking": a year that names, not one that dates
    earlier_verb = _clause_verb(earlier.root)
    if earlier_verb is None or not _goes_on_from(verb, earlier_verb):
        return None
    start = resolve(named, None)
    found = resolve(f"{expression} {YEAR.findall(named)[-1]}", None)
    if start is None or found is None or found.date < start.date:
        return None
    return found


# Years told counting from publication: "last year", "this year".
RELATIVE_YEARS = {"last year": -1, "this year": 0}


def _relative_year_named(expression: str, published: dt.date | None) -> str:
    """The expression with "last year" or "this year" written as the year it is."""
    lowered = expression.lower()
    for words, offset in RELATIVE_YEARS.items():
        if published is not None and words in lowered and not YEAR.search(expression):
            start = lowered.index(words)
            year = str(published.year + offset)
            return expression[:start] + year + expression[start + len(words) :]
    return expression


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a word is in."""
    return token if token.pos_ in ("VERB", "AUX") else verb_above(token)


def _goes_on_from(verb: Token, earlier: Token) -> bool:
    """True when a clause goes on from an earlier one: it is that clause, its
    conjunct, or a clause it governs that is not a description ("North Korea,
    which tested a bomb in 2006, fired ... on May 24" does not go on from 2006)."""
    if verb.i == earlier.i or verb in earlier.conjuncts:
        return True
    if earlier.dep_ in ("relcl", "acl") or verb.dep_ in ("relcl", "acl"):
        return False
    return earlier in verb.ancestors


# Acts that hold from the day they were done: a refusal, a ban, a detention. In the
# perfect with "since" they began then; talks or letters "since April" were many.
LASTING_TYPES = frozenset({"REJECT", "SANCTION", "COERCE"})


def lasting_since(event_type: str, verb: Token, modality: Modality) -> bool:
    """True for a lasting act told in the perfect: "has refused", "have banned",
    "has stopped answering"; or for any act told still going on, one stretch begun
    then: "have been staging the drills since March 1" (not one that had gone on
    until a time told, "had been meeting since Wednesday" when the talks closed,
    whose start is no day of what the story tells next)."""
    told = verb.head if verb.dep_ == "xcomp" and verb.tag_ == "VBG" else verb
    auxiliaries = {c.lemma_.lower() for c in told.children if c.dep_ == "aux"}
    going_on = (
        told.tag_ == "VBG"
        and {"have", "be"} <= auxiliaries
        and not any(c.dep_ == "aux" and c.lower_ == "had" for c in told.children)
    )
    return (
        modality is Modality.ASSERTED
        and "have" in auxiliaries
        and ((event_type in LASTING_TYPES and told.tag_ == "VBN") or going_on)
    )


def since_date(verb: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The time a state has lasted since, for a refusal or a silence that began then:
    "has not answered the calls since Tuesday afternoon" (Tuesday)."""
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    # "has refused to answer the calls since April": the act refused
    holders += [c for c in verb.children if c.dep_ == "xcomp"]
    objects = [c for h in holders for c in h.children if c.dep_ == "dobj"]  # "the calls since"
    objects += [g for o in objects for g in of_objects(o)]  # "hundreds of balloons"
    # "has sent balloons carrying trash into the South since May"
    holders += objects + [
        c for o in objects for c in o.children if c.lemma_.lower() in CONTENT_PARTICIPLES
    ]
    starts = {
        t.i for h in holders for g in prep_objects(h, frozenset({"since"})) for t in g.subtree
    }
    for ent in sentence.ents:
        if ent.label_ in ("DATE", "TIME") and any(t.i in starts for t in ent):
            return resolve_told(ent, sentence, ctx)
    return None


def answered_day(verb: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The day of what a verb's act answers, by its "in response to" phrase: "In
    response to Saturday's statement, the ministry expressed regret over the
    firing on Friday" (Saturday: a reply is not made before what it answers), and
    "... and called on Pyongyang to come to the talks", the reply it goes on with."""
    replying = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for response in (r for v in replying for r in prep_objects(v, frozenset({"in"}))):
        if response.lemma_.lower() != "response":
            continue
        for answered in prep_objects(response, frozenset({"to"})):
            day = own_date(answered, sentence, ctx)
            if day is not None and day.basis is not DateBasis.PUBLICATION:
                return day
    return None


def counted_occasions(
    trigger: Token, sentence: Span, ctx: Context, date: EventDate
) -> list[EventDate]:
    """The days of an act told as done so many times and then listed: "met three
    times in 2018: at Panmunjom on April 27, again there on May 26, and in Pyongyang
    in September" (one act on each, in the year told before the colon); none when
    fewer than two are listed."""
    counted = any(
        c.dep_ == "npadvmod"
        and c.lemma_.lower() == "time"
        and any(n.dep_ == "nummod" for n in c.children)
        for c in trigger.children
    )
    colon = next((c for c in trigger.children if c.dep_ == "punct" and c.text == ":"), None)
    if not counted or colon is None:
        return []
    year = f", {date.date.year}" if date.precision is Precision.YEAR else ""
    found = []
    for ent in sentence.ents:
        root = ent.root
        if ent.label_ != "DATE" or ent.start < colon.i or root.head.head.i != trigger.i:
            continue
        text = ent.text if re.search(r"\b\d{4}\b", ent.text) else ent.text + year
        day = resolve(text, ctx.published)
        if day is not None and day not in found:
            found.append(day)
    return found if len(found) >= 2 else []
