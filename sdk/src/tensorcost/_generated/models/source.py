from typing import Literal

from ..types import not_one_of

Source = Literal[
    "anthropic_api", "azure_openai", "bedrock", "gpu_agent", "openai_api", "vertex"
]

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


def check_source(value: object) -> Source:
    if value in SOURCE_VALUES:
        return value  # type: ignore[return-value]
    raise not_one_of(value, SOURCE_VALUES)
