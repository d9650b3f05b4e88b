"""Acts done in the telling: what a pledge, a stance's "will" or an announced
halt performs as it is told, though its words look ahead.

"pledged to seek dialogue" offers talks now; "North Korea will reject any
contact" refuses now; "Seoul's announcement that it would halt operations at the
complex" halts them (docs/gold.md). What is only planned stays future: "will
halt the drills next month".
"""

from __future__ import annotations

from spacy.tokens import Token

from peninsula.extract.clauses import complement_governor
from peninsula.extract.lexicon import load_lexicon
from peninsula.extract.modality import TOLD_NOUNS, verb_modality
from peninsula.extract.phrases import SPEECH_VERBS
from peninsula.extract.tokens import word_forms
from peninsula.extract.triggers import names_drills
from peninsula.models import Modality


def declared_now(verb: Token, event_type: str, modality: Modality) -> Modality:
    """The modality of an act told as future that its telling already performs."""
    if modality is not Modality.FUTURE:
        return modality
    if event_type in PLEDGED_NOW and _pledged(verb):
        return Modality.ASSERTED  # "vowed to stand by Pyongyang": support declared now
    if event_type in DECLARED_TYPES and _declared_will(verb):
        return Modality.ASSERTED  # "would continue to support dialogue": supported now
    if event_type == "REQUEST" and verb.lemma_.lower() in SEEKING_VERBS and _declared_will(verb):
        return Modality.ASSERTED  # "said it would seek talks with Pyongyang": sought now
    if event_type == "MOBILIZE" and _launch_attempted(verb):
        return Modality.ASSERTED  # "attempted to put a satellite into orbit": launched
    if _halt_announced(verb, event_type):
        return Modality.ASSERTED  # "said they would postpone the drill": decided
    command = _command_to_forces(verb) if event_type == "MOBILIZE" else None
    if command is not None:
        # "ordered the units to reinforce their posts": done as the order is given;
        # "did not order the units to ...": not done
        mood = verb_modality(command, load_lexicon())
        if mood in (Modality.ASSERTED, Modality.NEGATED):
            return mood
    return modality


# Stances a "will" declares now rather than plans.
DECLARED_TYPES = frozenset({"REJECT", "SUPPORT"})
# Verbs of asking that a "will" performs as it is said: "would seek talks" asks now
# ("will propose talks next week" asks then).
SEEKING_VERBS = frozenset({"seek"})


def _declared_will(verb: Token) -> bool:
    """True for a verb whose "will" declares a stance now, not a plan: "North Korea
    will reject any contact", "Xi told Kim that China would continue to support
    dialogue" (not "agreed to reject", a plan, nor "if ... will")."""
    holders = [verb]
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "continue":
        holders.append(verb.head)  # "will continue to support"
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "aux" and c.lower_ in ("will", "'ll"):
                return True
            reported = holder.dep_ == "ccomp" and holder.head.lemma_.lower() in SPEECH_VERBS
            if c.dep_ == "aux" and c.lower_ == "would" and reported:
                return True  # "said it would ...": the "will" of reported speech
    return False


# Verbs by which a state commits itself now: "pledged to seek dialogue".
PLEDGING_VERBS = frozenset({"pledge", "vow", "promise", "commit"})
# Acts a pledge performs as it is made: asking, and standing by another.
PLEDGED_NOW = frozenset({"REQUEST", "SUPPORT"})


# Acts of halting that, announced as what a state "would" do, are done: the
# decision is the act.
HALTING_VERBS = frozenset({"halt", "suspend", "postpone", "cancel", "stop", "close", "shut"})


# Verbs that end a run of drills to come, rather than put off one of them.
STOPPING_VERBS = frozenset({"stop", "halt", "end", "cease", "suspend", "freeze"})


