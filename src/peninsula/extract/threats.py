"""Whom a threat aims at: the target of the act of force or pressure it promises.

"threatened to attack South Korea" aims at the South; "threatened to retaliate
against the deployment" at whoever deploys; "warned of a pre-emptive strike on
Washington and Seoul" at both. "Warned the launch would violate UN
resolutions" names no target.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from peninsula.actors.resolver import ActorMention
from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import controlled, intent_noun, subject_of
from peninsula.extract.context import Context
from peninsula.extract.lexicon import Lexicon, VerbRule, load_plover
from peninsula.extract.nominal import ANSWERING_PREPS, phrase_parties
from peninsula.extract.occasions import PARTNERS
from peninsula.extract.phrases import CAUSATIVE_VERBS, SPEECH_VERBS, objects_of, reporting_verb
from peninsula.extract.recipients import recipient_heads
from peninsula.extract.reference import ANSWER_REACH_CHARS, answered_actors, hostile_targets
from peninsula.extract.sides import across_the_line
from peninsula.extract.tokens import of_objects, prep_objects, word_forms
from peninsula.extract.triggers import noun_rule, verb_rule
from peninsula.models import ActorRef, Modality

# Acts of force that, said of oneself as future or possible, are threats.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Verbs that report a threat themselves (their own lexicon entry codes it).
THREAT_VERBS = frozenset({"threaten", "warn", "vow"})
# What a threat may promise: "threatened to attack", "vowed to sanction".
THREATENED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
# Verbs of an answer a threat promises, with or without a manner: "warned it would
# retaliate against", "would respond to any leaflets".
RETALIATING_VERBS = frozenset({"respond", "retaliate", "react"})
# Prepositions before a threatened act's target: "a strike on Seoul".
TARGET_PREPS = frozenset({"on", "against", "upon"})


def threatened_act(clause: Token, lexicon: Lexicon, ctx: Context) -> bool:
    """True when a threat's complement is an act of force or pressure ("to destroy
    Seoul"), a response promised ("to respond resolutely"), or is aimed "against"
    someone."""
    rule, _obj = verb_rule(clause, lexicon, ctx.mentions)
    if rule is not None and rule.type in THREATENED_TYPES:
        return True
    if rule is not None and rule.type == "THREATEN" and rule.pledge:
        return True  # "vowed to respond resolutely to Iraq's provocations"
    if clause.lemma_.lower() in RETALIATING_VERBS:
        return True  # "warned that the North would respond to any leaflets from the South"
    if _will_not_stand_for(clause):
        return True  # "warned it would not tolerate Iraq's provocations", "not sit idle"
    if ties_harmed(clause):
        return True  # "warned that relations with Kuwait would suffer"
    return any(t.dep_ == "prep" and t.lower_ == "against" for t in clause.subtree)


# What a warning says will befall a state: "the end of its regime", "the
# destruction of Seoul".
RUIN_NOUNS = frozenset(
    {"end", "destruction", "annihilation", "collapse", "downfall", "demise", "ruin", "obliteration"}
)
# Ties a warning says will be harmed, and how: "relations would suffer", "ties with
# Seoul would be damaged".
TIES = frozenset({"relation", "tie", "relationship", "cooperation", "exchange"})
HARMING_VERBS = frozenset(
    {"suffer", "deteriorate", "worsen", "sour", "damage", "harm", "hurt", "jeopardize"}
    | {"jeopardise", "endanger", "undermine"}
)


# Acts whose coming a warning names as what would bring its answer: "any attack".
PROVOCATIONS = frozenset({"attack", "strike", "provocation", "aggression", "invasion", "intrusion"})


def _provoked(clause: Token) -> bool:
    """True for a clause that says what would bring the warned-of answer on: "any
    attack would mean ...", "... if it did not stop its actions"."""
    return any(
        (t.dep_ == "mark" and t.lower_ in ("if", "unless"))
        or (t.dep_ in ("nsubj", "nsubjpass") and t.lemma_ in PROVOCATIONS)
        for t in clause.subtree
    )


def ties_harmed(clause: Token) -> list[Token]:
    """The ties a clause says will be harmed ("relations with Kuwait would suffer",
    "ties would be damaged"), if it says so of any."""
    if not word_forms(clause) & HARMING_VERBS:
        return []
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in TIES]


