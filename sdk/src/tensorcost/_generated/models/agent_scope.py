from typing import Literal

from ..types import not_one_of

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

AGENT_SCOPE_VALUES: frozenset[AgentScope] = frozenset(
    {
        "ai:read",
        "ai:write",
        "alert:read",
        "cost:read",
        "enforcement:read",
        "gpu:read",
        "gpu:write",
        "report:read",
    }
)


def check_agent_scope(value: object) -> AgentScope:
    if value in AGENT_SCOPE_VALUES:
        return value
    raise not_one_of(value, AGENT_SCOPE_VALUES)


def check_agent_scope_or_none(value: object) -> AgentScope | None:
    if value is None or value in AGENT_SCOPE_VALUES:
        return value
    raise not_one_of(value, AGENT_SCOPE_VALUES)
