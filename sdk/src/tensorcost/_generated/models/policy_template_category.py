from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
PolicyTemplateCategory = Literal["agents", "budget", "gpu", "managed_inference"] | UnknownEnumValue

POLICY_TEMPLATE_CATEGORY_VALUES: frozenset[PolicyTemplateCategory] = frozenset(
    {
        "agents",
        "budget",
        "gpu",
        "managed_inference",
    }
)


def check_policy_template_category(
    value: object, field: str = "PolicyTemplateCategory"
) -> PolicyTemplateCategory:
    if value in POLICY_TEMPLATE_CATEGORY_VALUES:
        return value
    return unknown_enum_value(field, value, POLICY_TEMPLATE_CATEGORY_VALUES)


def check_policy_template_category_or_none(
    value: object, field: str = "PolicyTemplateCategory"
) -> PolicyTemplateCategory | None:
    if value is None or value in POLICY_TEMPLATE_CATEGORY_VALUES:
        return value
    return unknown_enum_value(field, value, POLICY_TEMPLATE_CATEGORY_VALUES)
