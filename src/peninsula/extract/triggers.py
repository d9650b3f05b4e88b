"""Which words report an event: a verb with an object that fits, or an event noun.

"cut the hotline" is SANCTION and "cut costs" nothing; "the North's nuclear
test" is MOBILIZE and "a test of wills" nothing. The rules are data
(data/lexicon.yaml); this module matches them against the parse.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.actors.dictionary import ActorKind
from peninsula.actors.resolver import ActorMention
from peninsula.actors.titles import ROLE_WORDS
from peninsula.extract.clauses import asked, controlled, subject_of
from peninsula.extract.lexicon import SYMMETRIC_TYPES, Lexicon, NounRule, VerbRule
from peninsula.extract.modality import governs_as_condition
from peninsula.extract.phrases import complement_object, objects_of
from peninsula.extract.predicates import predicated_as, said_as_apposition, second_objects
from peninsula.extract.purposes import helped, purposes
from peninsula.extract.tokens import (
    BORDER_NOUNS,
    PARTITIVES,
    SIDE_BY_SIDE,
    base_form_read_as_past,
    favoured,
    introduces_date,
    of_objects,
    prep_objects,
    related_state,
    side_by_side,
    word_forms,
)
from peninsula.extract.travel import travels

# "press ahead", "push on": going ahead, not asking.
GOING_AHEAD = frozenset({"ahead", "forward", "on"})
# A noun modifier entry for an infinitive clause after the noun ("calls to rebuild").
TO_CLAUSE = "to+verb"
# An object entry that accepts any state actor ("received Sergei Shoigu").
ANY_ACTOR = "@actor"
# Acts on whose condition a promised response is a threat: "if Iraq attacks".
HOSTILE_CONDITIONS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
PRESSURE_NOUNS = frozenset({"pressure", "provocation", "hostility", "aggression"})
# An object that is itself a state's name or its people: "released three Americans"
# (not "released American footage").
ACTOR_ITSELF = "@actor-itself"
# An object that is an international body by name: "withdrew from the IAEA".
NAMED_BODY = "@body"
# An object that is a person by name: "released Doe", "freed Jim Doe" (the state
# whose he is comes from where the article introduced him)
NAMED_PERSON = "@person"
# How many tokens after a verb its object may sit when the parse misses it.
OBJECT_WINDOW = 5
# Adverbs that grade a participle as a state, not an act: "most threatened".
DEGREE_ADVERBS = frozenset({"most", "more", "less", "least", "very", "highly", "increasingly"})


def modified_as(noun: Token, modifiers: frozenset[str] | None) -> bool:
    """True when a rule needs no modifier or one modifies the noun: "necessary
    measures", "its defence commitment", or what a "to" or "for" phrase or an
    infinitive after it names ("commitment to the defence of Japan", "commitment
    to defend Japan")."""
    if modifiers is None:
        return True
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "det", "preconj")}
    # "the resolution imposing new sanctions": the participle after it
    words |= {c.lower_ for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"}
    # ("a resolution on human rights": what an "on" phrase says it is about)
    words |= {
        g.lemma_.lower()
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("to", "for", "on")
        for g in c.children
        if g.dep_ == "pobj"
    }
    # "the bodies that had handled relations with Seoul": what a clause on it handles
    words |= {
        g.lemma_.lower()
        for c in noun.children
        if c.dep_ in ("relcl", "acl")
        for g in c.children
        if g.dep_ == "dobj"
    }
    clause = to_clause(noun)
    if clause is not None:
        words.add(clause.lemma_.lower())
    return bool(words & modifiers)


def to_clause(noun: Token) -> Token | None:
    """The infinitive right after a noun ("calls to rebuild trust"), wherever the parser
    hung it (on the noun, or on the noun's verb), or None."""
    if noun.i + 1 >= len(noun.doc):
        return None
    marker = noun.doc[noun.i + 1]
    if marker.lower_ != "to" or marker.dep_ != "aux":
        return None
    clause = marker.head
    return clause if clause.head in (noun, noun.head) and clause.pos_ == "VERB" else None


def described_state(verb: Token) -> bool:
    """True for a participle graded like an adjective: "the country most threatened by"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "advmod" and c.lower_ in DEGREE_ADVERBS for c in verb.children
    )


def modifier_noun(verb: Token) -> bool:
    """True for a gerund the parser made a verb inside a noun phrase: "missile
    warning data", "early warning system" (a verb takes no noun compound), "a
    launching drill"."""
    if verb.tag_ == "VBG" and verb.dep_ == "amod" and verb.head.pos_ in ("NOUN", "PROPN"):
        return True  # "a launching drill": the drill is the event, told by its noun
    return verb.tag_ == "VBG" and any(
        c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in verb.lefts
    )


# Particles the parser may read as adverbs: "turned the loudspeakers back on",
# "sent the fishermen back to the North".
ADVERB_PARTICLES = frozenset({"on", "off", "up", "down", "back", "home"})
# Particles that make a verb another: "gave up its weapons" (no gift), "gave in".
PHRASAL_TURNS = {"give": frozenset({"up", "in"})}
# Verbs that, in the passive with "with", tell a response, no act of their own:
# "any attack would be met with force", "was greeted with protests".
RESPONSE_PASSIVES = frozenset({"meet", "greet"})


def _aimed_phrases(verb: Token, preps: frozenset[str]) -> list[Token]:
    """The heads of the verb's phrases with one of ``preps``, or its object's. The
    phrase may hang lower in the object: "scattered a large number of balloons over
    the South", "sent balloons carrying trash into the South"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in of_objects(o)]
    holders = [verb, *objects, *(c for o in objects for c in o.children if c.dep_ == "acl")]
    holders += purposes(verb)  # "sent troops to fight for Russia"
    return [g for holder in holders for g in prep_objects(holder, preps)] + helped(verb)


def _aims_at_actor(
    verb: Token, preps: frozenset[str], mentions: dict[int, list[ActorMention]] | None
) -> bool:
    """True when the verb's phrase with one of ``preps``, or its object's, names an
    actor: "fired shells at South Korea's island" (not "at the sea"), "flew drones
    over Pyongyang"; not a border: "sent troops to the border with Iraq" aids no
    one)."""
    phrases = [g for g in _aimed_phrases(verb, preps) if g.lemma_.lower() not in BORDER_NOUNS]
    return any(t.i in (mentions or {}) for g in phrases for t in g.subtree)


def _done_by(verb: Token, doers: frozenset[str]) -> bool:
    """True when the verb's subject is one of ``doers`` ("soldiers", "a drone")."""
    subject, _passive, _inherited = subject_of(verb)
    return subject is not None and bool(word_forms(subject) & doers)


