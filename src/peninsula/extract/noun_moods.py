"""The mood of an event told by a noun: put off or called off ("the visit was
postponed"), never held, weighed ("is considering sanctions"), planned ("plan joint
drills"), or presupposed by what answers it ("following the launch").
``noun_events`` and ``timing`` ask these; ``modality`` tells a verb's own mood.
"""

from __future__ import annotations

from spacy.tokens import Token

from peninsula.extract.lexicon import Lexicon
from peninsula.extract.modality import (
    SCHEDULE_WORDS,
    own_markers,
    rules_out,
    unproven,
    verb_modality,
)
from peninsula.extract.tokens import word_forms
from peninsula.models import Modality


def put_off_mood(noun: Token, lexicon: Lexicon) -> Modality | None:
    """The mood of an event its verb puts off or calls off: "the visit was
    postponed" (future), "called off the summit" (negated); None for other verbs."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = noun.head
    forms = word_forms(verb)
    called_off = verb.lemma_.lower() == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
    )
    if forms & lexicon.cancelling_verbs or called_off:
        return Modality.NEGATED
    if forms & lexicon.postponing_verbs:
        return Modality.FUTURE
    return None


def never_held(noun: Token) -> bool:
    """True for an event its clause says in the past did not take place: "the
    summit, set for late July, never took place" (what was slated is then no plan
    still to come, and its day is behind)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    past = verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )
    return past and any(c.dep_ == "neg" for c in verb.children)


def what_would_have_been(noun: Token) -> bool:
    """True for an event named as what something would have been: "agreed to meet
    him in what would have been the first summit" (the meeting told by "meet",
    which never came, is no summit held)."""
    copula = noun.head
    return (
        noun.dep_ == "attr"
        and copula.lemma_ == "be"
        and any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in copula.children
        )
        and any(c.dep_ == "aux" and c.lower_ == "have" for c in copula.children)
    )


def modifier_mood(noun: Token, lexicon: Lexicon) -> Modality | None:
    """The mood a nominal event's own modifiers give it: "the proposed talks",
    "a possible strike", "no talks"; None when they give none."""
    for child in noun.children:
        lemma = child.lemma_.lower()
        if child.dep_ in ("amod", "compound", "advmod", "acl"):
            if lemma in lexicon.hypothetical_modifiers or child.lower_ in (
                lexicon.hypothetical_modifiers
            ):
                return Modality.HYPOTHETICAL
            if (
                child.lower_ in lexicon.future_modifiers
                or lemma in lexicon.future_modifiers
                or (child.dep_ == "acl" and lemma in SCHEDULE_WORDS)
                # "the exercise due to begin on Monday" (not "a delay due to rain")
                or (
                    child.dep_ == "amod"
                    and lemma in lexicon.future_predicates
                    and any(g.dep_ == "xcomp" and g.pos_ == "VERB" for g in child.children)
                )
            ) and not never_held(noun):
                return Modality.FUTURE
        if child.dep_ == "det" and lemma == "no":
            return Modality.NEGATED
        if child.dep_ == "det" and lemma == "any" and noun.dep_ in ("nsubj", "nsubjpass"):
            # "any attack by the North would be met with force": none made (but
            # "has yet to hold any summit" is a summit not held)
            return Modality.HYPOTHETICAL
    return None


# Phrases that give an act as a cause, so as done, whatever the clause plans:
# "in response to the launch", "in retaliation for the test", "despite the
# drills", "amid the exercises", "following the test", "because of the launch";
# and the act a time is counted from: "have not held a summit since Koizumi's
# visit in 2004" (the visit was paid).
CAUSE_PREPS = frozenset({"following", "despite", "amid", "amidst", "because", "since"})
CAUSE_PHRASES = frozenset(
    {("in", "response", "to"), ("in", "retaliation", "for"), ("in", "protest", "against")}
)
CAUSE_PAIRS = frozenset({("because", "of"), ("due", "to"), ("owing", "to")})
# Verbs that give a reason by naming what happened: "citing the North's tests".
CITING_VERBS = frozenset({"cite"})


def _presupposed(noun: Token) -> bool:
    """True for an event named as the cause of the clause's act: "would halt
    operations in response to the launch", "will deploy it, citing the tests"."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in CITING_VERBS:
        return True
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in CAUSE_PREPS:
        return True
    word = prep.head
    if (word.lower_, prep.lower_) in CAUSE_PAIRS:
        return True
    return word.dep_ == "pobj" and (word.head.lower_, word.lower_, prep.lower_) in CAUSE_PHRASES


# What a plan is "on": "on the agenda", "on the table", "on the cards".
AGENDA_NOUNS = frozenset({"agenda", "table", "card"})


def _on_agenda(copula: Token) -> bool:
    """True for "is on the agenda", "on the cards": planned or proposed, not held."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "on"
        and any(g.lemma_.lower() in AGENDA_NOUNS for g in p.children)
        for p in copula.children
    )


