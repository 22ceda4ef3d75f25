from typing import Literal

from ..types import not_one_of

AiCacheTtl = Literal["1h", "5m"]

AI_CACHE_TTL_VALUES: frozenset[AiCacheTtl] = frozenset(
    {
        "1h",
        "5m",
    }
)


def check_ai_cache_ttl(value: object) -> AiCacheTtl:
    if value in AI_CACHE_TTL_VALUES:
        return value
    raise not_one_of(value, AI_CACHE_TTL_VALUES)


def check_ai_cache_ttl_or_none(value: object) -> AiCacheTtl | None:
    if value is None or value in AI_CACHE_TTL_VALUES:
        return value
    raise not_one_of(value, AI_CACHE_TTL_VALUES)
