from typing import Literal

from ..types import not_one_of

AgentCredentialStatus = Literal["active", "revoked"]

AGENT_CREDENTIAL_STATUS_VALUES: frozenset[AgentCredentialStatus] = frozenset(
    {
        "active",
        "revoked",
    }
)


def check_agent_credential_status(value: object) -> AgentCredentialStatus:
    if value in AGENT_CREDENTIAL_STATUS_VALUES:
        return value
    raise not_one_of(value, AGENT_CREDENTIAL_STATUS_VALUES)


def check_agent_credential_status_or_none(
    value: object,
) -> AgentCredentialStatus | None:
    if value is None or value in AGENT_CREDENTIAL_STATUS_VALUES:
        return value
    raise not_one_of(value, AGENT_CREDENTIAL_STATUS_VALUES)
