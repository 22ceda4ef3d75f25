from typing import Literal

ConnectionProvider = Literal[
    "anthropic", "aws", "azure", "azure_openai", "bedrock", "gcp", "gpu_agent", "openai"
]

CONNECTION_PROVIDER_VALUES: set[ConnectionProvider] = {
    "anthropic",
    "aws",
    "azure",
    "azure_openai",
    "bedrock",
    "gcp",
    "gpu_agent",
    "openai",
}


def check_connection_provider(value: str) -> ConnectionProvider:
    if value in CONNECTION_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONNECTION_PROVIDER_VALUES!r}"
    )
