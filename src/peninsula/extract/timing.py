"""When an event happened: the time expression that governs its trigger.

A date attaches to the trigger it governs without crossing another clause's
verb ("held talks on Friday" dates the talks; "said on Friday that it tested"
dates the saying). What an undated act takes from the sentences before it (the
same actor's dated act, the story's day) is in ``story_dates``; otherwise the
caller falls back to publication.

Days counted from another act ("a day after X fired") are in ``counted``,
acts at an unstated past time ("previously fired") in ``undated``, time
expressions resolved against the times told before ("in April that year") in
``told_dates``, and the occasions an act is done at ("at the summit") in
``occasions``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from peninsula.dates import after_first, guessed_day, paired_dates, resolve
from peninsula.extract.clause_dates import (
    FAR,
    date_of_when_clause,
    time_apposed,
    when_of,
    with_clause_date,
)
from peninsula.extract.clauses import (
    OBJECT_CONTROL_VERBS,
    SUBJECT_CONTROL_VERBS,
    controlled,
    participle_beside_told_passive,
)
from peninsula.extract.context import Context
from peninsula.extract.counted import (
    at_that_time,
    counted_back,
    counted_on,
    gap_before,
    measured_from,
    measured_in_scene,
    names_an_act,
    names_by_its_year,
    shifted,
)
from peninsula.extract.date_attachment import (
    DATE_PARTICIPLES,
    after_the_day,
    apposed,
    attachment_distance,
    closing_weekday,
    counts_times,
    dated_in_itself,
    dated_on,
    dates_governor,
    errand_of,
    head_elsewhere,
    in_complement,
    intended_date,
    issuing_verb,
    occasion_year,
    planned_by_object,
    scene_verb,
    semicolon_before,
    year_of_its_noun,
)
from peninsula.extract.lexicon import Lexicon, load_lexicon
from peninsula.extract.modality import (
    DEPARTURE_VERBS,
    TRIP_VERBS,
    counterfactual,
    gone_so_far_as,
    purpose_of,
    verb_modality,
)
from peninsula.extract.noun_moods import announced_trip, never_held
from peninsula.extract.occasions import (
    date_of_occasion,
    date_of_relative_occasion,
    meetings_told,
    occasion_date,
    told_date,
)
from peninsula.extract.phrases import taken_gerund
from peninsula.extract.recipients import ISSUING_VERBS, MADE_DOCUMENTS
from peninsula.extract.reference import ANY_ACT, answered_events, referred_type
from peninsula.extract.tokens import (
    STATEMENT_NOUNS,
    first_conjunct,
    past_tense,
    present_tense,
    told_in_past,
    word_forms,
)
from peninsula.extract.told_dates import (
    before_later_act,
    named_date,
    paired_phrase,
    resolve_told,
    restated_time,
    year_of_pair,
)
from peninsula.extract.travel import is_dateline
from peninsula.extract.triggers import noun_rule
from peninsula.extract.undated import vague_past
from peninsula.models import (
    DateBasis,
    EventDate,
    Modality,
    Precision,
)

# Participles that put what they modify in the future: "slated for May 9" (a
# plan, a drill held or staged may be past).
SLATING = DATE_PARTICIPLES - {"plan", "hold", "stage"}
# Words before a date that stop it from dating the event: "since 1981".
DATE_BLOCKERS = frozenset({"since", "until", "till", "through", "before", "after", "by"})
DATE_PREFIXES = frozenset(
    {"in", "on", "early", "late", "mid", "last", "this", "next", "of", "within"}
)


def coordinated_dates(
    anchor: Token, sentence: Span, ctx: Context, date: EventDate
) -> list[EventDate]:
    """The other days of an act told with several: "tested missiles on Jan. 5 and
    Jan. 11" (the one found is Jan. 5), "visited Pyongyang in 2002 and again in
    2004": one act on each."""
    found: list[EventDate] = []
    for ent in sentence.ents:
        root = ent.root
        on_anchor = ent.label_ == "DATE" and root.head.head.i == anchor.i
        resolved = resolve(ent.text, ctx.published) if on_anchor else None
        again = root.head.dep_ == "prep" and any(
            c.dep_ == "advmod" and c.lower_ == "again" for c in root.head.children
        )
        # "visited Ankara in March and Istanbul in May": a second day of the same
        # reckoning hung on the act itself
        again = again or (
            resolved is not None
            # ("hosted Kim twice, in Vladivostok in 2019 and at the cosmodrome in
            # September 2023": counted acts may be told to different precisions)
            and (
                resolved.precision is date.precision
                or any(c.dep_ == "advmod" and c.lower_ == "twice" for c in anchor.children)
            )
            and resolved.date != date.date
            and root.dep_ == "pobj"
            and root.head.lower_ in ("in", "on")
            and _second_day_told(anchor, root.head, sentence)
        )
        if on_anchor and again:
            # "in March 2018 and again in May": May of 2018
            resolved = after_first(ent.text, resolved, date) if resolved is not None else None
            if resolved is not None and resolved != date and resolved not in found:
                found.append(resolved)  # "in 2002 and again in 2004"
            continue
        if on_anchor and not _stretch(ent, ctx):
            # "on July 4 and July 28", "in January and September of that year"
            found += [d for d in paired_dates(paired_phrase(ent).text, date) if d not in found]
        if ent.label_ != "DATE" or root.dep_ != "conj":
            continue
        first = next((e for e in sentence.ents if e.start <= root.head.i < e.end), None)
        if first is None or first.label_ != "DATE":
            continue
        if _stretch(first, ctx):
            continue  # "between Jan. 5 and Jan. 11": one stretch of time, not two days
        if not any(attachment_distance(t, anchor) is not None for t in first) and not (
            _in_occasion(first, anchor)
        ):
            continue
        resolved = resolve(ent.text, ctx.published)
        if (
            resolved is not None
            and resolved.precision is date.precision
            and resolved.date != date.date
            and resolved not in found
        ):
            found.append(resolved)
    return found