# Pronouns of one person: "he crossed the border"
ONE_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _lone_person(verb: Token, lexicon: Lexicon) -> bool:
    """True when the verb's doer is one person, not a state's forces: "an American
    soldier crossed the line", "the tourist who crossed into Iraq", "Doe ran across
    the border", "he crossed" (not "soldiers crossed", "a drone crossed")."""
    subject, _passive, _inherited = subject_of(verb)
    if subject is None:
        return False
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head  # "the soldier who crossed": the soldier
    if subject.lower_ in ONE_PERSON_PRONOUNS:
        return True
    if subject.tag_ not in ("NN", "NNP"):
        return False  # "soldiers", "troops": in force
    return subject.ent_type_ == "PERSON" or subject.lemma_.lower() in lexicon.ordinary_people


def _crowd(noun: Token, lexicon: Lexicon) -> bool:
    """True for people of a state, not its representatives: "North Korean workers"
    (not "the Japan Coast Guard", a body)."""
    return noun.tag_ == "NNS" and bool(word_forms(noun) & lexicon.ordinary_people)


def names_drills(noun: Token, lexicon: Lexicon) -> bool:
    """True for a noun naming drills or exercises: a show of force, aimed at no one
    its text names."""
    named = noun_rule(noun, lexicon)
    return named is not None and named.type == "MOBILIZE" and named.mode == "troops"


