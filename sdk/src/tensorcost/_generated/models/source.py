from typing import Literal

Source = Literal[
    "anthropic_api", "azure_openai", "bedrock", "gpu_agent", "openai_api", "vertex"
]

SOURCE_VALUES: set[Source] = {
    "anthropic_api",
    "azure_openai",
    "bedrock",
    "gpu_agent",
    "openai_api",
    "vertex",
}


def check_source(value: str) -> Source:
    if value in SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SOURCE_VALUES!r}")
