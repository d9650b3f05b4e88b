"""Headlines in title case, read as sentences.

The small model parses "Kuwait Expels Iraqi Ambassador Over Border Attack" as one
long name, and "Qatar Condemns Iranian Missile Test" as a test by Qatar. Before
parsing, a headline whose words are capitalized is put in sentence case, its
length kept so that evidence still points into the article: every word but the
first is lowercased unless it is in a name of the actor dictionary that the
headline holds ("Kuwait", "Iraqi", "Kim Jong Un", "Foreign Ministry"; not
"Military" alone) or an acronym ("DPRK", "U.S.", "ICBM"). A headline's list of
states with no "and" ("Iran, Iraq Agree to Reopen Border") is mended after the
parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from peninsula.actors.dictionary import ActorDictionary
from peninsula.extract.story_dates import is_headline

# A capitalized word ("Expels"), not an acronym ("DPRK") nor a word with digits.
CAPITALIZED = re.compile(r"\b[A-Z][a-z]+\b")
WORD = re.compile(r"\b[A-Za-z][A-Za-z]*\b")
# The share of a headline's words that must be capitalized for it to be in title
# case (its short words, "to", "of", "in", stay lower).
TITLE_CASE_SHARE = 0.6
# Fewer words than this make no headline worth recasing ("Seoul Responds").
MIN_WORDS = 3


def name_pattern(actors: ActorDictionary) -> re.Pattern[str]:
    """A pattern that finds the dictionary's names in a text: "North Korea", "Kim
    Jong Un", "Foreign Ministry" (the longest first)."""
    names = sorted({a.text for a in actors.aliases if a.text[:1].isupper()}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def sentence_cased(text: str, names: re.Pattern[str]) -> str:
    """``text`` in sentence case if it is a headline in title case, else as it is."""
    if not is_headline(text):
        return text
    words = WORD.findall(text)
    capitalized = sum(1 for w in words if w[0].isupper())
    if len(words) < MIN_WORDS or capitalized < TITLE_CASE_SHARE * len(words):
        return text
    first = WORD.search(text)
    kept = {first.start()} if first else set()
    for name in names.finditer(text):
        kept.update(range(name.start(), name.end()))

    def recased(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if match.start() in kept else word.lower()

    return CAPITALIZED.sub(recased, text)


def lists_without_and(doc: Doc) -> None:
    """Repair a headline's list of subjects with no "and": "Iran, Iraq agree to
    reopen border" (the first read as a modifier of the verb). The two are the
    subject."""
    if not is_headline(doc.text):
        return
    for first in doc[:-2]:
        comma, second = doc[first.i + 1], doc[first.i + 2]
        if (
            first.dep_ == "npadvmod"
            and first.pos_ == "PROPN"
            and comma.text == ","
            and second.dep_ == "nsubj"
            and second.head == first.head
            and second.pos_ == "PROPN"
        ):
            second.head, second.dep_ = first, "conj"
            first.dep_ = "nsubj"
