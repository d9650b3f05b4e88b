"""Documents and messages: who made them, and whom they were sent to.

Who made the documents an article tells of, for a document named again.

"The commission presented its report on Monday ... North Korea rejected the report"
rejects the commission's report: a reaction to a document with no maker in its own
phrase is aimed at whoever the text said made it. The makers are read from the
document's owner ("the commission's report", "a report by the panel"), from the
verb that made it ("the panel presented its report", "Seoul released a report"), or
from a finding told ("the inquiry concluded that ...": its findings).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from peninsula.extract.arguments import np_actors, others_than
from peninsula.extract.clauses import subject_of
from peninsula.extract.context import Context
from peninsula.extract.phrases import antecedent
from peninsula.extract.recipients import ISSUING_VERBS, MADE_DOCUMENTS, SENDING_VERBS
from peninsula.models import ActorRef

# A report, its findings and its conclusions are one document.
REPORT_NOUNS = frozenset({"report", "finding", "conclusion"})
# Verbs by which their subject makes a document: "presented its report".
MAKING_VERBS = ISSUING_VERBS | {
    "present",
    "submit",
    "complete",
    "compile",
    "write",
    "prepare",
    "file",
    "draft",
}
# Verbs that tell findings: "the inquiry concluded that ...", "the panel found that".
FINDING_VERBS = frozenset({"conclude", "find"})
# Determiners that name a document told before: "the report", "this resolution".
NAMING_AGAIN = frozenset({"the", "this", "that", "these", "those"})


def document_kind(noun: Token) -> str | None:
    """The kind a document noun names ("findings" and "report" are one), else None."""
    lemma = noun.lemma_.lower()
    if lemma in REPORT_NOUNS:
        return "report"
    return lemma if lemma in MADE_DOCUMENTS else None


def _makers(noun: Token, ctx: Context) -> list[ActorRef]:
    """Who made the document ``noun`` names, by its own phrase or its verb."""
    for child in noun.children:
        if child.dep_ == "poss" and child.tag_ != "PRP$":
            return np_actors(child, ctx, ctx.published)  # "the commission's report"
        if child.dep_ == "prep" and child.lower_ == "by":
            pobjs = [g for g in child.children if g.dep_ == "pobj"]
            return [a for g in pobjs for a in np_actors(g, ctx, ctx.published)]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in MAKING_VERBS:
        subject = subject_of(noun.head)[0]  # "the panel presented its report"
        return np_actors(subject, ctx, ctx.published) if subject is not None else []
    return []


def documents_made(sentence: Span, ctx: Context) -> dict[str, list[ActorRef]]:
    """The makers of each kind of document the sentence tells of, by kind."""
    made: dict[str, list[ActorRef]] = {}
    for token in sentence:
        kind = document_kind(token) if token.pos_ in ("NOUN", "PROPN") else None
        if kind is not None and not named_again(token):
            makers = _makers(token, ctx)
            made[kind] = makers or made.get(kind, [])
        elif token.pos_ == "VERB" and token.lemma_.lower() in FINDING_VERBS:
            told = any(c.dep_ == "ccomp" for c in token.children)
            subject = subject_of(token)[0] if told else None
            makers = np_actors(subject, ctx, ctx.published) if subject is not None else []
            made["report"] = makers or made.get("report", [])
    return {kind: makers for kind, makers in made.items() if makers}


def named_again(noun: Token) -> bool:
    """True for a document named as one told before, with no maker of its own:
    "the report", "this resolution" (not "a report", "Seoul's report")."""
    children = list(noun.children)
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in NAMING_AGAIN for c in children)


def makers_of(
    noun: Token, actors: list[ActorRef], ctx: Context, backing: bool = False
) -> list[ActorRef]:
    """Whom a reaction to a document named again is aimed at: its makers told
    before, other than those reacting; none for a document told afresh, nor for
    ``backing`` by one of its makers ("Kang called the accord a milestone": his
    own state's pact)."""
    kind = document_kind(noun)
    if kind is None or not named_again(noun):
        return []
    makers = ctx.documents.get(kind, [])
    if backing and {m.code for m in makers} & {a.code for a in actors}:
        return []
    return others_than(makers, actors)


def document_makers(noun: Token | None, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """Who made a document that is said to act: "made public a joint statement that
    plotted a nuclear showdown" is the plot of those who made it public."""
    if noun is None:
        return []
    noun = antecedent(noun)  # "a statement that plotted ..."
    if noun.lemma_.lower() not in MADE_DOCUMENTS or noun.dep_ != "dobj":
        return []
    if noun.head.lemma_.lower() not in ISSUING_VERBS:
        return []  # "vetoed a resolution imposing sanctions": not its makers
    return np_actors(subject_of(noun.head)[0], ctx, when)


def issuing_verb(participle: Token) -> Token | None:
    """The verb that issued the document whose content ``participle`` tells ("adopted
    a resolution on Thursday condemning the launch": "adopted"); None for any other."""
    document = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or document.dep_ != "dobj":
        return None
    if document.lemma_.lower() not in MADE_DOCUMENTS:
        return None
    return document.head if document.head.lemma_.lower() in ISSUING_VERBS else None


# Things sent that carry words, and the verbs that send them: "sent a message to
# the North to ask about the official", "delivered a letter to Seoul urging talks".
MESSAGE_NOUNS = frozenset({"message", "letter", "note", "notice", "telegram", "notification"})


def sent_message(verb: Token) -> Token | None:
    """The verb that sent the message ``verb`` says, when ``verb`` is the message's
    purpose ("sent a message to North Korea to ask ...") or its content ("sent a
    letter to Pyongyang proposing talks"); else None."""
    holder = verb.head
    if verb.dep_ == "acl" and holder.dep_ == "pobj" and holder.head.lower_ == "from":
        # "delivered a letter from Kim inviting Moon": the parser may hang the
        # letter's content on its sender
        holder = holder.head.head
    if verb.dep_ == "acl" and holder.lemma_.lower() in MESSAGE_NOUNS and holder.dep_ == "dobj":
        sending = holder.head
    elif verb.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS for c in holder.children
    ):
        sending = holder
    else:
        return None
    return sending if sending.lemma_.lower() in SENDING_VERBS else None


def addressees(sending: Token) -> list[Token]:
    """Whom a message was sent to: "sent a message to the North" (the parser may
    mark "to" a dative), "sent the North a message"."""
    found = [c for c in sending.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    for c in sending.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            found += [g for g in c.children if g.dep_ == "pobj"]
    return found
