"""What a verb's act is told as done for, in its "to" clauses: whom troops are
sent to fight for ("to fight for Russia"), whom an act is to help ("to help Russia
retake Kursk"), and what a show of force is to stop ("fired warning shots to
stop two North Korean spy boats")."""

from __future__ import annotations

from spacy.tokens import Token

from peninsula.extract.clauses import infinitive

# Verbs of a purpose that tell whom troops are sent for: "to fight for Russia",
# "to fight alongside Russian forces".
FIGHTING_FOR = frozenset({"fight", "serve", "battle"})


def purposes(verb: Token) -> list[Token]:
    """The clauses of fighting a verb's act is for: "sent troops to fight for Russia"."""
    return _infinitives_of(verb, FIGHTING_FOR)


def _infinitives_of(verb: Token, lemmas: frozenset[str]) -> list[Token]:
    """The verb's "to" clauses of one of ``lemmas``: "sent troops to fight"."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in lemmas and infinitive(c)
    ]


# Verbs of stopping whose object a show of force is aimed at: "fired warning shots
# to stop the boats".
STOPPING = frozenset({"stop", "halt", "intercept", "repel", "deter"})


def stopped(verb: Token) -> list[Token]:
    """What a verb's act is told as done to stop: "fired warning shots to stop the
    boats", "fired warning shots and dropped bombs in a vain attempt to stop two
    North Korean spy boats" (the purpose told last is the joined verbs' too)."""
    joined = (verb, *verb.conjuncts)
    clauses = [c for v in joined for c in _infinitives_of(v, STOPPING)] + [
        c
        for v in joined
        for p in v.children
        if p.dep_ == "prep"
        for n in p.children
        for c in n.children
        if c.dep_ == "acl" and c.lemma_.lower() in STOPPING and infinitive(c)
    ]
    return [o for c in clauses for o in c.children if o.dep_ == "dobj"]


# Verbs of helping whose object a verb's act is for: "sent troops to help Russia".
HELPING = frozenset({"help", "assist", "aid", "support", "defend"})


def helped(verb: Token) -> list[Token]:
    """Whom a verb's act is told as done to help: "sent troops to help Russia",
    "to help Russia retake Kursk" (the parser making Russia the subject of what it
    is helped to do)."""
    helping = _infinitives_of(verb, HELPING)
    done = [
        g for c in helping for g in c.children if g.dep_ in ("ccomp", "xcomp") and g.tag_ == "VB"
    ]
    return [o for c in helping for o in c.children if o.dep_ == "dobj"] + [
        s for g in done for s in g.children if s.dep_ == "nsubj"
    ]
