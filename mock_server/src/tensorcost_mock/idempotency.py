"""Replays of POSTs sent again with the same ``Idempotency-Key``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .clock import Clock

#: How long a key is remembered (the spec says 24 hours).
TTL_SECONDS = 24 * 3600


@dataclass(frozen=True)
class StoredResponse:
    fingerprint: str
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...]
    stored_at: float


def fingerprint(method: str, path: str, query: str, body: bytes) -> str:
    """What makes two requests "the same request" for a key."""
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), query.encode(), body):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


class IdempotencyStore:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._entries: dict[tuple[str, str], StoredResponse] = {}

    def reset(self) -> None:
        self._entries.clear()

    def get(self, scope: str, key: str) -> StoredResponse | None:
        entry = self._entries.get((scope, key))
        if entry is not None and self.clock.timestamp() - entry.stored_at > TTL_SECONDS:
            del self._entries[(scope, key)]
            return None
        return entry

    def put(self, scope: str, key: str, fp: str, status: int, body: bytes, headers: dict[str, str]) -> None:
        self._entries[(scope, key)] = StoredResponse(
            fp, status, body, tuple(headers.items()), self.clock.timestamp()
        )
