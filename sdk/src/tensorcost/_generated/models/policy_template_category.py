from typing import Literal

from ..types import not_one_of

PolicyTemplateCategory = Literal["agents", "budget", "gpu", "managed_inference"]

POLICY_TEMPLATE_CATEGORY_VALUES: frozenset[PolicyTemplateCategory] = frozenset(
    {
        "agents",
        "budget",
        "gpu",
        "managed_inference",
    }
)


def check_policy_template_category(value: object) -> PolicyTemplateCategory:
    if value in POLICY_TEMPLATE_CATEGORY_VALUES:
        return value
    raise not_one_of(value, POLICY_TEMPLATE_CATEGORY_VALUES)


def check_policy_template_category_or_none(
    value: object,
) -> PolicyTemplateCategory | None:
    if value is None or value in POLICY_TEMPLATE_CATEGORY_VALUES:
        return value
    raise not_one_of(value, POLICY_TEMPLATE_CATEGORY_VALUES)
