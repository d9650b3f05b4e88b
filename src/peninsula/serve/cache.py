"""Remember GET answers until the next write.

While it runs, the server is its database's only writer (DuckDB locks the
file), so an answer can only change when this server writes. Successful GET
answers are kept, keyed by the write generation and the full URL, and served
again without touching the database. A write starts a new generation.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from peninsula.serve.guard import ASGIApp, Message, Receive, Scope, Send

MAX_ENTRIES = 2048
MAX_BODY = 1024 * 1024


class ResponseCache:
    """ASGI middleware: answer a repeated GET from memory while nothing was written."""

    def __init__(self, app: ASGIApp, generation: Callable[[], int], enabled: bool = True) -> None:
        self.app = app
        self.generation = generation
        self.enabled = enabled
        self._entries: OrderedDict[tuple[int, str, bytes], list[Message]] = OrderedDict()
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.enabled or scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        key = (self.generation(), scope["path"], scope.get("query_string", b""))
        with self._lock:
            kept = self._entries.get(key)
            if kept is not None:
                self._entries.move_to_end(key)
        if kept is not None:
            for message in kept:
                await send(message)
            return
        recorded: list[Message] = []
        size = 0
        keep = True

        async def recording(message: Message) -> None:
            nonlocal size, keep
            if message["type"] == "http.response.start" and message["status"] != 200:
                keep = False
            if message["type"] == "http.response.body":
                size += len(message.get("body", b""))
                keep = keep and size <= MAX_BODY
            if keep:
                recorded.append(message)
            await send(message)

        await self.app(scope, receive, recording)
        if keep and recorded and key[0] == self.generation():
            with self._lock:
                self._entries[key] = recorded
                while len(self._entries) > MAX_ENTRIES:
                    self._entries.popitem(last=False)