def _named_person(token: Token) -> bool:
    """True for a person's name or a pronoun for one: "Doe", "Jim Doe", "him" (not
    "Kim's letter", "Iran", "the Red Cross")."""
    if token.lower_ in ONE_PERSON_PRONOUNS:
        return True
    return token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "")


# Prepositions of going up to a place: "to the border", "toward the line".
TOWARD = frozenset({"to", "toward", "towards", "near"})


def crosses_line(verb: Token, preps: frozenset[str], lexicon: Lexicon) -> bool:
    """True when the verb's act is sent across a line that names no state, or in a
    direction: "floated balloons across the border", "sent 240 balloons south"."""
    across = any(
        # (not "sent troops to the border": up to the line, not across it)
        (g.lemma_.lower() in lexicon.crossed_lines and g.head.lower_ not in TOWARD)
        # "scattered waste paper over the border area"
        or (
            g.head.lower_ in ("over", "across")
            and any(
                c.dep_ == "compound" and c.lemma_.lower() in lexicon.crossed_lines
                for c in g.children
            )
        )
        for g in _aimed_phrases(verb, preps)
    )
    # "sent 240 balloons south" (the parser may hang "south" on the balloons)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objects, *(g for o in objects for g in of_objects(o))]
    return across or any(
        c.dep_ == "advmod" and c.lower_ in lexicon.crossing_directions
        for holder in holders
        for c in holder.children
    )


def _fitting_objects(verb: Token, rule: VerbRule) -> list[Token]:
    """The verb's direct objects that are among the rule's objects."""
    if rule.objects is None:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and word_forms(c) & rule.objects]


