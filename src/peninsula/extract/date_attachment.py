"""Which word a date's words hang on, and so whether a date is the act's own.

A date dates the trigger it reaches by climbing the parse without crossing another
clause's verb ("held talks on Friday") or an event noun that it names ("scrapped
the 2015 agreement"); some verbs it may cross carry no time of their own ("sent
balloons carrying trash on Sunday", "drills set to begin next month").
``timing`` asks these.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Span, Token

from peninsula.dates import WEEKDAYS
from peninsula.extract.clauses import controlled, intent_noun
from peninsula.extract.complement_repairs import PERMITTING_VERBS
from peninsula.extract.lexicon import load_lexicon
from peninsula.extract.modality import PREVENTING_VERBS
from peninsula.extract.occasions import is_meeting
from peninsula.extract.phrases import MEETING_NOUNS, retelling
from peninsula.extract.recipients import ISSUING_VERBS, MADE_DOCUMENTS
from peninsula.extract.tokens import (
    STATEMENT_NOUNS,
    introduces_date,
    prep_objects,
    told_in_past,
    verb_above,
    word_forms,
)
from peninsula.extract.told_dates import CONTENT_PARTICIPLES
from peninsula.extract.triggers import noun_rule
from peninsula.ingest.pubdate import MONTHS
from peninsula.models import DateBasis, EventDate, Precision

# Participles through which a noun takes its date: "drills scheduled for next month"
# ("slat": the lemmatizer's reading of "slated").
DATE_PARTICIPLES = frozenset({"schedule", "slate", "slat", "set", "plan", "due", "hold", "stage"})
# Participles by which a subject meets on the day its act is told: "the council,
# meeting Tuesday, condemned the launch".
GATHERING_PARTICIPLES = frozenset({"meet", "convene", "gather", "speak", "talk"})
# Ordinals that count an act's times: "for the second time this year".
ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
)


def counts_times(ent: Span) -> bool:
    """True for a time span an act is counted in ("for the second time this year",
    "the first time since 2018", "its fourth launch this month"), which is no date
    of the act."""
    counted = ent.root.head
    if _names_a_time(ent):
        return False  # "met for the first time in Singapore last June": that June
    # (but "their first summit, on June 12 last year" is dated by its day)
    counted_noun = (
        counted.pos_ == "NOUN" and ent.root.dep_ == "npadvmod" and ent[0].lower_ == "this"
    )
    return (counted.lemma_.lower() == "time" or counted_noun) and any(
        c.dep_ == "amod" and c.lower_ in ORDINALS for c in counted.children
    )


def _names_a_time(ent: Span) -> bool:
    """True for a span that names a past time rather than one reaching to now: "last
    June", "in March 2019", "on Tuesday" (not "this year", "since 2018")."""
    words = [t.lower_.rstrip(".") for t in ent]
    return words[0] == "last" or any(
        w in MONTHS or w in WEEKDAYS or (t.like_num and len(w) == 4)
        for w, t in zip(words, ent, strict=True)
    )


def head_elsewhere(ent: Span, anchor: Token) -> bool:
    """True for a date the parser split before an "after" or "before" clause, its
    head word on another clause's verb and its last words read as the clause's
    measure: "resumed them in June last year after the North began ..." ("last
    year" is no time of the beginning)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is None or after.dep_ != "mark" or after.lower_ not in ("after", "before"):
        return False
    return attachment_distance(ent.root, anchor) is None and any(
        t.head.i == after.head.i and t.dep_ == "npadvmod" for t in ent
    )


def _object_of(noun: Token, verb: Token) -> bool:
    """True for the verb's object, or what its object counts: "floated thousands of
    balloons"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.dep_ == "dobj" and noun.head.i == verb.i


def _measured(noun: Token) -> bool:
    """True for the "of" object of a measure: "three days of drills", "two rounds of
    talks"."""
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return measure is not None and any(c.dep_ == "nummod" for c in measure.children)


