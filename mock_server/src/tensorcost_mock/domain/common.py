"""What every service's records share: the id alphabet, stable and seeded ids, request ids,
the public view of a record (without its private ``_`` fields) and time windows."""

from __future__ import annotations

import hashlib
import random
import string
from datetime import datetime

from tensorcost_mock.state import Record, TenantStore

ALPHABET = string.digits + string.ascii_letters


#: Audit ``ip`` of a live request whose peer the server does not know (``ctx.client_ip`` is None).
CLIENT_IP = "127.0.0.1"


def stable_id(prefix: str, *parts: object, length: int = 12) -> str:
    """An id derived from ``parts`` only (the same in every seed), e.g. a member's id."""
    n = int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest(), "big")
    chars = []
    for _ in range(length):
        n, r = divmod(n, 62)
        chars.append(ALPHABET[r])
    return prefix + "".join(chars)


def seed_id(store: TenantStore, rng: random.Random, prefix: str, length: int = 12) -> str:
    """A fresh id drawn from a seeder's own ``rng`` (so other services' seeders do not shift it)."""
    while True:
        ident = prefix + "".join(rng.choice(ALPHABET) for _ in range(length))
        if not any(ident in c for c in store.collections.values()):
            return ident


def public(record: Record) -> Record:
    """The record without its private ``_`` fields, as the spec's schema has it."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def hex_id(rng: random.Random) -> str:
    """A request id like the server's ``X-Request-Id`` (32 hex digits)."""
    return f"{rng.getrandbits(128):032x}"


def within(t: datetime, window: tuple[datetime, datetime | None]) -> bool:
    start, end = window
    return start <= t and (end is None or t < end)
