from typing import Literal

TenantPlan = Literal["enterprise", "free", "team"]

TENANT_PLAN_VALUES: set[TenantPlan] = {
    "enterprise",
    "free",
    "team",
}


def check_tenant_plan(value: str) -> TenantPlan:
    if value in TENANT_PLAN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TENANT_PLAN_VALUES!r}"
    )