# Verbs whose act is the meeting it is "for": "hosted Putin for talks on Wednesday",
# "traveled to Moscow for talks on Monday".
HOSTING_VERBS = frozenset({"host", "receive", "welcome", "travel", "fly", "arrive", "come"})


# Nouns of acts that are no events of ours but have a time of their own, which is
# not the time of the verb they hang under: "thanked Seoul for the return in March
# of the remains", "praised Tokyo for its decision in April to reopen the office".
TIMED_ACT_NOUNS = frozenset(
    {
        *("decision", "return", "move", "announcement", "removal", "handover", "arrival"),
        *("departure", "approval", "adoption", "election", "inauguration", "death"),
    }
)


def attachment_distance(token: Token, anchor: Token) -> int | None:
    """Steps from a date's word up to ``anchor`` without crossing another clause's verb."""
    for steps in range(12):
        if token.i == anchor.i:
            return steps
        if token.head.i == token.i:
            return None
        head = token.head
        if (
            head.i != anchor.i
            and (head.head.i != anchor.i or token.i < head.i)
            and head.pos_ == "NOUN"
            and (noun_rule(head, load_lexicon()) or head.lemma_.lower() in TIMED_ACT_NOUNS)
            # "ended without an agreement in February 2019": an outcome not reached
            # is of the verb's time
            and not (head.dep_ == "pobj" and head.head.lower_ == "without")
            # "hosted Putin for talks on Wednesday": the talks are the hosting's
            and not (
                head.lemma_.lower() in MEETING_NOUNS and anchor.lemma_.lower() in HOSTING_VERBS
            )
            # "held three days of naval drills ... from Jan. 15": what the verb holds,
            # by a measure (not "suspended a clause of the agreement of 2018")
            and not (_object_of(head, anchor) and _measured(head))
        ):
            # "scrapped the 2015 agreement": a date before an event noun names it
            # "to punish the North for a December launch": the launch's date (but
            # "conducted test-fires ... on Wednesday" dates the one act)
            return None
        if (
            head.dep_ == "acl"
            and head.head.i == anchor.i
            and head.lemma_.lower() in DATE_PARTICIPLES
        ):
            return steps + 1
        if (
            head.dep_ == "acl"
            and head.tag_ == "VBG"
            and head.lemma_.lower() in GATHERING_PARTICIPLES
            and head.head.dep_ == "nsubj"
            and head.head.head.i == anchor.i
        ):
            return steps + 2  # "the Security Council, meeting Tuesday, condemned ..."
        if (
            head.dep_ == "acl"
            and head.lemma_.lower() in CONTENT_PARTICIPLES
            and _object_of(head.head, anchor)
        ):
            return steps + 2
        if (
            token.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.lower_ in ("after", "before")
            and steps > 0
            and token.ent_type_ != "TIME"  # ("shortly after noon Monday": a time of day)
        ):
            return None  # "struck days after the test on June 3": the test's day
        if retelling(head) and head.head.i == anchor.i and head.i > anchor.i:
            return steps + 2  # "said ..., telling Lee on August 25 that ...": the saying's
        if _scheduled_for(head, anchor):
            return steps + 2  # "drills set to begin next month", "slated to take place"
        if _intended_by_object(head, anchor):
            return steps + 2  # "blocked a push to impose sanctions last year"
        if head.i != anchor.i and _opening_participle(head):
            token = head  # "Speaking to reporters on Tuesday, the minister accused ..."
            continue
        if _trailing_time_of(token, anchor):
            return steps + 2  # "imposed after its nuclear tests in October 2006"
        if _set_off_after_subject(token, anchor):
            return steps + 2  # "The North's fourth nuclear test, on Jan. 6, drew ..."
        # (a plural noun the tagger took for a verb is still the object: "staged the
        # Freedom Shield joint war drills ... in March")
        if (
            head.i != anchor.i
            and head.pos_ in ("VERB", "AUX")
            and token.dep_ != "aux"
            and head.dep_ not in ("dobj", "pobj")
        ):
            # The date belongs to this other verb unless it is a light/control verb
            # directly governing the anchor ("held talks on Friday").
            if anchor.head.i == head.i and anchor.dep_ in ("dobj", "xcomp", "nsubjpass"):
                return steps + 1
            if _trip_for(head, anchor):
                return steps + 2  # "traveling to Pyongyang in June 2000 for the summit"
            if not _carried_along(head, anchor):
                return None
        token = head
    return None


