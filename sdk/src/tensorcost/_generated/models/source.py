from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
Source = (
    Literal["anthropic_api", "azure_openai", "bedrock", "gpu_agent", "openai_api", "vertex"]
    | UnknownEnumValue
)

SOURCE_VALUES: frozenset[Source] = frozenset(
    {
        "anthropic_api",
        "azure_openai",
        "bedrock",
        "gpu_agent",
        "openai_api",
        "vertex",
    }
)


def check_source(value: object, field: str = "Source") -> Source:
    if value in SOURCE_VALUES:
        return value
    return unknown_enum_value(field, value, SOURCE_VALUES)


def check_source_or_none(value: object, field: str = "Source") -> Source | None:
    if value is None or value in SOURCE_VALUES:
        return value
    return unknown_enum_value(field, value, SOURCE_VALUES)
