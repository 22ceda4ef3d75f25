from typing import Literal

from ..types import not_one_of

TenantPlan = Literal["enterprise", "free", "team"]

TENANT_PLAN_VALUES: frozenset[TenantPlan] = frozenset(
    {
        "enterprise",
        "free",
        "team",
    }
)


def check_tenant_plan(value: object) -> TenantPlan:
    if value in TENANT_PLAN_VALUES:
        return value
    raise not_one_of(value, TENANT_PLAN_VALUES)


def check_tenant_plan_or_none(value: object) -> TenantPlan | None:
    if value is None or value in TENANT_PLAN_VALUES:
        return value
    raise not_one_of(value, TENANT_PLAN_VALUES)
