"""Noun phrases and what verbs act on.

The tokens of a noun phrase ("a spokesman for the Foreign Ministry", "ships
belonging to China"), the objects of a verb ("called for talks", "proposed
holding talks", "a pact the two Koreas signed"), the noun a relative or
personal pronoun stands for ("it", "which"), and whose words a reported
clause is ("North Korea said it tested").
"""

from __future__ import annotations

from itertools import chain

from spacy.tokens import Token

from peninsula.extract.clauses import OBJECT_CONTROL_VERBS, controlled, subject_of
from peninsula.extract.context import Context
from peninsula.extract.lexicon import load_lexicon
from peninsula.extract.tokens import (
    PARTITIVES,
    expletive,
    in_favour_of,
    of_objects,
    prep_objects,
    word_forms,
)

NP_DEPS = frozenset(
    {
        "compound",
        "amod",
        "poss",
        "nmod",
        "appos",
        "conj",
        "cc",
        "det",
        "case",
        "nummod",
        "quantmod",
        "punct",
        "npadvmod",
    }
)
NP_PREPS = frozenset({"of", "from"})
# Who speaks "for" a body speaks as it: "a spokesman for the Foreign Ministry"
# (but "the U.S. envoy for North Korea" is not the North's).
SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson", "mouthpiece"})
# States that belong to a body, and act as themselves: "countries affiliated to it".
MEMBER_STATES = frozenset({"country", "nation", "state", "member", "ally"})
# Participles whose "to" phrase names a noun's owner: "ships belonging to China",
# "hackers linked to Iran".
OWNING_PARTICIPLES = frozenset(
    {"belong", "attach", "assign", "subordinate", "link", "tie", "connect", "affiliate"}
)
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "note",
        "state",
        "stress",
        "declare",
        "announce",
        "claim",
        "insist",
        "emphasize",
        "emphasise",
        "assert",
        "affirm",
        "bluster",  # KCNA's "blustered that ...": said, with scorn
    }
)

# Participles that tell a saying again: "said he wants to meet Kim, telling Lee on
# August 25 that ...".
RETELLING_PARTICIPLES = frozenset({"tell", "say", "add", "write"})


def retelling(participle: Token) -> bool:
    """True for an "-ing" clause of saying with no subject of its own: "telling Lee
    on August 25 that ...", which tells how and when the saying was done."""
    return (
        participle.dep_ == "advcl"
        and participle.tag_ == "VBG"
        and participle.lemma_.lower() in RETELLING_PARTICIPLES
        and not any(c.dep_ in ("nsubj", "mark", "aux") for c in participle.children)
    )


# Links by which a reported clause hangs from the verb that reports it.
REPORTED_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acomp"})


def reporting_verb(clause: Token, stops: frozenset[str] = frozenset()) -> Token | None:
    """The speech verb a clause is told in: "said" in "The spokesman said Iran would
    strike", or in "'... the army will strike them,' he said"; None if there is none,
    or if a verb among ``stops`` governs the clause first."""
    current = clause
    for _ in range(5):
        if current.dep_ not in REPORTED_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if current.lemma_.lower() in stops:
            return None
        if current.lemma_.lower() in SPEECH_VERBS:
            return current
    return None


# Verbs of meeting, and the talks a meeting shares with a verb coordinated with it.
MEETING_VERBS = frozenset({"meet", "talk", "confer", "hold"})
# Verbs of a halt on the way, whose "for" phrase is what it was made for: "stopped
# on Cheju Island for talks" (no talks stopped).
PAUSING_VERBS = frozenset({"stop", "pause"})
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "discussion", "consultation"})
# Prepositions that introduce what a verb acts on: "called for talks", "fired on a boat".
OBJECT_PREPS = frozenset(
    {"for", "on", "upon", "to", "into", "with", "against", "from", "of", "over", "about", "at"}
    | {"aside"}  # "brushing aside a U.N. resolution", the particle read as a preposition
)
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
# What an act is done "at" that names who prompted it: "at the request of Iran",
# "at Washington's urging".
PROMPTING_NOUNS = frozenset({"request", "invitation", "urging", "behest", "suggestion"})


