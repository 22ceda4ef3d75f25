from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
ConnectionProvider = (
    Literal["anthropic", "aws", "azure", "azure_openai", "bedrock", "gcp", "gpu_agent", "openai"]
    | UnknownEnumValue
)

CONNECTION_PROVIDER_VALUES: frozenset[ConnectionProvider] = frozenset(
    {
        "anthropic",
        "aws",
        "azure",
        "azure_openai",
        "bedrock",
        "gcp",
        "gpu_agent",
        "openai",
    }
)


def check_connection_provider(value: object, field: str = "ConnectionProvider") -> ConnectionProvider:
    if value in CONNECTION_PROVIDER_VALUES:
        return value
    return unknown_enum_value(field, value, CONNECTION_PROVIDER_VALUES)


def check_connection_provider_or_none(
    value: object, field: str = "ConnectionProvider"
) -> ConnectionProvider | None:
    if value is None or value in CONNECTION_PROVIDER_VALUES:
        return value
    return unknown_enum_value(field, value, CONNECTION_PROVIDER_VALUES)
