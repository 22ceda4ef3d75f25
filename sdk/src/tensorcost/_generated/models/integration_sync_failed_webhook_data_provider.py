from typing import Literal

IntegrationSyncFailedWebhookDataProvider = Literal[
    "anthropic", "aws", "azure", "gcp", "gpu_agent", "openai"
]

INTEGRATION_SYNC_FAILED_WEBHOOK_DATA_PROVIDER_VALUES: set[
    IntegrationSyncFailedWebhookDataProvider
] = {
    "anthropic",
    "aws",
    "azure",
    "gcp",
    "gpu_agent",
    "openai",
}


def check_integration_sync_failed_webhook_data_provider(
    value: str,
) -> IntegrationSyncFailedWebhookDataProvider:
    if value in INTEGRATION_SYNC_FAILED_WEBHOOK_DATA_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTEGRATION_SYNC_FAILED_WEBHOOK_DATA_PROVIDER_VALUES!r}"
    )