# Verbs by which a speaker tells a charge: "alleged that Iraq had violated the truce".
CHARGING_SPEECH = frozenset({"claim", "allege", "charge"})
# Verbs whose "that" clause their subject tells ("warned that the South would pay a
# price": the warner says it).
TELLING_VERBS = SPEECH_VERBS | CHARGING_SPEECH | {"warn"}


def reporting_subject(verb: Token) -> Token | None:
    """In "North Korea said it tested ...", return the subject of "said" for "it";
    in "According to Seoul, Pyongyang violated the pact", Seoul."""
    according = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"]
    source = [g for c in according for g in prep_objects(c, frozenset({"to"}))]
    if source:
        return source[0]
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in TELLING_VERBS:
        return None
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects and (
        verb.head.dep_ in ("conj", "xcomp")
        or (verb.head.dep_ == "advcl" and verb.head.tag_ == "VBG")
    ):
        # "X met Y and said they ...", "the launch prompted Seoul and Washington to
        # announce that they would open talks", "flew home, warning that the South
        # would pay a price"
        return subject_of(verb.head)[0]
    return subjects[0] if subjects else None


def antecedent(token: Token, ctx: Context | None = None) -> Token:
    """Resolve "that"/"which" to the noun a relative clause modifies, "it" to a noun before.

    For "it", a noun phrase that names a state wins over a nearer one that does not.
    """
    lower = token.lower_
    if lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        noun = token.head.head
        if token.dep_ == "dobj" and noun.dep_ == "appos" and noun.pos_ == "NOUN":
            # "Kumgang tours, a source of hard currency that Seoul suspended": what the
            # describing noun is set beside (not "..., a plan that has angered China",
            # which may sum up a whole clause)
            return noun.head
        return noun
    if (
        lower in RELATIVE_PRONOUNS
        and token.head.dep_ == "acl"
        and token.dep_ in ("dobj", "nsubj", "nsubjpass")
        and token.i < token.head.i
    ):
        return token.head.head  # "the pact that the two Koreas signed", read as an acl
    if lower in ("it", "them"):
        sentence = token.sent
        subject = token.dep_ in ("nsubj", "nsubjpass")
        # "press it to end its program": one asked to act is an agent, a state's name too
        asked = asked_object(token)
        # "the Council demanded that it halt": the one asking is not the one asked
        demanded = token.head.dep_ == "ccomp" and token.head.head.lemma_.lower() in DEMANDING_VERBS
        asking = token.head if asked else token.head.head if subject and demanded else None
        # a subject "it" continues the subject before it, a state's name too: "North
        # Korea resumed tours, bringing in Chinese tourists, after it suspended them"
        # "ruled out reconciliation with it": a partner, a state's name too
        partner = token.dep_ == "pobj" and token.head.lower_ == "with"
        # "a statement warning it of consequences", "accused it of lying": one
        # warned or charged is an agent too, and not the statement that warns
        lexicon = load_lexicon()
        addressing = lexicon.warning_verbs | lexicon.charging_verbs | lexicon.punishing_verbs
        addressee = token.dep_ == "dobj" and bool(word_forms(token.head) & addressing)
        kinds = ("NOUN", "PROPN") if subject or asked or partner or addressee else ("NOUN",)
        speaking = token.head.head if addressee and token.head.dep_ == "acl" else None
        if subject and token.head.lemma_ != "be":
            # "it fired missiles, and on Sunday it said it had launched ...": a
            # subject "it" of an act again is the "it" before ("It was the first
            # launch since Sept. 15, when it fired ..." is another)
            again = [
                c
                for c in sentence[: token.i - sentence.start]
                if c.lower_ == lower
                and c.dep_ == "nsubj"
                and c.head.lemma_ != "be"
                and not expletive(c)
            ]
            if again:
                return again[0]  # the first, which the others repeat
        nouns = [
            c
            for c in reversed(sentence[: token.i - sentence.start])
            if (c.pos_ in kinds or (lower == "them" and c.tag_ == "NNPS"))
            and c.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
            and c.ent_type_ not in ("DATE", "TIME")  # "In April it sent ...": not April
            and c != speaking
            and not (asking is not None and c.dep_ == "nsubj" and c.head.i == asking.i)
            # "blacklisted five North Koreans ... and asked the Council to impose
            # sanctions on them": the people, plural, not the sanctions beside "them"
            and (lower != "them" or (c.tag_ in ("NNS", "NNPS") and not _beside(c, token)))
            # ("using detained Americans as pawns, and urged it to": "it" is one)
            and (lower != "it" or c.tag_ not in ("NNS", "NNPS"))
        ]
        if subject:
            nouns.sort(key=lambda c: c.dep_ not in ("nsubj", "nsubjpass"))
        if ctx is not None:
            for noun in nouns:
                if any(t.i in ctx.mentions for t in np_tokens(noun)):
                    return noun
        if nouns:
            return nouns[0]
    return token


