"""The occasions an act is told as done at, and their dates.

"met at the summit in May", "pledged in his June 4 address", "on the sidelines
of the G20", "the incident in which troops shot", and "at the parade" after a
parade was told on Thursday: the act is on the occasion's day.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from peninsula.extract.clauses import controlled
from peninsula.extract.context import Context
from peninsula.extract.lexicon import Lexicon, load_lexicon
from peninsula.extract.tokens import STATEMENT_NOUNS, of_objects, prep_objects
from peninsula.extract.told_dates import first_date_within, named_date, own_date
from peninsula.extract.travel import TO, VISIT_NOUNS, destinations
from peninsula.extract.triggers import noun_rule, verb_rule
from peninsula.models import DateBasis, EventDate, Modality

# Prepositions that place an act inside another event: "signed a pact during the
# visit in June", "met at the summit in May", "on the sidelines of the G20 in June".
OCCASION_PREPS = frozenset({"during", "at", "amid"})
# Whom a meeting is with: "talks with Lavrov".
PARTNERS = frozenset({"with"})

# Words said on a day, which what is said "in" them took place on: "pledged in
# his June 4 inaugural address", "said in a statement on Monday".
SPOKEN_OCCASIONS = STATEMENT_NOUNS | {"address", "briefing"}


def date_of_occasion(anchor: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The date of the event an undated act took place during: the visit's June;
    "at the meeting", told before with no day of its own, the last act's day."""
    # "Delegates at the meeting voiced support": the doers placed at it
    doers = [c for c in anchor.children if c.dep_ == "nsubj"]
    placing = [p for d in doers for p in d.children if p.lower_ in OCCASION_PREPS]
    for prep in [c for c in anchor.children if c.dep_ == "prep"] + placing:
        for occasion in _occasions_of(prep):
            dated = occasion_date(occasion, sentence, ctx)
            if dated is None and prep.lower_ in OCCASION_PREPS and _gathering_told(occasion):
                dated = _last_act_date(ctx, ctx.offset + sentence.start_char)
            if dated is not None:
                return dated
    # "invited him to visit again at the end of their talks": the parser hangs the
    # gathering told before on the invited act; the invitation was made at it
    asked = [p for c in anchor.children if c.dep_ == "xcomp" for p in c.children]
    for prep in asked:
        if prep.dep_ == "prep" and prep.lower_ in OCCASION_PREPS:
            if any(_gathering_told(o) for o in _occasions_of(prep)):
                return _last_act_date(ctx, ctx.offset + sentence.start_char)
    return None


# How far back, in characters, the act a gathering told before is looked for in
# (about two short paragraphs).
GATHERING_CHARS = 600


def _gathering_told(occasion: Token) -> bool:
    """True for "the meeting", "the session": a gathering the text told before."""
    lemma = occasion.lemma_.lower()
    gathering = lemma in load_lexicon().occasion_nouns or is_meeting(occasion)
    # (a visit lasts days: what was done during it was not done on its last act's day)
    # ("their talks": the talks of the two just told)
    theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in occasion.children)
    return gathering and lemma not in VISIT_NOUNS and (the_one_told(occasion) or theirs)


def meetings_told(ctx: Context) -> list[tuple[int, EventDate]]:
    """Where each meeting told as held with a day of its own starts, and its day."""
    return [
        (m.start, m.date)
        for m in ctx.history
        if m.event_type == "CONSULT"
        and m.modality is Modality.ASSERTED
        and m.date is not None
        and m.date.basis is not DateBasis.PUBLICATION
    ]


