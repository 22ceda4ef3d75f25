from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AgentCredentialStatus = Literal["active", "revoked"] | UnknownEnumValue

AGENT_CREDENTIAL_STATUS_VALUES: frozenset[AgentCredentialStatus] = frozenset(
    {
        "active",
        "revoked",
    }
)


def check_agent_credential_status(
    value: object, field: str = "AgentCredentialStatus"
) -> AgentCredentialStatus:
    if value in AGENT_CREDENTIAL_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, AGENT_CREDENTIAL_STATUS_VALUES)


def check_agent_credential_status_or_none(
    value: object, field: str = "AgentCredentialStatus"
) -> AgentCredentialStatus | None:
    if value is None or value in AGENT_CREDENTIAL_STATUS_VALUES:
        return value
    return unknown_enum_value(field, value, AGENT_CREDENTIAL_STATUS_VALUES)
