"""Who did and who received an event named by a noun, from the noun's own phrase.

"the North Korean missile launch" (its modifier did it), "Kim's China visit"
(China was visited), "the demolition of the liaison office" (the office's
state suffered it), "drills staged by Seoul and Washington", "punish North
Korea for a December launch" (the one punished launched).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.extract.arguments import (
    RECIPIENT_PREPS,
    actor_ref,
    civilians_of,
    names_person,
    np_actors,
    staged_by,
)
from peninsula.extract.clauses import AMONG_PREPOSITIONS, subject_of
from peninsula.extract.context import Context
from peninsula.extract.counted import coarsened
from peninsula.extract.destinations import LAYING_VERBS, destined_for
from peninsula.extract.lexicon import Lexicon, NounRule, load_lexicon
from peninsula.extract.timing import event_date
from peninsula.extract.tokens import (
    BORDER_NOUNS,
    aimed_at,
    asked_in_clause,
    going_to,
    of_objects,
    prep_objects,
    preposition_noun,
    word_forms,
)
from peninsula.extract.triggers import joined_for, to_clause, verb_rule
from peninsula.models import ActorRef, DateBasis, EventDate, Modality, Precision

# Nouns whose "of" phrase is the target, not the doer: "the demolition of the office".
PATIENT_OF_TYPES = frozenset({"ASSAULT", "SANCTION", "COERCE", "COOPERATE", "AID", "ACCUSE"})
# Reactions to another's act: "the Council condemned its rocket launch" (the
# launch is not the Council's).
OTHERS_ACT_REACTIONS = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION"})
# Event types whose noun's modifier names the actor ("North Korean missile test");
# "inter-Korean talks" only names a topic.
OWNED_BY_MODIFIER = frozenset({"MOBILIZE", "ASSAULT"})
# Event types whose modifier names the actor once the target is named after "on"
# or "against": "U.S. sanctions on North Korea" (not "Chinese aid to Pyongyang
# rose", an amount).
TARGETED_BY_PHRASE = frozenset({"SANCTION"})


# Acts whose target may be a state's civilians: "killed a South Korean fisherman",
# "detained a Japanese national", "sanctioned two Chinese firms", "new sanctions
# on a North Korean shipping company".
BEFALLS_CIVILIANS = frozenset({"ASSAULT", "COERCE", "SANCTION", "CONCEDE", "SUPPORT"})


def unnamed_victims(
    heads: list[Token], acting: set[str], verb: Token, ctx: Context
) -> list[ActorRef]:
    """The state a report is told from, for people another state's attack befell
    whom no state names: "SEOUL -- ... a North Korean artillery barrage killed two
    marines and two civilians" (South Korea's). Not for a toll told of another act,
    not when the attacker is that state, nor when the clause names a third state or
    a place the dictionary does not know ("killed ten civilians in Kharkiv")."""
    home = ctx.home_state
    if home is None or not acting or home.code in acting or verb.tag_ == "VBG":
        return []  # ("sank the ship, killing 46 sailors": the sinking's toll)
    people = load_lexicon().people_nouns
    victims = [
        head
        for head in heads
        if head.lemma_.lower() in people
        and not any(c.dep_ == "poss" or c.lower_ == "the" for c in head.children)
    ]
    if not victims:
        return []
    for token in verb.subtree:
        told = ctx.mentions.get(token.i, [])
        if token.ent_type_ in ("GPE", "LOC", "NORP") and not told:
            return []
        codes = {
            m.entry.role_on(ctx.published).code for m in told if m.entry.kind.value == "country"
        }
        if codes - acting - {home.code}:
            return []
    return [ActorRef(home.code, "CVL", victims[0].text, home.name)]


def _pobjs(
    preposition: Token, ctx: Context, when: dt.date | None, civilians: bool = False
) -> list[ActorRef]:
    return [
        a
        for g in preposition.children
        if not preposition_noun(g)
        for a in np_actors(g, ctx, when, civilians=civilians)
    ]


# Nouns whose "of" phrase is an event that took place: "the collapse of the summit".
OUTCOME_NOUNS = frozenset(
    {"collapse", "breakdown", "failure", "outcome", "result", "success", "end", "aftermath"}
)


def placed_in_time(noun: Token) -> bool:
    """True for "after the summit", "ahead of the talks", "the collapse of the summit"."""
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    if preposition.lower_ in ("after", "since", "during", "following", "at"):
        return True
    return preposition.lower_ == "of" and (
        preposition.head.lemma_.lower() in OUTCOME_NOUNS or preposition.head.lower_ == "ahead"
    )


# Modifiers that make a drill shared with the states after "with": "a combined
# air drill", "trilateral drills".
JOINT_WORDS = frozenset({"joint", "combined", "trilateral", "bilateral", "multinational"})


def joint_partners(
    noun: Token, event_type: str, ctx: Context, when: dt.date | None, verb: Token | None = None
) -> list[ActorRef]:
    """The states a drill is held with: "joint drills with South Korea", "held
    anti-submarine drills with South Korean and Japanese warships" (the parser may
    hang "with" on the verb of a joint one: "staged joint drills with Japan")."""
    if event_type != "MOBILIZE":
        return []
    joint = any(c.dep_ == "amod" and c.lower_ in JOINT_WORDS for c in noun.children)
    # "staged drills with Japan", "took part in drills with Japan": the drills are
    # the verb's object, or in its phrase, and "with" may hang on the verb
    held = verb is not None and (
        (noun.dep_ == "dobj" and noun.head.i == verb.i)
        or (noun.dep_ == "pobj" and noun.head.head.i == verb.i)
    )
    holders = [noun, verb] if verb is not None and (joint or held) else [noun]
    # "flew a bomber over the base, escorted by South Korean jets": those escorting
    escorts = (
        [
            a
            for c in verb.children
            if c.dep_ == "advcl" and c.lemma_.lower() in ESCORTING_VERBS
            for agent in c.children
            if agent.dep_ == "agent"
            for a in _pobjs(agent, ctx, when)
        ]
        if verb is not None and held
        else []
    )
    # "Japan joined the United States in a naval drill": whom it joined drills too
    joined = (
        [a for c in verb.children if c.dep_ == "dobj" for a in np_actors(c, ctx, when)]
        if verb is not None
        and verb.lemma_.lower() == "join"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.i == verb.i
        else []
    )
    return (
        escorts
        + joined
        + [
            a
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep"
            and c.lower_ == "with"
            # "sent troops to the border with South Korea": the border's, hung on the verb
            and not (c.i > 0 and c.doc[c.i - 1].lemma_.lower() in BORDER_NOUNS)
            # "carried out a test ..., the Council, with Beijing's vote, imposed ...": an
            # aside set off by a comma, which the parser may hang on the wrong verb
            and not (c.i > 0 and c.doc[c.i - 1].text == ",")
            for a in _pobjs(c, ctx, when)
        ]
    )


# Participles by which forces join another's show of force: "escorted by jets".
ESCORTING_VERBS = frozenset({"escort", "accompany", "join"})


# Words by which one answers for one's own act: "apologized for the sinking",
# "take responsibility over the destruction of the office".
ANSWERING_WORDS = frozenset({"apologize", "apologise", "apology", "responsibility", "atone"})


def answering_verb(noun: Token) -> Token | None:
    """The verb by which someone answers for the act ``noun`` names, or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "over"):
        return None
    holder = noun.head.head
    if holder.lemma_.lower() not in ANSWERING_WORDS:
        return None
    return holder if holder.pos_ == "VERB" else holder.head if holder.dep_ == "dobj" else None


