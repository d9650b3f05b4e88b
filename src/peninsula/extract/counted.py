"""Dates counted from another act's: "a day after X shot", "two days later".

An act told against another ("a day after the North fired", "the next day")
has no date of its own in its words; its day is counted from the governing
act's day, or from the last day told before it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from peninsula.dates import NUMBERS, resolve, rest_of_week
from peninsula.extract.context import ANY_ACTOR, Context
from peninsula.extract.lexicon import load_lexicon
from peninsula.extract.modality import verb_modality
from peninsula.extract.tokens import verb_above
from peninsula.ingest.pubdate import MONTHS
from peninsula.models import DateBasis, EventDate, Mention, Modality, Precision

# How many days a unit counts in "a day after", "two weeks before".
DAYS_IN = {"day": 1, "week": 7}
# Counts too vague to move a date by: "several days after".
VAGUE_COUNTS = frozenset({"several", "few", "a few"})


def counted_back(governing: EventDate, clause: Token) -> EventDate:
    """The date of a clause's act told against the governing one's: "(Saturday,) a
    day after X shot" is Friday, "two days before X met" two days later; "(Tuesday,)
    more than a year after the North cut them" is the year before, to the year."""
    gap = gap_before(clause)
    return governing if gap is None else shifted(governing, gap)


def counted_on(named: EventDate, gap: tuple[int, str]) -> EventDate | None:
    """The date of an act told as coming a measure after (or before) a named one:
    "three days after the test on June 3" is June 6; "days after" it, June, to the
    month ("years after" it, nothing); "hours after" it, June 3."""
    if gap[1] == "hour":
        return named if named.precision.value == "day" else None
    if gap[0]:
        return shifted(named, (-gap[0], gap[1]))
    precision = COARSENED.get(gap[1])
    if precision is None or named.precision.value not in ("day", "month"):
        return None
    return replace(coarsened(named, precision), basis=DateBasis.RELATIVE)


def coarsened(date: EventDate, precision: Precision) -> EventDate:
    """``date`` told to a coarser precision: its month, or its year."""
    start = date.date.replace(day=1)
    if precision is Precision.YEAR:
        start = start.replace(month=1)
    return replace(date, date=start, precision=precision)