def _in_occasion(date: Span, anchor: Token) -> bool:
    """True for a date in the phrase of the meeting an act was done at: "the
    agreements reached at the summits of June 2000 and October 2007"."""
    for above in date.root.ancestors:
        if above.i == anchor.i:
            return False
        if above.dep_ == "pobj" and above.head.lower_ in ("at", "during"):
            return above.head.head.i == anchor.i
    return False


def _stretch(date: Span, ctx: Context) -> bool:
    """True for a date that opens a stretch of time: "between Jan. 5 and Jan. 11"
    (one stretch, not two days)."""
    opening = {date[0].lower_, ctx.doc[date.start - 1].lower_ if date.start else ""}
    return bool(opening & {"between", "from"})


def _second_day_told(anchor: Token, prep: Token, sentence: Span) -> bool:
    """True for a date's "in" or "on" that follows an earlier date of the act after
    an "and" or a comma, with no other verb or clause between: "visited Ankara in
    March and Istanbul in May", "met in Singapore in June 2018, in Hanoi in
    February 2019" (not "condemned on Monday the arrival on Saturday")."""
    ends = {e.root.i: e.end for e in sentence.ents if e.label_ == "DATE"}
    earlier = [
        ends[o.i]
        for c in anchor.children
        if c.dep_ == "prep" and c.lower_ in ("in", "on") and anchor.i < c.i < prep.i
        for o in c.children
        if o.dep_ == "pobj" and o.i in ends
    ]
    if not earlier:
        return False
    between = sentence.doc[max(earlier) : prep.i]
    return any(t.lower_ in ("and", ",") for t in between) and not any(
        t.pos_ in ("VERB", "AUX") or t.dep_ == "mark" or t.lower_ in DATE_BLOCKERS for t in between
    )


def dated_by_name(
    obj: Token, verb_type: str, sentence: Span, ctx: Context, lexicon: Lexicon
) -> bool:
    """True for an object that is an event of its own on its own date: "scrapped
    the 2015 agreement" reports the scrapping now and the agreement in 2015."""
    named = noun_rule(obj, lexicon)
    return (
        named is not None and named.type != verb_type and named_date(obj, sentence, ctx) is not None
    )