def answerable_for(noun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """Who answers for an act did it: "Pyongyang has yet to take responsibility over
    the destruction of the office" (whether or not it answers)."""
    verb = answering_verb(noun)
    return np_actors(subject_of(verb)[0], ctx, when) if verb is not None else []


def _phrase_children(noun: Token) -> Iterator[Token]:
    """A noun's children, with a possessor the parser hung on its year: in "the
    North's 2010 shelling", "North" may depend on "2010"."""
    for child in noun.children:
        yield child
        if child.i < noun.i and child.ent_type_ == "DATE":  # any dependency: a parse slip
            yield from (g for g in child.children if g.dep_ == "poss")


def _reacting(noun: Token, ctx: Context, when: dt.date | None, lexicon: Lexicon) -> frozenset[str]:
    """The states that react to the act a noun names, as the object of their
    condemnation or sanction: "its" in it is not theirs."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return frozenset()
    rule, _obj = verb_rule(noun.head, lexicon)
    if rule is None or rule.type not in OTHERS_ACT_REACTIONS:
        return frozenset()
    return frozenset(a.code for a in np_actors(subject_of(noun.head)[0], ctx, when))


def phrase_parties(
    noun: Token, rule: NounRule, ctx: Context, when: dt.date | None, lexicon: Lexicon
) -> tuple[list[ActorRef], list[ActorRef]]:
    """The owners (doers) and recipients an event noun's phrase names."""
    owners: list[ActorRef] = []
    recipients: list[ActorRef] = []
    owner_deps = (
        ("poss", "compound", "amod", "nmod") if rule.type in OWNED_BY_MODIFIER else ("poss",)
    )
    besides = _reacting(noun, ctx, when, lexicon)
    for child in _phrase_children(noun):
        if child.dep_ in owner_deps:
            owners += np_actors(child, ctx, when, besides=besides)
        elif rule.mode == "visit" and child.dep_ in ("compound", "amod"):
            # "Kim's China visit" (but "a Kim visit to Beijing" is Kim's)
            if any(names_person(m) for m in ctx.mentions.get(child.i, [])):
                owners += np_actors(child, ctx, when)
            else:
                recipients += np_actors(child, ctx, when)
        if child.dep_ == "prep" and (
            child.lower_ == "by" or (child.lower_ == "from" and rule.type == "MOBILIZE")
        ):  # "a missile launch from North Korea"
            owners += _pobjs(child, ctx, when)
        if child.dep_ == "acl" and word_forms(child) & lexicon.light_verbs:
            owners += staged_by(child, ctx, when)  # "drills staged by Seoul and Washington"
        if held_by_clause(child, lexicon):
            # "the talks Iran held with Iraq on Friday": whoever held them, with whom
            owners += [
                a
                for s in child.children
                if s.dep_ == "nsubj" and s.pos_ != "PRON"
                for a in np_actors(s, ctx, when)
            ]
            recipients += [
                a for g in prep_objects(child, frozenset({"with"})) for a in np_actors(g, ctx, when)
            ]
        if child.dep_ == "prep" and child.lower_ == "of":
            if rule.mode == "release":
                # "the release of two Kuwaiti nationals": their state
                recipients += _pobjs(child, ctx, when, civilians=True)
            elif rule.type in PATIENT_OF_TYPES:
                recipients += _pobjs(child, ctx, when)
            else:
                owners += _pobjs(child, ctx, when)
    preps = RECIPIENT_PREPS | {"between"} | ({"for"} if rule.type in ("AID", "SANCTION") else set())
    preps -= {"at"}  # "sanctions at the UN", "an attack at the border": a place
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            recipients += _pobjs(child, ctx, when, rule.type in BEFALLS_CIVILIANS)
            # "a ban on travel to North Korea": where the travel goes
            recipients += [
                a for g in child.children for d in going_to(g) for a in np_actors(d, ctx, when)
            ]
    recipients += [a for target in aimed_at(noun) for a in np_actors(target, ctx, when)]
    if rule.type == "CONSULT":
        # "joined the Iraqi president for talks": whom the subject joined
        recipients += [a for g in joined_for(noun) for a in np_actors(g, ctx, when)]
    if rule.type in TARGETED_BY_PHRASE and not recipients:
        recipients = _sanctioned(noun, ctx, when)
    if rule.mode == "visit" and not recipients:
        # "a brief stop in Doha", "his visit in Beijing": the place it was made in
        recipients = [
            a for p in prep_objects(noun, frozenset({"in"})) for a in np_actors(p, ctx, when)
        ]
    if rule.mode == "visit" and not recipients:
        # "a visit by the Iranian president to Baghdad": the parser may hang the
        # visit's "to" on the visitor
        recipients = [
            a
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for visitor in c.children
            if visitor.dep_ == "pobj"
            for to in visitor.children
            if to.dep_ == "prep" and to.lower_ == "to"
            for a in _pobjs(to, ctx, when)
        ]
    if not owners and noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        # "the North's January nuclear test and February rocket launch"
        owners = [
            a
            for c in _phrase_children(noun.head)
            if c.dep_ == "poss"
            for a in np_actors(c, ctx, when)
        ]
    if not owners and recipients and rule.type in TARGETED_BY_PHRASE:
        # "the U.S. sanctions on North Korea": with its target named, a state
        # modifier is who imposes them ("Iran sanctions" alone may be on Iran)
        targets = {r.code for r in recipients}
        owners = [
            a
            for c in _phrase_children(noun)
            if c.dep_ in ("compound", "amod", "nmod")
            for a in np_actors(c, ctx, when)
            if a.code not in targets
        ]
    if (
        not owners
        and noun.dep_ == "dobj"
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in noun.head.children)
    ):
        # "follows a visit to Pyongyang last month by Li": the parser may hang the
        # noun's "by" phrase on an active verb, which has no agent of its own
        owners = [
            a
            for c in noun.head.children
            if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i
            for a in _pobjs(c, ctx, when)
        ]
    if not owners:
        owners = answerable_for(noun, ctx, when)
    if not owners and rule.type in OWNED_BY_MODIFIER and noun.dep_ == "pobj":
        preposition = noun.head
        punished = [c for c in preposition.head.children if c.dep_ == "dobj"]
        if preposition.lower_ == "for" and punished:
            # "punish North Korea for a December rocket launch": the punished launched
            owners = np_actors(punished[0], ctx, when)
    return owners, recipients