# What one says one will not put up with, or how one will not stay: "would not
# tolerate provocations", "would not sit idle", "will not stand idly by".
TOLERATING_VERBS = frozenset({"tolerate", "condone"})
IDLE_WORDS = frozenset({"idle", "idly", "still"})


def _will_not_stand_for(clause: Token) -> bool:
    """True for a promise not to let another's act pass: "would not tolerate Iraq's
    provocations", "would not sit idle", "will not stand idly by"."""
    if not any(c.dep_ == "neg" for c in clause.children):
        return False
    if clause.lemma_.lower() in TOLERATING_VERBS:
        return True
    return clause.lemma_.lower() in ("sit", "stand", "remain") and any(
        c.lower_ in IDLE_WORDS for c in clause.children
    )


def threatened_targets(
    verb: Token, actors: list[ActorRef], ctx: Context, when: dt.date | None, lexicon: Lexicon
) -> list[ActorRef]:
    """The targets of the act a threat's verb promises, other than the threatener."""
    acting = {a.code for a in actors}
    found: list[ActorRef] = []
    for clause in verb.children:
        complement = clause.dep_ in ("xcomp", "ccomp") or controlled(clause)
        if not complement or not threatened_act(clause, lexicon, ctx):
            continue
        for head in recipient_heads(clause, next(iter(objects_of(clause)), None), "ASSAULT"):
            refs = np_actors(head, ctx, when) or answered_actors(head, actors, ctx.history, lexicon)
            # "would open fire on any loudspeakers the South installs": their owner
            refs = refs or [
                r
                for c in head.children
                if c.dep_ == "relcl"
                for s in c.children
                if s.dep_ == "nsubj"
                for r in np_actors(s, ctx, when)
            ]
            found += [r for r in refs if r.code not in acting]
        for answered in responded_to(clause):
            found += _doers_of(answered, actors, ctx, when, lexicon)
        # "warned that relations with Kuwait would suffer": the state the ties are with
        partners = [g for ties in ties_harmed(clause) for g in prep_objects(ties, PARTNERS)]
        found += [r for g in partners for r in np_actors(g, ctx, when) if r.code not in acting]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and _provoked(c)):
        # "warned that any attack would mean the end of Kuwait's regime": whose end
        # (not "warned that the war could mean the end of Iraq", a risk foretold)
        ruined = [g for t in clause.subtree if t.lemma_ in RUIN_NOUNS for g in of_objects(t)]
        found += [r for g in ruined for r in np_actors(g, ctx, when) if r.code not in acting]
    # "warned that the North's provocation would be met with a resolute response":
    # whose hostile act the warning is about
    for clause in verb.children:
        # (only where the clause promises an answer: not "warned that Russia's
        # drills would continue")
        if clause.dep_ != "ccomp" or not _answers(clause, lexicon):
            continue
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            named = noun_rule(subject, lexicon)
            hostile = word_forms(subject) & lexicon.stance.get("ACCUSE", frozenset()) or (
                named is not None and named.type in THREATENED_TYPES
            )
            if hostile:
                # "the North's provocation", "a provocation from the North"
                owners = [p for p in subject.children if p.dep_ == "poss"]
                owners += prep_objects(subject, frozenset({"from", "by"}))
                found += [
                    r for o in owners for r in np_actors(o, ctx, when) if r.code not in acting
                ]
    # "warned of catastrophic consequences if Seoul went ahead with the drills",
    # "warned it could take a new way unless Washington changes course": the state
    # whose act would bring the threatened one on
    # (not "warned it would be unable to feed millions unless Japan gives")
    holders = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))]
    conditions = [
        c
        for h in holders
        for c in h.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
    ]
    promised = {t.i for t in verb.subtree} - {t.i for c in conditions for t in c.subtree}
    words = lexicon.answer_words | lexicon.stance.get("THREATEN", frozenset())
    # the warner's own act promised ("it could take a new way"), not its state
    # ("it would be unable to ...")
    acts = [
        c
        for c in holders[1:]
        if c.lemma_ != "be" and {a.code for a in np_actors(subject_of(c)[0], ctx, when)} & acting
    ]
    harm = (
        verb.lemma_.lower() == "threaten"
        or bool(acts)
        or any(word_forms(verb.doc[i]) & words for i in promised)
    )
    for clause in conditions if harm else []:
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            found += [r for r in np_actors(subject, ctx, when) if r.code not in acting]
    # "warned of a pre-emptive strike on Washington and Seoul"
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "with"):
            continue
        for act in (g for g in prep.children if g.dep_ == "pobj"):
            named = noun_rule(act, lexicon)
            if named is None or named.type not in THREATENED_TYPES:
                continue
            for target in prep_objects(act, TARGET_PREPS):
                found += [r for r in np_actors(target, ctx, when) if r.code not in acting]
    if not found and verb.lemma_.lower() in THREAT_VERBS:
        # "warned that North Korea would be met with fire and fury", "warned that
        # Iraq would pay a heavy price": the state told what it will suffer
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and _suffered(c)):
            for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                found += [r for r in np_actors(subject, ctx, when) if r.code not in acting]
    if not found and verb.lemma_.lower() == "threaten":
        # "threatened to turn Seoul into a sea of fire": the state its act is done to
        for clause in (c for c in verb.children if controlled(c)):
            for target in (c for c in clause.children if c.dep_ == "dobj"):
                found += [r for r in np_actors(target, ctx, when) if r.code not in acting]
    return found


