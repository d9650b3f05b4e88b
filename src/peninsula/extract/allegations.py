"""Military help another state is said to give, and wrongs another state is said to
have committed: allegations against the giver or wrongdoer.

"South Korea's spy agency said North Korea had sent 1,500 troops to Russia": the
troops sent are military aid to Russia, told as the agency tells it, and the
telling is South Korea's accusation of the North (docs/gold.md: claims of
another's troops abroad are ACCUSE, the deployment as reported AID). Only
troops and arms, only a state that is neither the giver nor the receiver, only
what the teller asserts, on the day it was told.

"The inquiry concluded that Iran committed gross human rights violations": the
wrong told is the teller's accusation of the one said to have done it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.extract.arguments import np_actors
from peninsula.extract.clauses import subject_of
from peninsula.extract.context import Context
from peninsula.extract.emit import implied, pairs_told
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.modality import verb_modality
from peninsula.extract.reference import answered_actors
from peninsula.extract.tokens import first_conjunct, word_forms
from peninsula.models import Mention, Modality

# Verbs by which a state tells what another did: "said", "claimed", "alleged".
TELLING_VERBS = frozenset(
    {"say", "claim", "allege", "charge", "assert", "report", "estimate", "believe", "confirm"}
    | {"conclude", "find", "determine"}
)
# Confidence of an accusation read from the help it tells of.
ALLEGATION_CONFIDENCE = 0.7


def alleged_help(
    found: list[Mention], sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The accusations that the military help among ``found`` was told by."""
    accused = pairs_told(found, "ACCUSE")
    for mention in found:
        giver, receiver = mention.actor, mention.recipient
        if (
            mention.event_type != "AID"
            or "military" not in mention.contexts
            or mention.modality is not Modality.ASSERTED
            or receiver is None
        ):
            continue
        teller = _teller(ctx.doc[mention.trigger_index], lexicon)
        if teller is None:
            continue
        speaker = subject_of(teller)[0]
        when = mention.date.date if mention.date else ctx.published
        tellers = [
            a
            for a in np_actors(speaker, ctx, when)
            if a.code not in {giver.code, receiver.code} and (a.code, giver.code) not in accused
        ]
        if not tellers:
            continue
        accused |= {(a.code, giver.code) for a in tellers}
        yield from implied(
            "ACCUSE",
            tellers,
            [giver],
            Modality.ASSERTED,
            teller,
            sentence,
            ctx,
            ALLEGATION_CONFIDENCE,
        )


def alleged_wrongs(
    found: list[Mention], sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The accusations made by telling that a state committed a wrong: "a UN inquiry
    concluded that Iran committed gross human rights violations"."""
    accused = pairs_told(found, "ACCUSE")
    for verb in sentence:
        wrongs = [c for c in verb.children if c.dep_ == "dobj"]
        committed = word_forms(verb) & lexicon.wrongdoing_verbs and any(
            word_forms(w) & lexicon.wrong_nouns for w in wrongs
        )
        # "said the launch violated multiple Council resolutions": a rule broken
        # (not "any such launch would breach the agreement", a warning)
        broken = (
            word_forms(verb) & lexicon.breaking_verbs
            and any(word_forms(w) & lexicon.rule_nouns for w in wrongs)
            and verb_modality(verb, lexicon) is Modality.ASSERTED
        )
        if not (committed or broken):
            continue
        teller = _teller(verb, lexicon)
        if teller is None:
            continue
        when = ctx.published
        tellers = np_actors(subject_of(teller)[0], ctx, when)
        subject = subject_of(verb)[0]
        doers = np_actors(subject, ctx, when)
        if not doers and subject is not None and broken:
            # "the launch violated ...": whoever did the act named
            doers = answered_actors(subject, [], ctx.history, lexicon)
        tellers = [a for a in tellers if a.code not in {d.code for d in doers}]
        pairs = {(a.code, d.code) for a in tellers for d in doers}
        if not doers or not tellers or pairs & accused:
            continue
        accused |= pairs
        yield from implied(
            "ACCUSE",
            tellers,
            doers,
            Modality.ASSERTED,
            teller,
            sentence,
            ctx,
            ALLEGATION_CONFIDENCE,
        )


def _teller(clause: Token, lexicon: Lexicon) -> Token | None:
    """The verb that asserts a reported clause ("concluded that ..."), if any."""
    clause = first_conjunct(clause)
    teller = clause.head
    if clause.dep_ != "ccomp" or teller.lemma_.lower() not in TELLING_VERBS:
        return None
    if verb_modality(teller, lexicon) is not Modality.ASSERTED:
        return None  # "may say", "did not say"
    return teller
