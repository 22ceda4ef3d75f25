"""What every service's records share: the digits-first id alphabet, request ids, the public view
of a record (without its private ``_`` fields) and time windows. Ids themselves come from the one
random scheme (``state.random_id``) and the one derived scheme (``world.derived_id``)."""

from __future__ import annotations

import random
import string
from datetime import datetime

from tensorcost_mock.state import Record

#: Digits, then letters: the alphabet of agent secrets, of the member and agent-key ids identity
#: derives (``world.derived_id(..., alphabet=ALPHABET)``) and of the audit and sync ids the seeders
#: draw (``state.random_id(..., alphabet=ALPHABET)``).
ALPHABET = string.digits + string.ascii_letters


#: Audit ``ip`` of a live request whose peer the server does not know (``ctx.client_ip`` is None).
CLIENT_IP = "127.0.0.1"


def public(record: Record) -> Record:
    """The record without its private ``_`` fields, as the spec's schema has it."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def hex_id(rng: random.Random) -> str:
    """A request id like the server's ``X-Request-Id`` (32 hex digits)."""
    return f"{rng.getrandbits(128):032x}"


def within(t: datetime, window: tuple[datetime, datetime | None]) -> bool:
    start, end = window
    return start <= t and (end is None or t < end)
