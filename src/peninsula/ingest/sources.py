"""Expand the inputs of an ingest run: files, directories (recursively), URLs and ``-``.

A ``metadata.jsonl`` beside article files is their manifest when its records
name a ``file`` (relative to it) and give a ``published`` or ``date``: the
date is given to that file, as ``--published`` would (which still wins),
unless the file itself gives a date of the same day (kept for its time); its
``outlet`` names the outlet when the file does not.
"""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from peninsula.ingest.pubdate import find_date
from peninsula.ingest.readers import EXTENSIONS
from peninsula.models import Hints, Outcome, PublishedBasis, Status

STDIN = "-"
STDIN_URI = "stdin:"
# Document formats we recognise but cannot read: reported as failures with
# advice, even inside a directory, because the user will want them converted.
UNSUPPORTED_DOCUMENTS = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf"})
MANIFEST = "metadata.jsonl"


class SourceKind(enum.StrEnum):
    """Where an input comes from."""

    FILE = "file"
    URL = "url"
    STDIN = "stdin"
    DATA = "data"  # a document handed over in memory (the REST API's POST body)


@dataclass(frozen=True)
class Source:
    """One input to read."""

    kind: SourceKind
    location: str  # a filesystem path, a URL, or "-"
    listed: Hints | None = None  # what a manifest beside the file says of it
    data: bytes | None = None  # the document itself, for DATA sources
    content_type: str | None = None  # its media type, when known (text/html, text/plain)

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


def manifest_entries(directory: Path) -> dict[str, Hints]:
    """Return ``{file name: hints}`` from the manifest in ``directory``, if it has one.

    A record counts when it names a ``file`` and gives a date (``published`` or
    ``date``); its ``outlet``, if any, comes along.
    """
    path = directory / MANIFEST
    entries: dict[str, Hints] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return entries
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(record, dict) or not isinstance(record.get("file"), str):
            continue
        value = record.get("published") or record.get("date")
        found = find_date(value) if isinstance(value, str) else None
        if found:
            outlet = record.get("outlet")
            entries[record["file"]] = Hints(
                outlet=outlet if isinstance(outlet, str) else None,
                published=found[:10],
                published_basis=PublishedBasis.GIVEN,
            )
    return entries


class _Manifests(dict[Path, dict[str, Hints]]):
    """The manifests read during one expansion, by directory."""

    def __missing__(self, directory: Path) -> dict[str, Hints]:
        self[directory] = manifest_entries(directory)
        return self[directory]


def _file_source(path: Path, manifests: _Manifests) -> Source:
    return Source(SourceKind.FILE, str(path), manifests[path.parent.resolve()].get(path.name))


def _walk(directory: Path, manifests: _Manifests) -> Iterator[Source | Outcome]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        dated = manifests[Path(root).resolve()]
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            suffix = path.suffix.lower()
            if name == MANIFEST and dated:
                reason = f"manifest: dates for {len(dated)} files beside it"
                yield Outcome(path.resolve().as_uri(), Status.SKIPPED, reason)
            elif suffix in EXTENSIONS or suffix in UNSUPPORTED_DOCUMENTS:
                yield _file_source(path, manifests)
            else:
                reason = f"not an article file type ({suffix or 'no extension'})"
                yield Outcome(path.resolve().as_uri(), Status.SKIPPED, reason)


def expand(inputs: Sequence[str]) -> list[Source | Outcome]:
    """Expand inputs into sources, in order; missing paths become failed outcomes."""
    expanded: list[Source | Outcome] = []
    manifests = _Manifests()
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
                expanded.extend(_walk(path, manifests))
            elif path.is_file():
                expanded.append(_file_source(path, manifests))
            elif path.exists():
                expanded.append(Outcome(value, Status.FAILED, "not a regular file"))
            else:
                expanded.append(Outcome(value, Status.FAILED, "no such file or directory"))
    return expanded
