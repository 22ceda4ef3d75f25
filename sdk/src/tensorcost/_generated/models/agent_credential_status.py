from typing import Literal

AgentCredentialStatus = Literal["active", "revoked"]

AGENT_CREDENTIAL_STATUS_VALUES: set[AgentCredentialStatus] = {
    "active",
    "revoked",
}


def check_agent_credential_status(value: str) -> AgentCredentialStatus:
    if value in AGENT_CREDENTIAL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_CREDENTIAL_STATUS_VALUES!r}"
    )