# Verbs by which a clause's subject is told what it will undergo: "would pay a
# heavy price", "would face consequences", "would bear full responsibility".
SUFFERING_VERBS = frozenset({"pay", "face", "suffer", "regret", "bear"})


def _suffered(clause: Token) -> bool:
    """True for a warned clause telling what its subject will undergo: "would pay a
    heavy price", or in the passive, "would be met with fire and fury" (not "would
    continue", what its subject will do)."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    return passive or clause.lemma_.lower() in SUFFERING_VERBS


def foretold_of_others(
    verb: Token, actors: list[ActorRef], ctx: Context, when: dt.date | None
) -> bool:
    """True for a warning that foretells what another state will or may do: "warned
    that the North could conduct a third nuclear test", "have warned that the North
    appears ready to test" - a risk told, no threat of the warner's (not "warned that
    Japan would pay a heavy price", what it is told it will undergo)."""
    if verb.lemma_.lower() != "warn":
        return False
    acting = {a.code for a in actors}
    for clause in verb.children:
        if clause.dep_ != "ccomp" or _suffered(clause):
            continue
        named = [c for c in clause.children if c.dep_ == "nsubj" and c.i in ctx.mentions]
        doers = {r.code for s in named for r in np_actors(s, ctx, when)}
        if doers and not doers & acting:
            return True
    return False


def _doers_of(
    answered: Token, actors: list[ActorRef], ctx: Context, when: dt.date | None, lexicon: Lexicon
) -> list[ActorRef]:
    """Who did the act a response names, other than the responders."""
    named = noun_rule(answered, lexicon)
    if named is not None:
        # "in response to joint South Korean-US exercises": who stages them
        refs = phrase_parties(answered, named, ctx, when, lexicon)[0]
    else:
        refs = np_actors(answered, ctx, when)  # "in response to drills by Seoul"
    refs = refs or answered_actors(answered, actors, ctx.history, lexicon)
    acting = {a.code for a in actors}
    return [r for r in refs if r.code not in acting]


# Verbs by which a state answers another's act with one of its own: "answered
# the next day with a live-fire drill", "responded by firing missiles".
ANSWERING_VERBS = frozenset({"answer", "respond", "retaliate", "react", "reply", "counter"})


def _told_as_answer(word: Token) -> bool:
    """True for the act an answering verb is done with or by."""
    return (
        word.dep_ in ("pobj", "pcomp")
        and word.head.lower_ in ("with", "by")
        and word.head.head.lemma_.lower() in ANSWERING_VERBS
    )


def show_of_force_targets(
    event_type: str,
    modality: Modality,
    words: list[Token | None],
    actors: list[ActorRef],
    recipients: list[ActorRef],
    ctx: Context,
    when: dt.date | None,
    lexicon: Lexicon,
) -> list[ActorRef]:
    """Whom a show of force done in answer is aimed at, as docs/gold.md has a drill
    fired in answer to a launch: the launcher for "fired two missiles in response
    to the launch"; whoever did the last hostile act told for "answered hours later
    with a live-fire drill" or "held a drill in retaliation". None for any other
    act, one with a target already, or one not done ("could respond by testing a
    bomb"). ``words`` are the act's trigger and the words it is told with."""
    if event_type != "MOBILIZE" or modality is not Modality.ASSERTED or not actors:
        return []
    if {r.code for r in recipients} - {a.code for a in actors}:
        return []
    return _answered_by_force([w for w in words if w is not None], actors, ctx, when, lexicon)


