from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
MemberStatus = Literal["active", "invited", "suspended"] | UnknownEnumValue

MEMBER_STATUS_VALUES: frozenset[MemberStatus] = frozenset(
    {
        "active",
        "invited",
        "suspended",
    }
)


def check_member_status(value: object, field: str = "MemberStatus") -> MemberStatus:
    if value in MEMBER_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, MEMBER_STATUS_VALUES)


def check_member_status_or_none(value: object, field: str = "MemberStatus") -> MemberStatus | None:
    if value is None or value in MEMBER_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, MEMBER_STATUS_VALUES)
