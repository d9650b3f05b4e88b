"""Settings: a flag wins over its ``PENINSULA_*`` environment variable, then the default."""

from __future__ import annotations

import re
from dataclasses import dataclass

from peninsula.errors import ConfigError

DEFAULT_DB = "peninsula.duckdb"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# Long enough for a slow news site, short enough that one dead URL does not
# stall a batch: most article pages answer within a few seconds.
DEFAULT_TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)


def parse_size(value: str) -> int:
    """Parse a size such as ``5MB``, ``512k``, ``1MiB`` or ``1048576`` into bytes."""
    match = _SIZE.match(value)
    if not match:
        raise ConfigError(f"invalid size {value!r}: use a number of bytes or e.g. 5MB, 512KB")
    number, unit = match.groups()
    unit = (unit or "").lower()
    binary = "i" in unit
    base = 1024 if binary else 1000
    scale = 1 if unit in ("", "b") else base ** ("kmg".index(unit[0]) + 1)
    return int(float(number) * scale)


@dataclass(frozen=True)
class IngestOptions:
    """Options of one ingest run."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    fetch_feed_links: bool = False
    published: str | None = None  # ISO date given by the user for undated inputs
    extract: bool = True  # extract events from each new article
