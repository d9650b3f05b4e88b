"""Expand the inputs of an ingest run: files, directories (recursively), URLs and ``-``."""

from __future__ import annotations

import enum
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from peninsula.ingest.readers import EXTENSIONS
from peninsula.models import Outcome, Status

STDIN = "-"
STDIN_URI = "stdin:"
# Document formats we recognise but cannot read: reported as failures with
# advice, even inside a directory, because the user will want them converted.
UNSUPPORTED_DOCUMENTS = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf"})


class SourceKind(enum.StrEnum):
    """Where an input comes from."""

    FILE = "file"
    URL = "url"
    STDIN = "stdin"


@dataclass(frozen=True)
class Source:
    """One input to read."""

    kind: SourceKind
    location: str  # a filesystem path, a URL, or "-"

    @property
    def uri(self) -> str:
        """The URI articles from this source are recorded under."""
        if self.kind is SourceKind.FILE:
            return Path(self.location).resolve().as_uri()
        if self.kind is SourceKind.STDIN:
            return STDIN_URI
        return self.location


def is_url(value: str) -> bool:
    """Return True for an http(s) URL."""
    return value.lower().startswith(("http://", "https://"))


def _walk(directory: Path) -> Iterator[Source | Outcome]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            suffix = path.suffix.lower()
            if suffix in EXTENSIONS or suffix in UNSUPPORTED_DOCUMENTS:
                yield Source(SourceKind.FILE, str(path))
            else:
                reason = f"not an article file type ({suffix or 'no extension'})"
                yield Outcome(path.resolve().as_uri(), Status.SKIPPED, reason)


def expand(inputs: Sequence[str]) -> list[Source | Outcome]:
    """Expand inputs into sources, in order; missing paths become failed outcomes."""
    expanded: list[Source | Outcome] = []
    for value in inputs:
        if value == STDIN:
            expanded.append(Source(SourceKind.STDIN, STDIN))
        elif is_url(value):
            expanded.append(Source(SourceKind.URL, value))
        elif "://" in value:
            expanded.append(
                Outcome(value, Status.FAILED, "unsupported URL scheme; use http:// or https://")
            )
        else:
            path = Path(value)
            if path.is_dir():
                expanded.extend(_walk(path))
            elif path.is_file():
                expanded.append(Source(SourceKind.FILE, value))
            elif path.exists():
                expanded.append(Outcome(value, Status.FAILED, "not a regular file"))
            else:
                expanded.append(Outcome(value, Status.FAILED, "no such file or directory"))
    return expanded
