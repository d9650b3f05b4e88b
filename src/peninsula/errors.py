"""Errors raised by peninsula.

Hierarchy::

    PeninsulaError
    ├── InputError            an input cannot be read as an article source
    │   ├── UnsupportedFormat   PDF, DOCX, ... (say how to convert it)
    │   ├── InputTooLarge       over the configured size limit
    │   └── FetchError          a URL failed, looped, or timed out
    ├── ConfigError           a bad setting (size, date, path)
    └── StoreError            the database cannot be opened or written

Skipping an input (empty, binary, not English, duplicate) is a result, not an
exception: see :class:`peninsula.models.Outcome`.
"""

from __future__ import annotations


class PeninsulaError(Exception):
    """Base class of every error peninsula raises on purpose."""


class InputError(PeninsulaError):
    """An input cannot be read as an article source."""

    def __init__(self, uri: str, reason: str) -> None:
        super().__init__(f"{uri}: {reason}")
        self.uri = uri
        self.reason = reason


class UnsupportedFormat(InputError):
    """The input is a document format peninsula does not read."""


class InputTooLarge(InputError):
    """The input is larger than the configured limit."""


class FetchError(InputError):
    """A URL could not be fetched."""


class ConfigError(PeninsulaError):
    """A setting has a value peninsula cannot use."""


class StoreError(PeninsulaError):
    """The article store cannot be opened or written."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ExtractionFailed(PeninsulaError):
    """The extractor failed on one stored article (a bug to report)."""

    def __init__(self, uri: str, error: BaseException) -> None:
        failure = type(error).__name__
        self.reason = f"the extractor failed on this article ({failure}); please report it"
        super().__init__(f"{uri}: {self.reason}")
        self.uri = uri
