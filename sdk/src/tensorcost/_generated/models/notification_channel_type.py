from typing import Literal

NotificationChannelType = Literal["email", "pagerduty", "slack", "teams", "webhook"]

NOTIFICATION_CHANNEL_TYPE_VALUES: set[NotificationChannelType] = {
    "email",
    "pagerduty",
    "slack",
    "teams",
    "webhook",
}


def check_notification_channel_type(value: str) -> NotificationChannelType:
    if value in NOTIFICATION_CHANNEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_CHANNEL_TYPE_VALUES!r}"
    )
