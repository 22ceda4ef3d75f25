from typing import Literal

from ..types import not_one_of

NotificationChannelType = Literal["email", "pagerduty", "slack", "teams", "webhook"]

NOTIFICATION_CHANNEL_TYPE_VALUES: frozenset[NotificationChannelType] = frozenset(
    {
        "email",
        "pagerduty",
        "slack",
        "teams",
        "webhook",
    }
)


def check_notification_channel_type(value: object) -> NotificationChannelType:
    if value in NOTIFICATION_CHANNEL_TYPE_VALUES:
        return value
    raise not_one_of(value, NOTIFICATION_CHANNEL_TYPE_VALUES)


def check_notification_channel_type_or_none(value: object) -> NotificationChannelType | None:
    if value is None or value in NOTIFICATION_CHANNEL_TYPE_VALUES:
        return value
    raise not_one_of(value, NOTIFICATION_CHANNEL_TYPE_VALUES)
