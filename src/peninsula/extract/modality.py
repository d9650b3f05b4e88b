"""Modality of an event from its own clause: asserted, negated, future or hypothetical."""

from __future__ import annotations

from spacy.tokens import Token

from peninsula.extract.clauses import (
    asked,
    controlled,
    infinitive,
    intent_noun,
    put_as_question,
)
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.phrases import taken_gerund
from peninsula.extract.tokens import STATEMENT_NOUNS, first_conjunct, told_in_past, word_forms
from peninsula.models import Modality

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Past participles that mark a scheduled event: "drills scheduled for next month".
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "provided", "lest"})
# "how to respond", "when to resume": a course still to be chosen.
WAYS_TO = frozenset({"how", "when", "where"})
# ("slat": the lemmatizer's reading of "slated")
SCHEDULE_WORDS = frozenset({"schedule", "slate", "slat", "set", "plan", "expect", "due"})
# Verbs whose past tense turns a reported "will" into "would": "North Korea said
# it would cut off the roads" reports "we will cut off the roads", a future act.
REPORTING_VERBS = frozenset(
    {
        *("say", "announce", "warn", "vow", "pledge", "threaten", "tell", "add", "promise"),
        *("declare", "state", "confirm", "report", "indicate", "insist", "note", "decide"),
        *("affirm", "reaffirm", "reiterate", "assure", "stress", "emphasize", "emphasise"),
        *("inform", "notify", "clarify", "explain", "agree"),
    }
)


# Adverbs by which an act came near to happening, and did not: "almost signed".
NEARLY_WORDS = frozenset({"almost", "nearly"})
# Adjectives of what one can do, not what one does: "is capable of striking".
CAPABLE_WORDS = frozenset({"capable"})


# Nouns of what was told, whose "that" clause reports it: "the announcement that it
# would halt operations", "a pledge that it would not attack".
TOLD_NOUNS = frozenset(
    {"announcement", "statement", "pledge", "promise", "vow", "warning", "decision", "notice"}
)


def _reported_will(clause: Token, aux: Token) -> bool:
    """True for a "would" that is a reported "will": "said it would cut off the roads",
    "Russia would stand by Iran, Putin said" (not "would have imposed", nor "it would
    be a mistake, he said", a judgement)."""
    if aux.lower_ != "would":
        return False
    # "said it would restore the measures and would deploy forces": each "would"
    # of the reported clause reports a "will"
    clause = first_conjunct(clause, verbal=True)
    if clause.dep_ == "acl" and clause.head.lemma_.lower() in TOLD_NOUNS:
        # "Seoul's announcement that it would halt operations": what was announced
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    # ("the launch prompted Seoul to announce that they would ...": a telling done)
    return (
        clause.dep_ == "ccomp"
        and (clause.head.tag_ == "VBG" or told_in_past(clause.head))  # "announcing that"
        and clause.head.lemma_.lower() in REPORTING_VERBS
        and (clause.head.i < clause.i or clause.lemma_.lower() != "be")
        and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)
    )