def at_the_front(words: list[Token], actors: list[ActorRef], lexicon: Lexicon) -> list[ActorRef]:
    """The other Korea, for one Korea's forces readied at the line between them:
    "put troops along the border on heightened alert", "put its front-line
    troops on alert" (not "troops at the border with China")."""
    if len({a.code for a in actors}) != 1:
        return []
    for word in words:
        for token in word.subtree:
            if token.lemma_.lower() not in lexicon.front_lines:
                continue
            verbs = [t for t in token.ancestors if t.pos_ in ("VERB", "AUX")]
            clause = next((t for t in verbs if t.dep_ != "acl"), None)
            nearest = verbs[0] if verbs else None
            if token.i != word.i and clause not in (word, *words) and nearest not in words:
                continue  # in another clause (a participle's is this one's: "put
                # units stationed near the border on alert"; so is the verb's own,
                # "plans to send troops into the border zones")
            if any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
                continue  # "the border with China"
            if token.lemma_.lower() == "front" and not any(
                c.lower_ == "line" for c in token.head.subtree
            ):
                continue  # "front" only in "front-line"
            return across_the_line(actors)
    return []


def _answered_by_force(
    words: list[Token], actors: list[ActorRef], ctx: Context, when: dt.date | None, lexicon: Lexicon
) -> list[ActorRef]:
    found: dict[str, ActorRef] = {}
    for word in words:
        for answered in responded_to(word):
            found.update((r.code, r) for r in _doers_of(answered, actors, ctx, when, lexicon))
    if found:
        return list(found.values())
    if any(retaliation(w) or _told_as_answer(w) for w in words) or _answer_told_before(
        words[0], actors, ctx, when
    ):
        done = [m for m in ctx.history if m.modality is Modality.ASSERTED]  # not a vow
        start = ctx.offset + words[0].sent.start_char
        # (not a partner of the act: "flew a bomber for a combined drill with the
        # puppet air force, in a show of force")
        partners = {
            a.code
            for t in words[0].sent
            if t.dep_ == "pobj" and t.head.lower_ == "with"
            for a in np_actors(t, ctx, when)
        }
        targets = hostile_targets(actors, done, start, ANSWER_REACH_CHARS)
        return [a for a in targets if a.code not in partners]
    return []


def _answer_told_before(
    word: Token, actors: list[ActorRef], ctx: Context, when: dt.date | None
) -> bool:
    """True for an act whose sentence follows the actor's bare answer: "Seoul
    answered within minutes. Its army fired three missiles ..." (the firing is how)."""
    sentence = word.sent
    if sentence.start == 0:
        return False
    before = word.doc[sentence.start - 1].sent.root
    if before.lemma_.lower() not in ANSWERING_VERBS or any(
        c.dep_ in ("dobj", "ccomp", "xcomp")
        or (c.dep_ == "prep" and c.lower_ in ("to", "with", "by"))
        for c in before.children
    ):
        return False
    acting = {a.code for a in actors}
    subject = subject_of(before)[0]
    answering = {a.code for a in np_actors(subject, ctx, when)} if subject is not None else set()
    return bool(answering) and answering <= acting


def _answers(clause: Token, lexicon: Lexicon) -> bool:
    """True for a clause that promises an answer to what it names."""
    words = lexicon.answer_words | lexicon.stance.get("THREATEN", frozenset())
    return any(word_forms(t) & words for t in clause.subtree)


def retaliation(clause: Token) -> list[Token]:
    """The "in retaliation", "in response" or "in a show of force" a clause is told
    as, naming nothing it answers: "resumed loudspeaker broadcasts on Sunday in
    retaliation" (it answers the other side's last act)."""
    return [
        reply
        for reply in prep_objects(clause, frozenset({"in"}))
        if (
            reply.lemma_.lower() in ("response", "reaction", "retaliation") or _show_of_force(reply)
        )
        and not prep_objects(reply, frozenset({"to", "for", "by"}))
    ]


