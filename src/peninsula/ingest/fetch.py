"""Fetch URLs over HTTP(S) with a size limit, a redirect limit and a timeout."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from types import TracebackType

import httpx

from peninsula import __version__
from peninsula.config import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_SECONDS, MAX_REDIRECTS
from peninsula.errors import FetchError, InputTooLarge

LOGGER = logging.getLogger(__name__)
USER_AGENT = f"peninsula/{__version__} (news event coder)"


@dataclass(frozen=True)
class Fetched:
    """A fetched response body with where it finally came from."""

    url: str
    data: bytes
    content_type: str | None
    charset: str | None


class Fetcher:
    """Fetch article pages and feeds; the HTTP client is injectable for tests."""

    def __init__(
        self,
        client: httpx.Client | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self._owns_client = client is None
        self._client = client or httpx.Client(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": USER_AGENT},
        )
        self._timeout = timeout
        self._max_bytes = max_bytes

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP client if this fetcher created it."""
        if self._owns_client:
            self._client.close()

    def get(self, url: str) -> Fetched:
        """Fetch ``url``; raise :class:`FetchError` or :class:`InputTooLarge` on failure."""
        # httpx's timeout bounds each read; a server trickling bytes must also
        # finish within the same budget overall.
        deadline = time.monotonic() + self._timeout
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self._max_bytes:
                    raise InputTooLarge(url, _too_large(int(declared), self._max_bytes))
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("overall deadline passed")
                    size += len(chunk)
                    if size > self._max_bytes:
                        raise InputTooLarge(url, _too_large(size, self._max_bytes, partial=True))
                    chunks.append(chunk)
                content_type = response.headers.get("content-type")
                return Fetched(
                    url=str(response.url),
                    data=b"".join(chunks),
                    content_type=content_type.split(";")[0].strip().lower()
                    if content_type
                    else None,
                    charset=response.charset_encoding,
                )
        except httpx.TooManyRedirects:
            raise FetchError(
                url, f"too many redirects (more than {MAX_REDIRECTS}; a loop?)"
            ) from None
        except httpx.TimeoutException:
            raise FetchError(url, f"timed out after {self._timeout:g} s") from None
        except httpx.UnsupportedProtocol:
            raise FetchError(url, "unsupported URL scheme; use http:// or https://") from None
        except httpx.HTTPError as error:
            raise FetchError(url, f"request failed: {error}") from None


def _too_large(size: int, limit: int, *, partial: bool = False) -> str:
    more = "more than " if partial else ""
    return (
        f"{more}{size:,} bytes is over the size limit of {limit:,} bytes "
        "(raise it with --max-bytes or PENINSULA_MAX_BYTES)"
    )
