from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
SsoProtocol = Literal["none", "oidc", "saml"] | UnknownEnumValue

SSO_PROTOCOL_VALUES: frozenset[SsoProtocol] = frozenset(
    {
        "none",
        "oidc",
        "saml",
    }
)


def check_sso_protocol(value: object, field: str = "SsoProtocol") -> SsoProtocol:
    if value in SSO_PROTOCOL_VALUES:
        return value
    return unknown_enum_value(field, value, SSO_PROTOCOL_VALUES)


def check_sso_protocol_or_none(value: object, field: str = "SsoProtocol") -> SsoProtocol | None:
    if value is None or value in SSO_PROTOCOL_VALUES:
        return value
    return unknown_enum_value(field, value, SSO_PROTOCOL_VALUES)
