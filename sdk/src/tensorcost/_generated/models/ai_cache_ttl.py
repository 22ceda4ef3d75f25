from typing import Literal

from ..types import UnknownEnumValue, unknown_enum_value

# `x-extensible-enum`: the server may add values; one this version does not know arrives as an
# `UnknownEnumValue` (a `str`) so that code matching on the known values must handle it.
AiCacheTtl = Literal["1h", "5m"] | UnknownEnumValue

AI_CACHE_TTL_VALUES: frozenset[AiCacheTtl] = frozenset(
    {
        "1h",
        "5m",
    }
)


def check_ai_cache_ttl(value: object, field: str = "AiCacheTtl") -> AiCacheTtl:
    if value in AI_CACHE_TTL_VALUES:
        return value
    return unknown_enum_value(field, value, AI_CACHE_TTL_VALUES)


def check_ai_cache_ttl_or_none(value: object, field: str = "AiCacheTtl") -> AiCacheTtl | None:
    if value is None or value in AI_CACHE_TTL_VALUES:
        return value
    return unknown_enum_value(field, value, AI_CACHE_TTL_VALUES)