def _beside(noun: Token, pronoun: Token) -> bool:
    """True for a noun of the pronoun's own verb: "sanctions" in "impose sanctions on
    them"."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return noun.head.i == verb.i or (noun.dep_ == "pobj" and noun.head.head.i == verb.i)


# Verbs whose gerund's object is what they propose or refuse: "proposed holding
# talks", "suggested resuming tours", "rejected holding a summit".
GERUND_TAKERS = frozenset({"propose", "suggest", "reject", "refuse", "offer", "consider"})


# Verbs of meeting a proposing verb may take as its infinitive: "offered to meet".
OFFERED_MEETINGS = frozenset({"meet", "negotiate", "talk"})


def taken_gerund(clause: Token) -> bool:
    """True for a subjectless gerund a verb like "propose" takes as its act, even hung
    loose after an aside: "proposed, through another channel, meeting Kim" (not a
    participle beside the verb's own object: "rejected the resolution, calling it
    a violation and vowing revenge")."""
    return (
        clause.tag_ == "VBG"
        and clause.dep_ in ("xcomp", "advcl")
        and clause.head.lemma_.lower() in GERUND_TAKERS
        and not any(c.dep_ in ("nsubj", "mark") for c in clause.children)
        and not any(c.dep_ == "dobj" for c in clause.head.children)
    )


# Nouns that count or hold what a verb acts on: "hundreds of balloons", "bundles of
# waste paper", "15 tons of it".
MEASURE_NOUNS = frozenset(
    {"hundred", "thousand", "dozen", "score", "ton", "tonne", "bundle", "bag", "batch"}
)


def complement_object(verb: Token) -> Token | None:
    """The object of "calling Trump a liar" when the parser reads it as a complement,
    with what it is called as the complement's object or as the verb's."""
    for named in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "PROPN"):
        if any(g.dep_ == "dobj" for g in named.children) or any(
            c.dep_ == "dobj" and c.i > named.i for c in verb.children
        ):
            return named
    return None


def fronted_described(participle: Token) -> list[Token]:
    """The noun of the phrase a passive participle follows, set off by commas, when
    the parser hangs both on the main verb: "At an emergency session of the
    Council, requested by Japan, Haley warned ..." (the session was requested)."""
    doc = participle.doc
    if participle.tag_ != "VBN" or participle.i < 2 or doc[participle.i - 1].text != ",":
        return []
    return [
        noun
        for prep in participle.head.children
        if prep.dep_ == "prep"
        and prep.left_edge.i == participle.sent.start
        and prep.right_edge.i == participle.i - 2
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]


def asked_object(token: Token) -> bool:
    """True for the object of a verb that asks it to act: "pressed it to end its
    program", "urged Iran to stop"."""
    return (
        token.dep_ == "dobj"
        and token.head.lemma_.lower() in OBJECT_CONTROL_VERBS
        and any(controlled(c) for c in token.head.children)
    )


