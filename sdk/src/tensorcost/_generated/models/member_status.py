from typing import Literal

from ..types import not_one_of

MemberStatus = Literal["active", "invited", "suspended"]

MEMBER_STATUS_VALUES: frozenset[MemberStatus] = frozenset(
    {
        "active",
        "invited",
        "suspended",
    }
)


def check_member_status(value: object) -> MemberStatus:
    if value in MEMBER_STATUS_VALUES:
        return value
    raise not_one_of(value, MEMBER_STATUS_VALUES)


def check_member_status_or_none(value: object) -> MemberStatus | None:
    if value is None or value in MEMBER_STATUS_VALUES:
        return value
    raise not_one_of(value, MEMBER_STATUS_VALUES)
