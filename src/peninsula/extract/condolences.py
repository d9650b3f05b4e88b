"""Whom condolences go to: the state of the one whose death the text told.

"Russian President Dmitry Medvedev also sent a message of condolence on 19
December", six paragraphs after "News of Kim Jong-il's death reached the outside
world": Russia's support goes to North Korea, the state of the dead leader. The
death may be told in the same sentence ("offered condolences when Kuwait's emir
died in 2003") or anywhere before; the last one told is the one mourned.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from peninsula.actors.titles import COURTESY_TITLES
from peninsula.extract.arguments import np_actors
from peninsula.extract.context import Context
from peninsula.extract.tokens import of_objects, word_forms
from peninsula.models import ActorRef

# Words of mourning, whose object goes to the state of the dead: "offered
# condolences", "sent a message of condolence", "expressed sympathy".
MOURNING_WORDS = frozenset({"condolence", "condolences", "sympathy", "condolatory"})
# Verbs and nouns that tell a death: "the emir died", "Kim Jong-il's death".
DYING_VERBS = frozenset({"die", "pass"})
DEATH_NOUNS = frozenset({"death", "passing", "demise"})


def deaths_told(sentence: Span, ctx: Context) -> list[ActorRef]:
    """The states of those whose death ``sentence`` tells ("Kim Jong-il's death",
    "the emir died"): the people's states, as on the day of publication."""
    dead: list[Token] = []
    for token in sentence:
        if token.pos_ in ("VERB", "AUX") and word_forms(token) & DYING_VERBS:
            if token.lemma_.lower() == "pass" and not any(
                c.lower_ == "away" for c in token.children
            ):
                continue  # "passed the resolution"
            dead += [c for c in token.children if c.dep_ == "nsubj"]
        elif token.pos_ == "NOUN" and word_forms(token) & DEATH_NOUNS:
            dead += [c for c in token.children if c.dep_ == "poss"] + of_objects(token)
    if ctx.mourned:
        # "The death of Kim Il Sung ... After word of Mr. Kim's death": the death told
        # before, not that of the last Kim named (President Kim Young Sam)
        dead = [d for d in dead if not _courtesy_named(d)]
    return [a for d in dead if d.pos_ != "PRON" for a in np_actors(d, ctx, ctx.published)]


def _courtesy_named(person: Token) -> bool:
    """True for a person told again by a courtesy title and surname: "Mr. Kim"."""
    return any(c.dep_ == "compound" and c.lower_ in COURTESY_TITLES for c in person.children)


def mourned(mourning: Token | None, sentence: Span, ctx: Context) -> list[ActorRef]:
    """The state whose dead a word of mourning ("condolences") goes to: one whose
    death its sentence tells, else the last told before."""
    if mourning is None or not _mourns(mourning):
        return []
    return deaths_told(sentence, ctx) or ctx.mourned[-1:]


def _mourns(word: Token) -> bool:
    """True for "condolences", "a message of condolence", "a condolence message"."""
    told = [word, *of_objects(word), *(c for c in word.children if c.dep_ in ("compound", "amod"))]
    return any(word_forms(t) & MOURNING_WORDS for t in told)
