from typing import Literal

AgentScope = Literal[
    "ai:read",
    "ai:write",
    "alert:read",
    "cost:read",
    "enforcement:read",
    "gpu:read",
    "gpu:write",
    "report:read",
]

AGENT_SCOPE_VALUES: set[AgentScope] = {
    "ai:read",
    "ai:write",
    "alert:read",
    "cost:read",
    "enforcement:read",
    "gpu:read",
    "gpu:write",
    "report:read",
}


def check_agent_scope(value: str) -> AgentScope:
    if value in AGENT_SCOPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_SCOPE_VALUES!r}"
    )
