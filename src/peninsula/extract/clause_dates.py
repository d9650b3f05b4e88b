"""Dates told by a clause beside an act with none of its own: "that of 1991, when
Kim visited China", "urged Xi to help when the two met in Lima last month",
"expressed support, with a spokesman calling it a responsible step on Thursday"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from peninsula.extract.context import Context
from peninsula.extract.date_attachment import attachment_distance
from peninsula.extract.tokens import first_conjunct
from peninsula.extract.told_dates import first_date_within, resolve_told
from peninsula.models import EventDate


def when_of(anchor: Token, sentence: Span, ctx: Context, future: bool) -> EventDate | None:
    """The time a "when" clause describes: "that of 1991, when Kim visited China"; "as
    it did in August last year, when the North shelled a site and the South fired
    back" (the parser may hang the clause on another verb: the time just before
    its comma)."""
    clause = first_conjunct(anchor)  # "... and the South fired back": the clause's time too
    whens = [c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "when"]
    if clause.dep_ not in ("relcl", "advcl") or not whens:
        return None
    before = whens[0].i - 1
    if before >= 0 and ctx.doc[before].text == ",":
        before -= 1
    for ent in sentence.ents:
        if ent.label_ in ("DATE", "TIME") and (
            ent.start <= clause.head.i < ent.end or ent.end - 1 == before
        ):
            return resolve_told(ent, sentence, ctx, future=future)
    period = clause.head
    if period.dep_ == "pobj" and period.head.lower_ in PERIOD_PREPS:
        # "were reconnected in 2018 during a brief period of detente, when the two
        # Koreas agreed ...": the period is the time of the verb it is told on
        verb = period.head.head
        for ent in sentence.ents:
            if ent.label_ in ("DATE", "TIME") and ent.root.dep_ == "pobj":
                if ent.root.head.head.i == verb.i and ent.root.head.dep_ == "prep":
                    return resolve_told(ent, sentence, ctx, future=future)
    return None


# The prepositions by which a period is the time of a verb: "during a period of detente".
PERIOD_PREPS = frozenset({"during", "in", "amid"})

# A distance standing for "not attached" among attachment distances.
FAR = 99


def _distance_or_far(token: Token, anchor: Token) -> int:
    distance = attachment_distance(token, anchor)
    return FAR if distance is None else distance


def date_of_when_clause(anchor: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The day of a past "when" clause on an undated act: "urged Xi to help when the
    two met in Lima last month", "signed the declaration when Koizumi visited on
    September 17, 2002" (the act was done then)."""
    # the parser may hang a trailing "when" clause on the verb the anchor governs
    # ("urged Xi to help when the two met")
    holders = [anchor]
    for holder in holders:  # and on the verbs its "to" clauses chain: "to help rein in"
        holders += [c for c in holder.children if c.dep_ == "xcomp"]
    clauses = [c for h in holders for c in h.children if c.dep_ == "advcl" and c.tag_ == "VBD"]
    for clause in clauses:
        if not any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in clause.children):
            continue
        stated = [
            (distance, ent)
            for ent in sentence.ents
            if ent.label_ == "DATE"
            and (distance := min(_distance_or_far(t, clause) for t in ent)) < FAR
        ]
        for _distance, ent in sorted(stated, key=lambda pair: pair[0]):
            dated = resolve_told(ent, sentence, ctx)
            if dated is not None:
                return dated
    return None


def with_clause_date(anchor: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The date of a "with" clause that tells how an act was done, when the act has
    none: "expressed support for the decision, with a spokesman calling it a
    responsible step on Thursday" (Thursday's)."""
    clauses = [
        g
        for c in anchor.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG" and any(s.dep_ == "nsubj" for s in g.children)
    ]
    inside = {t.i for clause in clauses for t in clause.subtree}
    return first_date_within(inside, sentence, ctx) if inside else None


# Words that make "the ... time" a time an act was done: "the last time", "the first time".
ORDINAL_TIMES = frozenset({"last", "first", "previous", "only"})


def time_apposed(anchor: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The date set off after a clause of "the last time" an act was done: "The last
    time Pyongyang lobbed a missile over Japan, on September 15, 2017, Trump
    responded ..." (the lobbing's; the parser may hang the date on the main verb)."""
    # the clause describes the time ("the last time [that] it fired"), or the parser
    # took the time for the clause verb's own ("The last time" on "lobbed")
    times = [c for c in anchor.children if c.dep_ == "npadvmod"]
    times += [anchor.head] if anchor.dep_ == "relcl" else []
    if not any(
        t.lemma_.lower() == "time"
        and t.i < anchor.i
        and any(m.lower_ in ORDINAL_TIMES for m in t.children)
        for t in times
    ):
        return None
    # the clause ends at the comma that sets the date off
    comma = next((t.i for t in sentence if t.i > anchor.i and t.text == ","), None)
    if comma is None:
        return None
    for ent in sentence.ents:
        opening = [t.lower_ for t in ctx.doc[comma + 1 : ent.start]]
        if ent.label_ == "DATE" and ent.start > comma and opening in ([], ["on"], ["in"]):
            return resolve_told(ent, sentence, ctx)
    return None
