from typing import Literal

from ..types import not_one_of

SsoProtocol = Literal["none", "oidc", "saml"]

SSO_PROTOCOL_VALUES: frozenset[SsoProtocol] = frozenset(
    {
        "none",
        "oidc",
        "saml",
    }
)


def check_sso_protocol(value: object) -> SsoProtocol:
    if value in SSO_PROTOCOL_VALUES:
        return value
    raise not_one_of(value, SSO_PROTOCOL_VALUES)


def check_sso_protocol_or_none(value: object) -> SsoProtocol | None:
    if value is None or value in SSO_PROTOCOL_VALUES:
        return value
    raise not_one_of(value, SSO_PROTOCOL_VALUES)
