"""Titles and descriptions that make a person a state's: "Mongolian Foreign
Minister X", "China's ambassador, Kang Chol,", "X, a senior official of China's
Communist Party". The resolver learns the people the dictionary lacks by them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from peninsula.actors.dictionary import ActorEntry, ActorKind

if TYPE_CHECKING:
    from peninsula.actors.resolver import ActorMention

# Words of a title or a description that make a person a state's: "Foreign
# Minister", "a senior official of".
ROLE_WORDS = frozenset(
    {
        *("minister", "president", "premier", "ambassador", "envoy", "official"),
        *("spokesman", "spokeswoman", "spokesperson", "chairman", "secretary", "leader"),
        *("general", "director", "chief", "representative", "commander", "diplomat"),
        *("head", "deputy", "counterpart", "negotiator", "delegate", "vice", "lawmaker"),
    }
)
# Titles of a state's head that a later "the president" repeats for the person
# the dictionary lacks who was introduced with it.
LEADER_TITLES = frozenset({"president", "premier", "chairman", "king", "emir", "sultan"})
# How far a title or a description may run from the name it belongs to.
TITLE_WINDOW = 5
DESCRIPTION_WINDOW = 14
STATE_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.ORGANISATION})

# Courtesy titles news puts before a surname told again: "Mr. Kim".
COURTESY_TITLES = frozenset({"mr.", "mr", "mrs.", "mrs", "ms.", "ms"})

# Titles written in the plural before several names: "Foreign Ministers Motegi and
# Chung".
PLURAL_TITLES = {
    "ministers": "minister",
    "presidents": "president",
    "secretaries": "secretary",
    "envoys": "envoy",
    "ambassadors": "ambassador",
}


def title_words(doc: Doc, index: int) -> list[str]:
    """The capitalised words just before a surname: "Prime Minister" in "Prime
    Minister Koizumi"; a plural title shared by the names it heads, in the
    singular: "Foreign Ministers Motegi and Chung" (both foreign ministers)."""
    if (
        index >= 3
        and doc[index - 1].lower_ == "and"
        and doc[index - 2].is_title
        and doc[index - 3].lower_ in PLURAL_TITLES
    ):
        return title_words(doc, index - 2)
    words: list[str] = []
    for token in reversed(doc[max(0, index - 4) : index]):
        if not token.is_title:
            break
        words.insert(0, PLURAL_TITLES.get(token.lower_, token.lower_))
    return words


# How a title written before a name is worded in the dictionary's roles: "Foreign
# Minister Kang" is its "Minister of Foreign Affairs" (not a vice minister of them).
TITLE_FORMS = {
    "foreign minister": re.compile(r"(?:foreign minister|minister (?:of|for) foreign affairs)"),
    **dict.fromkeys(
        ("defense minister", "defence minister"),
        re.compile(
            r"(?:defen[cs]e minister|minister of (?:national )?defen[cs]e"
            r"|minister of people's armed forces)"
        ),
    ),
    "unification minister": re.compile(r"(?:unification minister|minister of unification)"),
}


def holds_title(role_title: str | None, words: str) -> bool:
    """True for a role whose title is the one written: "president" in "President";
    "foreign minister" in "Minister of Foreign Affairs and Trade"."""
    title = (role_title or "").lower()
    form = TITLE_FORMS.get(words)
    return bool(form.match(title)) if form is not None else words in title


def titled_state(doc: Doc, ent: Span, found: list[ActorMention]) -> ActorEntry | None:
    """ "Mongolian Foreign Minister X", "China's ambassador X", and the apposition
    "North Korea's ambassador, Kang Chol,": the title's state."""
    ends = {m.end: m.entry for m in found if m.entry.kind in STATE_KINDS}
    titled = False
    index = ent.start
    closed = ent.end < len(doc) and doc[ent.end].text in (",", ".")
    if index > 0 and doc[index - 1].text == "," and closed:
        index -= 1  # the name set off after its title
    for _ in range(TITLE_WINDOW + 1):
        if titled and index in ends:
            return ends[index]
        index -= 1
        if index < 0:
            return None
        token = doc[index]
        if token.lower_ == "'s":
            continue
        if token.is_punct or token.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return None
        titled = titled or token.lower_ in ROLE_WORDS
    return None


# Words a title naming no state may hold between its role and the name:
# "Minister of IT Industry", "Vice-Minister of Foreign Affairs".
TITLE_LINKS = frozenset({"of", "and", "-", "for"})


def home_titled(doc: Doc, ent: Span, found: list[ActorMention]) -> bool:
    """True for a name after a title that names no state ("Minister of IT Industry
    Ju Yong Il"): in a state outlet's report, an official of that state."""
    named = {i for m in found for i in range(m.start, m.end)}
    index = ent.start - 1
    titled = False
    while index >= max(0, ent.start - TITLE_WINDOW - 3):
        token = doc[index]
        if index in named:
            return False  # "Russian Vice-Minister X": the title's state is named
        if token.lower_ in TITLE_LINKS or token.pos_ in ("PROPN", "NOUN", "ADJ"):
            titled = titled or token.lower_ in ROLE_WORDS
            index -= 1
            continue
        break
    return titled


def described_state(doc: Doc, ent: Span, found: list[ActorMention]) -> ActorEntry | None:
    """ "X, a senior official of China's Communist Party,": the description's state."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    stop = ent.end + 1
    while stop < min(len(doc), ent.end + 1 + DESCRIPTION_WINDOW) and doc[stop].text not in (
        ",",
        ".",
    ):
        stop += 1
    words = doc[ent.end + 1 : stop]
    if not any(t.lower_ in ROLE_WORDS for t in words):
        return None
    inside = [m for m in found if words.start <= m.start and m.end <= words.end]
    # "the prime minister of the U.N.-backed Libyan government": the state's
    for kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION):
        entry = next((m.entry for m in inside if m.entry.kind is kind), None)
        if entry is not None:
            return entry
    return None