# Verbs that make a trip known before it is made: "announced the visit on Monday".
ANNOUNCING_VERBS = frozenset({"announce", "unveil"})
TRIP_NOUNS = frozenset({"visit", "trip", "tour", "summit"})


def announced_trip(noun: Token) -> bool:
    """True for a trip a verb makes known: "announced the visit on Monday"."""
    return (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in ANNOUNCING_VERBS
        and noun.lemma_.lower() in TRIP_NOUNS
    )


# Nouns of a ban on acts: "a ban on visits", "a moratorium on tests".
BAN_NOUNS = frozenset({"ban", "prohibition", "moratorium", "embargo"})


def under_ban(noun: Token) -> bool:
    """True for an act a ban is on: "a ban on visits to the North" tells of no visit."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "against"):
        return False
    holder = noun.head.head
    # ("imposed a ban on visits": the parser may hang "on" on the verb)
    bans = [holder, *(c for c in holder.children if c.dep_ == "dobj" and holder.pos_ == "VERB")]
    return any(b.lemma_.lower() in BAN_NOUNS for b in bans)


def noun_modality(noun: Token, governor: Token | None, lexicon: Lexicon) -> Modality:
    """Return the modality of a nominal event ("the proposed talks", "held talks")."""
    own = modifier_mood(noun, lexicon)
    if own is not None:
        return own
    if _presupposed(noun):
        return Modality.ASSERTED  # "would halt operations in response to the launch"
    # "conjecture about the revival of dialogue": a chain of nouns and
    # prepositions up to a speculation noun
    link = noun
    for _ in range(4):
        if link.dep_ != "pobj" or link.head.dep_ != "prep":
            break
        link = link.head.head
        lemma = link.lemma_.lower()
        nominal = link.pos_ in ("NOUN", "PROPN")
        # "worried about a test" speculates; "signed a pact during the visit" reports
        # an act, whose lemma is no "signs of a visit"
        if lemma in lexicon.speculation_nouns and (nominal or lemma not in lexicon.verb_lemmas):
            return Modality.HYPOTHETICAL
        if nominal and unproven(link):
            return Modality.HYPOTHETICAL  # "no reports of missile launches"
        if not nominal:
            break
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead":
        return Modality.FUTURE  # "ahead of the summit next week"
    if noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "acomp" and c.lemma_.lower() in lexicon.hypothetical_predicates
        for c in noun.head.children
    ):
        return Modality.HYPOTHETICAL  # "a strike by the North is highly unlikely"
    if (
        noun.dep_ == "nsubj"
        and noun.head.lemma_ in ("be", "remain", "stay")
        and _on_agenda(noun.head)
    ):
        return Modality.FUTURE  # "a visit by Kim to Russia remained on the agenda"
    if announced_trip(noun) and own_markers(noun.head, lexicon) is None:
        return Modality.FUTURE  # "announced the visit on Monday": a visit to come
    if governor is None:
        # No verb carries the noun: it takes the mood of the clause it sits in
        # ("could leap at the chance of a meaningful outcome in its talks").
        clause = noun.head
        for _ in range(10):
            if clause.pos_ in ("VERB", "AUX"):
                mood = own_markers(clause, lexicon)
                if (
                    mood is None
                    and noun.dep_ == "dobj"
                    and noun.head.i == clause.i
                    and word_forms(clause) & BRINGING_ABOUT
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                ):
                    # "offered to broker talks between Iraq and Kuwait", "Iran's attempt
                    # to broker talks failed": the talks are as the brokering is
                    return verb_modality(clause, lexicon)
                if mood is Modality.NEGATED:
                    # "Japan did not criticize China's drills": the drills took place
                    return Modality.ASSERTED
                if mood is not None:
                    return mood
                if clause.dep_ in ("relcl", "acl") and clause.tag_ == "VBD":
                    # "the talks he and Kim proposed at their summit in April", under a
                    # hope: a relative clause in the past tells what took place
                    return Modality.ASSERTED
            if clause.head.i == clause.i or clause.dep_ == "ccomp":
                break  # reported speech keeps its own mood
            clause = clause.head
        return Modality.ASSERTED
    mood = verb_modality(governor, lexicon)
    if rules_out(governor, lexicon):
        # "has not ruled out a summit": possible; "ruled out a summit": none
        return Modality.HYPOTHETICAL if mood is Modality.NEGATED else Modality.NEGATED
    if word_forms(governor) & lexicon.hypothetical_heads and mood is not Modality.NEGATED:
        return Modality.HYPOTHETICAL  # "is considering sanctions": weighed, may not come
    if word_forms(governor) & PLANNING_VERBS and mood is Modality.ASSERTED:
        return Modality.FUTURE  # "plan joint naval drills in the coming weeks": to come
    return mood


# Verbs that bring about the event their object names: "to broker talks", "to
# arrange a summit".
BRINGING_ABOUT = frozenset({"broker", "arrange", "hold", "organize", "organise", "convene", "host"})

# Verbs whose object's event is planned, still to come: "plan joint drills".
PLANNING_VERBS = frozenset({"plan", "schedule", "draft"})