def shifted(governing: EventDate, gap: tuple[int, str]) -> EventDate:
    """A date moved back by a measure ((1, "day") is the day before; negative,
    after), to the precision the measure allows."""
    count, unit = gap
    if unit in DAYS_IN:
        if governing.precision.value != "day":
            return governing
        return replace(governing, date=governing.date - dt.timedelta(days=count * DAYS_IN[unit]))
    if unit == "month" and governing.precision.value == "year":
        return governing  # "In 2019, ... six months after it met": no month to count from
    if unit == "month" and governing.precision.value in ("day", "month"):
        months = governing.date.year * 12 + governing.date.month - 1 - count
        first = dt.date(months // 12, months % 12 + 1, 1)
        return replace(governing, date=first, precision=Precision.MONTH)
    return replace(
        governing, date=dt.date(governing.date.year - count, 1, 1), precision=Precision.YEAR
    )


def gap_before(clause: Token) -> tuple[int, str] | None:
    """How far a clause's act comes before the one it is told against, as a count
    and a unit: (1, "day") for "a day after X shot", (-2, "day") for "two days
    before X met"; None if no such measure is said."""
    mark_tokens = [c for c in clause.children if c.dep_ == "mark"]
    marks = [c.lower_ for c in mark_tokens]
    if not marks or marks[0] not in ("after", "before"):
        return None
    # (the parser may hang the measure on the "after": "came a day after troops traded")
    units = [c for c in (*clause.children, *mark_tokens[0].children) if c.dep_ == "npadvmod"]
    if clause.dep_ == "relcl" and clause.head.dep_ == "npadvmod":
        units.append(clause.head)  # "..., a day after he met Kim": hung on the measure
    for unit in units:
        name = unit.lemma_.lower()
        counts = [c for c in unit.children if c.dep_ in ("det", "nummod")]
        if name not in (*DAYS_IN, "month", "year") or not counts:
            continue
        if any(c.lower_ in VAGUE_COUNTS for c in unit.children):
            return None  # "a few days after": no count to move a date by
        count = _measure_count(unit, counts)
        return (count * (1 if marks[0] == "after" else -1), name) if count else None
    return None


# Spans of time short enough that an act so long after another is of its day.
WITHIN_THE_DAY = frozenset({"hour", "minute", "moment"})


def measured_from(anchor: Token) -> tuple[tuple[int, str], Token] | None:
    """The measure and the named act an act is told against with a preposition:
    (3, "day") and "test" for "three days after the test on June 3"; negative for
    "before". The parser hangs the measure on "after", or "after" on the measure."""
    for child in anchor.children:
        preposition: Token | None
        if child.dep_ == "prep" and child.lower_ in ("after", "before"):
            measures = [c for c in child.children if c.dep_ == "npadvmod"]
            before = child.doc[child.i - 1] if child.i > 0 else None
            if (
                not measures
                and before is not None
                and (
                    (before.dep_ == "npadvmod" and before.head.i == anchor.i)
                    or (
                        before.lemma_.lower() in WITHIN_THE_DAY
                        and before.dep_ in ("pobj", "dobj", "compound")
                    )
                )
            ):
                # "walked out moments after the vote": the measure beside "after"; the
                # parser may read "chamber minutes" as one noun
                measures = [before]
            preposition = child
        elif child.dep_ == "npadvmod":
            measures = [child]
            preposition = next(
                (c for c in child.children if c.dep_ == "prep" and c.lower_ in ("after", "before")),
                None,
            )
        else:
            continue
        # ("a day after announcing ...": the act named by a gerund)
        named = (
            [g for g in preposition.children if g.dep_ in ("pobj", "pcomp")] if preposition else []
        )
        if preposition is None or not named:
            continue
        for unit in measures:
            name = unit.lemma_.lower()
            counts = [c for c in unit.children if c.dep_ in ("det", "nummod")]
            if name == "morning" and [c.lower_ for c in counts] == ["the"]:
                # "the morning after the launch": the next day's (before: the day's before)
                return (1 if preposition.lower_ == "after" else -1, "day"), named[0]
            if name not in (*DAYS_IN, *WITHIN_THE_DAY, "month", "year"):
                continue
            if name in WITHIN_THE_DAY:
                # "hours after the test", "minutes after the vote": that day
                return (0, "hour"), named[0]
            if not counts and unit.tag_ == "NNS":
                return (0, name), named[0]  # "days after the test": uncounted
            count = _measure_count(unit, counts)
            if count:
                return (count * (1 if preposition.lower_ == "after" else -1), name), named[0]
    return None


def measured_in_scene(anchor: Token) -> tuple[tuple[int, str], Token] | None:
    """As ``measured_from``, for words said as well: a measure on the saying, or on an
    act its speaker did with it, dates them ("said his government rejects the
    resolution and walked out of the chamber minutes after the vote"); and for an
    act done with another the same moment ("rejected the resolution and walked out
    of the chamber moments after the vote"; not "protested and fired three days
    after the drills", a gap the second act alone may have)."""
    found = measured_from(anchor)
    if found is not None:
        return found
    saying = anchor.head if anchor.dep_ == "ccomp" and anchor.head.pos_ == "VERB" else None
    for verb in _done_alongside([anchor] if saying is None else [anchor, saying]):
        found = measured_from(verb)
        if found is not None and (saying is not None or found[0][1] == "hour"):
            return found
    return None


def _done_alongside(verbs: list[Token]) -> list[Token]:
    """The verbs after the first of ``verbs``, then the verbs joined to any of them
    that name no subject of their own."""
    return verbs[1:] + [
        c
        for verb in verbs
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]


def _measure_count(unit: Token, counts: list[Token]) -> int:
    """How many of ``unit`` its first count word says: 3 for "three days", 1 for
    "the day after the launch" (a singular unit); 0 for none or a vague one."""
    if not counts:
        return 0
    if counts[0].lower_ == "the":
        return 1 if unit.tag_ == "NN" else 0
    return count_of(counts[0].lower_)


def count_of(word: str) -> int:
    """The number a count word says: 2 for "two" or "2", 1 for "a"; 0 for one too
    vague to count by ("several", "few") or no number at all."""
    if word in VAGUE_COUNTS:
        return 0
    return int(word) if word.isdigit() else NUMBERS.get(word, 0)


# A day counted from the act told before: "a day later", "two days earlier", "the
# next day", "the following afternoon", "the previous day", "the same day", "later
# that day", "later that week" (the middle of its days left), "that afternoon",
# "earlier in the day" (not "a week after the North cut the lines", counted from the
# act its clause tells).
COUNTED_DAY = re.compile(
    r"(?:(?P<count>\w+) (?P<unit>day|week)s? (?P<way>later|earlier)"
    r"|the (?P<order>next|following|previous)"
    r" (?P<next_unit>day|week|morning|afternoon|evening|night)"
    r"|the (?P<side_unit>day|week) (?P<side>before|after)"
    r"|(?P<rest>later|earlier) (?:that|in the) week"
    r"|(?P<same>(?:on )?(?:later |earlier )?(?:the same|that(?: same)?)"
    r" (?:day|morning|afternoon|evening|night)|(?:later|earlier) in the day"
    # "within hours", "minutes later": the same day as the last one told
    r"|within (?:hours|minutes)|(?:a few |several )?(?:hours|minutes) later))"
)


# A month or year counted from the last time told: "the following year", "two
# years later", "later that year", "in January that year", "the next month".
_MONTH_NAMES = "|".join(name.lower() for name in calendar.month_name[1:])
COUNTED_PERIOD = re.compile(
    rf"(?:in |during |by |of )?(?:(?P<month>{_MONTH_NAMES}) (?:of )?)?"
    r"(?:(?P<count>\w+) (?P<unit>month|year)s? (?P<way>later|earlier)"
    r"|the (?P<order>next|following|previous|same) (?P<order_unit>month|year)"
    r"|(?:(?:later|earlier) )?that (?:same )?(?P<that_unit>month|year)"
    # "took office in 2008 ... was shot dead that July": July of that year
    rf"|that (?P<that_month>{_MONTH_NAMES})"
    r"|the (?P<side_unit>month|year) (?P<side>before|after))"
)


def counted_from_last(expression: str, ent: Span, sentence: Span, ctx: Context) -> EventDate | None:
    """The date a counted expression gives, from the last day named before it in its
    sentence ("fired on Tuesday and Japan protested a day later"), else from the last
    act dated to a day before the sentence ("fired a missile on Tuesday. A day later,
    Japan protested"); months and years likewise from the last month or year told
    ("signed a deal in 2016. The following year, ...")."""
    words = " ".join(expression.lower().split())
    if words in ("at the time", "at that time"):
        # "said at the time that ...": when the act told last took place
        return _time_told_last(ent.start, sentence, ctx)
    vague = VAGUELY_LATER.fullmatch(words)
    if vague is not None:
        return _coarsely_after(vague["unit"], ent, sentence, ctx)
    if DAY_OF_MONTH.fullmatch(words):
        return _day_in_month_told(words, ent, sentence, ctx)
    match = COUNTED_DAY.fullmatch(words)
    if match is None:
        period = COUNTED_PERIOD.fullmatch(words)
        return _period_from_last(period, ent, sentence, ctx) if period else None
    if match["same"]:
        days = 0
    elif match["count"]:
        count = count_of(match["count"])
        days = count * DAYS_IN[match["unit"]] * (1 if match["way"] == "later" else -1)
        if not days:
            return None  # "several days later": no count to move a date by
    elif match["rest"]:
        days = 0  # counted below from the last day's place in its week
    elif match["next_unit"]:
        # ("the following afternoon": a part of the next day)
        days = DAYS_IN.get(match["next_unit"], 1) * (-1 if match["order"] == "previous" else 1)
    else:
        days = DAYS_IN[match["side_unit"]] * (-1 if match["side"] == "before" else 1)
    told = _told_before(ent.start, sentence, ctx, counting_days=True)
    days_told = [d for d in told if d.precision.value == "day"]
    month = _month_told_here(ent, sentence, ctx) if match["count"] else None
    if month is not None and (not days_told or month.date > days_told[-1].date):
        # "On June 9, the North cut every line. That September, troops shot an
        # official; Kim apologised three days later": that month, not days after
        # the day told before it
        return replace(month, basis=DateBasis.RELATIVE)
    if not days_told:
        return None
    last = days_told[-1]
    day = last.date + dt.timedelta(days=days)
    if match["rest"]:
        # "Later that week": the middle of the days left in the last day's week
        day = rest_of_week(last.date, later=match["rest"] == "later")
    return replace(last, date=day, basis=DateBasis.RELATIVE)


# A day named by its number alone: "on the 21st".
DAY_OF_MONTH = re.compile(r"(?:on )?the \d{1,2}(?:st|nd|rd|th)")


def _day_in_month_told(words: str, ent: Span, sentence: Span, ctx: Context) -> EventDate | None:
    """ "On December 20 last year, ... and on the 21st we lodged a protest": the day
    in the month of the day told last (the month after it, for a day before that
    one); None when no day or month was told, or the day would come after the paper."""
    told = [
        d
        for d in _told_before(ent.start, sentence, ctx, counting_days=True)
        if d.precision in (Precision.DAY, Precision.MONTH)
    ]
    # (reckoned ahead from the day told last, as a plan is from the paper's day)
    found = resolve(words, told[-1].date, future=True) if told else None
    if found is None or (ctx.published is not None and found.date > ctx.published):
        return None
    return found


def _month_told_here(ent: Span, sentence: Span, ctx: Context) -> EventDate | None:
    """The month of the last act its paragraph told before ``ent``, when told to the
    month only: "That September, troops shot an official; Kim apologised ..." (or
    "... an official. Kim apologised three days later")."""
    start = ctx.offset + sentence.start_char
    here = [
        m.date
        for m in ctx.history
        if m.start >= ctx.offset
        and (m.start < start or m.trigger_index < ent.start)
        and m.date is not None
    ]
    return here[-1] if here and here[-1].precision is Precision.MONTH else None


# A time after the last one told by an uncounted stretch: "days later", "a few
# weeks later", "several months later".
VAGUELY_LATER = re.compile(
    r"(?:(?:a few|several|some|many|few) )?(?P<unit>day|week|month|year)s (?:later|afterwards)"
)
# How coarse a date stays after an uncounted stretch of each unit.
COARSENED = {"day": Precision.MONTH, "week": Precision.MONTH, "month": Precision.YEAR}


def _coarsely_after(unit: str, ent: Span, sentence: Span, ctx: Context) -> EventDate | None:
    """The last month or year told, for an act "days later" or "months later" than
    it: "the standoff of August ended when the two sides struck a deal days later"
    (August, to the month); none for "years later"."""
    precision = COARSENED.get(unit)
    told = [
        d for d in _told_before(ent.start, sentence, ctx) if d.precision.value in ("day", "month")
    ]
    if precision is None or not told:
        return None
    return replace(coarsened(told[-1], precision), basis=DateBasis.RELATIVE)


def _period_from_last(
    match: re.Match[str], ent: Span, sentence: Span, ctx: Context
) -> EventDate | None:
    """The month or year a counted period gives from the last one told."""
    if match["count"]:
        steps = count_of(match["count"]) * (1 if match["way"] == "later" else -1)
        if not steps:
            return None  # "several years later"
        unit = match["unit"]
    elif match["order_unit"]:
        steps = {"next": 1, "following": 1, "previous": -1, "same": 0}[match["order"]]
        unit = match["order_unit"]
    elif match["that_unit"]:
        steps, unit = 0, match["that_unit"]
    elif match["that_month"]:
        steps, unit = 0, "year"
    else:
        steps = -1 if match["side"] == "before" else 1
        unit = match["side_unit"]
    if unit == "month" and match["month"]:
        return None  # "January the next month": no such time
    told = [
        d
        for d in _told_before(ent.start, sentence, ctx)
        if unit == "year" or d.precision.value in ("day", "month")
    ]
    if not told:
        return None
    last = told[-1].date
    if unit == "year":
        named = match["month"] or match["that_month"]
        month = MONTHS[named] if named else None
        return EventDate(
            dt.date(last.year + steps, month or 1, 1),
            Precision.MONTH if month else Precision.YEAR,
            DateBasis.RELATIVE,
        )
    months = last.year * 12 + last.month - 1 + steps
    return EventDate(dt.date(months // 12, months % 12 + 1, 1), Precision.MONTH, DateBasis.RELATIVE)


def at_that_time(verb: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The date of the act told last, for one done "at the time" or "at that time":
    "The North fired missiles on Monday. Tokyo lodged a protest at the time"."""
    # (wherever the parser hangs it in the verb's clause: "rejected Seoul's demand for
    # a joint inquiry at the time")
    ats = [
        t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "at" and verb_above(t) == verb
    ]
    if not any(
        obj.lower_ == "time" and [c.lower_ for c in obj.children] in (["the"], ["that"])
        for at in ats
        for obj in at.children
        if obj.dep_ == "pobj"
    ):
        return None
    return _time_told_last(verb.i, sentence, ctx)


def _time_told_last(end: int, sentence: Span, ctx: Context) -> EventDate | None:
    """The date told last before token ``end``, as a date reckoned from it; a date
    that names an act counts ("comparisons with the 2008 shooting ... rejected a
    joint inquiry at the time": 2008)."""
    told = _told_before(end, sentence, ctx, naming_acts=True)
    return replace(told[-1], basis=DateBasis.RELATIVE) if told else None


def _told_before(
    end: int, sentence: Span, ctx: Context, counting_days: bool = False, naming_acts: bool = False
) -> list[EventDate]:
    """The dates told before token ``end``, in order: those of acts and events before
    its sentence, days its paragraph named before, then dates named earlier in it.
    Days are counted (``counting_days``) from none a relative clause told: "voted
    for it after Washington dropped demands, contained in a draft it circulated on
    Sept. 6. Two days later, ..." counts from the vote (but "an investigation that
    published its findings in May ... Later that month" is May). Days that name an
    act ("the Jan. 6 shelling") count only when ``naming_acts``."""
    start = ctx.offset + sentence.start_char
    # (a day counted before it in the sentence counts too: "found him the following
    # afternoon ... shot him dead that night")
    named = [
        resolve(e.text, ctx.published)
        or (
            counted_from_last(e.text, e, sentence, ctx)
            if COUNTED_DAY.fullmatch(" ".join(e.text.lower().split()))
            else None
        )
        for e in sentence.ents
        if e.label_ in ("DATE", "TIME")
        and e.end <= end
        # ("After the Council on April 13 condemned the April 5 launch, the North
        # said the following day": the day after the condemning; "the meeting
        # planned for 12 June, as Putin said on that same day": no plan's day)
        and (naming_acts or not names_an_act(e))
        and not _planned_day(e)
    ]
    # events told before, and acts told on a day that made no event ("Japan
    # protested on Tuesday. The North had fired ... the day before")
    before: list[tuple[int, EventDate]] = [
        (m.start, m.date)
        for m in ctx.history
        if m.start < start
        and m.date is not None
        and not (counting_days and _told_in_relative_clause(m, ctx))
    ]
    # (not an act with no state named as its doer: "Seoul answered within minutes"
    # is counted from an act a state did, the launch told before)
    # (a sentence's own day comes before the acts it tells in its clauses: "showed
    # off the missile it fired a day earlier" tells the firing last)
    before = [
        (offset, date)
        for offset, codes, date in ctx.dated_acts
        if offset < start and ANY_ACTOR not in codes
    ] + before
    # and days the paragraph named before, whatever they dated ("The talks were held
    # at Panmunjom on Feb. 28. The following day, Seoul rejected ..."), and those
    # the paragraph before named ("Kang flew out on Monday. \n\n ... the same day")
    before += [
        (at, date)
        for at, date in paragraph_dates(
            sentence.doc, ctx.offset, ctx.published, counting_days, naming_acts
        )
        if at < start
    ]
    if ctx.paragraph_before is not None:
        offset, doc = ctx.paragraph_before
        before += paragraph_dates(doc, offset, ctx.published, counting_days, naming_acts)
    # (a stable sort: at one offset, the sentence's own day stays first)
    told = [d for _offset, d in sorted(before, key=lambda p: p[0])]
    return [d for d in (*told, *named) if d is not None and d.basis.value != "publication"]


def paragraph_dates(
    doc: Doc,
    offset: int,
    published: dt.date | None,
    counting_days: bool = False,
    naming_acts: bool = False,
) -> list[tuple[int, EventDate]]:
    """The dates a paragraph names, by their offset in the article; not the day of a
    plan ("officials are scheduled to meet on Monday"), which no later act took, nor
    a day that names an act told before ("claimed the Jan. 6 shelling was a ruse"),
    which looks back rather than moving the story on; nor, for days counted
    (``counting_days``), a day a relative clause tells ("a draft it circulated on
    Sept. 6")."""
    found = []
    year_told: EventDate | None = None  # the last date named with its year
    for e in doc.ents:
        if (
            e.label_ != "DATE"
            or _planned_day(e)
            or (names_an_act(e) and not naming_acts)
            or (counting_days and _in_relative_clause(e.root))
        ):
            continue
        date = resolve(e.text, published)
        if date is not None and YEAR.search(e.text):
            year_told = date
        elif date is not None and year_told is not None:
            # "signed on April 27, 2018 ... met again in September ... in September
            # that year": 2018's September
            date = in_year_told_before(e.text, year_told, published) or date
        if date is not None:
            found.append((offset + e.start_char, date))
    return found


# A year written out: "2018".
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def in_year_told_before(
    expression: str, year_told: EventDate, published: dt.date | None
) -> EventDate | None:
    """A month or day with no year in the year of a date told before it, when that
    date is history (more than a year before publication) and the month or day
    falls on or after it; None otherwise."""
    if published is None or (published - year_told.date).days <= 366:
        return None  # a recent year: the month is reckoned from publication as usual
    found = resolve(f"{expression} {year_told.date.year}", None)
    if found is None or found.precision.value not in ("day", "month"):
        return None
    return found if found.date >= year_told.date else None


def _in_relative_clause(token: Token) -> bool:
    """True for a word of a relative clause on a noun other than its sentence's
    subject: "a draft it circulated on Sept. 6" (but not "Kerry, who met Park on
    April 12, ...", an act of the one the story follows)."""
    return any(
        t.dep_ == "relcl" and t.head.dep_ not in ("nsubj", "nsubjpass")
        for t in (token, *token.ancestors)
    )


def _told_in_relative_clause(mention: Mention, ctx: Context) -> bool:
    """True for a mention whose trigger a relative clause of this paragraph or the
    one before holds."""
    docs = [(ctx.offset, ctx.doc)]
    if ctx.paragraph_before is not None:
        docs.append(ctx.paragraph_before)
    for offset, doc in docs:
        if offset <= mention.start < offset + len(doc.text):
            index = mention.trigger_index
            return index < len(doc) and _in_relative_clause(doc[index])
    return False


def names_by_its_year(ent: Span) -> bool:
    """True for a year, or a month and year, set between a determiner and the noun it
    names: "address the issue of the 2018 court rulings", "pinned the November 2014
    breach on Pyongyang on Dec. 19" (what is named, not when the act was done)."""
    root = ent.root
    return (
        len(ent) <= 2
        and any(len(t.text) == 4 and t.text.isdigit() for t in ent)
        and root.dep_ in ("nummod", "compound", "amod", "nmod")
        and root.head.pos_ == "NOUN"
        and root.head.i > root.i
        and ent.start > 0
        and ent.doc[ent.start - 1].dep_ in ("det", "poss")
    )


def names_an_act(ent: Span) -> bool:
    """True for a date set before the noun it modifies, after a time its sentence told
    first: "That evening Iran claimed the Jan. 6 shelling was a hoax" (but "The
    reaction to the Oct. 9 test was swift" sets the paragraph's day)."""
    return (
        ent.root.dep_ in ("nmod", "compound", "amod")
        and ent.root.head.i >= ent.end
        and any(e.label_ in ("DATE", "TIME") and e.end <= ent.start for e in ent.sent.ents)
    )


# Words before a date that give a term's day, when nothing is done: "effective Aug.
# 28", "until Friday".
TERM_WORDS = frozenset({"effective", "until", "till"})


# Participles that set an act for a day: "the meeting planned for 12 June".
PLANNING_PARTICIPLES = frozenset({"plan", "schedule", "set", "slate"})


def _planned_day(ent: Span) -> bool:
    """True for a date on a verb that tells a plan: "are scheduled to meet on Monday";
    or a term's day: "voted to strip Seoul of its place, effective Aug. 28"."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in TERM_WORDS:
        return True
    verb = verb_above(ent.root)
    if verb is None:
        return False
    # "the meeting planned for 12 June": the day it was set for
    set_for = verb.tag_ == "VBN" and verb.lemma_.lower() in PLANNING_PARTICIPLES
    if set_for and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "for":
        return True
    return verb_modality(verb, load_lexicon()) is Modality.FUTURE