def _takes_effect_at_once(verb: Token) -> bool:
    """True for an act told to start at once: "would ban imports immediately", "will
    close the border with immediate effect", "effective immediately"."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in ("immediately", "forthwith"):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "with"
            and any(
                g.lower_ == "effect" and any(m.lower_ == "immediate" for m in g.children)
                for g in child.children
            )
        ):
            return True
        if child.lower_ == "effective" and any(g.lower_ == "immediately" for g in child.children):
            return True
    return False


def own_markers(token: Token, lexicon: Lexicon) -> Modality | None:
    if any(c.dep_ == "mark" and c.lemma_.lower() in CONDITIONAL_MARKS for c in token.children):
        return Modality.HYPOTHETICAL  # "if Syria does not withdraw"
    # a negation wins over an auxiliary before it: "would not rule out" rules nothing out
    # ("will not hesitate to strike" strikes)
    if token.lemma_.lower() not in lexicon.affirmed_when_negated and _negated(token):
        return Modality.NEGATED
    if any(c.dep_ == "advmod" and c.lower_ in lexicon.hedging_adverbs for c in token.children):
        return Modality.HYPOTHETICAL  # "will likely come up with a resolution"
    if any(c.dep_ == "advmod" and c.lower_ in NEARLY_WORDS for c in token.children) and not (
        word_forms(token) & lexicon.occurrence_verbs
    ):
        # "almost signed a deal", "nearly came to blows": did not (but "the drill
        # almost ended in disaster" was held)
        return Modality.NEGATED
    if counterfactual(token):
        return Modality.NEGATED  # "a resolution that would have tightened sanctions"
    immediate = _takes_effect_at_once(token)
    for child in token.children:
        lemma = child.lemma_.lower()
        if child.dep_ in ("aux", "auxpass"):
            if immediate and (lemma in FUTURE_AUX or child.lower_ == "would"):
                continue  # "said it would ban textile imports immediately": banned
            if _reported_will(token, child):
                return Modality.FUTURE
            if lemma in lexicon.hypothetical_heads:
                return Modality.HYPOTHETICAL
            if lemma in FUTURE_AUX or child.lower_ in FUTURE_AUX:
                return Modality.FUTURE
    head = token.head
    if token.dep_ == "advcl" and head.lower_ == "long" and head.i > 0:
        if head.doc[head.i - 1].lower_ == "as":  # "as long as Pyongyang agreed"
            return Modality.HYPOTHETICAL
    return None


def counterfactual(verb: Token) -> bool:
    """True for "would have" with a past participle, told of what did not happen: "a
    resolution that would have tightened sanctions" (vetoed); not in reported speech,
    where it may be a plan ("said it would have finished by May")."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and auxiliaries[:2] == ["would", "have"]
        and not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS)
    )


def thwarted(attempt: Token) -> bool:
    """True for a past attempt a "but" clause goes on from: "had tried to make a
    visit together, but thick fog forced the helicopter to turn back"."""
    if attempt.tag_ not in ("VBD", "VBN"):
        return False
    buts = [c.i for c in attempt.children if c.dep_ == "cc" and c.lower_ == "but"]
    return any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(b < c.i for b in buts)
        for c in attempt.children
    )


def _negated(token: Token) -> bool:
    """True for a word with its own negation: "will not hesitate"."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lemma_.lower() in NEGATIONS)
        for c in token.children
    )


def no_longer(verb: Token) -> bool:
    """True for a verb told as ended by "no longer": "was no longer bound by it"."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
        for c in verb.children
    )


def _under_condition(token: Token, marks: frozenset[str] = CONDITIONAL_MARKS) -> bool:
    """Return True when a clause above the token is a condition ("if it sees signs ...")."""
    current = token
    for _ in range(12):
        if any(c.dep_ == "mark" and c.lemma_.lower() in marks for c in current.children):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _has_condition(verb: Token) -> bool:
    """True for a planned act that a condition governs: "will strike if the U.S.
    attacks", "Should the U.S. infringe ..., the army will not hesitate to strike"."""
    current = verb
    defending = verb.lemma_.lower() in DEFENDING_VERBS
    for _ in range(6):
        if any(
            c.dep_ == "advcl"
            and governs_as_condition(c)
            # "pledged to help each other if either is attacked": a defence pact's
            # promise, to come (docs/gold.md), not a guess
            and not (defending and _attacked(c))
            for c in current.children
        ):
            return True
        if not controlled(current) or current.head.i == current.i:
            return False
        current = current.head
    return False


# Help promised to an ally under attack.
DEFENDING_VERBS = frozenset({"help", "defend", "assist", "aid", "protect", "support"})


def _attacked(clause: Token) -> bool:
    """True for "if either is attacked", "if one of them comes under attack"."""
    passive = any(c.dep_ == "nsubjpass" for c in clause.children)
    under = any(g.lemma_.lower() == "attack" for p in clause.children for g in p.children)
    return (passive and clause.lemma_.lower() in ("attack", "invade")) or under


# Marks of a condition that makes what it governs hypothetical ("whether or not",
# "lest" concede or warn; they do not condition the main act).
GOVERNING_MARKS = frozenset({"if", "unless", "provided"})


