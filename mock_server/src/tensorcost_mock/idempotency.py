"""Replays of POSTs sent again with the same ``Idempotency-Key``."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass

from .clock import Clock

#: How long a key is remembered (the spec says 24 hours).
TTL_SECONDS = 24 * 3600
#: How many keys are remembered at most; the least recently used goes first.
MAX_ENTRIES = 10_000


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
    """Stored answers by (scope, key), where the caller builds the scope from tenant, user, method
    and path, so one caller's key never replays another's answer. Bounded (LRU) and expiring."""

    def __init__(self, clock: Clock, max_entries: int = MAX_ENTRIES) -> None:
        self.clock = clock
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[str, str], StoredResponse] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def reset(self) -> None:
        self._entries.clear()

    def get(self, scope: str, key: str) -> StoredResponse | None:
        entry = self._entries.get((scope, key))
        if entry is None:
            return None
        if self.clock.timestamp() - entry.stored_at > TTL_SECONDS:
            del self._entries[(scope, key)]
            return None
        self._entries.move_to_end((scope, key))
        return entry

    def put(self, scope: str, key: str, fp: str, status: int, body: bytes, headers: dict[str, str]) -> None:
        self._entries[(scope, key)] = StoredResponse(
            fp, status, body, tuple(headers.items()), self.clock.timestamp()
        )
        self._entries.move_to_end((scope, key))
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
