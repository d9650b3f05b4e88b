"""What a noun phrase's own words make of the party it names: a third party at
others' talks ("with Qatar as host"), or the side a statement accuses ("the
enemy").
"""

from __future__ import annotations

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