def adopted_date(document: Token | None, sentence: Span, ctx: Context) -> EventDate | None:
    """The date a document that acts was adopted, which its act takes: "A U.N.
    resolution adopted in December 2017 banned its coal exports"."""
    if document is None or document.lemma_.lower() not in MADE_DOCUMENTS:
        return None
    for participle in document.children:
        if (
            participle.dep_ == "acl"
            and participle.tag_ == "VBN"
            and participle.lemma_.lower() in ISSUING_VERBS
        ):
            return _governing_date(participle, sentence, ctx, Modality.ASSERTED)
    return None


def event_date(anchor: Token, sentence: Span, ctx: Context, modality: Modality) -> EventDate | None:
    """The date of the time expression that governs ``anchor``, resolved; else that
    of an act told before, which the anchor's act came during; else the date
    heading its entry of a dated list; None if none."""
    found = _governing_date(anchor, sentence, ctx, modality) or _during_told(anchor, ctx)
    if found is not None or ctx.entry is None:
        return found
    # (a plan told in an entry was made on its day: "April 27, 2018: ... the two
    # leaders promise to set up a liaison office")
    return ctx.entry[1]


# Verbs by which a told act happens during another: "The admission came during a
# visit by Koizumi".
COMING_VERBS = frozenset({"come", "happen", "occur"})
DURING_PREPS = frozenset({"during", "at", "amid", "in"})


