from typing import Literal

from ..types import not_one_of

ConnectionStatus = Literal["active", "degraded", "disabled", "failed", "pending"]

CONNECTION_STATUS_VALUES: frozenset[ConnectionStatus] = frozenset(
    {
        "active",
        "degraded",
        "disabled",
        "failed",
        "pending",
    }
)


def check_connection_status(value: object) -> ConnectionStatus:
    if value in CONNECTION_STATUS_VALUES:
        return value
    raise not_one_of(value, CONNECTION_STATUS_VALUES)


def check_connection_status_or_none(value: object) -> ConnectionStatus | None:
    if value is None or value in CONNECTION_STATUS_VALUES:
        return value
    raise not_one_of(value, CONNECTION_STATUS_VALUES)