# Verbs whose "that" clause says what another must do: "demanded that it halt".
DEMANDING_VERBS = frozenset({"demand", "urge", "insist", "request", "ask"})


# Verbs that affirm what they report again: "reaffirmed that the commitment is ironclad".
AFFIRMING_VERBS = frozenset(
    {"reaffirm", "reiterate", "affirm", "restate", "stress", "underscore", "underline"}
)


def object_read_as_clause(token: Token) -> bool:
    """True for a verb's object the parser made a clause of its own, with no verb in
    it: "shot dead a South Korean fisheries official"."""
    return (
        token.dep_ == "ccomp"
        and token.pos_ == "NOUN"
        and not any(g.dep_ == "nsubj" for g in token.children)
    )


# Nouns of the work toward an act, whose "for" or "on" phrase names the act.
PREPARING_NOUNS = frozenset({"preparation", "preparations", "work", "planning"})
FOR_ON = frozenset({"for", "on"})
# Nouns of money or goods let go, whose "of" phrase names what goes.
RELEASING_NOUNS = frozenset({"release", "disbursement", "disbursal"})


def objects_of(verb: Token) -> list[Token]:
    misread = complement_object(verb)
    if misread is not None:
        return [misread]  # "calling Trump a liar": Trump, not the liar
    objects = [
        antecedent(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")
    ]
    # "authorized the release of $8 million in aid": what is released
    objects += [
        g
        for o in objects
        if o.lemma_.lower() in RELEASING_NOUNS
        for g in prep_objects(o, frozenset({"of"}))
    ]
    # "approved $8 million in aid": what the sum is in
    objects += [
        g
        for o in objects
        if o.pos_ == "NUM" or o.ent_type_ == "MONEY"
        for g in prep_objects(o, frozenset({"in"}))
    ]
    # "halted preparations for the food shipments", "suspended work on the project":
    # what the preparing is for
    objects += [
        g for o in objects if o.lemma_.lower() in PREPARING_NOUNS for g in prep_objects(o, FOR_ON)
    ]
    if any(c.dep_ == "agent" for c in verb.children):
        # "the drills staged by Japan ... ended": a participle the parser took for
        # the main verb has its object as subject
        objects += [c for c in verb.children if c.dep_ == "nsubj"]
        if not objects and verb.dep_ == "advcl":
            # "At a session of the Council, requested by Japan, Haley warned ...": a
            # participle set off after a fronted phrase describes that phrase's noun
            objects += fronted_described(verb)
        if not objects and verb.tag_ == "VBN" and verb.dep_ in ("advcl", "conj"):
            # "Freight was restored in January, halted by China in April": a passive
            # participle shares the subject of the passive it follows
            objects += [antecedent(c) for c in verb.head.children if c.dep_ == "nsubjpass"]
    if (
        not objects
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "nsubj" for c in verb.children)
    ):
        # "a missile launched by the North flew over Japan", "North Korea's rocket
        # launched on Wednesday": what the participle describes is its object (not
        # "sanctions the Treasury imposed", a clause with its own subject)
        objects.append(verb.head)
    if (
        not objects
        and verb.dep_ == "relcl"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
        and not any(c.tag_ in ("WDT", "WP", "WRB") for c in verb.subtree)
    ):
        objects.append(verb.head)  # "an official it accused of arranging the transfers"
    if not objects:
        objects += [c for c in verb.children if object_read_as_clause(c)]
    if not objects:
        # "condemned in the strongest terms the North's test": the object after the
        # manner phrase, read as an apposition to its noun
        objects += [
            antecedent(g)
            for manner in prep_objects(verb, frozenset({"in"}))
            if manner.lemma_.lower() == "term"
            for g in manner.children
            if g.dep_ == "appos"
        ]
    if not objects and verb.lemma_.lower() in AFFIRMING_VERBS:
        # "reaffirmed that the U.S. commitment to the defense of Japan is ironclad":
        # what is said of the commitment affirms it, as "reaffirmed its ironclad commitment"
        objects += [
            antecedent(g)
            for c in verb.children
            if c.dep_ == "ccomp" and c.lemma_ == "be" and any(a.dep_ == "acomp" for a in c.children)
            for g in c.children
            if g.dep_ == "nsubj" and g.pos_ == "NOUN"
        ]
    if not objects and verb.lemma_.lower() in OBJECT_CONTROL_VERBS:
        # "allowed trucks carrying goods to cross": the parser may make the object
        # the subject of the "to" clause
        objects += [
            antecedent(g)
            for c in verb.children
            if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for g in c.children
            if g.dep_ == "nsubj"
        ]
    if not objects:
        # "condemn and reject it": coordinated verbs share the object (a meeting only
        # its talks: "met and had a talk with", not "met on Sunday and vowed measures
        # against the North")
        meeting = verb.lemma_.lower() in MEETING_VERBS
        for conj in (c for c in verb.children if c.dep_ == "conj"):
            if any(
                c.dep_ in ("prep", "agent", "ccomp") and verb.i < c.i < conj.i
                for c in verb.children
            ):
                # "spoke by phone and condemned the launch": nothing spoken to; "warned
                # that the regime would be destroyed, and urged China ...": what was warned
                continue
            objects += [
                antecedent(c)
                for c in conj.children
                if c.dep_ == "dobj" and (not meeting or c.lemma_.lower() in MEETING_NOUNS)
            ]
    for child in verb.children:
        if child.lower_ == "for" and verb.lemma_.lower() in MEETING_VERBS | PAUSING_VERBS:
            continue  # "met in Seoul for a working group on Iran": what for, not whom
        if child.lower_ == "at" and child.i == verb.sent.start:
            continue  # "At an emergency session, Haley warned ...": where, not what
        if (child.dep_ == "prep" and child.lower_ in OBJECT_PREPS) or child.dep_ in (
            "prt",
            "agent",
        ):
            # (not "on Thursday": "Iran on Thursday called for talks"; not "at the
            # request of Iran": who prompted the act, not what it was done to)
            objects += [
                g
                for g in child.children
                if g.dep_ == "pobj"
                and g.ent_type_ not in ("DATE", "TIME")
                and not (child.lower_ == "at" and g.lemma_.lower() in PROMPTING_NOUNS)
            ]
        objects += in_favour_of(child)  # "voted in favour of the resolution": for it
        # "called the North's test a provocation", the parser making "test" a clause
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("NOUN", "PROPN"):
            objects.append(child)
        # "tested what it called hypersonic missiles": what it is called
        if child.dep_ == "ccomp" and any(
            g.dep_ == "dobj" and g.lower_ == "what" for g in child.children
        ):
            objects += [g for g in child.children if g.dep_ == "oprd"]
        # "offered to meet Iran": the meeting offered
        if (
            child.dep_ == "xcomp"
            and child.tag_ == "VB"
            and child.lemma_.lower() in OFFERED_MEETINGS
            and verb.lemma_.lower() in GERUND_TAKERS
        ):
            objects.append(child)
        # "proposed holding inter-Korean talks": the object of the gerund proposed
        if taken_gerund(child):
            objects += [g for g in child.children if g.dep_ == "dobj"]
            objects.append(child)  # "proposed meeting Kim": the meeting proposed
    if (
        verb.dep_ == "relcl"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
        # ("a move the United States called cynical": what it is called is no object)
        and not any(c.dep_ in ("dobj", "nsubjpass", "attr") for c in verb.children)
    ):
        objects.insert(0, verb.head)  # "a pact the two Koreas signed": the pact
    # "voted for every one of the resolutions": the resolutions; "sent another 240
    # of the balloons", "scattered bundles of waste paper": what was counted
    objects = [
        next(iter(of_objects(o)), o)
        if o.lower_ in PARTITIVES or o.like_num or o.lemma_.lower() in MEASURE_NOUNS
        else o
        for o in objects
    ]
    more = []
    for obj in objects:
        more += [c for c in obj.conjuncts]
        # "stage Ulji Freedom Shield, joint military exercises": the apposition names it.
        more += [c for c in obj.children if c.dep_ in ("compound", "appos")]
        # "fired a new type of ICBM", "tested a mix of missiles"
        more += of_objects(obj)
    return objects + more