def _object_carries(verb: Token, rule: VerbRule) -> bool:
    """True when a fitting object holds the rule's particle: "prompting protests
    from China", where the parser hangs "from" on the protests, or on a participle
    of the object's going: "sent a missile screaming over Japan"."""
    particles = rule.particles or frozenset()
    holders = [
        holder
        for obj in _fitting_objects(verb, rule)
        for holder in (obj, *(c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"))
    ]
    return any(prep_objects(holder, particles) for holder in holders)


# What a particle's phrase may hold: "on high alert", "on standby" (read as a clause).
PARTICLE_OBJECTS = frozenset({"pobj", "pcomp"})


def _back_phrases(verb: Token) -> list[Token]:
    """The phrases the parser hangs on a verb's "back": "put North Korea back on
    the list"."""
    return [
        p
        for back in verb.children
        if back.dep_ == "advmod" and back.lower_ == "back"
        for p in back.children
        if p.dep_ == "prep"
    ]


def _described_by(noun: Token, words: frozenset[str]) -> bool:
    """True when one of ``words`` describes the noun or what it is "of": "its white
    list", "its list of preferred trading partners"."""
    described = [noun, *(g for c in noun.children if c.lower_ == "of" for g in c.children)]
    return any(
        c.lower_ in words or c.lemma_.lower() in words
        for d in described
        for c in (d, *d.children)
        if c is d or c.dep_ in ("amod", "compound")
    )


def particle_objects(verb: Token, rule: VerbRule) -> list[Token]:
    """The objects of a rule's particles: "put its units on high alert"; "walked out
    of the talks" (the "of" phrase hangs on "out", or on the verb)."""
    particles = rule.particles or frozenset()
    found = prep_objects(verb, particles, PARTICLE_OBJECTS)
    found += [
        g for c in verb.children if c.dep_ == "agent" and "by" in particles for g in c.children
    ]
    found += [
        g
        for p in _back_phrases(verb)
        if p.lower_ in particles
        for g in p.children
        if g.dep_ in PARTICLE_OBJECTS
    ]
    # "expressed regret over the blasts": the parser may hang the particle on the
    # rule's object
    found += [g for obj in _fitting_objects(verb, rule) for g in prep_objects(obj, particles)]
    # "voted for every one of the sanctions resolutions": what the count is of
    found += [g for f in found if f.lower_ in PARTITIVES for g in of_objects(f)]
    if "out" in particles:
        outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt")]
        found += [g for c in outs for g in of_objects(c)]
        if any(c.dep_ == "prt" for c in outs):
            found += of_objects(verb)
    return found


def _on_hostile_condition(
    verb: Token, lexicon: Lexicon, mentions: dict[int, list[ActorMention]] | None
) -> bool:
    """True for a response promised on another's hostile act: "would respond if
    Washington kept up its pressure" (not "will respond if the North proposes
    talks")."""
    if not any(c.tag_ == "MD" for c in verb.children):
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl" or not governs_as_condition(clause):
            continue
        rules: list[VerbRule | NounRule | None] = [verb_rule(clause, lexicon, mentions)[0]]
        # ("if Washington kept up its pressure": the act in its object)
        rules += [noun_rule(t, lexicon) for t in clause.subtree if t.pos_ == "NOUN"]
        if any(r is not None and r.type in HOSTILE_CONDITIONS for r in rules) or any(
            t.lemma_.lower() in PRESSURE_NOUNS for t in clause.subtree
        ):
            return True
    return False


def verb_rule(
    verb: Token, lexicon: Lexicon, mentions: dict[int, list[ActorMention]] | None = None
) -> tuple[VerbRule | None, Token | None]:
    """The lexicon's rule a verb reports an event by, with the object that fits it."""
    forms = word_forms(verb)
    # "called on Pyongyang" (not "called Lavrov on Tuesday": a date's "on" is no particle)
    # "gave the green light to the projects": the parser may mark "to" as a dative
    particles = {
        c.lower_
        for c in verb.children
        if c.dep_ == "prt"
        # "switched the loudspeakers back on": the parser may make the particle an
        # adverb, "back" hung on it
        or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES)
        or (c.dep_ == "prep" and not introduces_date(c))
        or (c.dep_ == "dative" and c.pos_ == "ADP")
        or c.dep_ == "agent"  # "was no longer bound by the pact"
    }
    # "put North Korea back on the list": the phrase hung on "back"
    particles |= {p.lower_ for p in _back_phrases(verb)}
    if favoured(verb):
        particles.add("for")  # "voted in favour of the resolution": voted for it
    if side_by_side(verb, frozenset({"with"})):
        particles.add("with")  # "stood shoulder to shoulder with Iran"
    # "called for North Korea to stop": "for" marks the complement clause
    particles |= {
        g.lower_
        for c in verb.children
        if c.dep_ in ("advcl", "ccomp")
        for g in c.children
        if g.dep_ == "mark"
    }
    # "give up its weapons" gives nothing to anyone: the particle turns the verb
    turned = verb.lemma_.lower() in PHRASAL_TURNS and bool(
        particles & PHRASAL_TURNS[verb.lemma_.lower()]
    )
    if (
        forms & RESPONSE_PASSIVES
        and "with" in particles
        and any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return None, None
    for rule in lexicon.verbs:
        if not forms & rule.lemmas:
            continue
        if turned and rule.particles is None:
            continue
        if rule.destination:
            if not travels(verb, rule.particles, mentions or {}, rule.objects):
                continue  # "arrived at the ministry", "went to war": no state's soil
        elif rule.aimed:
            preps = rule.particles or frozenset()
            if not (_aims_at_actor(verb, preps, mentions) or crosses_line(verb, preps, lexicon)):
                continue
        elif (
            rule.particles is not None
            and not (particles & rule.particles)
            and not _object_carries(verb, rule)
        ):
            continue
        if rule.particle_objects is not None and not (
            {w for g in particle_objects(verb, rule) for w in word_forms(g)} & rule.particle_objects
        ):
            continue  # "put its units on high alert" (not "put pressure on Seoul")
        if rule.particle_modifiers is not None and not any(
            _described_by(g, rule.particle_modifiers) for g in particle_objects(verb, rule)
        ):
            continue  # "removed Japan from its white list" (not "from its blacklist")
        if rule.predicates is not None and not predicated_as(verb, rule.predicates):
            continue  # "called Seoul a partner", "named Kim as envoy"
        if (
            rule.adverbs is not None
            and not any(c.dep_ == "advmod" and c.lower_ in rule.adverbs for c in verb.children)
            and not (rule.pledge and _on_hostile_condition(verb, lexicon, mentions))
        ):
            continue  # "will respond sternly" (not "responded to the letter")
        if rule.doers is not None and not _done_by(verb, rule.doers):
            continue  # "soldiers crossed the border" (not "tourists crossed the border")
        if rule.in_force and _lone_person(verb, lexicon):
            continue  # "the soldier who crossed into its territory" (not "soldiers")
        if rule.bare and (
            particles
            or second_objects(verb)
            # "called the drills a rehearsal", "drills" read as a clause; not "called
            # Lavrov to discuss Syria"
            or any(c.dep_ in ("oprd", "ccomp") for c in verb.children)
            # "calling Trump a dotard", the object read as a complement
            or complement_object(verb) is not None
            # "called Seoul's president a fool", the predicate read as an apposition
            or any(said_as_apposition(g) for o in objects_of(verb) for g in o.children)
        ):
            continue  # "called on Seoul to", "called Seoul a threat": no call to Seoul
        if rule.type == "REQUEST" and any(
            c.lower_ in GOING_AHEAD and c.dep_ in ("advmod", "prt") for c in verb.children
        ):
            continue
        if verb.lemma_.lower() == "call" and "on" in (rule.particles or ()):
            # "called on Xi in Beijing" pays him a visit; "called on Xi to help" asks
            if (rule.type == "CONSULT") != _visit_paid(verb, lexicon, mentions or {}):
                continue
        if rule.mandative and not any(_mandative_clause(c) for c in verb.children):
            continue  # "insisted that Seoul apologise" (not "insisted it was innocent")
        if rule.asking and not (
            any(c.dep_ == "dobj" for c in verb.children)
            and any(controlled(c) for c in verb.children)
        ):
            continue  # "told Seoul to stop" (not "told reporters that ...")
        if rule.objects is None:
            objects = objects_of(verb)
            return rule, objects[0] if objects else None
        resumed = resumed_subject(verb, rule)
        if resumed is not None:
            return rule, resumed
        # "declared the agreement void": the parser makes the object the subject
        # of the predicate
        said_of = [
            g
            for c in verb.children
            if rule.predicates is not None and c.dep_ == "ccomp"
            for g in c.children
            if g.dep_ == "nsubj"
        ]
        candidates = objects_of(verb) + said_of
        if rule.particles is not None and NAMED_BODY in rule.objects:
            candidates = particle_objects(verb, rule)  # "withdrew from the IAEA"
        if rule.particles is not None and ANY_ACTOR in rule.objects:
            # "stands by its ally": the state is the particle's; one who "stood guard,
            # with North Korea in the background" stands with no one
            if any(c.dep_ == "dobj" and c.lower_ not in SIDE_BY_SIDE for c in verb.children):
                continue
            candidates = particle_objects(verb, rule) + side_by_side(verb, rule.particles)
        for obj in candidates:
            if hostile_exchange(obj):
                continue  # "resumed the exchange of fire": no partners' exchange
            if word_forms(obj) & rule.objects and modified_as(obj, rule.object_modifiers):
                return rule, obj
            # "@actor": the object names one ("Lavrov", "his Lebanese counterpart";
            # not "Trump's invitation", whose owner is no object of the verb)
            named = [obj, *(c for c in obj.children if c.dep_ in ("amod", "compound"))]
            if obj.lemma_.lower() in lexicon.person_nouns:
                # "called South Korea's president a fool": the state's own officer
                named += [c for c in obj.children if c.dep_ == "poss"]
            # ("destroying the lifeline of inter-Korean relations" destroys no state)
            bond = obj.lemma_.lower() in BOND_NOUNS
            if ANY_ACTOR in rule.objects and rule.type == "CONSULT" and _crowd(obj, lexicon):
                # "hosting North Korean workers", "welcomed Iraqi students": a state's
                # people, no guests of state, and no stand taken toward the state
                return None, None
            if ANY_ACTOR in rule.objects and mentions and not bond:
                # (a state naming a thing is no one met: "welcomed the U.S. response")
                thing = obj.dep_ in ("compound", "amod") and obj.head.pos_ == "NOUN"
                named_by = rule.type != "CONSULT" or (
                    (obj.i in mentions and not thing)
                    or obj.lemma_.lower() in PEOPLE_NAMED_BY_STATE
                    or obj.lemma_.lower() in lexicon.person_nouns  # "hosted the Kuwaiti emir"
                )
                if (named_by and any(t.i in mentions for t in named)) or related_state(obj):
                    return rule, obj
            if ACTOR_ITSELF in rule.objects and mentions and obj.i in mentions:
                return rule, obj
            if NAMED_PERSON in rule.objects and _named_person(obj):
                return rule, obj
            if NAMED_BODY in rule.objects and mentions and _named_body(named, mentions):
                return rule, obj
        # The tagger sometimes breaks the object ("staging joint military drills"
        # parsed as two verbs): accept a fitting noun right after the verb.
        objects_i = {o.i for o in candidates}
        for follower in verb.doc[verb.i + 1 : verb.i + 1 + OBJECT_WINDOW]:
            # (past "of" only: "conducted the launch of a satellite", but "ended
            # without an agreement" ends none)
            if follower.is_punct or follower.dep_ in ("mark", "cc"):
                break
            if follower.dep_ == "prep" and follower.lower_ != "of":
                break
            if (
                word_forms(follower) & rule.objects
                and rule.object_modifiers is None
                and not hostile_exchange(follower)
                # "welcomed the delegation's visit": the visit is the object
                and not (follower.dep_ == "poss" and follower.head.i in objects_i)
            ):
                return rule, follower
            # "freed Otto Warmbier, an American student ..., his family said": the
            # name the parser made the subject of the saying
            if (
                NAMED_PERSON in rule.objects
                and follower.dep_ == "nsubj"
                and _named_person(follower)
            ):
                return rule, follower
    return None, None


# People a state's name before them makes the ones met: "his Lebanese counterpart",
# "the Chinese delegation", "the North Korean side" (not "the U.S. response": the
# state names a thing of its own, no one met).
PEOPLE_NAMED_BY_STATE = ROLE_WORDS | {
    *("delegation", "team", "guest", "visitor", "side", "mission", "people"),
    *("military", "army", "navy", "force", "command", "government", "authority"),
    *("ministry", "embassy", "regime", "administration", "leadership"),
}


# Bonds between states, which an act on them does not do to a state: "destroyed
# inter-Korean relations", "wrecked the ties".
BOND_NOUNS = frozenset(
    {"relation", "relationship", "tie", "lifeline", "friendship", "trust", "dialogue", "peace"}
)
# What traffic crosses on its way: "a freight train crossed the Friendship Bridge".
CROSSED_PLACES = frozenset({"bridge", "border", "river", "frontier", "strait", "line"})
# Verbs of a phase of another verb's act: "resumed running", "began operating".
ASPECT_VERBS = frozenset({"resume", "start", "begin", "continue", "restart"})


def resumed_subject(verb: Token, rule: VerbRule) -> Token | None:
    """The subject that undergoes an exchange-restoring verb used with no object:
    "flights between Pyongyang and Beijing resumed", "the hotline reopened"."""
    if rule.type not in SYMMETRIC_TYPES or rule.objects is None:
        return None
    if any(
        c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.lemma_.lower() not in CROSSED_PLACES)
        for c in verb.children
    ):
        return None  # (a train that crossed a bridge still ran)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASPECT_VERBS:
        # "freight trains have resumed running between ...": the running's subject
        subjects += [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBD":
        # "as trains crossed between ...": a finite verb the parser took for a
        # participle (not "the agreement reached at the summit")
        subjects.append(verb.head)
    for subject in subjects:
        if word_forms(subject) & rule.objects and not hostile_exchange(subject):
            return subject
    return None


# What may be exchanged in a fight: "the exchange of fire", "exchanges of insults".
HOSTILE_EXCHANGES = frozenset(
    {"fire", "gunfire", "shot", "shell", "salvo", "blow", "insult", "threat", "accusation", "barb"}
)


def hostile_exchange(noun: Token) -> bool:
    """True for an exchange of hostilities: "the exchange of artillery fire"."""
    return noun.lemma_.lower() == "exchange" and any(
        word_forms(exchanged) & HOSTILE_EXCHANGES for exchanged in of_objects(noun)
    )


def noun_rule(noun: Token, lexicon: Lexicon) -> NounRule | None:
    """The lexicon's rule for an event noun that reports an event, if any."""
    forms = word_forms(noun)
    for rule in lexicon.nouns:
        if not forms & rule.lemmas:
            continue
        if rule.not_of and any(word_forms(g) & rule.not_of for g in of_objects(noun)):
            continue  # "the exercise of the right to self-defence"
        if rule.modifiers is not None:
            # "missile test", "test launch", "the launch of cruise missiles"
            described = [*noun.children, *of_objects(noun)]
            modifiers = set().union(*(word_forms(t) for t in described)) if described else set()
            if to_clause(noun) is not None:
                modifiers.add(TO_CLAUSE)  # "calls to rebuild trust"
            if noun.dep_ == "dobj" and word_forms(noun.head) & lexicon.light_verbs:
                # "had lunch with the Iranian president": the partner hung on the verb
                if any(c.lower_ == "with" for c in noun.head.children):
                    modifiers.add("with")
            # "its call for North Korea to return to talks": "for" marks the clause
            modifiers |= {
                m.lower_
                for c in noun.children
                if c.dep_ in ("advcl", "acl", "relcl")
                for m in c.children
                if m.dep_ == "mark"
            }
            if not modifiers & rule.modifiers:
                continue
        return rule
    return None


# Participles by which an agreement noun reports its own making: "the treaty
# concluded at the summit in June", "the agreement reached last year".
CONCLUDING = frozenset({"sign", "conclude", "reach", "adopt", "ink", "seal", "strike"})


def concluding_participle(noun: Token) -> Token | None:
    """The participle saying an agreement was made ("the treaty signed in 2024"), or None."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in CONCLUDING:
            return child
    return None


VENUE_PREPS = frozenset({"at", "during", "in"})


def venues(participle: Token) -> list[Token]:
    """Where a participle's act took place: "concluded at the Pyongyang summit"."""
    return prep_objects(participle, VENUE_PREPS)


def takes_part(verb: Token, noun: Token, lexicon: Lexicon) -> bool:
    """True when ``verb``'s subject takes part in the event ``noun`` names.

    "Japan joined the sanctions", "participated in the drills", "took part in
    the exercise", "has taken the lead in sanctions".
    """
    if word_forms(verb) & lexicon.participation_verbs:
        in_it = noun.dep_ == "pobj" and noun.head.lower_ == "in"
        return noun.dep_ == "dobj" or in_it or bool(joined_for(noun))
    if word_forms(verb) & lexicon.rejoining_verbs:
        return rejoins(verb, noun, lexicon)
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    holder = noun.head.head  # "took part in ...": "in" may hang on "part" or on "took"
    held = [holder] if holder.i != verb.i else [c for c in verb.children if c.dep_ == "dobj"]
    return any(h.lemma_.lower() in lexicon.participation_nouns for h in held)


def joined_for(noun: Token) -> list[Token]:
    """Whom the subject joined for an event: "joined Iraq's president for talks",
    "will join the emir at a summit"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "at", "in"):
        return []
    if prep.head.lemma_.lower() != "join":
        return []
    return [c for c in prep.head.children if c.dep_ == "dobj"]


def joined_in(verb: Token) -> list[Token]:
    """Whom the subject joined in doing ``verb``: "joined Washington and Seoul in
    condemning the tests" (they condemned too)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in" or verb.head.head.lemma_ != "join":
        return []
    return [c for c in verb.head.head.children if c.dep_ == "dobj"]


# Words by which a "with" phrase names a state acting beside the subject:
# "China, along with Russia, vetoed", "rejected the plan together with Kuwait".
ACCOMPANYING = frozenset({"together", "along"})


def acting_beside(verb: Token, event_type: str) -> list[Token]:
    """Those named acting beside the subject of ``verb`` in an act done to another:
    "China, along with Russia, vetoed the resolution" (Russia vetoed too, and is
    not the one vetoed). In talks or cooperation "together with" names the partner.
    """
    if event_type in SYMMETRIC_TYPES:
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ == "nsubj")]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    # "together with Russia" ("together" hung on the "with"), "along with Russia"
    # (the "with" hung on "along")
    withs = [
        c for c in preps if c.lower_ == "with" and any(a.lower_ in ACCOMPANYING for a in c.children)
    ]
    withs += [w for c in preps if c.lower_ == "along" for w in c.children if w.lower_ == "with"]
    return [g for w in withs for g in w.children if g.dep_ == "pobj"]


