"""In-memory state, partitioned per tenant: named collections of records keyed by id.

Records are plain dicts shaped like the spec's schemas, so a handler can return them as they
are. A tenant only ever sees its own ``TenantStore``: an id from another tenant is simply absent.
"""

from __future__ import annotations

import base64
import binascii
import json
import random
import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol

from .errors import ApiError, not_found

Record = dict[str, Any]
#: The letters-first alphabet of the ids drawn one character at a time (``TenantStore.new_id``).
LETTERS_DIGITS = string.ascii_letters + string.digits


class Collection:
    """Records of one kind in one tenant, in insertion order, keyed by their ``id``."""

    def __init__(self, name: str, kind: str | None = None) -> None:
        self.name = name
        #: Used in 404 messages: "No recommendation rec_... in this tenant".
        self.kind = kind or name.rstrip("s").replace("_", " ")
        self._items: dict[str, Record] = {}

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Record]:
        return iter(list(self._items.values()))

    def __contains__(self, ident: object) -> bool:
        return ident in self._items

    def add(self, record: Record) -> Record:
        self._items[str(record["id"])] = record
        return record

    def get(self, ident: str) -> Record | None:
        return self._items.get(ident)

    def require(self, ident: str) -> Record:
        """The record, or a 404 NOT_FOUND in the spec's envelope."""
        record = self._items.get(ident)
        if record is None:
            raise not_found(self.kind, ident)
        return record

    def remove(self, ident: str) -> Record:
        record = self.require(ident)
        del self._items[ident]
        return record

    def filter(self, predicate: Callable[[Record], bool] | None = None, **equals: Any) -> list[Record]:
        """Records matching ``predicate`` and every ``field=value`` (a None value matches anything)."""
        records = list(self._items.values())
        for key, value in equals.items():  # one pass per field: lists are short, comprehensions fast
            if value is not None:
                records = [r for r in records if r.get(key) == value]
        return records if predicate is None else [r for r in records if predicate(r)]


class TenantStore:
    """All state of one tenant; ``store.collection("alerts")`` creates the collection on first use."""

    def __init__(self, tenant_id: str, rng: random.Random) -> None:
        self.tenant_id = tenant_id
        self.rng = rng
        self.collections: dict[str, Collection] = {}
        #: Free-form singletons (tenant settings, branding, SSO config, ...).
        self.singletons: dict[str, Any] = {}

    def collection(self, name: str, kind: str | None = None) -> Collection:
        coll = self.collections.get(name)
        if coll is None:
            coll = self.collections[name] = Collection(name, kind)
        return coll

    def new_id(self, prefix: str, length: int = 12) -> str:
        """A fresh id like ``rec_7QkX2m9Lp4ab`` from the store's own random stream, unused in it:
        :func:`random_id` with ``alphabet=LETTERS_DIGITS`` and ``taken=self``."""
        return random_id(self.rng, prefix, length, alphabet=LETTERS_DIGITS, taken=self)


class SpendFeed(Protocol):
    """What a service that records usage offers the cost records (ai's ``domain.ai.spend_feed``)."""

    @property
    def first(self) -> int:
        """Unix time of the first usage."""
        ...

    def spend(self, start: int, end: int, now: int) -> list[tuple[str, Mapping[str, Any], int]]:
        """(source, attribution, cost in units of 1e-7 USD) of the usage in ``[start, end)`` seen by ``now``."""
        ...


_B64_TO_62 = str.maketrans("+/", "xQ")


def random_id(
    rng: random.Random,
    prefix: str,
    length: int = 12,
    *,
    alphabet: str | None = None,
    taken: TenantStore | None = None,
) -> str:
    """The one random id scheme: the prefix and ``length`` letters or digits drawn from ``rng``, a
    service's own random stream (``gpu_7QkX2m9Lp4ab``); records another service names get a derived
    id instead (``world.derived_id``).

    The characters come from one draw of random bits (base64 with ``+/`` read as ``xQ``), or, given
    an ``alphabet``, from one ``rng.choice`` each (the draw of the ids the run time and the older
    seeders make, kept so that seeded ids stay what they were). With ``taken``, an id some collection
    of that store holds already is drawn again."""
    while True:
        if alphabet is None:
            size = -(-length * 6 // 8)
            raw = base64.b64encode(rng.getrandbits(8 * size).to_bytes(size, "little"))
            ident = prefix + raw[:length].decode().translate(_B64_TO_62)
        else:
            ident = prefix + "".join(rng.choice(alphabet) for _ in range(length))
        if taken is None or not any(ident in c for c in taken.collections.values()):
            return ident


# -- pagination -----------------------------------------------------------------------------------


def encode_cursor(offset: int) -> str:
    """The cursor of ``offset``: ``{"offset": N}`` as ``json.dumps`` writes it, base64url without padding."""
    return base64.urlsafe_b64encode(b'{"offset": %d}' % offset).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        offset = json.loads(base64.urlsafe_b64decode(padded))["offset"]
        if not isinstance(offset, int) or offset < 0:
            raise ValueError
        return offset
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise ApiError(
            400,
            "VALIDATION_FAILED",
            'Request validation failed: query parameter "cursor" is not a cursor this server issued; '
            "pass the previous page's next_cursor, or omit it for the first page",
            [{"location": "query", "field": "cursor", "message": "is not a valid cursor"}],
        ) from None


def paginate(items: Iterable[Any], limit: int, cursor: str | None) -> tuple[list[Any], str | None]:
    """One page of ``items`` and the ``next_cursor`` (None on the last page)."""
    items = list(items)
    offset = decode_cursor(cursor) if cursor else 0
    page = items[offset : offset + limit]
    nxt = offset + limit
    return page, (encode_cursor(nxt) if nxt < len(items) else None)


# -- time -----------------------------------------------------------------------------------------


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DAYS: dict[int, str] = {}


def iso_at(ts: int) -> str:
    """The one time format: UTC ISO-8601 with ``Z`` and whole seconds, ``2026-11-25T23:59:41Z``,
    of a Unix time (the date part is cached: seeding formats thousands of times)."""
    day, sec = divmod(ts, 86400)
    prefix = _DAYS.get(day)
    if prefix is None:
        d = _EPOCH + timedelta(days=day)
        prefix = _DAYS[day] = f"{d.year:04d}-{d.month:02d}-{d.day:02d}T"
    return f"{prefix}{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}Z"


def iso(dt: datetime) -> str:
    """A datetime in the one time format (whole seconds, the fraction dropped)."""
    return iso_at((dt - _EPOCH) // timedelta(seconds=1))


def parse_time(value: str) -> datetime:
    """A validated ``date-time`` (a query value or a stored time) as an aware UTC datetime.

    RFC 3339 allows a lower-case ``t``/``z``, which ``fromisoformat`` refuses, so the value is
    upper-cased first. An offset can push an instant past the range of ``datetime``
    (``9999-12-31T23:59:59-14:00``); such an instant is clamped to ``datetime.max``/``min``.
    A value without an offset is taken as UTC.
    """
    dt = datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(UTC)
    except OverflowError:
        return (datetime.max if dt.year > 1 else datetime.min).replace(tzinfo=UTC)


# -- money ----------------------------------------------------------------------------------------

CENT = Decimal("0.01")


def money(amount: Decimal | int | str, currency: str = "USD", places: Decimal = CENT) -> dict[str, str]:
    """The spec's Money object: ``{"amount": "12.50", "currency": "USD"}``."""
    return {"amount": str(Decimal(amount).quantize(places)), "currency": currency}
