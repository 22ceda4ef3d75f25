from typing import Literal

SsoProtocol = Literal["none", "oidc", "saml"]

SSO_PROTOCOL_VALUES: set[SsoProtocol] = {
    "none",
    "oidc",
    "saml",
}


def check_sso_protocol(value: str) -> SsoProtocol:
    if value in SSO_PROTOCOL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SSO_PROTOCOL_VALUES!r}"
    )