def rejoins(verb: Token, noun: Token, lexicon: Lexicon) -> bool:
    """True when ``verb`` takes its subject to the talks ``noun`` names: "returned to
    the six-party talks", "come to the table for serious negotiations"."""
    rule = noun_rule(noun, lexicon)
    if noun.dep_ != "pobj" or rule is None or rule.type != "CONSULT":
        return False
    if noun.head.lower_ == "to":
        return True
    return noun.head.lower_ == "for" and any(
        g.lemma_.lower() == "table" for g in prep_objects(verb, frozenset({"to"}))
    )


def joined_by_pronoun(noun: Token, sentence: Span, lexicon: Lexicon) -> Iterator[Token]:
    """Verbs after an event noun that join it by a pronoun ("which joined it"),
    with no other event noun between them to take the pronoun instead."""
    if noun.dep_ == "conj" and noun_rule(noun.head, lexicon) is not None:
        return  # "sanctions and pressure ... joined it": the first names the event
    for token in sentence.doc[noun.i + 1 : sentence.end]:
        if token.pos_ == "NOUN" and token.dep_ != "conj" and noun_rule(token, lexicon):
            return
        if (
            token.lower_ in ("it", "them")
            and token.dep_ == "dobj"
            and takes_part(token.head, token, lexicon)
        ):
            yield token.head


