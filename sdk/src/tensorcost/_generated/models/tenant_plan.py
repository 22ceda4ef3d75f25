from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
TenantPlan = Literal["enterprise", "free", "team"] | UnknownEnumValue

TENANT_PLAN_VALUES: frozenset[TenantPlan] = frozenset(
    {
        "enterprise",
        "free",
        "team",
    }
)


def check_tenant_plan(value: object, field: str = "TenantPlan") -> TenantPlan:
    if value in TENANT_PLAN_VALUES:
        return value
    return unknown_enum_value(field, value, TENANT_PLAN_VALUES)


def check_tenant_plan_or_none(value: object, field: str = "TenantPlan") -> TenantPlan | None:
    if value is None or value in TENANT_PLAN_VALUES:
        return value
    return unknown_enum_value(field, value, TENANT_PLAN_VALUES)
