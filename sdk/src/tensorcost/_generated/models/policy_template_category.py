from typing import Literal

PolicyTemplateCategory = Literal["agents", "budget", "gpu", "managed_inference"]

POLICY_TEMPLATE_CATEGORY_VALUES: set[PolicyTemplateCategory] = {
    "agents",
    "budget",
    "gpu",
    "managed_inference",
}


def check_policy_template_category(value: str) -> PolicyTemplateCategory:
    if value in POLICY_TEMPLATE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POLICY_TEMPLATE_CATEGORY_VALUES!r}"
    )
