from typing import Literal

from ..types import not_one_of

IntegrationSyncFailedWebhookDataProvider = Literal[
    "anthropic", "aws", "azure", "gcp", "gpu_agent", "openai"
]

INTEGRATION_SYNC_FAILED_WEBHOOK_DATA_PROVIDER_VALUES: frozenset[
    IntegrationSyncFailedWebhookDataProvider
] = frozenset(
    {
        "anthropic",
        "aws",
        "azure",
        "gcp",
        "gpu_agent",
        "openai",
    }
)


def check_integration_sync_failed_webhook_data_provider(
    value: object,
) -> IntegrationSyncFailedWebhookDataProvider:
    if value in INTEGRATION_SYNC_FAILED_WEBHOOK_DATA_PROVIDER_VALUES:
        return value
    raise not_one_of(value, INTEGRATION_SYNC_FAILED_WEBHOOK_DATA_PROVIDER_VALUES)


def check_integration_sync_failed_webhook_data_provider_or_none(
    value: object,
) -> IntegrationSyncFailedWebhookDataProvider | None:
    if value is None or value in INTEGRATION_SYNC_FAILED_WEBHOOK_DATA_PROVIDER_VALUES:
        return value
    raise not_one_of(value, INTEGRATION_SYNC_FAILED_WEBHOOK_DATA_PROVIDER_VALUES)
