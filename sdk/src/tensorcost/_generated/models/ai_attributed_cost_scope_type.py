from typing import Literal

AiAttributedCostScopeType = Literal["agent", "workflow"]

AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES: set[AiAttributedCostScopeType] = {
    "agent",
    "workflow",
}


def check_ai_attributed_cost_scope_type(value: str) -> AiAttributedCostScopeType:
    if value in AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES!r}"
    )
