"""Arguments checked and converted before a request is built: tenant ids and instants.

A bad value raises `InvalidArgumentError` (a `ValueError`) or `InvalidArgumentTypeError` (a
`TypeError`) naming the argument, before anything is sent.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from uuid import UUID

from ._exceptions import InvalidArgumentError, InvalidArgumentTypeError

TimeArgument = datetime | date | str
"""What a date-time parameter accepts: an aware `datetime` (naive means UTC), a `date` (midnight
UTC), or an ISO-8601 string of either."""

_EXAMPLE_TENANT = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"


def tenant_uuid(value: object, argument: str = "tenant_id") -> str:
    """`value` as a canonical UUID string; the API scopes every tenant by its UUID."""
    if isinstance(value, UUID):
        return str(value)
    if not isinstance(value, str):
        raise InvalidArgumentTypeError(argument, f"must be a tenant UUID string, got {type(value).__name__}")
    try:
        return str(UUID(value))
    except ValueError:
        raise InvalidArgumentError(
            argument,
            f"must be the tenant's UUID (e.g. {_EXAMPLE_TENANT}), not its name; got {value!r}",
        ) from None


def instant(value: object, argument: str) -> datetime:
    """`value` as an aware datetime: naive datetimes and dates are UTC, strings are ISO-8601."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())  # a bare date is midnight; Z is UTC
        except ValueError:
            raise InvalidArgumentError(
                argument,
                f"must be an ISO-8601 date or date-time such as 2026-11-01 or 2026-11-01T00:00:00Z; got {value!r}",
            ) from None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    raise InvalidArgumentTypeError(
        argument,
        f"must be a datetime, a date or an ISO-8601 string, got {type(value).__name__}",
    )
