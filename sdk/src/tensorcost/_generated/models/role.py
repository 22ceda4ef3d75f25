from typing import Literal

from ..types import not_one_of

Role = Literal["admin", "engineer", "finops_analyst", "owner", "viewer"]

ROLE_VALUES: frozenset[Role] = frozenset(
    {
        "admin",
        "engineer",
        "finops_analyst",
        "owner",
        "viewer",
    }
)


def check_role(value: object) -> Role:
    if value in ROLE_VALUES:
        return value
    raise not_one_of(value, ROLE_VALUES)


def check_role_or_none(value: object) -> Role | None:
    if value is None or value in ROLE_VALUES:
        return value
    raise not_one_of(value, ROLE_VALUES)
