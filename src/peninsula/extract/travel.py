"""Visits told as travel: "arrived in Pyongyang", "flew to Beijing", "left Seoul for home".

A leader, an envoy or a delegation that travels to another state's soil visits that
state. The place must be a state's own name or a capital standing for it ("arrived
in Pyongyang", not "arrived at the Defence Ministry in Seoul" or "arrived in the
flood-hit areas"), and the traveller must be someone who visits for a state: a
named person or a government body ("Chinese troops arrived in Korea" is no visit).
"here" is the report's dateline city: "Pyongyang, February 3 (KCNA) -- A
delegation ... left here for home".
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from peninsula.actors.resolver import ActorMention
from peninsula.extract.tokens import (
    DATELINE_DASHES,
    THIRD_PERSON,
    dateline_end,
    of_objects,
    prep_objects,
    word_forms,
)


def _names(token: Token, mentions: dict[int, list[ActorMention]], kind: str) -> bool:
    """True when the token itself is part of a name of this kind of actor."""
    return any(m.entry.kind.value == kind for m in mentions.get(token.i, []))


def _state_place(token: Token, mentions: dict[int, list[ActorMention]]) -> bool:
    """True when the token itself names a state (or its capital), not a thing in it."""
    return _names(token, mentions, "country")


# Verbs of going to an occasion, whose place is told on it: "attended a parade in
# Pyongyang".
ATTENDING_VERBS = frozenset({"attend", "join", "watch", "view", "witness"})
# Verbs of a guest at an occasion, which is no meeting of two sides.
GUEST_VERBS = ATTENDING_VERBS | {"represent"}
# Journeys named by a noun, whose "to" phrase is where they go.
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "journey"})
TO = frozenset({"to"})
IN = frozenset({"in"})
# Gatherings one travels to, held in a place: "flew to the summit in Baghdad",
# "sent delegations to the funeral in Seoul".
GATHERING_NOUNS = frozenset(
    {"summit", "conference", "forum", "meeting", "talks", "games", "olympics", "session"}
    | {"funeral", "inauguration", "ceremony", "celebration", "parade", "commemoration"}
)


def held_in(places: list[Token]) -> list[Token]:
    """Where the gatherings among ``places`` are held: "the summit in Baghdad",
    "the funeral in Seoul"."""
    return [g for p in places if p.lemma_.lower() in GATHERING_NOUNS for g in prep_objects(p, IN)]


def destinations(
    verb: Token, particles: frozenset[str] | None, mentions: dict[int, list[ActorMention]]
) -> list[Token]:
    """The states' places a travel verb goes to: its particle's object ("arrived in
    Pyongyang", "left for Moscow") or the place it leaves ("left Seoul for home")."""
    places = prep_objects(verb, particles or frozenset())
    if verb.lemma_.lower() in ATTENDING_VERBS:
        # "attended a military parade in Pyongyang": where the occasion was
        places += [
            g
            for o in verb.children
            if o.dep_ == "dobj"
            for g in prep_objects(o, particles or frozenset())
        ]
        # "attended China's military parade": the host's (whatever body of it the
        # possessive runs into: "China's military")
        # "attended the inauguration of the Iranian president", "the funeral of Kim
        # Il Sung in Pyongyang": the one whose occasion it is, and where it was
        occasions = [o for o in verb.children if o.dep_ == "dobj"]
        owners = [g for o in occasions for g in of_objects(o)]
        places += [g for w in owners for g in prep_objects(w, particles or frozenset())]
        owners += [g for o in occasions for g in o.children if g.dep_ == "poss"]
        hosts = [
            t
            for w in owners
            for t in (w, *(c for c in w.children if c.dep_ in ("amod", "compound", "poss")))
            if t.i in mentions
        ]
        if hosts:
            return hosts
    # "is on a visit to Pyongyang": where the visit goes
    places += [g for p in places if p.lemma_.lower() in VISIT_NOUNS for g in prep_objects(p, TO)]
    # "flew to the summit in Baghdad", "traveled to a conference in Iraq": where it is held
    places += held_in(places)
    places += [c for c in verb.children if c.dep_ == "dobj"]
    found = [s for p in places if (s := _state_of_place(p, mentions)) is not None]
    named = [p for p in places if p.pos_ == "PROPN" and p.dep_ == "pobj"]
    if not found and named:
        # "took his train to the Vostochny Cosmodrome in the Russian Far East": the
        # parser hangs where the named place is on the verb
        inner = prep_objects(verb, frozenset({"in"}))
        found = [s for p in inner if (s := _state_of_place(p, mentions)) is not None]
    return found


def compared_destination(noun: Token, mentions: dict[int, list[ActorMention]]) -> list[Token]:
    """Where a visit named with no place of its own went, by the journey it is
    compared with: "the first official to visit Iraq since the president's state
    visit in 2019" (the president's went to Iraq too)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "since":
        return []
    journey = noun.head.head
    # "to visit Iraq since ...", "the first trip to Iraq since ..."
    if journey.pos_ == "VERB" or journey.lemma_.lower() in VISIT_NOUNS:
        return destinations(journey, TO, mentions)
    return []


# Places a journey may end in that name no state but the one they are in: "the
# Iraqi city of Basra", "a port in southern Iraq" (named places too: "the
# Vostochny Cosmodrome in the Russian Far East").
TRAVEL_PLACES = frozenset(
    {"city", "town", "village", "port", "region", "province", "island", "resort", "area"}
)


def _state_of_place(
    place: Token, mentions: dict[int, list[ActorMention]], depth: int = 0
) -> Token | None:
    """The token naming the state a destination is or is in: the place itself
    ("Pyongyang"), its state adjective ("the Russian Far East", "the Iraqi city of
    Basra"), or the state its "in" phrase names ("a port in southern Iraq")."""
    if _state_place(place, mentions):
        return place
    if depth >= 2 or not (place.lemma_.lower() in TRAVEL_PLACES or place.pos_ == "PROPN"):
        return None
    for child in place.children:
        # ("the inter-Korean truce village" is on the line, in neither state)
        states = {
            m.entry.name for m in mentions.get(child.i, []) if m.entry.kind.value == "country"
        }
        if child.dep_ in ("amod", "compound", "nmod") and len(states) == 1:
            return child
    for inner in prep_objects(place, frozenset({"in"})):
        found = _state_of_place(inner, mentions, depth + 1)
        if found is not None:
            return found
    return None


def goes_here(verb: Token) -> bool:
    """True for "arrived here", "left here for home": the dateline city is the place."""
    return any(c.dep_ == "advmod" and c.lower_ == "here" for c in verb.children)


def travels(
    verb: Token,
    particles: frozenset[str] | None,
    mentions: dict,
    carriers: frozenset[str] | None = None,
) -> bool:
    """True when a travel verb names a state's place it goes to, or "here", and
    carries nothing ("returned the remains from Korea", "left a message for Moscow")
    but what carries the traveller (``carriers``: "took his armoured train to")."""
    if verb.lemma_.lower() not in ATTENDING_VERBS and any(
        c.dep_ == "dobj"
        and not _state_place(c, mentions)
        and c.lemma_.lower() not in (carriers or frozenset())
        and not awaited_guest(verb, c)
        for c in verb.children
    ):
        return False
    return bool(destinations(verb, particles, mentions)) or goes_here(verb)


# Verbs whose object is the one awaited somewhere: "we expect her in Moscow".
AWAITING_VERBS = frozenset({"expect", "await"})


def awaited_guest(verb: Token, obj: Token) -> bool:
    """True for the person a host awaits: "We expect her in Moscow again" (she is
    the traveller, not a thing carried)."""
    return verb.lemma_.lower() in AWAITING_VERBS and (
        obj.lower_ in THIRD_PERSON or obj.ent_type_ == "PERSON"
    )


def awaited_traveller(verb: Token, passive: bool) -> Token | None:
    """The one a verb of awaiting says travels: the passive's subject ("is expected
    in Moscow") or the guest a host awaits ("we expect her in Moscow")."""
    if passive:
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return next((c for c in verb.children if c.dep_ == "dobj" and awaited_guest(verb, c)), None)


# Envoys who live where they are posted, and the moves to and from a post that
# are no visit: "the ambassador left Pyongyang", "returned to Seoul".
RESIDENT_ENVOYS = frozenset({"ambassador", "consul", "embassy"})
POSTING_MOVES = frozenset({"leave", "depart", "return", "arrive"})


def is_traveller(subject: Token | None, mentions: dict, government_nouns: frozenset[str]) -> bool:
    """True for someone whose journey is a state's visit: a named person ("Shoigu"),
    a government body ("a Chinese delegation", "the foreign minister"), "he" or "she"."""
    if subject is None:
        return False
    verb = subject.head
    if subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "Kim, who arrived in Russia on Tuesday, ..."
    if subject.lemma_.lower() in RESIDENT_ENVOYS and verb.lemma_.lower() in POSTING_MOVES:
        return False  # "Malaysia's ambassador, who had already left Pyongyang": his post
    if subject.lower_ in THIRD_PERSON or subject.ent_type_ == "PERSON":
        return True
    return _names(subject, mentions, "person") or bool(word_forms(subject) & government_nouns)


def is_dateline(ent: Span) -> bool:
    """Return True for the report's own dateline: "Pyongyang, May 27 (KCNA) --"."""
    if ent.start > 3:
        return False
    following = ent.doc[ent.end : ent.end + 6].text
    if "(" in following and ("--" in following or "—" in following or " - " in following):
        return True
    # "WASHINGTON, Nov. 3 -- The United States ...": no agency, a dash straight after;
    # "TOKYO, Sept. 5 Kyodo - ...": an agency with no brackets
    return ent.end < dateline_end(ent.doc) or (
        ent.start >= 2
        and ent.doc[ent.start - 1].text == ","
        and ent.end < len(ent.doc)
        and ent.doc[ent.end].text in DATELINE_DASHES
    )


def dateline_place(doc: Doc, mentions: dict[int, list[ActorMention]]) -> Token | None:
    """The state's place a report is filed from, when its first paragraph opens with
    a dateline ("Pyongyang, February 3 (KCNA) --", "SEOUL, South Korea (AP) —")."""
    for ent in doc.ents:
        if ent.label_ == "DATE" and ent.start >= 2 and is_dateline(ent):
            place = doc[ent.start - 2]  # the word before the dateline's comma
            return place if _state_place(place, mentions) else None
    if dateline_end(doc) and _state_place(doc[0], mentions):
        return doc[0]
    return None


def travelling_in(
    vehicle: Token, mentions: dict[int, list[ActorMention]], when: dt.date | None
) -> str | None:
    """The state of the person whose own vehicle it is: "Kim Jong Un's armoured
    train" carries Kim, no traffic between states."""
    for owner in (c for c in vehicle.children if c.dep_ == "poss"):
        for index in range(owner.left_edge.i, owner.i + 1):
            for mention in mentions.get(index, []):
                if mention.entry.kind.value == "person":
                    return mention.entry.role_on(when).code
    return None