def _during_told(anchor: Token, ctx: Context) -> EventDate | None:
    """The date of an act told before, which the anchor's act took place during:
    "North Korea admitted in 2002 that ... The admission came during a visit to
    Pyongyang by Koizumi" (the visit is of 2002)."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in DURING_PREPS:
        return None
    verb = anchor.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() not in COMING_VERBS or subject is None or subject.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children):
        return None
    told = [
        m.date
        for m in answered_events(subject, [], ctx.history, load_lexicon())
        if m.date is not None and m.date.basis is not DateBasis.PUBLICATION
    ]
    return told[-1] if told else None


# Steps added to a date that names an act ("Iran's April 5 launch") after a date
# its sentence told first, which dates the verb sooner even when hung further off.
NAMING_STEPS = 10


def _governing_date(
    anchor: Token, sentence: Span, ctx: Context, modality: Modality, own: bool = False
) -> EventDate | None:
    """The date of the time expression that governs ``anchor``, resolved; None if none.
    With ``own``, not one its object's clause tells (that clause asks for this one)."""
    future = modality is Modality.FUTURE
    errand = errand_of(anchor)
    if errand is not None and not dated_in_itself(anchor):
        # "arrived in Seoul on Thursday as Xi's envoy to brief the ROK side", "sent a
        # delegation to attend": an envoy's errand is dated by what the envoy did
        return event_date(errand, sentence, ctx, modality)
    if anchor.dep_ == "pcomp" and anchor.head.lower_ == "before" and not dated_in_itself(anchor):
        # "Before arriving in Pyongyang, Putin held talks on Tuesday"
        governed = event_date(anchor.head.head, sentence, ctx, modality)
        return after_the_day(governed, ctx.published)
    if gone_so_far_as(anchor):
        # "In July 2016, the U.S. went so far as to slap sanctions": the going's day
        return event_date(anchor.head.head, sentence, ctx, modality)
    scene = scene_verb(anchor)  # "in October held talks on the river, where ...": October
    if scene is not None and (held := _governing_date(scene, sentence, ctx, modality, own=True)):
        return held
    issuing = issuing_verb(anchor)
    # (a "that" clause's statement is dated without that clause, which asks for it)
    if issuing is not None and (
        issued := _governing_date(issuing, sentence, ctx, modality, own=anchor.dep_ == "relcl")
    ):
        return issued  # "on April 13 issued a statement condemning the April 5 launch"
    named_year = occasion_year(anchor) or year_of_its_noun(anchor)
    if named_year is not None:
        return named_year  # "to form joint teams at the 2020 Tokyo Olympics": 2020
    measured = measured_in_scene(anchor)
    if measured is not None and not dated_on(anchor):
        # "three days after the test on June 3, the Council imposed ...": June 6
        # (but "fired on May 25, two years after its first test in 2006" is May 25)
        gap, reference = measured
        referenced = occasion_date(reference, sentence, ctx) or told_date(reference, sentence, ctx)
        if referenced is not None and referenced.basis is not DateBasis.PUBLICATION:
            counted = counted_on(referenced, gap)
            if counted is not None:
                return counted
    if (
        announced_trip(anchor)
        and anchor.head.tag_ in ("VBD", "VBN")
        and not dated_in_itself(anchor)
    ):
        # "announced the visit on Monday": a plan with no time of its own, dated the
        # day it was told
        return event_date(anchor.head, sentence, ctx, Modality.ASSERTED)
    measured_back = _measured_back(anchor, sentence, ctx)
    if measured_back is not None:
        return measured_back  # "fired on Wednesday, three weeks after Trump's visit"
    best: tuple[int, EventDate] | None = None
    best_end = 0  # where the best date's words end
    best_guessed = False  # whether it only guesses at its day ("earlier this week")
    for ent in sentence.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if ctx.entry is not None and ent.start_char < ctx.entry[0]:
            continue  # the entry's heading, which the tagger may have cut short
        before = ctx.doc[ent.start - 1] if ent.start > 0 else None
        # ("after Wednesday's summit": the "after" governs the summit, not its day)
        if before is not None and before.lower_ in DATE_BLOCKERS and ent.root.dep_ != "poss":
            continue
        if is_dateline(ent):
            continue
        if counts_times(ent):
            continue  # "for the second time this year": the span counted in, no date
        # the parser may split a date ("on Wednesday last week"): its nearest word
        # counts, unless its head word is another clause's ("resumed them in June
        # last year after the North began ...", "last year" hung on "began")
        distances = [d for t in ent if (d := attachment_distance(t, anchor)) is not None]
        if (
            anchor.dep_ == "relcl"
            and anchor.head.i == ent.root.i
            and not any(t.lower_ == "where" for t in anchor.subtree if t.i < anchor.i)
        ):
            distances.append(1)  # "the day (that) Seoul cut the line": that day's act
        if distances and head_elsewhere(ent, anchor):
            continue
        # "agreed to restore ties in March 2023": a past day the parser hangs on what
        # was agreed is the agreeing's (checked past below)
        # "accused Iraq of violating the ceasefire on Tuesday": a weekday closing the
        # sentence is its main verb's, wherever the parser hangs it
        closing = not distances and not future and closing_weekday(ent, anchor)
        complement = not distances and not future and not closing and in_complement(ent, anchor)
        if not distances and not complement and not closing:
            continue
        distance = min(distances) if distances else FAR - 1
        if names_by_its_year(ent) and ent.root.head.i != anchor.i:
            continue  # "urged Seoul to address the 2018 court rulings": no time of the urging
        if distances and names_an_act(ent):
            distance += NAMING_STEPS  # "on April 13 condemned Iran's April 5 launch"
        # "said on Tuesday it will send aid": a plan told is dated on the day it was
        # told; "agreed on Tuesday to co-operate" gives the agreement's day, not the plan's
        told = future and dates_governor(ent, anchor)
        # "a possible meeting ... slated for May 9": a day something is slated for is
        # to come, whatever the doubt about it
        # (but not one it never reached: "the summit, set for late July, never took place")
        future = future or any(
            a.dep_ == "acl" and a.lemma_.lower() in SLATING and not never_held(a.head)
            for a in ent.root.ancestors
        )
        if told and anchor.dep_ != "ccomp":
            continue
        after = ctx.doc[ent.end] if ent.end < len(ctx.doc) else None
        # "in March and June 2021"; "in 1995, the year the North appealed for food"
        expression = restated_time(ent, year_of_pair(ent, ent.text))
        if (
            after is not None
            and after.dep_ == "mark"
            and after.lower_ in ("after", "before")
            # "yesterday after North Korea fired": a day, not a measure back from one
            and gap_before(after.head) is not None
        ):
            # "on Tuesday, 13 months after Pyongyang cut them": the tagger's one date is
            # the governing act's day and the measure of the clause back from it
            if after.head.i == anchor.i or "," not in expression:
                continue  # the clause is counted back from its governor, below
            expression = expression.split(",")[0]
        if before is not None and before.lower_ in DATE_PREFIXES:
            expression = f"{before.text} {expression}"
        expressions = [expression]
        if after is not None and after.lower_ in ("after", "before", "later", "earlier", "ago"):
            # "two years ago"; but "on Feb. 2 after talks" is Feb. 2
            expressions.insert(0, f"{expression} {after.text}")
        whole = len(expressions)
        if ent[-1].lower_ in ("later", "earlier", "ago"):
            # the tagger may take in words before the measure: "struck [a deal days
            # later]"; a measure so found yields to a date the parse hangs on the act
            expressions += [ent[i:].text for i in range(1, len(ent) - 1)]
        resolved = None
        for index, candidate in enumerate(expressions):
            # "the next month", "a year later": counted from the time told last, not
            # from publication
            resolved = resolve_told(ent, sentence, ctx, future and not told, candidate)
            later = _act_after(anchor, sentence, ctx) if resolved is not None else None
            if resolved is not None and later is not None:
                resolved = before_later_act(candidate, resolved, later) or resolved
            if resolved is not None:
                distance = distance if index < whole else FAR - 1
                break
        resolved = resolved or _day_of_told(ent, ctx)
        if resolved is None:
            continue
        if future and not told and ctx.published and resolved.last_day() < ctx.published:
            continue  # a planned event is not dated by a past time expression
        if closing and ctx.published and resolved.date > ctx.published:
            continue  # a weekday ahead is the closing clause's plan, not the main verb's
        if complement and (
            ctx.published is None
            or resolved.last_day() >= ctx.published
            # "agreed to hold a summit in late April": a month with no year may be ahead
            or resolve(candidate, ctx.published, future=True) != resolved
        ):
            continue  # "agreed to hold talks next month": the talks' month
        if ctx.published and resolved.date > ctx.published and intended_date(ent, anchor):
            continue  # "rejected a plan to hold talks next month": the talks' month
        if best is None or distance < best[0]:
            best = (distance, resolved)
            best_end = ent.end
            best_guessed = guessed_day(ent.text)
        elif apposed(best_end, ent) and (
            (_spelled_out(resolved) and not _spelled_out(best[1]))
            or (best_guessed and resolved.precision is Precision.DAY)
        ):
            # "A week earlier, on Jan. 9, ... had met": Jan. 9; "Earlier in the week,
            # on Tuesday, ...": Tuesday
            best = (distance, resolved)
            best_guessed = False
    if best is not None:
        return best[1]
    named = (
        when_of(anchor, sentence, ctx, future)
        or date_of_when_clause(anchor, sentence, ctx)
        or time_apposed(anchor, sentence, ctx)
        or (None if future else at_that_time(anchor, sentence, ctx))
    )
    if named is not None:
        return named
    within = date_of_occasion(anchor, sentence, ctx) or date_of_relative_occasion(
        anchor, sentence, ctx
    )
    if within is not None and not (
        ctx.published
        # a plan is not dated by a past occasion, nor a deed by one to come
        and (within.last_day() < ctx.published if future else within.date > ctx.published)
    ):
        return within
    promised_at = _promised_at(anchor, sentence, ctx) if future else None
    if promised_at is not None:
        return promised_at
    homeward = None if future else _on_way_home(anchor, ctx)
    if homeward is not None:
        return homeward
    # ("will expel the soldier who crossed in July": what the object did is past, no
    # time of a plan)
    described = None if future or own else _object_clause_date(anchor, sentence, ctx, modality)
    if described is not None:
        return described
    accompanying = with_clause_date(anchor, sentence, ctx)
    if accompanying is not None and not future:
        return accompanying
    if anchor.dep_ == "pcomp" and anchor.head.head.pos_ == "VERB":
        governor = anchor.head.head
        if anchor.head.lower_ in ("by", "after", "before", "without") or (
            anchor.head.lower_ == "of" and governor.lemma_.lower() in load_lexicon().charging_verbs
        ):
            # "answered in December by expelling the inspectors": the means, on its
            # day ("cut the lines in June 2020, after blowing up the office": then;
            # "flew through the zone on Tuesday without notifying China": not then);
            # "in January accused Pyongyang of supplying missiles": as of its day, in
            # its own tense ("struck back on Aug. 12 by announcing it would ...": past)
            return event_date(governor, sentence, ctx, verb_modality(governor, load_lexicon()))
    if (
        anchor.dep_ == "relcl"
        and anchor.head.dep_ in ("dobj", "nsubjpass")
        and verb_modality(anchor, load_lexicon()) is Modality.NEGATED
        and counterfactual(anchor)
    ):
        # "vetoed a resolution in May 2022 that would have tightened sanctions": what
        # did not happen, as of the veto
        return event_date(anchor.head.head, sentence, ctx, Modality.ASSERTED)
    if (
        anchor.dep_ == "acl"
        and anchor.tag_ == "VBN"
        and anchor.head.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "agent" for c in anchor.children)
    ):
        # "two days after a missile launched by the North flew over Japan": what the
        # subject's participle tells was done when its clause's act was
        return event_date(anchor.head.head, sentence, ctx, modality)
    if planned_by_object(anchor):
        # "told lawmakers on Tuesday that Seoul had no plans to shut the park",
        # "announced a plan on Tuesday to send rice": a plan had (or none), as of
        # the day its having was told
        having = anchor.head.head
        had = having.tag_ in ("VBD", "VBN")
        return event_date(having, sentence, ctx, Modality.ASSERTED if had else modality)
    if anchor.dep_ == "relcl" and anchor.head.dep_ == "npadvmod" and gap_before(anchor):
        # "accepted on Friday an invitation to visit, a day after he met Kim": the
        # parser hangs the clause on its measure; counted from the act the measure
        # is told against
        told_against = (
            event_date(verb, sentence, ctx, Modality.ASSERTED)
            for verb in anchor.head.ancestors
            if verb.pos_ in ("VERB", "AUX")
        )
        governing = next((d for d in told_against if d is not None), None)
        return counted_back(governing, anchor) if governing is not None else None
    # "North Korea in June heightened tension ..., blaming Seoul": a clause with no
    # time of its own takes its governing clause's ("said on Wednesday that ...").
    if anchor.dep_ in ("advcl", "conj", "xcomp", "ccomp", "acomp") and anchor.head.i != anchor.i:
        if any(vague_past(c) for c in anchor.children):
            return None  # "admitted in 2002 that it had kidnapped 13 in the 1970s"
        if semicolon_before(anchor):
            return None  # "X and Y could meet; Seoul earlier this month proposed ..."
        if anchor.dep_ == "conj" and (
            now_told(anchor) or present_tense(anchor) or _perfect_since(anchor)
        ):
            return None  # "struck on Wednesday, and Iran now demands ..."
        # "said on Tuesday it will send aid": a plan is dated when it was told, and
        # that Tuesday is past, not the next one
        planned_in_past = future and told_in_past(anchor.head)
        # "agreed on Tuesday to cooperate", "invited Xi to visit": what a past act
        # planned, promised or asked for is dated when it was (as annotators date
        # plans); not a purpose ("allocated funds last week to open an office")
        # ("proposed on Monday sending its minister": a proposal's act, on its day)
        told = planned_in_past and (
            # ("said the zones had no effect and that the South would resume firing")
            first_conjunct(anchor, verbal=True).dep_ == "ccomp"
            # "arrived in Hanoi on Wednesday to meet Kim": a trip's errand, planned
            # with the trip (that Wednesday, not the next)
            or (purpose_of(anchor) and anchor.head.lemma_.lower() in TRIP_VERBS | DEPARTURE_VERBS)
            or (
                (controlled(anchor) or taken_gerund(anchor))
                and anchor.head.lemma_.lower()
                in SUBJECT_CONTROL_VERBS | OBJECT_CONTROL_VERBS | load_lexicon().proposing_words
            )
        )
        head = anchor.head
        if (
            anchor.dep_ == "conj"
            and head.dep_ == "ccomp"
            and any(c.dep_ == "mark" for c in anchor.children)
        ) or participle_beside_told_passive(anchor, head):
            # "said that Seoul had on Monday proposed ..., but that she refused";
            # "told parliament that the lines would be reconnected in October, while
            # scorning the offer": the telling's day
            head = head.head
        # ("condemned the launch on Nov. 21, urging Pyongyang to return to talks": the
        # urging was done, so its Nov. 21 is past, though the talks are to come; not a
        # purpose, "allocated funds last week to open an office")
        done = (
            head.tag_ == "VBG"
            and head.dep_ == "advcl"
            and verb_modality(head, load_lexicon()) is Modality.ASSERTED
        )
        governing = event_date(head, sentence, ctx, Modality.ASSERTED if told or done else modality)
        if governing is None and gap_before(anchor) is not None:
            governing = _told_subject_date(anchor.head, ctx)
        if governing is None and gap_before(anchor) is not None and ctx.published:
            # "A day after Japan cut off fuel, North Korea expelled ...": the act
            # told with no date of its own is the day's news, and the other a day
            # before (a date that rests on the publication's, and sets no story day)
            governing = ctx.story_date or EventDate(
                ctx.published, Precision.DAY, DateBasis.PUBLICATION
            )
        if governing is None:
            return None
        return counted_back(governing, anchor)
    if anchor.dep_ == "ROOT" and gap_before(anchor) is not None:
        # "North Korea fired missiles on Thursday, the government said, two days after a
        # missile flew over Japan": the parser may make the "after" clause the root and
        # the main clause its complement, before the "after"
        mark = next(c for c in anchor.children if c.dep_ == "mark")
        main = next((c for c in anchor.children if c.dep_ == "ccomp" and c.i < mark.i), None)
        governing = event_date(main, sentence, ctx, Modality.ASSERTED) if main else None
        if governing is not None:
            return counted_back(governing, anchor)
    return None


