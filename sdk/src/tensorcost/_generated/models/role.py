from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
Role = Literal["admin", "engineer", "finops_analyst", "owner", "viewer"] | UnknownEnumValue

ROLE_VALUES: frozenset[Role] = frozenset(
    {
        "admin",
        "engineer",
        "finops_analyst",
        "owner",
        "viewer",
    }
)


def check_role(value: object, field: str = "Role") -> Role:
    if value in ROLE_VALUES:
        return value
    return unknown_enum_value(field, value, ROLE_VALUES)


def check_role_or_none(value: object, field: str = "Role") -> Role | None:
    if value is None or value in ROLE_VALUES:
        return value
    return unknown_enum_value(field, value, ROLE_VALUES)
