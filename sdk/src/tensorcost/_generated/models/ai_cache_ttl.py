from typing import Literal

AiCacheTtl = Literal["1h", "5m"]

AI_CACHE_TTL_VALUES: set[AiCacheTtl] = {
    "1h",
    "5m",
}


def check_ai_cache_ttl(value: str) -> AiCacheTtl:
    if value in AI_CACHE_TTL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_CACHE_TTL_VALUES!r}"
    )
