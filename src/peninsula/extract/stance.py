"""Stance: in a state's statement, evaluative words about another state's acts.

"The reckless provocations of the U.S." in a DPRK ministry's statement is the
DPRK accusing the US; "they will pay a dear price" is a threat. These helpers
find whom such words describe; `Extractor._stance` turns them into events.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from peninsula.extract.arguments import STATEMENT_NOUNS, Context, actor_ref, np_actors
from peninsula.models import ActorRef

# Dependencies inside a noun phrase, climbed to find what the phrase does.
NP_LINKS = frozenset({"compound", "amod", "conj", "appos", "det", "nmod", "cc"})


def issues_statement(doc: Doc) -> bool:
    """Return True when the paragraph says a statement is issued ("released a statement")."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS
        for token in doc
        for c in token.children
    )


def acting_states(sentence: Span, ctx: Context, speaker: ActorRef) -> list[ActorRef]:
    """Return the states that do something in the sentence: subjects and owners."""
    targets: dict[str, ActorRef] = {}
    for token in sentence:
        for mention in ctx.mentions.get(token.i, []):
            if token.i != mention.end - 1:
                continue
            head = token
            while head.dep_ in NP_LINKS and head.head.i != head.i:
                head = head.head
            acts = head.dep_ in ("nsubj", "nsubjpass", "poss") or (
                head.dep_ == "pobj" and head.head.lower_ in ("by", "of")
            )
            ref = actor_ref(mention, token, token, ctx, ctx.published) if acts else None
            if ref is not None and ref.code != speaker.code:
                targets.setdefault(ref.code, ref)
    return list(targets.values())


def described_states(word: Token, ctx: Context) -> list[ActorRef]:
    """Return the states an evaluative word describes: its noun's owner, else its doer."""
    noun = word.head if word.dep_ in ("amod", "compound") else word
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")]
    holders += [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("of", "by")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        holders += [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        holders.append(noun)
    return [ref for holder in holders for ref in np_actors(holder, ctx, ctx.published)]