def governs_as_condition(clause: Token) -> bool:
    """True for an "if"/"unless" clause or an inverted "should" on a main act."""
    return inverted_should(clause) or any(
        c.dep_ == "mark" and c.lower_ in GOVERNING_MARKS for c in clause.children
    )


def premise(trigger: Token) -> bool:
    """True for an act only supposed as a condition's premise: "will strike if the
    U.S. dares to invade", "Should the U.S. infringe upon the territory, ..." (the
    threat is the event; the act it supposes is no report of anything)."""
    # ("will review whether to supply weapons", "whether Russia would provide it": an
    # act weighed, not supposed)
    marks = SUPPOSING_MARKS if _weighed(trigger) else CONDITIONAL_MARKS
    return _under_condition(trigger, marks) or any(
        inverted_should(v) for v in _clause_chain(trigger)
    )


# Marks of a premise supposed (not "whether", which asks).
SUPPOSING_MARKS = CONDITIONAL_MARKS - {"whether"}


def _weighed(trigger: Token) -> bool:
    """True for an act a "whether" clause weighs doing: "whether to supply weapons",
    "whether Russia would provide it" (not "whether the drills are staged in
    conformity with the armistice", a question about acts done)."""
    return any(
        c.dep_ == "aux" and c.lower_ in WEIGHING_AUXILIARIES
        for v in _clause_chain(trigger)
        for c in v.children
    )


WEIGHING_AUXILIARIES = frozenset({"to", "would", "will", "could", "might", "may", "can", "should"})


def inverted_should(verb: Token) -> bool:
    """True for "Should the U.S. infringe": a "should" before the verb's subject."""
    return any(
        c.dep_ == "aux"
        and c.lower_ == "should"
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.i > c.i for s in verb.children)
        for c in verb.children
    )


def _clause_chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs it hangs under within its clause: "Should the U.S.
    decide to impose sanctions" (impose, decide), "hold talks" (talks, hold)."""
    chain_ = [trigger]
    current = trigger
    while (
        current.dep_ in ("xcomp", "dobj", "pobj", "prep", "compound")
        and current.head.i != current.i
    ):
        current = current.head
        chain_.append(current)
    return chain_


# Time clauses whose present tense speaks of the future: "when the talks resume".
TIME_MARKS = frozenset({"when", "once", "until", "after", "before", "as soon as"})
# Prepositions that put one act before or after another: "before flying to Beijing".
SEQUENCE = frozenset({"before", "after"})