def _show_of_force(noun: Token) -> bool:
    """True for "a show of force" (or of strength), which answers the other side's
    last act: "fired missiles into the sea in a show of force"."""
    return noun.lemma_.lower() == "show" and any(
        g.lemma_.lower() in ("force", "strength") for g in prep_objects(noun, frozenset({"of"}))
    )


def responded_to(clause: Token) -> list[Token]:
    """What a clause answers, and who did it: "increasing its defences in response
    to joint exercises", "in response to drills by Seoul" (the parser may hang "by"
    on the response)."""
    return [
        g
        for reply in prep_objects(clause, frozenset({"in"}))
        if reply.lemma_.lower() in ("response", "reaction", "retaliation")
        for g in prep_objects(reply, frozenset({"to", "for", "by"}))
    ]


def threat_said(
    event_type: str, modality: Modality, actors: list[ActorRef], clause: Token, ctx: Context
) -> Token | None:
    """The speech verb by which a state says it will or may use force, or None.

    "North Korea said it is ready to attack the South": besides the
    hypothetical attack, the saying is an asserted THREATEN.
    """
    if event_type not in FORCE_TYPES or modality not in (Modality.FUTURE, Modality.HYPOTHETICAL):
        return None
    speech = reporting_verb(clause, THREAT_VERBS)  # ("threatened to attack": its own)
    plan = intent_noun(clause) if speech is None else None
    if plan is not None:
        # "announced a plan to strike Kuwait's bases", "said it was studying a plan to
        # fire missiles at Kuwait": a plan of force made known
        held = plan.head
        speech = held if held.lemma_.lower() in SPEECH_VERBS else reporting_verb(held, THREAT_VERBS)
    if speech is None:
        # a statement's own words: "Should the U.S. persist ..., the army will
        # strike" in the statement of the state whose army it is
        own = ctx.author is not None and ctx.author.code in {a.code for a in actors}
        return clause if own and not ctx.quoting else None
    speakers = np_actors(subject_of(speech)[0], ctx, ctx.published)
    if not speakers or speakers[0].code not in {a.code for a in actors}:
        return None  # the speaker reports someone else's plans
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return None  # "declined to say whether it would attack": nothing said of it
    return speech


# Words that tell what a penalty answers: "sanctions over its nuclear test",
# "imposed sanctions after the North fired a missile", "following its launch".
CAUSE_WORDS = ANSWERING_PREPS | {"following"}


def penalised_doers(
    verb: Token,
    obj: Token | None,
    actors: list[ActorRef],
    ctx: Context,
    when: dt.date | None,
    lexicon: Lexicon,
    causing: frozenset[str] | None = None,
) -> list[ActorRef]:
    """Who a penalty naming no target answers for: the doers of the act it follows
    or is "over" ("imposed sanctions over North Korea's nuclear test", "adopted
    sanctions after the North fired a missile"), other than those penalising.
    ``causing`` is the types of act it may answer (a test, an attack ...); a
    penalty lifted may answer any ("lifted sanctions after the North agreed to
    reinvestigate")."""
    causing = CAUSING_TYPES if causing is None else causing
    acting = frozenset(a.code for a in actors)
    reasons = [
        cause
        for holder in (verb, obj)
        if holder is not None
        for cause in prep_objects(holder, CAUSE_WORDS)
        if (named := noun_rule(cause, lexicon)) is not None and named.type in causing
    ]
    # "said it would suspend the pact, citing Seoul's hostile acts": the acts cited
    reasons += [
        c
        for citing in verb.children
        if citing.lemma_.lower() in CITING_WORDS
        for c in citing.children
        if c.dep_ == "dobj"
    ]
    # "North Korea's test prompted Japan to impose sanctions": the prompting act
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CAUSATIVE_VERBS:
        reasons += [
            c
            for c in verb.head.children
            if c.dep_ == "nsubj"
            and (named := noun_rule(c, lexicon)) is not None
            and named.type in causing
        ]
    found = [
        a
        for reason in reasons
        for owner in reason.children
        if owner.dep_ in ("poss", "compound", "amod")
        for a in np_actors(owner, ctx, when, besides=acting)
    ]
    for clause in verb.children:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if clause.dep_ != "advcl" or not marks & CAUSE_WORDS:
            continue
        rule, _obj = verb_rule(clause, lexicon, ctx.mentions)
        caused = rule is not None and rule.type in causing
        # "after the North carried out its nuclear test": the act a light verb carries
        caused = caused or (
            clause.lemma_.lower() in lexicon.light_verbs
            and any(
                (named := noun_rule(o, lexicon)) is not None and named.type in causing
                for o in clause.children
                if o.dep_ == "dobj"
            )
        )
        if caused:
            found += np_actors(subject_of(clause)[0], ctx, when, besides=acting)
    return [a for i, a in enumerate(found) if a.code not in acting and a not in found[:i]]


