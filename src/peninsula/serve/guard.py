"""The server's guards: bearer tokens, a cap on request bodies, and a URL check (SSRF).

A URL given to ``POST /api/articles`` is fetched by the server, so it could
be used to reach what only the server can reach: the loopback interface, the
private network, a cloud metadata address. Unless allowed, every request of
the fetch (the first and each redirect) must go to a public address.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import socket
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from peninsula.config import DEFAULT_TIMEOUT_SECONDS, MAX_REDIRECTS
from peninsula.errors import FetchError
from peninsula.ingest.fetch import USER_AGENT, Fetcher

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class UnsafeURL(FetchError):
    """A URL the server refuses to fetch."""


def token_matches(given: str | None, expected: str | None) -> bool:
    """Compare a presented token with the configured one in constant time."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, or None."""
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _why_private(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_private:
        return "private"
    if address.is_multicast or address.is_reserved or address.is_unspecified:
        return "reserved"
    if not address.is_global:
        return "not public"
    return None


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise :class:`UnsafeURL` unless ``url`` is http(s) to a public address.

    Every address the host name resolves to must be public: a name that
    resolves to both a public and a private address is refused.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise UnsafeURL(url, f"refused: scheme {parts.scheme or '(none)'!r}; use http or https")
    host = parts.hostname
    if not host:
        raise UnsafeURL(url, "refused: the URL names no host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        raise UnsafeURL(url, f"refused: cannot resolve host {host!r}") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        why = _why_private(address)
        if why:
            raise UnsafeURL(
                url,
                f"refused: {host} resolves to {why} address {address} "
                "(start the server with --allow-private-urls to permit it)",
            )


def guarded_fetcher(*, allow_private: bool, max_bytes: int) -> Fetcher:
    """A fetcher that checks the first URL and every redirect with :func:`check_url`."""

    def check(request: httpx.Request) -> None:
        check_url(str(request.url), allow_private=allow_private)

    client = httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(DEFAULT_TIMEOUT_SECONDS),
        headers={"User-Agent": USER_AGENT},
        event_hooks={"request": [check]},
    )
    return Fetcher(client, timeout=DEFAULT_TIMEOUT_SECONDS, max_bytes=max_bytes)


class BodyLimit:
    """ASGI middleware: answer 413 to a request body over ``max_bytes``.

    A declared Content-Length over the cap is refused before reading; a body
    sent without one (chunked) is read up to the cap and refused once over.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(send)
            return
        # Read the body before the app does, up to the cap, then hand it over whole.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > self.max_bytes:
                await self._too_large(send)
                return
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()  # e.g. http.disconnect
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _too_large(self, send: Send) -> None:
        detail = f"request body over the limit of {self.max_bytes:,} bytes"
        body = json.dumps({"detail": detail}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def is_loopback_host(host: str) -> bool:
    """True when the server binds only the loopback interface."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