# Prepositions by which a verb's phrase names an earlier event: "imposed after its
# tests", "has grown since the summit".
EARLIER_EVENT_PREPS = frozenset({"after", "since", "following", "before"})


def _trailing_time_of(prep: Token, anchor: Token) -> bool:
    """True for an "in" or "on" phrase that follows the anchor event noun at once but
    that the parser hung on the verb the noun's "after" phrase is on: "sanctions
    imposed after its nuclear tests in October 2006" (the tests' time); or a bare
    date so hung: "a reply ... in retaliation for Pyongyang's nuclear test last
    month"."""
    if prep.left_edge.i != anchor.right_edge.i + 1 or anchor.dep_ != "pobj":
        return False
    if prep.dep_ == "npadvmod" and prep.ent_type_ == "DATE":
        return anchor.head.lower_ in EARLIER_EVENT_PREPS | {"for"} and prep.head in anchor.ancestors
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "on")
        and anchor.head.lower_ in EARLIER_EVENT_PREPS
        and anchor.head.head.i == prep.head.i
    )


def _set_off_after_subject(prep: Token, anchor: Token) -> bool:
    """True for a date set off by commas right after the anchor event noun, the
    subject of the verb the parser hung the date on: "The North's fourth nuclear
    test, on Jan. 6, which it claimed was a hydrogen bomb, drew ..."."""
    doc = anchor.doc
    if anchor.dep_ not in ("nsubj", "nsubjpass") or anchor.pos_ != "NOUN":
        return False
    # (the parser may give the comma to the noun)
    comma = anchor.right_edge.i if anchor.right_edge.text == "," else anchor.right_edge.i + 1
    if prep.head.i != anchor.head.i or prep.left_edge.i != comma + 1 or doc[comma].text != ",":
        return False
    dated = [t.i for t in prep.subtree if t.ent_type_ == "DATE"]
    return bool(dated) and max(dated) + 1 < len(doc) and doc[max(dated) + 1].text == ","


def _opening_participle(verb: Token) -> bool:
    """True for a participle with no subject of its own opening its sentence, whose
    act is done when the main verb's is: "Speaking to reporters on Tuesday, ...",
    "Addressing the General Assembly on Sept. 19, Trump said ..." (not "Having met
    Kim in June, ...": an act before it)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i < verb.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children)
    )


def _trip_for(verb: Token, anchor: Token) -> bool:
    """True for a trip whose purpose is the anchor meeting: "traveled to Pyongyang
    in June 2000 for the first summit" (the trip's day is the summit's)."""
    return (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ == "for"
        and anchor.head.head.i == verb.i
        and verb.lemma_.lower() in HOSTING_VERBS
        and is_meeting(anchor)
    )


def intended_date(ent: Span, anchor: Token) -> bool:
    """True for a date the parser hung inside the "to" clause of an intent the
    anchor acts on."""
    return any(_intended_by_object(a, anchor) for t in ent for a in t.ancestors)


def _intended_by_object(clause: Token, anchor: Token) -> bool:
    """True for the "to" clause of an intent the anchor verb acts on: in "blocked a
    push to impose sanctions last year" the parser hangs "last year" on "impose",
    an act never done; the date is the blocking's (a past one only: see
    ``event_date``)."""
    noun = intent_noun(clause)
    return noun is not None and noun.dep_ == "dobj" and noun.head.i == anchor.i


# Participles that only name what they follow: "drills codenamed Freedom Shield".
NAMING_PARTICIPLES = frozenset(
    # "a delegation led by Shoigu": who heads it has no time of its own either
    {"codename", "codenamed", "dub", "name", "call", "title", "label", "lead", "head"}
)