def _future_time_clause(verb: Token) -> bool:
    """True for a present-tense time clause of a future main clause.

    "Seoul will send aid once the border reopens", "items to discuss when the
    talks resume"; not the habitual "when officials denounce the North, ...".
    """
    main = verb.head
    future_main = any(
        c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would", "to", "must", "should")
        for c in main.children
    )
    return (
        future_main
        and verb.dep_ in ("advcl", "ccomp")  # the parser may take the clause for an object
        and verb.tag_ not in ("VBD", "VBN", "VBG")  # the tagger may call "resume" a noun
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def verb_modality(verb: Token, lexicon: Lexicon) -> Modality:
    """Return the modality of the event a verb reports, climbing control verbs."""
    found = _verb_modality(verb, lexicon)
    if found is Modality.ASSERTED or found is Modality.FUTURE:
        if _under_condition(verb) or put_as_question(verb):
            return Modality.HYPOTHETICAL
    if found is Modality.FUTURE and _has_condition(verb):
        return Modality.HYPOTHETICAL  # "will strike Israel if the U.S. attacks"
    if found is Modality.ASSERTED and (
        _future_time_clause(verb) or _scheduled(verb) or _scheduled(_trip_of(verb))
    ):
        return Modality.FUTURE
    if found is Modality.ASSERTED and _meanwhile_of(verb):
        # "proposed that Iran halt its tests while Iraq suspends its drills": the
        # other half of what was proposed
        beside = verb_modality(verb.head, lexicon)
        if beside in (Modality.FUTURE, Modality.HYPOTHETICAL):
            return beside
    return found


def _meanwhile_of(verb: Token) -> bool:
    """True for a present-tense clause told "while" another act is done: "... halt
    its tests while Iraq suspends its drills"."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VB", "VBP", "VBZ")
        and verb.head.i != verb.i
        and any(c.dep_ == "mark" and c.lower_ == "while" for c in verb.children)
    )


def _trip_of(verb: Token) -> Token:
    """The verb whose purpose ``verb`` is, or joins: "flies to Seoul on Wednesday to
    brief Moon and to meet Kono" (``verb`` itself if none)."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "VERB":
        first = first.head
    return first.head if purpose_of(first) else verb


# Verbs by which a thing's meaning is read into it: "the steps seem to signal that
# China wants ...", "the move suggests that Beijing is ready ...".
INFERRING_VERBS = frozenset({"signal", "suggest", "indicate", "imply"})


def inferred(verb: Token) -> bool:
    """True for a clause read into a thing, not reported of anyone: the content of
    "signal" or "suggest" whose subject is no speaker ("the steps seem to signal
    that it wants Pyongyang to ..."), commentary rather than an act (docs/gold.md).
    Reports are speakers: "some reports suggest the North might test again" tells
    what they say."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in INFERRING_VERBS:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None and head.dep_ == "xcomp":
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and subject.ent_type_ == ""
        and subject.lemma_.lower() not in STATEMENT_NOUNS
    )


WEEKDAY_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _scheduled(verb: Token) -> bool:
    """True for a present-tense act on a named weekday, a schedule: "Trump hosts Xi at
    Mar-a-Lago on Thursday and Friday" (not "hosted ... on Thursday")."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ in ("be", "have"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    days = [c for c in verb.children if c.dep_ == "npadvmod"]
    days += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children]
    # "said on Monday it rejects the resolution": a day the parser hangs on the
    # clause, told before its subject, is the saying's
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "ccomp" and subject is not None and verb.head.i < subject.i:
        days = [d for d in days if not verb.head.i < d.i < subject.i]
    return any(d.lower_ in WEEKDAY_NAMES for d in days)


def _asked_for(verb: Token, lexicon: Lexicon) -> bool:
    """True for the "to" clause of whom an intent's "for" names: "conveyed an
    invitation for a delegation to visit Hanoi", "its call for Iran to return to
    talks" (the parser hangs the clause on the one invited)."""
    if not infinitive(verb) or verb.dep_ not in ("relcl", "acl"):
        return False
    invited = verb.head
    return (
        invited.dep_ == "pobj"
        and invited.head.lower_ == "for"
        and invited.head.head.lemma_.lower() in lexicon.intent_nouns | {"call", "demand"}
    )


# Verbs of a trip, whose "to" clause says what it was for; and of a call, whose "to"
# clause is said in it ("telephoned Koizumi to praise the trip").
# Verbs that keep another from the act their "from" tells: "barred its tourists from
# visiting South Korea".
PREVENTING_VERBS = frozenset({"ban", "bar", "prevent", "forbid", "prohibit", "block", "keep"})
TRIP_VERBS = frozenset({"travel", "fly", "go", "come", "head", "journey", "return"})
CALL_VERBS = frozenset({"telephone", "phone", "ring"})
# Past "used" says its "to" clause was done with it: "used their summit to
# denounce the test", "used its veto to block the resolution".
PURPOSE_DONE_VERBS = TRIP_VERBS | CALL_VERBS | {"use"}


def purpose_of(clause: Token) -> bool:
    """True for a bare "to" clause on the verb above it: "flew to Beijing to meet Xi"."""
    return (
        clause.dep_ in ("advcl", "xcomp")
        and clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and not any(c.dep_ in ("nsubj", "mark") for c in clause.children)
    )


def gone_so_far_as(clause: Token) -> bool:
    """True for the "as to" clause of "went so far as to ...", which tells what was
    done."""
    far = clause.head
    return (
        clause.dep_ == "advcl"
        and far.lower_ == "far"
        and far.head is not far
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
    )


def _looked_forward_to(verb: Token) -> bool:
    """True for the "-ing" form one looks forward to: "looks forward to visiting"."""
    to = verb.head
    return (
        verb.dep_ == "pcomp"
        and to.lower_ == "to"
        and any(c.dep_ == "advmod" and c.lower_ == "forward" for c in to.head.children)
    )


# Prepositions by which a wish or a prospect takes its act: "keen on", "interest
# in", "the prospect of", "committed to".
WISH_PREPS = frozenset({"in", "on", "of", "about", "for", "to", "at", "toward", "towards"})


def _wished_through(verb: Token, lexicon: Lexicon) -> Modality | None:
    """The mood of a gerund a wish or a prospect takes through a preposition: "is
    keen on meeting Iraq", "was interested in holding talks" (future), "the
    prospect of meeting Kim" (hypothetical), "has no interest in any proposal or
    meeting with Kuwait" (negated)."""
    first = verb
    if verb.dep_ == "conj" and verb.head.dep_ in ("pobj", "pcomp"):
        first = verb.head  # "in any talks or meeting with Kuwait"
    prep = first.head
    if verb.tag_ != "VBG" or first.dep_ not in ("pobj", "pcomp") or prep.lower_ not in WISH_PREPS:
        return None  # (not "committed a provocation by staging drills")
    holder = prep.head
    forms = word_forms(holder) | {holder.lemma_.lower()}
    if forms & lexicon.prospect_words:
        mood = Modality.HYPOTHETICAL
    elif forms & lexicon.wish_words:
        mood = Modality.FUTURE
    else:
        return None
    had = holder.head if holder.dep_ in ("dobj", "acomp", "attr") else holder
    if any(c.lower_ in ("no", "neither") for c in holder.children) or _negated(had):
        return Modality.NEGATED
    return mood


# Verbs by which a gerund after "about", "at" or "into" is weighed, not done:
# "think about asking", "look at sending", "talk about holding talks".
THINKING_VERBS = frozenset({"think", "look", "talk", "speak"})


def _verb_modality(verb: Token, lexicon: Lexicon) -> Modality:
    current = verb
    for _ in range(6):
        if controlled(current) and word_forms(current.head) & lexicon.warning_verbs:
            return Modality.HYPOTHETICAL  # "warned Tehran not to attack Iraq": a risk
        trip = current.head
        if purpose_of(current) and trip.lemma_.lower() in PURPOSE_DONE_VERBS and trip.tag_ == "VBD":
            # "travelled to China on Monday to meet Xi": what a trip made was for,
            # told as done with it (not a meeting still to come)
            return _verb_modality(trip, lexicon)
        if gone_so_far_as(current):
            # "went so far as to slander the DPRK": done, as the going is
            return _verb_modality(current.head.head, lexicon)
        marker = own_markers(current, lexicon) or _wished_through(current, lexicon)
        if marker is not None:
            return marker
        if _looked_forward_to(current):
            return Modality.FUTURE  # "looks forward to visiting Kuwait": hoped for
        if (
            current.dep_ == "pcomp"
            and current.tag_ == "VBG"
            and current.head.lower_ in ("about", "at", "into")
            and current.head.head.lemma_.lower() in THINKING_VERBS
        ):
            return Modality.HYPOTHETICAL  # "could look at asking Washington": weighed
        # "expect Pyongyang to conduct a test": an infinitive with its own subject
        # takes its mood from the verb above, like a controlled one
        raised = current.dep_ == "ccomp" and infinitive(current)
        # "proposed, through another channel, meeting Kim": still what was proposed
        if not (controlled(current) or raised or taken_gerund(current)) or current.head is current:
            break
        head = current.head
        if rules_out(head, lexicon):
            # "ruled out sending troops": excluded; "did not rule out", "refused to
            # rule out sending troops": left possible
            excluding = _verb_modality(head, lexicon)
            return Modality.HYPOTHETICAL if excluding is Modality.NEGATED else Modality.NEGATED
        # the lemmatizer errs on some verbs ("hopes" -> "hop"): the word's forms count too
        forms = word_forms(head) | {head.lemma_.lower()}
        affirmed = bool(forms & lexicon.affirmed_when_negated) and _negated(head)
        if (forms & lexicon.negating_heads and not affirmed) or any(
            c.lemma_.lower() == "yet" for c in head.children
        ):
            return Modality.NEGATED  # "failed to", "hesitated to" ("will not hesitate to": no)
        if forms & lexicon.attempting_verbs and thwarted(head):
            return Modality.NEGATED  # "had tried to visit the zone, but fog forced ..."
        if forms & lexicon.hypothetical_heads:
            return Modality.HYPOTHETICAL
        if forms & lexicon.belief_passives and any(c.dep_ == "auxpass" for c in head.children):
            return Modality.HYPOTHETICAL  # "is believed to have supplied oil": not known
        if forms & lexicon.future_heads or (head.lemma_.lower() == "call" and asked(head)):
            # "plans to open", "allocated funds to open", "called on Seoul to open":
            # intended, not done ("called Lavrov to discuss Syria" is the call itself).
            marker = own_markers(head, lexicon)
            if marker is None and _clause_context(head, lexicon) is Modality.NEGATED:
                return Modality.NEGATED  # "denied reports it had agreed to send arms"
            if marker is Modality.NEGATED or (head.dep_ == "acomp" and _negated(head.head)):
                # "does not intend to hold talks", "is not ready to send aid": none planned
                return Modality.NEGATED
            return marker if marker is Modality.HYPOTHETICAL else Modality.FUTURE
        if head.pos_ == "ADJ" and head.lemma_.lower() in lexicon.hypothetical_predicates:
            return Modality.HYPOTHETICAL  # "North Korea is unlikely to attack the South"
        if head.pos_ == "ADJ" and head.lemma_.lower() in lexicon.future_predicates:
            return Modality.FUTURE  # "Wen is due to host the summit on Saturday"
        current = head
    if (
        verb.dep_ == "conj"
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        # "could be used ..., summoned the envoy": its own tense (but "will freeze
        # the programme and shut down the reactor": a past form that is also the
        # base one, after a modal, is the modal's)
        and (
            verb.tag_ != "VBD"
            or (_base_form(verb) and any(c.tag_ == "MD" for c in verb.head.children))
        )
    ):
        # "will meet ... and discuss": coordinated verbs share the auxiliary
        return _verb_modality(verb.head, lexicon)
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "from"
        and word_forms(verb.head.head) & (lexicon.negating_heads | PREVENTING_VERBS)
    ):
        return Modality.NEGATED  # "has refrained from testing", "barred its tourists
        # from visiting South Korea"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lower_ == "short":
        return Modality.NEGATED  # "stopped short of imposing sanctions", "fell short of"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return Modality.NEGATED  # "flew bombers through the zone without notifying China"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.lower_ == "close":
        return Modality.NEGATED  # "came close to attacking Iraq": it did not
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "of"
        and word_forms(verb.head.head) & (CAPABLE_WORDS | lexicon.belief_verbs)
    ):
        # "is capable of striking Iraq": it may; "suspected Iran of supplying shells"
        return Modality.HYPOTHETICAL
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "against"
        and word_forms(verb.head.head) & lexicon.warning_verbs
    ):
        return Modality.HYPOTHETICAL  # "warned Tehran against attacking Iraq": a risk
    if _asked_for(verb, lexicon):
        return Modality.FUTURE  # "an invitation for a delegation to visit Hanoi"
    part = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in ("in", "by") else None
    if part is not None and part.dep_ == "dobj":
        part = part.head  # "to play a role in persuading", "in" hung on the role
    if part is not None and part.pos_ in ("VERB", "AUX"):
        # "asked Beijing to play a constructive role in persuading Pyongyang": the
        # persuading is as real as the part played in it; "could respond by testing
        # a bomb": the means as the answer
        playing = _verb_modality(part, lexicon)
        if playing is not Modality.ASSERTED:
            return playing
    sequel = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in SEQUENCE else None
    if sequel is not None and sequel.pos_ in ("VERB", "AUX"):
        # "will brief Moon tomorrow before flying to Beijing": the flight is as much
        # to come as the briefing (but "did not stop before flying on" flew)
        leading = _verb_modality(sequel, lexicon)
        if leading in (Modality.FUTURE, Modality.HYPOTHETICAL):
            return leading
    children = {(c.dep_, c.lower_) for c in verb.children}
    if ("aux", "to") in children and any(
        dep == "advmod" and word in WAYS_TO for dep, word in children
    ):
        return Modality.FUTURE  # "discussing how to punish Pyongyang": not done yet
    if (
        verb.dep_ == "advcl"
        and ("aux", "to") in children
        and ("advmod", "only") not in children  # "only to be refused": a result
        and not any(dep == "auxpass" for dep, _ in children)
    ):
        if _visit_under_way(verb):
            # "left Pyongyang on Tuesday to visit Russia": the visit began with the
            # departure; the traveller's mood is the visit's
            return verb_modality(verb.head, lexicon)
        if intent_noun(verb) is not None:
            return _clause_context(verb, lexicon)  # "blocked a push to tighten ...": the push's
        return Modality.FUTURE  # a purpose: "allocated funds to set up an office"
    return _clause_context(verb, lexicon)


