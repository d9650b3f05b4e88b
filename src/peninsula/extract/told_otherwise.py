"""Acts a verb's rule fits that the verb does not report: those another word of the
sentence tells ("summoned the envoy to protest": the summons is the protest; "a
resolution condemning North Korea": the condemnation), and those not done as the
rule reads them ("backed U.N. sanctions": no support of the U.N.; "declined to
criticize": a charge withheld, no offer refused). ``verb_events`` asks these first.
"""

from __future__ import annotations

from spacy.tokens import Token

from peninsula.extract.clauses import OBJECT_CONTROL_VERBS, controlled, infinitive
from peninsula.extract.context import Context
from peninsula.extract.lexicon import Lexicon, VerbRule, load_plover
from peninsula.extract.modality import inferred
from peninsula.extract.phrases import SPEECH_VERBS, message_says_an_act, passes_on
from peninsula.extract.recipients import MADE_DOCUMENTS
from peninsula.extract.story_dates import VERBAL_TYPES
from peninsula.extract.tokens import of_objects, word_forms
from peninsula.extract.triggers import noun_rule, verb_rule

# What backing does not make support of whoever imposes it: "backed U.N. sanctions".
PENALTIES = frozenset({"sanction", "embargo", "penalty", "punishment"})
# Verbs whose "-ing" complement is an act that ended: "stopped blaring broadcasts".
CEASING_VERBS = frozenset({"stop", "cease", "quit"})


def told_otherwise(
    verb: Token, rule: VerbRule, obj: Token | None, ctx: Context, lexicon: Lexicon
) -> bool:
    """True when the act ``rule`` reads in ``verb`` is told by another word of the
    sentence, or is not done as the rule reads it."""
    if (
        rule.pledge
        and controlled(verb)
        and verb.head.lemma_.lower() in OBJECT_CONTROL_VERBS | {"call"}
    ):
        # "urged China to take necessary steps" is a request, not China's threat (not
        # "warned that it will take steps")
        return True
    own_infinitive = (verb.dep_ == "advcl" and infinitive(verb)) or (
        # "pledged to support North Korea" (not "urged China to press the North":
        # one asks another to act)
        verb.dep_ == "xcomp"
        and rule.type in VERBAL_TYPES
        and not any(c.dep_ == "dobj" for c in verb.head.children)
    )
    if own_infinitive and rule.type != "CONSULT":
        told, _obj = verb_rule(verb.head, lexicon, ctx.mentions)
        if told is not None and told.type == rule.type:
            # "summoned the envoy to protest": the summons is the protest; "switched on
            # loudspeakers to blast propaganda into the North", "pledged to support
            # Pyongyang": one act (a meeting "to discuss" a test may name the parties
            # the meeting does not)
            return True
    if (
        rule.type == "ACCUSE"
        and any(c.dep_ == "dobj" and c.lower_ in ("it", "this") for c in verb.children)
        and verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "conj", "xcomp")
    ):
        told, _obj = verb_rule(verb.head, lexicon, ctx.mentions)
        if told is not None and told.type in ("REJECT", "ACCUSE"):
            # "rejected the resolution, calling it a violation of its sovereignty":
            # one act, the rejection
            return True
    if speakers_past(verb):
        return True  # "said a former U.S. official who negotiated with North Korea"
    if left_as_it_was(verb):
        return True  # "has left the talks in doubt": no one walked out of them
    if verb.lemma_.lower() in CEASING_VERBS and any(
        c.dep_ == "xcomp" and _unanswered_rule(c, ctx, lexicon) for c in verb.children
    ):
        return True  # "stopped answering the hotlines in April": the answering tells it
    if rule.type == "REQUEST" and any(
        c.dep_ == "xcomp" and passes_on(c, lexicon.courtesy_nouns) for c in verb.children
    ):
        return True  # "asked Li to convey his greetings to Xi": the greetings tell it
    if (
        verb.dep_ == "acl"
        and obj is not None
        and obj.i == verb.head.i
        and word_forms(verb) & lexicon.light_verbs
        and noun_rule(obj, lexicon)
    ):
        return True  # "the drills staged by Seoul and Washington": the noun's own event
    if rule.type == "SANCTION" and _document_does_otherwise(obj, ctx, lexicon):
        return True  # "adopted a resolution condemning North Korea": the condemnation
    if rule.type == "SUPPORT" and obj is not None:
        backed = (obj, *of_objects(obj))
        if any(o.lemma_.lower() in PENALTIES for o in backed):
            return True  # "backed a series of U.N. sanctions": no support of the U.N.
        if any(
            (c.dep_ == "compound" and c.lemma_.lower() in PENALTIES)
            or (c.dep_ == "prep" and c.lower_ == "against")
            for o in backed
            for c in o.children
        ):
            return True  # "backed sanctions resolutions", "the resolution against Iraq"
    if rule.type == "REJECT" and any(
        c.dep_ == "xcomp" and _judging(c, ctx, lexicon) for c in verb.children
    ):
        return True  # "declined to criticize the launch": a charge not made (its own
        # negated event), no one's offer refused
    if inferred(verb):
        return True  # "the steps seem to signal that it wants Pyongyang to ...": a reading
    if (
        rule.type == "THREATEN"
        and verb.lemma_.lower() in VOWING_VERBS
        and any(c.dep_ == "xcomp" and _cooperative(c, ctx, lexicon) for c in verb.children)
    ):
        return True  # "vowed to strengthen cooperation with the United States": a
        # promise of the cooperation, which tells itself, no threat
    if (
        rule.type == "CONSULT"
        and not rule.mutual  # "exchanged congratulatory messages": words between them
        and obj is not None
        and message_says_an_act(obj, verb)
    ):
        return True  # "sent a congratulatory message", "a letter proposing talks": that act
    return False


