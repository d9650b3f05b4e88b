"""Which earlier event a noun names, and so whom a reaction to it answers.

"Japan condemned the launch", "China voiced opposition to the deployment",
"Russia criticized the move": the target of the reaction is whoever did the
event the noun refers back to, found among the events read so far in the
article. A warning that names no target at all answers the other side's
latest act reported just before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from peninsula.extract.lexicon import SYMMETRIC_TYPES, Lexicon, load_plover
from peninsula.extract.noun_moods import modifier_mood
from peninsula.extract.tokens import first_conjunct, of_objects, prep_objects, word_forms
from peninsula.extract.travel import VISIT_NOUNS
from peninsula.extract.triggers import noun_rule, verb_rule
from peninsula.models import ActorRef, DateBasis, EventDate, Mention, Modality

# A report dated only by its publication is news: a later "the October 9 test"
# is the same test when it falls this many days before, not "the 2016 test".
RECENT_DAYS = 31
# Words by which a dated event noun names another event than the one reported,
# to compare or to order them.
OTHER_EVENT_WORDS = frozenset(
    {"earlier", "previous", "prior", "last", "former", "first", "past", "preceding", "latest"}
)
COMPARING_PREPS = frozenset({"with", "like", "unlike", "than", "to", "after", "before", "since"})
# A warning with no stated target answers the other side's act reported within
# this many characters before it (about two short paragraphs).
IMPLICIT_TARGET_CHARS = 600
# An act told as an answer ("answered within minutes", "in retaliation") says an
# act came before it, so it looks further back for one (about five paragraphs).
ANSWER_REACH_CHARS = 1500
# "concern over the launch", "opposition to the deployment": the event a
# stance noun is about.
ABOUT_PREPS = frozenset({"over", "about", "at", "to", "against", "regarding", "on", "of"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
# Reactions whose object may be an earlier event: "condemned the launch".
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "SUPPORT"})
# What "the move" or "the decision" may name: any act but a verbal reaction.
ANY_ACT = "*"


def reacted_to(noun: Token, governor: Token | None, lexicon: Lexicon) -> bool:
    """True for "the drills" a reaction is about ("condemned the annual drills"), or
    that a speaker says what they are like ("termed the joint exercises regular"),
    or the latest act a reaction is for ("to punish Pyongyang for its recent rocket
    launch and nuclear test")."""
    first = first_conjunct(noun)
    if (
        first.dep_ == "pobj"
        and first.head.lower_ == "for"
        and first.head.head.pos_ == "VERB"
        and any(c.dep_ == "amod" and c.lower_ in lexicon.latest_words for c in first.children)
    ):
        rule, _obj = verb_rule(first.head.head, lexicon)
        if rule is not None and rule.type in REACTION_TYPES:
            return True
    if governor is None or not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those", "such")
        for c in noun.children
    ):
        return False
    if (
        first.dep_ == "pobj"
        and first.head.head.lemma_.lower() in TOPIC_NOUNS
        and first.head.lower_ in ("with", "to", "against", "at", "over")
    ):
        return True  # "a statement in connection with the joint drills", "in response to"
    if noun.dep_ == "dobj" and word_forms(governor) & lexicon.describing_verbs:
        return not any(c.dep_ == "prt" for c in governor.children)  # not "called off"
    rule, _obj = verb_rule(governor, lexicon)
    return rule is not None and rule.type in REACTION_TYPES


# Nouns by which a statement or act names what it answers: "in connection with
# the drills", "in response to the launch", "in protest against the drills".
TOPIC_NOUNS = frozenset(
    {"connection", "response", "reaction", "regard", "relation", "protest", "retaliation"}
)


# Determiners that make a noun a kind, not a thing done: "opposed any actions".
QUANTIFIERS = frozenset({"any", "all", "every", "no"})


