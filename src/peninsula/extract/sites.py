"""Sites two states share, and the states an act on one is aimed at: "suspended
tours to Mount Kumgang" (North Korea), "halted operations at the Kaesong complex",
"trains between Dandong and Sinuiju" (China and North Korea), "the office" named
again after "the joint liaison office" (data/lexicon.yaml, shared_sites)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from peninsula.actors.dictionary import country_ref
from peninsula.extract.context import Context
from peninsula.extract.lexicon import Lexicon
from peninsula.models import ActorRef

# Acts on a shared site that act on the state sharing it: "suspended tours to
# Mount Kumgang", "halted operations at the Kaesong complex", "demolished the
# hotel at Kumgang", and apologies for them ("apologize for the destruction of
# the joint liaison office"), and calls from one left unanswered ("has not answered
# the liaison office's calls").
SITE_TYPES = frozenset({"COOPERATE", "SANCTION", "ASSAULT", "COERCE", "CONCEDE", "REJECT"})


def sites_between(noun: Token, lexicon: Lexicon) -> list[ActorRef]:
    """The two states whose shared sites a "between" phrase joins: "trains between
    the border cities of Dandong and Sinuiju" run between China and North Korea."""
    for preposition in noun.subtree:
        if preposition.dep_ != "prep" or preposition.lower_ != "between":
            continue
        pairs = [
            lexicon.shared_sites[t.lower_]
            for t in preposition.subtree
            if t.lower_ in lexicon.shared_sites
        ]
        if len(pairs) >= 2 and len(set(pairs)) == 1:
            return [country_ref(code, "GOV", preposition.text) for code in sorted(pairs[0])]
    return []


def site_partners(
    verb: Token,
    obj: Token | None,
    actors: list[ActorRef],
    lexicon: Lexicon,
    ctx: Context | None = None,
) -> list[ActorRef]:
    """The states that share a site the act names with its actor, other than the actor;
    with ``ctx``, also a site named before ("halt operations at the complex" after
    "the Kaesong industrial complex")."""
    phrases = [obj] if obj is not None else []
    # "pulled its workers out of the Kaesong park": the "of" hung on the "out"
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for c in preps for g in c.children if g.dep_ == "prep"]
    phrases += [g for c in preps for g in c.children if g.dep_ == "pobj"]
    acting = {a.code for a in actors}
    found: dict[str, ActorRef] = {}
    for token in (t for phrase in phrases for t in phrase.subtree):
        parties = lexicon.shared_sites.get(token.lower_, frozenset())
        if not parties and ctx is not None and token in phrases and not token.is_title:
            parties = site_named_before(token, ctx, lexicon) or frozenset()
        # (not "the U.S. and the North agreed to open liaison offices": a state
        # outside the pair acting says the word names another site)
        if acting and acting <= parties:
            for code in parties - acting:
                found.setdefault(code, country_ref(code, "GOV", token.text))
    return list(found.values())


# How far back a word that named a site may stand before the noun a later "the
# office" repeats: "the Kaesong industrial complex", "the joint liaison office".
NAMED_BEFORE_GAP = 3
# How many characters back "that line" or "this bridge" may point at a site named.
DEMONSTRATIVE_REACH = 300


# Nouns for a site's halt, which a site word before them names but which are no
# site: "the hotline silence ... the silence began".
STOPPAGE_NOUNS = frozenset({"silence", "shutdown", "closure", "suspension", "halt", "cutoff"})


def site_named_before(noun: Token, ctx: Context, lexicon: Lexicon) -> frozenset[str] | None:
    """The states sharing the site that "the office" or "the complex" refers to: the
    last earlier naming of the same noun with a site in the article ("the joint
    liaison office ... The office opened")."""
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if not determiners & {"the", "that", "this"} or noun.lemma_.lower() in STOPPAGE_NOUNS:
        return None  # (not "the silence" after "hotline silence": a halt, not a site)
    before = ctx.article.text[: ctx.offset + noun.idx]
    words = "|".join(re.escape(w) for w in lexicon.shared_sites)
    gap = NAMED_BEFORE_GAP - 1
    pattern = rf"\b({words})\b(?:\W+\w+){{0,{gap}}}\W+{re.escape(noun.lower_)}\b"
    found = list(re.finditer(pattern, before, flags=re.IGNORECASE))
    if not found and determiners & {"that", "this"}:
        # "trains running between Dandong and Sinuiju ... freight on that line":
        # a demonstrative points at the site named just before
        recent = before[-DEMONSTRATIVE_REACH:]
        found = list(re.finditer(rf"\b({words})\b", recent, flags=re.IGNORECASE))
    return lexicon.shared_sites[found[-1].group(1).lower()] if found else None