def _last_act_date(ctx: Context, start: int) -> EventDate | None:
    """The day of the last act told with a day of its own just before ``start``:
    "Iran refused on Wednesday to join the vote. Delegates at the meeting ..."; or
    of the last meeting told, whatever clause its day was in ("after traveling to
    Pyongyang in June 2000 for the first summit ... At that meeting, ...")."""
    told = [(o, False, d) for o, _codes, d in ctx.dated_acts]
    acts = [
        (offset, meeting, date)
        for offset, meeting, date in told + [(o, True, d) for o, d in meetings_told(ctx)]
        if 0 <= start - offset <= GATHERING_CHARS
        and (ctx.published is None or date.date <= ctx.published)
    ]
    # (of acts told in one sentence, the meeting's day: "accepted on Thursday an
    # invitation, a day after the two met" was at Wednesday's meeting)
    return max(acts, key=lambda act: act[:2])[2] if acts else None


def is_meeting(noun: Token) -> bool:
    """True for a noun the lexicon reads as a meeting: "talks", "summit", "visit"."""
    rule = noun_rule(noun, load_lexicon())
    return rule is not None and rule.type == "CONSULT"


def _occasions_of(prep: Token) -> list[Token]:
    """The occasions a preposition places an act in: "at the summit", "on the
    sidelines of the summit", "in his address"."""
    occasions = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ == "on":  # "on the sidelines of the summit", "on a visit to Baghdad"
        visits = [o for o in occasions if o.lemma_.lower() in VISIT_NOUNS]
        return visits + [
            o for s in occasions if s.lemma_.lower() == "sideline" for o in of_objects(s)
        ]
    if prep.lower_ == "in":  # "in his June 4 inaugural address": the words' day;
        # "in talks with Lavrov on Monday", "in a phone call": the meeting's
        return [o for o in occasions if o.lemma_.lower() in SPOKEN_OCCASIONS or is_meeting(o)]
    if prep.lower_ in ("after", "following"):  # "agreed after talks on Tuesday": the
        # talks' day (a meeting only: "after the test in May" is no day of the act)
        return [o for o in occasions if is_meeting(o)]
    if prep.lower_ not in OCCASION_PREPS:
        return []
    # "at the end of their talks", "at the close of the meeting": the meeting's
    return occasions + [
        o for part in occasions if part.lemma_.lower() in OCCASION_PARTS for o in of_objects(part)
    ]


# Parts of an occasion an act is placed at: "at the end of their talks".
OCCASION_PARTS = frozenset(
    {"end", "close", "conclusion", "start", "beginning", "opening"}
    | {"round", "phase", "stage"}  # "at the 15th round of talks, held from June 21 to 24"
)


def occasion_date(
    occasion: Token, sentence: Span, ctx: Context, depth: int = 0
) -> EventDate | None:
    """An occasion's date: its own ("the summit in May"), else the one told before
    for the same kind of occasion ("at the parade" after "a parade took place on
    Thursday"), else that of the occasion it was part of ("in his speech at the
    parade")."""
    if not is_occasion(occasion):
        return None
    dated = told_date(occasion, sentence, ctx)
    if dated is not None or depth:
        return dated
    within = (o for prep in occasion.children if prep.dep_ == "prep" for o in _occasions_of(prep))
    return next((d for o in within if (d := occasion_date(o, sentence, ctx, 1)) is not None), None)