def _spelled_out(date: EventDate) -> bool:
    """True for a day written out in full ("on Jan. 9"), which a measure told beside
    it ("a week earlier") only rounds."""
    return date.basis is DateBasis.EXPLICIT and date.precision is Precision.DAY


def _day_of_told(ent: Span, ctx: Context) -> EventDate | None:
    """The day of an act told before, for "on the day of the test": the test's."""
    if ent.root.lemma_.lower() != "day" or not any(t.lower_ == "the" for t in ent):
        return None
    told = [
        g for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    # (an act that took place: not "could explode a second device", told since)
    done = [m for m in ctx.history if m.modality is Modality.ASSERTED]
    days = [
        m.date
        for noun in told
        for m in answered_events(noun, [], done, load_lexicon())
        if m.date is not None
        and m.date.basis is not DateBasis.PUBLICATION
        and m.date.precision is Precision.DAY
    ]
    return days[-1] if days else None


def _on_way_home(anchor: Token, ctx: Context) -> EventDate | None:
    """The day of the last meeting told, for an act done "on his way home" from it:
    "met Kim in Singapore on Tuesday ... telephoned Abe from Air Force One on his
    way home" (Tuesday)."""
    homeward = any(
        way.lemma_.lower() == "way" and any(c.lower_ in ("home", "back") for c in way.children)
        for prep in anchor.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for way in prep.children
    )
    # (the latest meeting, not one a later paragraph looks back to: "At their first
    # meeting there on June 12 last year ...")
    met = [d for _at, d in meetings_told(ctx)] if homeward else []
    past = [d for d in met if ctx.published is None or d.date <= ctx.published]
    return max(past, key=lambda d: d.date) if past else None


def _promised_at(anchor: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The date of the occasion at which a plan was promised or agreed: "At that
    meeting, Kim promised to make a return visit to Seoul" (the meeting's day, as
    annotators date plans: when they were made)."""
    clause = anchor.head if anchor.dep_ in ("dobj", "pobj") else anchor
    if clause.dep_ == "prep":
        clause = clause.head
    if clause.dep_ not in ("xcomp", "ccomp") or clause.head.tag_ not in ("VBD", "VBN"):
        return None
    told = date_of_occasion(clause.head, sentence, ctx)
    if told is None or (ctx.published is not None and told.date > ctx.published):
        return None
    return told


def now_told(verb: Token) -> bool:
    """True for a clause told as of now: "is now seeking to convene", "now
    demands" (joined to a past clause, it does not share its day), "as China is
    providing aid" (under way at publication; not in reported speech)."""
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
        verb = verb.head  # "is providing a great deal of assistance"
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    if any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children):
        return True
    return (
        verb.tag_ == "VBG"
        and verb.dep_ not in ("ccomp", "relcl")
        and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in verb.children)
    )


