"""Where things and steps are told as going: goods bound for a state, measures
laid on it, aid promised to it ("sanctions imposed on Iran"); the state that
hosts what is stationed in it ("the deployment of THAAD in South Korea"); and
whom a step is bargained with ("in return for aid from Washington")."""

from __future__ import annotations

from spacy.tokens import Token

from peninsula.extract.tokens import of_objects, prep_objects

# What is stationed in a state, which hosts it: "opposed the deployment of THAAD in
# South Korea" opposes South Korea.
HOSTED_NOUNS = frozenset({"deployment", "placement", "stationing", "installation"})


def hosts(noun: Token) -> list[Token]:
    """The state a stationing noun stations something in: "the deployment of THAAD
    in South Korea"."""
    if noun.lemma_.lower() not in HOSTED_NOUNS:
        return []
    return prep_objects(noun, frozenset({"in"})) + [
        g for of in of_objects(noun) for g in prep_objects(of, frozenset({"in"}))
    ]


# Phrases that name what a step is taken in return for: "in return for aid".
RETURN_NOUNS = frozenset({"return", "exchange"})


def bargained_with(verb: Token) -> list[Token]:
    """Whom a step is offered or taken in a bargain with: the giver of what it is
    "in return for" or "in exchange for" ("in return for security guarantees from
    Washington", "in exchange for Washington's aid"), or the doer of the condition
    it is offered on ("if Washington resumed talks")."""
    heads = []
    for noun in prep_objects(verb, frozenset({"in"})):
        if noun.lemma_.lower() not in RETURN_NOUNS:
            continue
        heads += prep_objects(noun, frozenset({"from"}))  # ("from" may hang on "return")
        for given in prep_objects(noun, frozenset({"for"})):
            heads += prep_objects(given, frozenset({"from"}))
            heads += [c for c in given.children if c.dep_ == "poss"]
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "provided", "unless") for c in clause.children
        ):
            heads += [c for c in clause.children if c.dep_ == "nsubj"]
    return heads


# Words by which goods or measures are told as bound for, laid on or owed to a
# state, with the prepositions that name it: "ships bound for its neighbour",
# "sanctions imposed on Iran", "the aid promised to the North".
# Verbs by which measures are laid on a state: "sanctions imposed on Iran".
LAYING_VERBS = ("impose", "place", "levy", "slap")
DESTINED_WORDS = {
    **dict.fromkeys(
        ("bound", "destined", "headed", "vital", "essential", "crucial"), frozenset({"for", "to"})
    ),
    **dict.fromkeys(LAYING_VERBS, frozenset({"on", "against"})),
    **dict.fromkeys(("promise", "pledge", "owe"), frozenset({"to"})),
    # "sanctions on firms trading with Iran", "banks linked to Iraq": whose trade
    # the measures aim at
    **dict.fromkeys(("trade", "deal", "do"), frozenset({"with"})),
    **dict.fromkeys(("link", "tie", "connect"), frozenset({"to", "with"})),
}


def destined_for(goods: Token) -> list[Token]:
    """Those goods are told as going to or laid on: "ships bound for its neighbour",
    "cargo destined for North Korea", "materials vital to South Korean chipmakers",
    "sanctions imposed on Iran", "energy aid promised to the North"."""
    return [
        g
        for c in goods.children
        if c.dep_ in ("amod", "acl", "relcl")  # ("the curbs it had placed on Iraq")
        for g in prep_objects(
            c, DESTINED_WORDS.get(c.lower_) or DESTINED_WORDS.get(c.lemma_.lower(), frozenset())
        )
    ]
