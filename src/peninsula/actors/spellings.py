"""How the dictionary's aliases are spelled in text, and where a match is no name."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc


def matched_exactly(alias: str) -> bool:
    """Match short, single-word and "the ..." aliases case-sensitively ("US" is not "us")."""
    return alias.isupper() or alias.startswith("the ") or " " not in alias.strip()


def spellings(nlp: Language, alias: str) -> list[Doc]:
    """The alias as the tokenizer reads it, and split at its hyphens too: "Kim Jong-un"
    is one name token in "Kim Jong-un" but three in "Kim Jong-Un" or "kim jong-un"."""
    docs = [nlp.make_doc(alias)]
    if "-" in alias:
        docs.append(nlp.make_doc(alias.replace("-", " - ")))
    return docs


def opens_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """True when a match begins a longer name: "the South African government", "the
    South China Sea" are not "the South", and "the Korea Herald" or "Korea Gas
    Corporation" are not South Korea, which "Korea" alone is."""
    last = doc[end - 1].lower_
    following = doc[end] if end < len(doc) else None
    return (
        following is not None
        and following.is_title
        and following.is_alpha
        and (last in ("north", "south") or (end - start == 1 and doc[start].text == "Korea"))
    )


# Words that make a demonym a region's: "Central American", "Latin American",
# "East Asian", "West African" are no state.
REGION_QUALIFIERS = frozenset(
    {"central", "latin", "north", "south", "east", "west", "southeast", "northeast"}
)


def in_a_region_name(doc: Doc, start: int) -> bool:
    """True when a match follows a region word: "Central American clergymen", "New
    Mexico Governor Bill Richardson"."""
    before = doc[start - 1] if start > 0 else None
    if before is None or not before.is_title:
        return False
    # "New" inside a sentence, part of another place's name: "New Mexico", "New
    # Jersey" (names that begin with it, "New Zealand", are matched whole; an opening
    # "New" may be the adjective: "New Japanese sanctions", "New U.S. sanctions")
    named = doc[start].text
    return before.lower_ in REGION_QUALIFIERS or (
        before.lower_ == "new"
        and not before.is_sent_start
        and named.isalpha()
        and not named.isupper()
    )


def based_in(doc: Doc, end: int) -> bool:
    """True when a match says where something is based, not who acts: "the
    Vienna-based agency", "a Seoul-based monitoring group"."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"


def described_names(doc: Doc, words: dict[str, int]) -> Iterator[tuple[int, int, int]]:
    """Matches ``(key, start, end)`` of a "the ..." alias with words that describe it
    between: "the impoverished North", "the increasingly isolated North" for "the
    North". ``words`` maps such an alias's last word to its matcher key."""
    for token in doc:
        key = words.get(token.text)
        if key is None:
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].dep_ in ("amod", "advmod")
            and doc[start - 1].is_lower
            and token.i >= doc[start - 1].head.i >= start - 1
        ):
            start -= 1
        if token.i > start > 0 and doc[start - 1].lower_ == "the":
            yield key, start - 1, token.i + 1
