"""Acts another asks, wishes or demands of a state: the asking is the event.

"Iran urged Iraq to free the fishermen", "We hope the two sides can resolve their
concerns", "The U.S. must stop its provocations": what is asked of a state is no
plan of its own, and no act that may come (docs/gold.md codes the request alone).
An act asked of an international body ("asked the Security Council to impose
sanctions") is the body's business and stays, and so does a state's hope for its
own act ("Tokyo hoped the occasion could allow Abe to meet Park").
"""

from __future__ import annotations

from spacy.tokens import Token

from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import complement_governor
from peninsula.extract.context import Context
from peninsula.extract.recipients import WISH_VERBS
from peninsula.extract.tokens import first_person, word_forms
from peninsula.models import ActorRef

# Prepositions naming what a verb strives for: "agreed to work for an early summit".
STRIVEN_PREPS = frozenset({"for", "toward", "towards"})


def act_verb(trigger: Token) -> Token:
    """The verb whose clause a trigger's act is told in: the verb a noun is the
    object of ("tried to make a visit"), or strives for with it ("agreed to work
    for an early summit"); the trigger itself for a verb."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        return trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in STRIVEN_PREPS:
        return trigger.head.head
    return trigger


# Verbs asking another to act: "urged Iraq to free", "demanded that Seoul stop".
ASKING_VERBS = frozenset({"urge", "ask", "call", "press", "demand", "push", "request", "encourage"})


def asked_for(trigger: Token, actors: list[ActorRef], ctx: Context) -> bool:
    """True for an act one was asked, or is wished by another, to do, or that is
    warned against: "urged Iraq to free the prisoners", "cautioned against punishing
    the North", "called on the two sides to hold talks", "demanded that
    Seoul stop its drills", "I hope the Chinese authorities agree with us" (not one
    asked about, "asked whether Russia would help", nor one's own hope, "Tokyo hoped
    the occasion could allow Abe to meet Park")."""
    clause = act_verb(trigger)
    if _warned_against(clause):
        return True
    while clause.dep_ in ("xcomp", "conj", "advcl", "ccomp") and clause.head.i != clause.i:
        governor = clause.head
        if clause.dep_ != "conj" and governor.lemma_.lower() in ASKING_VERBS:
            return not any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children
            )
        if clause.dep_ == "ccomp" and word_forms(governor) & WISH_VERBS:
            return _wished_of_another(clause, governor, actors, ctx)
        clause = governor
    return False


# Nouns of a demand, whose "that" clause is what is asked: "its insistence that
# Seoul put off its drills".
DEMANDING_NOUNS = frozenset({"insistence", "demand", "request", "ultimatum", "condition"})


# Verbs of a demand given up: "dropped its insistence that ...".
GIVING_UP_VERBS = frozenset({"drop", "abandon", "withdraw", "relinquish", "waive", "shelve"})


def asked_in_a_demand_given_up(trigger: Token) -> bool:
    """True for an act a demand's own clause asked for, the demand given up:
    "dropped its insistence that Seoul put off its drills" (no drills put off, nor
    any to come; a demand kept, "repeated its demand that Iraq apologize", asks for
    an act to come)."""
    clause = act_verb(trigger)
    demand = clause.head
    return (
        clause.dep_ in ("acl", "ccomp")
        and demand.pos_ == "NOUN"
        and demand.lemma_.lower() in DEMANDING_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and demand.dep_ == "dobj"
        and demand.head.lemma_.lower() in GIVING_UP_VERBS
    )


# Nouns of what is put forward, not agreed: "under the proposal, the U.S. would ...".
PROPOSAL_NOUNS = frozenset({"proposal", "roadmap", "plan", "initiative", "offer", "scheme"})


def proposed_under(trigger: Token) -> bool:
    """True for an act a proposal sets out: "Under the proposal, the United States
    would conclude a non-aggression treaty", "a roadmap, under which the DPRK would
    freeze its tests" (what is proposed, not what anyone will do; one under a deal
    is planned: emit's pact rule)."""
    clause = complement_governor(trigger.head if trigger.pos_ == "NOUN" else trigger)
    under = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "under"]
    named = {g.lemma_.lower() for u in under for g in u.children if g.dep_ == "pobj"}
    if named & PROPOSAL_NOUNS:
        return True
    if clause.dep_ != "relcl" or "which" not in named:
        return False
    # "a roadmap, under which ...": the noun the relative clause hangs on, or one
    # proposed ("proposed a 'dual suspension', under which Pyongyang would freeze";
    # the parser may hang the noun on a clause the proposing verb governs)
    noun = clause.head
    return noun.lemma_.lower() in PROPOSAL_NOUNS or any(
        a.lemma_.lower() in PUTTING_FORWARD_VERBS for a in list(noun.ancestors)[:2]
    )


def spelled_out(trigger: Token) -> bool:
    """True for an act told as what a proposal named before it says, after "that
    is" or "namely": "put forward a 'freeze for freeze' plan, that is, Iran
    suspends its tests and Iraq suspends its drills" (the plan, not the acts)."""
    clause = complement_governor(trigger.head if trigger.pos_ == "NOUN" else trigger)
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "... and Iraq suspends its drills": the first one's
    # ("that is" read as the clause's adverb; the parser may make the clause the root)
    opener = next(
        (
            c
            for c in clause.children
            if c.dep_ == "advmod"
            and (
                c.lower_ == "namely"
                or (c.lower_ == "is" and any(g.lower_ == "that" for g in c.children))
            )
        ),
        None,
    )
    if opener is None:
        return False
    return any(t.lemma_.lower() in PROPOSAL_NOUNS for t in clause.sent if t.i < opener.i)


# Verbs that put forward a scheme their object names: "proposed a freeze under which"
# (not the wishing verbs of modality.PROPOSING_VERBS, whose clause is what they want).
PUTTING_FORWARD_VERBS = frozenset({"propose", "suggest", "offer", "float", "table", "unveil"})


# Verbs by which one counsels others against an act: "cautioned against punishing".
COUNSELLING_VERBS = frozenset({"warn", "caution", "advise", "counsel"})


def _warned_against(verb: Token) -> bool:
    """True for an act warned against with no one named as warned: "cautioned
    against punishing the North" (no act of the warner's; one warned by name,
    "warned Tehran against attacking Iraq", risks it: tests/extract/test_modality)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "against":
        return False
    warning = verb.head.head
    return warning.lemma_.lower() in COUNSELLING_VERBS and not any(
        c.dep_ == "dobj" for c in warning.children
    )


def _wished_of_another(clause: Token, wish: Token, actors: list[ActorRef], ctx: Context) -> bool:
    """True for a wish that another does the clause's act: "We hope the two sides
    can resolve their concerns" (not "we hope we can", nor "Tokyo hoped the occasion
    could allow Abe to meet Park", whose act is Japan's own)."""
    doers = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(first_person(d) for d in doers):
        return False
    wishers = [c for c in wish.children if c.dep_ == "nsubj"]
    if any(first_person(w) for w in wishers):
        return True  # the speaker wishes a third party would act
    own = {a.code for w in wishers for a in np_actors(w, ctx, ctx.published)}
    return not own & {a.code for a in actors}


# Modals of obligation: "must stop", "should release".
OBLIGING_MODALS = frozenset({"must", "should"})


def demanded(trigger: Token) -> bool:
    """True for an act told as owed by someone other than the speaker: "the U.S.
    must stop its provocations" (not "we must strengthen our deterrent")."""
    verb = act_verb(trigger)
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in verb.children):
        return False
    return not any(c.dep_ == "nsubj" and first_person(c) for c in verb.children)