# Journeys whose purpose "to visit" is the visit itself, begun: "left Pyongyang to
# visit Russia", "arrived in Moscow to tour the city".
DEPARTURE_VERBS = frozenset({"leave", "depart", "arrive", "fly", "travel", "head", "set"})
VISIT_VERBS = frozenset({"visit", "tour"})
# Meetings whose purpose "to discuss" is the meeting itself, held: "met in Seoul on
# Thursday to discuss North Korea", "arrived in Beijing to negotiate".
MEETING_VERBS = DEPARTURE_VERBS | {
    "meet",
    "gather",
    "convene",
    "hold",
    "speak",
    "talk",
    "visit",
    "call",
    "phone",
    "telephone",
}
TALKING_VERBS = frozenset({"discuss", "negotiate", "confer", "consult", "talk", "brief"})


def _visit_under_way(purpose: Token) -> bool:
    """True for "to visit" after a journey told as done ("left Pyongyang to visit"),
    and "to discuss" after a meeting ("met on Thursday to discuss")."""
    done = purpose.head.tag_ in ("VBD", "VBN", "VBZ", "VBP")
    lemma, head = purpose.lemma_.lower(), purpose.head.lemma_.lower()
    return done and (
        (lemma in VISIT_VERBS and head in DEPARTURE_VERBS)
        or (lemma in TALKING_VERBS and head in MEETING_VERBS)
    )


