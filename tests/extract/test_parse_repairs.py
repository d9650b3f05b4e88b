"""Acts the small model's parse breaks, read from the words around them.

These texts are the repository's own dev articles (eval/dev), whose sentences
make the parser err in ways short sentences written for a test do not.
"""

from __future__ import annotations

from pathlib import Path

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

DEV = Path(__file__).resolve().parents[2] / "eval" / "dev"


def test_a_person_freed_whom_the_parser_makes_the_sayings_subject_is_freed(
    extractor: Extractor,
) -> None:
    # "freed X, an American student who ..., the government and his family said":
    # the parser makes X the subject of "said" and leaves "freed" with no object
    text = (DEV / "fresh" / "03_warmbier_release_reuters.txt").read_text()
    lede = text.split("\n\n")[1]
    found = summary(extractor, lede, "2017-06-13", ("type", "actor", "recipient", "date"))
    assert ("RETREAT", "PRK", "USA", "2017-06-13") in found