def _perfect_since(verb: Token) -> bool:
    """True for a present perfect joined to a past clause: "agreed on June 30 to
    resume talks, but no such talks have been held" (so far, not on June 30)."""
    return verb.head.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children
    )


def _measured_back(anchor: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The date of an act a measure before (or after) the act it is told against:
    "fired a missile on Wednesday, three weeks after Trump's visit" (the visit three
    weeks before that Wednesday); "The test came three weeks after Trump's visit"
    (counted from the test's day, told before); "met Moon on Thursday, a day after
    announcing that Washington would unveil sanctions" (what was announced is dated
    by the announcing, the day before)."""
    if anchor.dep_ == "ccomp" and anchor.head.dep_ == "pcomp" and not dated_in_itself(anchor):
        anchor = anchor.head
    if anchor.dep_ not in ("pobj", "pcomp") or anchor.head.lower_ not in ("after", "before"):
        return None
    if dated_in_itself(anchor):
        return None  # "seven years after the trip in June 2000": its own date
    governor = anchor.head.head
    if governor.dep_ == "npadvmod":
        governor = governor.head  # the parser hangs "after" on the measure
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    measured = measured_from(governor)
    if measured is None or measured[1].i != anchor.i or not measured[0][0]:
        return None  # ("days after the test": uncounted, no day to count back)
    governing = event_date(governor, sentence, ctx, Modality.ASSERTED) or _told_subject_date(
        governor, ctx
    )
    if governing is None or governing.basis is DateBasis.PUBLICATION:
        return None
    return shifted(governing, measured[0])


def _told_subject_date(verb: Token, ctx: Context) -> EventDate | None:
    """The date of the act a verb's subject names, told before: "The demolition came
    a week after Pyongyang severed the lines" counts back from the demolition's day."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].lemma_.lower() in STATEMENT_NOUNS:
        return ctx.story_date  # "The statement came a week after ...": the story's day
    # ("The launch came three weeks after ...": a noun naming an act told before)
    kind = referred_type(subjects[0], load_lexicon()) if subjects else None
    if kind is None:
        return None
    for mention in reversed(ctx.history):
        if (
            kind in (mention.event_type, ANY_ACT)
            and mention.modality is Modality.ASSERTED
            and mention.date is not None
            and mention.date.basis is not DateBasis.PUBLICATION
        ):
            return mention.date
    return None


