"""Acts the text puts at an unstated time in the past.

"have used ICBMs to launch satellites in the past", "previously fired",
"regularly conduct drills", "has met Park six times", "in the 1970s": such
acts happened, but on no day the text gives, and the publication date would
be a false date for them.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from peninsula.extract.date_attachment import dated_in_itself
from peninsula.extract.lexicon import load_lexicon
from peninsula.extract.triggers import noun_rule

# Adverbs that put an act at some undated time before the story, or make it a
# habit rather than one act ("regularly conduct joint drills").
PAST_ADVERBS = frozenset(
    {
        "previously",
        "formerly",
        "historically",
        "regularly",
        "routinely",
        "usually",
        "typically",
        "habitually",
        "traditionally",
    }
)


# Adverbs of an act done again and again: a habit where a clause describes its
# subject ("North Korea, which has repeatedly demanded ...") or tells what goes
# on ("drills are being staged frequently"); in a main clause in the perfect it
# is a claim of the day ("North Korea has repeatedly requested talks").
REPEATING_ADVERBS = frozenset({"repeatedly", "frequently", "often", "persistently"})


def _habit(verb: Token) -> bool:
    """True for a verb of a describing relative clause or in the present ("are
    being staged frequently")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    present = verb.tag_ in ("VBZ", "VBP", "VBG") or bool(auxiliaries & {"is", "are", "am"})
    return verb.dep_ == "relcl" or (present and not auxiliaries & {"has", "have", "had"})


def _count_of_times(modifier: Token) -> bool:
    """True for "six times", "several times", "many times" modifying a verb."""
    return (
        modifier.dep_ == "npadvmod"
        and modifier.lemma_.lower() == "time"
        and modifier.tag_ == "NNS"
        and any(c.dep_ in ("nummod", "amod") for c in modifier.children)
    )


# Stretches of time that "recent" or "past" make a span of the past.
PAST_STRETCHES = frozenset({"year", "month", "decade", "week"})


def _past_stretch(preposition: Token) -> bool:
    """True for "in the past", "in recent years", "over the past decade"."""
    if preposition.lower_ not in ("in", "over", "during"):
        return False
    return any(
        g.dep_ == "pobj"
        and (
            g.lower_ == "past"
            or (
                g.lemma_.lower() in PAST_STRETCHES
                and any(m.lower_ in ("recent", "past") for m in g.children)
            )
        )
        for g in preposition.children
    )


DECADE = re.compile(r"^'?\d{2,4}s$")  # "the 1970s", "the '90s"


def vague_past(child: Token) -> bool:
    """True for a past coarser than a year: "in the 1970s", "decades ago", "two
    decades ago", "years ago" (not "two years ago", which counts)."""
    if child.dep_ == "prep" and child.lower_ in ("in", "during"):
        return any(g.dep_ == "pobj" and DECADE.match(g.text) for g in child.children)
    if child.dep_ == "advmod" and child.lower_ == "ago":
        spans = [g for g in child.children if g.dep_ == "npadvmod"]
        return any(
            g.lemma_.lower() in ("decade", "century")
            or (g.lower_ == "years" and not any(c.dep_ == "nummod" for c in g.children))
            for g in spans
        )
    return False


# Conjunctions that make a past clause the background of another ("since" may
# give a reason instead: "since North Korea fired, Japan has protested").
BACKGROUND_MARKS = frozenset({"once"})


# Words that count acts as several: "four nuclear tests", "several summits".
SEVERAL = frozenset({"several", "many", "numerous", "multiple", "dozens", "scores", "hundreds"})


# Verbs of owning up to a wrong done before.
CONFESSING_VERBS = frozenset({"admit", "acknowledge", "confess"})


def owned_up_to(verb: Token) -> bool:
    """True for a deed in the past perfect that a state owns up to: "admitted in
    2002 that it had kidnapped 13 Japanese" (the admission is of 2002, the deed of
    some earlier time the text does not give)."""
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ == "VBN"
        and verb.head.lemma_.lower() in CONFESSING_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
        and not dated_in_itself(verb)
    )


def _counted_since(verb: Token) -> bool:
    """True for acts counted over a span that began in the past, in the perfect:
    "Since Kim took power in 2011, North Korea has conducted four nuclear tests",
    "has held three summits since 2018" (an act a noun names, several times)."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    spanned = any(
        (c.dep_ == "prep" and c.lower_ == "since")
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))
        for c in verb.children
    )
    counted = any(
        o.dep_ == "dobj"
        and o.tag_ == "NNS"
        and noun_rule(o, load_lexicon()) is not None  # acts, not "two missiles"
        and any(
            (n.dep_ == "nummod" and n.lower_ not in ("one", "1")) or n.lower_ in SEVERAL
            for n in o.children
        )
        for o in verb.children
    )
    return perfect and spanned and counted


def undated_past(trigger: Token) -> bool:
    """True when the trigger's clause puts it at an unstated time in the past.

    "have used ICBMs to launch satellites in the past", "previously fired",
    "regularly conduct drills": such acts happened, but not on any day the
    text gives, and the publication date would be a false date for them.
    """
    clause = trigger
    # (every word on the way up: "and he usually answers with a show of force")
    chain = [trigger]
    while clause.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep") and clause.head.i != clause.i:
        clause = clause.head
        chain.append(clause)
    for head in chain:
        for child in head.children:
            if child.dep_ == "advmod" and child.lower_ in PAST_ADVERBS:
                return True
            if child.dep_ == "advmod" and child.lower_ in REPEATING_ADVERBS and _habit(head):
                return True  # "North Korea, which has repeatedly demanded ..."
            if (
                child.dep_ == "advmod"
                and child.lower_ in REPEATING_ADVERBS
                and trigger.tag_ == "NNS"
            ):
                return True  # "has often responded to such drills with missile tests"
            if _count_of_times(child):
                return True  # "has met Park six times": several acts, none dated
            if child.dep_ == "prep" and _past_stretch(child):
                return True
            if vague_past(child):
                return True  # "in the 1970s", "decades ago": no day, month or year
    if _counted_since(clause):
        return True  # "since 2011 has conducted four nuclear tests": several, undated
    if (
        trigger.dep_ == "relcl"
        and trigger.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("had", "have", "has") for c in trigger.children)
        and not any(c.lower_ in ("that", "which", "who") for c in trigger.children)
    ):
        # "guard posts it had removed", "the agreements the two sides have signed":
        # done before, on a day not given
        return True
    # "Once the U.S. invaded Iraq, ...": a past act told as the background of
    # another ("once talks resume" is a condition, not a past act)
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBD"
        and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in clause.children)
    )


def pact_made_before(trigger: Token) -> bool:
    """True for the making of a pact told in a relative clause on the pact acted on,
    with no time of its own: "scrapped the ceasefire agreement it signed with Iraq",
    "said on Tuesday it was no longer bound by the pact it signed". It was made
    before, on a day the sentence does not give (the day of the scrapping or the
    saying is not its)."""
    return (
        trigger.dep_ == "relcl"
        and trigger.tag_ == "VBD"
        and trigger.head.lemma_.lower() in load_lexicon().pact_nouns
        and trigger.head.dep_ != "nsubj"
        and not dated_in_itself(trigger)
        # the pact is what the clause's verb made ("the accord it signed"), not one
        # under which something else was done ("the accord under which Iran froze")
        and not any(
            (c.dep_ == "dobj" and c.lower_ not in ("that", "which"))
            or (c.dep_ == "prep" and c.lower_ != "with")
            for c in trigger.children
        )
    )