# Verbs whose present-tense "that" clause is what they want done: "proposed that
# the two Koreas hold talks" (a past one is a claim: "suggested that it had fired").
PROPOSING_VERBS = frozenset(
    {"propose", "suggest", "recommend", "demand", "insist", "urge", "ask", "request"}
)
# Nouns whose clause a "no" or "little" leaves unproven: "no evidence that ...".
PROOF_NOUNS = frozenset({"evidence", "proof", "confirmation", "indication", "sign", "report"})


def _base_form(verb: Token) -> bool:
    """True for a verb written as its base form, whatever tense the tagger gave it:
    "shut", "scrap" (a past "scrapped" is not)."""
    return verb.lower_ == verb.lemma_.lower()


def unproven(noun: Token) -> bool:
    """True for "no evidence", "little proof": what they would prove is not established."""
    return noun.lemma_.lower() in PROOF_NOUNS and any(
        c.dep_ in ("det", "amod") and c.lower_ in ("no", "little") for c in noun.children
    )


def _denied(noun: Token, lexicon: Lexicon) -> bool:
    """True for what a denial's object holds: "denied reports that ...", "rejected a
    report that ..." (a claim rejected is denied; an offer rejected is not)."""
    claim = noun.lemma_.lower() in lexicon.claim_nouns
    # ("denied on Tuesday Seoul's claim that ...": the parser may hang the claim on
    # the date's preposition)
    governor = word_forms(noun.head.head if claim and noun.dep_ == "pobj" else noun.head)
    return bool(governor & lexicon.denying_heads) or ("reject" in governor and claim)