def generic_kind(noun: Token) -> bool:
    """True for a noun that names a kind of act, not one done: "any actions that
    escalate tensions", "all provocations" (a stance, aimed at no one in particular)."""
    if any(c.dep_ in ("det", "predet") and c.lower_ in QUANTIFIERS for c in noun.children):
        return True
    # "actions that escalate tensions": a present-tense relative clause defines a kind
    return noun.tag_ == "NNS" and any(
        c.dep_ == "relcl" and c.tag_ in ("VBP", "VBZ") for c in noun.children
    )


def own_act(noun: Token, lexicon: Lexicon) -> bool:
    """True for a penalty noun that names the act its verb does, not one told before:
    "imposed new sanctions", "tightened its sanctions" (not "opposed the sanctions")."""
    return referred_type(noun, lexicon) == "SANCTION" and not any(
        c.dep_ in ("det", "predet") and c.lower_ in DEFINITE for c in noun.children
    )


def referred_type(noun: Token, lexicon: Lexicon) -> str | None:
    """The type of earlier event a noun refers to ("the launch": MOBILIZE), or None."""
    forms = word_forms(noun)
    for form in sorted(forms):
        if form in lexicon.referring_nouns:
            return lexicon.referring_nouns[form]
    rule = noun_rule(noun, lexicon)
    if rule is not None:
        return rule.type
    singular = noun.tag_ in ("NN", "NNP") and forms & lexicon.singular_anaphors
    if (forms & lexicon.general_anaphors or singular) and (
        any(
            # "the move", "South Korea's decision": one told before
            (c.dep_ in ("det", "predet", "amod") and c.lower_ in DEFINITE) or c.dep_ == "poss"
            for c in noun.children
        )
        or _set_after_the_act(noun)
    ):
        return ANY_ACT
    return None


def _nouns_about(obj: Token) -> list[Token]:
    """The object and what it is about: "concern over the launch", "repeated its
    opposition to THAAD" (where the parser may hang "to THAAD" on the verb)."""
    nouns = [obj]
    holders = [obj] if obj.head.i == obj.i else [obj, obj.head]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ABOUT_PREPS:
                nouns += [g for g in child.children if g.dep_ == "pobj"]
    # "concern that the visit could weaken sanctions": what is feared (not what a
    # claim rejected says: "reject the claim that our tests are a violation")
    if obj.lemma_.lower() in CONCERN_NOUNS:
        nouns += [
            g
            for c in obj.children
            if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
            for g in c.children
            if g.dep_ in ("nsubj", "nsubjpass")
        ]
    return nouns


# Nouns of a fear voiced, whose "that" clause names the act feared.
CONCERN_NOUNS = frozenset({"concern", "worry", "fear", "alarm", "anxiety", "apprehension"})


def act_it_stands_for(obj: Token, lexicon: Lexicon) -> Token | None:
    """For an object "it", the act its sentence named before it: "Japan called the
    shelling unforgivable, and the UN chief condemned it" (the shelling); None when
    it named none."""
    if obj.lower_ != "it":
        return None
    before = obj.doc[obj.sent.start : obj.i]
    # ("used their summit to denounce it": the occasion the act was done at is not
    # what it was done about)
    purpose = obj.head if obj.head.dep_ in ("advcl", "xcomp") else None
    acts = [
        t
        for t in before
        # (the tagger may read "the shelling" as an adjective)
        if t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
        and t.pos_ != "PRON"
        and referred_type(t, lexicon) is not None
        and not (purpose is not None and t.dep_ == "dobj" and t.head.i == purpose.head.i)
    ]
    return acts[-1] if acts else None


def _aimed_force(mention: Mention) -> bool:
    """True for a show of force with a target: one done in answer to another's act
    (a test or a drill told alone has none)."""
    return mention.event_type == "MOBILIZE" and mention.recipient is not None


def _is_reaction(mention: Mention) -> bool:
    """An accusation, refusal or warning answers an act; a request is itself one."""
    return mention.event_type != "REQUEST" and load_plover().quads[mention.event_type] == (
        "verbal_conflict"
    )