def _names_person(head: Token) -> bool:
    """True when the words up to ``head`` hold a person's name ("President Kim Dae-jung")."""
    return any(t.ent_type_ == "PERSON" for t in head.doc[head.left_edge.i : head.i + 1])


def np_tokens(head: Token, *, appositions: bool = True) -> list[Token]:
    """Return the tokens of the noun phrase headed by ``head`` (with "of"/"from" phrases)."""
    tokens = []
    stack = [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        for child in token.children:
            # "The US, Russia, and Switzerland met": a list the parser read as an
            # apposition ("Russia, and Switzerland") is no description
            # ("..., Syria's foreign minister and Lao President Khamtai": the "and"
            # may hang on the apposition before)
            # ("Mr. Bush, President Kim Dae-jung of South Korea and ...": one person's
            # name is no description of another)
            listed = child.pos_ == "PROPN" and (
                any(c.dep_ == "cc" for c in child.children)
                or (child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].dep_ == "cc")
                or (token.ent_type_ == "PERSON" and _names_person(child))
            )
            if child.dep_ == "appos" and not appositions and not listed:
                continue
            if child.dep_ in NP_DEPS or (child.dep_ == "prep" and child.lower_ in NP_PREPS):
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "for" and token.lower_ in SPOKESPERSONS:
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "by" and token is head:
                stack.append(child)  # "the launch by North Korea": who launched
            elif token is head and head.dep_ == "dobj" and made_by(child):
                # "welcomed the announcement made by the North": who made it
                stack += [g for a in child.children if a.dep_ == "agent" for g in a.children]
            elif child.dep_ == "pobj" and token.dep_ == "prep":
                stack.append(child)
            elif owning_participle(child) and token.lemma_.lower() not in MEMBER_STATES:
                # "fighters belonging to a squadron of the U.S. marines" (not "countries
                # affiliated to the UN Command", states of their own)
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "to" and owning_participle(token):
                stack.append(child)
    return tokens