@cache
def _predicate_words() -> frozenset[str]:
    """What the lexicon's verbs may say their object is ("void", "a threat")."""
    return frozenset(w for rule in load_lexicon().verbs for w in rule.predicates or ())


def _carried_along(participle: Token, anchor: Token) -> bool:
    """True for an "-ing" participle on what the anchor verb moves, which has no time
    of its own: "sent balloons carrying trash into the South on Sunday" (not the
    drills "staged on Monday"); or for the "what it called" naming the anchor's object."""
    if (
        participle.dep_ == "ccomp"
        and participle.head.i == anchor.i
        and any(c.dep_ == "dobj" and c.lower_ == "what" for c in participle.children)
    ):
        return True  # "tested what it called hypersonic missiles on Jan. 5"
    if (
        participle.dep_ == "ccomp"
        and participle.head.i == anchor.i
        and participle.tag_ in ("VBN", "JJ", "VB")
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in participle.children)
    ):
        # "declared the agreement void in November": a predicate, no tense; "helped
        # Iran build drones in March": a bare infinitive, of the helping's time
        return True
    if _predicated_as(participle, anchor):
        return True  # "dismissed the reports as unverified on Friday": dismissed then
    if (
        participle.dep_ in ("ccomp", "xcomp")
        and participle.head.i == anchor.i
        and anchor.lemma_.lower() in PERMITTING_VERBS
    ):
        return True  # "allowed five abductees to return home in October 2002": let go then
    if (
        participle.dep_ == "pcomp"
        and participle.head.lower_ == "from"
        and participle.head.head.i == anchor.i
        and anchor.lemma_.lower() in PREVENTING_VERBS
    ):
        return True  # "barred its citizens from travelling to Iran in 2017": barred then
    if (
        participle.dep_ == "acl"
        and participle.head.head.i == anchor.i
        and participle.lemma_.lower() in _predicate_words()
    ):
        return True  # the same, the parser hanging "void" on the agreement
    # "kicked off exercises codenamed Ulji Freedom Shield on August 19": a name has
    # no time of its own either
    naming = participle.tag_ in ("VBN", "VBD") and participle.lemma_.lower() in NAMING_PARTICIPLES
    if participle.dep_ != "acl" or not (participle.tag_ == "VBG" or naming):
        return False
    moved = [c for c in anchor.children if c.dep_ == "dobj"]
    moved += [g for o in moved for c in o.children if c.dep_ == "prep" for g in c.children]
    # "put its units on a war footing the next day": the parser reads "footing" as a
    # participle on the place the anchor puts them
    moved += [g for c in anchor.children if c.dep_ == "prep" for g in c.children]
    return participle.head in moved or (naming and participle.head.i == anchor.i)


def _predicated_as(word: Token, anchor: Token) -> bool:
    """True for what the anchor verb says its object is, after "as": "dismissed the
    reports as unverified", which has no time of its own (not an act told after
    "as": "held the talks as agreed in March", agreed then)."""
    return (
        word.dep_ == "advcl"
        and word.head.i == anchor.i
        and word.tag_ in ("JJ", "VBN")
        and any(c.dep_ == "dobj" and c.i < word.i for c in anchor.children)
        and any(c.lower_ == "as" and c.dep_ in ("advmod", "mark", "prep") for c in word.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in word.children)
        and word.lemma_.lower() not in load_lexicon().verb_lemmas
    )


def _scheduled_for(verb: Token, anchor: Token) -> bool:
    """True for the verb of "set to begin", "slated to take place" or "due to begin" on
    ``anchor``."""
    participle = verb.head
    # "the exercise due to begin on Monday": the adjective plans it like a participle
    due = participle.dep_ == "amod" and participle.lemma_.lower() in (
        load_lexicon().future_predicates
    )
    return (
        verb.dep_ == "xcomp"
        and (participle.dep_ == "acl" or due)
        and participle.head.i == anchor.i
        and (due or bool(word_forms(participle) & DATE_PARTICIPLES))
    )


