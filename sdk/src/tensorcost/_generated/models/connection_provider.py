from typing import Literal

from ..types import not_one_of

ConnectionProvider = Literal["anthropic", "aws", "azure", "gcp", "gpu_agent", "openai"]

CONNECTION_PROVIDER_VALUES: frozenset[ConnectionProvider] = frozenset(
    {
        "anthropic",
        "aws",
        "azure",
        "gcp",
        "gpu_agent",
        "openai",
    }
)


def check_connection_provider(value: object) -> ConnectionProvider:
    if value in CONNECTION_PROVIDER_VALUES:
        return value
    raise not_one_of(value, CONNECTION_PROVIDER_VALUES)


def check_connection_provider_or_none(value: object) -> ConnectionProvider | None:
    if value is None or value in CONNECTION_PROVIDER_VALUES:
        return value
    raise not_one_of(value, CONNECTION_PROVIDER_VALUES)