def _object_clause_date(
    anchor: Token, sentence: Span, ctx: Context, modality: Modality
) -> EventDate | None:
    """The day a past-tense clause on the object says the object did what it did:
    "made public a joint statement that plotted a showdown on July 11" (the
    statement was made that day), "fired a missile that landed in the sea on
    Tuesday", "shot an official who was found in the water on Tuesday", "fired at
    a drone that flew across the border on Wednesday"."""
    lexicon = load_lexicon()
    targets = [
        g for p in anchor.children if p.dep_ == "prep" and p.lower_ == "at" for g in p.children
    ]
    # "staged their annual exercise, which began Aug. 17": the staged event's own
    # start is the staging's day
    staging = bool(word_forms(anchor) & lexicon.light_verbs)
    for obj in (c for c in [*anchor.children, *targets] if c.dep_ in ("dobj", "pobj")):
        event = noun_rule(obj, lexicon) is not None or obj.lemma_.lower() in lexicon.referring_nouns
        if event and not staging:
            continue  # "condemned the drills that were held in March": the drills' day
        for clause in (c for c in obj.children if c.dep_ == "relcl" and past_tense(c)):
            if event and not word_forms(clause) & lexicon.occurrence_verbs:
                continue
            if any(c.dep_ == "neg" for c in clause.children):
                continue  # "met relatives they had not seen since 1950": not then
            if any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
                continue  # "released a soldier who had crossed in July": before it
            date = event_date(clause, sentence, ctx, modality)
            if date is not None:
                return date
    return None


def _act_after(anchor: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The date of the act that ``anchor``'s "after" clause came before: "resumed
    them in June last year after the North began floating balloons"."""
    clause = anchor
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "after" for c in clause.children
    ):
        return None
    # (a time of its own: "was announced hours after the North fired on 9 May, ...
    # was launched on 4 May" does not put the announcement on the 4th)
    own = {t.i for t in clause.head.subtree} - {t.i for t in clause.subtree}
    if not any(e.label_ == "DATE" and e.root.i in own for e in sentence.ents):
        return None
    return event_date(clause.head, sentence, ctx, Modality.ASSERTED)