# Participles by which a statement or an offer is told as someone's: "the
# announcement made by the North", "the proposal put forward by Seoul".
MAKING_PARTICIPLES = frozenset({"make", "issue", "put", "release", "deliver", "submit", "table"})


def made_by(token: Token) -> bool:
    """True for "made" in "the announcement made by the North": its "by" names the maker."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_.lower() in MAKING_PARTICIPLES
        and any(c.dep_ == "agent" for c in token.children)
    )


def owning_participle(token: Token) -> bool:
    """True for "belonging" in "ships belonging to China": its "to" names the owner."""
    return token.dep_ == "acl" and token.lemma_.lower() in OWNING_PARTICIPLES


# Verbs by which an act makes another state act: "the test prompted Japan to
# impose sanctions".
CAUSATIVE_VERBS = frozenset({"prompt", "trigger", "spur", "lead", "push", "force", "provoke"})


# What a plain message may be called without saying what it says.
PLAIN_MESSAGE_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "his",
        "her",
        "its",
        "their",
        "personal",
        "handwritten",
        "verbal",
        "written",
        "new",
        "latest",
        "second",
        "first",
        "another",
        "short",
        "long",
        "brief",
    }
)


# A message's phrases that say whom it went between, by which way, and what about.
MESSAGE_ROUTES = frozenset(
    {"to", "from", "on", "with", "about", "regarding", "concerning", "through", "via", "over"}
)


def message_says_an_act(message: Token, sending: Token) -> bool:
    """True for a letter or message whose words say an act of their own: "a
    congratulatory message", "a message of condolence", "a letter proposing talks",
    "sent a message to ask ..." (not "sent a personal letter to Kim", nor "a message
    about the soldier", whose topic is no act)."""
    if message.lemma_.lower() not in ("letter", "message"):
        return False
    if any(
        c.dep_ in ("amod", "compound", "acl", "relcl", "prep")
        and c.lower_ not in PLAIN_MESSAGE_WORDS
        and not (c.dep_ == "prep" and c.lower_ in MESSAGE_ROUTES)
        for c in message.children
    ):
        return True
    return any(c.dep_ in ("advcl", "xcomp", "ccomp") for c in sending.children)


# Prepositions by which a claim names who makes it: "the claims by Kuwait".
CLAIMANT_PREPS = frozenset({"by", "from"})


def claimants(claim: Token) -> list[Token]:
    """Who a claim noun says makes it: its owner ("Seoul's claims", "the U.S.
    claim") or the object of "by" or "from" ("the claims by Kuwait"); not what it
    is about ("the reports of North Korean troops")."""
    heads = [c for c in claim.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    # (the parser may hang "by Kuwait" on the verb, right after the claim)
    beside = [c for c in claim.head.children if c.i == claim.i + 1]
    heads += [
        g
        for c in [*claim.children, *beside]
        if c.dep_ == "prep" and c.lower_ in CLAIMANT_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return heads


def reciprocal(verb: Token, obj: Token | None) -> bool:
    """True for an act done to "each other" or "one another": "accused each other",
    "pledged to provide assistance to one another"."""
    for holder in (verb, obj):
        if holder is None:
            continue
        for word in chain(holder.children, prep_objects(holder, RECIPIENT_PARTICLES)):
            if (word.lower_, tuple(c.lower_ for c in word.children)) in RECIPROCALS:
                return True
    return False


# The words of a reciprocal object, as (head, its children).
RECIPROCALS = frozenset({("other", ("each",)), ("another", ("one",)), ("one", ("another",))})
# Particles a reciprocal object comes after: "aid to each other".
RECIPIENT_PARTICLES = frozenset({"to", "with", "against", "on", "at", "for"})


# Verbs by which a message is passed on for another: "convey his greetings".
PASSING_ON_VERBS = frozenset({"convey", "pass", "deliver", "extend", "send", "give", "relay"})


def passes_on(clause: Token, carried: frozenset[str]) -> bool:
    """True for a clause that passes on a message carrying one of ``carried``:
    "to convey his warm greetings to Xi"."""
    return clause.lemma_.lower() in PASSING_ON_VERBS and any(
        o.lemma_.lower() in carried for o in objects_of(clause)
    )


def by_phone(verb: Token) -> bool:
    """True for a verb of talking done by phone: "spoke by phone with", "talked over
    the telephone"."""
    return any(
        prep.lower_ in ("by", "over", "on")
        and any(o.lemma_.lower() in ("phone", "telephone") for o in prep.children)
        for prep in verb.children
    )


# Nouns that count or group the events after "of": "a new round of talks", "held
# more than two hours of talks".
COUNTING_NOUNS = frozenset(
    {"round", "series", "session", "spate", "wave", "flurry", "batch"}
    | {"minute", "hour", "day", "week"}
)


def counting_noun(noun: Token) -> Token | None:
    """The noun that counts ``noun`` through "of": "held [a new round] of talks",
    "[the first round] of talks took place"; None if none."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    counting = noun.head.head
    return counting if counting.lemma_.lower() in COUNTING_NOUNS else None


def amount_in(noun: Token) -> Token | None:
    """The amount a verb carries that ``noun`` tells the kind of: "announced [$2
    million] in emergency aid", "[10 million yuan] in relief"; None if none."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    amount = noun.head.head
    numbered = amount.like_num or any(c.dep_ in ("nummod", "quantmod") for c in amount.children)
    return amount if amount.dep_ == "dobj" and numbered else None