def _clause_context(verb: Token, lexicon: Lexicon) -> Modality:
    """A clause under "speculation that ..." or "the possibility of ..." is hypothetical."""
    head = verb
    while head.dep_ in ("conj",) and head.head is not head:
        head = head.head
    relative = head.dep_ == "relcl" and (
        any(
            c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass", "dobj")
            for c in head.children
        )
        # "a phone call, during which the two agreed": what was done on it
        or any(g.tag_ == "WDT" for c in head.children if c.dep_ == "prep" for g in c.children)
    )  # "a plan that has angered China" says what the plan did, not what is speculated
    if head.dep_ == "ccomp" and word_forms(head.head) & lexicon.denying_heads:
        denial = head.head
        if denial.dep_ == "conj" and any(c.dep_ == "preconj" for c in denial.head.children):
            return Modality.HYPOTHETICAL  # "neither confirmed nor denied that it attacked"
        return Modality.NEGATED  # "denied that it had supplied arms": it says it did not
    claim = head.head
    if (
        head.dep_ in ("acl", "ccomp")
        # (the parser may read the claim as a clause: "dismissed US claims that")
        and (claim.dep_ in ("dobj", "pobj") or (claim.dep_ == "ccomp" and claim.pos_ == "NOUN"))
        and _denied(claim, lexicon)
    ):
        return Modality.NEGATED  # "denied reports that it sent weapons"
    if head.dep_ in ("acl", "ccomp") and unproven(head.head):
        return Modality.HYPOTHETICAL  # "there is no evidence that China sent weapons"
    if (
        head.dep_ == "ccomp"
        and word_forms(head.head) & lexicon.belief_verbs
        and not any(c.dep_ == "auxpass" for c in head.head.children)
    ):
        return Modality.HYPOTHETICAL  # "officials suspect that Iran supplied shells"
    if head.dep_ == "acl" and head.tag_ == "VB" and word_forms(head.head) & PROPOSING_VERBS:
        return Modality.FUTURE  # "its demand that Japan apologize": asked, not done
    # ("insisted that the DPRK scrap its program": a base form the tagger took as past)
    present = head.tag_ in ("VB", "VBP", "VBZ") or _base_form(head)
    if head.dep_ == "ccomp" and present and word_forms(head.head) & PROPOSING_VERBS:
        # "proposed that the two Koreas hold talks": not yet held; "is likely to
        # recommend that the Council impose sanctions": not yet proposed either
        proposing = verb_modality(head.head, lexicon)
        return Modality.HYPOTHETICAL if proposing is Modality.HYPOTHETICAL else Modality.FUTURE
    noun = intent_noun(head)
    if (
        head.dep_ in ("acl", "ccomp", "pcomp", "relcl")
        and not relative
        and noun is None  # "announced a plan to stage drills": meant, so future
        and head.head.lemma_.lower() in lexicon.speculation_nouns
    ):
        return Modality.HYPOTHETICAL
    if head.dep_ == "pcomp" and head.head.head.lemma_.lower() in lexicon.speculation_nouns:
        return Modality.HYPOTHETICAL
    if noun is not None:
        if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
            return Modality.HYPOTHETICAL  # "will counter any attempt to infringe ..."
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return Modality.NEGATED  # "has no plans to send envoys": none planned
        if noun.dep_ == "nsubj" and word_forms(noun.head) & lexicon.failing_verbs:
            return Modality.NEGATED  # "Iran's attempt to hold talks with Iraq failed"
        # "made a decision to deploy", "could make a decision to deploy"
        if noun.dep_ in ("dobj", "attr", "nsubj") and noun.head.pos_ in ("VERB", "AUX"):
            mood = verb_modality(noun.head, lexicon)
            if mood in (Modality.HYPOTHETICAL, Modality.NEGATED):
                return mood
            if noun.dep_ == "dobj" and word_forms(noun.head) & lexicon.hypothetical_heads:
                return Modality.HYPOTHETICAL  # "was reviewing plans to send troops": weighed
            if noun.dep_ == "dobj" and word_forms(noun.head) & lexicon.thwarting_verbs:
                # "blocked a U.S. push to tighten sanctions": meant, then thwarted
                return Modality.HYPOTHETICAL
        return Modality.FUTURE
    return Modality.ASSERTED


def rules_out(verb: Token, lexicon: Lexicon) -> bool:
    """True for a verb that excludes an act: "ruled out", "excluded"."""
    forms = word_forms(verb)
    if not forms & lexicon.excluding_verbs:
        return False
    # "rule" excludes with "out" only ("ruled out talks", not "ruled the country")
    return "rule" not in forms or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
