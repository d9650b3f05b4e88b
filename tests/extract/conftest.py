"""One extractor (the real spaCy model and data) for the extraction tests."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