# Verbs of a promise, which threaten only when what they promise is hostile.
VOWING_VERBS = frozenset({"vow"})


def _cooperative(act: Token, ctx: Context, lexicon: Lexicon) -> bool:
    """True for a verb of cooperation: "strengthen cooperation", "help" (not "never
    to give up its deterrent", a refusal)."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in act.children):
        return False
    told, _obj = verb_rule(act, lexicon, ctx.mentions)
    return told is not None and load_plover().quads[told.type].endswith("cooperation")


def _document_does_otherwise(obj: Token | None, ctx: Context, lexicon: Lexicon) -> bool:
    """True for a document adopted that does something other than sanction: "a
    resolution condemning the North" condemns (its participle is the event)."""
    if obj is None or obj.lemma_.lower() not in MADE_DOCUMENTS:
        return False
    for child in obj.children:
        if child.dep_ == "acl" and child.tag_ == "VBG":
            told, _obj = verb_rule(child, lexicon, ctx.mentions)
            return told is not None and told.type != "SANCTION"
    return False


def _unanswered_rule(verb: Token, ctx: Context, lexicon: Lexicon) -> bool:
    """True for a verb told only as a call left unanswered: "answering the hotline"."""
    told, _obj = verb_rule(verb, lexicon, ctx.mentions)
    return told is not None and told.unanswered


def _judging(verb: Token, ctx: Context, lexicon: Lexicon) -> bool:
    """True for a verb of an accusation: "criticize", "condemn"."""
    judged, _obj = verb_rule(verb, lexicon, ctx.mentions)
    return judged is not None and judged.type == "ACCUSE"


def speakers_past(verb: Token) -> bool:
    """True for a past act told, with no time of its own, only to say who a speaker
    is: "said a former U.S. official who negotiated with North Korea" (not "an
    envoy who visited Pyongyang last week said": an act on a day)."""
    speaker = verb.head
    return (
        verb.dep_ == "relcl"
        and verb.tag_ in ("VBD", "VBN")
        and speaker.dep_ == "nsubj"
        and speaker.head.lemma_.lower() in SPEECH_VERBS
        and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
    )


def left_as_it_was(verb: Token) -> bool:
    """True for "leave" telling the state its object is left in, not a departure:
    "the death has left the talks in doubt", "left the accord intact" (not "left
    the talks in 2009")."""
    if verb.lemma_.lower() != "leave" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ in ("oprd", "acomp", "ccomp")
        or (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ for g in c.children)
        )
        for c in verb.children
    )