def _set_after_the_act(noun: Token) -> bool:
    """True for "a move" set off after the clause it names, with a clause of its
    own: "vetoed the resolution, a move the United States condemned"."""
    start = noun.left_edge.i
    return (
        noun.dep_ in ("appos", "npadvmod")
        and start > 0
        and noun.doc[start - 1].text == ","
        and any(c.dep_ == "relcl" for c in noun.children)
    )


def _veto(mention: Mention) -> bool:
    """A refusal of a body's measure: "vetoed a U.N. resolution", a vote cast, which
    "the move" may name as it names any act done."""
    return (
        mention.event_type == "REJECT"
        and mention.recipient is not None
        and mention.recipient.sector == "IGO"
    )


def _described_by(noun: Token) -> set[str]:
    """Names that say which event a noun is: "the deployment of THAAD", "the Hwasong
    test" (not a month's: "the failed April launch" is of whoever launches)."""
    words = [
        c
        for c in noun.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")
    ]
    words += of_objects(noun)
    return {w.lower_ for w in words}


def _tells_of(mention: Mention, names: set[str]) -> bool:
    if not names:
        return True
    text = mention.event_text.lower()
    return any(name in text for name in names)


# The fewest letters of a verb a noun derived from it starts with ("deploy").
VERB_STEM_LETTERS = 4


def _derived_from(noun: Token, mention: Mention) -> bool:
    """True for a noun made from the verb that told a mention: "the deployment" of
    troops deployed."""
    verb = mention.trigger_lemma
    return len(verb) >= VERB_STEM_LETTERS and noun.lemma_.lower().startswith(verb)


def _detonation(mention: Mention, lexicon: Lexicon) -> bool:
    """True for a weapons act told as a detonation: "set off a nuclear device"."""
    words = set(re.findall(r"[a-z]+", mention.event_text.lower()))
    return bool(words & lexicon.detonation_words)


def _same_report(last: Mention, mentions: list[Mention]) -> list[Mention]:
    """The mentions one trigger gave: "the drills" of the US and of the South."""
    return [m for m in mentions if m.start == last.start and m.trigger == last.trigger]


def _last_group(mentions: list[Mention]) -> list[Mention]:
    """The mentions of the last event found, one per actor."""
    if not mentions:
        return []
    return list({m.actor.code: m for m in _same_report(mentions[-1], mentions)}.values())


def answered_actors(
    obj: Token, actors: list[ActorRef], history: list[Mention], lexicon: Lexicon
) -> list[ActorRef]:
    """Who did the earlier event a reaction's object names ("condemned the launch");
    both sides of a pact or talks ("expressed concern about the deal")."""
    return event_parties(answered_events(obj, actors, history, lexicon), actors)


def event_parties(events: list[Mention], actors: list[ActorRef]) -> list[ActorRef]:
    """The doers of answered events, with the other side of a pact or talks."""
    acting = {a.code for a in actors}
    found: dict[str, ActorRef] = {}
    for mention in events:
        found.setdefault(mention.actor.code, mention.actor)
        partner = mention.recipient
        if mention.event_type in SYMMETRIC_TYPES and partner and partner.code not in acting:
            found.setdefault(partner.code, partner)
    return list(found.values())


def made_by_others(events: list[Mention], actors: list[ActorRef]) -> list[Mention]:
    """The events none of ``actors`` was a side of: "Kang called the accord a
    milestone" praises his own state's pact, and backs no other side of it."""
    acting = {a.code for a in actors}
    return [
        m
        for m in events
        if m.actor.code not in acting
        and not (m.event_type in SYMMETRIC_TYPES and m.recipient and m.recipient.code in acting)
    ]


# Verbs of answering another's act by one's own: "responded to the closure by
# expelling the managers".
RESPONDING_VERBS = frozenset({"respond", "react", "retaliate", "reply", "answer"})