def planned_by_object(anchor: Token) -> bool:
    """True for what a plan had or announced is to do: "had no plans to shut the
    park", "announced a plan to send rice"."""
    return (
        anchor.dep_ == "acl"
        and anchor.head.lemma_.lower() in load_lexicon().intent_nouns
        and anchor.head.dep_ in ("dobj", "attr")
        and anchor.head.head.pos_ in ("VERB", "AUX")
    )


def dates_governor(ent: Span, anchor: Token) -> bool:
    """True when a date belongs to the past verb that governs ``anchor``'s clause:
    in "agreed on Tuesday to co-operate" and "said on Tuesday it will send aid",
    Tuesday is when they agreed or said, and so it is placed before them. The
    parser may hang the date on the clause; placed before the clause's subject,
    it is the governor's."""
    governor = anchor.head
    if planned_by_object(anchor) and governor.head.tag_ in ("VBD", "VBN"):
        return not any(t in anchor.subtree for t in ent)  # "announced a plan on Tuesday to ..."
    if not (anchor.dep_ == "ccomp" or controlled(anchor)) or not told_in_past(governor):
        return False
    if ent.end <= governor.i and not any(t in anchor.subtree for t in ent):
        return True  # "On Thursday, North Korea threatened to close the office"
    subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    opening = subjects[0].left_edge.i if subjects else anchor.i
    return governor.i < ent.start and ent.end <= opening


def dated_in_itself(token: Token) -> bool:
    """True for a phrase that holds a time of its own: "the trip in June 2000"."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def dated_on(verb: Token) -> bool:
    """True for a verb with a date of its own: "fired on May 25"."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("on", "in") and introduces_date(c) for c in verb.children
    )


def apposed(end: int, ent: Span) -> bool:
    """True for a date told right after another, set off by a comma: "A week
    earlier, on Jan. 9"."""
    between = [t.lower_ for t in ent.doc[end : ent.start]]
    return between in ([","], [",", "on"], [",", "in"])


def closing_weekday(ent: Span, anchor: Token) -> bool:
    """True for "on <weekday>" ending the sentence of ``anchor``, its main verb:
    "rebuffed an Iraqi proposal for talks on Tuesday", "demanded that Iraq release
    the sailors on Tuesday" (the parser hangs the day on the talks, the release)."""
    words = [t for t in ent if not t.is_punct]
    if len(words) != 1 or words[0].lower_ not in WEEKDAYS or anchor.dep_ != "ROOT":
        return False
    rest = [t for t in anchor.doc[ent.end : anchor.sent.end] if not t.is_punct]
    before = anchor.doc[ent.start - 1] if ent.start > 0 else None
    # (not the day a plan is set for: "pointing to the drill due to begin on Monday")
    dated = before.head if before is not None else None  # the word "on" hangs on
    planned = dated is not None and _scheduled_for(dated, dated.head.head)
    return (
        not rest
        and before is not None
        and before.lower_ == "on"
        and ent.start > anchor.i
        and not planned
    )


def semicolon_before(clause: Token) -> bool:
    """True for a clause the parser made the complement of a verb after it across a
    semicolon, which ends a clause of its own: "Washington and Pyongyang could
    meet in Beijing; Seoul earlier this month proposed talks"."""
    head = clause.head
    if clause.i > head.i:
        return False
    return any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1 : head.i])


def in_complement(ent: Span, anchor: Token) -> bool:
    """True for a date whose nearest verb is the anchor's "to" complement: "agreed
    to restore ties in March 2023"."""
    verb = verb_above(ent.root)
    return (
        verb is not None
        and verb.dep_ == "xcomp"
        and verb.head.i == anchor.i
        and anchor.tag_ in ("VBD", "VBN")
    )


def after_the_day(governed: EventDate | None, published: dt.date | None) -> EventDate | None:
    """The date of an act told as coming after its clause's day ("Before arriving in
    Pyongyang, Putin held talks on Tuesday": the arrival came after that Tuesday): the
    report's day if that day was days before it, else the clause's date (a month or a
    year told holds for both)."""
    if governed is None or published is None or governed.precision is not Precision.DAY:
        return governed
    if 0 < (published - governed.date).days <= 7:
        return EventDate(published, Precision.DAY, DateBasis.PUBLICATION)
    return governed


