from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AgentScope = (
    Literal[
        "ai:read",
        "ai:write",
        "alert:read",
        "cost:read",
        "enforcement:read",
        "gpu:read",
        "gpu:write",
        "report:read",
    ]
    | UnknownEnumValue
)

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


def check_agent_scope(value: object, field: str = "AgentScope") -> AgentScope:
    if value in AGENT_SCOPE_VALUES:
        return value
    return unknown_enum_value(field, value, AGENT_SCOPE_VALUES)


def check_agent_scope_or_none(value: object, field: str = "AgentScope") -> AgentScope | None:
    if value is None or value in AGENT_SCOPE_VALUES:
        return value
    return unknown_enum_value(field, value, AGENT_SCOPE_VALUES)