# Participles that give a penalty's reason: "citing Seoul's hostile acts".
CITING_WORDS = frozenset({"cite", "citing"})
# Acts a penalty may answer: tests and launches, attacks, provocations.
CAUSING_TYPES = frozenset({"MOBILIZE", "ASSAULT", "COERCE", "THREATEN"})
# Acts a penalty lifted may answer: any act of the other side.
ANY_TYPE = frozenset(load_plover().quads)


def refuses_to_disarm(
    vow: Token, lexicon: Lexicon, mentions: dict[int, list[ActorMention]]
) -> bool:
    """True for a vow whose promise is never to disarm: "vowed never to give up its
    nuclear deterrent" refuses what its target asks, rather than threatening it."""
    for clause in vow.children:
        if clause.dep_ != "xcomp":
            continue
        rule, _obj = verb_rule(clause, lexicon, mentions)
        negated = any(c.dep_ == "neg" for c in (*clause.children, *vow.children))
        if rule is not None and rule.type == "RETREAT" and rule.mode == "disarm" and negated:
            return True
    return False


# What one is held responsible for that is still to come: "for all the consequences".
AFTERMATH_NOUNS = frozenset({"consequence", "outcome", "result", "aftermath", "repercussion"})


# Auxiliaries by which a warned clause tells what may or will be, not what is done.
UNREAL_AUX = frozenset(
    {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "wo"}
)
# Verbs whose that-clause may tell another's deed, which they then charge: "warned
# that Iraqi agents were smuggling arms", "regretted that Beijing had not told it".
DEED_TELLING_VERBS = frozenset({"warn", "regret", "deplore", "lament", "allege"})


def deed_doers(
    verb: Token, actors: list[ActorRef], ctx: Context, when: dt.date | None
) -> list[ActorRef] | None:
    """The states a warning (or a regret) tells are doing or have done a thing (a
    charge against them, not a threat: "warned that North Korean IT workers were
    posing as foreign nationals"), or None where it tells no deed ("warned that Iraq
    would pay")."""
    if verb.lemma_.lower() not in DEED_TELLING_VERBS or any(
        c.dep_ == "xcomp" for c in verb.children
    ):
        return None
    deeds = [c for c in verb.children if c.dep_ == "ccomp" and _told_as_done(c)]
    if not deeds:
        return None
    acting = {a.code for a in actors}
    return [
        r
        for clause in deeds
        for subject in clause.children
        if subject.dep_ == "nsubj"
        for r in np_actors(subject, ctx, when, civilians=True)
        if r.code not in acting
    ]


def _told_as_done(clause: Token) -> bool:
    """True for a that-clause in the past or present tense with no modal, no "to" and
    no condition: "that Iraq had moved troops" (not "that Iraq would pay")."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return not (
        clause.lemma_.lower() in ("be", "have")
        or any(a.lower_ in UNREAL_AUX or a.lower_ == "to" for a in auxes)
        or not any(t.tag_ in ("VBD", "VBZ", "VBP") for t in (clause, *auxes))
        or any(
            c.dep_ in ("advcl", "mark") and c.lower_ in ("if", "unless") for c in clause.children
        )
    )


def blame_laid(verb: Token, rule: VerbRule, modality: Modality) -> bool:
    """True for a state held responsible, as told, for what was done: "held North
    Korea responsible for the deaths" is a charge (not "will hold Washington
    responsible", nor "holds it responsible for the consequences": threats)."""
    return (
        rule.type == "THREATEN"
        and rule.pledge
        and rule.predicates is not None
        and modality is Modality.ASSERTED
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not any(
            g.lemma_.lower() in AFTERMATH_NOUNS
            for t in verb.subtree
            if t.dep_ == "prep" and t.lower_ == "for"
            for g in t.children
        )
    )