# Prepositions by which an act is done at a named occasion: "at the 2020 Olympics".
OCCASION_YEAR_PREPS = frozenset({"at", "during", "for"})


def occasion_year(anchor: Token) -> EventDate | None:
    """The year of a named occasion the act is done at, which the tagger reads as
    part of the occasion's name, not as a date: "compete at the 2020 Tokyo
    Olympics", "co-host the 2032 Summer Games"."""
    occasions = [o for o in prep_objects(anchor, OCCASION_YEAR_PREPS) if o.pos_ == "PROPN"]
    occasions += [o for o in anchor.children if o.dep_ == "dobj" and o.ent_type_ == "EVENT"]
    for occasion in occasions:
        year = _year_before(occasion, ("nummod",))
        if year is not None:
            return year
    return None


def errand_of(anchor: Token) -> Token | None:
    """The verb whose envoy ``anchor`` is the errand of ("sent a delegation to attend",
    "arrived as Xi's envoy to brief"), else None."""
    if anchor.dep_ not in ("acl", "relcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children
    ):
        return None
    holder = anchor.head
    if holder.lemma_.lower() not in load_lexicon().government_nouns:
        return None
    while holder.dep_ in ("pobj", "prep", "appos", "dobj", "attr") and holder.head.i != holder.i:
        holder = holder.head
    return holder if holder.pos_ in ("VERB", "AUX") else None


def scene_verb(anchor: Token) -> Token | None:
    """The verb of the act at whose place a "where" clause with no time of its own
    tells another: "held talks on the Imjin River, where the North expressed regret"
    (held); None if none."""
    if anchor.dep_ != "relcl" or dated_in_itself(anchor):
        return None
    if not any(c.lower_ == "where" and c.i < anchor.i for c in anchor.children):
        return None
    return verb_above(anchor.head)


def year_of_its_noun(anchor: Token) -> EventDate | None:
    """The year set before the noun a past clause with no time of its own tells of:
    "the 1965 treaty that re-established ties, under which it provided $800 million"
    (1965); None if none."""
    if anchor.dep_ != "relcl" or anchor.tag_ not in ("VBD", "VBN") or dated_in_itself(anchor):
        return None
    noun = anchor.head
    if any(c.ent_type_ == "DATE" and not c.like_num for c in noun.children if c.i < noun.i):
        return None  # ("an August 1976 incident in which ...": a month, told elsewhere)
    return _year_before(noun, ("nummod", "compound", "amod", "nmod"))


def _year_before(noun: Token, deps: tuple[str, ...]) -> EventDate | None:
    """The year among a noun's modifiers before it: "the 2020 Tokyo Olympics"."""
    years = [
        int(c.text)
        for c in noun.children
        if c.dep_ in deps and c.i < noun.i and len(c.text) == 4 and c.text.isdigit()
    ]
    if years and 1900 <= years[0] <= 2100:
        return EventDate(dt.date(years[0], 1, 1), Precision.YEAR, DateBasis.EXPLICIT)
    return None


def issuing_verb(anchor: Token) -> Token | None:
    """The verb that issued the statement a participle or "that" clause tells, whose
    time is the telling's: "on April 13 issued a statement condemning the April 5
    launch", "on Monday approved a statement that condemned the launch as a breach of
    a 2006 resolution" (not the launch's day, nor 2006); None if none."""
    statement = anchor.head
    verb = statement.head
    telling = (anchor.dep_ == "acl" and anchor.tag_ == "VBG") or (
        anchor.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in anchor.children)
    )
    if (
        not telling
        or statement.dep_ != "dobj"
        or statement.lemma_.lower() not in STATEMENT_NOUNS | MADE_DOCUMENTS
        or verb.lemma_.lower() not in ISSUING_VERBS
    ):
        return None
    return verb
