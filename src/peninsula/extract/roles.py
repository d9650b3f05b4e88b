"""What a noun phrase's own words make of the party it names, with no state named
in it: a third party at others' talks ("with Qatar as host"), the side a
statement accuses ("the enemy"), or an official of the city its sentence opens
in ("In Beijing, a foreign ministry spokeswoman urged ...").
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

# Roles of a state present at others' talks, not a side to them: "with Qatar as host".
THIRD_PARTY_ROLES = frozenset(
    {"host", "mediator", "broker", "chair", "facilitator", "intermediary", "observer", "witness"}
)


def third_party(noun: Token) -> bool:
    """True for the object of "with" cast as a host or a mediator: "could meet in
    Doha, with Qatar as host", "talks with Qatar, which ..., as mediator"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    holders = [noun, noun.head.head]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and c.i > noun.i
        and any(g.dep_ == "pobj" and g.lemma_.lower() in THIRD_PARTY_ROLES for g in c.children)
        for holder in holders
        for c in holder.children
    )


# How a statement names the side it accuses: "the enemy", "the provocateurs".
ADVERSARY_NOUNS = frozenset({"enemy", "foe", "adversary", "provocateur", "aggressor"})


def adversary(head: Token) -> bool:
    """ "the enemy", "the hostile forces": how a statement names the side it accuses."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    lemma = head.lemma_.lower()
    return lemma in ADVERSARY_NOUNS or (
        lemma == "force" and any(c.lower_ == "hostile" for c in head.children)
    )


# Officials and bodies a sentence may name with no state, the place it opens in
# giving theirs: "In Beijing, a foreign ministry spokeswoman said ...".
PLACED_OFFICIALS = frozenset(
    {"spokeswoman", "spokesman", "spokesperson", "ministry", "official", "diplomat"}
)


def opening_place(subject: Token) -> Token | None:
    """The place a sentence opens in ("In Beijing on the same day, a foreign ministry
    spokeswoman urged ..."), for an official its subject names with no state; None
    if the subject is no such official or the sentence opens in no named place."""
    if subject.dep_ != "nsubj" or subject.lemma_.lower() not in PLACED_OFFICIALS:
        return None
    verb = subject.head
    openers = [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < subject.i
    ]
    places = [g for c in openers for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
    return places[0] if places else None


def scene_place(token: Token) -> Token | None:
    """The place named by an "In Tokyo," that opens the token's sentence: the scene of
    all it tells ("In Tokyo, ... officials said the government is considering ...")."""
    sentence = token.sent
    opener = sentence[0]
    if opener.lower_ != "in" or len(sentence) < 4 or sentence[2].text != ",":
        return None
    place = sentence[1]
    return place if place.head.i == opener.i and place.ent_type_ == "GPE" else None


# Bodies of a state a report may name with no state, the place it is filed from
# giving theirs: "SEOUL (Yonhap) -- ... the defense ministry urged the North".
GOVERNING_BODIES = frozenset({"military", "ministry", "government", "cabinet"})
MINISTRY_KINDS = frozenset({"defense", "defence", "unification"})
# A legislature's chambers: "the House of Representatives", "the upper house".
CHAMBER_NOUNS = frozenset({"parliament", "legislature", "house"})
CHAMBER_NAMES = frozenset(
    {"representatives", "councillors", "councilors", "commons", "lords", "upper", "lower"}
)


def unnamed_body_sector(head: Token, named: Container[int]) -> str | None:
    """The sector of a state body ``head`` names with no state ("the ministry", "the
    defense ministry", "the military", "the upper house"): GOV, or LEG for a chamber
    of a legislature; None for any other noun, or one whose words name a party (the
    token indices in ``named``)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    lemma = head.lemma_.lower()
    if lemma == "ministry" and any(c.lower_ in MINISTRY_KINDS for c in head.children):
        return "GOV"
    if head.lower_ in GOVERNING_BODIES and len(list(head.children)) == 1:
        return "GOV"
    if lemma not in CHAMBER_NOUNS or any(t.i in named for t in head.subtree):
        return None
    words = {t.lower_ for t in head.subtree if t.i != head.i}
    return "LEG" if lemma != "house" or words & CHAMBER_NAMES else None
