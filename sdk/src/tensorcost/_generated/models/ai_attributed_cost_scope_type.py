from typing import Literal

from ..types import not_one_of

AiAttributedCostScopeType = Literal["agent", "workflow"]

AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES: frozenset[AiAttributedCostScopeType] = frozenset(
    {
        "agent",
        "workflow",
    }
)


def check_ai_attributed_cost_scope_type(value: object) -> AiAttributedCostScopeType:
    if value in AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES:
        return value
    raise not_one_of(value, AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES)


def check_ai_attributed_cost_scope_type_or_none(
    value: object,
) -> AiAttributedCostScopeType | None:
    if value is None or value in AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES:
        return value
    raise not_one_of(value, AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES)
