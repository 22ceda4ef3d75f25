from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AiAttributedCostScopeType = Literal["agent", "workflow"] | UnknownEnumValue

AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES: frozenset[AiAttributedCostScopeType] = frozenset(
    {
        "agent",
        "workflow",
    }
)


def check_ai_attributed_cost_scope_type(
    value: object, field: str = "AiAttributedCostScopeType"
) -> AiAttributedCostScopeType:
    if value in AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES)


def check_ai_attributed_cost_scope_type_or_none(
    value: object, field: str = "AiAttributedCostScopeType"
) -> AiAttributedCostScopeType | None:
    if value is None or value in AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES:
        return value
    return unknown_enum_value(field, value, AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES)