def response_day(
    verb: Token, actors: list[ActorRef], history: list[Mention], lexicon: Lexicon
) -> EventDate | None:
    """The time of the act an undated act answers when it is told as the answer:
    "The North responded to the Kaesong closure by expelling the managers" (the
    expelling came with the closure of February 2016, not on a day told after it)."""
    responding = verb.head.head
    if (
        verb.dep_ != "pcomp"
        or verb.head.lower_ != "by"
        or responding.lemma_.lower() not in RESPONDING_VERBS
    ):
        return None
    answered = prep_objects(responding, frozenset({"to"}))
    acting = {a.code for a in actors}
    events = [m for noun in answered for m in answered_events(noun, actors, history, lexicon)]
    if not answered:
        # "Seoul responded by cutting off trade": the act told just before, another's
        events = [m for m in history[-1:] if m.actor.code not in acting and not _is_reaction(m)]
    days = [
        m.date
        for m in events
        if m.date is not None
        and m.modality is Modality.ASSERTED
        and m.date.basis is not DateBasis.PUBLICATION
    ]
    return max(days, key=lambda d: d.date) if days else None


def answered_events(
    obj: Token, actors: list[ActorRef], history: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The earlier event a reaction's object names, one mention per actor."""
    acting = {a.code for a in actors}
    for noun in _nouns_about(act_it_stands_for(obj, lexicon) or obj):
        wanted = referred_type(noun, lexicon)
        if wanted is None:
            continue
        names = _described_by(noun)
        earlier = [
            m
            for m in history
            if m.actor.code not in acting
            # a member's vote for a resolution is no act the resolution names
            and not m.trigger.startswith("vote@")
            and (
                m.event_type == wanted
                # "deployed troops to Russia" (aid to it) ... "the deployment": the
                # noun of the act's own verb
                or _derived_from(noun, m)
                # "this latest provocation", "the move": an act that was done, not one
                # promised in the same breath ("will work with us against ...")
                or (
                    wanted == ANY_ACT
                    and (not _is_reaction(m) or _veto(m))
                    and m.modality is Modality.ASSERTED
                )
            )
            and _tells_of(m, names)
        ]
        # "the deployment" is likelier the last thing deployed than the last test;
        # "the launches" the last weapon fired than a carrier's return
        derived = [m for m in earlier if _derived_from(noun, m)]
        if not derived and word_forms(noun) & lexicon.blast_nouns:
            # "the blast" is the last device set off, not the last missile fired
            derived = [m for m in earlier if m.mode == "weapons" and _detonation(m, lexicon)]
        if not derived and word_forms(noun) & lexicon.weapon_act_nouns:
            derived = [m for m in earlier if m.mode == "weapons"]
        if not derived and noun.lemma_.lower() in VISIT_NOUNS:
            # "welcomed the trip": the last visit paid, not talks only called for since
            derived = [m for m in earlier if m.mode == "visit"]
        # "condemned the launch": not the missiles fired back in answer to it
        chosen = [m for m in derived or earlier if not _aimed_force(m)] or derived or earlier
        if modifier_mood(noun, lexicon) is None:
            # "welcomed the summit": the one held, not talks only promised since (but
            # "the planned summit", "a possible visit": one to come)
            chosen = [m for m in chosen if m.modality is Modality.ASSERTED] or chosen
        if noun.lemma_.lower() in IN_PERSON_NOUNS:
            chosen = [m for m in chosen if m.mode != "phone"] or chosen  # (not a call)
        if chosen:
            return _last_group(_latest(chosen, earlier) if wanted == "CONSULT" else chosen)
    # "repeated its opposition to THAAD": the last act that named the thing
    for noun in _nouns_about(obj)[1:]:
        if noun.pos_ != "PROPN" and not noun.is_upper:
            continue
        named = [
            m
            for m in history
            if m.actor.code not in acting
            and not _is_reaction(m)
            and noun.text.lower() in m.event_text.lower()
        ]
        if named:
            return _last_group(named)
    return []


def _latest(chosen: list[Mention], earlier: list[Mention]) -> list[Mention]:
    """``chosen``, unless the last is history told after a later act held: "welcomed
    the meeting" after the story went back to "the third meeting" a year before."""
    held = {m: m.date.last_day() for m in earlier if m.modality is Modality.ASSERTED and m.date}
    last, latest = chosen[-1].date, max(held.values(), default=None)
    if last is None or latest is None or (latest - last.last_day()).days <= HISTORY_DAYS:
        return chosen
    return [m for m, day in held.items() if day == latest]


HISTORY_DAYS = 180  # a meeting told last this long before one held later is history


# Meetings held in person, which a phone call is not: "welcomed the summit".
IN_PERSON_NOUNS = frozenset({"summit", "visit", "trip"})


def _chorus(mention: Mention, acting: set[str], history: list[Mention]) -> bool:
    """True for another state's reaction, told as done, aimed at a third whose last
    own act told was one of force (a launch all condemn; not "Washington blames
    Pyongyang" told after the North sent troops to an ally)."""
    target = mention.recipient
    if (
        target is None
        or target.code in acting
        or mention.actor.code in acting
        or not _is_reaction(mention)
        or mention.modality is not Modality.ASSERTED
    ):
        return False
    own = [m for m in history if m.actor.code == target.code and not _is_reaction(m)]
    return bool(own) and load_plover().quads[own[-1].event_type] == "material_conflict"


def _report_targets(mention: Mention, near: list[Mention], acting: set[str]) -> list[ActorRef]:
    """The targets, other than ``acting``, of the report one mention belongs to."""
    same = [m.recipient for m in _same_report(mention, near) if m.recipient]
    return list({r.code: r for r in same if r.code not in acting}.values())


def names_a_stimulus(verb: Token, lexicon: Lexicon) -> bool:
    """True for a reaction whose words name an act it answers: "the decision angered
    China" (not "China voiced grave concern")."""
    words = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    words += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    words += [n for o in verb.children if o.dep_ == "dobj" for n in _nouns_about(o)[1:]]
    return any(referred_type(w, lexicon) is not None for w in words)


def implicit_targets(
    actors: list[ActorRef],
    history: list[Mention],
    start: int,
    reach: int = IMPLICIT_TARGET_CHARS,
    chorus: bool = False,
) -> list[ActorRef]:
    """Whom a warning with no stated target answers, from what was reported just before.

    The other side's latest act ("North Korea tested a missile. Japan warned ...");
    or the warner's own accusation just before, whose target it goes on warning
    ("China repeated its opposition to the deployment. China will take the
    necessary steps"). A third party's reaction is no act to answer: after
    "Japan condemned the launch", "Russia criticized it" does not aim at Japan.
    With ``chorus``, for a reaction that names nothing it answers, it joins the
    chorus: told right after another's, it is aimed where that one was ("Japan
    condemned the launch. China voiced grave concern": at the launcher). Acts told
    more than ``reach`` characters before are too far back to answer.
    """
    acting = {a.code for a in actors}
    # (a meeting not held, "has yet to respond", is nothing done to answer)
    near = [
        m for m in history if 0 <= start - m.start <= reach and m.modality is not Modality.NEGATED
    ]
    for index in range(len(near) - 1, -1, -1):
        mention = near[index]
        if chorus and index == len(near) - 1 and _chorus(mention, acting, history):
            return _report_targets(mention, near, acting)
        if mention.actor.code in acting:
            if _is_reaction(mention) and mention.recipient is not None:
                return _report_targets(mention, near, acting)
            continue
        if not _is_reaction(mention) or (
            mention.recipient is not None and mention.recipient.code in acting
        ):
            return [m.actor for m in _last_group(near[: index + 1]) if m.actor.code not in acting]
    return []


def accusers(actors: list[ActorRef], history: list[Mention], start: int) -> list[ActorRef]:
    """Who a denial with no stated addressee answers: the state that last accused the
    denier ("Kuwait accused Iraq of sinking the boat. Iraq denied any involvement");
    none when no accusation of it was told just before."""
    return _last_to_have(actors, frozenset({"ACCUSE"}), history, start)


def claim_makers(actors: list[ActorRef], history: list[Mention], start: int) -> list[ActorRef]:
    """Who made the claims a denial that names no claimant answers: the state that
    last accused the denier, else the last to accuse anyone ("North Korea shipped
    munitions to Russia, the White House said. Moscow dismissed the claims")."""
    return accusers(actors, history, start) or latest_doers(
        actors,
        history,
        start,
        lambda m: m.event_type == "ACCUSE" and m.modality is Modality.ASSERTED,
    )


def askers(actors: list[ActorRef], history: list[Mention], start: int) -> list[ActorRef]:
    """Whom a refusal to act with no stated addressee answers: the state that last
    asked the refuser to act ("Rice urged Seoul to shut the ventures ... Seoul has
    refused to shut either one"); none when no request of it was told just before."""
    request = last_request(actors, history, start)
    return [request.actor] if request is not None else []


def callers(actors: list[ActorRef], history: list[Mention], start: int) -> list[ActorRef]:
    """Whose calls a state left unanswered: the state that last phoned it ("The UNC
    called the North on Monday. Pyongyang did not respond to the calls")."""
    call = last_request(actors, history, start, ("CONSULT", "phone"))
    return [call.actor] if call is not None else []


def last_request(
    actors: list[ActorRef],
    history: list[Mention],
    start: int,
    kind: tuple[str, str | None] = ("REQUEST", None),
) -> Mention | None:
    """The last request of ``actors`` (or act of another ``kind``, with its mode if
    one is given) told just before ``start`` by another state."""
    acting = {a.code for a in actors}
    event_type, mode = kind
    told = [
        m
        for m in history
        if 0 <= start - m.start <= IMPLICIT_TARGET_CHARS
        and m.actor.code not in acting
        and m.event_type == event_type
        and (mode is None or m.mode == mode)
        and m.modality is not Modality.NEGATED
        and m.recipient is not None
        and m.recipient.code in acting
    ]
    return max(told, key=lambda m: m.start) if told else None


def _last_to_have(
    actors: list[ActorRef],
    kinds: frozenset[str],
    history: list[Mention],
    start: int,
    done_only: bool = False,
) -> list[ActorRef]:
    """The doer of the last act of one of ``kinds`` aimed at ``actors`` told just
    before (only one told as done, with ``done_only``)."""
    acting = {a.code for a in actors}
    return latest_doers(
        actors,
        history,
        start,
        lambda m: (
            m.event_type in kinds
            and m.modality is not Modality.NEGATED
            and (m.modality is Modality.ASSERTED or not done_only)
            and m.recipient is not None
            and m.recipient.code in acting
        ),
    )


def wronged_parties(actors: list[ActorRef], history: list[Mention], start: int) -> list[ActorRef]:
    """Whom regret voiced over a harm naming no state yields to: the state that last
    accused the regretter ("Seoul blamed the North for the mines. The North expressed
    regret over the blasts"), else the one its own last act of force was done to."""
    blamed_by = accusers(actors, history, start)
    if blamed_by:
        return blamed_by
    acting = {a.code for a in actors}
    for mention in reversed(history):
        if not 0 <= start - mention.start <= IMPLICIT_TARGET_CHARS:
            continue
        target = mention.recipient
        if (
            mention.actor.code in acting
            and mention.event_type in ("ASSAULT", "COERCE")
            and target is not None
            and target.code not in acting
        ):
            return [target]
    return []


# Verbs of harm whose refusal turns down no one: "refused to impose sanctions".
HARMING_VERBS = frozenset({"impose", "sanction", "punish", "attack", "strike", "expel", "cut"})


def addressee_of_main_clause(
    participle: Token,
    actors: list[ActorRef],
    history: list[Mention],
    ctx_offset: int,
    kinds: frozenset[str] | None = None,
) -> list[ActorRef]:
    """Whom a participle clause naming no one is aimed at: the other party of the act
    its main clause told ("expressed sympathy to the North Korean people, while
    refusing to send a government delegation"), if that act is of one of ``kinds``."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return []
    # (a refusal to do harm, "while refusing to impose sanctions", spares the one
    # the main clause named: no refusal of it)
    refused = [c for c in participle.children if c.dep_ == "xcomp"]
    if any(c.lemma_.lower() in HARMING_VERBS for c in refused):
        return []
    return _told_recipients(participle.head, actors, history, ctx_offset, kinds)


def addressee_of_first_verb(
    verb: Token, actors: list[ActorRef], history: list[Mention], ctx_offset: int
) -> list[ActorRef]:
    """Whom a verb joined to another naming no one is aimed at: the other party of
    the act the first verb told ("summoned the Iraqi ambassador and demanded an
    apology", "... and demanded that the troops be pulled out")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    return _told_recipients(verb.head, actors, history, ctx_offset)


def _told_recipients(
    trigger: Token,
    actors: list[ActorRef],
    history: list[Mention],
    ctx_offset: int,
    kinds: frozenset[str] | None = None,
) -> list[ActorRef]:
    """The other parties, not ``actors``, of the acts of ``kinds`` that ``trigger``
    told in this paragraph."""
    acting = {a.code for a in actors}
    told = [
        m.recipient
        for m in history
        if m.start >= ctx_offset
        and m.trigger_index == trigger.i
        and (kinds is None or m.event_type in kinds)
        and m.recipient is not None
        and m.recipient.code not in acting
    ]
    return list({r.code: r for r in told}.values())


def hostile_targets(
    actors: list[ActorRef],
    history: list[Mention],
    start: int,
    reach: int = IMPLICIT_TARGET_CHARS,
) -> list[ActorRef]:
    """Whom a readiness with no stated target answers: the implicit targets whose
    last act told was one of conflict ("the North fired shells ... the South raised
    its alert"), not a partner's visit."""
    quads = load_plover().quads
    acting = {a.code for a in actors}
    # (an act the actor took part in is no foe's: "the North fired missiles, hours
    # after Seoul and Washington kicked off their drills ... Our military has raised
    # its vigilance" answers the North, not the ally it drills with)
    taken_part = {m.trigger for m in history if m.actor.code in acting}
    history = [m for m in history if m.trigger not in taken_part or m.actor.code in acting]
    found = []
    for target in implicit_targets(actors, history, start, reach):
        last = next((m for m in reversed(history) if m.actor.code == target.code), None)
        if last is not None and quads[last.event_type].endswith("conflict"):
            found.append(target)
    return found


# The modes of acts by which a state holds another's people (a release tells it
# held them: "freed the student ... had demanded his release").
HOLDING_MODES = frozenset({"arrest", "seize", "abduct", "release"})


def holders(actors: list[ActorRef], history: list[Mention], start: int) -> list[ActorRef]:
    """Whom a call for a release that names no state asks: the state that last held
    someone, reported just before ("Iran detained an American soldier on Tuesday.
    The United States demanded his release")."""
    return latest_doers(
        actors,
        history,
        start,
        lambda m: m.mode in HOLDING_MODES and m.modality is Modality.ASSERTED,
    )


def latest_doers(
    actors: list[ActorRef],
    history: list[Mention],
    start: int,
    fits: Callable[[Mention], bool],
    reach: int = IMPLICIT_TARGET_CHARS,
) -> list[ActorRef]:
    """The doer, other than ``actors``, of the last act that ``fits`` told just
    before ``start`` (within ``reach`` characters); none if none was."""
    acting = {a.code for a in actors}
    told = [
        m
        for m in history
        if 0 <= start - m.start <= reach and m.actor.code not in acting and fits(m)
    ]
    return [max(told, key=lambda m: m.start).actor] if told else []


def wrongdoers(actors: list[ActorRef], history: list[Mention], start: int) -> list[ActorRef]:
    """Whom a demand for an apology that names no state asks: the doer of the last
    act of force done to the one demanding it, told just before ("Iraqi troops fired
    at a Kuwaiti post on Sunday. Kuwait demanded an apology")."""
    return _last_to_have(actors, WRONG_TYPES, history, start, done_only=True)


# Acts of force done to another: their doer owes it an apology, and their admission
# yields to it.
WRONG_TYPES = frozenset({"ASSAULT", "COERCE"})


# Acts a state may hold back: its own force or pressure on another.
HELD_BACK_TYPES = frozenset({"COERCE", "ASSAULT", "THREATEN", "SANCTION"})


def held_back_targets(actors: list[ActorRef], history: list[Mention]) -> list[ActorRef]:
    """Whom a state's act held back was aimed at, when the text does not say: the
    target of its own last hostile act ("flew balloons into the South ... halted the
    scattering on June 2")."""
    acting = {a.code for a in actors}
    for mention in reversed(history):
        if (
            mention.actor.code in acting
            and mention.event_type in HELD_BACK_TYPES
            and mention.recipient is not None
            and mention.recipient.code not in acting
        ):
            return [mention.recipient]
    # "North Korea condemned the drills ... Washington would stop the exercises": an
    # act aimed at no one is held back toward the state that objected to the actor
    for mention in reversed(history):
        if (
            mention.event_type in OBJECTIONS
            and mention.recipient is not None
            and mention.recipient.code in acting
            and mention.actor.code not in acting
        ):
            return [mention.actor]
    return []


# Acts by which a state objects to another's: accusing, threatening, protesting.
OBJECTIONS = frozenset({"ACCUSE", "THREATEN", "PROTEST"})


def guessed_referents(
    noun: Token, owners: list[ActorRef], date: EventDate, history: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """Earlier reports of the event a definite, dated noun names, whose day was a guess.

    "North Korea's nuclear test" read first, dated by the publication day; then
    "the October 9 underground test": the same test, and now its day is known.
    A day long before the publication names another event ("the 2016 test").
    """
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return []
    if any(c.lower_ in OTHER_EVENT_WORDS for c in noun.children) or (
        noun.dep_ == "pobj" and noun.head.lower_ in COMPARING_PREPS
    ):
        return []  # "the earlier test on January 24", "as with the March 16 launches"
    wanted = referred_type(noun, lexicon)
    # names, not descriptions: "the test of a nuclear device" may tell of "a nuclear test"
    names = {
        w.lower_
        for w in [*noun.children, *of_objects(noun)]
        if w.pos_ == "PROPN" and w.ent_type_ not in ("DATE", "TIME")
    }
    owned = {o.code for o in owners}
    guessed = [
        m
        for m in history
        if m.event_type == wanted
        and m.modality is Modality.ASSERTED
        and m.date is not None
        and m.date.basis.value == "publication"
        and 0 <= (m.date.date - date.date).days <= RECENT_DAYS
        and (not owned or m.actor.code in owned)
        and _tells_of(m, names)
    ]
    return _same_report(guessed[-1], guessed) if guessed else []


def parties_of(noun: Token, history: list[Mention], lexicon: Lexicon) -> list[ActorRef]:
    """The parties of the meeting a noun names: "The talks reached a consensus"."""
    if referred_type(noun, lexicon) != "CONSULT":
        return []
    meetings = [m for m in history if m.event_type == "CONSULT" and m.recipient is not None]
    if not meetings:
        return []
    parties = [
        party
        for m in _same_report(meetings[-1], meetings)
        for party in (m.actor, m.recipient)
        if party is not None
    ]
    return list({p.code: p for p in parties}.values())