def _named_body(words: list[Token], mentions: dict[int, list[ActorMention]]) -> bool:
    """True when one of ``words`` names an international body ("the IAEA")."""
    return any(
        m.entry.kind is ActorKind.ORGANISATION and m.entry.roles[-1].sector == "IGO"
        for t in words
        for m in mentions.get(t.i, [])
    )


def _visit_paid(verb: Token, lexicon: Lexicon, mentions: dict[int, list[ActorMention]]) -> bool:
    """True for "called on" a person with nothing asked of him: "called on Xi Jinping
    in Beijing" (not "called on Xi to help", "called on China for restraint")."""
    visited = asked(verb)
    asking = any(
        c.dep_ in ("xcomp", "ccomp", "advcl") or (c.dep_ == "prep" and c.lower_ == "for")
        for c in verb.children
    )
    person = bool(visited) and (
        visited[0].ent_type_ == "PERSON"
        or visited[0].lemma_.lower() in lexicon.person_nouns  # "Iraq's prime minister"
        or any(m.entry.kind is ActorKind.PERSON for m in mentions.get(visited[0].i, []))
    )
    return person and not asking


def _mandative_clause(clause: Token) -> bool:
    """True for a "that" clause in the base form, with a subject of its own and no
    auxiliary but "should": "(insisted) that the South apologise", "(suggested) that
    China should lean hard on its neighbour"."""
    return (
        clause.dep_ == "ccomp"
        # (the tagger may take "apologise" for a noun, "scrap" for a past tense)
        and (clause.tag_ not in ("VBD", "VBN", "VBZ", "VBG") or base_form_read_as_past(clause))
        and clause.lower_ == clause.lemma_.lower()
        and any(c.dep_ == "nsubj" for c in clause.children)
        and not any(
            c.dep_ in ("aux", "auxpass", "neg") and c.lower_ != "should" for c in clause.children
        )
    )
