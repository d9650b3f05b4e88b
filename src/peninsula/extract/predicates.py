"""What a verb says its object is: "called North Korea a rogue state", "named it
as part of an axis of evil", "declared the agreement void" (the parser's readings
of such predicates, as a second object, an apposition or a participle)."""

from __future__ import annotations

from spacy.tokens import Token

from peninsula.extract.phrases import complement_object
from peninsula.extract.tokens import prep_objects, word_forms


def second_objects(verb: Token) -> list[Token]:
    """Objects after a verb's first: the parser's reading of a predicate ("called
    NATO a threat" as two objects)."""
    return [c for c in verb.children if c.dep_ == "dobj"][1:]


def said_as_apposition(noun: Token) -> bool:
    """True for what is said of an object read as its apposition: "called Seoul's
    president a fool" (not "called Wang Yi, a close adviser, on Tuesday")."""
    start = noun.left_edge.i
    return (
        noun.dep_ == "appos"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and (start == 0 or noun.doc[start - 1].text != ",")
    )


def predicated_as(verb: Token, words: frozenset[str]) -> bool:
    """True when what a verb says its object is has one of ``words`` in it: "called
    North Korea a rogue state", "named it as part of an axis of evil"."""
    predicates = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
    predicates += second_objects(verb)  # "called NATO a threat", parsed as two objects
    # "called South Korea's drills a rehearsal", the parser hanging it on the object
    predicates += [
        g
        for o in verb.children
        if o.dep_ in ("dobj", "ccomp", "oprd")
        for g in o.children
        # "declared South Korea its principal enemy", the parser making it an apposition;
        # "declared the agreement void", "void" read as a participle on the agreement
        if g.dep_ in ("dobj", "oprd")
        # ("called Seoul's president a fool", the indefinite read as an apposition)
        or (g.dep_ == "appos" and o.dep_ == "dobj" and (_owned(g) or said_as_apposition(g)))
        or (g.dep_ == "acl" and o.dep_ == "dobj" and g.tag_ in ("VBN", "JJ"))
        # 'called the statement "very rude"', the quoted adjective read as a modifier
        # after its noun
        or (g.dep_ == "amod" and o.dep_ == "dobj" and g.i > o.i)
    ]
    # ("described the drills as provocative": the parser may read the adjective as
    # a modifier of "as")
    predicates += prep_objects(verb, frozenset({"as"}), frozenset({"pobj", "amod"}))
    # "declaring a military agreement with the South dead": the parser may hang the
    # word that ends the object's phrase inside it ("the South void" as one noun)
    # ('called the push for sanctions "laughable"', the adjective read as one after
    # the phrase's last noun)
    ends = [(o, _last_word(o)) for o in verb.children if o.dep_ == "dobj"]
    predicates += [
        end
        for o, end in ends
        if (end.dep_ == "pobj" and end.head.dep_ == "prep" and end.head.head == o)
        or (end.dep_ == "amod" and end.i > end.head.i)
    ]
    named = complement_object(verb)
    if named is not None:
        # "calling Trump a liar": what he is called, the object the parser hangs on
        # the verb or on him
        predicates += [c for t in (verb, named) for c in t.children if c.dep_ == "dobj"]
    return any(word_forms(t) & words for p in predicates for t in _what_it_is(p))


def _last_word(phrase: Token) -> Token:
    """The last word of a phrase, past any closing quote or bracket."""
    return max((t for t in phrase.subtree if not t.is_punct), key=lambda t: t.i, default=phrase)


def _owned(noun: Token) -> bool:
    """True for a noun with a possessive: "its principal enemy"."""
    return any(c.dep_ == "poss" for c in noun.children)


def _what_it_is(predicate: Token) -> list[Token]:
    """A predicate's head, its modifiers and its "of" and "for" chain: "a reckless
    act", "part of an axis of evil", "preparations for an invasion"; not a phrase
    about another thing ("a defensive act against U.S. aggression" calls the act
    defensive)."""
    words = [predicate, *(c for c in predicate.children if c.dep_ in ("amod", "compound"))]
    for held in prep_objects(predicate, frozenset({"of", "for"})):
        words += _what_it_is(held)
    return words
