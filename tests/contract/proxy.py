"""A small HTTP proxy on 127.0.0.1 in front of a server: counts methods, can rewrite answers.

Plays the deployment in test_staging_mode.py: a staging run points at it, it forwards every
request to the mock server and tells the test what arrived (``methods``) and, with a
``rewrite`` function, serves drifted answers (an unknown enum value, a new field, a wrong type).
It runs in a thread of the test process (uvicorn), so the test reads its counters directly.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import uvicorn

from .support import free_port, match

#: (operation id, JSON body) -> the body to serve instead, or None to keep the answer.
Rewrite = Callable[[str, Any], Any]
#: Hop-by-hop and length headers: recomputed for the answer the proxy sends.
_DROPPED = {"content-length", "transfer-encoding", "content-encoding", "connection", "keep-alive"}


class Proxy:
    def __init__(self, upstream: str, rewrite: Rewrite | None = None):
        self.upstream = upstream.rstrip("/")
        self.rewrite = rewrite
        self.methods: Counter[str] = Counter()
        self.rewritten: Counter[str] = Counter()  # operation id -> answers changed
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self._server = uvicorn.Server(
            uvicorn.Config(
                self._app,
                host="127.0.0.1",
                port=self.port,
                log_level="warning",
                lifespan="on",
                interface="asgi3",
            )
        )
        self._thread = threading.Thread(target=self._server.run, name=f"proxy-{self.port}", daemon=True)
        self._client: httpx.AsyncClient | None = None

    def __enter__(self) -> Proxy:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the proxy on port {self.port} did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)

    async def _app(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":  # one upstream client for the server's life, on its loop
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    self._client = httpx.AsyncClient(timeout=60)
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    if self._client is not None:
                        await self._client.aclose()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        assert scope["type"] == "http"
        assert self._client is not None
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        method, path = scope["method"], scope["path"]
        with self._lock:
            self.methods[method] += 1
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in scope["headers"]
            if k.lower() not in (b"host", b"accept-encoding", b"content-length")
        ]
        raw_path = (scope.get("raw_path") or path.encode()).decode("latin-1")  # still percent-encoded
        query = scope["query_string"].decode("latin-1")
        upstream = await self._client.request(
            method, self.upstream + raw_path + (f"?{query}" if query else ""), headers=headers, content=body
        )
        content = upstream.content
        op = match(method, path)
        if self.rewrite is not None and op is not None and "json" in upstream.headers.get("content-type", ""):
            try:
                changed = self.rewrite(op.operation_id, json.loads(content))
            except ValueError:
                changed = None
            if changed is not None:
                content = json.dumps(changed).encode()
                with self._lock:
                    self.rewritten[op.operation_id] += 1
        out = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in upstream.headers.multi_items()]
        out = [(k, v) for k, v in out if k.decode().lower() not in _DROPPED]
        out.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": upstream.status_code, "headers": out})
        await send({"type": "http.response.body", "body": content})
