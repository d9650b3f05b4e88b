"""Shared sites told as opening: "Kaesong opened in 2004", "Tours to Mount Kumgang,
which began in November 1998, ...", "The office opened in September 2018".

A site two states share (data/lexicon.yaml, ``shared_sites``) that opens, begins
operating, or is restored or resumed with no one named doing it ("Rail freight on
that line was restored in January 2022") is their cooperation, though no state is
the sentence's subject. The site is named in the subject's own phrase, or, for "the
office" or "that line", earlier in the article (sites.site_named_before). A
site that is one side's means aimed at the other (``aimed_sites``: the
loudspeakers) is no shared work.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from peninsula.actors.dictionary import country_ref
from peninsula.extract.context import Context
from peninsula.extract.emit import emit
from peninsula.extract.lexicon import Lexicon
from peninsula.extract.modality import verb_modality
from peninsula.extract.phrases import antecedent
from peninsula.extract.sites import site_named_before
from peninsula.extract.timing import event_date
from peninsula.models import ActorRef, Mention

# Verbs by which a site starts, or starts again: "opened", "was restored",
# "began operating", "tours began".
OPENING_VERBS = frozenset({"open", "reopen", "restore", "resume", "restart", "reconnect"})
STARTING_VERBS = frozenset({"begin", "start"})
OPERATING_VERBS = frozenset({"operate", "function"})
# What a site itself resumes doing: "the complex resumed operations".
OPERATING_OBJECTS = frozenset({"operation", "production", "service"})
# What the evidence of a site's opening is worth: its parties are inferred.
OPENING_CONFIDENCE = 0.8


def site_openings(sentence: Span, ctx: Context, lexicon: Lexicon) -> Iterator[Mention]:
    """The cooperation of the two states whose shared site the sentence says opened."""
    for verb in sentence:
        if not _opens(verb):
            continue
        subject = _subject(verb)
        if subject is None:
            continue
        parties = _site_parties(antecedent(subject, ctx), ctx, lexicon)
        if not parties:
            continue
        modality = verb_modality(verb, lexicon)
        # "began operating in 2004": the date may hang on the participle
        dated = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        date = next(
            (d for v in dated if (d := event_date(v, sentence, ctx, modality)) is not None), None
        )
        yield from emit(
            "COOPERATE",
            None,
            (),
            parties[:1],
            parties[1:],
            modality,
            date,
            verb,
            sentence,
            ctx,
            OPENING_CONFIDENCE,
        )


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the one it shares with the verb it is coordinated
    with: "was first restored in January 2022 ... and resumed in September"."""
    holder = verb
    while True:
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or holder.dep_ != "conj":
            return subject
        holder = holder.head  # "restored ..., stopped for a while and resumed"


def _opens(verb: Token) -> bool:
    """True for a verb by which its subject itself starts, with no object and no
    one named doing it: "opened in 2004", "was restored", "began in 1998", "began
    operating", "resumed operations" (not "opened the gates", "began talks", "was
    reopened by China")."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "agent" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return (
            lemma in OPENING_VERBS | STARTING_VERBS
            and len(objects) == 1
            and objects[0].lemma_.lower() in OPERATING_OBJECTS
        )
    if lemma in OPENING_VERBS:
        return True
    if lemma not in STARTING_VERBS:
        return False
    complements = [c for c in verb.children if c.dep_ == "xcomp"]
    return all(c.lemma_.lower() in OPERATING_VERBS for c in complements)


def _site_parties(subject: Token, ctx: Context, lexicon: Lexicon) -> list[ActorRef]:
    """The two states sharing the site the subject names, in its own phrase (not a
    clause on it) or in an earlier naming of the same thing in the article."""
    own = {t.i for t in subject.subtree} - {
        t.i for c in subject.children if c.dep_ in ("relcl", "acl") for t in c.subtree
    }
    words = [ctx.doc[i].lower_ for i in sorted(own)]
    if set(words) & lexicon.aimed_sites:
        return []  # "the loudspeaker broadcasts resumed": aimed, not shared
    sites = [lexicon.shared_sites[w] for w in words if w in lexicon.shared_sites]
    if not sites:
        # "The office opened", "Rail freight on that line was restored"
        nouns = [ctx.doc[i] for i in sorted(own) if ctx.doc[i].pos_ == "NOUN"]
        sites = [s for n in nouns if (s := site_named_before(n, ctx, lexicon))]
    if not sites or len(set(sites)) != 1:
        return []
    return [country_ref(code, "GOV", subject.text) for code in sorted(sites[0])]