def told_date(noun: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The date of what a noun names: its own ("the test on June 3", "the 2006
    test"), else the one told before for the same kind of act ("the parade")."""
    dated = own_date(noun, sentence, ctx) or named_date(noun, sentence, ctx)
    if dated is None and the_one_told(noun):
        lemma = noun.lemma_.lower()
        dated = (
            _met_at_its_place(noun, ctx)
            or ctx.occasion_dates.get(lemma)
            or _told_by_its_verb(lemma, ctx)
        )
    return dated


def _met_at_its_place(noun: Token, ctx: Context) -> EventDate | None:
    """The day of the last meeting told at the place a meeting's name gives: "the
    Chengdu meeting" is the one told held in Chengdu, not talks told since in
    Beijing."""
    if not is_meeting(noun):
        return None
    places = [
        c.text
        for c in noun.children
        if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC")
    ]
    if not places:
        return None
    for mention in reversed(ctx.history):
        if (
            mention.event_type == "CONSULT"
            and mention.modality is Modality.ASSERTED
            and mention.date is not None
            and mention.date.basis is not DateBasis.PUBLICATION
            and any(place in mention.event_text for place in places)
        ):
            return mention.date
    return None


def _told_by_its_verb(lemma: str, ctx: Context) -> EventDate | None:
    """The day of the last act told before by the verb the noun names: "the vote"
    after "The Security Council voted 15-0 last Saturday for the resolution"."""
    for mention in reversed(ctx.history):
        if (
            mention.trigger_lemma == lemma
            and mention.modality is Modality.ASSERTED
            and mention.date is not None
            and mention.date.basis is not DateBasis.PUBLICATION
        ):
            return mention.date
    return None


# Words by which "the second visit" or "the next round" is another occasion than
# the one told last.
OTHER_OCCASION = frozenset(
    {"first", "second", "third", "fourth", "fifth", "last", "previous", "next", "latest"}
    | {"earlier", "later", "recent", "other", "another", "new", "former", "final"}
)


def the_one_told(occasion: Token) -> bool:
    """True for "the parade", "that meeting": the occasion told before, not "a
    parade" or "the second visit"."""
    return any(c.lower_ in ("the", "that") for c in occasion.children) and not any(
        c.lower_ in OTHER_OCCASION or c.ent_type_ == "ORDINAL" for c in occasion.children
    )


def is_occasion(noun: Token) -> bool:
    """True for a noun an act can be told as done at or in: an event the lexicon
    knows ("summit", "talks"), a gathering ("parade"), words said ("speech")."""
    lexicon = load_lexicon()
    lemma = noun.lemma_.lower()
    return (
        lemma in SPOKEN_OCCASIONS
        or lemma in lexicon.occasion_nouns
        or lemma in lexicon.fight_nouns
        or noun_rule(noun, lexicon) is not None
    )


# Words that open a clause told as happening in what it describes: "the incident
# in which", "the visit during which", "the summit in Singapore, where".
RELATIVE_OCCASION_PREPS = frozenset({"in", "during", "at", "amid"})


def date_of_relative_occasion(anchor: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The date of the occasion an undated relative clause happened in: "a March
    2010 incident in which troops shot two fishermen", "Xi's visit on June 20,
    2019, during which the two signed a deal", "the 2018 summit in Singapore,
    where Kim and Trump signed a statement", "a visit last month by Li, who stood
    beside Kim"."""
    if anchor.dep_ != "relcl":
        return None
    clause = {t.i for t in anchor.subtree}
    visit = _visit_by(anchor.head)
    if visit is not None:
        # "a visit to Pyongyang last month by Li, who stood beside Kim at a parade":
        # what the visitor did there was done on the visit (the parser may hang its
        # date on the verb that has the visit)
        holder = visit if visit.dep_ != "dobj" else visit.head
        return occasion_date(visit, sentence, ctx) or first_date_within(
            {t.i for t in holder.subtree} - clause, sentence, ctx
        )
    occasion_relative = any(
        (
            c.dep_ == "prep"
            and c.lower_ in RELATIVE_OCCASION_PREPS
            and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children)
        )
        or (c.dep_ == "advmod" and c.lower_ == "where")
        for c in anchor.children
    )
    if not occasion_relative:
        return None
    occasion = anchor.head
    for _ in range(2):  # "the summit in Singapore, where": the place's summit
        dated = first_date_within({t.i for t in occasion.subtree} - clause, sentence, ctx)
        if dated is not None:
            return dated
        if not (occasion.dep_ == "pobj" and occasion.head.head.pos_ == "NOUN"):
            break
        occasion = occasion.head.head
    return None


def _visit_by(doer: Token) -> Token | None:
    """The occasion a person is the "by" of: "a visit last month by Li, a member of
    the Politburo" (the parser may hang the "by" on the verb that has the visit)."""
    # (the parser may hang the clause on the last noun of the description)
    while doer.dep_ == "appos" or (doer.dep_ == "pobj" and doer.head.lower_ == "of"):
        doer = doer.head if doer.dep_ == "appos" else doer.head.head
    if doer.dep_ != "pobj" or doer.head.lower_ != "by":
        return None
    holder = doer.head.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return holder if is_occasion(holder) else None
    return next((c for c in holder.children if c.dep_ == "dobj" and is_occasion(c)), None)


def occasion_partners(verb: Token, lexicon: Lexicon, ctx: Context) -> list[Token]:
    """Whom an act that names no one was done with, by the occasion it was done at:
    the one met at a meeting ("in talks with Lavrov, Choe agreed"), the place of a
    visit it was done on ("during his visit to Baghdad, ... signed"), or the place
    of a visit told just before ("visited Pyongyang, bringing aid and signing a
    deal"; "visited Pyongyang and signed a deal")."""
    return _met_at(verb) or _visited_before(verb, lexicon, ctx)


def _met_at(verb: Token) -> list[Token]:
    """The one met at the meeting, or the place visited on the visit, an act is told
    as done at: "in talks with Lavrov on Monday, Choe agreed to expand cooperation"
    (the agreeing's occasion is the expanding's too)."""
    holders = [verb, verb.head] if controlled(verb) else [verb]
    occasions = meetings_placing(holders, frozenset({"during", "on", "at", "in"}))
    return [
        met
        for o in occasions
        for met in prep_objects(o, TO if o.lemma_.lower() in VISIT_NOUNS else PARTNERS)
    ]


def meetings_placing(holders: list[Token], preps: frozenset[str]) -> list[Token]:
    """The meetings the prepositions ``preps`` of ``holders`` place an act at: "in
    talks with Lavrov", "reached at the inter-Korean summits"."""
    return [
        g
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in preps
        for g in p.children
        if g.dep_ == "pobj" and is_meeting(g)
    ]


def _visited_before(verb: Token, lexicon: Lexicon, ctx: Context) -> list[Token]:
    """The place of the visit a participle or a verb sharing its subject follows:
    "visited Pyongyang in 2009, bringing aid and signing a deal"."""
    participle = verb
    while participle.dep_ == "conj" and participle.head.tag_ == "VBG":
        participle = participle.head  # "bringing aid and signing a deal"
    # "visited Pyongyang and signed a deal": a verb sharing the visitor's subject
    shared = participle is verb and verb.dep_ == "conj"
    shared = shared and not any(c.dep_ == "nsubj" for c in verb.children)
    if not shared and (participle.dep_ != "advcl" or participle.tag_ != "VBG"):
        return []
    visit = verb.head if shared else participle.head
    rule, _obj = verb_rule(visit, lexicon, ctx.mentions)
    if rule is None or rule.type != "CONSULT":
        return []
    if rule.destination:
        return destinations(visit, rule.particles, ctx.mentions)  # "arrived in Baghdad"
    if rule.mode == "visit":
        return [c for c in visit.children if c.dep_ == "dobj"]  # "visited Baghdad"
    return []


# Named-entity kinds that are no place: "agreed in June", "signed in 2015".
NOT_PLACES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
PLACE_PREPS = frozenset({"in", "at"})


def done_in_person(verb: Token, obj: Token | None, ctx: Context) -> bool:
    """True when the act is placed at a named place, where those who did it together
    were: "signed a treaty in Pyongyang", "agreed at the DMZ", "At Panmunjom, the
    leaders signed" (not "agreed in June", "signed at the United Nations": a body's
    seat, where no one meets as a pair)."""
    placed = [verb] if obj is None else [verb, obj]  # "a treaty in Pyongyang"
    return any(
        place.pos_ == "PROPN"
        and place.ent_type_ not in NOT_PLACES
        and not any(m.entry.kind.value == "organisation" for m in ctx.mentions.get(place.i, []))
        for token in placed
        for place in prep_objects(token, PLACE_PREPS)
    )