# Prepositions by which a penalty names the act it answers: "sanctions imposed after
# its nuclear test", "sanctions over Pyongyang's missile tests" (threats.CAUSE_WORDS
# adds "following" for a penalising verb's clause).
ANSWERING_PREPS = frozenset({"after", "over", "for"})


def _with_participles(noun: Token) -> list[Token]:
    """A noun and the past participles on it, either of which may carry its phrases:
    "sanctions imposed after its test"."""
    return [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]


def _sanctioned(noun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """Whom penalties named by a noun fall on, when no phrase of its own aims them:
    those they are laid on ("sanctions imposed on Iran"), or the doer of the act they
    answer ("sanctions imposed after its nuclear test", "over Iran's missile tests";
    not "Iran is under U.N. sanctions", a standing state)."""
    heads = destined_for(noun)
    if not heads:
        heads = [
            c
            for word in _with_participles(noun)
            for act in prep_objects(word, ANSWERING_PREPS)
            for c in act.children
            if c.dep_ == "poss"
        ]
    return [a for h in heads for a in np_actors(h, ctx, when)]


def light_verb(verb: Token, lexicon: Lexicon) -> bool:
    """True for a verb that carries a noun's event: "held", "conducted"."""
    return bool(word_forms(verb) & lexicon.light_verbs)


def held_by_clause(clause: Token, lexicon: Lexicon) -> bool:
    """True for a clause on a meeting noun that says who held it: "the talks Iran held
    with Iraq on Friday", "the meeting that Iran convened in Doha"."""
    return clause.dep_ in ("relcl", "acl") and clause.tag_ == "VBD" and light_verb(clause, lexicon)


def carrying_participle(noun: Token, lexicon: Lexicon) -> Token | None:
    """The participle that tells the noun's event done: "the two test-fires of the
    rocket, conducted on July 4", "U.S. sanctions imposed on Iran in 2006"."""
    return next(
        (
            c
            for held in (noun, *of_objects(noun))  # (the parser may hang it on the "of")
            for c in held.children
            if (
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and (light_verb(c, lexicon) or c.lemma_.lower() in LAYING_VERBS)
            )
            # ("the talks Iran held with Iraq on Friday")
            or held_by_clause(c, lexicon)
        ),
        None,
    )


def answered_when(noun: Token, rule: NounRule, sentence: Span, ctx: Context) -> EventDate | None:
    """The month of the act penalties answer, for penalties told with no day of their
    own: "U.N. sanctions imposed after its third nuclear test in February" came that
    month."""
    if rule.type not in TARGETED_BY_PHRASE:
        return None
    acts = [
        act for word in _with_participles(noun) for act in prep_objects(word, frozenset({"after"}))
    ]
    for act in acts:
        done = event_date(act, sentence, ctx, Modality.ASSERTED)
        if done is not None and done.basis is not DateBasis.PUBLICATION:
            return done if done.precision is not Precision.DAY else coarsened(done, Precision.MONTH)
    return None


def asked_about(
    noun: Token, owners: list[ActorRef], ctx: Context, when: dt.date | None
) -> list[ActorRef]:
    """Whom a speech act noun's infinitive concerns: "calls to rebuild inter-Korean
    trust"; or the other party to what it calls for: "its call for a non-aggression
    pact with Washington"."""
    acting = {o.code for o in owners}
    clause = to_clause(noun)
    partners = [
        a
        for asked in prep_objects(noun, frozenset({"for"}))
        for g in prep_objects(asked, frozenset({"with"}))
        for a in np_actors(g, ctx, when)
        if a.code not in acting
    ]
    return (
        partners
        + [
            a
            for token in (clause.subtree if clause is not None else ())
            if token.dep_ in ("dobj", "pobj", "amod", "compound")
            for a in np_actors(token, ctx, when)
            if a.code not in acting
        ]
        + [
            # "its demand that Japan apologize": the one the clause asks to act
            a
            for g in asked_in_clause(noun)
            for a in np_actors(g, ctx, when)
            if a.code not in acting
        ]
    )


# What may join two states naming the parties of a meeting: "US-China talks".
PAIRING_WORDS = frozenset({"-", "–", "—", "/", "and"})


def paired_states(noun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The two states a noun's modifiers pair: "Washington-Pyongyang", "inter-Korean".

    States merely placed side by side name a venue and a party ("the Washington
    NATO summit"): they must be one phrase naming both, or joined by a dash or "and".
    """
    tokens: set[int] = set()
    stack = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    while stack:
        token = stack.pop()
        tokens.add(token.i)
        stack += [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "punct")]
    spans = sorted({(m.start, m.end) for i in tokens for m in ctx.mentions.get(i, [])})
    refs: list[tuple[int, int, ActorRef]] = []
    for start, end in spans:
        for same in ctx.mentions.get(start, []):
            ref = actor_ref(same, ctx.doc[end - 1], noun, ctx, when)
            if ref is not None and (start, end) == (same.start, same.end):
                refs.append((start, end, ref))
    found: dict[str, ActorRef] = {}
    for (start, end, ref), (next_start, _end, other) in zip(refs, refs[1:], strict=False):
        between = {t.lower_ for t in ctx.doc[end:next_start]}
        if (start, end) == (next_start, _end) or (between and between <= PAIRING_WORDS):
            found.setdefault(ref.code, ref)
            found.setdefault(other.code, other)
    return list(found.values())


def clientele_states(
    sentence: Span, ctx: Context, when: dt.date | None, actors: set[str], nouns: frozenset[str]
) -> list[ActorRef]:
    """States whose people a channel serves: "bringing in Chinese tourists"."""
    found: dict[str, ActorRef] = {}
    for token in sentence:
        if token.lemma_.lower() in nouns:
            for ref in civilians_of(token, ctx, when):
                if ref.code not in actors:
                    found.setdefault(ref.code, ref)
    return list(found.values())


def between_parties(noun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The two or more states of "talks between X and Y", "talks among X, Y and Z"
    (none when fewer are named).

    The "between" may hang lower in the phrase: "an agreement on cooperation in the
    field of post between the DPRK ministry and the Russian ministry".
    """
    found = [
        a
        for c in noun.subtree
        if c.dep_ == "prep" and c.lower_ in AMONG_PREPOSITIONS
        for g in c.children
        for a in np_actors(g, ctx, when)
    ]
    return found if len({a.code for a in found}) >= 2 else []