def _halt_announced(verb: Token, event_type: str) -> bool:
    """True for a halt told in an announcement's "would": "announced that it would
    halt operations", "its announcement that it would suspend the tours" (not "will
    stop the drills", a plan)."""
    if event_type not in ("RETREAT", "SANCTION") or not _halting(verb):
        return False
    # "agreed on Jan. 4 to push back the exercises": drills held back as agreed (not
    # "agreed to suspend nuclear tests", a commitment still to be kept)
    agreed = (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in DECIDING_VERBS
        and any(c.dep_ == "dobj" and names_drills(c, load_lexicon()) for c in verb.children)
    )
    # "decided on Wednesday to suspend operations at the complex", "Seoul's decision
    # to suspend operations": a halt takes effect as it is decided (not one set for a
    # day of its own: "decided to suspend the tours from next month")
    decided = (
        verb.dep_ in ("xcomp", "acl")
        and verb.head.lemma_.lower() in ("decide", "decision")
        and not any(t.ent_type_ == "DATE" for t in verb.subtree)
    )
    would = any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
    if not (agreed or decided or would):
        return False
    stopping = verb.lemma_.lower() in STOPPING_VERBS
    if stopping and any(
        c.dep_ == "dobj" and names_drills(c, load_lexicon()) for c in verb.children
    ):
        # "said it would stop the joint exercises": drills still to come (but "would
        # postpone the exercise planned for December" decides that one now)
        return False
    told = verb.head
    return (
        agreed
        or decided
        or (verb.dep_ == "ccomp" and told.lemma_.lower() in SPEECH_VERBS | {"announce"})
        or (verb.dep_ == "acl" and told.lemma_.lower() in TOLD_NOUNS)
    )


# Weapons an attempt to fire or put up is a launch of, whether or not it worked.
LAUNCHED = frozenset({"satellite", "rocket", "missile", "icbm", "slbm", "projectile"})


def _launch_attempted(verb: Token) -> bool:
    """True for a launch a state tried, which was made whether it failed or not:
    "attempted to put a military reconnaissance satellite into orbit", "tried to
    launch a rocket" (not "will try to launch", nor "sought to test a bomb")."""
    attempt = verb.head
    return (
        verb.dep_ == "xcomp"
        and attempt.lemma_.lower() in ("try", "attempt")
        and attempt.tag_ == "VBD"
        and any(c.dep_ == "dobj" and word_forms(c) & LAUNCHED for c in verb.children)
    )


# Verbs by which a halt is decided as it is told: "agreed to postpone the drills".
DECIDING_VERBS = frozenset({"agree", "decide"})
# Phrasal verbs of putting an act off: "push back the exercises", "put off the drills".
PUTTING_OFF = {"push": "back", "put": "off"}


def _halting(verb: Token) -> bool:
    """True for a verb of halting or putting off: "halt", "postpone", "push back"."""
    lemma = verb.lemma_.lower()
    if lemma in HALTING_VERBS:
        return True
    return any(
        c.dep_ in ("prt", "advmod") and c.lower_ == PUTTING_OFF.get(lemma) for c in verb.children
    )


# Verbs and nouns of a command: "ordered the units to ...", "gave the units
# instructions to ...".
ORDERING_VERBS = frozenset({"order", "instruct", "direct", "command"})
ORDER_NOUNS = frozenset({"order", "instruction", "directive", "command"})
GIVING_VERBS = frozenset({"give", "issue", "send"})


def _command_to_forces(verb: Token) -> Token | None:
    """The command to forces by which ``verb``, a readying of them, is done: "ordered
    the units near the border to reinforce their guard posts", "gave all units
    instructions to reinforce air-watch posts" (the forces are readied by the
    order, as annotators code it, not at some later time). None if not so told."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    command = verb.head
    lemma = command.lemma_.lower()
    ordered = lemma in ORDERING_VERBS or (
        lemma in GIVING_VERBS
        and any(t.lemma_.lower() in ORDER_NOUNS for t in command.subtree if t.i < verb.i)
    )
    forces = load_lexicon().military_nouns
    to_forces = any(
        c.dep_ in ("dobj", "dative") and c.lemma_.lower() in forces for c in command.children
    )
    return command if ordered and to_forces else None


def _pledged(verb: Token) -> bool:
    """True for an act a state pledged to do ("vowed to stand by Pyongyang", "pledging
    that the United States would stand by Seoul"): the pledge is made when told."""
    governor = complement_governor(verb)
    if governor.lemma_.lower() not in PLEDGING_VERBS and governor.dep_ == "ccomp":
        governor = governor.head
    return governor is not verb and governor.lemma_.lower() in PLEDGING_VERBS
